//! Decision procedures and decisions over the API.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id as id, ApiJson};
use crate::app::procedures::{Act, DecisionDetail, LaterRecord, ProcedureDetail};
use crate::app::records::EventRecord;
use crate::domain::ids::{DecisionId, ProcedureId, TextId};
use crate::domain::names::PartyCode;
use crate::domain::procedure::{Answer, Event, Outcome, Position, Reason};
use crate::domain::recorded_later::ReportedPosition;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::texts::{
    ExtendInput, PartyInput, PartyReasonInput, PositionInput, ProcedureInput, RecordLaterInput,
    StatementInput,
};
use crate::http::AppState;

/// Who reads a view: a signed-in member of the group sees who recorded what by login; the
/// public sees parties and their people's public titles, never logins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Group,
    Public,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PositionView {
    pub party: String,
    /// concur, concur_with_statement, stand_aside, ad_referendum, object; "none" when the party
    /// has not answered; "no_objection_heard" when the chair noted it in session.
    pub position: String,
    pub statement: Option<String>,
    pub reason: Option<String>,
    pub confirm_by: Option<String>,
    /// True when the answer is the chair's note "no objection heard", not the party's own act.
    pub chair_note: bool,
    /// The login of who recorded it (absent in the public record).
    pub recorded_by: Option<String>,
    /// The public title of who recorded it.
    pub recorded_by_title: Option<String>,
    pub recorded_at: Option<String>,
    /// True for a decision recorded later: the position is the secretariat's report of it,
    /// not the party's own act; `recorded_by` names who recorded the report.
    pub reported_by_secretariat: bool,
}

impl PositionView {
    /// Where `party` stands in a consensus round, and who recorded it.
    fn of(detail: &ProcedureDetail, party: &PartyCode, audience: Audience) -> Self {
        let answer = detail.state.answer(party);
        let event = detail.last_answer(party);
        let recorder = event.and_then(|e| detail.recorder(e));
        let position = answer.map(|a| match a {
            Answer::Own(position) => Some(position),
            Answer::NoObjectionHeard => None,
        });
        PositionView {
            party: party.to_string(),
            position: answer.map_or("none", Answer::as_str).to_owned(),
            statement: match position {
                Some(Some(Position::ConcurWithStatement(text))) => Some(text.clone()),
                Some(Some(Position::StandAside(text))) => text.clone(),
                _ => None,
            },
            reason: match position {
                Some(Some(Position::Object(reason))) => Some(reason.clone()),
                _ => None,
            },
            confirm_by: match position {
                Some(Some(Position::AdReferendum { confirm_by })) => Some(rfc3339_utc(*confirm_by)),
                _ => None,
            },
            chair_note: answer == Some(Answer::NoObjectionHeard),
            recorded_by: recorder
                .filter(|_| audience == Audience::Group)
                .map(|r| r.username.to_string()),
            recorded_by_title: recorder.map(|r| r.title.clone()),
            recorded_at: event.map(|e| rfc3339_utc(e.event.at())),
            reported_by_secretariat: false,
        }
    }

    /// A position of a decision recorded later, as the secretariat reported it.
    fn reported(report: &ReportedPosition, later: &LaterRecord, audience: Audience) -> Self {
        PositionView {
            party: report.party.to_string(),
            position: report.position.as_str().to_owned(),
            statement: report.position.text().map(str::to_owned),
            reason: None,
            confirm_by: None,
            chair_note: false,
            recorded_by: (audience == Audience::Group).then(|| later.by_username.to_string()),
            recorded_by_title: Some(later.by_name.clone()),
            recorded_at: Some(rfc3339_utc(later.at)),
            reported_by_secretariat: true,
        }
    }
}

/// A decision the group took before it used Majlis, recorded later.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecordedLaterView {
    /// The login of who recorded it (absent in the public record).
    pub by: Option<String>,
    /// The display name of who recorded it.
    pub by_name: String,
    /// When it was recorded (RFC 3339, UTC).
    pub at: String,
    /// "Recorded later by {display name} on {date}".
    pub note: String,
}

impl RecordedLaterView {
    fn new(later: &LaterRecord, audience: Audience) -> Self {
        RecordedLaterView {
            by: (audience == Audience::Group).then(|| later.by_username.to_string()),
            by_name: later.by_name.clone(),
            at: rfc3339_utc(later.at),
            note: recorded_later_note(later),
        }
    }
}

