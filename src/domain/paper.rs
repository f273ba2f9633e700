//! Papers circulated between meetings (DOMAIN.md §2, §3): non-papers, notes verbales,
//! background notes, reports, letters. A paper is not negotiated: it is circulated once, with
//! its marking, in one language, and its body is CommonMark source kept as it was entered
//! (only its line endings unified). Issued papers carry a symbol of the group's `INF` series;
//! a non-paper carries none (DOMAIN.md §3: "without number").

use std::fmt;
use std::str::FromStr;

use super::characters;
use super::document::LanguageTag;
use super::ids::MeetingId;
use super::marking::{Classification, Distribution, Marking, MarkingChoice};
use super::message::{Explain, Message};
use super::names::{Label, PartyCode};
use super::role::UnknownVariant;
use super::validation::ValidationErrors;

/// The longest body a paper may have, in characters.
pub const MAX_PAPER_BODY_CHARS: usize = 200_000;

/// What a paper is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaperKind {
    NonPaper,
    NoteVerbale,
    Background,
    Report,
    Letter,
    Other,
}

impl PaperKind {
    pub const ALL: [PaperKind; 6] = [
        PaperKind::NonPaper,
        PaperKind::NoteVerbale,
        PaperKind::Background,
        PaperKind::Report,
        PaperKind::Letter,
        PaperKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaperKind::NonPaper => "non_paper",
            PaperKind::NoteVerbale => "note_verbale",
            PaperKind::Background => "background",
            PaperKind::Report => "report",
            PaperKind::Letter => "letter",
            PaperKind::Other => "other",
        }
    }

    /// Whether a paper of this kind is issued under a symbol: every kind but the non-paper,
    /// which is informal by definition and carries no number.
    pub fn carries_symbol(self) -> bool {
        self != PaperKind::NonPaper
    }
}

impl FromStr for PaperKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant(
                "non_paper, note_verbale, background, report, letter, other",
            ))
    }
}

impl fmt::Display for PaperKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A paper as the person circulating it describes it, each field parsed.
#[derive(Debug, Clone)]
pub struct PaperDraft {
    pub title: Label,
    pub kind: PaperKind,
    pub language: LanguageTag,
    pub body: String,
    pub marking: MarkingChoice,
    pub meeting: Option<MeetingId>,
}

/// A paper that passed every rule: its body in the form it is kept, its marking complete.
#[derive(Debug, Clone)]
pub struct CheckedPaper {
    pub title: Label,
    pub kind: PaperKind,
    pub language: LanguageTag,
    pub body: String,
    pub marking: Marking,
    pub meeting: Option<MeetingId>,
}

/// What the rules need to know of the group and of who circulates the paper.
pub struct PaperContext<'a> {
    /// The circulating delegation's party; `None` for the secretariat.
    pub originator: Option<&'a PartyCode>,
    pub clearance: Classification,
    /// Whether a party code names a party of the group (guests included: a paper may be
    /// listed to a guest, DOMAIN.md §1).
    pub is_party: &'a dyn Fn(&PartyCode) -> bool,
    /// Whether the meeting named (if any) is a meeting of the group.
    pub meeting_of_group: bool,
}

/// Checks a paper's body: prose characters only (line endings unified to LF), something
/// written, not too long. The CommonMark is kept as written; it is rendered and sanitised
/// only when shown.
pub fn check_paper_body(body: &str) -> Result<String, ValidationErrors> {
    let body = characters::prose(body)
        .map_err(|error| ValidationErrors::single("body", error.message()))?;
    if body.trim().is_empty() {
        return Err(ValidationErrors::single(
            "body",
            Message::new("error-name-empty"),
        ));
    }
    if body.chars().count() > MAX_PAPER_BODY_CHARS {
        return Err(ValidationErrors::single(
            "body",
            Message::new("error-name-too-long").with("max", MAX_PAPER_BODY_CHARS),
        ));
    }
    Ok(body)
}

