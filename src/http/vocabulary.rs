//! The domain's words as a person reads them, in the request's language: roles, standings,
//! markings, kinds of text and procedure, positions, outcomes, meeting formats and states.
//! Each is the message `<family>-<stored word>` of `locales/*/vocabulary.ftl`, so a word
//! added to the domain without its message shows up in the completeness test's identifiers
//! rather than in English on a Russian page.

use crate::domain::document::TextKind;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::meeting::{MeetingFormat, MeetingStatus};
use crate::domain::procedure::{Answer, OutcomeKind, Position, ProcedureKind};
use crate::domain::role::{Role, Standing};
use crate::i18n;

fn word(family: &str, stored: &str) -> String {
    i18n::t(&format!("{family}-{}", stored.replace('_', "-")))
}

/// `UNCLASSIFIED`, `ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ`: the banner at the top and bottom of a page.
pub fn marking_banner(classification: Classification) -> String {
    word("marking-banner", classification.as_str())
}

pub fn classification(classification: Classification) -> String {
    word("classification", classification.as_str())
}

pub fn distribution(distribution: Distribution) -> String {
    word("distribution", distribution.as_str())
}

pub fn role(role: Role) -> String {
    word("role", role.as_str())
}

pub fn standing(standing: Standing) -> String {
    word("standing", standing.as_str())
}

pub fn text_kind(kind: TextKind) -> String {
    word("text-kind", kind.as_str())
}

pub fn paper_kind(kind: crate::domain::paper::PaperKind) -> String {
    word("paper-kind", kind.as_str())
}

pub fn hit_kind(kind: crate::domain::search::HitKind) -> String {
    word("search-kind", kind.as_str())
}

pub fn procedure_kind(kind: ProcedureKind) -> String {
    word("procedure-kind", kind.as_str())
}

pub fn position(position: &Position) -> String {
    word("position", position.as_str())
}

/// A party's answer: its own position, or the chair's note that no objection was heard.
pub fn answer(answer: Answer<'_>) -> String {
    word("answer", answer.as_str())
}

pub fn outcome(kind: OutcomeKind) -> String {
    word("outcome", kind.as_str())
}

pub fn meeting_format(format: MeetingFormat) -> String {
    word("meeting-format", format.as_str())
}

pub fn meeting_status(status: MeetingStatus) -> String {
    word("meeting-status", status.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::language::UiLanguage;
    use crate::i18n::has_own_message;

    fn every_word() -> Vec<String> {
        let mut ids = Vec::new();
        let mut add = |family: &str, stored: &str| {
            ids.push(format!("{family}-{}", stored.replace('_', "-")));
        };
        for c in Classification::ALL {
            add("marking-banner", c.as_str());
            add("classification", c.as_str());
        }
        for d in Distribution::ALL {
            add("distribution", d.as_str());
        }
        for r in Role::ALL {
            add("role", r.as_str());
        }
        for s in Standing::ALL {
            add("standing", s.as_str());
        }
        for k in TextKind::ALL {
            add("text-kind", k.as_str());
        }
        for k in ProcedureKind::ALL {
            add("procedure-kind", k.as_str());
        }
        for k in OutcomeKind::ALL {
            add("outcome", k.as_str());
        }
        for f in MeetingFormat::ALL {
            add("meeting-format", f.as_str());
        }
        for s in MeetingStatus::ALL {
            add("meeting-status", s.as_str());
        }
        ids
    }

    #[test]
    fn every_word_of_the_domain_has_a_message_in_every_language() {
        for language in UiLanguage::ALL {
            for id in every_word() {
                assert!(has_own_message(language, &id, &[]), "{language} lacks {id}");
            }
        }
    }
}
