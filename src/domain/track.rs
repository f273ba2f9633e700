//! Tracks: the areas a group works in (DOMAIN.md §6), configurable per group. Codes are
//! stable words (`transport_logistics`); names are what people read.

use std::fmt;

use super::names::{Label, NameError};

/// A track's code: lowercase letters, digits and underscores, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackCode(String);

impl TrackCode {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        let shaped = (2..=40).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !shaped {
            return Err(NameError::Shape(crate::domain::names::Shape::TrackCode));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&TrackCode> for crate::domain::message::MessageArg {
    fn from(track: &TrackCode) -> Self {
        crate::domain::message::MessageArg::Text(track.0.clone())
    }
}

impl fmt::Display for TrackCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A track of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    pub code: TrackCode,
    pub name: Label,
}

/// The first group's tracks (DOMAIN.md §6), offered to a new group until it sets its own.
pub const FIRST_GROUP_TRACKS: [(&str, &str); 10] = [
    ("trade", "Trade"),
    ("transport_logistics", "Transport and logistics"),
    ("energy", "Energy"),
    ("cultural_humanitarian", "Cultural and humanitarian ties"),
    ("humanitarian", "Humanitarian support"),
    ("border_control", "Border control"),
    ("counter_terrorism", "Counter-terrorism"),
    ("countering_extremism", "Countering extremism"),
    ("narcotics", "Narcotics trafficking"),
    ("cross_border_crime", "Cross-border crime"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn track_codes_are_stable_lowercase_words() {
        assert!(TrackCode::parse("transport_logistics").is_ok());
        assert!(TrackCode::parse("Trade").is_err());
        assert!(TrackCode::parse("_trade").is_err());
        assert!(TrackCode::parse("trade and more").is_err());
        for (code, name) in FIRST_GROUP_TRACKS {
            assert!(TrackCode::parse(code).is_ok(), "{code}");
            assert!(Label::parse(name).is_ok(), "{name}");
        }
    }
}
