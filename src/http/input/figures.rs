//! Indicators, their observations and targets.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::domain::figures::{
    exact_decimal, Flow, IndicatorCode, IndicatorDraft, ObservationDraft, Period, TargetDraft,
};
use crate::domain::marking::Distribution;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::role::UnknownVariant;
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::followup::{date, marking_choice, SourceInput};
use super::given;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorInput {
    #[schema(value_type = shape::TrackCodeText)]
    pub code: String,
    #[schema(value_type = shape::LabelText)]
    pub name: String,
    /// What one unit is, e.g. USD.
    #[schema(value_type = shape::LabelText)]
    pub unit: String,
    /// exports, imports or turnover: a flow over time, whose parts add up.
    #[schema(value_type = Option<shape::FlowName>)]
    pub flow: Option<String>,
}

impl IndicatorInput {
    pub fn parse(&self) -> Result<IndicatorDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", IndicatorCode::parse(&self.code));
        let name = errors.check("name", Label::parse(&self.name));
        let unit = errors.check("unit", Label::parse(&self.unit));
        let flow = match given(&self.flow) {
            Some(flow) => errors
                .check(
                    "flow",
                    Flow::parse(flow).ok_or(UnknownVariant("exports, imports, turnover")),
                )
                .map(Some),
            None => Some(None),
        };
        match (code, name, unit, flow) {
            (Some(code), Some(name), Some(unit), Some(flow)) if errors.is_empty() => {
                Ok(IndicatorDraft {
                    code,
                    name,
                    unit,
                    flow,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A period of days, both ends included.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodInput {
    #[schema(value_type = shape::DateText)]
    pub start: String,
    #[schema(value_type = shape::DateText)]
    pub end: String,
}

impl PeriodInput {
    fn parse(&self, errors: &mut ValidationErrors) -> Option<Period> {
        let start = errors.check("period.start", date(&self.start));
        let end = errors.check("period.end", date(&self.end));
        errors.check("period.end", Period::new(start?, end?))
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObservationInput {
    /// The party of the group whose figure it is.
    #[schema(value_type = shape::PartyCodeText)]
    pub reporter: String,
    #[schema(value_type = shape::PartyCodeText)]
    pub partner: String,
    #[serde(deserialize_with = "super::object::object")]
    pub period: PeriodInput,
    /// An exact decimal, e.g. "545200000".
    #[schema(value_type = shape::DecimalText)]
    pub value: String,
    #[serde(deserialize_with = "super::object::object")]
    pub source: SourceInput,
    #[schema(value_type = Option<shape::NoteText>)]
    pub note: Option<String>,
    /// group (default), public, members, listed or national.
    #[schema(value_type = Option<shape::DistributionOrBlank>)]
    pub distribution: Option<String>,
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
}

impl ObservationInput {
    pub fn parse(&self) -> Result<ObservationDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reporter = errors.check("reporter", PartyCode::parse(&self.reporter));
        let partner = errors.check("partner", PartyCode::parse(&self.partner));
        let period = self.period.parse(&mut errors);
        let value = errors.check("value", exact_decimal(self.value.trim()));
        let source = self.source.parse("source", &mut errors);
        let note = match given(&self.note) {
            Some(note) => errors.check("note", Note::parse(note)).map(Some),
            None => Some(None),
        };
        let marking = marking_choice(
            &self.distribution,
            &self.classification,
            &self.listed,
            Distribution::Group,
            &mut errors,
        );
        let draft = (|| {
            Some(ObservationDraft {
                reporter: reporter?,
                partner: partner?,
                period: period?,
                value: value?,
                source: source?,
                note: note?,
                marking: marking?,
            })
        })();
        match draft {
            Some(draft) if errors.is_empty() => Ok(draft),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub reporter: String,
    #[schema(value_type = shape::PartyCodeText)]
    pub partner: String,
    /// The value a year to reach, an exact decimal.
    #[schema(value_type = shape::DecimalText)]
    pub value: String,
    /// The day by which (its year is the target's year).
    #[schema(value_type = shape::DateText)]
    pub by: String,
    #[serde(deserialize_with = "super::object::object")]
    pub source: SourceInput,
}

impl TargetInput {
    pub fn parse(&self) -> Result<TargetDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reporter = errors.check("reporter", PartyCode::parse(&self.reporter));
        let partner = errors.check("partner", PartyCode::parse(&self.partner));
        let value = errors.check("value", exact_decimal(self.value.trim()));
        let by = errors.check("by", date(&self.by));
        let source = self.source.parse("source", &mut errors);
        let draft = (|| {
            Some(TargetDraft {
                reporter: reporter?,
                partner: partner?,
                value: value?,
                by: by?,
                source: source?,
            })
        })();
        match draft {
            Some(draft) if errors.is_empty() => Ok(draft),
            _ => Err(errors),
        }
    }
}

/// The query string of a CSV import: the source of every row, and the rows' marking.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The source every row comes from (required for UN Comtrade files), e.g. "UN Comtrade".
    #[param(value_type = Option<shape::LabelText>)]
    pub source: Option<String>,
    /// A link to the source.
    #[param(value_type = Option<shape::UrlOrBlank>)]
    pub source_url: Option<String>,
    /// group (default), public or members.
    #[param(value_type = Option<shape::DistributionOrBlank>)]
    pub distribution: Option<String>,
    #[param(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
}

impl ImportQuery {
    pub fn parse(
        &self,
    ) -> Result<
        (
            Option<crate::domain::figures::Source>,
            crate::domain::marking::MarkingChoice,
        ),
        ValidationErrors,
    > {
        let mut errors = ValidationErrors::new();
        let source = match given(&self.source) {
            Some(citation) => errors.check_all(crate::domain::figures::Source::parse(
                "source",
                citation,
                given(&self.source_url),
            )),
            None => None,
        };
        let marking = marking_choice(
            &self.distribution,
            &self.classification,
            &[],
            Distribution::Group,
            &mut errors,
        );
        match marking {
            Some(marking) if errors.is_empty() => Ok((source, marking)),
            _ => Err(errors),
        }
    }
}
