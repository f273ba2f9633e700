//! A member party's position in a consensus round (DOMAIN.md §4.1).

use jiff::Timestamp;

/// A member party's position in a consensus round (§4.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Concur,
    /// Joins consensus; the interpretive statement is attached to the decision record.
    ConcurWithStatement(String),
    /// Does not block and declines to apply the decision (constructive abstention).
    StandAside(Option<String>),
    /// Concurs subject to confirmation by the party's capital before `confirm_by`.
    AdReferendum {
        confirm_by: Timestamp,
    },
    /// Blocks; the reason is required.
    Object(String),
}

impl Position {
    pub fn as_str(&self) -> &'static str {
        match self {
            Position::Concur => "concur",
            Position::ConcurWithStatement(_) => "concur_with_statement",
            Position::StandAside(_) => "stand_aside",
            Position::AdReferendum { .. } => "ad_referendum",
            Position::Object(_) => "object",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Position::Concur => "concur",
            Position::ConcurWithStatement(_) => "concur with statement",
            Position::StandAside(_) => "stand aside",
            Position::AdReferendum { .. } => "ad referendum",
            Position::Object(_) => "object",
        }
    }

    /// Counts towards the quorum. An ad referendum does not until it is confirmed.
    pub fn is_concurring(&self) -> bool {
        matches!(self, Position::Concur | Position::ConcurWithStatement(_))
    }

    /// Lets the round be adopted: the party concurs or stands aside.
    pub fn allows_adoption(&self) -> bool {
        self.is_concurring() || matches!(self, Position::StandAside(_))
    }

    /// The text that goes with the position into the decision record, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Position::ConcurWithStatement(text) | Position::Object(text) => Some(text),
            Position::StandAside(text) => text.as_deref(),
            Position::Concur | Position::AdReferendum { .. } => None,
        }
    }
}
