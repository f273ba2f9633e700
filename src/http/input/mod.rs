//! What clients send, as the JSON API and the web forms both accept it, and how each input is
//! parsed into domain types with one message per bad field. JSON bodies reject unknown fields.

pub mod object;
pub mod texts;
pub mod whole;

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::groups::{GroupChange, Placement};
use crate::app::meetings::{MeetingChange, MeetingPlan};
use crate::app::users::AccountRequest;
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::marking::Classification;
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::names::{GroupCode, Label, Note, PartyCode, Username};
use crate::domain::password::NewPassword;
use crate::domain::role::{Role, Standing};
use crate::domain::time::{local_to_instant, parse_instant, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

/// An optional text field: absent and blank mean "not given".
pub(crate) fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInInput {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenInput {
    /// What the token is for, e.g. "nightly export".
    #[schema(value_type = shape::LabelText)]
    pub name: String,
}

impl TokenInput {
    pub fn parse(&self) -> Result<Label, ValidationErrors> {
        Label::parse(&self.name).map_err(|e| ValidationErrors::single("name", e.to_string()))
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserInput {
    #[schema(value_type = shape::UsernameText)]
    pub username: String,
    #[schema(value_type = shape::PasswordText)]
    pub password: String,
    #[schema(value_type = shape::LabelText)]
    pub display_name: String,
    #[serde(default)]
    pub is_admin: bool,
    /// unclassified, restricted or confidential (default unclassified).
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub clearance: Option<String>,
    /// IANA time zone (default UTC).
    #[schema(value_type = Option<shape::ZoneNameOrBlank>)]
    pub time_zone: Option<String>,
}

impl UserInput {
    pub fn parse(&self) -> Result<AccountRequest, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check("username", Username::parse(&self.username));
        // The person's own names are what a guesser of this account tries first.
        let password = errors.check(
            "password",
            NewPassword::parse(
                &self.password,
                &[self.username.trim(), self.display_name.trim()],
            ),
        );
        let display_name = errors.check("display_name", Label::parse(&self.display_name));
        let clearance = errors.check(
            "clearance",
            given(&self.clearance).map_or(Ok(Classification::Unclassified), str::parse),
        );
        let time_zone = errors.check(
            "time_zone",
            given(&self.time_zone).map_or(Ok(ZoneName::utc()), ZoneName::parse),
        );
        match (username, password, display_name, clearance, time_zone) {
            (
                Some(username),
                Some(password),
                Some(display_name),
                Some(clearance),
                Some(time_zone),
            ) => {
                errors.into_result()?;
                Ok(AccountRequest {
                    username,
                    display_name,
                    password,
                    is_admin: self.is_admin,
                    clearance,
                    time_zone,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordInput {
    #[schema(value_type = shape::PasswordText)]
    pub password: String,
}

/// A person's change of their own password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnPasswordInput {
    pub current_password: String,
    /// At least 12 characters and not easy to guess (nor built from one's own names).
    pub new_password: String,
}

/// A party of a group, as a group is founded with it or as it joins later.
// Named apart from `texts::PartyInput` (`{ party }`) so that the document does not mix the two.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = GroupPartyInput)]
#[serde(deny_unknown_fields)]
pub struct PartyInput {
    /// ISO 3166-1 alpha-2 for a state, e.g. "KZ".
    #[schema(value_type = shape::PartyCodeText)]
    pub code: String,
    #[schema(value_type = shape::LabelText)]
    pub name: String,
    /// member, observer or guest.
    #[schema(value_type = shape::StandingName)]
    pub standing: String,
}

impl PartyInput {
    /// A party on its own (`POST /api/v1/groups/{code}/parties`), fields named plainly.
    pub fn parse(&self) -> Result<GroupParty, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", PartyCode::parse(&self.code));
        let name = errors.check("name", Label::parse(&self.name));
        let standing = errors.check("standing", self.standing.parse::<Standing>());
        match (code, name, standing) {
            (Some(code), Some(name), Some(standing)) => Ok(GroupParty {
                code,
                name,
                standing,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsInput {
    /// Concurring parties needed to adopt; null for "more than half of the members".
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<u32>, minimum = 1)]
    pub quorum: Option<Option<u32>>,
    /// The shortest silence procedure, in hours (at most 90 days).
    #[serde(default, deserialize_with = "whole::option_u32")]
    #[schema(maximum = 2160)]
    pub min_silence_hours: Option<u32>,
}

/// Tells an explicit `null` (Some(None)) from an absent field (None).
fn double_option<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<u32>>, D::Error> {
    whole::option_u32(deserializer).map(Some)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    /// Short code used in document symbols, e.g. "CGA".
    #[schema(value_type = shape::GroupCodeText)]
    pub code: String,
    #[schema(value_type = shape::LabelText)]
    pub name: String,
    /// The working languages, by name (e.g. "English", "Russian").
    #[schema(value_type = Vec<shape::LabelText>, min_items = 1)]
    pub languages: Vec<String>,
    /// The secretariat's IANA time zone.
    #[schema(value_type = shape::ZoneNameText)]
    pub time_zone: String,
    #[serde(deserialize_with = "object::objects")]
    pub parties: Vec<PartyInput>,
    /// Member party codes in the order they host and chair.
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub rotation: Vec<String>,
    #[serde(default, deserialize_with = "object::object")]
    pub settings: SettingsInput,
}

impl GroupInput {
    pub fn parse(&self) -> Result<GroupCharter, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", GroupCode::parse(&self.code));
        let name = errors.check("name", Label::parse(&self.name));
        let time_zone = errors.check("time_zone", ZoneName::parse(&self.time_zone));
        let languages: Vec<Label> = self
            .languages
            .iter()
            .enumerate()
            .filter_map(|(i, l)| errors.check(&format!("languages[{i}]"), Label::parse(l)))
            .collect();
        let mut parties = Vec::new();
        for (i, party) in self.parties.iter().enumerate() {
            let code = errors.check(&format!("parties[{i}].code"), PartyCode::parse(&party.code));
            let name = errors.check(&format!("parties[{i}].name"), Label::parse(&party.name));
            let standing = errors.check(
                &format!("parties[{i}].standing"),
                party.standing.parse::<Standing>(),
            );
            if let (Some(code), Some(name), Some(standing)) = (code, name, standing) {
                parties.push(GroupParty {
                    code,
                    name,
                    standing,
                });
            }
        }
        let rotation: Vec<PartyCode> = self
            .rotation
            .iter()
            .enumerate()
            .filter_map(|(i, c)| errors.check(&format!("rotation[{i}]"), PartyCode::parse(c)))
            .collect();
        let defaults = GroupSettings::default();
        let settings = GroupSettings {
            quorum: self.settings.quorum.unwrap_or(defaults.quorum),
            min_silence_hours: self
                .settings
                .min_silence_hours
                .unwrap_or(defaults.min_silence_hours),
        };
        match (code, name, time_zone) {
            (Some(code), Some(name), Some(time_zone)) if errors.is_empty() => GroupCharter {
                code,
                name,
                languages,
                time_zone,
                parties,
                rotation,
                settings,
            }
            .check(),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupPatchInput {
    #[schema(value_type = Option<shape::LabelText>)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "object::object")]
    pub settings: SettingsInput,
}

impl GroupPatchInput {
    pub fn parse(&self) -> Result<GroupChange, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = match &self.name {
            Some(name) => errors.check("name", Label::parse(name)),
            None => None,
        };
        errors.into_result()?;
        Ok(GroupChange {
            name,
            quorum: self.settings.quorum,
            min_silence_hours: self.settings.min_silence_hours,
        })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationInput {
    #[schema(value_type = shape::UsernameText)]
    pub username: String,
    /// The party's code; empty or absent for the secretariat.
    #[schema(value_type = Option<shape::PartyCodeOrBlank>)]
    pub party: Option<String>,
    /// envoy, deputy, delegate, expert or secretariat.
    #[schema(value_type = shape::RoleName)]
    pub role: String,
    /// The person's title, e.g. "Special Representative for Afghanistan".
    #[schema(value_type = Option<shape::TitleText>)]
    pub title: Option<String>,
}

impl DelegationInput {
    pub fn parse(&self) -> Result<Placement, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check("username", Username::parse(&self.username));
        let party = match given(&self.party) {
            Some(code) => errors.check("party", PartyCode::parse(code)).map(Some),
            None => Some(None),
        };
        let role = errors.check("role", self.role.trim().parse::<Role>());
        let title = errors.check(
            "title",
            Label::parse_optional(self.title.as_deref().unwrap_or_default()),
        );
        match (username, party, role, title) {
            (Some(username), Some(party), Some(role), Some(title)) if errors.is_empty() => {
                Ok(Placement {
                    username,
                    party,
                    role,
                    title: title.map(|title| title.to_string()).unwrap_or_default(),
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationRemoveInput {
    #[schema(value_type = shape::UsernameText)]
    pub username: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorisationInput {
    /// The deputy's username.
    #[schema(value_type = shape::UsernameText)]
    pub deputy: String,
    /// RFC 3339 instant until which the deputy may act, e.g. "2026-12-31T18:00:00Z".
    #[schema(value_type = shape::InstantText)]
    pub until: String,
}

impl AuthorisationInput {
    pub fn parse(&self) -> Result<(Username, jiff::Timestamp), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let deputy = errors.check("deputy", Username::parse(&self.deputy));
        let until = errors.check("until", parse_instant(&self.until));
        match (deputy, until) {
            (Some(deputy), Some(until)) => Ok((deputy, until)),
            _ => Err(errors),
        }
    }
}

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
                errors.add("ends_at", "give both the start and the end");
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
