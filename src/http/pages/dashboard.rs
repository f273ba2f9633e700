//! The group's dashboard page: overdue lines, lines due soon, open procedures, the latest
//! figure of each indicator with its chart, and targets with progress bars.

use askama::Template;
use axum::extract::{Path, State};

use super::figures::words::{self, bdi, html_sentence};
use super::roadmaps::line_status;
use super::{render, Layout, PageResult};
use crate::app::records::ActionLineRecord;
use crate::domain::procedure::attention::Attention;
use crate::http::auth::PageSession;
use crate::http::vocabulary;
use crate::http::AppState;
use crate::i18n::{self, Locale};

struct LineRow {
    id: i64,
    title: String,
    /// Due date, leads, status and progress in one phrase.
    facts: String,
}

impl LineRow {
    fn of(line: &ActionLineRecord, locale: Locale) -> Self {
        let leads = line
            .leads
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        LineRow {
            id: line.id.get(),
            title: line.title.to_string(),
            facts: locale.t_with(
                "dashboard-line-facts",
                &[
                    ("due", locale.date(line.schedule.due_on).into()),
                    ("leads", leads.into()),
                    ("status", line_status(line.status).into()),
                    ("progress", line.progress.get().into()),
                ],
            ),
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
    /// The latest figure, as HTML.
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
    heading: String,
    lede: String,
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
    let locale = i18n::current();
    let page = DashboardPage {
        layout: Layout::new(
            locale.t1("dashboard-title", "group", d.group.code.as_str()),
            Some((caller, &session.csrf_token)),
        ),
        code: d.group.code.to_string(),
        heading: html_sentence(
            "dashboard-heading",
            &[],
            &[("group", &bdi(d.group.name.as_str()))],
        ),
        lede: locale.t1("dashboard-lede", "today", locale.date(d.today)),
        overdue: d
            .overdue_lines
            .iter()
            .map(|line| LineRow::of(line, locale))
            .collect(),
        due_soon: d
            .lines_due_soon
            .iter()
            .map(|line| LineRow::of(line, locale))
            .collect(),
        procedures: d
            .open_procedures
            .iter()
            .map(|p| ProcedureRow {
                id: p.procedure.get(),
                title: p.title.to_string(),
                kind: vocabulary::procedure_kind(p.kind),
                deadline: locale.when(p.deadline, zone),
                needs_you: p.attention == Attention::NeedsYourParty,
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
                    .map(|o| words::latest_figure(o, indicator.unit.as_str()))
                    .unwrap_or_else(|| words::escape(&locale.t("dashboard-no-figure"))),
            })
            .collect(),
        targets: d
            .targets
            .iter()
            .map(|(indicator, t)| {
                let progress = t.progress.as_ref();
                TargetRow {
                    pair: words::pair(t.target.reporter.as_str(), t.target.partner.as_str()),
                    goal: locale.t_with(
                        "figures-target-goal",
                        &[
                            (
                                "amount",
                                words::amount(indicator.unit.as_str(), t.target.value).into(),
                            ),
                            ("year", t.target.by.year().to_string().into()),
                        ],
                    ),
                    percent: progress
                        .map(|p| words::percent(p.percent))
                        .unwrap_or_else(|| locale.t("dashboard-no-whole-year")),
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
                        .map(|g| {
                            locale.t1(
                                "dashboard-growth-needed",
                                "percent",
                                words::percent(g.round_dp(1)),
                            )
                        })
                        .unwrap_or_default(),
                }
            })
            .collect(),
    };
    Ok(render(&page))
}
