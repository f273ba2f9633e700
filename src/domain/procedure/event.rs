//! The acts recorded in a procedure, each with the instant the server recorded it, and who
//! may record each (DOMAIN.md §4): a party's own acts only by the party, the chair's only by
//! the chair. No act of one kind can be written in the other's name.

use jiff::Timestamp;

use super::{Position, ProcedureKind};
use crate::domain::names::PartyCode;

/// What a person asks to record, before the server stamps it with its clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// A member party records or changes its position (consensus).
    Position {
        party: PartyCode,
        position: Position,
    },
    /// The party's capital confirms its ad referendum position.
    Confirm { party: PartyCode },
    /// The party's capital declines its ad referendum position, with its reason.
    Decline { party: PartyCode, reason: String },
    /// A member party breaks silence with a written objection or an amendment.
    Break { party: PartyCode, reason: String },
    /// A member party lodges an interpretive statement without breaking silence.
    Statement { party: PartyCode, text: String },
    /// In session, the chair notes "no objection heard" for a present party that has recorded
    /// nothing (§4.3). It is the chair's note, never the party's act.
    ChairNote { party: PartyCode },
    /// The chair moves the deadline later.
    Extend { deadline: Timestamp },
    /// The chair withdraws the procedure.
    Withdraw,
}

/// Who may record an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authority<'a> {
    /// Only the party itself: its envoy, or a deputy the envoy authorised.
    Party(&'a PartyCode),
    /// Only the chair: the chair's envoy, or the secretariat on the chair's behalf.
    Chair,
}

impl Act {
    /// Breaking silence with a written objection and, perhaps, an amendment offered with it;
    /// the amendment is recorded with the objection, as the record of the break.
    pub fn break_silence(party: PartyCode, objection: &str, amendment: Option<&str>) -> Act {
        let reason = match amendment.map(str::trim).filter(|a| !a.is_empty()) {
            Some(amendment) => format!("{objection}\n\nProposed amendment: {amendment}"),
            None => objection.to_owned(),
        };
        Act::Break { party, reason }
    }

    /// Who may record this act. A party's own act is never the chair's to record, and the
    /// chair's note never counts as the party's act: the two are different kinds.
    pub fn authority(&self) -> Authority<'_> {
        match self {
            Act::Position { party, .. }
            | Act::Confirm { party }
            | Act::Decline { party, .. }
            | Act::Break { party, .. }
            | Act::Statement { party, .. } => Authority::Party(party),
            Act::ChairNote { .. } | Act::Extend { .. } | Act::Withdraw => Authority::Chair,
        }
    }

    /// The act as recorded by the server at `at`.
    pub fn at(self, at: Timestamp) -> Event {
        match self {
            Act::Position { party, position } => Event::Position {
                party,
                position,
                at,
            },
            Act::Confirm { party } => Event::Confirm { party, at },
            Act::Decline { party, reason } => Event::Decline { party, reason, at },
            Act::Break { party, reason } => Event::Break { party, reason, at },
            Act::Statement { party, text } => Event::Statement { party, text, at },
            Act::ChairNote { party } => Event::ChairNote { party, at },
            Act::Extend { deadline } => Event::Extend { deadline, at },
            Act::Withdraw => Event::Withdraw { at },
        }
    }
}

/// One act recorded in a procedure, with the instant `at` the server recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Consensus: a member records its position or changes it while the round is open.
    Position {
        party: PartyCode,
        position: Position,
        at: Timestamp,
    },
    /// Consensus: the capital confirms an ad referendum position, which becomes `concur`.
    Confirm { party: PartyCode, at: Timestamp },
    /// Consensus: the capital declines an ad referendum position, which becomes `object`.
    Decline {
        party: PartyCode,
        reason: String,
        at: Timestamp,
    },
    /// Silence: a member breaks silence with a written objection or an amendment.
    Break {
        party: PartyCode,
        reason: String,
        at: Timestamp,
    },
    /// Silence: an interpretive statement that does not break silence.
    Statement {
        party: PartyCode,
        text: String,
        at: Timestamp,
    },
    /// In session: the chair noted "no objection heard" for `party`, present and silent.
    ChairNote { party: PartyCode, at: Timestamp },
    /// The chair moves the deadline later, before it passes.
    Extend { deadline: Timestamp, at: Timestamp },
    /// The chair withdraws the procedure.
    Withdraw { at: Timestamp },
    /// A new version of the text was made: the procedure on the old one closes.
    Superseded { at: Timestamp },
}

impl Event {
    pub fn at(&self) -> Timestamp {
        match self {
            Event::Position { at, .. }
            | Event::Confirm { at, .. }
            | Event::Decline { at, .. }
            | Event::Break { at, .. }
            | Event::Statement { at, .. }
            | Event::ChairNote { at, .. }
            | Event::Extend { at, .. }
            | Event::Withdraw { at }
            | Event::Superseded { at } => *at,
        }
    }

    /// The party that acts, for acts of a party; `None` for the chair's acts (a note included:
    /// the noted party did not act) and for a supersession.
    pub fn party(&self) -> Option<&PartyCode> {
        match self {
            Event::Position { party, .. }
            | Event::Confirm { party, .. }
            | Event::Decline { party, .. }
            | Event::Break { party, .. }
            | Event::Statement { party, .. } => Some(party),
            Event::ChairNote { .. }
            | Event::Extend { .. }
            | Event::Withdraw { .. }
            | Event::Superseded { .. } => None,
        }
    }

    /// The party an event is about: the acting party, or the party the chair's note names.
    pub fn concerns(&self) -> Option<&PartyCode> {
        match self {
            Event::ChairNote { party, .. } => Some(party),
            other => other.party(),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Event::Position { .. } => "position",
            Event::Confirm { .. } => "confirm",
            Event::Decline { .. } => "decline",
            Event::Break { .. } => "break",
            Event::Statement { .. } => "statement",
            Event::ChairNote { .. } => "chair_note",
            Event::Extend { .. } => "extend",
            Event::Withdraw { .. } => "withdraw",
            Event::Superseded { .. } => "superseded",
        }
    }

    /// The kind of procedure the act belongs to; `None` for acts that belong to both.
    pub(super) fn belongs_to(&self) -> Option<ProcedureKind> {
        match self {
            Event::Position { .. }
            | Event::Confirm { .. }
            | Event::Decline { .. }
            | Event::ChairNote { .. } => Some(ProcedureKind::Consensus),
            Event::Break { .. } | Event::Statement { .. } => Some(ProcedureKind::Silence),
            Event::Extend { .. } | Event::Withdraw { .. } | Event::Superseded { .. } => None,
        }
    }
}

/// An act in English words, by its name in the record (`Event::as_str`), for a refusal that
/// says it does not belong in this procedure (its `Display`, for logs).
pub(super) fn described(act: &str) -> &'static str {
    match act {
        "position" => "recording a position",
        "confirm" => "confirming an ad referendum position",
        "decline" => "declining an ad referendum position",
        "break" => "breaking silence",
        "statement" => "a separate interpretive statement",
        "chair_note" => "the chair's note of no objection",
        "extend" => "extending the deadline",
        "withdraw" => "withdrawing",
        "superseded" => "superseding",
        _ => "this act",
    }
}
