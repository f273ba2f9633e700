//! Roadmaps, action lines and progress reports over the API (DOMAIN.md §6). A roadmap lists
//! only the lines the caller may see; a line the caller may not see is 404.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use serde::Serialize;
use utoipa::ToSchema;

use super::followup::MarkingView;
use super::{json, path_id as id, ApiJson};
use crate::app::followup::roadmaps::{overdue, RoadmapEntry};
use crate::app::records::{ActionLineRecord, LineReportRecord};
use crate::domain::names::PartyCode;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::roadmaps::{LineInput, LinePatchInput, ReportInput, RoadmapInput};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct LineReportView {
    pub party: String,
    /// YYYY-MM-DD.
    pub as_of: String,
    pub status: String,
    pub progress: u8,
    pub summary: String,
    /// The login of who recorded it.
    pub recorded_by: String,
    pub recorded_at: String,
}

impl From<&LineReportRecord> for LineReportView {
    fn from(r: &LineReportRecord) -> Self {
        LineReportView {
            party: r.report.party.to_string(),
            as_of: r.report.as_of.to_string(),
            status: r.report.status.to_string(),
            progress: r.report.progress.get(),
            summary: r.report.summary.to_string(),
            recorded_by: r.recorded_by_username.to_string(),
            recorded_at: rfc3339_utc(r.recorded_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LineView {
    pub id: i64,
    /// The roadmap's id.
    pub roadmap: i64,
    pub title: String,
    pub track: String,
    pub leads: Vec<String>,
    pub participants: Vec<String>,
    /// YYYY-MM-DD.
    pub starts_on: String,
    /// YYYY-MM-DD.
    pub due_on: String,
    pub deliverable: String,
    /// not_started, in_progress, done, delayed or cancelled: as the latest report says.
    pub status: String,
    /// Per cent done, 0 to 100, as the latest report says.
    pub progress: u8,
    /// Due date passed (on the group's calendar) and neither done nor cancelled.
    pub overdue: bool,
    /// In the order they were recorded.
    pub reports: Vec<LineReportView>,
    #[serde(flatten)]
    pub marking: MarkingView,
    pub created_at: String,
}

fn codes(parties: &[PartyCode]) -> Vec<String> {
    parties.iter().map(ToString::to_string).collect()
}

impl LineView {
    pub fn new(line: &ActionLineRecord, today: Date) -> Self {
        LineView {
            id: line.id.get(),
            roadmap: line.roadmap.get(),
            title: line.title.to_string(),
            track: line.track.to_string(),
            leads: codes(&line.leads),
            participants: codes(&line.participants),
            starts_on: line.schedule.starts_on.to_string(),
            due_on: line.schedule.due_on.to_string(),
            deliverable: line.deliverable.to_string(),
            status: line.status.to_string(),
            progress: line.progress.get(),
            overdue: overdue(line, today),
            reports: line.reports.iter().map(LineReportView::from).collect(),
            marking: MarkingView::from(&line.marking),
            created_at: rfc3339_utc(line.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoadmapView {
    pub id: i64,
    pub title: String,
    /// YYYY-MM-DD.
    pub starts_on: String,
    /// YYYY-MM-DD.
    pub ends_on: String,
    /// The id of the decision that adopted it; absent when it names none the caller may see.
    pub decision: Option<i64>,
    /// The decision's symbol, e.g. CGA/2025/DEC/1.
    pub decision_symbol: Option<String>,
    /// The lines the caller may see, in the order they were added.
    pub lines: Vec<LineView>,
}

impl RoadmapView {
    pub fn new(entry: &RoadmapEntry, today: Date) -> Self {
        let roadmap = &entry.roadmap;
        RoadmapView {
            id: roadmap.id.get(),
            title: roadmap.title.to_string(),
            starts_on: roadmap.starts_on.to_string(),
            ends_on: roadmap.ends_on.to_string(),
            decision: entry.decision.as_ref().map(|d| d.id.get()),
            decision_symbol: entry.decision.as_ref().map(|d| d.symbol.clone()),
            lines: entry
                .lines
                .iter()
                .map(|l| LineView::new(l, today))
                .collect(),
        }
    }
}

/// The group's roadmaps, latest starting first, each with the lines the caller may see.
#[utoipa::path(get, operation_id = "list_roadmaps", path = "/api/v1/groups/{code}/roadmaps", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The roadmaps", body = [RoadmapView]), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let list = state.app.roadmaps(&caller, &code).await?;
    Ok(json(
        list.roadmaps
            .iter()
            .map(|entry| RoadmapView::new(entry, list.today))
            .collect::<Vec<_>>(),
    ))
}

/// Records a roadmap (the secretariat), adopted by a decision of the group or not.
#[utoipa::path(post, operation_id = "create_roadmap", path = "/api/v1/groups/{code}/roadmaps", tag = "follow-through", request_body = RoadmapInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The roadmap", body = RoadmapView), (status = 403, description = "Only the secretariat keeps the roadmaps"), (status = 404)))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<RoadmapInput>,
) -> ApiResult<Response> {
    let plan = input.parse()?;
    let detail = state.app.create_roadmap(&caller, &code, plan).await?;
    let view = RoadmapView::new(&detail.entry, detail.today);
    Ok((StatusCode::CREATED, json(view)).into_response())
}

/// One roadmap with the lines the caller may see.
#[utoipa::path(get, operation_id = "get_roadmap", path = "/api/v1/roadmaps/{id}", tag = "follow-through",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The roadmap", body = RoadmapView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(roadmap): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.roadmap_detail(&caller, id(&roadmap)?).await?;
    Ok(json(RoadmapView::new(&detail.entry, detail.today)))
}

/// Adds an action line to a roadmap (the secretariat).
#[utoipa::path(post, operation_id = "add_line", path = "/api/v1/roadmaps/{id}/lines", tag = "follow-through", request_body = LineInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The line", body = LineView), (status = 403, description = "Only the secretariat keeps the roadmaps"), (status = 404)))]
pub async fn add_line(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(roadmap): Path<String>,
    ApiJson(input): ApiJson<LineInput>,
) -> ApiResult<Response> {
    let roadmap = id(&roadmap)?;
    let plan = input.parse()?;
    let detail = state.app.add_line(&caller, roadmap, plan).await?;
    let view = LineView::new(&detail.line, detail.today);
    Ok((StatusCode::CREATED, json(view)).into_response())
}

/// One action line with its reports.
#[utoipa::path(get, operation_id = "get_line", path = "/api/v1/lines/{id}", tag = "follow-through",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The line", body = LineView), (status = 404)))]
pub async fn show_line(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(line): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.line_detail(&caller, id(&line)?).await?;
    Ok(json(LineView::new(&detail.line, detail.today)))
}

/// Changes an action line (the secretariat): only the fields given change.
#[utoipa::path(patch, operation_id = "update_line", path = "/api/v1/lines/{id}", tag = "follow-through", request_body = LinePatchInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The line as changed", body = LineView), (status = 403, description = "Only the secretariat keeps the roadmaps"), (status = 404)))]
pub async fn update_line(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(line): Path<String>,
    ApiJson(input): ApiJson<LinePatchInput>,
) -> ApiResult<Response> {
    let line = id(&line)?;
    let change = input.parse()?;
    let detail = state.app.change_line(&caller, line, change).await?;
    Ok(json(LineView::new(&detail.line, detail.today)))
}

/// Records a party's progress report; the line's status and progress become its latest
/// report's.
#[utoipa::path(post, operation_id = "report_on_line", path = "/api/v1/lines/{id}/reports", tag = "follow-through", request_body = ReportInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The line with the report", body = LineView), (status = 403, description = "Only the envoy, deputy or delegate of a party that leads the line or takes part in it reports, for that party"), (status = 404)))]
pub async fn report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(line): Path<String>,
    ApiJson(input): ApiJson<ReportInput>,
) -> ApiResult<Response> {
    let line = id(&line)?;
    let report = input.parse()?;
    let detail = state.app.report_on_line(&caller, line, report).await?;
    let view = LineView::new(&detail.line, detail.today);
    Ok((StatusCode::CREATED, json(view)).into_response())
}
