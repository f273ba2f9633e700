//! What in a procedure needs a person's attention (their inbox): their party's answer, a
//! deadline coming, or an outcome of the last two weeks.

use jiff::{SignedDuration, Timestamp};

use super::{Answer, Outcome, ProcedureKind, ProcedureRules, Reason, State};
use crate::domain::names::PartyCode;

/// How long an outcome stays in the inbox after the procedure closed.
pub const RECENT_DAYS: i64 = 14;
/// How close a deadline is "soon".
pub const SOON_HOURS: i64 = 24;

/// Why a procedure is in a person's inbox, most urgent first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attention {
    /// Open, and the person's party has a voice in it and has not answered (or, under silence,
    /// may still break it).
    NeedsYourParty,
    /// Open, and the deadline is within a day.
    DeadlineSoon,
    /// Open for the group.
    Open,
    /// Silence broken by this party, lately.
    SilenceBroken(PartyCode),
    /// Not adopted lately, for these reasons.
    NotAdopted(Vec<Reason>),
    /// Adopted lately.
    Adopted,
}

impl Attention {
    /// The order of the inbox: what needs the party first, decisions of the past last.
    pub fn urgency(&self) -> u8 {
        match self {
            Attention::NeedsYourParty => 0,
            Attention::DeadlineSoon => 1,
            Attention::SilenceBroken(_) => 2,
            Attention::Open => 3,
            Attention::NotAdopted(_) => 4,
            Attention::Adopted => 5,
        }
    }
}

/// Whether, and why, a procedure in `state` needs the attention of someone who may speak for
/// `acts_for` now; `None` when it is closed and no longer recent.
pub fn attention(
    rules: &ProcedureRules,
    state: &State,
    acts_for: Option<&PartyCode>,
    now: Timestamp,
) -> Option<Attention> {
    let recent = |at: Timestamp| at + SignedDuration::from_hours(24 * RECENT_DAYS) > now;
    match &state.outcome {
        Outcome::Open => {
            let needs_answer = acts_for
                .filter(|party| rules.members.contains(party))
                .is_some_and(|party| {
                    rules.kind == ProcedureKind::Silence
                        || !state.answer(party).is_some_and(Answer::allows_adoption)
                });
            let soon = state.deadline <= now + SignedDuration::from_hours(SOON_HOURS);
            Some(match (needs_answer, soon) {
                (true, _) => Attention::NeedsYourParty,
                (false, true) => Attention::DeadlineSoon,
                (false, false) => Attention::Open,
            })
        }
        Outcome::Adopted { at } if recent(*at) => Some(Attention::Adopted),
        Outcome::NotAdopted { at, reasons } if recent(*at) => {
            let broken = reasons.iter().find_map(|reason| match reason {
                Reason::BrokeSilence { party, .. } => Some(party.clone()),
                _ => None,
            });
            Some(match broken {
                Some(party) => Attention::SilenceBroken(party),
                None => Attention::NotAdopted(reasons.clone()),
            })
        }
        _ => None,
    }
}
