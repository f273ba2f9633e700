//! Names that cross the system's edges as text: group codes, party codes, usernames, display
//! names, free titles. Each is parsed once into a type that can only hold a valid value.

use std::fmt;

use thiserror::Error;

use super::characters::{self, CharacterError};
use super::message::{Explain, Message, MessageArg};

#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum NameError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {0} characters")]
    TooLong(usize),
    #[error("must be {0}")]
    Shape(Shape),
    #[error("{0}")]
    Characters(#[from] CharacterError),
}

/// The shape a code or a name must have, each said in a sentence of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    GroupCode,
    PartyCode,
    Username,
    TrackCode,
    IndicatorCode,
    /// A label read back from the record.
    SingleLine,
    /// A note read back from the record.
    NoControlCharacters,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Shape::GroupCode => {
                "2 to 10 capital letters or digits, starting with a letter (e.g. CGA)"
            }
            Shape::PartyCode => "2 to 8 capital letters (ISO 3166-1 alpha-2 for a state, e.g. KZ)",
            Shape::Username => {
                "2 to 64 lowercase letters, digits, '.', '_' or '-' (e.g. kz.envoy)"
            }
            Shape::TrackCode => {
                "a track code of lowercase letters, digits and underscores (e.g. trade)"
            }
            Shape::IndicatorCode => {
                "an indicator code of lowercase letters, digits and underscores (e.g. trade_turnover)"
            }
            Shape::SingleLine => "a single line without control characters",
            Shape::NoControlCharacters => "text without control characters",
        })
    }
}

impl Explain for NameError {
    fn message(&self) -> Message {
        match self {
            NameError::Empty => Message::new("error-name-empty"),
            NameError::TooLong(max) => Message::new("error-name-too-long").with("max", *max),
            NameError::Shape(shape) => Message::new(match shape {
                Shape::GroupCode => "error-name-shape-group-code",
                Shape::PartyCode => "error-name-shape-party-code",
                Shape::Username => "error-name-shape-username",
                Shape::TrackCode => "error-name-shape-track-code",
                Shape::IndicatorCode => "error-name-shape-indicator-code",
                Shape::SingleLine => "error-name-shape-single-line",
                Shape::NoControlCharacters => "error-name-shape-no-control-characters",
            }),
            NameError::Characters(error) => error.message(),
        }
    }
}

fn check_length(text: &str, max: usize) -> Result<(), NameError> {
    if text.is_empty() {
        return Err(NameError::Empty);
    }
    if text.chars().count() > max {
        return Err(NameError::TooLong(max));
    }
    Ok(())
}

macro_rules! text_accessors {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl From<&$name> for MessageArg {
            fn from(name: &$name) -> Self {
                MessageArg::Text(name.0.clone())
            }
        }
    };
}

/// Short code of a group used in document symbols, e.g. `CGA`: 2 to 10 capital letters or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupCode(String);
text_accessors!(GroupCode);

impl GroupCode {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        check_length(text, 10)?;
        let valid = text.len() >= 2
            && text.starts_with(|c: char| c.is_ascii_uppercase())
            && text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !valid {
            return Err(NameError::Shape(Shape::GroupCode));
        }
        Ok(Self(text.to_owned()))
    }
}

/// Code of a party: ISO 3166-1 alpha-2 for states (`KZ`), up to 8 capitals for organisations.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartyCode(String);
text_accessors!(PartyCode);

impl PartyCode {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        check_length(text, 8)?;
        let valid = text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase());
        if !valid {
            return Err(NameError::Shape(Shape::PartyCode));
        }
        Ok(Self(text.to_owned()))
    }

    /// Whether `text` is a party code exactly as one is written (what `parse` accepts and
    /// gives back unchanged), checked without allocating.
    pub fn is_canonical(text: &str) -> bool {
        (2..=8).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// A sign-in name: lowercase letters, digits, `.`, `_`, `-`; 2 to 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Username(String);
text_accessors!(Username);

impl Username {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        check_length(text, 64)?;
        let valid = text.len() >= 2
            && text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        if !valid {
            return Err(NameError::Shape(Shape::Username));
        }
        Ok(Self(text.to_owned()))
    }
}

/// Free text that names or titles something (a person, a group, an agenda item, a city).
/// Trimmed, never empty, bounded, one line of visible characters (see
/// [`characters::check_label`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(String);
text_accessors!(Label);

