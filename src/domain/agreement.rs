//! Agreements a party signs with a counterpart (DOMAIN.md §6), and their totals per party and
//! currency over what a reader may see: money is summed per currency, never across.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::Date;

use super::figures::{Currency, Money, MoneyError, Source};
use super::marking::MarkingChoice;
use super::message::Message;
use super::names::{Label, PartyCode};
use super::track::TrackCode;
use super::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgreementStatus {
    Signed,
    InForce,
    Implemented,
    Stalled,
    Terminated,
}

impl AgreementStatus {
    pub const ALL: [AgreementStatus; 5] = [
        AgreementStatus::Signed,
        AgreementStatus::InForce,
        AgreementStatus::Implemented,
        AgreementStatus::Stalled,
        AgreementStatus::Terminated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgreementStatus::Signed => "signed",
            AgreementStatus::InForce => "in_force",
            AgreementStatus::Implemented => "implemented",
            AgreementStatus::Stalled => "stalled",
            AgreementStatus::Terminated => "terminated",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for AgreementStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How many agreements an entry stands for (one aggregate entry may record a visit's 35):
/// at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AgreementCount(u32);

impl AgreementCount {
    pub fn new(count: i64) -> Result<Self, Message> {
        u32::try_from(count)
            .ok()
            .filter(|c| *c >= 1)
            .map(Self)
            .ok_or_else(|| Message::new("error-agreement-count"))
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for AgreementCount {
    fn default() -> Self {
        Self(1)
    }
}

/// What one entry adds to the totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub party: PartyCode,
    pub count: AgreementCount,
    pub value: Option<Money>,
}

/// A party's agreements in one currency (or without a value: `currency` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementTotal {
    pub party: PartyCode,
    pub currency: Option<Currency>,
    pub amount_minor: i64,
    pub count: u64,
}

/// Totals per party and currency of the agreements given, which must be only those the
/// reader may see (the caller filters first: an invisible agreement changes no total).
pub fn totals<'a>(
    agreements: impl IntoIterator<Item = &'a Counted>,
) -> Result<Vec<AgreementTotal>, MoneyError> {
    let mut sums: BTreeMap<(PartyCode, Option<Currency>), (i64, u64)> = BTreeMap::new();
    for agreement in agreements {
        let currency = agreement.value.map(|v| v.currency);
        let sum = sums
            .entry((agreement.party.clone(), currency))
            .or_insert((0, 0));
        let amount = agreement.value.map_or(0, |v| v.amount_minor);
        sum.0 = sum.0.checked_add(amount).ok_or(MoneyError::TooLarge)?;
        sum.1 += u64::from(agreement.count.get());
    }
    Ok(sums
        .into_iter()
        .map(
            |((party, currency), (amount_minor, count))| AgreementTotal {
                party,
                currency,
                amount_minor,
                count,
            },
        )
        .collect())
}

/// An agreement's dates make sense: signed on a day that has come.
pub fn check_signed_on(signed_on: Date, today: Date) -> Result<(), Message> {
    if signed_on > today {
        Err(Message::new("error-agreement-signed-in-future"))
    } else {
        Ok(())
    }
}

/// An agreement as someone records it, before it is checked against the group.
#[derive(Debug, Clone)]
pub struct AgreementDraft {
    pub title: Label,
    pub party: PartyCode,
    pub counterpart: PartyCode,
    pub track: TrackCode,
    pub signed_on: Date,
    pub place: Label,
    pub count: AgreementCount,
    pub value: Option<Money>,
    pub status: AgreementStatus,
    pub source: Source,
    pub marking: MarkingChoice,
}

impl AgreementDraft {
    /// The party is one of the group's, the track one of its tracks, and the agreement has
    /// been signed; the counterpart may be anyone (it is usually not a party of the group).
    pub fn check(
        self,
        today: Date,
        is_party: &dyn Fn(&PartyCode) -> bool,
        is_track: &dyn Fn(&TrackCode) -> bool,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !is_party(&self.party) {
            errors.add(
                "party",
                Message::new("error-group-not-a-party").with("party", &self.party),
            );
        }
        if self.counterpart == self.party {
            errors.add("counterpart", Message::new("error-agreement-same-party"));
        }
        if !is_track(&self.track) {
            errors.add(
                "track",
                Message::new("error-group-not-a-track").with("track", &self.track),
            );
        }
        errors.check("signed_on", check_signed_on(self.signed_on, today));
        errors.into_result()?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(major: &str) -> Option<Money> {
        let currency = Currency::parse("USD").expect("valid");
        Some(Money::from_major(major, currency).expect("valid"))
    }

    fn counted(party: &str, count: i64, value: Option<Money>) -> Counted {
        Counted {
            party: PartyCode::parse(party).expect("valid"),
            count: AgreementCount::new(count).expect("valid"),
            value,
        }
    }

    #[test]
    fn uzbekistans_35_agreements_total_about_2_5_bn() {
        let registry = [
            counted("UZ", 12, usd("1400000000")),
            counted("UZ", 23, usd("1100000000")),
            counted("KZ", 1, None),
        ];
        let totals = totals(&registry).expect("sums");
        assert_eq!(totals.len(), 2);
        let uz = totals
            .iter()
            .find(|t| t.party.as_str() == "UZ")
            .expect("UZ");
        assert_eq!(uz.count, 35);
        assert_eq!(uz.amount_minor, 250_000_000_000);
        assert_eq!(uz.currency.map(|c| c.code()), Some("USD"));
        let kz = totals
            .iter()
            .find(|t| t.party.as_str() == "KZ")
            .expect("KZ");
        assert_eq!((kz.count, kz.currency), (1, None));
    }

    #[test]
    fn currencies_are_never_added_together() {
        let kzt = Currency::parse("KZT").expect("valid");
        let registry = [
            counted("KZ", 1, usd("10")),
            counted("KZ", 1, Some(Money::from_major("10", kzt).expect("valid"))),
        ];
        assert_eq!(totals(&registry).expect("sums").len(), 2);
    }

    #[test]
    fn a_count_is_at_least_one_and_never_negative() {
        assert!(AgreementCount::new(0).is_err());
        assert!(AgreementCount::new(-3).is_err());
        assert_eq!(AgreementCount::new(35).map(AgreementCount::get), Ok(35));
    }

    #[test]
    fn statuses_read_back_from_their_codes() {
        for status in AgreementStatus::ALL {
            assert_eq!(AgreementStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(AgreementStatus::parse("ratified"), None);
    }

    fn draft() -> AgreementDraft {
        AgreementDraft {
            title: Label::parse("Trade agreements of the Kabul visit").expect("valid"),
            party: PartyCode::parse("UZ").expect("valid"),
            counterpart: PartyCode::parse("AF").expect("valid"),
            track: TrackCode::parse("trade").expect("valid"),
            signed_on: "2024-08-17".parse().expect("a date"),
            place: Label::parse("Kabul").expect("valid"),
            count: AgreementCount::new(23).expect("valid"),
            value: usd("1100000000"),
            status: AgreementStatus::Signed,
            source: Source {
                citation: "News reports of the visit".into(),
                url: None,
            },
            marking: MarkingChoice {
                distribution: crate::domain::marking::Distribution::Group,
                classification: crate::domain::marking::Classification::Unclassified,
                listed: Vec::new(),
            },
        }
    }

    #[test]
    fn an_agreement_names_a_party_and_track_of_the_group_and_is_already_signed() {
        let today: Date = "2026-12-01".parse().expect("a date");
        let members = |p: &PartyCode| ["KZ", "KG", "TJ", "UZ"].contains(&p.as_str());
        let tracks = |t: &TrackCode| t.as_str() == "trade";
        assert!(draft().check(today, &members, &tracks).is_ok());
        let mut wrong = draft();
        wrong.party = PartyCode::parse("FR").expect("valid");
        wrong.track = TrackCode::parse("space").expect("valid");
        wrong.signed_on = "2027-01-01".parse().expect("a date");
        let errors = wrong.check(today, &members, &tracks).expect_err("refused");
        for field in ["party", "track", "signed_on"] {
            assert!(errors.message_for(field).is_some(), "{field}");
        }
    }
}
