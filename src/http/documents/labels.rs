//! Every word a document shows that is not the record's own data: headings, column names,
//! the page counter, and the words for the record's stable codes (a position, an act, a
//! marking). The templates under `templates/pdf/` hold none of their own, so a document is
//! translated by filling this one value in another language.
//!
//! A label with a place for a value names it in braces (`Page {page} of {total}`); the template
//! fills it in, because some values (the page number) exist only while the page is laid out.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n;

/// Words for stable codes: the code as the record keeps it, then its word.
pub type Words = BTreeMap<&'static str, String>;

/// What the decision record and the minutes call things: headings and phrases, and the
/// words for codes. Both halves are one object to the templates (`labels.page_of`,
/// `labels.answers`).
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    #[serde(flatten)]
    pub phrases: Phrases,
    #[serde(flatten)]
    pub codes: CodeWords,
}

/// Headings, column names and phrases.
#[derive(Debug, Clone, Serialize)]
pub struct Phrases {
    /// `{page}` and `{total}`.
    pub page_of: String,
    pub decision_record: String,
    pub minutes: String,
    pub adopted: String,
    pub procedure: String,
    pub opened: String,
    pub version: String,
    pub sha256: String,
    pub distribution: String,
    pub classification: String,
    /// `{name}` and `{date}`.
    pub recorded_later: String,
    pub reported_by_secretariat: String,
    pub text: String,
    pub prevailing: String,
    pub positions: String,
    pub party: String,
    pub position: String,
    pub reason_or_statement: String,
    pub absent_from_session: String,
    pub statements: String,
    pub timeline: String,
    pub when: String,
    pub act: String,
    pub none: String,
    pub format: String,
    pub status: String,
    pub host: String,
    pub chair: String,
    pub place: String,
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub guests: String,
    pub agenda: String,
    pub attendance: String,
    pub person: String,
    pub title: String,
    pub decisions_taken: String,
    pub symbol: String,
}

/// The words for the record's stable codes.
#[derive(Debug, Clone, Serialize)]
pub struct CodeWords {
    /// Banner text by classification (`unclassified`, `restricted`, `confidential`).
    pub markings: Words,
    pub distributions: Words,
    pub procedure_kinds: Words,
    /// A member's answer: the positions of a consensus round, the chair's note, and under
    /// silence whether it kept or broke it.
    pub answers: Words,
    /// The acts of a procedure, by `Event::as_str`, and how it closed, by `OutcomeKind`.
    pub acts: Words,
    pub outcomes: Words,
    pub language_statuses: Words,
    /// Language names by BCP 47 tag; a tag without a name is shown as it is.
    pub languages: Words,
    pub meeting_formats: Words,
    pub meeting_statuses: Words,
}

/// The labels in the request's language (`locales/*/documents.ftl`).
pub fn labels() -> Labels {
    Labels {
        phrases: phrases(),
        codes: code_words(),
    }
}

fn phrase(id: &str) -> String {
    i18n::t(&format!("pdf-{id}"))
}

fn phrases() -> Phrases {
    Phrases {
        page_of: i18n::t_with(
            "pdf-page-of",
            &[("page", "{page}".into()), ("total", "{total}".into())],
        ),
        decision_record: phrase("decision-record"),
        minutes: phrase("minutes"),
        adopted: phrase("adopted"),
        procedure: phrase("procedure"),
        opened: phrase("opened"),
        version: phrase("version"),
        sha256: phrase("sha256"),
        distribution: phrase("distribution"),
        classification: phrase("classification"),
        recorded_later: i18n::t_with(
            "pdf-recorded-later",
            &[("name", "{name}".into()), ("date", "{date}".into())],
        ),
        reported_by_secretariat: phrase("reported-by-secretariat"),
        text: phrase("text"),
        prevailing: phrase("prevailing"),
        positions: phrase("positions"),
        party: phrase("party"),
        position: phrase("position"),
        reason_or_statement: phrase("reason-or-statement"),
        absent_from_session: phrase("absent-from-session"),
        statements: phrase("statements"),
        timeline: phrase("timeline"),
        when: phrase("when"),
        act: phrase("act"),
        none: phrase("none"),
        format: phrase("format"),
        status: phrase("status"),
        host: phrase("host"),
        chair: phrase("chair"),
        place: phrase("place"),
        starts: phrase("starts"),
        ends: phrase("ends"),
        time_zone: phrase("time-zone"),
        guests: phrase("guests"),
        agenda: phrase("agenda"),
        attendance: phrase("attendance"),
        person: phrase("person"),
        title: phrase("title"),
        decisions_taken: phrase("decisions-taken"),
        symbol: phrase("symbol"),
    }
}

