//! Indicators over the API: their figures with sources and conflicts, targets with progress,
//! CSV in and out, and the chart (DOMAIN.md §6). Everything is what the caller may see.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::followup::{MarkingView, SourceView};
use super::{json, path_id as id, ApiJson, ApiQuery};
use crate::app::followup::figures::{as_observation, IndicatorDetail, TargetProgress};
use crate::app::records::{IndicatorRecord, ObservationRecord};
use crate::app::AppError;
use crate::domain::figures::Conflict;
use crate::domain::ids::IndicatorId;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::{file_caller, ApiCaller};
use crate::http::error::{ApiError, ApiResult};
use crate::http::input::figures::{ImportQuery, IndicatorInput, ObservationInput, TargetInput};
use crate::http::pages::chart::{indicator_chart, thinned, IndicatorChart};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodView {
    /// YYYY-MM-DD, included.
    pub start: String,
    /// YYYY-MM-DD, included.
    pub end: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ObservationView {
    pub id: i64,
    pub reporter: String,
    pub partner: String,
    pub period: PeriodView,
    /// An exact decimal.
    pub value: String,
    pub source: SourceView,
    pub note: Option<String>,
    #[serde(flatten)]
    pub marking: MarkingView,
    pub recorded_at: String,
}

impl From<&ObservationRecord> for ObservationView {
    fn from(o: &ObservationRecord) -> Self {
        ObservationView {
            id: o.id.get(),
            reporter: o.reporter.to_string(),
            partner: o.partner.to_string(),
            period: PeriodView {
                start: o.period.start().to_string(),
                end: o.period.end().to_string(),
            },
            value: o.value.normalize().to_string(),
            source: SourceView::from(&o.source),
            note: o.note.as_ref().map(ToString::to_string),
            marking: MarkingView::from(&o.marking),
            recorded_at: rfc3339_utc(o.recorded_at),
        }
    }
}

/// Two figures that cannot both be right, and why, in words.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConflictView {
    pub observations: [i64; 2],
    pub reason: String,
}

