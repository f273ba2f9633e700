//! The group's dashboard page: overdue lines, lines due soon, open procedures, the latest
//! figure of each indicator with its chart, and targets with progress bars.

use askama::Template;
use axum::extract::{Path, State};

use super::chart::compact;
use super::figures::period_words;
use super::{render, Layout, PageResult};
use crate::app::records::ActionLineRecord;
use crate::http::auth::PageSession;
use crate::http::AppState;

struct LineRow {
    id: i64,
    title: String,
    leads: String,
    due_on: String,
    status: String,
    progress: u8,
}

impl From<&ActionLineRecord> for LineRow {
    fn from(line: &ActionLineRecord) -> Self {
        LineRow {
            id: line.id.get(),
            title: line.title.to_string(),
            leads: line
                .leads
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            due_on: line.schedule.due_on.to_string(),
            status: line.status.as_str().replace('_', " "),
            progress: line.progress.get(),
        }
    }
}

struct ProcedureRow {
    id: i64,
    title: String,
    kind: String,
    deadline: String,
    needs_you: bool,
}

struct FigureRow {
    indicator: i64,
    name: String,
    figure: String,
}

struct TargetRow {
    pair: String,
    goal: String,
    percent: String,
    bar: String,
    growth: String,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    layout: Layout,
    code: String,
    group_name: String,
    today: String,
    overdue: Vec<LineRow>,
    due_soon: Vec<LineRow>,
    procedures: Vec<ProcedureRow>,
    figures: Vec<FigureRow>,
    targets: Vec<TargetRow>,
}

pub async fn show(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
) -> PageResult {
    let caller = &session.caller;
    let d = state.app.dashboard(caller, &code).await?;
    let zone = &caller.account.time_zone;
    let page = DashboardPage {
        layout: Layout::new(
            format!("Dashboard of {}", d.group.code),
            Some((caller, &session.csrf_token)),
        ),
        code: d.group.code.to_string(),
        group_name: d.group.name.to_string(),
        today: d.today.to_string(),
        overdue: d.overdue_lines.iter().map(LineRow::from).collect(),
        due_soon: d.lines_due_soon.iter().map(LineRow::from).collect(),
        procedures: d
            .open_procedures
            .iter()
            .map(|p| ProcedureRow {
                id: p.procedure.get(),
                title: p.title.to_string(),
                kind: p.kind.as_str().replace('_', " "),
                deadline: zone.show(p.deadline),
                needs_you: p.attention
                    == crate::domain::procedure::attention::Attention::NeedsYourParty,
            })
            .collect(),
        figures: d
            .latest
            .iter()
            .map(|(indicator, figure)| FigureRow {
                indicator: indicator.id.get(),
                name: indicator.name.to_string(),
                figure: figure
                    .as_ref()
                    .map(|o| {
                        format!(
                            "{}–{}, {}: {} {} ({})",
                            o.reporter,
                            o.partner,
                            period_words(&o.period),
                            indicator.unit,
                            compact(o.value),
                            o.source.citation
                        )
                    })
                    .unwrap_or_else(|| "no figure you may see yet".to_owned()),
            })
            .collect(),
        targets: d
            .targets
            .iter()
            .map(|(indicator, t)| {
                let progress = t.progress.as_ref();
                TargetRow {
                    pair: format!("{}–{}", t.target.reporter, t.target.partner),
                    goal: format!(
                        "{} {} a year by {}",
                        indicator.unit,
                        compact(t.target.value),
                        t.target.by.year()
                    ),
                    percent: progress
                        .map(|p| format!("{} %", p.percent.normalize()))
                        .unwrap_or_else(|| "no whole-year figure yet".to_owned()),
                    bar: progress
                        .map(|p| {
                            p.percent
                                .min(rust_decimal::Decimal::ONE_HUNDRED)
                                .round()
                                .to_string()
                        })
                        .unwrap_or_else(|| "0".to_owned()),
                    growth: progress
                        .and_then(|p| p.growth_needed_percent_per_year)
                        .map(|g| format!("{} % a year still needed", g.round_dp(1).normalize()))
                        .unwrap_or_default(),
                }
            })
            .collect(),
    };
    Ok(render(&page))
}
