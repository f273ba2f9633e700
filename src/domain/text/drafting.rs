//! The rules of drafting (DOMAIN.md §2, §3): what a new text, a version, a language version and
//! an amendment must be before anything is written. Each check names the field a person would
//! correct and reports every problem at once.

use super::{canonical, open_bracket_message, parse};
use crate::domain::characters;
use crate::domain::diff::apply_amendment;
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::ids::MeetingId;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::validation::ValidationErrors;

/// The longest body a version may have, in characters.
pub const MAX_BODY_CHARS: usize = 200_000;

/// A new text as its drafter describes it.
#[derive(Debug, Clone)]
pub struct TextDraft {
    pub title: Label,
    pub kind: TextKind,
    pub language: LanguageTag,
    pub body: String,
    pub distribution: Distribution,
    pub classification: Classification,
    pub listed: Vec<PartyCode>,
    pub lists_secretariat: bool,
    pub meeting: Option<MeetingId>,
    pub translations: Vec<LanguageDraft>,
}

/// A language version of a text's version.
#[derive(Debug, Clone)]
pub struct LanguageDraft {
    pub language: LanguageTag,
    pub body: String,
    pub status: LanguageStatus,
    pub prevailing: bool,
}

/// A proposed change to one version.
#[derive(Debug, Clone)]
pub struct AmendmentDraft {
    pub version: i64,
    pub passage: String,
    pub replacement: String,
    pub reason: String,
}

/// What the drafting rules need to know of the group and the drafter.
pub struct DraftingContext<'a> {
    /// The drafter's party; `None` for the secretariat.
    pub drafter: Option<&'a PartyCode>,
    pub clearance: Classification,
    /// Whether a party code names a party of the group.
    pub is_party: &'a dyn Fn(&PartyCode) -> bool,
    /// Whether the meeting named (if any) is a meeting of the group.
    pub meeting_of_group: bool,
}

/// Checks a body: prose characters only, not empty, not too long, brackets well formed;
/// returns its canonical form. The character check runs on the canonical form, whose line
/// endings are LF already, so bodies hash exactly as they did before it.
pub fn check_body(field: &str, body: &str) -> Result<String, ValidationErrors> {
    let body = canonical(body);
    if let Err(error) = characters::prose(&body) {
        return Err(ValidationErrors::single(field, error.message()));
    }
    if body.trim().is_empty() {
        return Err(ValidationErrors::single(
            field,
            Message::new("error-name-empty"),
        ));
    }
    if body.chars().count() > MAX_BODY_CHARS {
        return Err(ValidationErrors::single(
            field,
            Message::new("error-name-too-long").with("max", MAX_BODY_CHARS),
        ));
    }
    if let Err(errors) = parse(&body) {
        let mut fields = ValidationErrors::new();
        for error in errors {
            fields.add(field, error.message());
        }
        return Err(fields);
    }
    Ok(body)
}

/// Checks one language version of a version in `negotiating`: its body as a body, and its
/// language not the negotiating one (that version is the text itself). Fields are named with
/// `prefix` (e.g. `translations[0].`). Returns it with its body in canonical form.
pub fn check_language_version(
    draft: &LanguageDraft,
    negotiating: &LanguageTag,
    prefix: &str,
) -> Result<LanguageDraft, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let body = errors.check_all(check_body(&format!("{prefix}body"), &draft.body));
    if &draft.language == negotiating {
        errors.add(
            &format!("{prefix}language"),
            Message::new("error-text-language-is-negotiating"),
        );
    }
    errors.into_result()?;
    Ok(LanguageDraft {
        body: body.unwrap_or_default(),
        ..draft.clone()
    })
}

/// Checks the language versions that come with a version, each named by its place.
pub fn check_translations(
    translations: &[LanguageDraft],
    negotiating: &LanguageTag,
) -> Result<Vec<LanguageDraft>, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let checked: Vec<LanguageDraft> = translations
        .iter()
        .enumerate()
        .filter_map(|(index, translation)| {
            let prefix = format!("translations[{index}].");
            errors.check_all(check_language_version(translation, negotiating, &prefix))
        })
        .collect();
    errors.into_result()?;
    Ok(checked)
}

/// Whether version `asked` of a text may go to a decision procedure: it must be the latest
/// (`latest`, whose body is `body`) and hold no open bracket (DOMAIN.md §3), each named.
pub fn check_ready_for_decision(
    asked: i64,
    latest: i64,
    body: &str,
) -> Result<(), ValidationErrors> {
    if asked != latest {
        return Err(ValidationErrors::single(
            "version",
            Message::new("error-text-version-not-latest")
                .with("asked", asked)
                .with("latest", latest),
        ));
    }
    let parsed = parse(body).map_err(|errors| {
        let all: Vec<Message> = errors.iter().map(Explain::message).collect();
        ValidationErrors::single(
            "version",
            Message::new("error-text-list-of-problems").with("problems", all),
        )
    })?;
    let mut errors = ValidationErrors::new();
    for bracket in parsed.open_brackets() {
        errors.add("version", open_bracket_message(bracket));
    }
    errors.into_result()
}

