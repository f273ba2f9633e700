//! The indicator pages: every figure with its source, side by side per reporter–partner pair;
//! the conflicts in plain sentences; the chart beside a table of the same numbers; targets
//! with progress and the formula; forms to record a figure and import a CSV file. `words`
//! says figures, money, periods and conflicts in the reader's language for every
//! follow-through page.

pub mod words;

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::chart::compact;
use super::{after_form, path_id, render, render_form, see_other, Layout, PageForm, PageResult};
use crate::app::followup::figures::IndicatorDetail;
use crate::app::Caller;
use crate::domain::figures::{ConflictKind, Period};
use crate::domain::ids::IndicatorId;
use crate::domain::validation::ValidationErrors;
use crate::http::api::figures::chart_svg;
use crate::http::auth::PageSession;
use crate::http::input::figures::{ImportQuery, ObservationInput, PeriodInput};
use crate::http::input::followup::SourceInput;
use crate::http::AppState;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A period as a person says it: `2023`, `January–September 2024`, or its two days.
pub fn period_words(period: &Period) -> String {
    if let Some(year) = period.whole_year() {
        return year.to_string();
    }
    let (start, end) = (period.start(), period.end());
    let whole_months = start.day() == 1 && end == end.last_of_month();
    if whole_months && start.year() == end.year() {
        let first = MONTHS[usize::from(start.month().unsigned_abs()) - 1];
        let last = MONTHS[usize::from(end.month().unsigned_abs()) - 1];
        return if first == last {
            format!("{first} {}", start.year())
        } else {
            format!("{first}–{last} {}", start.year())
        };
    }
    format!("{start} – {end}")
}

/// A figure as the page says it: `USD 545.2 M`.
fn amount(unit: &str, value: rust_decimal::Decimal) -> String {
    format!("{unit} {}", compact(value))
}

struct FigureRow {
    id: i64,
    period: String,
    value: String,
    exact: String,
    citation: String,
    url: Option<String>,
    note: String,
    distribution: String,
    in_conflict: bool,
}

struct PairTable {
    pair: String,
    rows: Vec<FigureRow>,
    /// Earlier figures left out of the table (they are in the chart, the CSV and `?all=1`).
    hidden: usize,
}

/// How many of a pair's latest figures the page lists unless asked for all; a figure in
/// conflict is always listed.
const SHOWN_PER_PAIR: usize = 24;

struct TargetRow {
    pair: String,
    goal: String,
    source: String,
    percent: Option<String>,
    percent_bar: String,
    from: String,
    growth: Option<String>,
}

#[derive(Template)]
#[template(path = "indicator.html")]
struct IndicatorPage {
    layout: Layout,
    code: String,
    id: i64,
    name: String,
    unit: String,
    flow: String,
    pairs: Vec<PairTable>,
    conflicts: Vec<String>,
    chart: String,
    targets: Vec<TargetRow>,
    can_record: bool,
    can_import: bool,
    parties: Vec<String>,
    errors: ValidationErrors,
    import_errors: Vec<String>,
    notice: Option<String>,
}

