//! Meetings as iCalendar (RFC 5545), for calendar clients: one meeting, or a person's feed of
//! every meeting they may see, reached by a secret address since clients cannot sign in. The
//! `icalendar` crate writes the format (escaping, folding, the required properties); this
//! module only says what a meeting is as an event.

use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use jiff::Timestamp;

use super::{App, AppError, AppResult, Caller};
use crate::app::auth::secret_hash;
use crate::domain::access;
use crate::domain::ids::MeetingId;
use crate::domain::meeting::{meeting_name, MeetingStatus};
use crate::store::{GroupRecord, MeetingRecord};

/// The product identifier every file carries (RFC 5545 §3.7.3).
const PRODUCT: &str = "-//Majlis//Meetings//EN";

/// One meeting as a VEVENT. `stamped_at` is when this copy is made (DTSTAMP, which RFC 5545
/// requires in every event): the server's clock at the request.
pub fn event(
    group: &GroupRecord,
    meeting: &MeetingRecord,
    host_name: &str,
    stamped_at: Timestamp,
) -> Event {
    Event::new()
        .uid(&format!("meeting-{}-{}@majlis", group.code, meeting.id))
        .timestamp(utc(stamped_at))
        .starts(utc(meeting.schedule.starts_at()))
        .ends(utc(meeting.schedule.ends_at()))
        .summary(&format!(
            "{}: {}",
            group.name,
            meeting_name(meeting.format, meeting.ordinal)
        ))
        .location(&format!("{}, {}", meeting.venue, meeting.city))
        .description(&format!(
            "Hosted by {host_name}; chair {}. Venue time zone {}.",
            meeting.chair, meeting.time_zone
        ))
        .status(match meeting.status {
            MeetingStatus::Cancelled => EventStatus::Cancelled,
            MeetingStatus::Planned => EventStatus::Tentative,
            MeetingStatus::Convened | MeetingStatus::Concluded => EventStatus::Confirmed,
        })
        .done()
}

/// A whole calendar around some events, as the text of an `.ics` file.
pub fn calendar(name: &str, events: Vec<Event>) -> String {
    // `Calendar::new` would name the crate as the product; `NAME` (RFC 7986) is left out
    // because the crate writes it unescaped, and X-WR-CALNAME is what clients read.
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODUCT))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("X-WR-CALNAME", name));
    calendar.extend(events);
    calendar.to_string()
}

/// An instant as the crate's UTC date-time (written `YYYYMMDDTHHMMSSZ`).
fn utc(instant: Timestamp) -> chrono::DateTime<chrono::Utc> {
    // Every jiff instant (years -9999 to 9999) lies within chrono's range.
    chrono::DateTime::from_timestamp_micros(instant.as_microsecond()).unwrap_or_default()
}

fn host_name(group: &GroupRecord, meeting: &MeetingRecord) -> String {
    group
        .party(&meeting.host)
        .map(|p| p.name.to_string())
        .unwrap_or_default()
}

impl App {
    /// One meeting the caller may see, as an iCalendar file.
    pub async fn meeting_calendar(&self, caller: &Caller, id: MeetingId) -> AppResult<String> {
        let detail = self.meeting_detail(caller, id).await?;
        let event = event(
            &detail.group,
            &detail.meeting,
            &host_name(&detail.group, &detail.meeting),
            self.now(),
        );
        Ok(calendar(
            &format!("{}: {}", detail.group.name, detail.name()),
            vec![event],
        ))
    }

    /// Every meeting the owner of a calendar token may see, in every group of theirs.
    pub async fn calendar_feed(&self, token: &str) -> AppResult<String> {
        let account = self
            .store
            .user_by_calendar_token(&secret_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let caller = self.caller(account.id).await?;
        let now = self.now();
        let mut events = Vec::new();
        for group in self.groups_for(&caller).await? {
            for meeting in self.store.meetings_of_group(group.id).await? {
                if access::see_meeting(&caller.viewer, group.id, &meeting.guests).is_ok() {
                    events.push(event(&group, &meeting, &host_name(&group, &meeting), now));
                }
            }
        }
        Ok(calendar(
            &format!("Majlis: meetings of {}", account.display_name),
            events,
        ))
    }
}