/// "Recorded later by {display name} on {date}", the date in UTC.
pub fn recorded_later_note(later: &LaterRecord) -> String {
    let date = later.at.to_zoned(jiff::tz::TimeZone::UTC).date();
    format!("Recorded later by {} on {date}", later.by_name)
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
    /// The chair party: its envoy (or the secretariat on its behalf) presides.
    pub chair: String,
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
    /// For the procedure of a decision recorded later: who recorded it and when. Its positions
    /// are then the secretariat's report of them.
    pub recorded_later: Option<RecordedLaterView>,
}

impl ProcedureView {
    pub fn new(detail: &ProcedureDetail, audience: Audience) -> Self {
        let rules = &detail.procedure.rules;
        let state = &detail.state;
        let positions = if let Some(later) = &detail.recorded_later {
            later
                .positions
                .iter()
                .map(|report| PositionView::reported(report, later, audience))
                .collect()
        } else if rules.kind == crate::domain::procedure::ProcedureKind::Consensus {
            rules
                .members
                .iter()
                .map(|party| PositionView::of(detail, party, audience))
                .collect()
        } else {
            Vec::new()
        };
        let (reasons, broken_by) = reasons_not_adopted(&state.outcome);
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
            chair: detail.procedure.chair.to_string(),
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
            timeline: detail.events.iter().map(TimelineEntry::of).collect(),
            decision: detail.decision.as_ref().map(|d| DecisionLink {
                id: d.id.get(),
                symbol: d.symbol.clone(),
            }),
            meeting: detail.procedure.meeting.map(|m| m.get()),
            session_round: detail.procedure.parent.map(|p| p.get()),
            recorded_later: detail
                .recorded_later
                .as_ref()
                .map(|later| RecordedLaterView::new(later, audience)),
        }
    }
}

/// Why a procedure was not adopted, and who broke its silence if someone did.
fn reasons_not_adopted(outcome: &Outcome) -> (Vec<String>, Option<BreakView>) {
    let Outcome::NotAdopted { reasons, .. } = outcome else {
        return (Vec::new(), None);
    };
    let broken_by = reasons.iter().find_map(|reason| match reason {
        Reason::BrokeSilence { party, reason } => Some(BreakView {
            party: party.to_string(),
            reason: reason.clone(),
        }),
        _ => None,
    });
    (reasons.iter().map(ToString::to_string).collect(), broken_by)
}

