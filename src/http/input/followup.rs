//! Follow-through: the parts every marked record shares (its marking, a source, money), the
//! group's tracks, and agreements.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::followup::engagements::EngagementDraft;
use crate::domain::agreement::{AgreementCount, AgreementDraft, AgreementStatus};
use crate::domain::engagement::{Engagement, DEFAULT_DISTRIBUTION};
use crate::domain::figures::{Currency, Money, Source};
use crate::domain::marking::{Classification, Distribution, MarkingChoice};
use crate::domain::message::Message;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::role::UnknownVariant;
use crate::domain::track::{Track, TrackCode};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::{given, whole};

/// The marking chosen for a record (DOMAIN.md §2) from its `distribution`, `classification`
/// and `listed` fields, `default` when no distribution is given. Each input declares the three
/// fields itself: serde's `flatten` cannot be combined with `deny_unknown_fields`.
pub fn marking_choice(
    distribution: &Option<String>,
    classification: &Option<String>,
    listed: &[String],
    default: Distribution,
    errors: &mut ValidationErrors,
) -> Option<MarkingChoice> {
    let distribution = given(distribution).map_or(Ok(default), str::parse::<Distribution>);
    chosen_marking(distribution, classification, listed, errors)
}

/// The same for a record whose distribution must be given (a paper).
pub fn required_marking(
    distribution: &str,
    classification: &Option<String>,
    listed: &[String],
    errors: &mut ValidationErrors,
) -> Option<MarkingChoice> {
    chosen_marking(distribution.trim().parse(), classification, listed, errors)
}

fn chosen_marking(
    distribution: Result<Distribution, UnknownVariant>,
    classification: &Option<String>,
    listed: &[String],
    errors: &mut ValidationErrors,
) -> Option<MarkingChoice> {
    let distribution = errors.check("distribution", distribution);
    let classification = errors.check(
        "classification",
        given(classification).map_or(Ok(Classification::Unclassified), str::parse),
    );
    let listed: Vec<PartyCode> = listed
        .iter()
        .filter_map(|code| errors.check("listed", PartyCode::parse(code)))
        .collect();
    Some(MarkingChoice {
        distribution: distribution?,
        classification: classification?,
        listed,
    })
}

/// Where a figure or an agreement comes from.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceInput {
    /// How a reader would cite it, e.g. "Astana Times".
    #[schema(value_type = shape::LabelText)]
    pub citation: String,
    #[schema(value_type = Option<shape::UrlOrBlank>)]
    pub url: Option<String>,
}

impl SourceInput {
    pub fn parse(&self, field: &str, errors: &mut ValidationErrors) -> Option<Source> {
        errors.check_all(Source::parse(field, &self.citation, given(&self.url)))
    }
}

/// An amount of money: whole minor units (cents for USD) and its currency.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoneyInput {
    /// Minor units, e.g. 250000000000 for USD 2.5 bn.
    #[serde(deserialize_with = "whole::i64")]
    pub amount_minor: i64,
    #[schema(value_type = shape::CurrencyText)]
    pub currency: String,
}

impl MoneyInput {
    pub fn parse(&self, field: &str, errors: &mut ValidationErrors) -> Option<Money> {
        let currency = errors.check(
            &format!("{field}.currency"),
            Currency::parse(&self.currency),
        )?;
        errors.check(
            &format!("{field}.amount_minor"),
            Money::new(self.amount_minor, currency),
        )
    }
}

/// A group's tracks, in order.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TracksInput {
    #[serde(deserialize_with = "super::object::objects")]
    pub tracks: Vec<TrackInput>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackInput {
    #[schema(value_type = shape::TrackCodeText)]
    pub code: String,
    #[schema(value_type = shape::LabelText)]
    pub name: String,
}

impl TracksInput {
    pub fn parse(&self) -> Result<Vec<Track>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let tracks: Vec<Track> = self
            .tracks
            .iter()
            .enumerate()
            .filter_map(|(n, track)| {
                let code =
                    errors.check(&format!("tracks[{n}].code"), TrackCode::parse(&track.code));
                let name = errors.check(&format!("tracks[{n}].name"), Label::parse(&track.name));
                Some(Track {
                    code: code?,
                    name: name?,
                })
            })
            .collect();
        errors.into_result()?;
        Ok(tracks)
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    /// The group's party that signed.
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    /// Whom it signed with, e.g. AF.
    #[schema(value_type = shape::PartyCodeText)]
    pub counterpart: String,
    #[schema(value_type = shape::TrackCodeText)]
    pub track: String,
    #[schema(value_type = shape::DateText)]
    pub signed_on: String,
    #[schema(value_type = shape::LabelText)]
    pub place: String,
    /// How many agreements this entry stands for (default 1).
    #[serde(default, deserialize_with = "whole::option_i64")]
    #[schema(minimum = 1, maximum = 4294967295_i64)]
    pub count: Option<i64>,
    #[serde(default, deserialize_with = "super::object::optional_object")]
    #[schema(value_type = MoneyInput)]
    pub value: Option<MoneyInput>,
    #[schema(value_type = shape::AgreementStatusName)]
    pub status: String,
    #[serde(deserialize_with = "super::object::object")]
    pub source: SourceInput,
    /// group (default), public, members, listed or national.
    #[schema(value_type = Option<shape::DistributionOrBlank>)]
    pub distribution: Option<String>,
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
}

