//! Every word a document shows that is not the record's own data: headings, column names,
//! the page counter, and the words for the record's stable codes (a position, an act, a
//! marking). The templates under `templates/pdf/` hold none of their own, so a document is
//! translated by filling this one value in another language.
//!
//! A label with a place for a value names it in braces (`Page {page} of {total}`); the template
//! fills it in, because some values (the page number) exist only while the page is laid out.

use std::collections::BTreeMap;

use serde::Serialize;

/// Words for stable codes: the code as the record keeps it, then its word.
pub type Words = BTreeMap<&'static str, &'static str>;

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
    pub page_of: &'static str,
    pub decision_record: &'static str,
    pub minutes: &'static str,
    pub adopted: &'static str,
    pub procedure: &'static str,
    pub opened: &'static str,
    pub version: &'static str,
    pub sha256: &'static str,
    pub distribution: &'static str,
    pub classification: &'static str,
    /// `{name}` and `{date}`.
    pub recorded_later: &'static str,
    pub reported_by_secretariat: &'static str,
    pub text: &'static str,
    pub prevailing: &'static str,
    pub positions: &'static str,
    pub party: &'static str,
    pub position: &'static str,
    pub reason_or_statement: &'static str,
    pub absent_from_session: &'static str,
    pub statements: &'static str,
    pub timeline: &'static str,
    pub when: &'static str,
    pub act: &'static str,
    pub none: &'static str,
    pub format: &'static str,
    pub status: &'static str,
    pub host: &'static str,
    pub chair: &'static str,
    pub place: &'static str,
    pub starts: &'static str,
    pub ends: &'static str,
    pub time_zone: &'static str,
    pub guests: &'static str,
    pub agenda: &'static str,
    pub attendance: &'static str,
    pub person: &'static str,
    pub title: &'static str,
    pub decisions_taken: &'static str,
    pub symbol: &'static str,
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

/// The labels in English, until each request's language chooses its own.
pub fn english_labels() -> Labels {
    Labels {
        phrases: english_phrases(),
        codes: english_code_words(),
    }
}

fn english_phrases() -> Phrases {
    Phrases {
        page_of: "Page {page} of {total}",
        decision_record: "Decision record",
        minutes: "Minutes",
        adopted: "Adopted",
        procedure: "Procedure",
        opened: "Opened",
        version: "Text version",
        sha256: "SHA-256 of the adopted text",
        distribution: "Distribution",
        classification: "Classification",
        recorded_later: "Recorded later by {name} on {date}",
        reported_by_secretariat: "as reported by the secretariat",
        text: "Text",
        prevailing: "prevailing",
        positions: "Positions of the member parties",
        party: "Party",
        position: "Position",
        reason_or_statement: "Statement or reason",
        absent_from_session: "absent from the session",
        statements: "Interpretive statements",
        timeline: "Timeline",
        when: "When",
        act: "Act",
        none: "None.",
        format: "Format",
        status: "Status",
        host: "Host",
        chair: "Chair",
        place: "Place",
        starts: "Starts",
        ends: "Ends",
        time_zone: "Time zone",
        guests: "Invited guests",
        agenda: "Agenda",
        attendance: "Attendance",
        person: "Person",
        title: "Title",
        decisions_taken: "Decisions taken",
        symbol: "Symbol",
    }
}

fn english_code_words() -> CodeWords {
    CodeWords {
        markings: words(&[
            ("unclassified", "UNCLASSIFIED"),
            ("restricted", "RESTRICTED"),
            ("confidential", "CONFIDENTIAL"),
        ]),
        distributions: words(&[
            ("public", "public"),
            ("group", "the group"),
            ("members", "member parties"),
            ("listed", "listed parties"),
            ("national", "national"),
        ]),
        procedure_kinds: words(&[
            ("consensus", "Consensus round"),
            ("silence", "Silence procedure"),
        ]),
        answers: words(&[
            ("concur", "Concurs"),
            ("concur_with_statement", "Concurs, with a statement"),
            ("stand_aside", "Stands aside"),
            ("ad_referendum", "Ad referendum"),
            ("object", "Objects"),
            ("no_objection_heard", "No objection heard (chair's note)"),
            ("kept_silence", "Kept silence"),
            ("broke_silence", "Broke silence"),
            ("no_answer", "No answer"),
        ]),
        acts: words(&[
            ("opened", "Procedure opened"),
            ("position", "Position recorded"),
            ("confirm", "Ad referendum confirmed"),
            ("decline", "Ad referendum declined"),
            ("break", "Silence broken"),
            ("statement", "Interpretive statement lodged"),
            ("chair_note", "Chair's note of no objection"),
            ("extend", "Deadline extended"),
            ("withdraw", "Withdrawn"),
            ("superseded", "Superseded"),
        ]),
        outcomes: words(&[
            ("open", "Open"),
            ("adopted", "Adopted"),
            ("not_adopted", "Not adopted"),
            ("withdrawn", "Withdrawn"),
            ("superseded", "Superseded"),
        ]),
        language_statuses: words(&[("authentic", "authentic"), ("translation", "translation")]),
        languages: english_language_names(),
        meeting_formats: words(&[
            ("envoys", "Meeting of envoys"),
            ("senior_officials", "Meeting of senior officials"),
            ("experts", "Meeting of experts"),
            ("ministers", "Ministerial meeting"),
            ("extraordinary", "Extraordinary meeting"),
        ]),
        meeting_statuses: words(&[
            ("planned", "planned"),
            ("convened", "convened"),
            ("concluded", "concluded"),
            ("cancelled", "cancelled"),
        ]),
    }
}

/// The languages the group's texts are written in, each named in English.
fn english_language_names() -> Words {
    words(&[
        ("en", "English"),
        ("ru", "Russian"),
        ("uz", "Uzbek"),
        ("kk", "Kazakh"),
        ("ky", "Kyrgyz"),
        ("tg", "Tajik"),
        ("fa", "Persian"),
        ("fa-AF", "Dari"),
        ("ps", "Pashto"),
        ("tk", "Turkmen"),
        ("zh", "Chinese"),
        ("ar", "Arabic"),
        ("fr", "French"),
    ])
}

fn words(pairs: &[(&'static str, &'static str)]) -> Words {
    pairs.iter().copied().collect()
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
        let labels = english_labels().codes;
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
        let labels = english_labels().codes;
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
