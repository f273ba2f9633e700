//! Meetings: planning with rotation defaults, editing, the status lifecycle, the agenda and
//! attendance. Every read is trimmed to the meetings the caller may see.

use std::sync::Arc;

use jiff::Timestamp;

use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::group::next_host;
use crate::domain::ids::{AgendaItemId, AttendanceId, MeetingId};
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::meeting::{meeting_name, MeetingFormat, MeetingStatus, Schedule};
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::role::Standing;
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::store::{AgendaItemRecord, AttendanceRecord, GroupRecord, MeetingRecord, NewMeeting};

/// A meeting to be planned; host and chair default from the rotation.
#[derive(Debug, Clone)]
pub struct MeetingPlan {
    pub format: MeetingFormat,
    pub host: Option<PartyCode>,
    pub chair: Option<PartyCode>,
    pub city: Label,
    pub venue: Label,
    pub schedule: Schedule,
    pub time_zone: ZoneName,
    pub guests: Vec<PartyCode>,
}

/// A change of a meeting; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct MeetingChange {
    pub host: Option<PartyCode>,
    pub chair: Option<PartyCode>,
    pub city: Option<Label>,
    pub venue: Option<Label>,
    pub schedule: Option<Schedule>,
    pub time_zone: Option<ZoneName>,
    pub guests: Option<Vec<PartyCode>>,
    pub status: Option<MeetingStatus>,
}

/// Where an agenda item moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// A meeting with everything its page shows.
pub struct MeetingDetail {
    pub group: Arc<GroupRecord>,
    pub meeting: Arc<MeetingRecord>,
    pub agenda: Arc<Vec<AgendaItemRecord>>,
    pub attendance: Arc<Vec<AttendanceRecord>>,
    pub can_manage: bool,
}

impl MeetingDetail {
    pub fn name(&self) -> String {
        meeting_name(self.meeting.format, self.meeting.ordinal)
    }
}

impl App {
    /// The meetings of a group the caller may see, newest first.
    pub async fn meetings_for(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<MeetingRecord>)> {
        let group = self.group_for(caller, code).await?;
        let meetings = self.meetings_in(caller, &group).await?;
        Ok((group, meetings))
    }

    /// The meetings of a group already shown to the caller, trimmed to those they may see.
    pub async fn meetings_in(
        &self,
        caller: &Caller,
        group: &GroupRecord,
    ) -> AppResult<Vec<MeetingRecord>> {
        Ok(self
            .cached_meetings_of_group(caller, group.id)
            .await?
            .iter()
            .filter(|meeting| {
                access::see_meeting(&caller.viewer, group.id, &meeting.guests).is_ok()
            })
            .cloned()
            .collect())
    }

    /// A meeting the caller may see, with its group.
    async fn visible_meeting(
        &self,
        caller: &Caller,
        id: MeetingId,
    ) -> AppResult<(Arc<GroupRecord>, Arc<MeetingRecord>)> {
        let meeting = self.cached_meeting(caller, id).await?;
        access::see_meeting(&caller.viewer, meeting.group, &meeting.guests)?;
        let group = self.cached_group_by_id(caller, meeting.group).await?;
        Ok((group, meeting))
    }

    /// An agenda item of a meeting the caller may see.
    pub async fn agenda_item(
        &self,
        caller: &Caller,
        item: AgendaItemId,
    ) -> AppResult<AgendaItemRecord> {
        let record = self.store.agenda_item(item).await?;
        self.visible_meeting(caller, record.meeting).await?;
        Ok(record)
    }

    /// A meeting the caller may manage.
    async fn managed_meeting(
        &self,
        caller: &Caller,
        id: MeetingId,
    ) -> AppResult<(Arc<GroupRecord>, Arc<MeetingRecord>)> {
        let (group, meeting) = self.visible_meeting(caller, id).await?;
        access::manage_meeting(&caller.viewer, group.id, &meeting.chair, &meeting.guests)?;
        Ok((group, meeting))
    }

