//! Roadmaps for people (DOMAIN.md §6): a group's roadmaps with the secretariat's form for a
//! new one, a roadmap's lines (track, leads, due date, status, progress, overdue) with the
//! form for a new line, and a line's page with its reports and the report form for the
//! parties on it (`view.rs` builds the pages). The forms call the same use cases as the API.

mod view;

use axum::extract::{Path, Query, State};
use serde::Deserialize;

pub use view::line_status;
use view::{line_page, list_page, roadmap_page};

use super::{after_form, path_id, PageForm, PageResult};
use crate::app::AppError;
use crate::domain::ids::{ActionLineId, RoadmapId};
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::roadmaps::{LineInput, ReportInput, RoadmapInput};
use crate::http::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct RoadmapForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    decision: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct LineForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    track: String,
    #[serde(default)]
    leads: String,
    #[serde(default)]
    participants: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    deliverable: String,
    #[serde(default)]
    distribution: String,
    #[serde(default)]
    listed: String,
    #[serde(default)]
    classification: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    party: String,
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    progress: String,
    #[serde(default)]
    summary: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn comma_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `/groups/{code}/roadmaps`.
pub async fn list(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    list_page(
        &state,
        &caller,
        &csrf_token,
        &code,
        None,
        ValidationErrors::new(),
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
    PageForm(form): PageForm<RoadmapForm>,
) -> PageResult {
    let parsed =
        RoadmapInput::parse_form(&form.title, &form.starts_on, &form.ends_on, &form.decision);
    let result = match parsed {
        Ok(plan) => state.app.create_roadmap(&caller, &code, plan).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(detail) => super::see_other(&format!(
            "/roadmaps/{}?done=roadmap",
            detail.entry.roadmap.id
        )),
        Err(AppError::Invalid(errors)) => {
            list_page(&state, &caller, &csrf_token, &code, Some(form), errors).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `/roadmaps/{id}`.
pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let id = path_id(&id)?;
    let done = done.done.as_deref();
    roadmap_page(
        &state,
        &caller,
        &csrf_token,
        id,
        done,
        None,
        ValidationErrors::new(),
    )
    .await
}

pub async fn add_line(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<LineForm>,
) -> PageResult {
    let id: RoadmapId = path_id(&id)?;
    let input = LineInput {
        title: form.title.clone(),
        track: form.track.clone(),
        leads: comma_list(&form.leads),
        participants: comma_list(&form.participants),
        starts_on: form.starts_on.clone(),
        due_on: form.due_on.clone(),
        deliverable: form.deliverable.clone(),
        distribution: Some(form.distribution.clone()),
        classification: Some(form.classification.clone()),
        listed: comma_list(&form.listed),
    };
    let result = match input.parse() {
        Ok(plan) => state.app.add_line(&caller, id, plan).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let state = &state;
    let (caller, csrf) = (&caller, csrf_token.as_str());
    after_form(
        result,
        format!("/roadmaps/{id}?done=line"),
        async |errors| roadmap_page(state, caller, csrf, id, None, Some(form), errors).await,
    )
    .await
}

/// `/lines/{id}`.
pub async fn line(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let id = path_id(&id)?;
    let done = done.done.as_deref();
    line_page(
        &state,
        &caller,
        &csrf_token,
        id,
        done,
        None,
        ValidationErrors::new(),
    )
    .await
}

pub async fn report(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<ReportForm>,
) -> PageResult {
    let id: ActionLineId = path_id(&id)?;
    let parsed = ReportInput::parse_form(
        &form.party,
        &form.as_of,
        &form.status,
        &form.progress,
        &form.summary,
    );
    let result = match parsed {
        Ok(report) => state.app.report_on_line(&caller, id, report).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let state = &state;
    let (caller, csrf) = (&caller, csrf_token.as_str());
    after_form(result, format!("/lines/{id}?done=report"), async |errors| {
        line_page(state, caller, csrf, id, None, Some(form), errors).await
    })
    .await
}