impl TextDraft {
    /// Checks a new text against the rules of drafting; returns it with canonical bodies.
    pub fn check(self, context: &DraftingContext<'_>) -> Result<TextDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let body = errors.check_all(check_body("body", &self.body));
        for party in &self.listed {
            if !(context.is_party)(party) {
                errors.add(
                    "listed",
                    Message::new("error-group-not-a-party").with("party", party),
                );
            }
        }
        // A national paper is its party's own; the secretariat speaks for no party.
        if self.distribution == Distribution::National && context.drafter.is_none() {
            errors.add(
                "distribution",
                Message::new("error-text-secretariat-no-national"),
            );
        }
        if self.classification > context.clearance {
            errors.add(
                "classification",
                Message::new("error-marking-above-clearance"),
            );
        }
        if self.meeting.is_some() && !context.meeting_of_group {
            errors.add("meeting", Message::new("error-meeting-not-of-group"));
        }
        let translations = errors
            .check_all(check_translations(&self.translations, &self.language))
            .unwrap_or_default();
        errors.into_result()?;
        Ok(TextDraft {
            body: body.unwrap_or_default(),
            translations,
            ..self
        })
    }
}

impl AmendmentDraft {
    /// Checks an amendment to `version_body` (version `number`): its passage must occur there
    /// exactly once, its reason is required, each text within its limit. Returns the passage,
    /// replacement and reason as they will be stored.
    pub fn check(
        &self,
        version_body: &str,
        number: u32,
    ) -> Result<(String, String, String), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let passage = errors.check("passage", characters::prose(&self.passage));
        let replacement = errors.check("replacement", characters::prose(&self.replacement));
        let reason = errors.check("reason", characters::prose(self.reason.trim()));
        let (Some(passage), Some(replacement), Some(reason)) = (passage, replacement, reason)
        else {
            return Err(errors);
        };
        if let Err(error) = apply_amendment(version_body, &passage, &replacement, number) {
            errors.add("passage", error.message());
        }
        if reason.is_empty() {
            errors.add("reason", Message::new("error-amendment-reason-missing"));
        }
        if replacement.chars().count() > MAX_BODY_CHARS {
            errors.add(
                "replacement",
                Message::new("error-name-too-long").with("max", MAX_BODY_CHARS),
            );
        }
        if reason.chars().count() > Note::MAX {
            errors.add(
                "reason",
                Message::new("error-name-too-long").with("max", Note::MAX),
            );
        }
        errors.into_result()?;
        Ok((passage, replacement, reason))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> LanguageTag {
        LanguageTag::parse(text).expect("tag")
    }

    fn draft() -> TextDraft {
        TextDraft {
            title: Label::parse("Joint statement").expect("label"),
            kind: TextKind::JointStatement,
            language: tag("ru"),
            body: "Участники согласны.\r\n".into(),
            distribution: Distribution::Group,
            classification: Classification::Unclassified,
            listed: Vec::new(),
            lists_secretariat: false,
            meeting: None,
            translations: vec![LanguageDraft {
                language: tag("en"),
                body: "The participants agree.".into(),
                status: LanguageStatus::Translation,
                prevailing: false,
            }],
        }
    }

    fn context<'a>(
        drafter: Option<&'a PartyCode>,
        is_party: &'a dyn Fn(&PartyCode) -> bool,
    ) -> DraftingContext<'a> {
        DraftingContext {
            drafter,
            clearance: Classification::Restricted,
            is_party,
            meeting_of_group: true,
        }
    }

    #[test]
    fn a_draft_is_returned_with_its_bodies_in_canonical_form() {
        let uz = PartyCode::parse("UZ").expect("code");
        let anyone = |_: &PartyCode| true;
        let checked = draft().check(&context(Some(&uz), &anyone)).expect("valid");
        assert_eq!(checked.body, "Участники согласны.");
    }

    #[test]
    fn the_secretariat_files_no_national_paper() {
        let anyone = |_: &PartyCode| true;
        let national = TextDraft {
            distribution: Distribution::National,
            ..draft()
        };
        let refused = national
            .check(&context(None, &anyone))
            .expect_err("refused");
        assert!(refused.message_for("distribution").is_some());
    }

    #[test]
    fn every_problem_of_a_draft_is_named_by_its_field_at_once() {
        let uz = PartyCode::parse("UZ").expect("code");
        let nobody = |_: &PartyCode| false;
        let mut bad = TextDraft {
            listed: vec![PartyCode::parse("FR").expect("code")],
            classification: Classification::Confidential,
            meeting: Some(MeetingId::new(9)),
            body: "  ".into(),
            ..draft()
        };
        bad.translations[0].language = tag("ru");
        let context = DraftingContext {
            meeting_of_group: false,
            ..context(Some(&uz), &nobody)
        };
        let refused = bad.check(&context).expect_err("refused");
        for field in [
            "body",
            "listed",
            "classification",
            "meeting",
            "translations[0].language",
        ] {
            assert!(refused.message_for(field).is_some(), "{field}: {refused}");
        }
    }

    #[test]
    fn only_the_latest_version_without_brackets_goes_to_a_decision() {
        assert!(check_ready_for_decision(2, 2, "The parties agree.").is_ok());
        let older = check_ready_for_decision(1, 2, "The parties agree.").expect_err("old");
        assert_eq!(
            older.message_for("version"),
            Some(
                &Message::new("error-text-version-not-latest")
                    .with("asked", 1_i64)
                    .with("latest", 2_i64)
            )
        );
        let bracketed = check_ready_for_decision(2, 2, "The parties [[{KZ} agree || note]] it.")
            .expect_err("open");
        assert!(bracketed
            .message_for("version")
            .is_some_and(|m| m.id() == "error-text-open-bracket-held"));
    }

    #[test]
    fn an_amendments_overlong_reason_is_named_as_the_reason() {
        let amendment = AmendmentDraft {
            version: 1,
            passage: "agree".into(),
            replacement: "note".into(),
            reason: "x".repeat(Note::MAX + 1),
        };
        let refused = amendment
            .check("The participants agree.", 1)
            .expect_err("refused");
        assert!(refused.message_for("reason").is_some(), "{refused}");
        assert!(refused.message_for("replacement").is_none(), "{refused}");
    }
}
