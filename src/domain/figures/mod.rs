//! Figures the group watches (DOMAIN.md §6): money in minor units, periods of days,
//! indicators' observations with their sources and conflicts, targets with the progress and
//! growth they imply, and reading figures from a table. Exact decimals throughout, never
//! floats.

pub mod comtrade;
pub mod import;
pub mod indicator;
pub mod money;
pub mod observation;
pub mod period;
pub mod target;

#[cfg(test)]
mod import_tests;

pub use indicator::{IndicatorCode, IndicatorDraft, ObservationDraft, TargetDraft};
pub use money::{Currency, Money, MoneyError, Totals};
pub use observation::{conflicts, Conflict, ConflictKind, Flow, Observation, Source};
pub use period::{Period, PeriodError};
pub use target::{growth_needed, progress, Goal, Progress};

use rust_decimal::Decimal;

use crate::domain::message::Message;

/// Reads a figure as the API writes it: an optional minus, 1 to 20 digits, and optionally a
/// point with 1 to 8 more (exact; no exponent, no `+`, no spaces).
pub fn exact_decimal(text: &str) -> Result<Decimal, Message> {
    let shape = || Message::new("error-figures-not-exact-decimal");
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str, max: usize| {
        (1..=max).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(whole, 20) || !fraction.is_none_or(|f| digits(f, 8)) {
        return Err(shape());
    }
    text.parse::<Decimal>().map_err(|_| shape())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_exact_decimals_written_plainly() {
        assert_eq!(exact_decimal("545200000"), Ok(Decimal::from(545_200_000)));
        assert_eq!(
            exact_decimal("-12.5").map(|d| d.to_string()),
            Ok("-12.5".into())
        );
        for bad in [
            "",
            "1e5",
            "+5",
            "5.",
            ".5",
            "1,5",
            " 5",
            "0.123456789",
            "NaN",
        ] {
            assert!(exact_decimal(bad).is_err(), "{bad:?}");
        }
    }
}
