//! Meetings as iCalendar (RFC 5545), for calendar clients: one meeting, or a person's feed of
//! every meeting they may see, reached by a secret address since clients cannot sign in.

use jiff::Timestamp;

use super::{App, AppError, AppResult};
use crate::app::auth::secret_hash;
use crate::domain::access;
use crate::domain::meeting::{meeting_name, MeetingStatus};
use crate::store::{GroupRecord, MeetingRecord};

/// One meeting as a VEVENT.
pub fn event(group: &GroupRecord, meeting: &MeetingRecord, host_name: &str) -> String {
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:meeting-{}-{}@majlis", group.code, meeting.id),
        format!("DTSTART:{}", ical_time(meeting.schedule.starts_at())),
        format!("DTEND:{}", ical_time(meeting.schedule.ends_at())),
        format!(
            "SUMMARY:{}",
            escape(&format!(
                "{}: {}",
                group.name,
                meeting_name(meeting.format, meeting.ordinal)
            ))
        ),
        format!(
            "LOCATION:{}",
            escape(&format!("{}, {}", meeting.venue, meeting.city))
        ),
        format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "Hosted by {host_name}; chair {}. Venue time zone {}.",
                meeting.chair, meeting.time_zone
            ))
        ),
        format!(
            "STATUS:{}",
            match meeting.status {
                MeetingStatus::Cancelled => "CANCELLED",
                MeetingStatus::Planned => "TENTATIVE",
                _ => "CONFIRMED",
            }
        ),
        "END:VEVENT".to_owned(),
    ];
    lines.iter_mut().for_each(|line| *line = fold(line));
    lines.join("\r\n")
}

/// A whole calendar around some events.
pub fn calendar(name: &str, events: &[String]) -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Majlis//Meetings//EN\r\nCALSCALE:GREGORIAN\r\n");
    text.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(name))));
    text.push_str("\r\n");
    for event in events {
        text.push_str(event);
        text.push_str("\r\n");
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

fn ical_time(instant: Timestamp) -> String {
    instant.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a UTF-8 character.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for ch in line.chars() {
        let size = ch.len_utf8();
        if width + size > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(ch);
        width += size;
    }
    folded
}

impl App {
    /// Every meeting the owner of a calendar token may see, in every group of theirs.
    pub async fn calendar_feed(&self, token: &str) -> AppResult<String> {
        let account = self
            .store
            .user_by_calendar_token(&secret_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let caller = self.caller(account.id).await?;
        let mut events = Vec::new();
        for group in self.groups_for(&caller).await? {
            for meeting in self.store.meetings_of_group(group.id).await? {
                if access::see_meeting(&caller.viewer, group.id, &meeting.guests).is_ok() {
                    let host = group
                        .party(&meeting.host)
                        .map(|p| p.name.to_string())
                        .unwrap_or_default();
                    events.push(event(&group, &meeting, &host));
                }
            }
        }
        Ok(calendar(
            &format!("Majlis: meetings of {}", account.display_name),
            &events,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_breaking_characters() {
        let line = format!("SUMMARY:{}", "Ташкент ".repeat(20));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_escape_separators() {
        assert_eq!(
            escape("Tashkent, MFA; room 1\nfloor 2"),
            "Tashkent\\, MFA\\; room 1\\nfloor 2"
        );
    }
}
