//! A decision's record as `templates/pdf/decision.typ` reads it: symbol, title, the adopted
//! text in every language version, its SHA-256, where each party stood and what it stated,
//! and the timeline, all as plain strings and stable codes (the words for the codes are the
//! labels'). Times are in the group's time zone, which the record names.

use serde::Serialize;

use super::{render, DocumentError, DocumentLanguage, Template, TextLanguage};
use crate::app::procedures::DecisionDetail;
use crate::app::records::GroupRecord;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{Answer, ProcedureKind};
use crate::domain::time::ZoneName;

const TEMPLATE: Template = Template {
    name: "decision.typ",
    source: include_str!("../../../templates/pdf/decision.typ"),
};

#[derive(Debug, Serialize)]
pub struct DecisionDocument {
    symbol: String,
    title: String,
    group: String,
    /// Codes: `Classification::as_str`, `Distribution::as_str`, `ProcedureKind::as_str`.
    classification: &'static str,
    distribution: &'static str,
    procedure_kind: &'static str,
    adopted: String,
    opened: String,
    version: String,
    hash: String,
    recorded_later: Option<RecordedLater>,
    /// The negotiating language's text first, then the other language versions.
    versions: Vec<Version>,
    /// Whether the positions are as the secretariat reported them (a decision recorded later).
    reported: bool,
    positions: Vec<PositionRow>,
    statements: Vec<Statement>,
    timeline: Vec<TimelineRow>,
}

#[derive(Debug, Serialize)]
struct RecordedLater {
    name: String,
    date: String,
}

#[derive(Debug, Serialize)]
struct Version {
    /// The BCP 47 tag, which the labels may name.
    language: String,
    /// `authentic` or `translation`.
    status: &'static str,
    prevailing: bool,
    text: TextLanguage,
    paragraphs: Vec<String>,
}

#[derive(Debug, Serialize)]
struct PositionRow {
    party: String,
    /// A code of the labels' `answers`.
    answer: &'static str,
    /// Under silence after a session: the party was not in the room.
    absent: bool,
    text: String,
}

#[derive(Debug, Serialize)]
struct Statement {
    party: String,
    text: String,
}

#[derive(Debug, Serialize)]
struct TimelineRow {
    at: String,
    party: String,
    /// Which words of the labels name `code`: `acts` or `outcomes`.
    words: &'static str,
    code: &'static str,
}

impl DecisionDocument {
    pub fn of(detail: &DecisionDetail) -> DecisionDocument {
        let procedure = &detail.procedure;
        let text = &procedure.text;
        let zone = &procedure.group.time_zone;
        DecisionDocument {
            symbol: detail.decision.symbol.clone(),
            title: text.title.to_string(),
            group: procedure.group.name.to_string(),
            classification: text.marking.classification.as_str(),
            distribution: text.marking.distribution.as_str(),
            procedure_kind: procedure.procedure.rules.kind.as_str(),
            adopted: crate::i18n::current().when(detail.decision.adopted_at, zone),
            opened: crate::i18n::current().when(procedure.procedure.rules.opened_at, zone),
            version: procedure.procedure.version_number.to_string(),
            hash: procedure.procedure.hash.to_hex(),
            recorded_later: procedure
                .recorded_later
                .as_ref()
                .map(|later| RecordedLater {
                    name: later.by_name.clone(),
                    date: later
                        .at
                        .to_zoned(jiff::tz::TimeZone::UTC)
                        .date()
                        .to_string(),
                }),
            versions: versions(detail),
            reported: procedure.recorded_later.is_some(),
            positions: positions(detail),
            statements: procedure
                .state
                .statements
                .iter()
                .map(|(party, text)| Statement {
                    party: party_name(&procedure.group, party),
                    text: text.clone(),
                })
                .collect(),
            timeline: timeline(detail, zone),
        }
    }

    /// The file name the record is saved under, before `.pdf`.
    pub fn file_stem(&self) -> &str {
        &self.symbol
    }

    pub async fn render(&self, language: &DocumentLanguage) -> Result<Vec<u8>, DocumentError> {
        render(TEMPLATE, language, self).await
    }
}

