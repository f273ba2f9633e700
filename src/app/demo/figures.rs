//! The demo's figures and agreements (DEMO-DATA.md): bilateral trade turnover with
//! Afghanistan as each source reported it, disagreements included, the two trade targets, and
//! the agreements registry. Loaded by the secretariat through the same use cases as any
//! other record.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::{code, label};
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::agreement::{AgreementCount, AgreementDraft, AgreementStatus};
use crate::domain::figures::{
    Currency, Flow, IndicatorCode, IndicatorDraft, Money, ObservationDraft, Period, Source,
    TargetDraft,
};
use crate::domain::marking::{Classification, Distribution, MarkingChoice};
use crate::domain::names::Note;
use crate::domain::track::TrackCode;

/// Reporter, partner, first day, last day, value in USD, source, note.
type Figure = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// Every row of DEMO-DATA.md's table, each with its own source.
#[rustfmt::skip]
const TURNOVER: [Figure; 13] = [
    ("UZ", "AF", "2023-01-01", "2023-12-31", "866000000", "Founding news report of the group", "Not confirmed by another source."),
    ("UZ", "AF", "2023-01-01", "2023-12-31", "266000000", "Afghan ministry figure, via Eurasianet", ""),
    ("UZ", "AF", "2024-01-01", "2024-06-30", "461400000", "Uzbek statistics agency, via Daryo", ""),
    ("UZ", "AF", "2024-01-01", "2024-11-30", "999900000", "Uzbek statistics, via Kursiv", "Exports USD 969.4 M, imports USD 30.5 M."),
    ("UZ", "AF", "2025-01-01", "2025-12-31", "1700000000", "Uzbek deputy prime minister, via Trend", ""),
    ("KZ", "AF", "2022-01-01", "2022-12-31", "987900000", "Kazakh officials, via The Asia Today", ""),
    ("KZ", "AF", "2023-01-01", "2023-12-31", "567500000", "Kazakh officials, via Interfax", ""),
    ("KZ", "AF", "2024-01-01", "2024-09-30", "700000000", "Founding news report, citing CACI Analyst", ""),
    ("KZ", "AF", "2024-01-01", "2024-12-31", "545200000", "Kazakh deputy prime minister, via Astana Times", ""),
    ("KZ", "AF", "2025-01-01", "2025-08-31", "335900000", "Astana Times", ""),
    ("TM", "AF", "2023-01-01", "2023-12-31", "481000000", "Afghan ministry, via nCa", ""),
    ("TJ", "AF", "2023-01-01", "2023-12-31", "98000000", "Sputnik Tajikistan", ""),
    ("KG", "AF", "2024-01-01", "2024-06-30", "8800000", "Kyrgyz statistics, via Amu", ""),
];

/// Title, party, track, signed on, place, count, value in USD, status, source.
type Entry = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
    Option<&'static str>,
    AgreementStatus,
    &'static str,
);

/// The agreements registry of the demo.
#[rustfmt::skip]
const REGISTRY: [Entry; 4] = [
    ("Investment agreements of the Uzbek prime minister's visit", "UZ", "trade", "2024-08-17", "Kabul", 12, Some("1400000000"), AgreementStatus::Signed, "News reports of the visit"),
    ("Trade agreements of the Uzbek prime minister's visit", "UZ", "trade", "2024-08-17", "Kabul", 23, Some("1100000000"), AgreementStatus::Signed, "News reports of the visit"),
    ("Roadmap towards USD 3 bn of annual trade", "KZ", "trade", "2024-10-22", "Almaty", 1, None, AgreementStatus::InForce, "Kazakh ministry of trade"),
    ("Framework agreement on the Trans-Afghan railway feasibility study", "UZ", "transport_logistics", "2025-07-17", "Kabul", 1, None, AgreementStatus::Signed, "Joint statement of Uzbekistan, Afghanistan and Pakistan"),
];

fn internal(what: &str, error: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("demo {what}: {error}"))
}

fn day(text: &str) -> AppResult<Date> {
    text.parse().map_err(|e| internal("date", e))
}

fn usd(text: &str) -> AppResult<Decimal> {
    text.parse().map_err(|e| internal("figure", e))
}

fn source(citation: &str) -> Source {
    Source {
        citation: citation.to_owned(),
        url: None,
    }
}

fn group_marking() -> MarkingChoice {
    MarkingChoice {
        distribution: Distribution::Group,
        classification: Classification::Unclassified,
        listed: Vec::new(),
    }
}

impl App {
    /// The trade indicator with every figure and both targets, then the agreements.
    pub(super) async fn load_demo_figures(&self, secretariat: &Caller) -> AppResult<()> {
        let indicator = self
            .define_indicator(
                secretariat,
                "CGA",
                IndicatorDraft {
                    code: IndicatorCode::parse("trade_turnover")
                        .map_err(|e| internal("code", e))?,
                    name: label("Bilateral trade turnover with Afghanistan")?,
                    unit: label("USD")?,
                    flow: Some(Flow::Turnover),
                },
            )
            .await?;
        for (reporter, partner, start, end, value, citation, note) in TURNOVER {
            let note = match note {
                "" => None,
                note => Some(Note::parse(note).map_err(|e| internal("note", e))?),
            };
            let draft = ObservationDraft {
                reporter: code(reporter)?,
                partner: code(partner)?,
                period: Period::new(day(start)?, day(end)?).map_err(|e| internal("period", e))?,
                value: usd(value)?,
                source: source(citation),
                note,
                marking: group_marking(),
            };
            self.record_observation(secretariat, indicator.id, draft)
                .await?;
        }
        let targets = [
            (
                "KZ",
                "3000000000",
                "2029-12-31",
                "Kazakhstan–Afghanistan roadmap, Almaty, 22 October 2024",
            ),
            (
                "UZ",
                "5000000000",
                "2030-12-31",
                "Uzbek deputy prime minister",
            ),
        ];
        for (reporter, value, by, citation) in targets {
            let draft = TargetDraft {
                reporter: code(reporter)?,
                partner: code("AF")?,
                value: usd(value)?,
                by: day(by)?,
                source: source(citation),
            };
            self.record_target(secretariat, indicator.id, draft).await?;
        }
        self.load_demo_agreements(secretariat).await
    }

    async fn load_demo_agreements(&self, secretariat: &Caller) -> AppResult<()> {
        let dollars = Currency::parse("USD").map_err(|e| internal("currency", e))?;
        let money =
            |major: &str| Money::from_major(major, dollars).map_err(|e| internal("money", e));
        for (title, party, track, signed_on, place, count, value, status, citation) in REGISTRY {
            let draft = AgreementDraft {
                title: label(title)?,
                party: code(party)?,
                counterpart: code("AF")?,
                track: TrackCode::parse(track).map_err(|e| internal("track", e))?,
                signed_on: day(signed_on)?,
                place: label(place)?,
                count: AgreementCount::new(count).map_err(|e| internal("count", e))?,
                value: value.map(money).transpose()?,
                status,
                source: source(citation),
                marking: group_marking(),
            };
            self.record_agreement(secretariat, "CGA", draft).await?;
        }
        Ok(())
    }
}
