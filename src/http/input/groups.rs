//! A group's charter and settings, its delegations and an envoy's authorisations.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::groups::{GroupChange, Placement};
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::names::{GroupCode, Label, PartyCode, Username};
use crate::domain::role::{Role, Standing};
use crate::domain::time::{parse_instant, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::{given, object, whole};

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
