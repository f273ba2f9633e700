//! Procedures, decisions and the inbox for people.

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{after_form, capitalise, path_id, render, render_form, Layout, PageForm, PageResult};
use crate::app::procedures::{Act, ProcedureDetail};
use crate::app::{AppError, Caller};
use crate::domain::ids::{DecisionId, ProcedureId};
use crate::domain::names::PartyCode;
use crate::domain::procedure::{Answer, Event, Outcome, OutcomeKind, Position, ProcedureKind};
use crate::domain::time::{local_to_instant, rfc3339_utc, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::texts::{PartyInput, PartyReasonInput, StatementInput};
use crate::http::AppState;

pub struct PartyRow {
    party: String,
    position: String,
    class: String,
    text: String,
    recorded: String,
}

#[derive(Template)]
#[template(path = "procedure.html")]
struct ProcedurePage {
    layout: Layout,
    id: i64,
    code: String,
    text_id: i64,
    text_title: String,
    version: i64,
    hash: String,
    quorum: u32,
    kind_label: String,
    consensus: bool,
    open: bool,
    state_label: String,
    state_class: String,
    deadline_iso: String,
    deadline_group: String,
    deadline_viewer: String,
    opened: String,
    opened_iso: String,
    parties: Vec<PartyRow>,
    statements: Vec<String>,
    reasons: Vec<String>,
    timeline: Vec<String>,
    decision: Option<(i64, String)>,
    acts_for: Option<String>,
    awaiting_confirmation: bool,
    can_preside: bool,
    /// In session: present parties without an answer, for the chair's note.
    notable: Vec<String>,
    positions: Vec<(&'static str, &'static str)>,
    notice: Option<String>,
    errors: ValidationErrors,
}

fn state_class(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Open => "planned",
        OutcomeKind::Adopted => "member",
        OutcomeKind::NotAdopted => "cancelled",
        OutcomeKind::Withdrawn | OutcomeKind::Superseded => "concluded",
    }
}

/// Where one member stands, as the page's table shows it: in a consensus round its own
/// position or the chair's note (marked as the chair's), under silence whether it broke it.
fn party_row(detail: &ProcedureDetail, party: &PartyCode, viewer: &ZoneName) -> PartyRow {
    let (position, class, text, last) = if detail.procedure.rules.kind == ProcedureKind::Consensus {
        let last = detail.last_answer(party);
        match detail.state.answer(party) {
            Some(Answer::Own(p)) => (
                p.label().to_owned(),
                if p.allows_adoption() {
                    "member"
                } else if matches!(p, Position::Object(_)) {
                    "cancelled"
                } else {
                    "planned"
                },
                p.text().unwrap_or_default().to_owned(),
                last,
            ),
            Some(answer @ Answer::NoObjectionHeard) => {
                (answer.label().to_owned(), "member", String::new(), last)
            }
            None => ("no answer yet".to_owned(), "guest", String::new(), None),
        }
    } else {
        let last = detail
            .events
            .iter()
            .rev()
            .find(|e| e.event.party() == Some(party) && matches!(e.event, Event::Break { .. }));
        match last.map(|e| &e.event) {
            Some(Event::Break { reason, .. }) => (
                "broke silence".to_owned(),
                "cancelled",
                reason.clone(),
                last,
            ),
            _ => ("silent".to_owned(), "member", String::new(), None),
        }
    };
    let recorded = last
        .map(|e| {
            let who = detail
                .recorder(e)
                .map(|r| format!(" by {}", r.username))
                .unwrap_or_default();
            format!("{}{who}", viewer.show(e.event.at()))
        })
        .unwrap_or_default();
    PartyRow {
        party: detail
            .group
            .party(party)
            .map(|p| format!("{} ({})", p.name, p.code))
            .unwrap_or_else(|| party.to_string()),
        position,
        class: class.to_owned(),
        text,
        recorded,
    }
}

