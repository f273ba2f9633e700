//! Reading a table of figures (the rows of a CSV file, already split into fields) into
//! observations: our own columns, or UN Comtrade's with ISO 3166 alpha-3 country codes. All
//! rows or none: every bad row is reported with its number and field, and nothing is kept.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;

use super::observation::{Flow, Source};
use super::period::Period;
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, Note, PartyCode};

/// Our own columns, in this order (`GET …/observations.csv` writes them).
pub const OUR_COLUMNS: [&str; 7] = [
    "reporter",
    "partner",
    "period_start",
    "period_end",
    "value",
    "source",
    "note",
];

/// A table as read from a file: its header and its data rows, each field as text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One figure read from a table, ready to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFigure {
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub period: Period,
    pub value: Decimal,
    pub source: Source,
    pub note: Option<String>,
}

/// A bad row: its number in the file (the header is row 1), the column, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub field: String,
    pub message: Message,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}, {}: {}", self.row, self.field, self.message)
    }
}

/// What the import needs to know of the indicator and the group.
pub struct ImportContext<'a> {
    pub flow: Option<Flow>,
    /// Whether a code is a party of the group (a reporter must be one).
    pub is_party: &'a dyn Fn(&PartyCode) -> bool,
    /// The source named for every row (`?source=`); required for Comtrade files.
    pub source: Option<Source>,
}

/// Reads every row, or answers every problem found.
pub fn read_table(
    table: &Table,
    context: &ImportContext<'_>,
) -> Result<Vec<ImportedFigure>, Vec<RowError>> {
    let columns = Columns::of(&table.header);
    if columns.has_all(&OUR_COLUMNS[..5]) {
        return read_ours(table, &columns, context);
    }
    if columns.is_comtrade() {
        return super::comtrade::read(table, &columns, context);
    }
    Err(vec![RowError {
        row: 1,
        field: "header".into(),
        message: Message::new("error-import-unknown-columns").with("ours", OUR_COLUMNS.join(",")),
    }])
}

/// Where each named column sits in the header.
pub(super) struct Columns(BTreeMap<String, usize>);

impl Columns {
    fn of(header: &[String]) -> Self {
        Self(
            header
                .iter()
                .enumerate()
                .map(|(i, name)| (name.trim().trim_start_matches('\u{feff}').to_owned(), i))
                .collect(),
        )
    }

    fn has_all(&self, names: &[&str]) -> bool {
        names.iter().all(|name| self.0.contains_key(*name))
    }

    fn is_comtrade(&self) -> bool {
        (self.0.contains_key("refYear") || self.0.contains_key("period"))
            && self.has_all(&["reporterISO", "partnerISO", "flowCode", "primaryValue"])
    }

    /// The field of `row` under `name`, trimmed; empty when the column or field is missing.
    pub(super) fn get<'r>(&self, row: &'r [String], name: &str) -> &'r str {
        self.0
            .get(name)
            .and_then(|i| row.get(*i))
            .map_or("", |field| field.trim())
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }
}

/// Collects a row's problems under its number.
pub(super) struct RowCheck<'e> {
    pub row: usize,
    pub errors: &'e mut Vec<RowError>,
}

impl RowCheck<'_> {
    pub fn check<T, E: Explain>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        result
            .map_err(|e| {
                self.errors.push(RowError {
                    row: self.row,
                    field: field.to_owned(),
                    message: e.message(),
                })
            })
            .ok()
    }
}

pub(super) fn decimal(text: &str) -> Result<Decimal, Message> {
    if text.is_empty() {
        return Err(Message::new("error-import-value-missing"));
    }
    text.parse::<Decimal>()
        .or_else(|_| Decimal::from_scientific(text))
        .map_err(|_| Message::new("error-import-not-a-decimal"))
}

fn read_ours(
    table: &Table,
    columns: &Columns,
    context: &ImportContext<'_>,
) -> Result<Vec<ImportedFigure>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut figures = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let mut check = RowCheck {
            row: index + 2,
            errors: &mut errors,
        };
        let reporter = check.check("reporter", reporter(columns.get(row, "reporter"), context));
        let partner = check.check("partner", country(columns.get(row, "partner")));
        let period = check.check(
            "period_start",
            Period::parse(
                columns.get(row, "period_start"),
                columns.get(row, "period_end"),
            ),
        );
        let value = check.check("value", decimal(columns.get(row, "value")));
        let source = check.check("source", source_of(columns.get(row, "source"), context));
        let note = check.check("note", Note::parse(columns.get(row, "note")));
        if let (
            Some(reporter),
            Some(partner),
            Some(period),
            Some(value),
            Some(source),
            Some(note),
        ) = (reporter, partner, period, value, source, note)
        {
            figures.push(ImportedFigure {
                reporter,
                partner,
                period,
                value,
                source,
                note: (!note.as_str().is_empty()).then(|| note.to_string()),
            });
        }
    }
    if errors.is_empty() {
        Ok(figures)
    } else {
        Err(errors)
    }
}

/// A reporter: a party of the group.
pub(super) fn reporter(code: &str, context: &ImportContext<'_>) -> Result<PartyCode, Message> {
    let party = PartyCode::parse(code).map_err(|e| e.message())?;
    if (context.is_party)(&party) {
        Ok(party)
    } else {
        Err(Message::new("error-group-not-a-party").with("party", &party))
    }
}

/// A partner: any country by its ISO 3166-1 alpha-2 code.
pub(super) fn country(code: &str) -> Result<PartyCode, Message> {
    match isocountry::CountryCode::for_alpha2(code) {
        Ok(country) => PartyCode::parse(country.alpha2()).map_err(|e| e.message()),
        Err(_) => Err(Message::new("error-import-not-alpha2").with("code", format!("{code:?}"))),
    }
}

fn source_of(citation: &str, context: &ImportContext<'_>) -> Result<Source, Message> {
    if !citation.trim().is_empty() {
        let citation = Label::parse(citation).map_err(|e| e.message())?;
        return Ok(Source {
            citation: citation.to_string(),
            url: None,
        });
    }
    context
        .source
        .clone()
        .ok_or_else(|| Message::new("error-import-source-missing"))
}
