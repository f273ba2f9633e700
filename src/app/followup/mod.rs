//! Follow-through (DOMAIN.md §6): what the group decides about. Tracks (`tracks.rs`),
//! agreements (`agreements.rs`), and the helpers every marked record shares: the group's day,
//! its parties and tracks as the rules ask for them, the visibility check of one record, and
//! the journal entry whose scope carries the record's marking.

pub mod agreements;
pub mod dashboard;
pub mod engagements;
pub mod figures;
pub mod roadmaps;
pub mod tracks;

use jiff::civil::Date;
use jiff::Timestamp;

use super::{App, AppResult, Caller};
use crate::domain::access;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::marking::Marking;
use crate::domain::names::PartyCode;
use crate::domain::role::Standing;
use crate::store::GroupRecord;

/// The day it is at the group's seat (its secretariat's time zone): dates of follow-through
/// (due dates, signing dates, reports) are the group's calendar days.
pub(crate) fn today_at(group: &GroupRecord, now: Timestamp) -> Date {
    now.to_zoned(group.time_zone.zone().clone()).date()
}

/// Whether `code` is a member or an observer of the group (a guest is invited to meetings,
/// and takes no part in the group's own follow-through).
pub(crate) fn is_party_of(group: &GroupRecord, code: &PartyCode) -> bool {
    group
        .party(code)
        .is_some_and(|party| party.standing != Standing::Guest)
}

/// Who may see what, decided once per list: the group's chair is read once, then every record
/// is checked against the reader `access::marked_sight` worked out.
pub(crate) struct Sight(access::MarkedSight);

impl Sight {
    pub(crate) fn sees(&self, marking: &Marking) -> bool {
        self.0.sees(marking)
    }
}

impl App {
    /// The caller's sight in a group whose business they follow.
    pub(crate) async fn sight(&self, caller: &Caller, group: &GroupRecord) -> AppResult<Sight> {
        access::follow_group_business(&caller.viewer, group.id)?;
        let chair = self.chair_of(group).await?;
        Ok(Sight(access::marked_sight(
            &caller.viewer,
            group.id,
            chair,
        )?))
    }
}

/// The journal entry of a change to a marked record, readable by whoever may see the record
/// as it was marked then.
pub(crate) fn marked_entry(
    caller: &Caller,
    group: &GroupRecord,
    marking: &Marking,
    change: (Action, ObjectRef),
    payload: Payload,
    now: Timestamp,
) -> NewEntry {
    let (action, object) = change;
    NewEntry {
        at_micros: now.as_microsecond(),
        actor: Some(caller.viewer.user),
        actor_party: caller.viewer.party_in(group.id),
        scope: JournalScope::Marked(group.id, marking.clone()),
        action,
        object,
        payload,
    }
}
