//! Meetings, their agenda and attendance.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::meetings::{MeetingChange, MeetingPlan};
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::message::Message;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::time::{local_to_instant, parse_instant, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::{given, whole};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingInput {
    /// envoys (default), senior_officials, experts, ministers, extraordinary.
    #[schema(value_type = Option<shape::MeetingFormatOrBlank>)]
    pub format: Option<String>,
    /// Omitted: the next party in rotation after the last meeting's host.
    #[schema(value_type = Option<shape::PartyCodeOrBlank>)]
    pub host: Option<String>,
    /// Omitted: the host.
    #[schema(value_type = Option<shape::PartyCodeOrBlank>)]
    pub chair: Option<String>,
    #[schema(value_type = shape::LabelText)]
    pub city: String,
    #[schema(value_type = shape::LabelText)]
    pub venue: String,
    /// RFC 3339 with offset.
    #[schema(value_type = shape::InstantText)]
    pub starts_at: String,
    /// RFC 3339 with offset, after `starts_at`.
    #[schema(value_type = shape::InstantText)]
    pub ends_at: String,
    /// The venue's IANA time zone (default: the group's).
    #[schema(value_type = Option<shape::ZoneNameOrBlank>)]
    pub time_zone: Option<String>,
    /// Codes of the guest parties invited (blank entries are skipped).
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeOrBlank>)]
    pub guests: Vec<String>,
}

/// A meeting's start and end, given either as instants (API) or as wall-clock times in the
/// venue's zone (forms).
pub enum ScheduleText<'a> {
    Instants(&'a str, &'a str),
    Local(&'a str, &'a str),
}

fn parse_schedule(
    text: ScheduleText<'_>,
    zone: Option<&ZoneName>,
    errors: &mut ValidationErrors,
) -> Option<Schedule> {
    let (starts, ends) = match text {
        ScheduleText::Instants(starts, ends) => (
            errors.check("starts_at", parse_instant(starts)),
            errors.check("ends_at", parse_instant(ends)),
        ),
        ScheduleText::Local(starts, ends) => {
            let zone = zone?;
            (
                errors.check("starts_at", local_to_instant(starts, zone)),
                errors.check("ends_at", local_to_instant(ends, zone)),
            )
        }
    };
    errors.check("ends_at", Schedule::new(starts?, ends?))
}

fn party_list(codes: &[String], field: &str, errors: &mut ValidationErrors) -> Vec<PartyCode> {
    codes
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .filter_map(|c| errors.check(field, PartyCode::parse(c)))
        .collect()
}

