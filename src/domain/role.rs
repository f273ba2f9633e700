//! How a party stands in a group and what a person does inside a delegation (DOMAIN.md §1).

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::message::{Explain, Message};

/// A word that is none of an enumeration's wire values, which the message lists.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("must be one of: {0}")]
pub struct UnknownVariant(pub &'static str);

impl Explain for UnknownVariant {
    fn message(&self) -> Message {
        Message::new("error-choice-one-of").with("values", self.0)
    }
}

/// A party's place in a group: only members have a voice in decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    Member,
    Observer,
    Guest,
}

impl Standing {
    pub const ALL: [Standing; 3] = [Standing::Member, Standing::Observer, Standing::Guest];

    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Member => "member",
            Standing::Observer => "observer",
            Standing::Guest => "guest",
        }
    }
}

impl FromStr for Standing {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|standing| standing.as_str() == text)
            .ok_or(UnknownVariant("member, observer, guest"))
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's role in a group. Every role but `Secretariat` belongs to one party's delegation;
/// the secretariat serves the chair and belongs to no delegation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Envoy,
    Deputy,
    Delegate,
    Expert,
    Secretariat,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Envoy,
        Role::Deputy,
        Role::Delegate,
        Role::Expert,
        Role::Secretariat,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Envoy => "envoy",
            Role::Deputy => "deputy",
            Role::Delegate => "delegate",
            Role::Expert => "expert",
            Role::Secretariat => "secretariat",
        }
    }

    /// Whether this role sits in a party's delegation (and so needs a party).
    pub fn is_in_delegation(self) -> bool {
        self != Role::Secretariat
    }

    /// Rank used to order a delegation's people on a page: head first.
    pub fn precedence(self) -> u8 {
        match self {
            Role::Envoy => 0,
            Role::Deputy => 1,
            Role::Delegate => 2,
            Role::Expert => 3,
            Role::Secretariat => 4,
        }
    }
}

impl FromStr for Role {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
            .ok_or(UnknownVariant(
                "envoy, deputy, delegate, expert, secretariat",
            ))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_standings_round_trip_through_their_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        for standing in Standing::ALL {
            assert_eq!(standing.as_str().parse::<Standing>(), Ok(standing));
        }
        assert!("chair".parse::<Role>().is_err());
    }
}
