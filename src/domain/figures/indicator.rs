//! Indicators and what is recorded against them (DOMAIN.md §6): an indicator's code, an
//! observation and a target as someone records them, and the checks each passes before it is
//! kept.

use std::fmt;

use rust_decimal::Decimal;

use super::observation::{Flow, Source};
use super::period::Period;
use crate::domain::marking::MarkingChoice;
use crate::domain::message::Message;
use crate::domain::names::{Label, NameError, Note, PartyCode};
use crate::domain::validation::ValidationErrors;

/// An indicator's code within its group: lowercase letters, digits and underscores
/// (`trade_turnover`), as scripts and the command line name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IndicatorCode(String);

impl IndicatorCode {
    pub fn parse(text: &str) -> Result<Self, NameError> {
        let text = text.trim();
        let shaped = (2..=40).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !shaped {
            return Err(NameError::Shape(crate::domain::names::Shape::IndicatorCode));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IndicatorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An indicator as the secretariat defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorDraft {
    pub code: IndicatorCode,
    pub name: Label,
    /// What one unit is, e.g. "USD".
    pub unit: Label,
    pub flow: Option<Flow>,
}

/// A figure as someone records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObservationDraft {
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub period: Period,
    pub value: Decimal,
    pub source: Source,
    pub note: Option<Note>,
    pub marking: MarkingChoice,
}

impl ObservationDraft {
    /// The reporter is a party of the group and reports on another; a figure is never
    /// negative for a flow (trade in one direction cannot be below nothing).
    pub fn check(
        self,
        flow: Option<Flow>,
        is_party: &dyn Fn(&PartyCode) -> bool,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_pair(&mut errors, &self.reporter, &self.partner, is_party);
        if flow.is_some() && self.value < Decimal::ZERO {
            errors.add("value", Message::new("error-figures-flow-negative"));
        }
        errors.into_result()?;
        Ok(self)
    }
}

/// What a reporter–partner pair means to reach: `value` a year, by the end of `by`'s year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetDraft {
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub value: Decimal,
    pub by: jiff::civil::Date,
    pub source: Source,
}

impl TargetDraft {
    /// A target is above zero and names a pair of which the reporter is a party of the group.
    pub fn check(self, is_party: &dyn Fn(&PartyCode) -> bool) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        check_pair(&mut errors, &self.reporter, &self.partner, is_party);
        if self.value <= Decimal::ZERO {
            errors.add("value", Message::new("error-figures-target-not-positive"));
        }
        errors.into_result()?;
        Ok(self)
    }
}

fn check_pair(
    errors: &mut ValidationErrors,
    reporter: &PartyCode,
    partner: &PartyCode,
    is_party: &dyn Fn(&PartyCode) -> bool,
) {
    if !is_party(reporter) {
        errors.add(
            "reporter",
            Message::new("error-group-not-a-party").with("party", reporter),
        );
    }
    if partner == reporter {
        errors.add("partner", Message::new("error-figures-same-party"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::marking::{Classification, Distribution};

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    fn figure(value: i64) -> ObservationDraft {
        ObservationDraft {
            reporter: code("KZ"),
            partner: code("AF"),
            period: Period::year(2024).expect("a year"),
            value: Decimal::from(value),
            source: Source {
                citation: "Astana Times".into(),
                url: None,
            },
            note: None,
            marking: MarkingChoice {
                distribution: Distribution::Group,
                classification: Classification::Unclassified,
                listed: Vec::new(),
            },
        }
    }

    fn members(party: &PartyCode) -> bool {
        ["KZ", "KG", "TJ", "UZ"].contains(&party.as_str())
    }

    #[test]
    fn indicator_codes_are_stable_lowercase_words() {
        assert!(IndicatorCode::parse("trade_turnover").is_ok());
        assert!(IndicatorCode::parse("Trade").is_err());
        assert!(IndicatorCode::parse("9lives").is_err());
    }

    #[test]
    fn a_figure_is_reported_by_a_party_of_the_group_about_another() {
        assert!(figure(545_200_000)
            .check(Some(Flow::Turnover), &members)
            .is_ok());
        let mut outsider = figure(1);
        outsider.reporter = code("FR");
        let errors = outsider.check(None, &members).expect_err("refused");
        assert_eq!(
            errors.message_for("reporter"),
            Some(&Message::new("error-group-not-a-party").with("party", "FR"))
        );
        let mut itself = figure(1);
        itself.partner = code("KZ");
        assert!(itself.check(None, &members).is_err());
    }

    #[test]
    fn a_flow_is_never_negative_but_a_level_may_be() {
        assert!(figure(-5).check(Some(Flow::Exports), &members).is_err());
        assert!(figure(-5).check(None, &members).is_ok());
    }

    #[test]
    fn a_target_is_above_zero() {
        let target = TargetDraft {
            reporter: code("KZ"),
            partner: code("AF"),
            value: Decimal::ZERO,
            by: "2029-12-31".parse().expect("a date"),
            source: Source {
                citation: "Roadmap of 22 October 2024".into(),
                url: None,
            },
        };
        assert!(target.check(&members).is_err());
    }
}