impl Label {
    pub const MAX: usize = 300;

    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        check_length(text, Self::MAX)?;
        characters::check_label(text)?;
        Ok(Self(text.to_owned()))
    }

    /// An optional label (a person's title): blank means none.
    pub fn parse_optional(text: &str) -> Result<Option<Self>, NameError> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(text).map(Some)
        }
    }

    /// A label read back from the record, checked by the looser rule in force before
    /// invisible characters were refused, so that a name written then still reads.
    pub fn from_record(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        check_length(text, Self::MAX)?;
        if text.chars().any(char::is_control) {
            return Err(NameError::Shape(Shape::SingleLine));
        }
        Ok(Self(text.to_owned()))
    }
}

/// Longer free text (a description); may be empty, bounded, lines in LF, prose characters
/// only (see [`characters::prose`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note(String);
text_accessors!(Note);

impl Note {
    pub const MAX: usize = 10_000;

    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = characters::prose(text.trim())?;
        if text.chars().count() > Self::MAX {
            return Err(NameError::TooLong(Self::MAX));
        }
        Ok(Self(text))
    }

    /// A note read back from the record, checked by the looser rule in force when older
    /// notes were written (CR and direction overrides were allowed then).
    pub fn from_record(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        if text.chars().count() > Self::MAX {
            return Err(NameError::TooLong(Self::MAX));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            return Err(NameError::Shape(Shape::NoControlCharacters));
        }
        Ok(Self(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_accept_the_demo_group_and_parties() {
        assert_eq!(
            GroupCode::parse("CGA").map(|c| c.to_string()),
            Ok("CGA".into())
        );
        for party in ["KZ", "KG", "TJ", "UZ", "TM", "AF", "OSCE"] {
            assert!(PartyCode::parse(party).is_ok(), "{party}");
        }
    }

    #[test]
    fn codes_refuse_lowercase_and_punctuation() {
        assert!(GroupCode::parse("cga").is_err());
        assert!(GroupCode::parse("C").is_err());
        assert!(PartyCode::parse("K1").is_err());
        assert!(PartyCode::parse("").is_err());
    }

    #[test]
    fn a_party_code_is_canonical_exactly_when_it_reads_back_unchanged() {
        for text in [
            "KZ",
            "OSCE",
            "ABCDEFGH",
            " KZ",
            "KZ ",
            "kz",
            "K",
            "",
            "ABCDEFGHI",
            "K1",
            "ÄB",
        ] {
            let unchanged = PartyCode::parse(text).is_ok_and(|code| code.as_str() == text);
            assert_eq!(PartyCode::is_canonical(text), unchanged, "{text:?}");
        }
    }

    #[test]
    fn usernames_are_lowercase_words_with_dots() {
        assert!(Username::parse("uz.envoy").is_ok());
        assert!(Username::parse("Uz.Envoy").is_err());
        assert!(Username::parse("a b").is_err());
        assert!(Username::parse(".hidden").is_err());
    }

    #[test]
    fn labels_are_trimmed_and_single_line() {
        assert_eq!(
            Label::parse("  Tashkent  ").map(|l| l.to_string()),
            Ok("Tashkent".into())
        );
        assert_eq!(Label::parse("   "), Err(NameError::Empty));
        assert!(Label::parse("two\nlines").is_err());
        assert!(Label::parse(&"x".repeat(301)).is_err());
    }

    #[test]
    fn labels_refuse_invisible_characters_that_older_records_may_hold() {
        let spaced = "Tash\u{200B}kent";
        assert!(matches!(
            Label::parse(spaced),
            Err(NameError::Characters(CharacterError::Invisible(_)))
        ));
        assert_eq!(
            Label::from_record(spaced).map(|l| l.to_string()),
            Ok(spaced.to_owned())
        );
    }

    #[test]
    fn an_optional_label_may_be_blank() {
        assert_eq!(Label::parse_optional("  "), Ok(None));
        assert_eq!(
            Label::parse_optional(" Ambassador ").map(|l| l.map(|l| l.to_string())),
            Ok(Some("Ambassador".to_owned()))
        );
        assert!(Label::parse_optional("Ambassador\u{0}").is_err());
    }

    #[test]
    fn notes_keep_lines_in_lf_and_refuse_control_characters() {
        assert_eq!(
            Note::parse("first\r\nsecond\r\n").map(|n| n.to_string()),
            Ok("first\nsecond".to_owned())
        );
        assert!(matches!(
            Note::parse("bell\u{7}"),
            Err(NameError::Characters(CharacterError::Control(_)))
        ));
    }
}
