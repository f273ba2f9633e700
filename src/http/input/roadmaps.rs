//! Roadmaps, action lines and progress reports, as the API and the pages send them (DOMAIN.md
//! §6). Forms give every value as text; `*Form` helpers read the numbers out of it with a
//! message for the field, and then the same parsing as JSON runs.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::followup::roadmaps::{LineChange, LinePlan, RoadmapPlan};
use crate::domain::figures::Period;
use crate::domain::ids::DecisionId;
use crate::domain::marking::Distribution;
use crate::domain::message::Message;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::roadmap::{LineDraft, LineStatus, Percent, Report, Schedule};
use crate::domain::role::UnknownVariant;
use crate::domain::track::TrackCode;
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::followup::{date, marking_choice};
use super::whole;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    #[schema(value_type = shape::DateText)]
    pub starts_on: String,
    #[schema(value_type = shape::DateText)]
    pub ends_on: String,
    /// The id of the group's decision that adopted the roadmap.
    #[serde(default, deserialize_with = "whole::option_i64")]
    #[schema(minimum = 1)]
    pub decision: Option<i64>,
}

impl RoadmapInput {
    pub fn parse(&self) -> Result<RoadmapPlan, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let plan = self.parse_into(&mut errors);
        match plan {
            Some(plan) if errors.is_empty() => Ok(plan),
            _ => Err(errors),
        }
    }

    fn parse_into(&self, errors: &mut ValidationErrors) -> Option<RoadmapPlan> {
        let title = errors.check("title", Label::parse(&self.title));
        let starts_on = errors.check("starts_on", date(&self.starts_on));
        let ends_on = errors.check("ends_on", date(&self.ends_on));
        let period = match (starts_on, ends_on) {
            (Some(start), Some(end)) => errors.check("ends_on", Period::new(start, end)),
            _ => None,
        };
        let decision = match self.decision {
            Some(id) if id > 0 => Some(Some(DecisionId::new(id))),
            Some(_) => {
                errors.add("decision", Message::new("error-roadmap-decision-id"));
                None
            }
            None => Some(None),
        };
        Some(RoadmapPlan {
            title: title?,
            period: period?,
            decision: decision?,
        })
    }

    /// A roadmap from a form, whose decision is text (blank: none).
    pub fn parse_form(
        title: &str,
        starts_on: &str,
        ends_on: &str,
        decision: &str,
    ) -> Result<RoadmapPlan, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let decision = match decision.trim() {
            "" => None,
            text => errors.check(
                "decision",
                text.parse::<i64>()
                    .map_err(|_| Message::new("error-roadmap-decision-id")),
            ),
        };
        let input = RoadmapInput {
            title: title.to_owned(),
            starts_on: starts_on.to_owned(),
            ends_on: ends_on.to_owned(),
            decision,
        };
        let plan = input.parse_into(&mut errors);
        match plan {
            Some(plan) if errors.is_empty() => Ok(plan),
            _ => Err(errors),
        }
    }
}

fn parties(codes: &[String], field: &str, errors: &mut ValidationErrors) -> Vec<PartyCode> {
    codes
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .filter_map(|c| errors.check(field, PartyCode::parse(c)))
        .collect()
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LineInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    #[schema(value_type = shape::TrackCodeText)]
    pub track: String,
    /// The parties that lead the line (at least one).
    #[schema(value_type = Vec<shape::PartyCodeText>, min_items = 1)]
    pub leads: Vec<String>,
    /// The parties that take part in it besides its leads.
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub participants: Vec<String>,
    #[schema(value_type = shape::DateText)]
    pub starts_on: String,
    #[schema(value_type = shape::DateText)]
    pub due_on: String,
    /// What the line is to deliver.
    #[serde(default)]
    #[schema(value_type = shape::NoteText)]
    pub deliverable: String,
    /// group (default), public, members or listed: every party on the line must see it.
    #[schema(value_type = Option<shape::DistributionOrBlank>)]
    pub distribution: Option<String>,
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
}

