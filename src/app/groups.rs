//! Groups and delegations: founding a group, its settings, who sits in which delegation,
//! and envoys' authorisations of their deputies.

use std::sync::Arc;

use jiff::Timestamp;

use super::users::Actor;
use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::group::{check_joining_party, GroupCharter, GroupParty, GroupSettings};
use crate::domain::ids::GroupId;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::message::Message;
use crate::domain::names::{GroupCode, Label, PartyCode, Username};
use crate::domain::role::Role;
use crate::domain::validation::ValidationErrors;
use crate::store::{AuthorisationRecord, GroupRecord, SeatRecord};

/// A group as its page shows it: the charter, the delegations and live authorisations.
pub struct GroupOverview {
    pub group: Arc<GroupRecord>,
    pub seats: Arc<Vec<SeatRecord>>,
    pub authorisations: Vec<AuthorisationRecord>,
}

/// A change of a group's name or settings; `None` leaves a value as it is.
#[derive(Debug, Clone, Default)]
pub struct GroupChange {
    pub name: Option<Label>,
    pub quorum: Option<Option<u32>>,
    pub min_silence_hours: Option<u32>,
}

/// A person placed in a group: a party's delegation with a role, or the secretariat.
#[derive(Debug, Clone)]
pub struct Placement {
    pub username: Username,
    pub party: Option<PartyCode>,
    pub role: Role,
    pub title: String,
}

impl App {
    /// The groups the caller may see: their own; all of them for the administrator.
    pub async fn groups_for(&self, caller: &Caller) -> AppResult<Vec<GroupRecord>> {
        let groups = self.store.groups().await?;
        Ok(groups
            .into_iter()
            .filter(|group| access::see_group(&caller.viewer, group.id).is_ok())
            .collect())
    }

    /// A group the caller may see, or `NotFound` (also when it exists but is not theirs).
    pub async fn group_for(&self, caller: &Caller, code: &str) -> AppResult<GroupRecord> {
        let group = self.shared_group_for(caller, code).await?;
        Ok(GroupRecord::clone(&group))
    }

    /// As `group_for`, shared with the read cache rather than copied.
    async fn shared_group_for(&self, caller: &Caller, code: &str) -> AppResult<Arc<GroupRecord>> {
        let code = GroupCode::parse(code).map_err(|_| AppError::NotFound)?;
        let group = self
            .cached_group(caller, &code)
            .await?
            .as_ref()
            .clone()
            .ok_or(AppError::NotFound)?;
        access::see_group(&caller.viewer, group.id)?;
        Ok(group)
    }

    /// The people seated in a group the caller may see, to name who did what.
    pub async fn people_of_group(
        &self,
        caller: &Caller,
        group: &GroupRecord,
    ) -> AppResult<Vec<SeatRecord>> {
        access::see_group(&caller.viewer, group.id)?;
        Ok(self.store.seats_of_group(group.id).await?)
    }

    /// Every group of the installation, for its administrator (or the operator's console).
    pub async fn all_groups(&self, actor: Actor<'_>) -> AppResult<Vec<GroupRecord>> {
        actor.administer()?;
        Ok(self.store.groups().await?)
    }

    pub async fn group_overview(&self, caller: &Caller, code: &str) -> AppResult<GroupOverview> {
        let group = self.shared_group_for(caller, code).await?;
        let seats = self.cached_seats_of_group(caller, group.id).await?;
        // Who may speak for a party is the group's business, journaled in scope `group`: a
        // guest or the administrator, who read those entries only as stubs, are not shown it.
        let authorisations = match access::follow_group_business(&caller.viewer, group.id) {
            Ok(()) => {
                let now = self.now();
                let all = self.cached_authorisations(caller, group.id).await?;
                all.iter()
                    .filter(|a| a.valid_until > now)
                    .cloned()
                    .collect()
            }
            Err(_) => Vec::new(),
        };
        Ok(GroupOverview {
            group,
            seats,
            authorisations,
        })
    }

