//! Procedures, decisions and the inbox for people.

mod decisions;
mod inbox;
mod view;

use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{after_form, path_id, render_form, PageForm, PageResult};
use crate::app::procedures::Act;
use crate::app::{AppError, Caller};
use crate::domain::ids::ProcedureId;
use crate::domain::time::local_to_instant;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::texts::{PartyInput, PartyReasonInput, StatementInput};
use crate::http::AppState;
use crate::i18n;

pub use decisions::{decision, decisions};
pub use inbox::inbox;
use view::page_view;

async fn procedure_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: ProcedureId,
    notice: Option<String>,
    errors: ValidationErrors,
) -> PageResult {
    let detail = state.app.procedure_detail(caller, id).await?;
    let invalid = !errors.is_empty();
    let page = page_view(&detail, caller, csrf, notice, errors);
    render_form(&page, invalid)
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let notice = match done.done.as_deref() {
        Some("opened") => Some(i18n::t("procedures-notice-opened")),
        Some("recorded") => Some(i18n::t("procedures-notice-recorded")),
        _ => None,
    };
    procedure_page(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        notice,
        ValidationErrors::new(),
    )
    .await
}

async fn act(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: ProcedureId,
    act: Result<Act, ValidationErrors>,
) -> PageResult {
    let result = match act {
        Ok(act) => state.app.act(caller, id, act).await.map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    after_form(
        result,
        format!("/procedures/{id}?done=recorded"),
        async |errors| procedure_page(state, caller, csrf, id, None, errors).await,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct PositionForm {
    party: String,
    position: String,
    #[serde(default)]
    statement: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    confirm_by: String,
}

pub async fn position(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PositionForm>,
) -> PageResult {
    let confirm_by = if form.confirm_by.trim().is_empty() {
        None
    } else {
        match local_to_instant(&form.confirm_by, &caller.account.time_zone) {
            Ok(instant) => Some(instant.to_string()),
            Err(error) => {
                let errors = ValidationErrors::single(
                    "confirm_by",
                    crate::domain::message::Explain::message(&error),
                );
                return act(&state, &caller, &csrf_token, path_id(&id)?, Err(errors)).await;
            }
        }
    };
    let input = crate::http::input::texts::PositionInput {
        party: form.party,
        position: form.position,
        statement: Some(form.statement).filter(|s| !s.trim().is_empty()),
        reason: Some(form.reason),
        confirm_by,
    };
    act(&state, &caller, &csrf_token, path_id(&id)?, input.parse()).await
}

#[derive(Debug, Deserialize)]
pub struct PartyForm {
    party: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    statement: String,
    #[serde(default)]
    replacement: String,
}

pub async fn confirm(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyInput { party: form.party }.confirm(),
    )
    .await
}

pub async fn decline(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyReasonInput {
            party: form.party,
            reason: form.reason,
            replacement: None,
        }
        .decline(),
    )
    .await
}

pub async fn break_silence(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyReasonInput {
            party: form.party,
            reason: form.reason,
            replacement: Some(form.replacement),
        }
        .break_silence(),
    )
    .await
}

pub async fn statement(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        StatementInput {
            party: form.party,
            statement: form.statement,
        }
        .parse(),
    )
    .await
}

/// In session, the chair notes "no objection heard" for a present party that said nothing.
pub async fn chair_note(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyInput { party: form.party }.chair_note(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ExtendForm {
    deadline: String,
}

pub async fn extend(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<ExtendForm>,
) -> PageResult {
    let deadline = local_to_instant(&form.deadline, &caller.account.time_zone)
        .map(|deadline| Act::Extend { deadline })
        .map_err(|e| {
            ValidationErrors::single("deadline", crate::domain::message::Explain::message(&e))
        });
    act(&state, &caller, &csrf_token, path_id(&id)?, deadline).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        Ok(Act::Withdraw),
    )
    .await
}
