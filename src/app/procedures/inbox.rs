//! The inbox: what needs the caller's party now, and what was decided lately.

use jiff::Timestamp;

use crate::app::{App, AppResult, Caller};
use crate::domain::ids::ProcedureId;
use crate::domain::procedure::{decide, Event, Outcome, Position, ProcedureKind};

/// Why something is in a person's inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxReason {
    /// A procedure is open and the caller's party has not answered (or may break silence).
    NeedsYourParty,
    /// A procedure's deadline is within a day.
    DeadlineSoon,
    /// A procedure is open for the group.
    Open,
    Adopted,
    NotAdopted,
    SilenceBroken,
}

/// One thing that needs the caller, or that they should know.
#[derive(Debug, Clone)]
pub struct InboxItem {
    pub reason: InboxReason,
    pub procedure: ProcedureId,
    pub title: String,
    pub kind: ProcedureKind,
    pub deadline: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub detail: String,
}

const RECENT_DAYS: i64 = 14;

impl App {
    /// What needs the caller now, across their groups, most urgent first; and what was
    /// decided in the last two weeks.
    pub async fn inbox(&self, caller: &Caller) -> AppResult<Vec<InboxItem>> {
        let now = self.now();
        let mut items = Vec::new();
        for group in self.groups_for(caller).await? {
            if caller.viewer.seat(group.id).is_none() {
                continue;
            }
            let (_, texts) = self.texts_for(caller, group.code.as_str()).await?;
            let acts_for = self.party_spoken_for(caller, group.id, now).await?;
            for text in texts {
                for procedure in self.store.procedures_of_text(text.id).await? {
                    let events: Vec<Event> = self
                        .store
                        .procedure_events(procedure.id)
                        .await?
                        .into_iter()
                        .map(|e| e.event)
                        .collect();
                    let state = decide(&procedure.rules, &events, now);
                    let title = format!("{}: {}", group.code, text.title);
                    let item = |reason, detail: String| InboxItem {
                        reason,
                        procedure: procedure.id,
                        title: title.clone(),
                        kind: procedure.rules.kind,
                        deadline: state.deadline,
                        closed_at: state.outcome.closed_at(),
                        detail,
                    };
                    match &state.outcome {
                        Outcome::Open => {
                            let unanswered = acts_for.as_ref().is_some_and(|party| {
                                procedure.rules.kind == ProcedureKind::Silence
                                    || !state
                                        .positions
                                        .get(party)
                                        .is_some_and(Position::allows_adoption)
                            });
                            let soon = state.deadline <= now + jiff::SignedDuration::from_hours(24);
                            let reason = match (unanswered, soon) {
                                (true, _) => InboxReason::NeedsYourParty,
                                (false, true) => InboxReason::DeadlineSoon,
                                (false, false) => InboxReason::Open,
                            };
                            let detail = match (procedure.rules.kind, unanswered) {
                                (ProcedureKind::Consensus, true) => "Your party's position is needed.".to_owned(),
                                (ProcedureKind::Silence, true) => "Under silence: keep silent to adopt, or break it with an objection.".to_owned(),
                                _ => format!("The {} is open.", procedure.rules.kind.label()),
                            };
                            items.push(item(reason, detail));
                        }
                        Outcome::Adopted { at }
                            if *at + jiff::SignedDuration::from_hours(24 * RECENT_DAYS) > now =>
                        {
                            items.push(item(InboxReason::Adopted, "Adopted.".to_owned()));
                        }
                        Outcome::NotAdopted { at, reasons }
                            if *at + jiff::SignedDuration::from_hours(24 * RECENT_DAYS) > now =>
                        {
                            let broken = reasons.iter().find_map(|r| match r {
                                crate::domain::procedure::Reason::BrokeSilence {
                                    party, ..
                                } => Some(party.clone()),
                                _ => None,
                            });
                            match broken {
                                Some(party) => items.push(item(
                                    InboxReason::SilenceBroken,
                                    format!("Silence broken by {party}."),
                                )),
                                None => items.push(item(
                                    InboxReason::NotAdopted,
                                    reasons
                                        .iter()
                                        .map(ToString::to_string)
                                        .collect::<Vec<_>>()
                                        .join("; "),
                                )),
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        items.sort_by_key(|item| (urgency(item.reason), item.deadline));
        Ok(items)
    }
}

fn urgency(reason: InboxReason) -> u8 {
    match reason {
        InboxReason::NeedsYourParty => 0,
        InboxReason::DeadlineSoon => 1,
        InboxReason::SilenceBroken => 2,
        InboxReason::Open => 3,
        InboxReason::NotAdopted => 4,
        InboxReason::Adopted => 5,
    }
}