    pub async fn create_group(
        &self,
        actor: Actor<'_>,
        charter: GroupCharter,
    ) -> AppResult<GroupId> {
        actor.administer()?;
        let charter = charter.check()?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let id = tx.insert_group(&charter, now).await?;
        let parties: Vec<String> = charter
            .parties
            .iter()
            .map(|party| format!("{}:{}", party.code, party.standing))
            .collect();
        let rotation: Vec<&str> = charter.rotation.iter().map(PartyCode::as_str).collect();
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: actor.user(),
            actor_party: None,
            scope: JournalScope::GroupAdministration(id),
            action: Action::GroupCreate,
            object: ObjectRef::Group(charter.code.clone()),
            payload: Payload::new()
                .with("code", &charter.code)
                .with("name", &charter.name)
                .with("parties", parties.join(","))
                .with("rotation", rotation.join(","))
                .with("time_zone", &charter.time_zone)
                .with_optional("quorum", charter.settings.quorum)
                .with("min_silence_hours", charter.settings.min_silence_hours),
        })
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn change_group(
        &self,
        caller: &Caller,
        code: &str,
        change: GroupChange,
    ) -> AppResult<GroupRecord> {
        access::administer(&caller.viewer)?;
        let group = self.group_for(caller, code).await?;
        let settings = GroupSettings {
            quorum: change.quorum.unwrap_or(group.settings.quorum),
            min_silence_hours: change
                .min_silence_hours
                .unwrap_or(group.settings.min_silence_hours),
        };
        let name = change.name.clone().unwrap_or_else(|| group.name.clone());
        GroupCharter {
            code: group.code.clone(),
            name: name.clone(),
            languages: group.languages.clone(),
            time_zone: group.time_zone.clone(),
            parties: group.parties.clone(),
            rotation: group.rotation.clone(),
            settings,
        }
        .check()?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.update_group_settings(group.id, &name, settings).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::GroupAdministration(group.id),
            action: Action::GroupUpdate,
            object: ObjectRef::Group(group.code.clone()),
            payload: Payload::new()
                .with("name", &name)
                .with_optional("quorum", settings.quorum)
                .with("min_silence_hours", settings.min_silence_hours),
        })
        .await?;
        tx.commit().await?;
        Ok(self.store.group_by_id(group.id).await?)
    }

    /// The administrator adds a party to a founded group as an observer or a guest (a guest
    /// then sees only the meetings it is invited to).
    pub async fn add_party(
        &self,
        caller: &Caller,
        code: &str,
        party: GroupParty,
    ) -> AppResult<GroupRecord> {
        access::administer(&caller.viewer)?;
        let group = self.group_for(caller, code).await?;
        check_joining_party(&group.parties, &party)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.insert_group_party(group.id, &party).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::GroupAdministration(group.id),
            action: Action::GroupPartyAdd,
            object: ObjectRef::Group(group.code.clone()),
            payload: Payload::new()
                .with("code", &party.code)
                .with("name", &party.name)
                .with("standing", party.standing),
        })
        .await?;
        tx.commit().await?;
        Ok(self.store.group_by_id(group.id).await?)
    }

    pub async fn place_in_group(
        &self,
        actor: Actor<'_>,
        code: &GroupCode,
        placement: Placement,
    ) -> AppResult<()> {
        actor.administer()?;
        let group = self
            .store
            .group_by_code(code)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut errors = ValidationErrors::new();
        let person = self.store.user_by_username(&placement.username).await?;
        if person.is_none() {
            errors.add("username", Message::new("error-account-no-such-user"));
        }
        match (&placement.party, placement.role.is_in_delegation()) {
            (None, true) => errors.add("party", Message::new("error-seat-party-missing")),
            (Some(_), false) => errors.add("party", Message::new("error-seat-secretariat-party")),
            (Some(party), true) if group.party(party).is_none() => errors.add(
                "party",
                Message::new("error-group-not-a-party-of")
                    .with("party", party)
                    .with("group", &group.code),
            ),
            _ => {}
        }
        errors.into_result()?;
        let person = person.ok_or(AppError::NotFound)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.insert_seat(
            group.id,
            person.id,
            placement.party.as_ref(),
            placement.role,
            &placement.title,
            now,
        )
        .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: actor.user(),
            actor_party: None,
            scope: JournalScope::GroupAdministration(group.id),
            action: Action::DelegationAdd,
            object: ObjectRef::User(person.id),
            payload: Payload::new()
                .with("username", &person.username)
                .with_optional("party", placement.party.as_ref())
                .with("role", placement.role)
                .with("title", &placement.title),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_from_group(
        &self,
        caller: &Caller,
        code: &str,
        username: &Username,
    ) -> AppResult<()> {
        access::administer(&caller.viewer)?;
        let group = self.group_for(caller, code).await?;
        let person = self
            .store
            .user_by_username(username)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.delete_seat(group.id, person.id).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::GroupAdministration(group.id),
            action: Action::DelegationRemove,
            object: ObjectRef::User(person.id),
            payload: Payload::new().with("username", &person.username),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An envoy authorises a deputy of their delegation to record positions until `until`.
    pub async fn authorise_deputy(
        &self,
        caller: &Caller,
        code: &str,
        deputy: &Username,
        until: Timestamp,
    ) -> AppResult<()> {
        let group = self.group_for(caller, code).await?;
        let seats = self.store.seats_of_group(group.id).await?;
        let deputy_seat = seats
            .iter()
            .find(|seat| &seat.username == deputy)
            .ok_or_else(|| {
                AppError::Invalid(ValidationErrors::single(
                    "deputy",
                    Message::new("error-seat-none-in-group"),
                ))
            })?;
        let seat = crate::domain::access::Seat {
            group: group.id,
            party: deputy_seat.party.clone(),
            standing: deputy_seat.standing,
            role: deputy_seat.role,
        };
        let party = access::authorise_deputy(&caller.viewer, group.id, &seat)?;
        let now = self.now();
        access::check_authorisation_end(now, until)
            .map_err(|message| ValidationErrors::single("until", message))?;
        let mut tx = self.store.begin_write().await?;
        let id = tx
            .insert_authorisation(
                group.id,
                &party,
                caller.viewer.user,
                deputy_seat.user,
                until,
                now,
            )
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: Some(party.clone()),
            scope: JournalScope::Group(group.id),
            action: Action::AuthorisationCreate,
            object: ObjectRef::Authorisation(id),
            payload: Payload::new()
                .with("party", &party)
                .with("deputy", &deputy_seat.username)
                .with("until", crate::domain::time::rfc3339_utc(until)),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
