//! What a negotiated text is (DOMAIN.md §3, §4.4): its kind, its language versions and their
//! status, which scripts run right to left, and the symbols decisions are numbered by.

use std::fmt;
use std::str::FromStr;

use super::names::GroupCode;
use super::role::UnknownVariant;

/// What a text is meant to become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextKind {
    JointStatement,
    Decision,
    Minutes,
    Roadmap,
    ChairsSummary,
    NonPaper,
}

impl TextKind {
    pub const ALL: [TextKind; 6] = [
        TextKind::JointStatement,
        TextKind::Decision,
        TextKind::Minutes,
        TextKind::Roadmap,
        TextKind::ChairsSummary,
        TextKind::NonPaper,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TextKind::JointStatement => "joint_statement",
            TextKind::Decision => "decision",
            TextKind::Minutes => "minutes",
            TextKind::Roadmap => "roadmap",
            TextKind::ChairsSummary => "chairs_summary",
            TextKind::NonPaper => "non_paper",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TextKind::JointStatement => "joint statement",
            TextKind::Decision => "decision",
            TextKind::Minutes => "minutes",
            TextKind::Roadmap => "roadmap",
            TextKind::ChairsSummary => "chair's summary",
            TextKind::NonPaper => "non-paper",
        }
    }

    /// Non-papers are never adopted; a chair's summary is issued on the chair's
    /// responsibility, not negotiated.
    pub fn may_be_adopted(self) -> bool {
        !matches!(self, TextKind::NonPaper | TextKind::ChairsSummary)
    }
}

impl FromStr for TextKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant(
                "joint_statement, decision, minutes, roadmap, chairs_summary, non_paper",
            ))
    }
}

impl fmt::Display for TextKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a language version is an authentic text or a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LanguageStatus {
    Authentic,
    Translation,
}

impl LanguageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LanguageStatus::Authentic => "authentic",
            LanguageStatus::Translation => "translation",
        }
    }
}

impl FromStr for LanguageStatus {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "authentic" => Ok(LanguageStatus::Authentic),
            "translation" => Ok(LanguageStatus::Translation),
            _ => Err(UnknownVariant("authentic, translation")),
        }
    }
}

/// A BCP 47 language tag such as `ru`, `en`, `fa-AF` or `uz-Arab`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("must be a language tag such as ru, en, fa-AF or uz-Arab")]
pub struct BadLanguageTag;

impl crate::domain::message::Explain for BadLanguageTag {
    fn message(&self) -> crate::domain::message::Message {
        crate::domain::message::Message::new("error-document-bad-language-tag")
    }
}

impl LanguageTag {
    pub fn parse(text: &str) -> Result<Self, BadLanguageTag> {
        let text = text.trim();
        let mut parts = text.split('-');
        let primary = parts.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
        let rest_ok = parts.all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if primary_ok && rest_ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(BadLanguageTag)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Arabic-script languages are written right to left: Dari (`fa-AF`), Pashto (`ps`),
    /// Uzbek in Arabic script (`uz-Arab`), and Arabic, Persian, Urdu generally.
    pub fn is_right_to_left(&self) -> bool {
        let tag = self.0.as_str();
        let primary = tag.split('-').next().unwrap_or_default();
        matches!(primary, "ar" | "fa" | "prs" | "ps" | "ur" | "he" | "yi")
            || tag.split('-').any(|part| part == "Arab")
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A series of documents a group numbers per year, each in its own count: decisions
/// (`DEC`) and circulated papers for information (`INF`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SymbolSeries {
    Decision,
    Information,
}

impl SymbolSeries {
    /// The series' part of a symbol.
    pub fn as_str(self) -> &'static str {
        match self {
            SymbolSeries::Decision => "DEC",
            SymbolSeries::Information => "INF",
        }
    }
}

/// A document's symbol: `{GROUP}/{YEAR}/{SERIES}/{n}`, numbered per group, series and year.
pub fn symbol(group: &GroupCode, year: i16, series: SymbolSeries, number: i64) -> String {
    format!("{group}/{year}/{}/{number}", series.as_str())
}

/// A decision's symbol: `{GROUP}/{YEAR}/DEC/{n}`, numbered per group and year.
pub fn decision_symbol(group: &GroupCode, year: i16, number: i64) -> String {
    symbol(group, year, SymbolSeries::Decision, number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_script_languages_run_right_to_left() {
        for tag in ["fa-AF", "ps", "uz-Arab", "ar"] {
            assert!(
                LanguageTag::parse(tag).expect("valid").is_right_to_left(),
                "{tag}"
            );
        }
        for tag in ["ru", "en", "uz", "uz-Cyrl", "kk"] {
            assert!(
                !LanguageTag::parse(tag).expect("valid").is_right_to_left(),
                "{tag}"
            );
        }
    }

    #[test]
    fn malformed_language_tags_are_refused() {
        for tag in ["", "RU", "english", "e", "ru-"] {
            assert!(LanguageTag::parse(tag).is_err(), "{tag}");
        }
    }

    #[test]
    fn decisions_are_numbered_per_group_and_year() {
        let group = GroupCode::parse("CGA").expect("valid");
        assert_eq!(decision_symbol(&group, 2026, 1), "CGA/2026/DEC/1");
    }

    #[test]
    fn papers_for_information_are_numbered_in_their_own_series() {
        let group = GroupCode::parse("CGA").expect("valid");
        assert_eq!(
            symbol(&group, 2026, SymbolSeries::Information, 3),
            "CGA/2026/INF/3"
        );
    }

    #[test]
    fn non_papers_are_never_adopted() {
        assert!(!TextKind::NonPaper.may_be_adopted());
        assert!(TextKind::JointStatement.may_be_adopted());
    }
}
