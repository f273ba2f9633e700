//! The indicator pages: every figure with its source, side by side per reporter–partner pair;
//! the conflicts in plain sentences; the chart beside a table of the same numbers; targets
//! with progress and the formula; forms to record a figure and import a CSV file. `words`
//! says figures, money, periods and conflicts in the reader's language for every
//! follow-through page.

pub mod words;

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{after_form, path_id, render, render_form, see_other, Layout, PageForm, PageResult};
use crate::app::followup::figures::{as_observation, IndicatorDetail};
use crate::app::Caller;
use crate::domain::figures::Flow;
use crate::domain::ids::IndicatorId;
use crate::domain::validation::ValidationErrors;
use crate::http::api::figures::chart_svg;
use crate::http::auth::PageSession;
use crate::http::input::figures::{ImportQuery, ObservationInput, PeriodInput};
use crate::http::input::followup::SourceInput;
use crate::http::vocabulary;
use crate::http::AppState;
use crate::i18n::{self, Arg};
use words::{amount, bdi, html_sentence, pair, percent, period, ConflictSentence};

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
    /// The sentence that says so, as HTML.
    hidden_words: String,
}

/// How many of a pair's latest figures the page lists unless asked for all; a figure in
/// conflict is always listed.
const SHOWN_PER_PAIR: usize = 24;

/// A target, its words written for the page (the HTML ones isolate the sources).
struct TargetRow {
    pair: String,
    goal: String,
    source_html: String,
    percent: Option<String>,
    percent_bar: String,
    reached_html: String,
    growth_html: Option<String>,
}

#[derive(Template)]
#[template(path = "indicator.html")]
struct IndicatorPage {
    layout: Layout,
    code: String,
    id: i64,
    name: String,
    /// The unit as the reader names it (`долл. США` for USD).
    unit: String,
    lede: String,
    pairs: Vec<PairTable>,
    /// The sentences of the conflicts, as HTML.
    conflicts: Vec<String>,
    chart: String,
    targets: Vec<TargetRow>,
    formula_html: String,
    import_help_html: String,
    can_record: bool,
    can_import: bool,
    parties: Vec<String>,
    errors: ValidationErrors,
    import_errors: Vec<String>,
    notice: Option<String>,
}

/// The sentences of the conflicts among the figures shown, as HTML.
fn conflict_sentences(detail: &IndicatorDetail, unit: &str) -> Vec<String> {
    let find = |id| {
        detail
            .observations
            .iter()
            .find(|o| o.id == id)
            .map(as_observation)
    };
    detail
        .conflicts
        .iter()
        .filter_map(|conflict| {
            let (a, b) = (
                find(conflict.observations[0])?,
                find(conflict.observations[1])?,
            );
            Some(ConflictSentence::of(conflict, &a, &b, unit).html())
        })
        .collect()
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
        let pair = pair(o.reporter.as_str(), o.partner.as_str());
        let row = FigureRow {
            id: o.id.get(),
            period: period(&o.period),
            value: amount(unit, o.value),
            exact: o.value.normalize().to_string(),
            citation: o.source.citation.clone(),
            url: o.source.url.clone(),
            note: o.note.as_ref().map(ToString::to_string).unwrap_or_default(),
            distribution: vocabulary::distribution(o.marking.distribution),
            in_conflict: in_conflict(o.id),
        };
        match tables.iter_mut().find(|t| t.pair == pair) {
            Some(table) => table.rows.push(row),
            None => tables.push(PairTable {
                pair,
                rows: vec![row],
                hidden: 0,
                hidden_words: String::new(),
            }),
        }
    }
    if !all {
        let link = format!(
            "<a href=\"/indicators/{}?all=1\">{}</a>",
            detail.indicator.id.get(),
            words::escape(&i18n::t("figures-list-every-figure"))
        );
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
            table.hidden_words = html_sentence(
                "figures-hidden",
                &[
                    ("count", table.hidden.into()),
                    ("pair", table.pair.as_str().into()),
                ],
                &[("link", &link)],
            );
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
            let from = latest
                .map(|o| {
                    html_sentence(
                        "figures-target-from",
                        &[
                            ("amount", amount(unit, o.value).into()),
                            ("period", period(&o.period).into()),
                        ],
                        &[("source", &bdi(&o.source.citation))],
                    )
                })
                .unwrap_or_default();
            let percent = progress.map(|p| percent(p.percent));
            TargetRow {
                pair: pair(t.target.reporter.as_str(), t.target.partner.as_str()),
                goal: i18n::t_with(
                    "figures-target-goal",
                    &[
                        ("amount", amount(unit, t.target.value).into()),
                        ("year", t.target.by.year().to_string().into()),
                    ],
                ),
                source_html: html_sentence(
                    "figures-target-source",
                    &[],
                    &[("source", &bdi(&t.target.source.citation))],
                ),
                percent_bar: progress
                    .map(|p| {
                        p.percent
                            .min(rust_decimal::Decimal::ONE_HUNDRED)
                            .round()
                            .to_string()
                    })
                    .unwrap_or_default(),
                reached_html: percent
                    .as_ref()
                    .map(|percent| {
                        let strong = format!("<strong>{}</strong>", words::escape(percent));
                        html_sentence(
                            "figures-target-reached",
                            &[],
                            &[("percent", &strong), ("from", &from)],
                        )
                    })
                    .unwrap_or_default(),
                percent,
                growth_html: progress
                    .and_then(|p| p.growth_needed_percent_per_year)
                    .map(|g| {
                        let rate = i18n::current().t1(
                            "figures-rate-per-year",
                            "percent",
                            words::percent(g.round_dp(1)),
                        );
                        let strong = format!("<strong>{}</strong>", words::escape(&rate));
                        html_sentence("figures-growth-needed", &[], &[("rate", &strong)])
                    }),
            }
        })
        .collect()
}

