//! Why an act cannot be recorded in a procedure now, in words a person understands.

use std::fmt;

use jiff::Timestamp;
use thiserror::Error;

use super::{OutcomeKind, ProcedureKind};
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
    #[error("{act} has no place in a {}: {}", .kind.label(), .kind.what_to_do_instead())]
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
