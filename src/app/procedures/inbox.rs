//! The inbox: what needs the caller's party now, and what was decided lately, across all the
//! caller's groups in a fixed number of queries (`Store::inbox_records`, and the caller's
//! authorisations when they are a deputy somewhere).

use jiff::Timestamp;

use crate::app::{App, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{GroupId, ProcedureId};
use crate::domain::names::{GroupCode, Label, PartyCode};
use crate::domain::procedure::attention::{attention, Attention};
use crate::domain::procedure::{decide, Event, Outcome, OutcomeKind, ProcedureKind};
use crate::domain::role::Role;

/// One thing that needs the caller, or that they should know.
#[derive(Debug, Clone)]
pub struct InboxItem {
    pub attention: Attention,
    pub procedure: ProcedureId,
    pub group: GroupCode,
    pub title: Label,
    pub kind: ProcedureKind,
    pub deadline: Timestamp,
    pub closed_at: Option<Timestamp>,
}

impl App {
    /// What needs the caller now, across their groups, most urgent first; and what was
    /// decided in the last two weeks.
    pub async fn inbox(&self, caller: &Caller) -> AppResult<Vec<InboxItem>> {
        let now = self.now();
        let records = self.store.inbox_records(caller.viewer.user, now).await?;
        let is_deputy = caller.viewer.seats.iter().any(|s| s.role == Role::Deputy);
        let authorised: Vec<(GroupId, PartyCode)> = if is_deputy {
            self.store
                .authorised_parties(caller.viewer.user, now)
                .await?
        } else {
            Vec::new()
        };
        let mut items = Vec::new();
        for record in records {
            let group = record.procedure.group;
            let visible = access::see_marked(
                &caller.viewer,
                group,
                &record.text.marking,
                record.chair_now.clone(),
            );
            if visible.is_err() {
                continue;
            }
            let acts_for = caller.viewer.party_in(group).filter(|party| {
                let deputy_authorised = authorised.contains(&(group, party.clone()));
                access::speak_for(&caller.viewer, group, party, deputy_authorised).is_ok()
            });
            let events: Vec<Event> = record.events.into_iter().map(|e| e.event).collect();
            let rules = &record.procedure.rules;
            let mut state = decide(rules, &events, now);
            // A decision recorded later has no events: its record says it was adopted.
            if record.procedure.recorded_outcome == Some(OutcomeKind::Adopted)
                && state.outcome.kind() != OutcomeKind::Adopted
            {
                state.outcome = Outcome::Adopted { at: rules.deadline };
            }
            if let Some(attention) = attention(rules, &state, acts_for.as_ref(), now) {
                items.push(InboxItem {
                    attention,
                    procedure: record.procedure.id,
                    group: record.group_code,
                    title: record.text.title,
                    kind: rules.kind,
                    deadline: state.deadline,
                    closed_at: state.outcome.closed_at(),
                });
            }
        }
        items.sort_by_key(|item| (item.attention.urgency(), item.deadline));
        Ok(items)
    }
}