/// How progress and the growth still needed are computed, with the formula set as HTML.
fn formula_html() -> String {
    let word = |id: &str| words::escape(&i18n::t(id));
    let formula = format!(
        "({} ÷ {})<sup>1 ÷ {}</sup> − 1",
        word("figures-formula-target"),
        word("figures-formula-latest"),
        word("figures-formula-years")
    );
    html_sentence("figures-how-computed-text", &[], &[("formula", &formula)])
}

/// What the import form accepts: our columns or UN Comtrade's, each name as code.
fn import_help_html() -> String {
    let code = |names: &[&str]| {
        names
            .iter()
            .map(|name| format!("<code>{name}</code>"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ours = code(&["reporter,partner,period_start,period_end,value,source,note"]);
    let (year, period) = (code(&["refYear"]), code(&["period"]));
    let rest = code(&["reporterISO", "partnerISO", "flowCode", "primaryValue"]);
    html_sentence(
        "figures-import-help",
        &[],
        &[
            ("ours", &ours),
            ("year", &year),
            ("period", &period),
            ("rest", &rest),
        ],
    )
}

/// The indicator's unit and, for a flow, what a period's figure means.
fn lede(unit: &str, flow: Option<Flow>) -> String {
    match flow {
        None => i18n::current().t1("figures-lede", "unit", unit),
        Some(flow) => {
            let flow = i18n::t(match flow {
                Flow::Exports => "figures-flow-exports",
                Flow::Imports => "figures-flow-imports",
                Flow::Turnover => "figures-flow-turnover",
            });
            i18n::t_with(
                "figures-lede-flow",
                &[("unit", unit.into()), ("flow", flow.into())],
            )
        }
    }
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
    let unit_words = words::unit(&unit);
    let page = IndicatorPage {
        layout: Layout::new(
            detail.indicator.name.to_string(),
            Some((caller, &session.csrf_token)),
        ),
        code: detail.group.code.to_string(),
        id: detail.indicator.id.get(),
        name: detail.indicator.name.to_string(),
        lede: lede(&unit_words, detail.indicator.flow),
        pairs: pair_tables(&detail, &unit, all),
        conflicts: conflict_sentences(&detail, &unit),
        chart: chart_svg(&detail),
        targets: target_rows(&detail, &unit),
        formula_html: formula_html(),
        import_help_html: import_help_html(),
        can_record: detail.can_record,
        can_import,
        parties,
        errors,
        import_errors,
        notice,
        unit: unit_words,
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
            .map(|count| i18n::t_with("figures-imported", &[("count", Arg::from(count))])),
        all: shows.all.is_some(),
        ..Shown::default()
    };
    indicator_page(&state, &session, path_id(&id)?, shown).await
}

struct IndicatorItem {
    id: i64,
    name: String,
    unit: String,
    count: String,
    /// The latest figure, as HTML.
    latest: String,
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsPage {
    layout: Layout,
    code: String,
    heading: String,
    indicators: Vec<IndicatorItem>,
}

/// The group's indicators.
pub async fn list(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
) -> PageResult {
    let (group, summaries) = state.app.indicators(&session.caller, &code).await?;
    let locale = i18n::current();
    let page = IndicatorsPage {
        layout: Layout::new(
            locale.t1("figures-list-title", "group", group.code.as_str()),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        heading: html_sentence(
            "figures-list-heading",
            &[],
            &[("group", &bdi(group.name.as_str()))],
        ),
        indicators: summaries
            .iter()
            .map(|s| IndicatorItem {
                id: s.indicator.id.get(),
                name: s.indicator.name.to_string(),
                unit: words::unit(s.indicator.unit.as_str()),
                count: locale.integer(i64::try_from(s.observations).unwrap_or(i64::MAX)),
                latest: s
                    .latest
                    .as_ref()
                    .map(|o| words::latest_figure(o, s.indicator.unit.as_str()))
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
