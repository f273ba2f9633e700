//! The group's dashboard over the API: the same at-a-glance view as its page.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

use super::figures::{ObservationView, TargetView};
use super::json;
use super::roadmaps::LineView;
use crate::app::followup::dashboard::Dashboard;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::AppState;

/// An open procedure and its deadline.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpenProcedureView {
    pub id: i64,
    /// The text's title.
    pub title: String,
    /// consensus, silence or in_session.
    pub kind: String,
    pub deadline: String,
    /// Whether the caller's own party is asked for something.
    pub needs_your_party: bool,
}

/// An indicator's latest figure the caller sees.
#[derive(Debug, Serialize, ToSchema)]
pub struct LatestView {
    pub indicator: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub observation: Option<ObservationView>,
}

/// A target with its indicator.
#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardTargetView {
    pub indicator: i64,
    pub unit: String,
    #[serde(flatten)]
    pub target: TargetView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DashboardView {
    /// The group's day (its secretariat's time zone), YYYY-MM-DD.
    pub today: String,
    pub overdue_lines: Vec<LineView>,
    pub lines_due_within_90_days: Vec<LineView>,
    pub open_procedures: Vec<OpenProcedureView>,
    pub latest_observations: Vec<LatestView>,
    pub targets: Vec<DashboardTargetView>,
}

impl DashboardView {
    pub fn new(d: &Dashboard) -> Self {
        DashboardView {
            today: d.today.to_string(),
            overdue_lines: d
                .overdue_lines
                .iter()
                .map(|l| LineView::new(l, d.today))
                .collect(),
            lines_due_within_90_days: d
                .lines_due_soon
                .iter()
                .map(|l| LineView::new(l, d.today))
                .collect(),
            open_procedures: d
                .open_procedures
                .iter()
                .map(|p| OpenProcedureView {
                    id: p.procedure.get(),
                    title: p.title.to_string(),
                    kind: p.kind.as_str().to_owned(),
                    deadline: rfc3339_utc(p.deadline),
                    needs_your_party: p.attention
                        == crate::domain::procedure::attention::Attention::NeedsYourParty,
                })
                .collect(),
            latest_observations: d
                .latest
                .iter()
                .map(|(indicator, figure)| LatestView {
                    indicator: indicator.id.get(),
                    code: indicator.code.to_string(),
                    name: indicator.name.to_string(),
                    unit: indicator.unit.to_string(),
                    observation: figure.as_ref().map(ObservationView::from),
                })
                .collect(),
            targets: d
                .targets
                .iter()
                .map(|(indicator, target)| DashboardTargetView {
                    indicator: indicator.id.get(),
                    unit: indicator.unit.to_string(),
                    target: TargetView::from(target),
                })
                .collect(),
        }
    }
}

/// What needs doing and where the figures stand, over what the caller may see.
#[utoipa::path(get, operation_id = "get_dashboard", path = "/api/v1/groups/{code}/dashboard", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The dashboard", body = DashboardView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let dashboard = state.app.dashboard(&caller, &code).await?;
    Ok(json(DashboardView::new(&dashboard)))
}