impl TimelineEntry {
    fn of(record: &EventRecord) -> Self {
        let event = &record.event;
        TimelineEntry {
            event: event.as_str().to_owned(),
            party: event.concerns().map(ToString::to_string),
            at: rfc3339_utc(event.at()),
            text: match event {
                Event::Position { position, .. } => position.text().map(str::to_owned),
                Event::Decline { reason, .. } | Event::Break { reason, .. } => Some(reason.clone()),
                Event::Statement { text, .. } => Some(text.clone()),
                Event::Extend { deadline, .. } => Some(rfc3339_utc(*deadline)),
                _ => None,
            },
            journal_seq: record.journal_seq,
        }
    }
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

/// The secretariat records a decision the group took before it used Majlis: its date, meeting,
/// version and every member party's position as reported. The positions are the secretariat's
/// report, never the parties' own acts; the decision is marked as recorded later.
#[utoipa::path(post, operation_id = "record_decision_later", path = "/api/v1/texts/{id}/decisions", tag = "decisions", request_body = RecordLaterInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The decision, recorded later", body = DecisionView), (status = 403, description = "Only the secretariat records a decision later"), (status = 404), (status = 409, description = "This kind of text is never adopted"), (status = 422, description = "Invalid input: a future date, a meeting not of this group or not begun, a version that does not exist, a member party missing or not concurring")))]
pub async fn record_later(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<RecordLaterInput>,
) -> ApiResult<Response> {
    let text: TextId = id(&text)?;
    let taken = input.parse()?;
    let (decision, _) = state
        .app
        .record_decision_later(&caller, text, taken)
        .await?;
    let detail = state.app.decision_detail(&caller, decision).await?;
    Ok((
        StatusCode::CREATED,
        json(DecisionView::new(&detail, Audience::Group)),
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
    Ok(json(ProcedureView::new(&detail, Audience::Group)))
}

async fn act_and_show(
    state: &AppState,
    caller: &crate::app::Caller,
    procedure: ProcedureId,
    act: Act,
) -> ApiResult<Response> {
    state.app.act(caller, procedure, act).await?;
    let detail = state.app.procedure_detail(caller, procedure).await?;
    Ok(json(ProcedureView::new(&detail, Audience::Group)))
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
    let act = input.confirm()?;
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
    let act = input.decline()?;
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
    let act = input.break_silence()?;
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
    let act = input.parse()?;
    act_and_show(&state, &caller, id(&procedure)?, act).await
}

/// In a decision in session, the chair (or the secretariat on the chair's behalf) notes "no
/// objection heard" for a present member party that has recorded nothing. It is shown as the
/// chair's note, never as the party's act; the party may replace it with its own position.
#[utoipa::path(post, operation_id = "note_no_objection", path = "/api/v1/procedures/{id}/chair-notes", tag = "procedures", request_body = PartyInput,
    params(("id" = i64, Path)),
    responses((status = 200, body = ProcedureView), (status = 403, description = "Not allowed"), (status = 404, description = "Not found, or not visible to the caller"), (status = 409, description = "Conflicts with the current state"), (status = 422, description = "Invalid input")))]
pub async fn chair_note(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(procedure): Path<String>,
    ApiJson(input): ApiJson<PartyInput>,
) -> ApiResult<Response> {
    let act = input.chair_note()?;
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
        crate::domain::validation::ValidationErrors::single(
            "deadline",
            crate::domain::message::Explain::message(&e),
        )
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
    /// For a decision the group took before it used Majlis: who recorded it later, and when.
    /// Its positions are then "as reported by the secretariat".
    pub recorded_later: Option<RecordedLaterView>,
}

impl DecisionView {
    pub fn new(detail: &DecisionDetail, audience: Audience) -> Self {
        let procedure = ProcedureView::new(&detail.procedure, audience);
        // A decision in session: the positions were taken in the room, in the round before
        // the silence that asked the absent.
        let positions = match &detail.session_round {
            Some(round) => ProcedureView::new(round, audience).positions,
            None => procedure.positions.clone(),
        };
        let text = &detail.procedure.text;
        DecisionView {
            id: detail.decision.id.get(),
            symbol: detail.decision.symbol.clone(),
            group: detail.procedure.group.code.to_string(),
            title: text.title.to_string(),
            kind: text.kind.to_string(),
            distribution: text.marking.distribution.to_string(),
            text: text.id.get(),
            version: detail.procedure.procedure.version_number,
            text_hash: detail.procedure.procedure.hash.to_hex(),
            body: detail.body.clone(),
            languages: detail
                .languages
                .iter()
                .map(super::texts::LanguageVersionView::from)
                .collect(),
            positions,
            statements: procedure.statements.clone(),
            adopted_at: rfc3339_utc(detail.decision.adopted_at),
            // A decision recorded later names the meeting that adopted it.
            meeting: match &detail.procedure.recorded_later {
                Some(_) => detail.procedure.procedure.meeting,
                None => text.meeting,
            }
            .map(|m| m.get()),
            recorded_later: procedure.recorded_later.clone(),
            procedure,
        }
    }
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
    let views: Vec<DecisionView> = details
        .iter()
        .map(|detail| DecisionView::new(detail, Audience::Group))
        .collect();
    Ok(json(views))
}

/// One decision: the adopted text and its hash, languages, procedure and positions.
// `{id}.pdf` is the record as PDF (`api::documents::decision`).
#[utoipa::path(get, operation_id = "get_decision", path = "/api/v1/decisions/{id}", tag = "decisions", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The decision", body = DecisionView), (status = 404)))]
pub async fn show_decision(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(decision): Path<String>,
) -> ApiResult<Response> {
    if let Some(decision) = decision.strip_suffix(".pdf") {
        return super::documents::decision(&state, &caller, decision).await;
    }
    let decision: DecisionId = id(&decision)?;
    let detail = state.app.decision_detail(&caller, decision).await?;
    Ok(json(DecisionView::new(&detail, Audience::Group)))
}

/// Whether a request prefers JSON (programs) to HTML (people).
pub fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json") && !accept.contains("text/html"))
}