impl PaperDraft {
    /// Checks the draft against the rules of circulation; every problem is reported at once,
    /// each on its field.
    pub fn check(self, context: &PaperContext<'_>) -> Result<CheckedPaper, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let body = errors.check_all(check_paper_body(&self.body));
        let marking = errors.check_all(self.marking.check(
            context.originator.cloned(),
            context.clearance,
            context.is_party,
        ));
        if self.meeting.is_some() && !context.meeting_of_group {
            errors.add("meeting", Message::new("error-meeting-not-of-group"));
        }
        errors.into_result()?;
        let mut marking = marking.ok_or_else(ValidationErrors::new)?;
        // The secretariat is on the list of a listed paper it circulates itself: the paper
        // is its own, whichever party chairs when it is read.
        if context.originator.is_none() && marking.distribution == Distribution::Listed {
            marking.lists_secretariat = true;
        }
        Ok(CheckedPaper {
            title: self.title,
            kind: self.kind,
            language: self.language,
            body: body.unwrap_or_default(),
            marking,
            meeting: self.meeting,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::marking::Reader;
    use crate::domain::role::Standing;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    fn background_note(distribution: Distribution, listed: &[&str]) -> PaperDraft {
        PaperDraft {
            title: Label::parse("Rail corridor: background").expect("valid"),
            kind: PaperKind::Background,
            language: LanguageTag::parse("ru").expect("valid"),
            body: "# Справка\r\n\r\nЖелезная дорога *Термез — Мазари-Шариф*.".to_owned(),
            marking: MarkingChoice {
                distribution,
                classification: Classification::Restricted,
                listed: listed.iter().map(|p| code(p)).collect(),
            },
            meeting: None,
        }
    }

    fn context<'a>(
        originator: Option<&'a PartyCode>,
        is_party: &'a dyn Fn(&PartyCode) -> bool,
    ) -> PaperContext<'a> {
        PaperContext {
            originator,
            clearance: Classification::Confidential,
            is_party,
            meeting_of_group: true,
        }
    }

    #[test]
    fn every_kind_but_the_non_paper_is_issued_under_a_symbol() {
        assert!(!PaperKind::NonPaper.carries_symbol());
        for kind in PaperKind::ALL.into_iter().skip(1) {
            assert!(kind.carries_symbol(), "{kind}");
            assert_eq!(kind.as_str().parse::<PaperKind>(), Ok(kind));
        }
        assert!("memo".parse::<PaperKind>().is_err());
    }

    #[test]
    fn the_body_is_kept_as_entered_with_its_line_endings_unified() {
        let any = |_: &PartyCode| true;
        let paper = background_note(Distribution::Group, &[])
            .check(&context(None, &any))
            .expect("valid");
        assert_eq!(
            paper.body,
            "# Справка\n\nЖелезная дорога *Термез — Мазари-Шариф*."
        );
    }

    #[test]
    fn an_empty_or_controlled_body_is_refused_on_its_field() {
        let any = |_: &PartyCode| true;
        let mut blank = background_note(Distribution::Group, &[]);
        blank.body = " \n ".to_owned();
        let errors = blank.check(&context(None, &any)).expect_err("empty");
        assert_eq!(
            errors.message_for("body"),
            Some(&Message::new("error-name-empty"))
        );
        let mut bell = background_note(Distribution::Group, &[]);
        bell.body = "ring \u{7}".to_owned();
        assert!(bell.check(&context(None, &any)).is_err());
    }

    #[test]
    fn a_listed_paper_of_the_secretariat_stays_visible_to_it_whoever_chairs() {
        let any = |_: &PartyCode| true;
        let paper = background_note(Distribution::Listed, &["UZ", "KZ"])
            .check(&context(None, &any))
            .expect("valid");
        assert!(paper.marking.lists_secretariat);
        let tj_chair = Reader::Secretariat {
            chair: Some(code("TJ")),
        };
        assert!(paper
            .marking
            .is_visible_to(&tj_chair, Classification::Restricted));
        let kg = Reader::Delegation {
            party: code("KG"),
            standing: Standing::Member,
        };
        assert!(!paper.marking.is_visible_to(&kg, Classification::Restricted));
    }

    #[test]
    fn a_partys_listed_paper_reaches_the_secretariat_only_through_the_chair() {
        let any = |_: &PartyCode| true;
        let uz = code("UZ");
        let paper = background_note(Distribution::Listed, &["KZ"])
            .check(&context(Some(&uz), &any))
            .expect("valid");
        assert!(!paper.marking.lists_secretariat);
        assert_eq!(paper.marking.originator, Some(uz));
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let only_kz = |p: &PartyCode| p.as_str() == "KZ";
        let mut draft = background_note(Distribution::National, &[]);
        draft.body = String::new();
        draft.marking.classification = Classification::Confidential;
        draft.meeting = Some(MeetingId::new(9));
        let errors = draft
            .check(&PaperContext {
                originator: None,
                clearance: Classification::Restricted,
                is_party: &only_kz,
                meeting_of_group: false,
            })
            .expect_err("refused");
        for field in ["body", "distribution", "classification", "meeting"] {
            assert!(errors.message_for(field).is_some(), "{field}: {errors}");
        }
        let listed_stranger = background_note(Distribution::Listed, &["FR"])
            .check(&context(None, &only_kz))
            .expect_err("FR is not a party");
        assert!(listed_stranger.message_for("listed").is_some());
    }
}
