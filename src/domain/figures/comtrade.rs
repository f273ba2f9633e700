//! UN Comtrade's own CSV columns: `refYear` or `period`, `reporterISO` and `partnerISO`
//! (ISO 3166-1 alpha-3, mapped to the alpha-2 codes parties use, for every country),
//! `flowCode` (`X` exports, `M` imports) and `primaryValue` (US dollars). For a turnover
//! indicator the exports and imports of one reporter, partner and period are added up.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::import::{
    decimal, reporter, Columns, ImportContext, ImportedFigure, RowCheck, RowError, Table,
};
use super::observation::{Flow, Source};
use super::period::Period;
use crate::domain::message::{Explain, Message};
use crate::domain::names::PartyCode;

/// An ISO 3166-1 alpha-3 code (`AFG`) as the alpha-2 code (`AF`) parties are known by.
pub fn alpha2_of_alpha3(code: &str) -> Result<PartyCode, Message> {
    let country = isocountry::CountryCode::for_alpha3(code)
        .map_err(|_| Message::new("error-import-not-alpha3").with("code", format!("{code:?}")))?;
    PartyCode::parse(country.alpha2()).map_err(|e| e.message())
}

fn flow_code(code: &str, indicator: Option<Flow>) -> Result<Flow, Message> {
    let flow = match code {
        "X" => Flow::Exports,
        "M" => Flow::Imports,
        other => {
            return Err(
                Message::new("error-import-unknown-flow-code").with("code", format!("{other:?}"))
            )
        }
    };
    match indicator {
        Some(Flow::Turnover) => Ok(flow),
        Some(wanted) if wanted == flow => Ok(flow),
        Some(wanted) => Err(Message::new("error-import-other-flow")
            .with("wanted", wanted.as_str())
            .with("flow", flow.as_str())),
        None => Err(Message::new("error-import-not-a-trade-flow")),
    }
}

type Key = (PartyCode, PartyCode, Period);

/// The rows of one reporter, partner and period: each flow at most once.
struct Sum {
    first_row: usize,
    value: Decimal,
    flows: Vec<Flow>,
}

impl Sum {
    fn add(&mut self, flow: Flow, value: Decimal) -> Result<(), Message> {
        if self.flows.contains(&flow) {
            return Err(Message::new("error-import-second-flow-row")
                .with("flow", flow.as_str())
                .with("first_row", self.first_row));
        }
        self.value = self
            .value
            .checked_add(value)
            .ok_or_else(|| Message::new("error-import-sum-too-large"))?;
        self.flows.push(flow);
        Ok(())
    }
}

pub(super) fn read(
    table: &Table,
    columns: &Columns,
    context: &ImportContext<'_>,
) -> Result<Vec<ImportedFigure>, Vec<RowError>> {
    let Some(source) = context.source.clone() else {
        return Err(vec![RowError {
            row: 1,
            field: "source".into(),
            message: Message::new("error-import-comtrade-source-missing"),
        }]);
    };
    let mut errors = Vec::new();
    let mut sums: BTreeMap<Key, Sum> = BTreeMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let mut check = RowCheck {
            row: index + 2,
            errors: &mut errors,
        };
        if let Some((key, flow, value)) = read_row(row, columns, context, &mut check) {
            let sum = sums.entry(key).or_insert(Sum {
                first_row: index + 2,
                value: Decimal::ZERO,
                flows: Vec::new(),
            });
            check.check("flowCode", sum.add(flow, value));
        }
    }
    if context.flow == Some(Flow::Turnover) {
        errors.extend(incomplete_turnovers(&sums));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        return Err(errors);
    }
    Ok(figures_in_file_order(sums, &source))
}

/// One Comtrade row, with every bad field of it noted.
fn read_row(
    row: &[String],
    columns: &Columns,
    context: &ImportContext<'_>,
    check: &mut RowCheck<'_>,
) -> Option<(Key, Flow, Decimal)> {
    let period_column = if columns.has("period") {
        "period"
    } else {
        "refYear"
    };
    let reporter = check.check(
        "reporterISO",
        alpha2_of_alpha3(columns.get(row, "reporterISO"))
            .and_then(|code| reporter(code.as_str(), context)),
    );
    let partner = check.check(
        "partnerISO",
        alpha2_of_alpha3(columns.get(row, "partnerISO")),
    );
    let period = check.check(
        period_column,
        Period::from_comtrade(columns.get(row, period_column)),
    );
    let flow = check.check(
        "flowCode",
        flow_code(columns.get(row, "flowCode"), context.flow),
    );
    let value = check.check("primaryValue", decimal(columns.get(row, "primaryValue")));
    Some(((reporter?, partner?, period?), flow?, value?))
}

/// Turnover is exports plus imports: a figure with only one of them is not turnover.
fn incomplete_turnovers(sums: &BTreeMap<Key, Sum>) -> Vec<RowError> {
    sums.iter()
        .filter(|(_, sum)| sum.flows.len() < 2)
        .map(|((reporter, partner, period), sum)| RowError {
            row: sum.first_row,
            field: "flowCode".into(),
            message: Message::new("error-import-turnover-incomplete")
                .with("reporter", reporter)
                .with("partner", partner)
                .with("period", period.to_string())
                .with("flow", sum.flows[0].as_str()),
        })
        .collect()
}

/// The figures in the order of each one's first row, so the import reads as the file does.
fn figures_in_file_order(sums: BTreeMap<Key, Sum>, source: &Source) -> Vec<ImportedFigure> {
    let mut figures: Vec<(usize, ImportedFigure)> = sums
        .into_iter()
        .map(|((reporter, partner, period), sum)| {
            let figure = ImportedFigure {
                reporter,
                partner,
                period,
                value: sum.value,
                source: source.clone(),
                note: None,
            };
            (sum.first_row, figure)
        })
        .collect();
    figures.sort_by_key(|(first, _)| *first);
    figures.into_iter().map(|(_, figure)| figure).collect()
}
