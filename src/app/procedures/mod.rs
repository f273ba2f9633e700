//! Decision procedures (DOMAIN.md §4): opening a consensus round or a silence procedure on
//! one exact version, the acts of parties and of the chair, closing at the deadline, and the
//! decision an adoption creates. The outcome is always `domain::procedure::decide` over the
//! recorded events at the server's clock, so every read and the scheduler agree.

mod acts;
mod closing;
mod decisions;
mod evidence;
mod inbox;
mod later;
mod open;

use std::collections::BTreeMap;

use crate::app::{App, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{ProcedureId, UserId};
use crate::domain::names::{PartyCode, Username};
use crate::domain::procedure::{decide, Event, State};
use crate::domain::recorded_later::{self, ReportedPosition};
use crate::domain::role::Role;
use crate::store::{DecisionRecord, EventRecord, GroupRecord, ProcedureRecord, TextRecord};

pub use crate::domain::procedure::Act;
pub use decisions::{DecisionDetail, MeetingMinutes};
pub use evidence::Evidence;
pub use inbox::InboxItem;
pub use later::DecisionTakenEarlier;

/// A procedure as its page shows it.
pub struct ProcedureDetail {
    pub group: GroupRecord,
    pub text: TextRecord,
    pub procedure: ProcedureRecord,
    pub events: Vec<EventRecord>,
    pub state: State,
    pub decision: Option<DecisionRecord>,
    /// The party the caller may act for now, if any.
    pub acts_for: Option<PartyCode>,
    pub can_preside: bool,
    /// Who recorded the acts, by user id, as the record names them.
    pub recorders: BTreeMap<UserId, Recorder>,
    /// For the procedure of a decision recorded later: who recorded it, when, and the
    /// positions as the secretariat reported them (the parties' own acts are in `events`).
    pub recorded_later: Option<LaterRecord>,
}

/// A decision recorded later, as its record names it.
#[derive(Debug, Clone)]
pub struct LaterRecord {
    pub by: UserId,
    pub by_username: Username,
    /// The display name of who recorded it.
    pub by_name: String,
    pub at: jiff::Timestamp,
    pub positions: Vec<ReportedPosition>,
}

/// A person who recorded an act, as the record names them: their login for signed-in readers,
/// their public title (never the login) for the public record.
#[derive(Debug, Clone)]
pub struct Recorder {
    pub username: Username,
    /// The title the person holds in the group (e.g. "Special Representative of Kazakhstan"),
    /// or their display name when their seat has none.
    pub title: String,
    pub party: Option<PartyCode>,
    pub role: Role,
}

impl ProcedureDetail {
    /// The event by which `party` last answered in a consensus round: its own position,
    /// confirmation or decline, or the chair's note that it raised no objection.
    pub fn last_answer(&self, party: &PartyCode) -> Option<&EventRecord> {
        self.events.iter().rev().find(|record| {
            record.event.concerns() == Some(party)
                && matches!(
                    record.event,
                    Event::Position { .. }
                        | Event::Confirm { .. }
                        | Event::Decline { .. }
                        | Event::ChairNote { .. }
                )
        })
    }

    pub fn recorder(&self, record: &EventRecord) -> Option<&Recorder> {
        self.recorders.get(&record.recorded_by)
    }

    /// In a round in session, the present parties that have said nothing and for which the
    /// chair has noted nothing: those the chair may still note "no objection heard" for.
    pub fn notable_parties(&self) -> Vec<&PartyCode> {
        if !self.procedure.rules.in_session || !self.state.outcome.is_open() {
            return Vec::new();
        }
        self.procedure
            .rules
            .members
            .iter()
            .filter(|party| self.state.answer(party).is_none())
            .collect()
    }
}

impl App {
    pub async fn procedure_detail(
        &self,
        caller: &Caller,
        id: ProcedureId,
    ) -> AppResult<ProcedureDetail> {
        let procedure = self.store.procedure(id).await?;
        let (group, text, chair) = self.visible_text(caller, procedure.text).await?;
        let now = self.now();
        let acts_for = self.party_spoken_for(caller, group.id, now).await?;
        let can_preside = chair
            .as_ref()
            .is_some_and(|c| access::preside(&caller.viewer, group.id, c).is_ok());
        self.assemble_procedure(group, text, procedure, acts_for, can_preside)
            .await
    }

    /// A procedure's events, state at the server's clock and decision, for a reader already
    /// allowed to see it.
    pub(super) async fn assemble_procedure(
        &self,
        group: GroupRecord,
        text: TextRecord,
        procedure: ProcedureRecord,
        acts_for: Option<PartyCode>,
        can_preside: bool,
    ) -> AppResult<ProcedureDetail> {
        let events = self.store.procedure_events(procedure.id).await?;
        let mut decision = self.store.decision_of_procedure(procedure.id).await?;
        let later = match decision.as_ref().and_then(|d| Some((d, d.recorded_later?))) {
            Some((decision, by)) => {
                let user = self.store.user_by_id(by.by).await?;
                Some(LaterRecord {
                    by: by.by,
                    by_username: user.username,
                    by_name: user.display_name.to_string(),
                    at: by.at,
                    positions: self.store.reported_positions(decision.id).await?,
                })
            }
            None => None,
        };
        let state = match (&later, &decision) {
            // Recorded later: the record says it was adopted; the parties acted nowhere here.
            (Some(later), Some(decision)) => {
                recorded_later::state(decision.adopted_at, &later.positions)
            }
            _ => {
                let plain: Vec<Event> = events.iter().map(|e| e.event.clone()).collect();
                decide(&procedure.rules, &plain, self.now())
            }
        };
        // A deadline just passed and the scheduler has not written it yet: record it now, so
        // that a page saying "adopted" always has its decision to show.
        if !state.outcome.is_open() && procedure.recorded_outcome.is_none() {
            self.close_if_due(procedure.id, &group).await?;
            decision = self.store.decision_of_procedure(procedure.id).await?;
        }
        let recorders = self
            .store
            .seats_of_group(group.id)
            .await?
            .into_iter()
            .map(|seat| {
                let title = match seat.title.trim() {
                    "" => seat.display_name.to_string(),
                    title => title.to_owned(),
                };
                let recorder = Recorder {
                    username: seat.username,
                    title,
                    party: seat.party,
                    role: seat.role,
                };
                (seat.user, recorder)
            })
            .collect();
        Ok(ProcedureDetail {
            decision,
            recorded_later: later,
            group,
            text,
            procedure,
            events,
            state,
            acts_for,
            can_preside,
            recorders,
        })
    }
}