fn page_view(
    detail: &ProcedureDetail,
    caller: &Caller,
    csrf: &str,
    notice: Option<String>,
    errors: ValidationErrors,
) -> ProcedurePage {
    let rules = &detail.procedure.rules;
    let state = &detail.state;
    let viewer = &caller.account.time_zone;
    let group_zone = &detail.group.time_zone;
    let consensus = rules.kind == ProcedureKind::Consensus;
    let parties = rules
        .members
        .iter()
        .map(|party| party_row(detail, party, viewer))
        .collect();
    let reasons = match &state.outcome {
        Outcome::NotAdopted { reasons, .. } => reasons.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let awaiting_confirmation = detail.acts_for.as_ref().is_some_and(|party| {
        matches!(
            state.positions.get(party),
            Some(Position::AdReferendum { .. })
        )
    });
    ProcedurePage {
        layout: Layout::marked(
            format!("{} on {}", rules.kind.label(), detail.text.title),
            Some((caller, csrf)),
            detail.text.marking.classification,
        ),
        id: detail.procedure.id.get(),
        code: detail.group.code.to_string(),
        text_id: detail.text.id.get(),
        text_title: detail.text.title.to_string(),
        version: detail.procedure.version_number,
        hash: detail.procedure.hash.to_hex(),
        quorum: rules.quorum,
        kind_label: capitalise(rules.kind.label()),
        consensus,
        open: state.outcome.is_open(),
        state_label: state.outcome.kind().label().to_owned(),
        state_class: state_class(state.outcome.kind()).to_owned(),
        deadline_iso: rfc3339_utc(state.deadline),
        deadline_group: format!("{} ({})", group_zone.show(state.deadline), group_zone),
        deadline_viewer: viewer.show(state.deadline),
        opened: viewer.show(rules.opened_at),
        opened_iso: rfc3339_utc(rules.opened_at),
        parties,
        statements: state
            .statements
            .iter()
            .map(|(p, s)| format!("{p}: {s}"))
            .collect(),
        reasons,
        timeline: detail
            .events
            .iter()
            .map(|e| {
                let who = e
                    .event
                    .concerns()
                    .map(|p| format!("{p} "))
                    .unwrap_or_default();
                format!(
                    "{} · {who}{}",
                    viewer.show(e.event.at()),
                    e.event.as_str().replace('_', " ")
                )
            })
            .chain(
                state
                    .outcome
                    .closed_at()
                    .map(|at| format!("{} · {}", viewer.show(at), state.outcome.kind().label())),
            )
            .collect(),
        decision: detail
            .decision
            .as_ref()
            .map(|d| (d.id.get(), d.symbol.clone())),
        acts_for: detail.acts_for.as_ref().map(ToString::to_string),
        awaiting_confirmation,
        can_preside: detail.can_preside,
        notable: detail
            .notable_parties()
            .into_iter()
            .map(ToString::to_string)
            .collect(),
        positions: vec![
            ("concur", "Concur"),
            (
                "concur_with_statement",
                "Concur, with an interpretive statement",
            ),
            ("stand_aside", "Stand aside (do not block; do not apply)"),
            (
                "ad_referendum",
                "Ad referendum (subject to the capital's confirmation)",
            ),
            ("object", "Object (blocks; give the reason)"),
        ],
        notice,
        errors,
    }
}

async fn procedure_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: ProcedureId,
    notice: Option<String>,
    errors: ValidationErrors,
) -> PageResult {
    let detail = state.app.procedure_detail(caller, id).await?;
    let invalid = !errors.is_empty();
    let page = page_view(&detail, caller, csrf, notice, errors);
    render_form(&page, invalid)
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let notice = match done.done.as_deref() {
        Some("opened") => {
            Some("The procedure is open; every member party is notified in its inbox.".to_owned())
        }
        Some("recorded") => Some("Recorded.".to_owned()),
        _ => None,
    };
    procedure_page(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        notice,
        ValidationErrors::new(),
    )
    .await
}

