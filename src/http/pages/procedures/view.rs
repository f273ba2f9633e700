//! The page of one procedure: where each party stands, the forms for the acts the reader
//! may record, the timeline.

use askama::Template;

use crate::app::procedures::ProcedureDetail;
use crate::app::Caller;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{
    Answer, Event, Outcome, OutcomeKind, Position, ProcedureKind, Reason,
};
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::pages::{capitalise, escape_html, html_message, Layout, Piece};
use crate::http::vocabulary;
use crate::i18n::{self, Arg, Locale};

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
    /// "Consensus round on “title”, version 2", the title escaped (HTML).
    heading_html: String,
    /// The hash of the version under the procedure in its sentence (HTML).
    hash_html: String,
    quorum: u32,
    kind_label: String,
    consensus: bool,
    open: bool,
    state_label: String,
    state_class: String,
    deadline_iso: String,
    deadline_group: String,
    deadline_viewer: String,
    /// "Opened" and when, in a `<time>` (HTML).
    opened_html: String,
    parties: Vec<PartyRow>,
    statements: Vec<String>,
    reasons: Vec<String>,
    timeline: Vec<String>,
    /// "Adopted as CGA/2026/1." with the symbol linking to the decision (HTML).
    adopted_html: Option<String>,
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
    let tr = i18n::current();
    let (position, class, text, last) = if detail.procedure.rules.kind == ProcedureKind::Consensus {
        let last = detail.last_answer(party);
        match detail.state.answer(party) {
            Some(Answer::Own(p)) => (
                vocabulary::position(p),
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
                (vocabulary::answer(answer), "member", String::new(), last)
            }
            None => (
                tr.t("procedures-position-none"),
                "guest",
                String::new(),
                None,
            ),
        }
    } else {
        let last = detail
            .events
            .iter()
            .rev()
            .find(|e| e.event.party() == Some(party) && matches!(e.event, Event::Break { .. }));
        match last.map(|e| &e.event) {
            Some(Event::Break { reason, .. }) => (
                tr.t("procedures-position-broke-silence"),
                "cancelled",
                reason.clone(),
                last,
            ),
            _ => (
                tr.t("procedures-position-silent"),
                "member",
                String::new(),
                None,
            ),
        }
    };
    let recorded = last
        .map(|e| {
            let when = tr.when(e.event.at(), viewer);
            match detail.recorder(e) {
                Some(r) => tr.t_with(
                    "procedures-recorded-by",
                    &[
                        ("when", when.into()),
                        ("user", r.username.to_string().into()),
                    ],
                ),
                None => when,
            }
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

/// The positions a party may record, with the messages the form shows.
const POSITION_CHOICES: [(&str, &str); 5] = [
    ("concur", "procedures-choice-concur"),
    (
        "concur_with_statement",
        "procedures-choice-concur-with-statement",
    ),
    ("stand_aside", "procedures-choice-stand-aside"),
    ("ad_referendum", "procedures-choice-ad-referendum"),
    ("object", "procedures-choice-object"),
];

/// The timeline's message for an act.
fn event_message(event: &Event) -> &'static str {
    match event {
        Event::Position { .. } => "procedures-event-position",
        Event::Confirm { .. } => "procedures-event-confirm",
        Event::Decline { .. } => "procedures-event-decline",
        Event::Break { .. } => "procedures-event-break",
        Event::Statement { .. } => "procedures-event-statement",
        Event::ChairNote { .. } => "procedures-event-chair-note",
        Event::Extend { .. } => "procedures-event-extend",
        Event::Withdraw { .. } => "procedures-event-withdraw",
        Event::Superseded { .. } => "procedures-event-superseded",
    }
}

/// Each recorded act, then the closing, in the viewer's time.
fn timeline(detail: &ProcedureDetail, viewer: &ZoneName, tr: Locale) -> Vec<String> {
    let state = &detail.state;
    detail
        .events
        .iter()
        .map(|e| {
            let party = e.event.concerns().map(ToString::to_string);
            tr.t_with(
                event_message(&e.event),
                &[
                    ("when", tr.when(e.event.at(), viewer).into()),
                    ("party", party.unwrap_or_default().into()),
                ],
            )
        })
        .chain(state.outcome.closed_at().map(|at| {
            tr.t_with(
                "procedures-event-closed",
                &[
                    ("when", tr.when(at, viewer).into()),
                    ("outcome", vocabulary::outcome(state.outcome.kind()).into()),
                ],
            )
        }))
        .collect()
}

/// Why the procedure was not adopted, one sentence a reason.
fn reasons_not_adopted(outcome: &Outcome, viewer: &ZoneName, tr: Locale) -> Vec<String> {
    let Outcome::NotAdopted { reasons, .. } = outcome else {
        return Vec::new();
    };
    reasons
        .iter()
        .map(|reason| {
            let party = |party: &PartyCode| -> (&'static str, Arg<'static>) {
                ("party", party.to_string().into())
            };
            match reason {
                Reason::Objected { party: p, reason } => tr.t_with(
                    "procedures-reason-objected",
                    &[party(p), ("reason", reason.clone().into())],
                ),
                Reason::NotAnswered { party: p } => {
                    tr.t_with("procedures-reason-not-answered", &[party(p)])
                }
                Reason::AdReferendumUnconfirmed {
                    party: p,
                    confirm_by,
                } => tr.t_with(
                    "procedures-reason-unconfirmed",
                    &[party(p), ("due", tr.when(*confirm_by, viewer).into())],
                ),
                Reason::BrokeSilence { party: p, reason } => tr.t_with(
                    "procedures-reason-broke-silence",
                    &[party(p), ("reason", reason.clone().into())],
                ),
                Reason::QuorumNotReached { concurring, quorum } => tr.t_with(
                    "procedures-reason-quorum",
                    &[
                        ("concurring", (*concurring).into()),
                        ("quorum", (*quorum).into()),
                    ],
                ),
            }
        })
        .collect()
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
    let tr = i18n::current();
    let kind_label = capitalise(&vocabulary::procedure_kind(rules.kind));
    let parties = rules
        .members
        .iter()
        .map(|party| party_row(detail, party, viewer))
        .collect();
    ProcedurePage {
        layout: Layout::marked(
            tr.t_with(
                "procedures-title",
                &[
                    ("kind", vocabulary::procedure_kind(rules.kind).into()),
                    ("title", detail.text.title.to_string().into()),
                ],
            ),
            Some((caller, csrf)),
            detail.text.marking.classification,
        ),
        id: detail.procedure.id.get(),
        code: detail.group.code.to_string(),
        text_id: detail.text.id.get(),
        text_title: detail.text.title.to_string(),
        heading_html: html_message(
            tr,
            "procedures-heading",
            &[
                ("kind", Piece::Value(kind_label.as_str().into())),
                ("title", Piece::Entered(detail.text.title.as_str())),
                (
                    "version",
                    Piece::Value(detail.procedure.version_number.into()),
                ),
            ],
        ),
        hash_html: html_message(
            tr,
            "procedures-hash",
            &[(
                "hash",
                Piece::Markup(format!(
                    "<code class=\"hash\">{}</code>",
                    detail.procedure.hash.to_hex()
                )),
            )],
        ),
        quorum: rules.quorum,
        kind_label,
        consensus,
        open: state.outcome.is_open(),
        state_label: vocabulary::outcome(state.outcome.kind()),
        state_class: state_class(state.outcome.kind()).to_owned(),
        deadline_iso: rfc3339_utc(state.deadline),
        deadline_group: tr.when(state.deadline, group_zone),
        deadline_viewer: tr.when(state.deadline, viewer),
        opened_html: html_message(
            tr,
            "procedures-opened",
            &[(
                "when",
                Piece::Markup(format!(
                    "<time datetime=\"{}\">{}</time>",
                    rfc3339_utc(rules.opened_at),
                    escape_html(&tr.when(rules.opened_at, viewer))
                )),
            )],
        ),
        parties,
        statements: state
            .statements
            .iter()
            .map(|(p, s)| format!("{p}: {s}"))
            .collect(),
        reasons: reasons_not_adopted(&state.outcome, viewer, tr),
        timeline: timeline(detail, viewer, tr),
        adopted_html: detail.decision.as_ref().map(|d| {
            let link = format!(
                "<a href=\"/decisions/{}\"><bdi>{}</bdi></a>",
                d.id.get(),
                escape_html(&d.symbol)
            );
            html_message(
                tr,
                "procedures-adopted-as",
                &[("decision", Piece::Markup(link))],
            )
        }),
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