    pub async fn meeting_detail(&self, caller: &Caller, id: MeetingId) -> AppResult<MeetingDetail> {
        let (group, meeting) = self.visible_meeting(caller, id).await?;
        let can_manage =
            access::manage_meeting(&caller.viewer, group.id, &meeting.chair, &meeting.guests)
                .is_ok();
        Ok(MeetingDetail {
            agenda: self.cached_agenda(caller, id).await?,
            attendance: self.cached_attendance(caller, id).await?,
            group,
            meeting,
            can_manage,
        })
    }

    /// The host the next meeting of a group defaults to.
    pub async fn next_host(&self, group: &GroupRecord) -> AppResult<Option<PartyCode>> {
        let last = self.store.last_host(group.id).await?;
        Ok(next_host(&group.rotation, last.as_ref()).cloned())
    }

    pub async fn plan_meeting(
        &self,
        caller: &Caller,
        code: &str,
        plan: MeetingPlan,
    ) -> AppResult<MeetingRecord> {
        let group = self.group_for(caller, code).await?;
        let default_host = self.next_host(&group).await?;
        let host = plan.host.clone().or(default_host).ok_or_else(|| {
            AppError::Invalid(ValidationErrors::single(
                "host",
                Message::new("error-meeting-no-rotation"),
            ))
        })?;
        let chair = plan.chair.clone().unwrap_or_else(|| host.clone());
        check_parties(&group, &host, &chair, &plan.guests)?;
        access::manage_meeting(&caller.viewer, group.id, &chair, &plan.guests)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let new = NewMeeting {
            group: group.id,
            format: plan.format,
            host,
            chair,
            city: plan.city,
            venue: plan.venue,
            schedule: plan.schedule,
            time_zone: plan.time_zone,
            guests: plan.guests,
        };
        let (id, ordinal) = tx.insert_meeting(&new, now).await?;
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::MeetingCreate,
            ObjectRef::Meeting(id),
            meeting_payload(&new, ordinal),
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(self.store.meeting(id).await?)
    }

    pub async fn change_meeting(
        &self,
        caller: &Caller,
        id: MeetingId,
        change: MeetingChange,
    ) -> AppResult<MeetingRecord> {
        let (group, meeting) = self.managed_meeting(caller, id).await?;
        let mut meeting = MeetingRecord::clone(&meeting);
        let changes_details = change.host.is_some()
            || change.chair.is_some()
            || change.city.is_some()
            || change.venue.is_some()
            || change.schedule.is_some()
            || change.time_zone.is_some()
            || change.guests.is_some();
        if changes_details && !meeting.status.is_open() {
            return Err(AppError::Conflict(
                Message::new("error-meeting-is-history").with("status", meeting.status.as_str()),
            ));
        }
        let mut payload = Payload::new();
        if let Some(status) = change.status {
            meeting.status = meeting
                .status
                .transition_to(status)
                .map_err(|refusal| AppError::Conflict(refusal.message()))?;
            payload = payload.with("status", status);
        }
        if let Some(host) = change.host {
            payload = payload.with("host", &host);
            meeting.host = host;
        }
        if let Some(chair) = change.chair {
            payload = payload.with("chair", &chair);
            meeting.chair = chair;
        }
        if let Some(city) = change.city {
            payload = payload.with("city", &city);
            meeting.city = city;
        }
        if let Some(venue) = change.venue {
            payload = payload.with("venue", &venue);
            meeting.venue = venue;
        }
        if let Some(schedule) = change.schedule {
            payload = payload
                .with("starts_at", rfc3339_utc(schedule.starts_at()))
                .with("ends_at", rfc3339_utc(schedule.ends_at()));
            meeting.schedule = schedule;
        }
        if let Some(zone) = change.time_zone {
            payload = payload.with("time_zone", &zone);
            meeting.time_zone = zone;
        }
        if let Some(guests) = change.guests {
            payload = payload.with("guests", join(&guests));
            meeting.guests = guests;
        }
        if payload == Payload::new() {
            return Err(
                ValidationErrors::single("body", Message::new("error-nothing-to-change")).into(),
            );
        }
        check_parties(&group, &meeting.host, &meeting.chair, &meeting.guests)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.update_meeting(&meeting).await?;
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::MeetingUpdate,
            ObjectRef::Meeting(id),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(self.store.meeting(id).await?)
    }