/// The sentences of the conflicts among the figures shown.
fn conflict_sentences(detail: &IndicatorDetail, unit: &str) -> Vec<String> {
    let find = |id| detail.observations.iter().find(|o| o.id == id);
    detail
        .conflicts
        .iter()
        .filter_map(|conflict| {
            let (a, b) = (
                find(conflict.observations[0])?,
                find(conflict.observations[1])?,
            );
            let pair = format!("{}–{}", a.reporter, a.partner);
            Some(match conflict.kind {
                ConflictKind::SamePeriodDifferentValues => format!(
                    "The figures for {pair} in {} disagree: {} ({}) and {} ({}).",
                    period_words(&a.period),
                    amount(unit, a.value),
                    a.source.citation,
                    amount(unit, b.value),
                    b.source.citation
                ),
                ConflictKind::PartExceedsWhole => {
                    let (part, whole) = if whole_contains(&b.period, &a.period) {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    let whole_words = match whole.period.whole_year() {
                        Some(year) => format!("the whole of {year}"),
                        None => period_words(&whole.period),
                    };
                    format!(
                        "{pair} {} ({}, {}) exceeds the figure for {whole_words} ({}, {}), \
                         which contains it.",
                        period_words(&part.period),
                        amount(unit, part.value),
                        part.source.citation,
                        amount(unit, whole.value),
                        whole.source.citation
                    )
                }
            })
        })
        .collect()
}

fn whole_contains(whole: &Period, part: &Period) -> bool {
    whole.contains(part) && whole != part
}

fn pair_tables(detail: &IndicatorDetail, unit: &str, all: bool) -> Vec<PairTable> {
    let in_conflict = |id| {
        detail
            .conflicts
            .iter()
            .any(|c| c.observations.contains(&id))
    };
    let mut tables: Vec<PairTable> = Vec::new();
    for o in &detail.observations {
        let pair = format!("{}–{}", o.reporter, o.partner);
        let row = FigureRow {
            id: o.id.get(),
            period: period_words(&o.period),
            value: amount(unit, o.value),
            exact: o.value.normalize().to_string(),
            citation: o.source.citation.clone(),
            url: o.source.url.clone(),
            note: o.note.as_ref().map(ToString::to_string).unwrap_or_default(),
            distribution: o.marking.distribution.to_string(),
            in_conflict: in_conflict(o.id),
        };
        match tables.iter_mut().find(|t| t.pair == pair) {
            Some(table) => table.rows.push(row),
            None => tables.push(PairTable {
                pair,
                rows: vec![row],
                hidden: 0,
            }),
        }
    }
    if !all {
        for table in &mut tables {
            // Rows are in period order: keep the latest, and every one in conflict.
            let cut = table.rows.len().saturating_sub(SHOWN_PER_PAIR);
            let before = table.rows.len();
            let mut index = 0;
            table.rows.retain(|row| {
                index += 1;
                index > cut || row.in_conflict
            });
            table.hidden = before - table.rows.len();
        }
    }
    tables
}

fn target_rows(detail: &IndicatorDetail, unit: &str) -> Vec<TargetRow> {
    detail
        .targets
        .iter()
        .map(|t| {
            let progress = t.progress.as_ref();
            let latest =
                progress.and_then(|p| detail.observations.iter().find(|o| o.id == p.latest));
            TargetRow {
                pair: format!("{}–{}", t.target.reporter, t.target.partner),
                goal: format!(
                    "{} a year by {}",
                    amount(unit, t.target.value),
                    t.target.by.year()
                ),
                source: t.target.source.citation.clone(),
                percent: progress.map(|p| format!("{} %", p.percent.normalize())),
                percent_bar: progress
                    .map(|p| {
                        p.percent
                            .min(rust_decimal::Decimal::ONE_HUNDRED)
                            .round()
                            .to_string()
                    })
                    .unwrap_or_default(),
                from: latest
                    .map(|o| {
                        format!(
                            "{} in {} ({})",
                            amount(unit, o.value),
                            o.period,
                            o.source.citation
                        )
                    })
                    .unwrap_or_default(),
                growth: progress
                    .and_then(|p| p.growth_needed_percent_per_year)
                    .map(|g| format!("{} % a year", g.round_dp(1).normalize())),
            }
        })
        .collect()
}

/// What the page shows besides the indicator: a message after an import, the errors of a
/// form sent, and whether to list every figure.
#[derive(Default)]
struct Shown {
    errors: ValidationErrors,
    import_errors: Vec<String>,
    notice: Option<String>,
    all: bool,
}

async fn indicator_page(
    state: &AppState,
    session: &PageSession,
    id: IndicatorId,
    shown: Shown,
) -> PageResult {
    let Shown {
        errors,
        import_errors,
        notice,
        all,
    } = shown;
    let caller: &Caller = &session.caller;
    let detail = state.app.indicator(caller, id).await?;
    let unit = detail.indicator.unit.to_string();
    let can_import = detail.can_import;
    let parties = match caller.viewer.party_in(detail.group.id) {
        Some(party) if !can_import => vec![party.to_string()],
        _ => detail
            .group
            .parties
            .iter()
            .filter(|p| p.standing != crate::domain::role::Standing::Guest)
            .map(|p| p.code.to_string())
            .collect(),
    };
    let invalid = !errors.is_empty() || !import_errors.is_empty();
    let page = IndicatorPage {
        layout: Layout::new(
            detail.indicator.name.to_string(),
            Some((caller, &session.csrf_token)),
        ),
        code: detail.group.code.to_string(),
        id: detail.indicator.id.get(),
        name: detail.indicator.name.to_string(),
        flow: detail
            .indicator
            .flow
            .map(|f| f.as_str().to_owned())
            .unwrap_or_default(),
        pairs: pair_tables(&detail, &unit, all),
        conflicts: conflict_sentences(&detail, &unit),
        chart: chart_svg(&detail),
        targets: target_rows(&detail, &unit),
        can_record: detail.can_record,
        can_import,
        parties,
        errors,
        import_errors,
        notice,
        unit,
    };
    render_form(&page, invalid)
}

/// After an import, how many figures it stored; and whether to list every figure.
#[derive(Debug, Default, Deserialize)]
pub struct Shows {
    imported: Option<usize>,
    #[serde(default)]
    all: Option<String>,
}

/// One indicator's page.
pub async fn show(
    State(state): State<AppState>,
    session: PageSession,
    Path(id): Path<String>,
    Query(shows): Query<Shows>,
) -> PageResult {
    let shown = Shown {
        notice: shows
            .imported
            .map(|count| format!("{count} figures imported; every row was stored.")),
        all: shows.all.is_some(),
        ..Shown::default()
    };
    indicator_page(&state, &session, path_id(&id)?, shown).await
}

struct IndicatorItem {
    id: i64,
    name: String,
    unit: String,
    count: usize,
    latest: String,
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsPage {
    layout: Layout,
    code: String,
    group_name: String,
    indicators: Vec<IndicatorItem>,
}

/// The group's indicators.
pub async fn list(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
) -> PageResult {
    let (group, summaries) = state.app.indicators(&session.caller, &code).await?;
    let page = IndicatorsPage {
        layout: Layout::new(
            format!("Figures of {}", group.code),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        indicators: summaries
            .iter()
            .map(|s| IndicatorItem {
                id: s.indicator.id.get(),
                name: s.indicator.name.to_string(),
                unit: s.indicator.unit.to_string(),
                count: s.observations,
                latest: s
                    .latest
                    .as_ref()
                    .map(|o| {
                        format!(
                            "{}–{}, {}: {} ({})",
                            o.reporter,
                            o.partner,
                            period_words(&o.period),
                            amount(s.indicator.unit.as_str(), o.value),
                            o.source.citation
                        )
                    })
                    .unwrap_or_default(),
            })
            .collect(),
    };
    Ok(render(&page))
}

/// The form that records one figure.
#[derive(Debug, Deserialize)]
pub struct FigureForm {
    reporter: String,
    partner: String,
    period_start: String,
    period_end: String,
    value: String,
    citation: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    distribution: String,
}

/// Records a figure from the form.
pub async fn record(
    State(state): State<AppState>,
    session: PageSession,
    Path(id): Path<String>,
    PageForm(form): PageForm<FigureForm>,
) -> PageResult {
    let id: IndicatorId = path_id(&id)?;
    let input = ObservationInput {
        reporter: form.reporter,
        partner: form.partner,
        period: PeriodInput {
            start: form.period_start,
            end: form.period_end,
        },
        value: form.value,
        source: SourceInput {
            citation: form.citation,
            url: Some(form.url),
        },
        note: Some(form.note),
        distribution: Some(form.distribution),
        classification: None,
        listed: Vec::new(),
    };
    let result = match input.parse() {
        Ok(draft) => {
            state
                .app
                .record_observation(&session.caller, id, draft)
                .await
        }
        Err(errors) => Err(errors.into()),
    };
    after_form(result, format!("/indicators/{id}"), async |errors| {
        indicator_page(
            &state,
            &session,
            id,
            Shown {
                errors,
                ..Shown::default()
            },
        )
        .await
    })
    .await
}

/// The form that imports a CSV file (pasted, or read from a file by the page's script).
#[derive(Debug, Deserialize)]
pub struct ImportForm {
    csv: String,
    #[serde(default)]
    source: String,
}

/// Imports figures from the form: all rows or none; each bad row is listed on the page.
pub async fn import(
    State(state): State<AppState>,
    session: PageSession,
    Path(id): Path<String>,
    PageForm(form): PageForm<ImportForm>,
) -> PageResult {
    let id: IndicatorId = path_id(&id)?;
    let query = ImportQuery {
        source: Some(form.source),
        ..ImportQuery::default()
    };
    let result = match query.parse() {
        Ok((source, marking)) => {
            state
                .app
                .import_observations(&session.caller, id, form.csv.as_bytes(), source, marking)
                .await
        }
        Err(errors) => Err(errors.into()),
    };
    match result {
        Ok(count) => see_other(&format!("/indicators/{id}?imported={count}")),
        Err(crate::app::AppError::InvalidRows(rows)) => {
            let rows = rows.iter().map(|r| r.to_string()).collect();
            indicator_page(
                &state,
                &session,
                id,
                Shown {
                    import_errors: rows,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(crate::app::AppError::Invalid(errors)) => {
            indicator_page(
                &state,
                &session,
                id,
                Shown {
                    errors,
                    ..Shown::default()
                },
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