impl LineInput {
    pub fn parse(&self) -> Result<LinePlan, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", Label::parse(&self.title));
        let track = errors.check("track", TrackCode::parse(&self.track));
        let leads = parties(&self.leads, "leads", &mut errors);
        let participants = parties(&self.participants, "participants", &mut errors);
        let starts_on = errors.check("starts_on", date(&self.starts_on));
        let due_on = errors.check("due_on", date(&self.due_on));
        let marking = marking_choice(
            &self.distribution,
            &self.classification,
            &self.listed,
            Distribution::Group,
            &mut errors,
        );
        let plan = (|| {
            Some(LinePlan {
                draft: LineDraft {
                    title: title?,
                    track: track?,
                    leads,
                    participants,
                    schedule: Schedule {
                        starts_on: starts_on?,
                        due_on: due_on?,
                    },
                    deliverable: self.deliverable.clone(),
                },
                marking: marking?,
            })
        })();
        match plan {
            Some(plan) if errors.is_empty() => Ok(plan),
            _ => Err(errors),
        }
    }
}

/// A change of a line: only the fields given change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinePatchInput {
    #[schema(value_type = Option<shape::LabelText>)]
    pub title: Option<String>,
    #[schema(value_type = Option<shape::TrackCodeText>)]
    pub track: Option<String>,
    #[schema(value_type = Option<Vec<shape::PartyCodeText>>)]
    pub leads: Option<Vec<String>>,
    #[schema(value_type = Option<Vec<shape::PartyCodeText>>)]
    pub participants: Option<Vec<String>>,
    #[schema(value_type = Option<shape::DateText>)]
    pub starts_on: Option<String>,
    #[schema(value_type = Option<shape::DateText>)]
    pub due_on: Option<String>,
    #[schema(value_type = Option<shape::NoteText>)]
    pub deliverable: Option<String>,
}

impl LinePatchInput {
    pub fn parse(&self) -> Result<LineChange, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let change = LineChange {
            title: self
                .title
                .as_ref()
                .and_then(|t| errors.check("title", Label::parse(t))),
            track: self
                .track
                .as_ref()
                .and_then(|t| errors.check("track", TrackCode::parse(t))),
            leads: self
                .leads
                .as_ref()
                .map(|l| parties(l, "leads", &mut errors)),
            participants: self
                .participants
                .as_ref()
                .map(|p| parties(p, "participants", &mut errors)),
            starts_on: self
                .starts_on
                .as_ref()
                .and_then(|d| errors.check("starts_on", date(d))),
            due_on: self
                .due_on
                .as_ref()
                .and_then(|d| errors.check("due_on", date(d))),
            deliverable: self.deliverable.clone(),
        };
        errors.into_result().map(|()| change)
    }
}

/// A party's progress report on a line.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// The reporting party: the caller's own, leading the line or taking part in it.
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    /// The day the report speaks of: today or earlier.
    #[schema(value_type = shape::DateText)]
    pub as_of: String,
    #[schema(value_type = shape::LineStatusName)]
    pub status: String,
    /// Per cent done, 0 to 100 (0 when not started, 100 when done).
    #[serde(deserialize_with = "whole::i64")]
    #[schema(minimum = 0, maximum = 100)]
    pub progress: i64,
    #[serde(default)]
    #[schema(value_type = shape::NoteText)]
    pub summary: String,
}

impl ReportInput {
    pub fn parse(&self) -> Result<Report, ValidationErrors> {
        report(
            &self.party,
            &self.as_of,
            &self.status,
            Ok(self.progress),
            &self.summary,
        )
    }

    /// A report from a form, whose progress is text.
    pub fn parse_form(
        party: &str,
        as_of: &str,
        status: &str,
        progress: &str,
        summary: &str,
    ) -> Result<Report, ValidationErrors> {
        let progress = progress
            .trim()
            .parse::<i64>()
            .map_err(|_| Message::new("error-roadmap-percent"));
        report(party, as_of, status, progress, summary)
    }
}

fn report(
    party: &str,
    as_of: &str,
    status: &str,
    progress: Result<i64, Message>,
    summary: &str,
) -> Result<Report, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let party = errors.check("party", PartyCode::parse(party));
    let as_of = errors.check("as_of", date(as_of));
    let status = errors.check(
        "status",
        LineStatus::parse(status.trim()).ok_or(UnknownVariant(
            "not_started, in_progress, done, delayed, cancelled",
        )),
    );
    let progress = errors.check("progress", progress.and_then(Percent::new));
    let summary = errors.check("summary", Note::parse(summary));
    let report = (|| {
        Some(Report {
            party: party?,
            as_of: as_of?,
            status: status?,
            progress: progress?,
            summary: summary?,
        })
    })();
    match report {
        Some(report) if errors.is_empty() => Ok(report),
        _ => Err(errors),
    }
}
