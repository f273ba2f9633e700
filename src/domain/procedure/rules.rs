//! What is fixed when a procedure opens: its kind, the members with a voice, the quorum and
//! the deadline, and the checks on opening.

use std::fmt;
use std::str::FromStr;

use jiff::{SignedDuration, Timestamp};

use super::Refusal;
use crate::domain::names::PartyCode;
use crate::domain::role::UnknownVariant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProcedureKind {
    /// Written consultation: each member records a position (§4.1).
    Consensus,
    /// Adopted at the deadline unless a member breaks silence before it (§4.2).
    Silence,
}

impl ProcedureKind {
    pub const ALL: [ProcedureKind; 2] = [ProcedureKind::Consensus, ProcedureKind::Silence];

    pub fn as_str(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => "consensus",
            ProcedureKind::Silence => "silence",
        }
    }

    /// How a person calls it, e.g. in "breaking silence has no place in a consensus round".
    pub fn label(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => "consensus round",
            ProcedureKind::Silence => "silence procedure",
        }
    }

    /// What a party may do instead, for a refusal of an act of the other procedure.
    pub(super) fn what_to_do_instead(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => {
                "record a position instead (object, or concur with a statement)"
            }
            ProcedureKind::Silence => "break silence or lodge an interpretive statement instead",
        }
    }
}

impl FromStr for ProcedureKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant("consensus, silence"))
    }
}

impl fmt::Display for ProcedureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is fixed when a procedure opens. Extensions of the deadline are events, not changes
/// to the rules, so that the journal alone tells how the deadline moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureRules {
    pub kind: ProcedureKind,
    /// The member parties with a voice, as the group stood when the procedure opened.
    pub members: Vec<PartyCode>,
    /// Concurring parties needed to adopt by consensus (the group's effective quorum).
    pub quorum: u32,
    pub opened_at: Timestamp,
    /// The deadline set at opening.
    pub deadline: Timestamp,
    /// A round held in the room at a convened meeting (§4.3) among the members present there:
    /// the chair may note "no objection heard" for a present party that has recorded nothing.
    pub in_session: bool,
}

/// How long the silence that asks the parties absent from a session lasts when the group's
/// minimum is 0 (urgent business in the room does not make the absent answer at once).
pub const ABSENT_SILENCE_HOURS_AT_LEAST: u32 = 24;

impl ProcedureRules {
    /// The silence that asks the member parties absent from a decision in session (§4.3),
    /// opening `at` the room's adoption and lasting the group's minimum silence period, or a
    /// day when the group set no minimum.
    pub fn asking_the_absent(
        absent: Vec<PartyCode>,
        at: Timestamp,
        min_silence_hours: u32,
    ) -> Self {
        let hours = match min_silence_hours {
            0 => ABSENT_SILENCE_HOURS_AT_LEAST,
            hours => hours,
        };
        ProcedureRules {
            kind: ProcedureKind::Silence,
            quorum: u32::try_from(absent.len()).unwrap_or(u32::MAX),
            members: absent,
            opened_at: at,
            deadline: at
                .checked_add(SignedDuration::from_hours(i64::from(hours)))
                .unwrap_or(Timestamp::MAX),
            in_session: false,
        }
    }

    /// Whether the procedure may open as set: its deadline after the opening and, under
    /// silence, at least the group's minimum silence period ahead.
    pub fn check_opening(&self, min_silence_hours: u32) -> Result<(), Refusal> {
        match self.kind {
            ProcedureKind::Consensus if self.deadline <= self.opened_at => {
                Err(Refusal::DeadlineNotAfterOpening)
            }
            ProcedureKind::Consensus => Ok(()),
            ProcedureKind::Silence => {
                check_silence_deadline(self.opened_at, self.deadline, min_silence_hours)
            }
        }
    }
}

/// A silence deadline must be after the opening and at least `min_silence_hours` ahead of it;
/// a group may set 0 hours for urgent business, which still leaves parties some time to break.
pub fn check_silence_deadline(
    opened_at: Timestamp,
    deadline: Timestamp,
    min_silence_hours: u32,
) -> Result<(), Refusal> {
    if deadline <= opened_at {
        return Err(Refusal::DeadlineNotAfterOpening);
    }
    // A minimum beyond the calendar can never be met: its earliest deadline is the end of time.
    let earliest = opened_at
        .checked_add(SignedDuration::from_hours(i64::from(min_silence_hours)))
        .unwrap_or(Timestamp::MAX);
    if deadline < earliest {
        return Err(Refusal::SilenceTooShort {
            min_hours: min_silence_hours,
            earliest,
        });
    }
    Ok(())
}
