//! Observations of an indicator and the rule that finds where they disagree (DOMAIN.md §6):
//! every figure is kept with its source, and a disagreement is shown, never merged away.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;

use super::period::Period;
use crate::domain::ids::ObservationId;
use crate::domain::message::Message;
use crate::domain::names::{Label, PartyCode};
use crate::domain::validation::ValidationErrors;

/// What an indicator counts, when it is a flow over time (which adds up: nine months of trade
/// are part of the year's). An indicator without a flow is a level, and parts do not add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flow {
    Exports,
    Imports,
    Turnover,
}

impl Flow {
    pub fn as_str(self) -> &'static str {
        match self {
            Flow::Exports => "exports",
            Flow::Imports => "imports",
            Flow::Turnover => "turnover",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Flow::Exports, Flow::Imports, Flow::Turnover]
            .into_iter()
            .find(|flow| flow.as_str() == text)
    }
}

/// Where a figure comes from, as a reader would cite it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub citation: String,
    pub url: Option<String>,
}

impl Source {
    /// The longest link kept.
    pub const MAX_URL: usize = 2_000;

    /// A citation a person can read (a label: one line, at most 300 characters), and, when
    /// given, a web link (`http` or `https`, no spaces); errors name `{field}.citation` and
    /// `{field}.url`.
    pub fn parse(
        field: &str,
        citation: &str,
        url: Option<&str>,
    ) -> Result<Source, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let citation = errors.check(&format!("{field}.citation"), Label::parse(citation));
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        if let Some(url) = url {
            let web = url.starts_with("https://") || url.starts_with("http://");
            let clean = url.len() <= Self::MAX_URL
                && url.chars().all(|c| {
                    c.is_ascii_graphic() || !c.is_ascii() && !c.is_control() && !c.is_whitespace()
                });
            if !web || !clean {
                errors.add(
                    &format!("{field}.url"),
                    Message::new("error-figures-bad-url"),
                );
            }
        }
        errors.into_result()?;
        Ok(Source {
            citation: citation.map(|c| c.to_string()).unwrap_or_default(),
            url: url.map(str::to_owned),
        })
    }
}

/// One figure: a reporter's value towards a partner over a period, from one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub id: ObservationId,
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub period: Period,
    pub value: Decimal,
    pub source: Source,
}

/// Two observations of one reporter–partner pair that cannot both be right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub observations: [ObservationId; 2],
    pub kind: ConflictKind,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// The same period, different values.
    SamePeriodDifferentValues,
    /// For a flow: a period within another, yet with a larger value than the whole.
    PartExceedsWhole,
}

/// Every conflict among `observations`, each pair once, in the order of their ids.
pub fn conflicts(observations: &[Observation], flow: Option<Flow>) -> Vec<Conflict> {
    let mut by_pair: BTreeMap<(&PartyCode, &PartyCode), Vec<&Observation>> = BTreeMap::new();
    for observation in observations {
        by_pair
            .entry((&observation.reporter, &observation.partner))
            .or_default()
            .push(observation);
    }
    let mut found = Vec::new();
    for mut pair in by_pair.into_values() {
        // Sorted by start, a pair can only conflict while the later one starts before the
        // earlier ends, so each observation is compared with its overlapping neighbours only.
        pair.sort_by_key(|o| (o.period.start(), o.id));
        for (i, first) in pair.iter().enumerate() {
            for second in pair[i + 1..]
                .iter()
                .take_while(|o| o.period.start() <= first.period.end())
            {
                if let Some(conflict) = conflict_between(first, second, flow) {
                    found.push(conflict);
                }
            }
        }
    }
    found.sort_by_key(|c| c.observations);
    found
}

fn conflict_between(a: &Observation, b: &Observation, flow: Option<Flow>) -> Option<Conflict> {
    let ordered = |x: &Observation, y: &Observation| {
        if x.id <= y.id {
            [x.id, y.id]
        } else {
            [y.id, x.id]
        }
    };
    if a.period == b.period {
        return (a.value != b.value).then(|| Conflict {
            observations: ordered(a, b),
            kind: ConflictKind::SamePeriodDifferentValues,
            reason: format!(
                "{}–{} for {}: {} ({}) and {} ({}) disagree",
                a.reporter,
                a.partner,
                a.period,
                a.value,
                a.source.citation,
                b.value,
                b.source.citation
            ),
        });
    }
    flow?;
    let (part, whole) = if b.period.contains(&a.period) {
        (a, b)
    } else if a.period.contains(&b.period) {
        (b, a)
    } else {
        return None;
    };
    (part.value > whole.value).then(|| Conflict {
        observations: ordered(a, b),
        kind: ConflictKind::PartExceedsWhole,
        reason: format!(
            "{}–{}: {} for {} ({}) exceeds {} for {}, which contains it ({})",
            part.reporter,
            part.partner,
            part.value,
            part.period,
            part.source.citation,
            whole.value,
            Whole(&whole.period),
            whole.source.citation
        ),
    })
}

/// "the whole of 2024" or the period as written.
struct Whole<'a>(&'a Period);

impl fmt::Display for Whole<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.whole_year() {
            Some(year) => write!(f, "the whole of {year}"),
            None => write!(f, "{}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn observation(
        id: i64,
        pair: &str,
        period: (&str, &str),
        value: &str,
        citation: &str,
    ) -> Observation {
        let (reporter, partner) = pair.split_once('-').expect("valid");
        Observation {
            id: ObservationId::new(id),
            reporter: PartyCode::parse(reporter).expect("valid"),
            partner: PartyCode::parse(partner).expect("valid"),
            period: Period::parse(period.0, period.1).expect("valid"),
            value: value.parse().expect("valid"),
            source: Source {
                citation: citation.to_owned(),
                url: None,
            },
        }
    }

