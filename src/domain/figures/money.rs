//! Money: a whole number of the currency's minor units with its ISO 4217 code, never a float.
//! USD 2.5 bn is `{ amount_minor: 250000000000, currency: USD }` (cents).

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use thiserror::Error;

use crate::domain::message::{Explain, Message};

/// An ISO 4217 currency with minor units (`USD`, `KZT`, `UZS`); funds codes without minor
/// units (gold, `XAU`, or the code for "no currency") are not money the group counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("not an ISO 4217 currency code (three capitals, such as USD)")]
    UnknownCurrency,
    #[error("not an amount: write digits, with at most {0} decimals for this currency")]
    NotAnAmount(u32),
    #[error("an amount may not be negative")]
    Negative,
    #[error("the amount is too large")]
    TooLarge,
}

impl Explain for MoneyError {
    fn message(&self) -> Message {
        match self {
            MoneyError::UnknownCurrency => Message::new("error-money-unknown-currency"),
            MoneyError::NotAnAmount(decimals) => {
                Message::new("error-money-not-an-amount").with("decimals", *decimals)
            }
            MoneyError::Negative => Message::new("error-money-negative"),
            MoneyError::TooLarge => Message::new("error-money-too-large"),
        }
    }
}

impl Currency {
    pub fn parse(code: &str) -> Result<Self, MoneyError> {
        let currency =
            iso_currency::Currency::from_code(code.trim()).ok_or(MoneyError::UnknownCurrency)?;
        currency.exponent().ok_or(MoneyError::UnknownCurrency)?;
        Ok(Self(currency))
    }

    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// How many decimals a major unit has (2 for USD, 0 for JPY, 3 for KWD).
    pub fn exponent(&self) -> u32 {
        u32::from(self.0.exponent().unwrap_or(0))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money: minor units and their currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub amount_minor: i64,
    pub currency: Currency,
}

impl Money {
    /// Money as stored: minor units, never negative.
    pub fn new(amount_minor: i64, currency: Currency) -> Result<Self, MoneyError> {
        if amount_minor < 0 {
            return Err(MoneyError::Negative);
        }
        Ok(Self {
            amount_minor,
            currency,
        })
    }

    /// Reads an amount in major units (`"2500000000"`, `"12.50"`), exactly: more decimals than
    /// the currency has are refused, never rounded.
    pub fn from_major(text: &str, currency: Currency) -> Result<Self, MoneyError> {
        let exponent = currency.exponent();
        let text = text.trim();
        if text.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        // Digits and at most one point: no exponents, no signs, no grouping.
        let plain = !text.is_empty()
            && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && text.bytes().filter(|b| *b == b'.').count() <= 1;
        if !plain {
            return Err(MoneyError::NotAnAmount(exponent));
        }
        let amount: Decimal = text.parse().map_err(|_| MoneyError::TooLarge)?;
        if amount.normalize().scale() > exponent {
            return Err(MoneyError::NotAnAmount(exponent));
        }
        let minor = amount
            .checked_mul(Decimal::from(10_i64.pow(exponent)))
            .ok_or(MoneyError::TooLarge)?;
        let minor = i64::try_from(minor.normalize()).map_err(|_| MoneyError::TooLarge)?;
        Self::new(minor, currency)
    }

    /// The amount in major units, exact.
    pub fn major(&self) -> Decimal {
        Decimal::new(self.amount_minor, self.currency.exponent())
    }
}

impl fmt::Display for Money {
    /// `USD 2500000000.00`: the code, then the exact amount with the currency's decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.major())
    }
}

/// A sum per currency: amounts in different currencies are never added together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals(BTreeMap<Currency, i64>);

impl Totals {
    pub fn add(&mut self, money: Money) -> Result<(), MoneyError> {
        let sum = self.0.entry(money.currency).or_insert(0);
        *sum = sum
            .checked_add(money.amount_minor)
            .ok_or(MoneyError::TooLarge)?;
        Ok(())
    }

    pub fn iter(&self) -> impl Iterator<Item = Money> + '_ {
        self.0.iter().map(|(currency, amount_minor)| Money {
            amount_minor: *amount_minor,
            currency: *currency,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd() -> Currency {
        Currency::parse("USD").expect("valid")
    }

    #[test]
    fn a_currency_is_an_iso_4217_code_with_minor_units() {
        assert_eq!(usd().exponent(), 2);
        assert_eq!(Currency::parse("JPY").expect("valid").exponent(), 0);
        assert_eq!(Currency::parse("KWD").expect("valid").exponent(), 3);
        assert_eq!(Currency::parse("UZS").expect("valid").code(), "UZS");
        assert_eq!(Currency::parse("ABC"), Err(MoneyError::UnknownCurrency));
        assert_eq!(Currency::parse("usd"), Err(MoneyError::UnknownCurrency));
        assert_eq!(Currency::parse("XAU"), Err(MoneyError::UnknownCurrency));
    }

    #[test]
    fn amounts_are_read_exactly_in_minor_units_and_never_rounded() {
        let bn = Money::from_major("2500000000", usd()).expect("valid");
        assert_eq!(bn.amount_minor, 250_000_000_000);
        assert_eq!(
            Money::from_major("12.5", usd())
                .expect("valid")
                .amount_minor,
            1250
        );
        assert_eq!(
            Money::from_major("0.001", usd()),
            Err(MoneyError::NotAnAmount(2))
        );
        assert_eq!(Money::from_major("-5", usd()), Err(MoneyError::Negative));
        assert_eq!(
            Money::from_major("1e9", usd()),
            Err(MoneyError::NotAnAmount(2))
        );
        assert_eq!(
            Money::from_major("99999999999999999999", usd()),
            Err(MoneyError::TooLarge)
        );
        assert_eq!(bn.to_string(), "USD 2500000000.00");
    }

    #[test]
    fn totals_keep_each_currency_apart() {
        let mut totals = Totals::default();
        totals
            .add(Money::new(100, usd()).expect("valid"))
            .expect("valid");
        totals
            .add(Money::new(250, usd()).expect("valid"))
            .expect("valid");
        let kzt = Currency::parse("KZT").expect("valid");
        totals
            .add(Money::new(7, kzt).expect("valid"))
            .expect("valid");
        let sums: Vec<String> = totals.iter().map(|m| m.to_string()).collect();
        assert_eq!(sums, ["KZT 0.07", "USD 3.50"]);
        let mut full = Totals::default();
        full.add(Money::new(i64::MAX, usd()).expect("valid"))
            .expect("valid");
        assert_eq!(
            full.add(Money::new(1, usd()).expect("valid")),
            Err(MoneyError::TooLarge)
        );
    }

    proptest! {
        #[test]
        fn minor_units_read_back_from_their_major_amount(minor in 0i64..i64::MAX / 1000) {
            let money = Money::new(minor, usd()).expect("valid");
            let again = Money::from_major(&money.major().to_string(), usd()).expect("valid");
            prop_assert_eq!(again, money);
        }
    }
}
