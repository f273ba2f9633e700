//! Targets: a value a reporter–partner pair means to reach by a date, and how far along it is.
//! Computed in exact decimals: progress is the latest whole-year figure over the target; the
//! growth still needed is the compound yearly rate from that year's figure to the target by
//! the target's year: (target / latest)^(1 / years) − 1.

use rust_decimal::{Decimal, MathematicalOps};

use super::observation::Observation;
use crate::domain::ids::ObservationId;
use crate::domain::names::PartyCode;

/// What a pair means to reach: `value` a year, by the end of the year `by` (when a date was
/// announced).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub value: Decimal,
    pub by_year: Option<i16>,
}

/// How far a goal is reached, from the latest whole-year observation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub latest: ObservationId,
    pub year: i16,
    /// Latest over target × 100, rounded to two decimals.
    pub percent: Decimal,
    /// The yearly growth still needed, in percent rounded to two decimals; `None` when no
    /// year is set or it has come; zero once the target is reached.
    pub growth_needed_percent_per_year: Option<Decimal>,
}

/// Progress towards `goal`, from the latest whole-year observation of its pair. When two
/// sources report that year, the one recorded last is taken (the conflict is shown beside).
pub fn progress(goal: &Goal, observations: &[Observation]) -> Option<Progress> {
    let latest = observations
        .iter()
        .filter(|o| o.reporter == goal.reporter && o.partner == goal.partner)
        .filter_map(|o| o.period.whole_year().map(|year| (year, o.id, o)))
        .max_by_key(|(year, id, _)| (*year, *id))?;
    let (year, _, observation) = latest;
    if goal.value <= Decimal::ZERO {
        return None;
    }
    let percent = (observation.value / goal.value * Decimal::ONE_HUNDRED).round_dp(2);
    let growth = goal
        .by_year
        .and_then(|by| growth_needed(observation.value, goal.value, i64::from(by - year)));
    Some(Progress {
        latest: observation.id,
        year,
        percent,
        growth_needed_percent_per_year: growth,
    })
}

/// The compound yearly growth, in percent, that takes `from` to `to` in `years` years.
pub fn growth_needed(from: Decimal, to: Decimal, years: i64) -> Option<Decimal> {
    if years <= 0 || from <= Decimal::ZERO {
        return None;
    }
    if from >= to {
        return Some(Decimal::ZERO);
    }
    let ratio = to.checked_div(from)?;
    let yearly = ratio
        .checked_ln()?
        .checked_div(Decimal::from(years))?
        .checked_exp()?;
    Some(((yearly - Decimal::ONE) * Decimal::ONE_HUNDRED).round_dp(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::observation::Source;
    use crate::domain::figures::period::Period;
    use proptest::prelude::*;

    fn kz() -> PartyCode {
        PartyCode::parse("KZ").expect("valid")
    }
    fn af() -> PartyCode {
        PartyCode::parse("AF").expect("valid")
    }

    fn figure(id: i64, period: Period, value: &str) -> Observation {
        Observation {
            id: ObservationId::new(id),
            reporter: kz(),
            partner: af(),
            period,
            value: value.parse().expect("valid"),
            source: Source {
                citation: "s".into(),
                url: None,
            },
        }
    }

    fn kazakh_goal(by_year: Option<i16>) -> Goal {
        Goal {
            reporter: kz(),
            partner: af(),
            value: "3000000000".parse().expect("valid"),
            by_year,
        }
    }

    #[test]
    fn kazakh_trade_of_2024_is_18_percent_of_3_bn_and_needs_about_41_percent_a_year() {
        let observations = [
            figure(1, Period::year(2023).expect("valid"), "567500000"),
            figure(
                2,
                Period::parse("2024-01-01", "2024-09-30").expect("valid"),
                "700000000",
            ),
            figure(3, Period::year(2024).expect("valid"), "545200000"),
            figure(
                4,
                Period::parse("2025-01-01", "2025-08-31").expect("valid"),
                "335900000",
            ),
        ];
        let progress = progress(&kazakh_goal(Some(2029)), &observations).expect("valid");
        assert_eq!(progress.latest, ObservationId::new(3));
        assert_eq!(progress.year, 2024);
        assert_eq!(progress.percent.to_string(), "18.17");
        let growth = progress.growth_needed_percent_per_year.expect("valid");
        assert_eq!(growth.round().to_string(), "41");
        assert!(growth > "40.6".parse().expect("valid") && growth < "40.7".parse().expect("valid"));
    }

    #[test]
    fn without_a_year_there_is_progress_but_no_growth_rate() {
        let observations = [figure(1, Period::year(2024).expect("valid"), "545200000")];
        let progress = progress(&kazakh_goal(None), &observations).expect("valid");
        assert_eq!(progress.growth_needed_percent_per_year, None);
    }

    #[test]
    fn partial_years_alone_give_no_progress() {
        let observations = [figure(
            1,
            Period::parse("2024-01-01", "2024-06-30").expect("valid"),
            "1",
        )];
        assert_eq!(progress(&kazakh_goal(Some(2029)), &observations), None);
    }

    #[test]
    fn a_reached_target_needs_no_growth_and_a_passed_year_gives_none() {
        assert_eq!(
            growth_needed(Decimal::from(5), Decimal::from(3), 2),
            Some(Decimal::ZERO)
        );
        assert_eq!(growth_needed(Decimal::from(1), Decimal::from(3), 0), None);
        assert_eq!(growth_needed(Decimal::ZERO, Decimal::from(3), 2), None);
        assert_eq!(
            growth_needed(Decimal::from(100), Decimal::from(121), 2),
            Some("10.00".parse().expect("valid"))
        );
    }

    proptest! {
        #[test]
        fn growing_at_the_rate_needed_reaches_the_target(
            from in 1u64..10_000_000_000, factor in 1u32..50, years in 1i64..10
        ) {
            let from = Decimal::from(from);
            let to = from * Decimal::from(factor);
            let rate = growth_needed(from, to, years).expect("valid");
            let reached = from * (Decimal::ONE + rate / Decimal::ONE_HUNDRED).powi(years);
            // The rate is rounded to 0.01 %, so the result may miss by that much a year.
            let tolerance = to * Decimal::from(years) / Decimal::from(10_000);
            prop_assert!((reached - to).abs() <= tolerance, "{} vs {}", reached, to);
        }
    }
}