async fn act(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: ProcedureId,
    act: Result<Act, ValidationErrors>,
) -> PageResult {
    let result = match act {
        Ok(act) => state.app.act(caller, id, act).await.map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    after_form(
        result,
        format!("/procedures/{id}?done=recorded"),
        async |errors| procedure_page(state, caller, csrf, id, None, errors).await,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct PositionForm {
    party: String,
    position: String,
    #[serde(default)]
    statement: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    confirm_by: String,
}

pub async fn position(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PositionForm>,
) -> PageResult {
    let confirm_by = if form.confirm_by.trim().is_empty() {
        None
    } else {
        match local_to_instant(&form.confirm_by, &caller.account.time_zone) {
            Ok(instant) => Some(instant.to_string()),
            Err(error) => {
                let errors = ValidationErrors::single("confirm_by", error.to_string());
                return act(&state, &caller, &csrf_token, path_id(&id)?, Err(errors)).await;
            }
        }
    };
    let input = crate::http::input::texts::PositionInput {
        party: form.party,
        position: form.position,
        statement: Some(form.statement).filter(|s| !s.trim().is_empty()),
        reason: Some(form.reason),
        confirm_by,
    };
    act(&state, &caller, &csrf_token, path_id(&id)?, input.parse()).await
}

#[derive(Debug, Deserialize)]
pub struct PartyForm {
    party: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    statement: String,
    #[serde(default)]
    replacement: String,
}

pub async fn confirm(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyInput { party: form.party }.confirm(),
    )
    .await
}

pub async fn decline(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyReasonInput {
            party: form.party,
            reason: form.reason,
            replacement: None,
        }
        .decline(),
    )
    .await
}

pub async fn break_silence(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyReasonInput {
            party: form.party,
            reason: form.reason,
            replacement: Some(form.replacement),
        }
        .break_silence(),
    )
    .await
}

pub async fn statement(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        StatementInput {
            party: form.party,
            statement: form.statement,
        }
        .parse(),
    )
    .await
}

/// In session, the chair notes "no objection heard" for a present party that said nothing.
pub async fn chair_note(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<PartyForm>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        PartyInput { party: form.party }.chair_note(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ExtendForm {
    deadline: String,
}

pub async fn extend(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<ExtendForm>,
) -> PageResult {
    let deadline = local_to_instant(&form.deadline, &caller.account.time_zone)
        .map(|deadline| Act::Extend { deadline })
        .map_err(|e| ValidationErrors::single("deadline", e.to_string()));
    act(&state, &caller, &csrf_token, path_id(&id)?, deadline).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    act(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        Ok(Act::Withdraw),
    )
    .await
}

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
}

pub async fn decision(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    let id: DecisionId = path_id(&id)?;
    let detail = state.app.decision_detail(&caller, id).await?;
    let procedure = &detail.procedure;
    let zone = &procedure.group.time_zone;
    let version = procedure.procedure.version_number;
    let languages = detail
        .languages
        .iter()
        .filter(|l| l.language != procedure.text.language)
        .map(|l| LanguageRow {
            language: l.language.to_string(),
            status: l.status.as_str().to_owned(),
            prevailing: l.prevailing,
            rtl: l.language.is_right_to_left(),
            body: l.body.clone(),
        })
        .collect();
    // For a decision in session, the positions were taken in the room; the silence that asked
    // the absent followed. Each party is shown by its own act, or by the chair's note.
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

pub struct InboxRow {
    label: String,
    class: String,
    href: String,
    title: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    layout: Layout,
    items: Vec<InboxRow>,
}

pub async fn inbox(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    use crate::app::procedures::InboxReason;
    let zone = &caller.account.time_zone;
    let items = state
        .app
        .inbox(&caller)
        .await?
        .into_iter()
        .map(|item| {
            let (label, class) = match item.reason {
                InboxReason::NeedsYourParty => ("needs your party", "cancelled"),
                InboxReason::DeadlineSoon => ("deadline within 24 hours", "planned"),
                InboxReason::Open => ("open", "planned"),
                InboxReason::Adopted => ("adopted", "member"),
                InboxReason::NotAdopted => ("not adopted", "concluded"),
                InboxReason::SilenceBroken => ("silence broken", "cancelled"),
            };
            let when = match item.closed_at {
                Some(at) => format!(" Closed {}.", zone.show(at)),
                None => format!(" Deadline {}.", zone.show(item.deadline)),
            };
            InboxRow {
                label: label.to_owned(),
                class: class.to_owned(),
                href: format!("/procedures/{}", item.procedure),
                title: format!("{} ({})", item.title, item.kind.label()),
                detail: format!("{}{when}", item.detail),
            }
        })
        .collect();
    Ok(render(&InboxPage {
        layout: Layout::new("Inbox", Some((&caller, &csrf_token))),
        items,
    }))
}