impl AgreementInput {
    pub fn parse(&self) -> Result<AgreementDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", Label::parse(&self.title));
        let party = errors.check("party", PartyCode::parse(&self.party));
        let counterpart = errors.check("counterpart", PartyCode::parse(&self.counterpart));
        let track = errors.check("track", TrackCode::parse(&self.track));
        let signed_on = errors.check("signed_on", date(&self.signed_on));
        let place = errors.check("place", Label::parse(&self.place));
        let count = errors.check(
            "count",
            self.count
                .map_or(Ok(AgreementCount::default()), AgreementCount::new),
        );
        let value = match &self.value {
            Some(value) => value.parse("value", &mut errors).map(Some),
            None => Some(None),
        };
        let status = errors.check(
            "status",
            AgreementStatus::parse(self.status.trim()).ok_or(UnknownVariant(
                "signed, in_force, implemented, stalled, terminated",
            )),
        );
        let source = self.source.parse("source", &mut errors);
        let marking = marking_choice(
            &self.distribution,
            &self.classification,
            &self.listed,
            Distribution::Group,
            &mut errors,
        );
        let draft = (|| {
            Some(AgreementDraft {
                title: title?,
                party: party?,
                counterpart: counterpart?,
                track: track?,
                signed_on: signed_on?,
                place: place?,
                count: count?,
                value: value?,
                status: status?,
                source: source?,
                marking: marking?,
            })
        })();
        match draft {
            Some(draft) if errors.is_empty() => Ok(draft),
            _ => Err(errors),
        }
    }
}

/// A calendar day, `YYYY-MM-DD`, that exists.
pub fn date(text: &str) -> Result<jiff::civil::Date, Message> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(Message::new("error-date-shape"));
    }
    text.parse()
        .map_err(|_| Message::new("error-date-not-in-calendar"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EngagementInput {
    /// The recording delegation's own party.
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    /// The day of the contact.
    #[schema(value_type = shape::DateText)]
    pub date: String,
    #[schema(value_type = shape::LabelText)]
    pub place: String,
    /// The level of the contact, e.g. "special representative".
    #[schema(value_type = shape::LabelText)]
    pub level: String,
    /// Whom the delegation met, e.g. "Ministry of Commerce and Industry, Kabul".
    #[schema(value_type = shape::LabelText)]
    pub counterpart: String,
    #[schema(value_type = Vec<shape::TrackCodeText>)]
    pub tracks: Vec<String>,
    #[schema(value_type = shape::StatementText)]
    pub summary: String,
    #[schema(value_type = Option<shape::NoteText>)]
    pub follow_up: Option<String>,
    /// national (default): the party's own delegation only; or a wider distribution.
    #[schema(value_type = Option<shape::DistributionOrBlank>)]
    pub distribution: Option<String>,
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
}

impl EngagementInput {
    pub fn parse(&self) -> Result<EngagementDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let party = errors.check("party", PartyCode::parse(&self.party));
        let held_on = errors.check("date", date(&self.date));
        let place = errors.check("place", Label::parse(&self.place));
        let level = errors.check("level", Label::parse(&self.level));
        let counterpart = errors.check("counterpart", Label::parse(&self.counterpart));
        let tracks: Vec<TrackCode> = self
            .tracks
            .iter()
            .filter_map(|t| errors.check("tracks", TrackCode::parse(t)))
            .collect();
        let summary = errors.check("summary", Note::parse(&self.summary));
        if summary
            .as_ref()
            .is_some_and(|s| s.as_str().trim().is_empty())
        {
            errors.add("summary", Message::new("error-engagement-summary-missing"));
        }
        let follow_up = match given(&self.follow_up) {
            Some(text) => errors.check("follow_up", Note::parse(text)).map(Some),
            None => Some(None),
        };
        let marking = marking_choice(
            &self.distribution,
            &self.classification,
            &self.listed,
            DEFAULT_DISTRIBUTION,
            &mut errors,
        );
        let draft = (|| {
            let marking = marking?;
            Some(EngagementDraft {
                engagement: Engagement {
                    party: party?,
                    date: held_on?,
                    place: place?,
                    level: level?,
                    counterpart: counterpart?,
                    tracks,
                    summary: summary?,
                    follow_up: follow_up?,
                    distribution: marking.distribution,
                },
                marking,
            })
        })();
        match draft {
            Some(draft) if errors.is_empty() => Ok(draft),
            _ => Err(errors),
        }
    }
}

/// A wider marking for a record.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WidenInput {
    #[schema(value_type = shape::DistributionName)]
    pub distribution: String,
    /// Omitted: unclassified.
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
}

impl WidenInput {
    pub fn parse(&self) -> Result<MarkingChoice, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let distribution = Some(self.distribution.clone());
        let choice = marking_choice(
            &distribution,
            &self.classification,
            &self.listed,
            DEFAULT_DISTRIBUTION,
            &mut errors,
        );
        match choice {
            Some(choice) if errors.is_empty() => Ok(choice),
            _ => Err(errors),
        }
    }
}
