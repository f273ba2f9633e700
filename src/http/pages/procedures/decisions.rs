//! A decision's record page and the list of a group's decisions.

use askama::Template;
use axum::extract::{Path, State};

use crate::app::procedures::DecisionDetail;
use crate::domain::ids::DecisionId;
use crate::domain::procedure::ProcedureKind;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::PageCaller;
use crate::http::pages::{escape_html, html_message, path_id, render, Layout, PageResult, Piece};
use crate::http::{vocabulary, AppState};
use crate::i18n::{self, Locale};

pub struct LanguageRow {
    language: String,
    /// "ru (translation)", "ru (authentic, prevailing)".
    heading: String,
    rtl: bool,
    body: String,
}

#[derive(Template)]
#[template(path = "decision.html")]
struct DecisionPage {
    layout: Layout,
    id: i64,
    code: String,
    group_name: String,
    symbol: String,
    title: String,
    adopted_at: String,
    adopted_iso: String,
    /// The kind of procedure linking to it, and when it opened (HTML).
    procedure_html: String,
    text_id: i64,
    version: i64,
    hash: String,
    distribution: String,
    language: String,
    rtl: bool,
    body: String,
    languages: Vec<LanguageRow>,
    positions: Vec<String>,
    statements: Vec<String>,
    /// "Recorded later by {display name} on {date}" for a decision taken before the group used
    /// Majlis; its positions are then as reported by the secretariat.
    recorded_later: Option<String>,
}

/// The language versions other than the negotiating one.
fn language_rows(detail: &DecisionDetail, tr: Locale) -> Vec<LanguageRow> {
    let negotiating = &detail.procedure.text.language;
    detail
        .languages
        .iter()
        .filter(|l| &l.language != negotiating)
        .map(|l| {
            let status = match l.status.as_str() {
                "authentic" => tr.t("decisions-status-authentic"),
                "translation" => tr.t("decisions-status-translation"),
                other => other.to_owned(),
            };
            let heading = if l.prevailing {
                "decisions-language-version-prevailing"
            } else {
                "decisions-language-version"
            };
            LanguageRow {
                language: l.language.to_string(),
                heading: tr.t_with(
                    heading,
                    &[
                        ("language", l.language.to_string().into()),
                        ("status", status.into()),
                    ],
                ),
                rtl: l.language.is_right_to_left(),
                body: l.body.clone(),
            }
        })
        .collect()
}

/// Where each party stood. For a decision in session the positions were taken in the room (by
/// the party's own act, or by the chair's note) and the silence that asked the absent followed.
fn positions(detail: &DecisionDetail, tr: Locale) -> Vec<String> {
    let procedure = &detail.procedure;
    if let Some(later) = &procedure.recorded_later {
        return later
            .positions
            .iter()
            .map(|report| {
                tr.t_with(
                    "decisions-position-reported",
                    &[
                        ("party", report.party.to_string().into()),
                        ("position", vocabulary::position(&report.position).into()),
                    ],
                )
            })
            .collect();
    }
    let round = detail.positions_from();
    let mut positions: Vec<String> = if round.procedure.rules.kind == ProcedureKind::Consensus {
        round
            .procedure
            .rules
            .members
            .iter()
            .filter_map(|party| {
                let answer = round.state.answer(party)?;
                Some(tr.t_with(
                    "decisions-position",
                    &[
                        ("party", party.to_string().into()),
                        ("position", vocabulary::answer(answer).into()),
                    ],
                ))
            })
            .collect()
    } else {
        Vec::new()
    };
    if procedure.procedure.rules.kind == ProcedureKind::Silence {
        let kept_silence = if detail.session_round.is_some() {
            "decisions-position-kept-silence-absent"
        } else {
            "decisions-position-kept-silence"
        };
        positions.extend(
            procedure
                .procedure
                .rules
                .members
                .iter()
                .map(|party| tr.t_with(kept_silence, &[("party", party.to_string().into())])),
        );
    }
    positions
}

/// `/decisions/{id}`: the page; `/decisions/{id}.pdf`: the record as PDF
/// (`pages::documents::decision`).
pub async fn decision(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    if let Some(id) = id.strip_suffix(".pdf") {
        return crate::http::pages::documents::decision(&state, &caller, id).await;
    }
    let id: DecisionId = path_id(&id)?;
    let detail = state.app.decision_detail(&caller, id).await?;
    let procedure = &detail.procedure;
    let zone = &procedure.group.time_zone;
    let version = procedure.procedure.version_number;
    let tr = i18n::current();
    let languages = language_rows(&detail, tr);
    let positions = positions(&detail, tr);
    let procedure_link = format!(
        "<a href=\"/procedures/{}\">{}</a>",
        procedure.procedure.id.get(),
        escape_html(&vocabulary::procedure_kind(procedure.procedure.rules.kind))
    );
    let page = DecisionPage {
        layout: Layout::marked(
            detail.decision.symbol.clone(),
            Some((&caller, &csrf_token)),
            procedure.text.marking.classification,
        ),
        id: detail.decision.id.get(),
        code: procedure.group.code.to_string(),
        group_name: procedure.group.name.to_string(),
        symbol: detail.decision.symbol.clone(),
        title: procedure.text.title.to_string(),
        adopted_at: tr.when(detail.decision.adopted_at, zone),
        adopted_iso: rfc3339_utc(detail.decision.adopted_at),
        procedure_html: html_message(
            tr,
            "decisions-procedure-opened",
            &[
                ("procedure", Piece::Markup(procedure_link)),
                (
                    "when",
                    Piece::Value(tr.when(procedure.procedure.rules.opened_at, zone).into()),
                ),
            ],
        ),
        text_id: procedure.text.id.get(),
        version,
        hash: procedure.procedure.hash.to_hex(),
        distribution: vocabulary::distribution(procedure.text.marking.distribution),
        language: procedure.text.language.to_string(),
        rtl: procedure.text.language.is_right_to_left(),
        body: detail.body.clone(),
        languages,
        positions,
        statements: procedure
            .state
            .statements
            .iter()
            .map(|(p, s)| format!("{p}: {s}"))
            .collect(),
        recorded_later: procedure.recorded_later.as_ref().map(|later| {
            tr.t_with(
                "decisions-recorded-later",
                &[
                    ("name", later.by_name.clone().into()),
                    (
                        "date",
                        tr.date(later.at.to_zoned(jiff::tz::TimeZone::UTC).date())
                            .into(),
                    ),
                ],
            )
        }),
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "decisions.html")]
struct DecisionsPage {
    layout: Layout,
    code: String,
    group_name: String,
    decisions: Vec<(i64, String, String, String)>,
}

pub async fn decisions(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    let (group, details) = state.app.decisions_for(&caller, &code).await?;
    let tr = i18n::current();
    Ok(render(&DecisionsPage {
        layout: Layout::new(
            i18n::t_with("decisions-title", &[("group", group.code.as_str().into())]),
            Some((&caller, &csrf_token)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        decisions: details
            .iter()
            .map(|d| {
                (
                    d.decision.id.get(),
                    d.decision.symbol.clone(),
                    d.procedure.text.title.to_string(),
                    tr.when(d.decision.adopted_at, &group.time_zone),
                )
            })
            .collect(),
    }))
}
