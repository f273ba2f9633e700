//! Where a procedure stands: open, or closed with an outcome and, when not adopted, the
//! reasons the record names.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;

use super::Position;
use crate::domain::names::PartyCode;
use crate::domain::role::UnknownVariant;

/// Why a procedure was not adopted, as the decision record states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The objection stood at the deadline.
    Objected {
        party: PartyCode,
        reason: String,
    },
    /// The party recorded no position before the deadline.
    NotAnswered {
        party: PartyCode,
    },
    /// The party's capital had not confirmed its ad referendum position at the deadline.
    AdReferendumUnconfirmed {
        party: PartyCode,
        confirm_by: Timestamp,
    },
    BrokeSilence {
        party: PartyCode,
        reason: String,
    },
    /// Nobody blocked, but too few parties concurred (the others stood aside).
    QuorumNotReached {
        concurring: u32,
        quorum: u32,
    },
}

impl Reason {
    pub fn party(&self) -> Option<&PartyCode> {
        match self {
            Reason::Objected { party, .. }
            | Reason::NotAnswered { party }
            | Reason::AdReferendumUnconfirmed { party, .. }
            | Reason::BrokeSilence { party, .. } => Some(party),
            Reason::QuorumNotReached { .. } => None,
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Objected { party, reason } => write!(f, "{party} objects: {reason}"),
            Reason::NotAnswered { party } => write!(f, "{party} did not answer"),
            Reason::AdReferendumUnconfirmed { party, confirm_by } => write!(
                f,
                "{party} concurred ad referendum and its capital did not confirm (due by {confirm_by})"
            ),
            Reason::BrokeSilence { party, reason } => write!(f, "{party} broke silence: {reason}"),
            Reason::QuorumNotReached { concurring, quorum } => write!(
                f,
                "{concurring} parties concurred where {quorum} are needed; the others stood aside"
            ),
        }
    }
}

/// Where a procedure stands. Every closed outcome carries the instant it closed, which does
/// not depend on when it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Open,
    Adopted { at: Timestamp },
    NotAdopted { at: Timestamp, reasons: Vec<Reason> },
    Withdrawn { at: Timestamp },
    Superseded { at: Timestamp },
}

impl Outcome {
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::Open => OutcomeKind::Open,
            Outcome::Adopted { .. } => OutcomeKind::Adopted,
            Outcome::NotAdopted { .. } => OutcomeKind::NotAdopted,
            Outcome::Withdrawn { .. } => OutcomeKind::Withdrawn,
            Outcome::Superseded { .. } => OutcomeKind::Superseded,
        }
    }

    /// When the procedure closed; `None` while it is open.
    pub fn closed_at(&self) -> Option<Timestamp> {
        match self {
            Outcome::Open => None,
            Outcome::Adopted { at }
            | Outcome::NotAdopted { at, .. }
            | Outcome::Withdrawn { at }
            | Outcome::Superseded { at } => Some(*at),
        }
    }

    pub fn is_open(&self) -> bool {
        matches!(self, Outcome::Open)
    }
}

/// An outcome without its details, as stored and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeKind {
    Open,
    Adopted,
    NotAdopted,
    Withdrawn,
    Superseded,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::Open,
        OutcomeKind::Adopted,
        OutcomeKind::NotAdopted,
        OutcomeKind::Withdrawn,
        OutcomeKind::Superseded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Open => "open",
            OutcomeKind::Adopted => "adopted",
            OutcomeKind::NotAdopted => "not_adopted",
            OutcomeKind::Withdrawn => "withdrawn",
            OutcomeKind::Superseded => "superseded",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::NotAdopted => "not adopted",
            other => other.as_str(),
        }
    }
}

impl FromStr for OutcomeKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant(
                "open, adopted, not_adopted, withdrawn, superseded",
            ))
    }
}

impl fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A procedure as of one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub outcome: Outcome,
    /// Consensus: each member's current (once closed, final) position; a member that has not
    /// answered is absent. Empty under silence, where parties record no positions. Only a
    /// party's own acts are here; the chair's notes never are.
    pub positions: BTreeMap<PartyCode, Position>,
    /// In session: the present parties for which the chair noted "no objection heard" and that
    /// have not recorded a position of their own since (their own position replaces the note).
    pub chair_notes: BTreeSet<PartyCode>,
    /// Texts that go with the decision: under silence the interpretive statements in the order
    /// lodged; in a consensus round the texts of the current positions that carry one
    /// (concur with statement, stand aside), in the order of the members.
    pub statements: Vec<(PartyCode, String)>,
    /// The deadline after every extension.
    pub deadline: Timestamp,
}

/// How a member stands in a consensus round: by its own position, or by the chair's note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer<'a> {
    Own(&'a Position),
    /// "No objection heard", noted by the chair in session; not the party's act.
    NoObjectionHeard,
}

impl State {
    /// `party`'s answer in a consensus round, if it has one.
    pub fn answer(&self, party: &PartyCode) -> Option<Answer<'_>> {
        match self.positions.get(party) {
            Some(position) => Some(Answer::Own(position)),
            None if self.chair_notes.contains(party) => Some(Answer::NoObjectionHeard),
            None => None,
        }
    }
}

impl Answer<'_> {
    /// A note of no objection lets a decision in session be taken and counts as concurring:
    /// the room heard no objection from the party.
    pub fn is_concurring(self) -> bool {
        match self {
            Answer::Own(position) => position.is_concurring(),
            Answer::NoObjectionHeard => true,
        }
    }

    pub fn allows_adoption(self) -> bool {
        match self {
            Answer::Own(position) => position.allows_adoption(),
            Answer::NoObjectionHeard => true,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Own(position) => position.as_str(),
            Answer::NoObjectionHeard => "no_objection_heard",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::Own(position) => position.label(),
            Answer::NoObjectionHeard => "no objection heard (chair's note)",
        }
    }
}