    fn year(y: &str) -> (String, String) {
        (format!("{y}-01-01"), format!("{y}-12-31"))
    }

    fn demo() -> Vec<Observation> {
        let y2023 = year("2023");
        let y2024 = year("2024");
        vec![
            observation(
                1,
                "UZ-AF",
                (&y2023.0, &y2023.1),
                "866000000",
                "founding report",
            ),
            observation(
                2,
                "UZ-AF",
                (&y2023.0, &y2023.1),
                "266000000",
                "Afghan ministry",
            ),
            observation(
                3,
                "KZ-AF",
                ("2024-01-01", "2024-09-30"),
                "700000000",
                "CACI Analyst",
            ),
            observation(
                4,
                "KZ-AF",
                (&y2024.0, &y2024.1),
                "545200000",
                "Kazakh deputy PM",
            ),
            observation(
                5,
                "KZ-AF",
                ("2025-01-01", "2025-08-31"),
                "335900000",
                "Astana Times",
            ),
            observation(6, "TM-AF", (&y2023.0, &y2023.1), "481000000", "nCa"),
        ]
    }

    #[test]
    fn two_sources_for_one_year_with_different_values_conflict() {
        let found = conflicts(&demo(), Some(Flow::Turnover));
        let same: Vec<_> = found
            .iter()
            .filter(|c| c.kind == ConflictKind::SamePeriodDifferentValues)
            .collect();
        assert_eq!(same.len(), 1);
        assert_eq!(
            same[0].observations,
            [ObservationId::new(1), ObservationId::new(2)]
        );
        assert_eq!(
            same[0].reason,
            "UZ–AF for 2023: 866000000 (founding report) and 266000000 (Afghan ministry) disagree"
        );
    }

    #[test]
    fn nine_months_larger_than_their_whole_year_conflict_for_a_flow() {
        let found = conflicts(&demo(), Some(Flow::Turnover));
        let part: Vec<_> = found
            .iter()
            .filter(|c| c.kind == ConflictKind::PartExceedsWhole)
            .collect();
        assert_eq!(part.len(), 1);
        assert_eq!(
            part[0].observations,
            [ObservationId::new(3), ObservationId::new(4)]
        );
        assert_eq!(
            part[0].reason,
            "KZ–AF: 700000000 for 2024-01-01..2024-09-30 (CACI Analyst) exceeds 545200000 for \
             the whole of 2024, which contains it (Kazakh deputy PM)"
        );
    }

    #[test]
    fn a_level_does_not_add_up_so_a_larger_part_is_no_conflict() {
        let found = conflicts(&demo(), None);
        assert!(found
            .iter()
            .all(|c| c.kind == ConflictKind::SamePeriodDifferentValues));
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn equal_values_or_different_pairs_never_conflict() {
        let y = year("2023");
        let agreeing = [
            observation(1, "UZ-AF", (&y.0, &y.1), "866000000", "a"),
            observation(2, "UZ-AF", (&y.0, &y.1), "866000000", "b"),
            observation(3, "KZ-AF", (&y.0, &y.1), "1", "c"),
        ];
        assert!(conflicts(&agreeing, Some(Flow::Turnover)).is_empty());
    }

    fn brute_force(observations: &[Observation], flow: Option<Flow>) -> Vec<Conflict> {
        let mut found = Vec::new();
        for (i, a) in observations.iter().enumerate() {
            for b in &observations[i + 1..] {
                if a.reporter == b.reporter && a.partner == b.partner {
                    found.extend(conflict_between(a, b, flow));
                }
            }
        }
        found.sort_by_key(|c| c.observations);
        found
    }

    proptest! {
        #[test]
        fn the_sweep_finds_exactly_what_comparing_every_pair_finds(
            rows in prop::collection::vec((0usize..2, 0i32..40, 0i32..60, 0u32..5), 0..30)
        ) {
            let start = jiff::civil::Date::new(2024, 1, 1).expect("valid");
            let observations: Vec<Observation> = rows
                .iter()
                .enumerate()
                .map(|(i, (pair, offset, length, value))| {
                    let from = start + jiff::Span::new().days(*offset * 10);
                    let to = from + jiff::Span::new().days(*length * 10);
                    Observation {
                        id: ObservationId::new(i as i64 + 1),
                        reporter: PartyCode::parse(["KZ", "UZ"][*pair]).expect("valid"),
                        partner: PartyCode::parse("AF").expect("valid"),
                        period: Period::new(from, to).expect("valid"),
                        value: Decimal::from(*value),
                        source: Source { citation: format!("s{i}"), url: None },
                    }
                })
                .collect();
            for flow in [None, Some(Flow::Turnover)] {
                prop_assert_eq!(conflicts(&observations, flow), brute_force(&observations, flow));
            }
        }
    }

    #[test]
    fn a_source_is_a_readable_citation_with_an_optional_web_link() {
        let source = Source::parse(
            "source",
            " Astana Times ",
            Some("https://astanatimes.com/x"),
        )
        .expect("valid");
        assert_eq!(source.citation, "Astana Times");
        assert_eq!(
            Source::parse("source", "Interfax", Some("  ")).map(|s| s.url),
            Ok(None)
        );
        let errors = Source::parse("source", "", Some("javascript:alert(1)")).expect_err("bad");
        assert!(errors.message_for("source.citation").is_some());
        assert!(errors.message_for("source.url").is_some());
        assert!(Source::parse("source", "Daryo", Some("https://daryo.uz/a b")).is_err());
    }
}
