//! Periods of figures: any span of whole days, both ends included ("2024", "January–September
//! 2024", a quarter). A figure for a period is compared with another only through these rules.

use std::fmt;

use jiff::civil::Date;
use thiserror::Error;

use crate::domain::message::{Explain, Message};

/// A span of days, `start` and `end` both included; never ends before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    start: Date,
    end: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeriodError {
    #[error("not a date: write it as YYYY-MM-DD, a day that exists")]
    NotADate,
    #[error("the period ends before it starts")]
    EndsBeforeStart,
}

impl Explain for PeriodError {
    fn message(&self) -> Message {
        Message::new(match self {
            PeriodError::NotADate => "error-period-not-a-date",
            PeriodError::EndsBeforeStart => "error-period-ends-before-start",
        })
    }
}

impl Period {
    pub fn new(start: Date, end: Date) -> Result<Self, PeriodError> {
        if end < start {
            return Err(PeriodError::EndsBeforeStart);
        }
        Ok(Self { start, end })
    }

    /// Reads two ISO dates (`2024-01-01`, `2024-09-30`); `2024-02-30` is not a date.
    pub fn parse(start: &str, end: &str) -> Result<Self, PeriodError> {
        Self::new(parse_date(start)?, parse_date(end)?)
    }

    /// The calendar year `year`, 1 January to 31 December.
    pub fn year(year: i16) -> Result<Self, PeriodError> {
        let start = Date::new(year, 1, 1).map_err(|_| PeriodError::NotADate)?;
        let end = Date::new(year, 12, 31).map_err(|_| PeriodError::NotADate)?;
        Self::new(start, end)
    }

    /// A Comtrade period: `2023` (a year) or `202309` (a month).
    pub fn from_comtrade(text: &str) -> Result<Self, PeriodError> {
        let text = text.trim();
        let number = |s: &str| s.parse::<i16>().map_err(|_| PeriodError::NotADate);
        match text.len() {
            4 if text.bytes().all(|b| b.is_ascii_digit()) => Self::year(number(text)?),
            6 if text.bytes().all(|b| b.is_ascii_digit()) => {
                let year = number(&text[..4])?;
                let month = text[4..].parse::<i8>().map_err(|_| PeriodError::NotADate)?;
                let start = Date::new(year, month, 1).map_err(|_| PeriodError::NotADate)?;
                Self::new(start, start.last_of_month())
            }
            _ => Err(PeriodError::NotADate),
        }
    }

    pub fn start(&self) -> Date {
        self.start
    }

    pub fn end(&self) -> Date {
        self.end
    }

    /// Whether `other` lies wholly within this period (a period contains itself).
    pub fn contains(&self, other: &Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The year, when the period is exactly one calendar year.
    pub fn whole_year(&self) -> Option<i16> {
        let year = self.start.year();
        let is_year = self.start == Date::new(year, 1, 1).ok()?
            && self.end == Date::new(year, 12, 31).ok()?;
        is_year.then_some(year)
    }
}

fn parse_date(text: &str) -> Result<Date, PeriodError> {
    let text = text.trim();
    // jiff accepts more shapes than a person means by a date; insist on YYYY-MM-DD.
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(PeriodError::NotADate);
    }
    text.parse::<Date>().map_err(|_| PeriodError::NotADate)
}

impl fmt::Display for Period {
    /// `2024`, or `2024-01-01..2024-09-30`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.whole_year() {
            Some(year) => write!(f, "{year}"),
            None => write!(f, "{}..{}", self.start, self.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn period(start: &str, end: &str) -> Period {
        Period::parse(start, end).expect("a period")
    }

    #[test]
    fn a_period_that_ends_before_it_starts_is_refused() {
        assert_eq!(
            Period::parse("2024-09-30", "2024-01-01"),
            Err(PeriodError::EndsBeforeStart)
        );
        assert!(Period::parse("2024-01-01", "2024-01-01").is_ok());
    }

    #[test]
    fn a_day_that_does_not_exist_is_not_a_date() {
        assert_eq!(
            Period::parse("2023-02-29", "2023-12-31"),
            Err(PeriodError::NotADate)
        );
        assert_eq!(
            Period::parse("2024-1-1", "2024-12-31"),
            Err(PeriodError::NotADate)
        );
        assert_eq!(
            Period::parse("yesterday", "2024-12-31"),
            Err(PeriodError::NotADate)
        );
        assert!(Period::parse("2024-02-29", "2024-12-31").is_ok());
    }

    #[test]
    fn nine_months_lie_within_their_year_and_the_year_is_whole() {
        let year = Period::year(2024).expect("valid");
        let nine_months = period("2024-01-01", "2024-09-30");
        assert!(year.contains(&nine_months));
        assert!(!nine_months.contains(&year));
        assert_eq!(year.whole_year(), Some(2024));
        assert_eq!(nine_months.whole_year(), None);
        assert_eq!(year.to_string(), "2024");
        assert_eq!(nine_months.to_string(), "2024-01-01..2024-09-30");
    }

    #[test]
    fn comtrade_periods_are_years_or_months() {
        assert_eq!(
            Period::from_comtrade("2023").expect("valid"),
            Period::year(2023).expect("valid")
        );
        assert_eq!(
            Period::from_comtrade("202402").expect("valid"),
            period("2024-02-01", "2024-02-29")
        );
        assert_eq!(Period::from_comtrade("202413"), Err(PeriodError::NotADate));
        assert_eq!(Period::from_comtrade("23"), Err(PeriodError::NotADate));
    }

    fn any_period() -> impl Strategy<Value = Period> {
        (0i32..3000, 0i32..400).prop_map(|(offset, length)| {
            let start = Date::new(2020, 1, 1).expect("valid") + jiff::Span::new().days(offset);
            Period::new(start, start + jiff::Span::new().days(length)).expect("valid")
        })
    }

    proptest! {
        #[test]
        fn containment_implies_overlap_and_overlap_is_symmetric(a in any_period(), b in any_period()) {
            if a.contains(&b) {
                prop_assert!(a.overlaps(&b));
            }
            prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
            prop_assert!(a.contains(&a));
        }
    }
}