fn code_words() -> CodeWords {
    CodeWords {
        markings: words("marking", &["unclassified", "restricted", "confidential"]),
        distributions: words(
            "distribution",
            &["public", "group", "members", "listed", "national"],
        ),
        procedure_kinds: words("procedure-kind", &["consensus", "silence"]),
        answers: words(
            "answer",
            &[
                "concur",
                "concur_with_statement",
                "stand_aside",
                "ad_referendum",
                "object",
                "no_objection_heard",
                "kept_silence",
                "broke_silence",
                "no_answer",
            ],
        ),
        acts: words(
            "act",
            &[
                "opened",
                "position",
                "confirm",
                "decline",
                "break",
                "statement",
                "chair_note",
                "extend",
                "withdraw",
                "superseded",
            ],
        ),
        outcomes: words(
            "outcome",
            &["open", "adopted", "not_adopted", "withdrawn", "superseded"],
        ),
        language_statuses: words("language-status", &["authentic", "translation"]),
        languages: words(
            "language",
            &[
                "en", "ru", "uz", "kk", "ky", "tg", "fa", "fa-AF", "ps", "tk", "zh", "ar", "fr",
            ],
        ),
        meeting_formats: words(
            "meeting-format",
            &[
                "envoys",
                "senior_officials",
                "experts",
                "ministers",
                "extraordinary",
            ],
        ),
        meeting_statuses: words(
            "meeting-status",
            &["planned", "convened", "concluded", "cancelled"],
        ),
    }
}

/// Each code's word: the message `pdf-<family>-<code>` (underscores as hyphens, lower case).
fn words(family: &str, codes: &[&'static str]) -> Words {
    codes
        .iter()
        .map(|code| {
            let id = format!("pdf-{family}-{}", code.replace('_', "-").to_lowercase());
            (*code, i18n::t(&id))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::marking::{Classification, Distribution};
    use crate::domain::meeting::{MeetingFormat, MeetingStatus};
    use crate::domain::names::PartyCode;
    use crate::domain::procedure::{Answer, Event, OutcomeKind, Position, ProcedureKind};

    #[test]
    fn every_code_a_document_shows_has_its_english_word() {
        let labels = labels().codes;
        for classification in Classification::ALL {
            assert!(labels.markings.contains_key(classification.as_str()));
        }
        for distribution in Distribution::ALL {
            assert!(labels.distributions.contains_key(distribution.as_str()));
        }
        for format in MeetingFormat::ALL {
            assert!(labels.meeting_formats.contains_key(format.as_str()));
        }
        for status in MeetingStatus::ALL {
            assert!(labels.meeting_statuses.contains_key(status.as_str()));
        }
        for outcome in OutcomeKind::ALL {
            assert!(labels.outcomes.contains_key(outcome.as_str()));
        }
        for kind in ProcedureKind::ALL {
            assert!(labels.procedure_kinds.contains_key(kind.as_str()));
        }
    }

    #[test]
    fn every_answer_and_act_a_record_shows_has_its_english_word() {
        let labels = labels().codes;
        let at = jiff::Timestamp::UNIX_EPOCH;
        let positions = [
            Position::Concur,
            Position::ConcurWithStatement(String::new()),
            Position::StandAside(None),
            Position::AdReferendum { confirm_by: at },
            Position::Object(String::new()),
        ];
        let answers = positions
            .iter()
            .map(|position| Answer::Own(position).as_str())
            .chain([
                Answer::NoObjectionHeard.as_str(),
                "kept_silence",
                "no_answer",
            ]);
        for answer in answers {
            assert!(labels.answers.contains_key(answer), "{answer}");
        }
        let party = PartyCode::parse("KZ").expect("a party code");
        let events = [
            Event::Position {
                party: party.clone(),
                position: Position::Concur,
                at,
            },
            Event::Confirm {
                party: party.clone(),
                at,
            },
            Event::Decline {
                party: party.clone(),
                reason: String::new(),
                at,
            },
            Event::Break {
                party: party.clone(),
                reason: String::new(),
                at,
            },
            Event::Statement {
                party: party.clone(),
                text: String::new(),
                at,
            },
            Event::ChairNote { party, at },
            Event::Extend { deadline: at, at },
            Event::Withdraw { at },
            Event::Superseded { at },
        ];
        for act in events.iter().map(Event::as_str).chain(["opened"]) {
            assert!(labels.acts.contains_key(act), "{act}");
        }
    }
}
