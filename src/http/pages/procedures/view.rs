//! The page of one procedure: where each party stands, the forms for the acts the reader
//! may record, the timeline.

use askama::Template;

use crate::app::procedures::ProcedureDetail;
use crate::app::Caller;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{Answer, Event, Outcome, OutcomeKind, Position, ProcedureKind};
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::pages::{capitalise, Layout};

pub struct PartyRow {
    party: String,
    position: String,
    class: String,
    text: String,
    recorded: String,
}

#[derive(Template)]
#[template(path = "procedure.html")]
pub(super) struct ProcedurePage {
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

/// The positions a party may record, with the words the form shows.
const POSITION_CHOICES: [(&str, &str); 5] = [
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
];

/// Each recorded act, then the closing, in the viewer's time.
fn timeline(detail: &ProcedureDetail, viewer: &ZoneName) -> Vec<String> {
    let state = &detail.state;
    detail
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
        .collect()
}

fn reasons_not_adopted(outcome: &Outcome) -> Vec<String> {
    match outcome {
        Outcome::NotAdopted { reasons, .. } => reasons.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// Whether the caller's party said "ad referendum" and now owes its confirmation.
fn awaiting_confirmation(detail: &ProcedureDetail) -> bool {
    detail.acts_for.as_ref().is_some_and(|party| {
        matches!(
            detail.state.positions.get(party),
            Some(Position::AdReferendum { .. })
        )
    })
}

pub(super) fn page_view(
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
        reasons: reasons_not_adopted(&state.outcome),
        timeline: timeline(detail, viewer),
        decision: detail
            .decision
            .as_ref()
            .map(|d| (d.id.get(), d.symbol.clone())),
        acts_for: detail.acts_for.as_ref().map(ToString::to_string),
        awaiting_confirmation: awaiting_confirmation(detail),
        can_preside: detail.can_preside,
        notable: detail
            .notable_parties()
            .into_iter()
            .map(ToString::to_string)
            .collect(),
        positions: POSITION_CHOICES.to_vec(),
        notice,
        errors,
    }
}