/// "Kazakhstan (KZ)", or the code alone for a party the group no longer lists.
pub(super) fn party_name(group: &GroupRecord, party: &PartyCode) -> String {
    group
        .party(party)
        .map(|p| format!("{} ({})", p.name, p.code))
        .unwrap_or_else(|| party.to_string())
}

/// A body's paragraphs: the text between blank lines, its single line breaks kept.
fn paragraphs(body: &str) -> Vec<String> {
    body.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(str::to_owned)
        .collect()
}

fn versions(detail: &DecisionDetail) -> Vec<Version> {
    let negotiating = &detail.procedure.text.language;
    let first = Version {
        language: negotiating.to_string(),
        status: "authentic",
        prevailing: false,
        text: TextLanguage::of(negotiating.as_str()),
        paragraphs: paragraphs(&detail.body),
    };
    let others = detail
        .languages
        .iter()
        .filter(|version| &version.language != negotiating)
        .map(|version| Version {
            language: version.language.to_string(),
            status: version.status.as_str(),
            prevailing: version.prevailing,
            text: TextLanguage::of(version.language.as_str()),
            paragraphs: paragraphs(&version.body),
        });
    std::iter::once(first).chain(others).collect()
}

/// Where each party stood, as the decision's page shows it: the secretariat's report for a
/// decision recorded later; otherwise each member's answer in the consensus round (in the
/// room, for a decision in session), then, under silence, the members that kept it.
fn positions(detail: &DecisionDetail) -> Vec<PositionRow> {
    let procedure = &detail.procedure;
    if let Some(later) = &procedure.recorded_later {
        return later
            .positions
            .iter()
            .map(|report| PositionRow {
                party: party_name(&procedure.group, &report.party),
                answer: report.position.as_str(),
                absent: false,
                text: report.position.text().unwrap_or_default().to_owned(),
            })
            .collect();
    }
    let round = detail.positions_from();
    let mut rows: Vec<PositionRow> = if round.procedure.rules.kind == ProcedureKind::Consensus {
        round
            .procedure
            .rules
            .members
            .iter()
            .map(|party| {
                let answer = round.state.answer(party);
                PositionRow {
                    party: party_name(&round.group, party),
                    answer: answer.map_or("no_answer", Answer::as_str),
                    absent: false,
                    text: match answer {
                        Some(Answer::Own(position)) => position.text().unwrap_or_default(),
                        _ => "",
                    }
                    .to_owned(),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    if procedure.procedure.rules.kind == ProcedureKind::Silence {
        rows.extend(
            procedure
                .procedure
                .rules
                .members
                .iter()
                .map(|party| PositionRow {
                    party: party_name(&procedure.group, party),
                    answer: "kept_silence",
                    absent: detail.session_round.is_some(),
                    text: String::new(),
                }),
        );
    }
    rows
}

/// Each procedure that led to the decision (the round in the room first, for a decision in
/// session): its opening, every act recorded in it and its closing.
fn timeline(detail: &DecisionDetail, zone: &ZoneName) -> Vec<TimelineRow> {
    let procedures = detail.session_round.iter().chain([&detail.procedure]);
    procedures
        .flat_map(|procedure| {
            let opened = TimelineRow {
                at: crate::i18n::current().when(procedure.procedure.rules.opened_at, zone),
                party: String::new(),
                words: "acts",
                code: "opened",
            };
            let acts = procedure.events.iter().map(|event| TimelineRow {
                at: crate::i18n::current().when(event.event.at(), zone),
                party: event
                    .event
                    .concerns()
                    .map(|party| party_name(&procedure.group, party))
                    .unwrap_or_default(),
                words: "acts",
                code: event.event.as_str(),
            });
            let outcome = &procedure.state.outcome;
            let closed = outcome.closed_at().map(|at| TimelineRow {
                at: crate::i18n::current().when(at, zone),
                party: String::new(),
                words: "outcomes",
                code: outcome.kind().as_str(),
            });
            std::iter::once(opened).chain(acts).chain(closed)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_split_into_paragraphs_at_blank_lines() {
        assert_eq!(
            paragraphs("First line\nsame paragraph\r\n\r\nSecond.\n\n\n"),
            vec!["First line\nsame paragraph", "Second."]
        );
    }
}