impl MeetingInput {
    pub fn parse(
        &self,
        group_zone: &ZoneName,
        local_times: bool,
    ) -> Result<MeetingPlan, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let format = errors.check(
            "format",
            given(&self.format).map_or(Ok(MeetingFormat::Envoys), str::parse),
        );
        let host = given(&self.host).map(|h| errors.check("host", PartyCode::parse(h)));
        let chair = given(&self.chair).map(|c| errors.check("chair", PartyCode::parse(c)));
        let city = errors.check("city", Label::parse(&self.city));
        let venue = errors.check("venue", Label::parse(&self.venue));
        let time_zone = errors.check(
            "time_zone",
            given(&self.time_zone).map_or(Ok(group_zone.clone()), ZoneName::parse),
        );
        let text = if local_times {
            ScheduleText::Local(&self.starts_at, &self.ends_at)
        } else {
            ScheduleText::Instants(&self.starts_at, &self.ends_at)
        };
        let schedule = parse_schedule(text, time_zone.as_ref(), &mut errors);
        let guests = party_list(&self.guests, "guests", &mut errors);
        match (format, city, venue, time_zone, schedule) {
            (Some(format), Some(city), Some(venue), Some(time_zone), Some(schedule))
                if errors.is_empty() =>
            {
                Ok(MeetingPlan {
                    format,
                    host: host.flatten(),
                    chair: chair.flatten(),
                    city,
                    venue,
                    schedule,
                    time_zone,
                    guests,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingPatchInput {
    #[schema(value_type = Option<shape::PartyCodeOrBlank>)]
    pub host: Option<String>,
    #[schema(value_type = Option<shape::PartyCodeOrBlank>)]
    pub chair: Option<String>,
    #[schema(value_type = Option<shape::LabelText>)]
    pub city: Option<String>,
    #[schema(value_type = Option<shape::LabelText>)]
    pub venue: Option<String>,
    /// RFC 3339 with offset; give both or neither.
    #[schema(value_type = Option<shape::InstantOrBlank>)]
    pub starts_at: Option<String>,
    #[schema(value_type = Option<shape::InstantOrBlank>)]
    pub ends_at: Option<String>,
    #[schema(value_type = Option<shape::ZoneNameOrBlank>)]
    pub time_zone: Option<String>,
    #[schema(value_type = Option<Vec<shape::PartyCodeOrBlank>>)]
    pub guests: Option<Vec<String>>,
    /// planned, convened, concluded or cancelled (allowed moves only).
    #[schema(value_type = Option<shape::MeetingStatusOrBlank>)]
    pub status: Option<String>,
}

impl MeetingPatchInput {
    pub fn parse(
        &self,
        current_zone: &ZoneName,
        local_times: bool,
    ) -> Result<MeetingChange, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let optional_label =
            |field: &str, value: &Option<String>, errors: &mut ValidationErrors| {
                value
                    .as_ref()
                    .and_then(|v| errors.check(field, Label::parse(v)))
            };
        let time_zone =
            given(&self.time_zone).and_then(|z| errors.check("time_zone", ZoneName::parse(z)));
        let schedule = match (given(&self.starts_at), given(&self.ends_at)) {
            (Some(starts), Some(ends)) => {
                let zone = time_zone.clone().unwrap_or_else(|| current_zone.clone());
                let text = if local_times {
                    ScheduleText::Local(starts, ends)
                } else {
                    ScheduleText::Instants(starts, ends)
                };
                parse_schedule(text, Some(&zone), &mut errors)
            }
            (None, None) => None,
            _ => {
                errors.add("ends_at", Message::new("error-meeting-start-and-end"));
                None
            }
        };
        let change = MeetingChange {
            host: given(&self.host).and_then(|h| errors.check("host", PartyCode::parse(h))),
            chair: given(&self.chair).and_then(|c| errors.check("chair", PartyCode::parse(c))),
            city: optional_label("city", &self.city, &mut errors),
            venue: optional_label("venue", &self.venue, &mut errors),
            schedule,
            time_zone,
            guests: self
                .guests
                .as_ref()
                .map(|g| party_list(g, "guests", &mut errors)),
            status: given(&self.status)
                .and_then(|s| errors.check("status", s.parse::<MeetingStatus>())),
        };
        errors.into_result().map(|()| change)
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItemInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    #[serde(default)]
    #[schema(value_type = shape::NoteText)]
    pub description: String,
}

impl AgendaItemInput {
    pub fn parse(&self) -> Result<(Label, Note), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", Label::parse(&self.title));
        let description = errors.check("description", Note::parse(&self.description));
        match (title, description) {
            (Some(title), Some(description)) => Ok((title, description)),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaOrderInput {
    /// Every agenda item id of the meeting, in the new order.
    #[serde(deserialize_with = "whole::vec_i64")]
    pub items: Vec<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    #[schema(value_type = shape::LabelText)]
    pub name: String,
    #[serde(default)]
    #[schema(value_type = shape::TitleText)]
    pub title: String,
}

impl AttendanceInput {
    pub fn parse(&self) -> Result<(PartyCode, Label, String), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let party = errors.check("party", PartyCode::parse(&self.party));
        let name = errors.check("name", Label::parse(&self.name));
        let title = errors.check("title", Label::parse_optional(&self.title));
        match (party, name, title) {
            (Some(party), Some(name), Some(title)) if errors.is_empty() => Ok((
                party,
                name,
                title.map(|title| title.to_string()).unwrap_or_default(),
            )),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::ZoneName;

    #[test]
    fn a_meeting_with_bad_fields_reports_each_of_them() {
        let input = MeetingInput {
            format: Some("summit".into()),
            host: Some("kz".into()),
            chair: None,
            city: "".into(),
            venue: "MFA".into(),
            starts_at: "2026-03-01T10:00:00Z".into(),
            ends_at: "2026-03-01T09:00:00Z".into(),
            time_zone: None,
            guests: vec![],
        };
        let errors = input.parse(&ZoneName::utc(), false).expect_err("invalid");
        let fields: Vec<&str> = errors.fields().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["format", "host", "city", "ends_at"]);
    }

    #[test]
    fn form_times_are_read_in_the_venues_zone() {
        let input = MeetingInput {
            format: None,
            host: None,
            chair: None,
            city: "Bishkek".into(),
            venue: "MFA".into(),
            starts_at: "2026-12-10T10:00".into(),
            ends_at: "2026-12-10T17:00".into(),
            time_zone: Some("Asia/Bishkek".into()),
            guests: vec![],
        };
        let plan = input.parse(&ZoneName::utc(), true).expect("valid");
        assert_eq!(
            crate::domain::time::rfc3339_utc(plan.schedule.starts_at()),
            "2026-12-10T04:00:00Z"
        );
    }
}
