//! Inputs of texts, amendments and decision procedures, parsed into domain types.

use serde::Deserialize;
use utoipa::ToSchema;

use super::given;
use crate::app::procedures::{Act, DecisionTakenEarlier};
use crate::app::texts::{AmendmentDraft, LanguageDraft, TextDraft};
use crate::domain::characters;
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::ids::MeetingId;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, PartyCode};
use crate::domain::procedure::{Position, ProcedureKind};
use crate::domain::recorded_later::ReportedPosition;
use crate::domain::role::UnknownVariant;
use crate::domain::time::parse_instant;
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageVersionInput {
    /// BCP 47 tag, e.g. "en", "ru", "fa-AF".
    #[schema(value_type = shape::LanguageTagText)]
    pub language: String,
    #[schema(value_type = shape::BodyText)]
    pub body: String,
    /// authentic or translation (default translation).
    #[schema(value_type = Option<shape::LanguageStatusOrBlank>)]
    pub status: Option<String>,
    #[serde(default)]
    pub prevailing: bool,
    /// For `POST /texts/{id}/languages`: the version it belongs to (default the latest).
    #[serde(default, deserialize_with = "super::whole::option_i64")]
    #[schema(minimum = 1)]
    pub version: Option<i64>,
}

impl LanguageVersionInput {
    pub fn parse(&self, field: &str, errors: &mut ValidationErrors) -> Option<LanguageDraft> {
        let language = errors.check(
            &format!("{field}.language"),
            LanguageTag::parse(&self.language),
        );
        let status = errors.check(
            &format!("{field}.status"),
            given(&self.status).map_or(Ok(LanguageStatus::Translation), str::parse),
        );
        Some(LanguageDraft {
            language: language?,
            body: self.body.clone(),
            status: status?,
            prevailing: self.prevailing,
        })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TextInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    /// joint_statement, decision, minutes, roadmap, chairs_summary or non_paper.
    #[schema(value_type = shape::TextKindName)]
    pub kind: String,
    /// The negotiating language, e.g. "ru".
    #[schema(value_type = shape::LanguageTagText)]
    pub language: String,
    /// The text; passages not agreed go in brackets: `[[{KZ,UZ} one || other]]`.
    #[schema(value_type = shape::BodyText)]
    pub body: String,
    /// public, group, members, listed or national.
    #[schema(value_type = shape::DistributionName)]
    pub distribution: String,
    /// unclassified (default), restricted or confidential.
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    /// Party codes a `listed` text goes to.
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
    /// Whether a `listed` text also goes to the secretariat.
    #[serde(default)]
    pub lists_secretariat: bool,
    /// The meeting the text belongs to, if any.
    #[serde(default, deserialize_with = "super::whole::option_i64")]
    pub meeting: Option<i64>,
    #[serde(default, deserialize_with = "super::object::objects")]
    pub translations: Vec<LanguageVersionInput>,
}

impl TextInput {
    pub fn parse(&self) -> Result<TextDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", Label::parse(&self.title));
        let kind = errors.check("kind", self.kind.trim().parse::<TextKind>());
        let language = errors.check("language", LanguageTag::parse(&self.language));
        let distribution = errors.check(
            "distribution",
            self.distribution.trim().parse::<Distribution>(),
        );
        let classification = errors.check(
            "classification",
            given(&self.classification).map_or(Ok(Classification::Unclassified), str::parse),
        );
        let listed: Vec<PartyCode> = self
            .listed
            .iter()
            .filter_map(|code| errors.check("listed", PartyCode::parse(code)))
            .collect();
        if distribution == Some(Distribution::Listed)
            && listed.is_empty()
            && !self.lists_secretariat
        {
            errors.add("listed", Message::new("error-text-listed-needs-parties"));
        }
        let translations: Vec<LanguageDraft> = self
            .translations
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.parse(&format!("translations[{i}]"), &mut errors))
            .collect();
        match (title, kind, language, distribution, classification) {
            (Some(title), Some(kind), Some(language), Some(distribution), Some(classification))
                if errors.is_empty() =>
            {
                Ok(TextDraft {
                    title,
                    kind,
                    language,
                    body: self.body.clone(),
                    distribution,
                    classification,
                    listed,
                    lists_secretariat: self.lists_secretariat,
                    meeting: self.meeting.map(MeetingId::new),
                    translations,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VersionInput {
    #[schema(value_type = shape::BodyText)]
    pub body: String,
    #[serde(default, deserialize_with = "super::object::objects")]
    pub translations: Vec<LanguageVersionInput>,
}

impl VersionInput {
    pub fn parse(&self) -> Result<Vec<LanguageDraft>, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let translations = self
            .translations
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.parse(&format!("translations[{i}]"), &mut errors))
            .collect();
        errors.into_result().map(|()| translations)
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendmentInput {
    /// The version the amendment changes.
    #[serde(deserialize_with = "super::whole::i64")]
    #[schema(minimum = 1)]
    pub version: i64,
    /// The exact words to replace (must appear once in that version).
    pub passage: String,
    #[schema(max_length = 200_000)]
    pub replacement: String,
    #[schema(value_type = shape::StatementText)]
    pub reason: String,
}

impl AmendmentInput {
    pub fn parse(&self) -> AmendmentDraft {
        AmendmentDraft {
            version: self.version,
            passage: self.passage.clone(),
            replacement: self.replacement.clone(),
            reason: self.reason.clone(),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonInput {
    #[schema(value_type = shape::NonBlankText)]
    pub reason: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcedureInput {
    /// consensus, silence, or in_session (a consensus round among the parties present at
    /// `meeting`; the absent members are then asked by silence).
    #[schema(value_type = shape::ProcedureKindName)]
    pub kind: String,
    /// For in_session: the convened meeting.
    #[serde(default, deserialize_with = "super::whole::option_i64")]
    pub meeting: Option<i64>,
    /// The version number the procedure targets; it must be the latest and free of brackets.
    #[serde(deserialize_with = "super::whole::i64")]
    #[schema(minimum = 1)]
    pub version: i64,
    /// RFC 3339 instant.
    #[schema(value_type = shape::InstantText)]
    pub deadline: String,
}

impl ProcedureInput {
    pub fn parse(
        &self,
    ) -> Result<(ProcedureKind, i64, jiff::Timestamp, Option<MeetingId>), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let (kind, session) = match self.kind.trim() {
            "in_session" => match self.meeting {
                Some(meeting) => (
                    Some(ProcedureKind::Consensus),
                    Some(MeetingId::new(meeting)),
                ),
                None => {
                    errors.add(
                        "meeting",
                        Message::new("error-procedure-session-needs-meeting"),
                    );
                    (None, None)
                }
            },
            other => (
                errors.check(
                    "kind",
                    other
                        .parse::<ProcedureKind>()
                        .map_err(|_| UnknownVariant("consensus, silence, in_session")),
                ),
                None,
            ),
        };
        let deadline = errors.check("deadline", parse_instant(&self.deadline));
        match (kind, deadline) {
            (Some(kind), Some(deadline)) => Ok((kind, self.version, deadline, session)),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PositionInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    /// concur, concur_with_statement, stand_aside, ad_referendum or object.
    #[schema(value_type = shape::PositionName)]
    pub position: String,
    /// The interpretive statement (concur_with_statement, required) or the stand-aside text
    /// (optional); at most 10,000 characters.
    #[schema(max_length = 10_000)]
    pub statement: Option<String>,
    /// The reason of an objection (required for object); at most 10,000 characters.
    #[schema(max_length = 10_000)]
    pub reason: Option<String>,
    /// RFC 3339: when the capital will have confirmed an ad_referendum (required for it).
    #[schema(value_type = Option<shape::InstantOrBlank>)]
    pub confirm_by: Option<String>,
}

fn party(text: &str, errors: &mut ValidationErrors) -> Option<PartyCode> {
    errors.check("party", PartyCode::parse(text))
}

/// A reason or statement as the procedure records it (lines in LF, prose characters only),
/// checked here where the field still has its name. The procedure's own `check` leaves
/// characters alone: it also judges recorded events on replay, and a rule added there would
/// silently drop acts recorded before it.
fn prose(field: &str, text: Option<&str>, errors: &mut ValidationErrors) -> String {
    errors
        .check(field, characters::prose(text.unwrap_or_default()))
        .unwrap_or_default()
}

impl PositionInput {
    pub fn parse(&self) -> Result<Act, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let party = party(&self.party, &mut errors);
        let statement = prose("statement", self.statement.as_deref(), &mut errors);
        let reason = prose("reason", self.reason.as_deref(), &mut errors);
        let position = match self.position.trim() {
            "concur" => Some(Position::Concur),
            "concur_with_statement" => Some(Position::ConcurWithStatement(statement)),
            "stand_aside" => Some(Position::StandAside(
                Some(statement.trim().to_owned()).filter(|text| !text.is_empty()),
            )),
            "object" => Some(Position::Object(reason)),
            "ad_referendum" => match given(&self.confirm_by) {
                Some(text) => errors
                    .check("confirm_by", parse_instant(text))
                    .map(|confirm_by| Position::AdReferendum { confirm_by }),
                None => {
                    errors.add(
                        "confirm_by",
                        Message::new("error-procedure-confirm-by-missing"),
                    );
                    None
                }
            },
            _ => {
                errors.add(
                    "position",
                    UnknownVariant(
                        "concur, concur_with_statement, stand_aside, ad_referendum, object",
                    )
                    .message(),
                );
                None
            }
        };
        match (party, position) {
            (Some(party), Some(position)) if errors.is_empty() => {
                Ok(Act::Position { party, position })
            }
            _ => Err(errors),
        }
    }
}

/// A decision the group took before it used Majlis, recorded later by the secretariat.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordLaterInput {
    /// The version the group adopted.
    #[serde(deserialize_with = "super::whole::i64")]
    #[schema(minimum = 1)]
    pub version: i64,
    /// When the group adopted it: RFC 3339, not in the future.
    #[schema(value_type = shape::InstantText)]
    pub adopted_at: String,
    /// The meeting of the group that adopted it (begun by then).
    #[serde(deserialize_with = "super::whole::i64")]
    #[schema(minimum = 1)]
    pub meeting: i64,
    /// Every member party's position as reported: concur, or concur_with_statement with its
    /// statement; anything else means the text was not adopted.
    pub positions: Vec<ReportedPositionInput>,
}

/// One member party's position, as the secretariat reports it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportedPositionInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    #[schema(value_type = shape::PositionName)]
    pub position: String,
    /// The interpretive statement (concur_with_statement); at most 10,000 characters.
    #[schema(max_length = 10_000)]
    pub statement: Option<String>,
}

impl RecordLaterInput {
    pub fn parse(&self) -> Result<DecisionTakenEarlier, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let adopted_at = errors.check("adopted_at", parse_instant(&self.adopted_at));
        let mut positions = Vec::new();
        for report in &self.positions {
            let party = errors.check("positions", PartyCode::parse(&report.party));
            let statement = prose("positions", report.statement.as_deref(), &mut errors);
            let position = match report.position.trim() {
                "concur" if statement.trim().is_empty() => Some(Position::Concur),
                "concur" | "concur_with_statement" if !statement.trim().is_empty() => {
                    Some(Position::ConcurWithStatement(statement))
                }
                "concur_with_statement" => {
                    errors.add(
                        "positions",
                        Message::new("error-record-later-statement-missing"),
                    );
                    None
                }
                "stand_aside" => Some(Position::StandAside(
                    Some(statement).filter(|text| !text.trim().is_empty()),
                )),
                "object" => Some(Position::Object(statement)),
                // Judged by the rules as not adopted; the capital's date does not matter here.
                "ad_referendum" => {
                    adopted_at.map(|confirm_by| Position::AdReferendum { confirm_by })
                }
                _ => {
                    errors.add(
                        "positions",
                        Message::new("error-record-later-unknown-position"),
                    );
                    None
                }
            };
            if let (Some(party), Some(position)) = (party, position) {
                positions.push(ReportedPosition { party, position });
            }
        }
        match adopted_at {
            Some(adopted_at) if errors.is_empty() => Ok(DecisionTakenEarlier {
                version: self.version,
                adopted_at,
                meeting: MeetingId::new(self.meeting),
                positions,
            }),
            _ => Err(errors),
        }
    }
}

/// The party a procedure's act is for (named apart from the party of a group's charter).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = PartyActInput)]
pub struct PartyInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyReasonInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    #[schema(value_type = shape::StatementText)]
    pub reason: String,
    /// An amendment offered with the objection (silence only); it is recorded in the reason,
    /// which with it may hold at most 10,000 characters.
    #[schema(max_length = 10_000)]
    pub replacement: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementInput {
    #[schema(value_type = shape::PartyCodeText)]
    pub party: String,
    #[schema(value_type = shape::StatementText)]
    pub statement: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtendInput {
    /// RFC 3339 instant, later than the current deadline.
    #[schema(value_type = shape::InstantText)]
    pub deadline: String,
}

impl PartyInput {
    pub fn parse(&self) -> Result<PartyCode, ValidationErrors> {
        PartyCode::parse(&self.party).map_err(|e| ValidationErrors::single("party", e.message()))
    }

    /// The capital confirms the party's ad referendum position.
    pub fn confirm(&self) -> Result<Act, ValidationErrors> {
        Ok(Act::Confirm {
            party: self.parse()?,
        })
    }

    /// The chair notes "no objection heard" for the party, in session.
    pub fn chair_note(&self) -> Result<Act, ValidationErrors> {
        Ok(Act::ChairNote {
            party: self.parse()?,
        })
    }
}

impl PartyReasonInput {
    /// The party and the checked reason and replacement, or every field's error at once.
    fn parts(&self) -> Result<(PartyCode, String, String), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let party = party(&self.party, &mut errors);
        let reason = prose("reason", Some(&self.reason), &mut errors);
        let replacement = prose("replacement", self.replacement.as_deref(), &mut errors);
        match party {
            Some(party) if errors.is_empty() => Ok((party, reason, replacement)),
            _ => Err(errors),
        }
    }

    /// The capital declines the party's ad referendum position, with its reason.
    pub fn decline(&self) -> Result<Act, ValidationErrors> {
        let (party, reason, _) = self.parts()?;
        Ok(Act::Decline { party, reason })
    }

    /// The party breaks silence with its objection and, perhaps, an amendment.
    pub fn break_silence(&self) -> Result<Act, ValidationErrors> {
        let (party, reason, replacement) = self.parts()?;
        Ok(Act::break_silence(party, &reason, Some(&replacement)))
    }
}

impl StatementInput {
    /// The party lodges an interpretive statement.
    pub fn parse(&self) -> Result<Act, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let party = party(&self.party, &mut errors);
        let text = prose("statement", Some(&self.statement), &mut errors);
        match party {
            Some(party) if errors.is_empty() => Ok(Act::Statement { party, text }),
            _ => Err(errors),
        }
    }
}