impl From<&Conflict> for ConflictView {
    fn from(c: &Conflict) -> Self {
        ConflictView {
            observations: c.observations.map(|id| id.get()),
            reason: c.reason.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TargetView {
    pub id: i64,
    pub reporter: String,
    pub partner: String,
    /// The value a year to reach, an exact decimal.
    pub value: String,
    /// YYYY-MM-DD.
    pub by: String,
    pub source: SourceView,
    /// The whole-year figure progress is measured from; absent when there is none.
    pub latest: Option<i64>,
    /// Latest over target, in percent (two decimals).
    pub progress_percent: Option<String>,
    /// The compound yearly growth still needed to reach the target by its year, in percent.
    pub growth_needed_percent_per_year: Option<String>,
}

impl From<&TargetProgress> for TargetView {
    fn from(t: &TargetProgress) -> Self {
        let progress = t.progress.as_ref();
        TargetView {
            id: t.target.id.get(),
            reporter: t.target.reporter.to_string(),
            partner: t.target.partner.to_string(),
            value: t.target.value.normalize().to_string(),
            by: t.target.by.to_string(),
            source: SourceView::from(&t.target.source),
            latest: progress.map(|p| p.latest.get()),
            progress_percent: progress.map(|p| p.percent.normalize().to_string()),
            growth_needed_percent_per_year: progress
                .and_then(|p| p.growth_needed_percent_per_year)
                .map(|g| g.normalize().to_string()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorView {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub flow: Option<String>,
    pub observations: Vec<ObservationView>,
    pub conflicts: Vec<ConflictView>,
    pub targets: Vec<TargetView>,
}

impl IndicatorView {
    fn new(indicator: &IndicatorRecord) -> Self {
        IndicatorView {
            id: indicator.id.get(),
            code: indicator.code.to_string(),
            name: indicator.name.to_string(),
            unit: indicator.unit.to_string(),
            flow: indicator.flow.map(|f| f.as_str().to_owned()),
            observations: Vec::new(),
            conflicts: Vec::new(),
            targets: Vec::new(),
        }
    }

    fn of(detail: &IndicatorDetail) -> Self {
        IndicatorView {
            observations: detail
                .observations
                .iter()
                .map(ObservationView::from)
                .collect(),
            conflicts: detail.conflicts.iter().map(ConflictView::from).collect(),
            targets: detail.targets.iter().map(TargetView::from).collect(),
            ..IndicatorView::new(&detail.indicator)
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorSummaryView {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub flow: Option<String>,
    /// How many figures the caller sees.
    pub observations: usize,
    pub latest: Option<ObservationView>,
}

/// The group's indicators, each with the caller's count and latest figure.
#[utoipa::path(get, operation_id = "list_indicators", path = "/api/v1/groups/{code}/indicators", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The indicators", body = [IndicatorSummaryView]), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (_, summaries) = state.app.indicators(&caller, &code).await?;
    Ok(json(
        summaries
            .iter()
            .map(|s| IndicatorSummaryView {
                id: s.indicator.id.get(),
                code: s.indicator.code.to_string(),
                name: s.indicator.name.to_string(),
                unit: s.indicator.unit.to_string(),
                flow: s.indicator.flow.map(|f| f.as_str().to_owned()),
                observations: s.observations,
                latest: s.latest.as_ref().map(ObservationView::from),
            })
            .collect::<Vec<_>>(),
    ))
}

/// Defines an indicator (the secretariat).
#[utoipa::path(post, operation_id = "create_indicator", path = "/api/v1/groups/{code}/indicators", tag = "follow-through", request_body = IndicatorInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The indicator", body = IndicatorView), (status = 403, description = "Only the secretariat defines indicators"), (status = 404), (status = 409, description = "The group already has an indicator with this code")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<IndicatorInput>,
) -> ApiResult<Response> {
    let draft = input.parse()?;
    let indicator = state.app.define_indicator(&caller, &code, draft).await?;
    Ok((StatusCode::CREATED, json(IndicatorView::new(&indicator))).into_response())
}

/// The indicator with every figure the caller sees, the conflicts among them and the targets.
#[utoipa::path(get, operation_id = "get_indicator", path = "/api/v1/indicators/{id}", tag = "follow-through",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The indicator", body = IndicatorView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(indicator): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.indicator(&caller, id(&indicator)?).await?;
    Ok(json(IndicatorView::of(&detail)))
}

/// Records a figure (the secretariat, or the reporting party's own delegation). A figure that
/// disagrees with another is kept; the conflict is listed on the indicator.
#[utoipa::path(post, operation_id = "create_observation", path = "/api/v1/indicators/{id}/observations", tag = "follow-through", request_body = ObservationInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The figure", body = ObservationView), (status = 403, description = "Only the secretariat or the reporter's own delegation records its figures"), (status = 404)))]
pub async fn record(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(indicator): Path<String>,
    ApiJson(input): ApiJson<ObservationInput>,
) -> ApiResult<Response> {
    let indicator: IndicatorId = id(&indicator)?;
    let draft = input.parse()?;
    let observation = state
        .app
        .record_observation(&caller, indicator, draft)
        .await?;
    Ok((
        StatusCode::CREATED,
        json(ObservationView::from(&observation)),
    )
        .into_response())
}

/// Sets a target for a reporter–partner pair.
#[utoipa::path(post, operation_id = "create_target", path = "/api/v1/indicators/{id}/targets", tag = "follow-through", request_body = TargetInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The target (its progress shows on the indicator)", body = TargetView), (status = 403, description = "Only the secretariat or the reporter's own delegation sets its targets"), (status = 404)))]
pub async fn target(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(indicator): Path<String>,
    ApiJson(input): ApiJson<TargetInput>,
) -> ApiResult<Response> {
    let indicator: IndicatorId = id(&indicator)?;
    let draft = input.parse()?;
    let target = state.app.record_target(&caller, indicator, draft).await?;
    let view = TargetView::from(&TargetProgress {
        target,
        progress: None,
    });
    Ok((StatusCode::CREATED, json(view)).into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportView {
    /// How many figures were stored.
    pub imported: usize,
}

/// Imports figures from CSV (the secretariat): our columns or UN Comtrade's. All rows or
/// none: a file with any bad row is refused naming each row and field.
#[utoipa::path(post, operation_id = "import_observations", path = "/api/v1/indicators/{id}/observations.csv", tag = "follow-through",
    request_body(content = String, content_type = "text/csv", description = "A header row, then one figure per row: `reporter,partner,period_start,period_end,value,source,note`, or UN Comtrade's columns (`refYear` or `period`, `reporterISO`, `partnerISO`, `flowCode`, `primaryValue`)."),
    params(("id" = i64, Path, description = "The resource's id"), ImportQuery),
    responses((status = 201, description = "Every row was stored", body = ImportView), (status = 403, description = "Only the secretariat imports figures"), (status = 404), (status = 413, description = "The file is larger than 32 MiB"), (status = 415, description = "Send text/csv")))]
pub async fn import(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(indicator): Path<String>,
    ApiQuery(query): ApiQuery<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let indicator: IndicatorId = id(&indicator)?;
    let is_csv = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/csv"));
    if !is_csv {
        return Ok(crate::http::error::problem_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            &crate::i18n::t("problem-send-csv-title"),
            crate::i18n::t("problem-send-csv-detail"),
            None,
        ));
    }
    let (source, marking) = query.parse()?;
    let imported = state
        .app
        .import_observations(&caller, indicator, &body, source, marking)
        .await?;
    Ok((StatusCode::CREATED, json(ImportView { imported })).into_response())
}

/// The figures the caller sees, as CSV in our columns.
#[utoipa::path(get, operation_id = "export_observations", path = "/api/v1/indicators/{id}/observations.csv", tag = "follow-through",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "A header row, then one row per figure", content_type = "text/csv", body = String), (status = 404)))]
pub async fn export(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(indicator): Path<String>,
) -> ApiResult<Response> {
    let indicator: IndicatorId = id(&indicator)?;
    let csv = state.app.observations_csv(&caller, indicator).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"indicator-{indicator}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}

/// The indicator's chart as SVG: one series per source, conflicting points marked, with a
/// `<title>` and `<desc>`; for a person following a link (cookie) or a program (token).
#[utoipa::path(get, operation_id = "get_indicator_chart", path = "/indicators/{id}/chart.svg", tag = "follow-through",
    params(("id" = i64, Path, description = "The indicator's id")),
    security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "The chart", content_type = "image/svg+xml", body = String), (status = 303, description = "A browser without credentials is sent to sign in"), (status = 401, description = "No live bearer token or session"), (status = 404)))]
pub async fn chart(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(indicator): Path<String>,
) -> Response {
    let caller = match file_caller(&state, &headers).await {
        Ok(caller) => caller,
        Err(refusal) => return refusal,
    };
    let detail = match id(&indicator) {
        Ok(indicator) => state.app.indicator(&caller, indicator).await,
        Err(error) => Err::<_, AppError>(error),
    };
    match detail {
        Ok(detail) => (
            [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
            chart_svg(&detail),
        )
            .into_response(),
        Err(error) => ApiError(error).into_response(),
    }
}

/// The chart of an indicator as its reader sees it.
pub fn chart_svg(detail: &IndicatorDetail) -> String {
    let all: Vec<_> = detail.observations.iter().map(as_observation).collect();
    let observations: Vec<_> = thinned(&all, &detail.conflicts)
        .into_iter()
        .cloned()
        .collect();
    indicator_chart(&IndicatorChart {
        indicator: detail.indicator.id,
        name: detail.indicator.name.as_str(),
        unit: detail.indicator.unit.as_str(),
        observations: &observations,
        conflicts: &detail.conflicts,
    })
}
