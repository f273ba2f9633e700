//! Decision procedures and decisions over the API.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id as id, ApiJson};
use crate::app::procedures::{Act, DecisionDetail, ProcedureDetail};
use crate::app::AppError;
use crate::domain::ids::{DecisionId, ProcedureId, TextId};
use crate::domain::procedure::{Event, Outcome, Position, Reason};
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::texts::{
    party_act, ExtendInput, PartyInput, PartyReasonInput, PositionInput, ProcedureInput,
    StatementInput,
};
use crate::http::AppState;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PositionView {
    pub party: String,
    pub position: String,
    pub statement: Option<String>,
    pub reason: Option<String>,
    pub confirm_by: Option<String>,
    pub recorded_by: Option<String>,
    pub recorded_at: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BreakView {
    pub party: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatementView {
    pub party: String,
    pub statement: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineEntry {
    pub event: String,
    pub party: Option<String>,
    pub at: String,
    pub text: Option<String>,
    pub journal_seq: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionLink {
    pub id: i64,
    pub symbol: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProcedureView {
    pub id: i64,
    /// consensus or silence.
    pub kind: String,
    pub text: i64,
    pub version: i64,
    /// The hash of the exact text under the procedure.
    pub hash: String,
    pub opened_at: String,
    /// The deadline after any extension.
    pub deadline: String,
    /// open, adopted, not_adopted, withdrawn or superseded, at the server's clock.
    pub state: String,
    pub closed_at: Option<String>,
    pub quorum: u32,
    pub members: Vec<String>,
    /// Each member's position (consensus); members that have not answered are listed with
    /// position "none".
    pub positions: Vec<PositionView>,
    pub statements: Vec<StatementView>,
    pub broken_by: Option<BreakView>,
    /// Why it was not adopted.
    pub reasons: Vec<String>,
    pub timeline: Vec<TimelineEntry>,
    pub decision: Option<DecisionLink>,
    /// For a round in session: the meeting.
    pub meeting: Option<i64>,
    /// For the silence that asks the parties absent from a session: that round.
    pub session_round: Option<i64>,
}

impl ProcedureView {
    pub fn new(detail: &ProcedureDetail, usernames: &BTreeMap<i64, String>) -> Self {
        let rules = &detail.procedure.rules;
        let state = &detail.state;
        let last_position_event = |party: &crate::domain::names::PartyCode| {
            detail.events.iter().rev().find(|e| {
                e.event.party() == Some(party)
                    && matches!(
                        e.event,
                        Event::Position { .. } | Event::Confirm { .. } | Event::Decline { .. }
                    )
            })
        };
        let positions = if rules.kind == crate::domain::procedure::ProcedureKind::Consensus {
            rules
                .members
                .iter()
                .map(|party| {
                    let position = state.positions.get(party);
                    let event = last_position_event(party);
                    PositionView {
                        party: party.to_string(),
                        position: position.map_or("none", Position::as_str).to_owned(),
                        statement: match position {
                            Some(Position::ConcurWithStatement(text)) => Some(text.clone()),
                            Some(Position::StandAside(text)) => text.clone(),
                            _ => None,
                        },
                        reason: match position {
                            Some(Position::Object(reason)) => Some(reason.clone()),
                            _ => None,
                        },
                        confirm_by: match position {
                            Some(Position::AdReferendum { confirm_by }) => {
                                Some(rfc3339_utc(*confirm_by))
                            }
                            _ => None,
                        },
                        recorded_by: event
                            .and_then(|e| usernames.get(&e.recorded_by.get()).cloned()),
                        recorded_at: event.map(|e| rfc3339_utc(e.event.at())),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let (reasons, broken_by) = match &state.outcome {
            Outcome::NotAdopted { reasons, .. } => (
                reasons.iter().map(ToString::to_string).collect(),
                reasons.iter().find_map(|reason| match reason {
                    Reason::BrokeSilence { party, reason } => Some(BreakView {
                        party: party.to_string(),
                        reason: reason.clone(),
                    }),
                    _ => None,
                }),
            ),
            _ => (Vec::new(), None),
        };
        ProcedureView {
            id: detail.procedure.id.get(),
            kind: rules.kind.to_string(),
            text: detail.text.id.get(),
            version: detail.procedure.version_number,
            hash: detail.procedure.hash.to_hex(),
            opened_at: rfc3339_utc(rules.opened_at),
            deadline: rfc3339_utc(state.deadline),
            state: state.outcome.kind().to_string(),
            closed_at: state.outcome.closed_at().map(rfc3339_utc),
            quorum: rules.quorum,
            members: rules.members.iter().map(ToString::to_string).collect(),
            positions,
            statements: state
                .statements
                .iter()
                .map(|(party, statement)| StatementView {
                    party: party.to_string(),
                    statement: statement.clone(),
                })
                .collect(),
            broken_by,
            reasons,
            timeline: detail
                .events
                .iter()
                .map(|record| TimelineEntry {
                    event: record.event.as_str().to_owned(),
                    party: record.event.party().map(ToString::to_string),
                    at: rfc3339_utc(record.event.at()),
                    text: match &record.event {
                        Event::Position { position, .. } => position.text().map(str::to_owned),
                        Event::Decline { reason, .. } | Event::Break { reason, .. } => {
                            Some(reason.clone())
                        }
                        Event::Statement { text, .. } => Some(text.clone()),
                        Event::Extend { deadline, .. } => Some(rfc3339_utc(*deadline)),
                        _ => None,
                    },
                    journal_seq: record.journal_seq,
                })
                .collect(),
            decision: detail.decision.as_ref().map(|d| DecisionLink {
                id: d.id.get(),
                symbol: d.symbol.clone(),
            }),
            meeting: detail.procedure.meeting.map(|m| m.get()),
            session_round: detail.procedure.parent.map(|p| p.get()),
        }
    }
}

/// Usernames of a group's people by user id, to say who recorded what.
pub async fn usernames(
    state: &AppState,
    detail: &ProcedureDetail,
) -> Result<BTreeMap<i64, String>, AppError> {
    Ok(state
        .app
        .store
        .seats_of_group(detail.group.id)
        .await?
        .into_iter()
        .map(|seat| (seat.user.get(), seat.username.to_string()))
        .collect())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OpenedView {
    pub id: i64,
    pub state: String,
}

/// The chair opens a consensus round or a silence procedure on the latest version.
#[utoipa::path(post, operation_id = "open_procedure", path = "/api/v1/texts/{id}/procedures", tag = "procedures", request_body = ProcedureInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The procedure, open", body = OpenedView), (status = 403, description = "Only the chair opens a procedure"), (status = 404), (status = 409, description = "The text cannot be decided now (brackets, a procedure already open, no chair, a meeting not convened)")))]
pub async fn open(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<ProcedureInput>,
) -> ApiResult<Response> {
    let text: TextId = id(&text)?;
    let (kind, version, deadline, session) = input.parse()?;
    let procedure = state
        .app
        .open_procedure_in(&caller, text, kind, version, deadline, session)
        .await?;
    Ok((
        StatusCode::CREATED,
        json(OpenedView {
            id: procedure.get(),
            state: "open".to_owned(),
        }),
    )
        .into_response())
}

/// A procedure as it stands at the server's clock.
#[utoipa::path(get, operation_id = "get_procedure", path = "/api/v1/procedures/{id}", tag = "procedures", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure at the server's clock", body = ProcedureView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.procedure_detail(&caller, id(&procedure)?).await?;
    let names = usernames(&state, &detail).await?;
    Ok(json(ProcedureView::new(&detail, &names)))
}

async fn act_and_show(
    state: &AppState,
    caller: &crate::app::Caller,
    procedure: ProcedureId,
    act: Act,
) -> ApiResult<Response> {
    state.app.act(caller, procedure, act).await?;
    let detail = state.app.procedure_detail(caller, procedure).await?;
    let names = usernames(state, &detail).await?;
    Ok(json(ProcedureView::new(&detail, &names)))
}

/// A member party's envoy (or authorised deputy) records or changes its position.
#[utoipa::path(post, operation_id = "record_position", path = "/api/v1/procedures/{id}/positions", tag = "procedures", request_body = PositionInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure with the position", body = ProcedureView), (status = 403, description = "The caller may not speak for that party"), (status = 404), (status = 409, description = "The procedure is closed or its deadline passed, or this act has no place in it")))]
pub async fn position(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<PositionInput>,
) -> ApiResult<Response> {
    let act = input.parse()?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// The capital confirms an ad referendum position (it becomes concur).
#[utoipa::path(post, operation_id = "confirm_position", path = "/api/v1/procedures/{id}/confirm", tag = "procedures", request_body = PartyInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure with the confirmation", body = ProcedureView), (status = 403, description = "The caller may not speak for that party"), (status = 404), (status = 409, description = "The procedure is closed, or the party holds no ad referendum position to confirm")))]
pub async fn confirm(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<PartyInput>,
) -> ApiResult<Response> {
    let act = party_act("confirm", &input.party, None, None)?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// The capital declines an ad referendum position (it counts as an objection).
#[utoipa::path(post, operation_id = "decline_position", path = "/api/v1/procedures/{id}/decline", tag = "procedures", request_body = PartyReasonInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure with the objection", body = ProcedureView), (status = 403, description = "The caller may not speak for that party"), (status = 404), (status = 409, description = "The procedure is closed, or the party holds no ad referendum position to decline")))]
pub async fn decline(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<PartyReasonInput>,
) -> ApiResult<Response> {
    let act = party_act("decline", &input.party, Some(&input.reason), None)?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// A member party breaks silence with a written objection or an amendment.
#[utoipa::path(post, operation_id = "break_silence", path = "/api/v1/procedures/{id}/break", tag = "procedures", request_body = PartyReasonInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure, broken", body = ProcedureView), (status = 403, description = "The caller may not speak for that party"), (status = 404), (status = 409, description = "The procedure is closed, or is not a silence procedure")))]
pub async fn break_silence(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<PartyReasonInput>,
) -> ApiResult<Response> {
    let act = party_act(
        "break",
        &input.party,
        Some(&input.reason),
        input.replacement.as_deref(),
    )?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// A member party lodges an interpretive statement without breaking silence.
#[utoipa::path(post, operation_id = "lodge_statement", path = "/api/v1/procedures/{id}/statements", tag = "procedures", request_body = StatementInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure with the statement", body = ProcedureView), (status = 403, description = "The caller may not speak for that party"), (status = 404), (status = 409, description = "The procedure is closed, or is not a silence procedure")))]
pub async fn statement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<StatementInput>,
) -> ApiResult<Response> {
    let act = party_act("statement", &input.party, Some(&input.statement), None)?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// The chair extends the deadline before it passes.
#[utoipa::path(post, operation_id = "extend_procedure", path = "/api/v1/procedures/{id}/extend", tag = "procedures", request_body = ExtendInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure with its new deadline", body = ProcedureView), (status = 403, description = "Only the chair extends a deadline"), (status = 404), (status = 409, description = "The procedure is closed or its deadline passed")))]
pub async fn extend(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<ExtendInput>,
) -> ApiResult<Response> {
    let deadline = crate::domain::time::parse_instant(&input.deadline).map_err(|e| {
        crate::domain::validation::ValidationErrors::single("deadline", e.to_string())
    })?;
    act_and_show(&state, &caller, id(&procedure)?, Act::Extend { deadline }).await
}

/// The chair withdraws the procedure.
#[utoipa::path(post, operation_id = "withdraw_procedure", path = "/api/v1/procedures/{id}/withdraw", tag = "procedures",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The procedure, withdrawn", body = ProcedureView), (status = 403, description = "Only the chair withdraws a procedure"), (status = 404), (status = 409, description = "The procedure is closed")))]
pub async fn withdraw(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
) -> ApiResult<Response> {
    act_and_show(&state, &caller, id(&procedure)?, Act::Withdraw).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    pub id: i64,
    pub symbol: String,
    pub group: String,
    pub title: String,
    pub kind: String,
    pub distribution: String,
    pub text: i64,
    pub version: i64,
    /// SHA-256 of the adopted text's canonical UTF-8 form.
    pub text_hash: String,
    pub body: String,
    pub languages: Vec<super::texts::LanguageVersionView>,
    pub procedure: ProcedureView,
    pub positions: Vec<PositionView>,
    pub statements: Vec<StatementView>,
    pub adopted_at: String,
    pub meeting: Option<i64>,
}

pub async fn decision_view(
    state: &AppState,
    detail: DecisionDetail,
) -> Result<DecisionView, AppError> {
    let names = usernames(state, &detail.procedure).await?;
    let procedure = ProcedureView::new(&detail.procedure, &names);
    let version = detail.procedure.procedure.version_number;
    let languages = state
        .app
        .store
        .language_versions(detail.procedure.text.id)
        .await?
        .into_iter()
        .filter(|l| l.version_number == version)
        .map(|l| super::texts::LanguageVersionView::from(&l))
        .collect();
    // A decision in session: the positions were taken in the room, in the round before the
    // silence that asked the absent.
    let positions = match detail.procedure.procedure.parent {
        Some(parent) => {
            let session = state.app.store.procedure(parent).await?;
            let events: Vec<Event> = state
                .app
                .store
                .procedure_events(parent)
                .await?
                .into_iter()
                .map(|e| e.event)
                .collect();
            let round = crate::domain::procedure::decide(&session.rules, &events, state.app.now());
            round
                .positions
                .iter()
                .map(|(party, position)| PositionView {
                    party: party.to_string(),
                    position: position.as_str().to_owned(),
                    statement: position.text().map(str::to_owned),
                    reason: None,
                    confirm_by: None,
                    recorded_by: None,
                    recorded_at: None,
                })
                .collect()
        }
        None => procedure.positions.clone(),
    };
    let text = &detail.procedure.text;
    Ok(DecisionView {
        id: detail.decision.id.get(),
        symbol: detail.decision.symbol.clone(),
        group: detail.procedure.group.code.to_string(),
        title: text.title.to_string(),
        kind: text.kind.to_string(),
        distribution: text.marking.distribution.to_string(),
        text: text.id.get(),
        version,
        text_hash: detail.procedure.procedure.hash.to_hex(),
        body: detail.body,
        languages,
        positions,
        statements: procedure.statements.clone(),
        adopted_at: rfc3339_utc(detail.decision.adopted_at),
        meeting: text.meeting.map(|m| m.get()),
        procedure,
    })
}

/// The decisions of a group the caller may see, newest first.
#[utoipa::path(get, operation_id = "list_decisions", path = "/api/v1/groups/{code}/decisions", tag = "decisions", params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The decisions the caller may see, newest first", body = [DecisionView]), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (_, details) = state.app.decisions_for(&caller, &code).await?;
    let mut views = Vec::new();
    for detail in details {
        views.push(decision_view(&state, detail).await?);
    }
    Ok(json(views))
}

/// One decision: the adopted text and its hash, languages, procedure and positions.
#[utoipa::path(get, operation_id = "get_decision", path = "/api/v1/decisions/{id}", tag = "decisions", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The decision", body = DecisionView), (status = 404)))]
pub async fn show_decision(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(decision): Path<String>,
) -> ApiResult<Response> {
    let decision: DecisionId = id(&decision)?;
    let detail = state.app.decision_detail(&caller, decision).await?;
    Ok(json(decision_view(&state, detail).await?))
}

/// Whether a request prefers JSON (programs) to HTML (people).
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json") && !accept.contains("text/html"))
}
