//! A decision's record page and the list of a group's decisions.

use askama::Template;
use axum::extract::{Path, State};

use crate::app::procedures::DecisionDetail;
use crate::domain::ids::DecisionId;
use crate::domain::procedure::ProcedureKind;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::PageCaller;
use crate::http::pages::{path_id, render, Layout, PageResult};
use crate::http::AppState;

pub struct LanguageRow {
    language: String,
    status: String,
    prevailing: bool,
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
    procedure_id: i64,
    procedure_kind: String,
    opened_at: String,
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
fn language_rows(detail: &DecisionDetail) -> Vec<LanguageRow> {
    let negotiating = &detail.procedure.text.language;
    detail
        .languages
        .iter()
        .filter(|l| &l.language != negotiating)
        .map(|l| LanguageRow {
            language: l.language.to_string(),
            status: l.status.as_str().to_owned(),
            prevailing: l.prevailing,
            rtl: l.language.is_right_to_left(),
            body: l.body.clone(),
        })
        .collect()
}

/// Where each party stood. For a decision in session the positions were taken in the room (by
/// the party's own act, or by the chair's note) and the silence that asked the absent followed.
fn positions(detail: &DecisionDetail) -> Vec<String> {
    let procedure = &detail.procedure;
    if let Some(later) = &procedure.recorded_later {
        return later
            .positions
            .iter()
            .map(|report| {
                format!(
                    "{}: {} (as reported by the secretariat)",
                    report.party,
                    report.position.label()
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
                Some(format!("{party}: {}", answer.label()))
            })
            .collect()
    } else {
        Vec::new()
    };
    if procedure.procedure.rules.kind == ProcedureKind::Silence {
        let absent = if detail.session_round.is_some() {
            " (absent from the session)"
        } else {
            ""
        };
        positions.extend(
            procedure
                .procedure
                .rules
                .members
                .iter()
                .map(|party| format!("{party}: kept silence{absent}")),
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
    let languages = language_rows(&detail);
    let positions = positions(&detail);
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
        adopted_at: format!("{} ({})", zone.show(detail.decision.adopted_at), zone),
        adopted_iso: rfc3339_utc(detail.decision.adopted_at),
        procedure_id: procedure.procedure.id.get(),
        procedure_kind: procedure.procedure.rules.kind.label().to_owned(),
        opened_at: zone.show(procedure.procedure.rules.opened_at),
        text_id: procedure.text.id.get(),
        version,
        hash: procedure.procedure.hash.to_hex(),
        distribution: procedure.text.marking.distribution.to_string(),
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
        recorded_later: procedure
            .recorded_later
            .as_ref()
            .map(crate::http::api::procedures::recorded_later_note),
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
    Ok(render(&DecisionsPage {
        layout: Layout::new(
            format!("Decisions of {}", group.code),
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
                    group.time_zone.show(d.decision.adopted_at),
                )
            })
            .collect(),
    }))
}
