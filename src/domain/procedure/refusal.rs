//! Why an act cannot be recorded in a procedure now, in words a person understands.

use std::fmt;

use jiff::Timestamp;
use thiserror::Error;

use super::{OutcomeKind, ProcedureKind};
use crate::domain::message::{Explain, Message};
use crate::domain::names::PartyCode;

/// Which text an act lacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingText {
    ObjectionReason,
    DeclineReason,
    ConcurStatement,
    StandAsideText,
    BreakReason,
    InterpretiveStatement,
}

impl MissingText {
    /// The input field that carries the text, as the API and the forms name it.
    pub fn field(self) -> &'static str {
        match self {
            MissingText::ObjectionReason
            | MissingText::DeclineReason
            | MissingText::BreakReason => "reason",
            MissingText::ConcurStatement
            | MissingText::StandAsideText
            | MissingText::InterpretiveStatement => "statement",
        }
    }
}

impl fmt::Display for MissingText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MissingText::ObjectionReason => "an objection must give its reason",
            MissingText::DeclineReason => {
                "declining an ad referendum position must give the capital's reason, as it stands as an objection"
            }
            MissingText::ConcurStatement => "concurring with a statement needs the statement",
            MissingText::StandAsideText => {
                "the text of a stand aside must not be blank (it may be left out)"
            }
            MissingText::BreakReason => {
                "breaking silence needs the written objection or amendment"
            }
            MissingText::InterpretiveStatement => "an interpretive statement must not be blank",
        })
    }
}

impl Explain for MissingText {
    fn message(&self) -> Message {
        Message::new(match self {
            MissingText::ObjectionReason => "error-refusal-missing-objection-reason",
            MissingText::DeclineReason => "error-refusal-missing-decline-reason",
            MissingText::ConcurStatement => "error-refusal-missing-concur-statement",
            MissingText::StandAsideText => "error-refusal-blank-stand-aside",
            MissingText::BreakReason => "error-refusal-missing-break-reason",
            MissingText::InterpretiveStatement => "error-refusal-blank-interpretive-statement",
        })
    }
}

/// Why an act cannot be recorded in a procedure now.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("this procedure is closed: {}", .0.label())]
    Closed(OutcomeKind),
    #[error("the deadline passed at {deadline}")]
    DeadlinePassed { deadline: Timestamp },
    #[error("the procedure opens only at {opened_at}")]
    BeforeOpening { opened_at: Timestamp },
    #[error("this act is dated {at} but the server's time is {now}: acts are recorded at the server's time")]
    NotStampedNow { at: Timestamp, now: Timestamp },
    #[error("the server's clock is behind the last act of this procedure ({last}); try again in a moment")]
    BehindLastAct { last: Timestamp },
    /// `act` is the act's name as the record keeps it (`break`, `position`…).
    #[error("{} has no place in a {}: {}", super::event::described(act), .kind.label(), .kind.what_to_do_instead())]
    WrongKind {
        act: &'static str,
        kind: ProcedureKind,
    },
    #[error("{0} is not a member party with a voice in this procedure")]
    NotAMember(PartyCode),
    #[error("{party} holds no ad referendum position to {act}")]
    NoAdReferendum { party: PartyCode, act: &'static str },
    #[error("the time for the capital of {party} to confirm passed at {confirm_by}; record a position instead")]
    ConfirmationTimePassed {
        party: PartyCode,
        confirm_by: Timestamp,
    },
    #[error("the capital's confirmation deadline ({confirm_by}) must be later than now")]
    ConfirmByNotAhead { confirm_by: Timestamp },
    #[error("{0}")]
    TextMissing(MissingText),
    #[error("a text may have at most {max} characters")]
    TextTooLong { field: &'static str, max: usize },
    #[error("the new deadline must be later than the current one, {current}")]
    ExtensionNotLater { current: Timestamp },
    #[error("{party} has recorded its own position: a chair's note never replaces a party's act")]
    PartyHasSpoken { party: PartyCode },
    #[error("the chair has already noted no objection from {party}")]
    AlreadyNoted { party: PartyCode },
    #[error(
        "the chair notes \"no objection heard\" only in a decision in session, for a party present"
    )]
    NoteOutsideSession,
    #[error("the deadline must be after the opening")]
    DeadlineNotAfterOpening,
    #[error("the silence must last at least {min_hours} hours: the deadline can be {earliest} at the earliest")]
    SilenceTooShort { min_hours: u32, earliest: Timestamp },
}

impl Explain for Refusal {
    fn message(&self) -> Message {
        match self {
            Refusal::Closed(outcome) => {
                Message::new("error-refusal-closed").with("outcome", outcome.as_str())
            }
            Refusal::DeadlinePassed { deadline } => {
                Message::new("error-refusal-deadline-passed").with("deadline", *deadline)
            }
            Refusal::BeforeOpening { opened_at } => {
                Message::new("error-refusal-before-opening").with("opened_at", *opened_at)
            }
            Refusal::NotStampedNow { at, now } => Message::new("error-refusal-not-stamped-now")
                .with("at", *at)
                .with("now", *now),
            Refusal::BehindLastAct { last } => {
                Message::new("error-refusal-behind-last-act").with("last", *last)
            }
            Refusal::WrongKind { act, kind } => Message::new(match kind {
                ProcedureKind::Consensus => "error-refusal-wrong-kind-consensus",
                ProcedureKind::Silence => "error-refusal-wrong-kind-silence",
            })
            .with("act", *act),
            Refusal::NotAMember(party) => {
                Message::new("error-refusal-not-a-member").with("party", party)
            }
            Refusal::NoAdReferendum { party, act } => Message::new(match *act {
                "decline" => "error-refusal-no-ad-referendum-to-decline",
                _ => "error-refusal-no-ad-referendum-to-confirm",
            })
            .with("party", party),
            Refusal::ConfirmationTimePassed { party, confirm_by } => {
                Message::new("error-refusal-confirmation-time-passed")
                    .with("party", party)
                    .with("confirm_by", *confirm_by)
            }
            Refusal::ConfirmByNotAhead { confirm_by } => {
                Message::new("error-refusal-confirm-by-not-ahead").with("confirm_by", *confirm_by)
            }
            Refusal::TextMissing(missing) => missing.message(),
            Refusal::TextTooLong { max, .. } => {
                Message::new("error-refusal-text-too-long").with("max", *max)
            }
            Refusal::ExtensionNotLater { current } => {
                Message::new("error-refusal-extension-not-later").with("current", *current)
            }
            Refusal::PartyHasSpoken { party } => {
                Message::new("error-refusal-party-has-spoken").with("party", party)
            }
            Refusal::AlreadyNoted { party } => {
                Message::new("error-refusal-already-noted").with("party", party)
            }
            Refusal::NoteOutsideSession => Message::new("error-refusal-note-outside-session"),
            Refusal::DeadlineNotAfterOpening => {
                Message::new("error-refusal-deadline-not-after-opening")
            }
            Refusal::SilenceTooShort {
                min_hours,
                earliest,
            } => Message::new("error-refusal-silence-too-short")
                .with("min_hours", *min_hours)
                .with("earliest", *earliest),
        }
    }
}