    pub async fn add_agenda_item(
        &self,
        caller: &Caller,
        id: MeetingId,
        title: Label,
        description: Note,
    ) -> AppResult<AgendaItemId> {
        let (group, meeting) = self.editable_meeting(caller, id).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let item = tx
            .insert_agenda_item(meeting.id, &title, &description)
            .await?;
        let payload = Payload::new()
            .with("meeting", id)
            .with("title", &title)
            .with("description", &description);
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AgendaAdd,
            ObjectRef::AgendaItem(item),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(item)
    }

    pub async fn edit_agenda_item(
        &self,
        caller: &Caller,
        item: AgendaItemId,
        title: Label,
        description: Note,
    ) -> AppResult<()> {
        let existing = self.store.agenda_item(item).await?;
        let (group, _) = self.editable_meeting(caller, existing.meeting).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.update_agenda_item(item, &title, &description).await?;
        let payload = Payload::new()
            .with("title", &title)
            .with("description", &description);
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AgendaEdit,
            ObjectRef::AgendaItem(item),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_agenda_item(
        &self,
        caller: &Caller,
        item: AgendaItemId,
    ) -> AppResult<MeetingId> {
        let existing = self.store.agenda_item(item).await?;
        let (group, meeting) = self.editable_meeting(caller, existing.meeting).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.delete_agenda_item(item).await?;
        let payload = Payload::new().with("title", &existing.title);
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AgendaRemove,
            ObjectRef::AgendaItem(item),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(meeting.id)
    }

    /// Moves an agenda item one place up or down; at either end it stays where it is.
    pub async fn move_agenda_item(
        &self,
        caller: &Caller,
        item: AgendaItemId,
        direction: Move,
    ) -> AppResult<MeetingId> {
        let existing = self.store.agenda_item(item).await?;
        let mut order: Vec<AgendaItemId> = self
            .store
            .agenda(existing.meeting)
            .await?
            .iter()
            .map(|i| i.id)
            .collect();
        let index = order
            .iter()
            .position(|id| *id == item)
            .ok_or(AppError::NotFound)?;
        let target = match direction {
            Move::Up => index.checked_sub(1),
            Move::Down => Some(index + 1).filter(|next| *next < order.len()),
        };
        if let Some(target) = target {
            order.swap(index, target);
        }
        self.reorder_agenda(caller, existing.meeting, order).await?;
        Ok(existing.meeting)
    }

    /// Puts the whole agenda in a new order; `order` must name every item once.
    pub async fn reorder_agenda(
        &self,
        caller: &Caller,
        id: MeetingId,
        order: Vec<AgendaItemId>,
    ) -> AppResult<()> {
        let (group, _) = self.editable_meeting(caller, id).await?;
        let mut current: Vec<AgendaItemId> =
            self.store.agenda(id).await?.iter().map(|i| i.id).collect();
        let mut proposed = order.clone();
        current.sort();
        proposed.sort();
        if current != proposed {
            return Err(ValidationErrors::single(
                "items",
                Message::new("error-meeting-agenda-order-incomplete"),
            )
            .into());
        }
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.reorder_agenda(&order).await?;
        let listed: Vec<String> = order.iter().map(|id| id.to_string()).collect();
        let payload = Payload::new().with("order", listed.join(","));
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AgendaReorder,
            ObjectRef::Meeting(id),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn record_attendance(
        &self,
        caller: &Caller,
        id: MeetingId,
        party: PartyCode,
        name: Label,
        title: String,
    ) -> AppResult<AttendanceId> {
        let (group, meeting) = self.managed_meeting(caller, id).await?;
        if meeting.status == MeetingStatus::Cancelled {
            return Err(AppError::Conflict(Message::new(
                "error-meeting-cancelled-no-attendance",
            )));
        }
        if group.party(&party).is_none() {
            return Err(ValidationErrors::single(
                "party",
                Message::new("error-group-not-a-party-of")
                    .with("party", &party)
                    .with("group", &group.code),
            )
            .into());
        }
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let entry = tx.insert_attendance(id, &party, &name, &title).await?;
        let payload = Payload::new()
            .with("meeting", id)
            .with("party", &party)
            .with("name", &name)
            .with("title", &title);
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AttendanceAdd,
            ObjectRef::Attendance(entry),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(entry)
    }

    pub async fn remove_attendance(
        &self,
        caller: &Caller,
        entry: AttendanceId,
    ) -> AppResult<MeetingId> {
        let (meeting, party) = self.store.attendance_entry(entry).await?;
        let (group, _) = self.managed_meeting(caller, meeting).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.delete_attendance(entry).await?;
        let payload = Payload::new()
            .with("meeting", meeting)
            .with("party", &party);
        tx.journal(self.meeting_entry(
            caller,
            &group,
            Action::AttendanceRemove,
            ObjectRef::Attendance(entry),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(meeting)
    }

    /// A meeting whose agenda may still change: managed by the caller and not history.
    async fn editable_meeting(
        &self,
        caller: &Caller,
        id: MeetingId,
    ) -> AppResult<(Arc<GroupRecord>, Arc<MeetingRecord>)> {
        let (group, meeting) = self.managed_meeting(caller, id).await?;
        if !meeting.status.is_open() {
            return Err(AppError::Conflict(
                Message::new("error-meeting-agenda-closed").with("status", meeting.status.as_str()),
            ));
        }
        Ok((group, meeting))
    }

    fn meeting_entry(
        &self,
        caller: &Caller,
        group: &GroupRecord,
        action: Action,
        object: ObjectRef,
        payload: Payload,
        now: Timestamp,
    ) -> NewEntry {
        NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Group(group.id),
            action,
            object,
            payload,
        }
    }
}

/// Host and chair must be members; guests must be the group's guest parties.
fn check_parties(
    group: &GroupRecord,
    host: &PartyCode,
    chair: &PartyCode,
    guests: &[PartyCode],
) -> AppResult<()> {
    let mut errors = ValidationErrors::new();
    let is_member = |code: &PartyCode| {
        group
            .party(code)
            .is_some_and(|p| p.standing == Standing::Member)
    };
    if !is_member(host) {
        errors.add(
            "host",
            Message::new("error-group-not-a-member-of")
                .with("party", host)
                .with("group", &group.code),
        );
    }
    if !is_member(chair) {
        errors.add(
            "chair",
            Message::new("error-group-not-a-member-of")
                .with("party", chair)
                .with("group", &group.code),
        );
    }
    for guest in guests {
        if group
            .party(guest)
            .is_none_or(|p| p.standing != Standing::Guest)
        {
            errors.add(
                "guests",
                Message::new("error-group-not-a-guest-of")
                    .with("party", guest)
                    .with("group", &group.code),
            );
        }
    }
    Ok(errors.into_result()?)
}

fn join(codes: &[PartyCode]) -> String {
    codes
        .iter()
        .map(PartyCode::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

fn meeting_payload(meeting: &NewMeeting, ordinal: u32) -> Payload {
    Payload::new()
        .with("format", meeting.format)
        .with("ordinal", ordinal)
        .with("host", &meeting.host)
        .with("chair", &meeting.chair)
        .with("city", &meeting.city)
        .with("venue", &meeting.venue)
        .with("starts_at", rfc3339_utc(meeting.schedule.starts_at()))
        .with("ends_at", rfc3339_utc(meeting.schedule.ends_at()))
        .with("time_zone", &meeting.time_zone)
        .with("guests", join(&meeting.guests))
}
