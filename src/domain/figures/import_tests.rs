//! Reading our CSV columns and UN Comtrade's: all rows or none.

use super::import::{read_table, ImportContext, RowError, Table};
use super::observation::{Flow, Source};
use super::period::Period;
use crate::domain::names::PartyCode;

fn table(text: &str) -> Table {
    let mut lines = text
        .lines()
        .map(|line| line.split(',').map(str::to_owned).collect());
    Table {
        header: lines.next().expect("valid"),
        rows: lines.collect(),
    }
}

fn group_party(code: &PartyCode) -> bool {
    ["KZ", "KG", "TJ", "UZ", "TM"].contains(&code.as_str())
}

fn context(flow: Option<Flow>, source: Option<&str>) -> ImportContext<'static> {
    ImportContext {
        flow,
        is_party: &group_party,
        source: source.map(|citation| Source {
            citation: citation.to_owned(),
            url: None,
        }),
    }
}

/// Each refused row as an English reader sees it (the messages are the domain's; their
/// English is in `locales/en/errors.ftl`).
fn errors(result: Result<Vec<super::import::ImportedFigure>, Vec<RowError>>) -> Vec<String> {
    let english = crate::i18n::Locale::default();
    result
        .expect_err("refused")
        .iter()
        .map(|e| {
            format!(
                "row {}, {}: {}",
                e.row,
                e.field,
                english.message(&e.message)
            )
        })
        .collect()
}

#[test]
fn our_columns_read_into_figures_with_their_own_sources() {
    let figures = read_table(
        &table(
            "reporter,partner,period_start,period_end,value,source,note\n\
             KZ,AF,2024-01-01,2024-12-31,545200000,Kazakh deputy prime minister,\n\
             UZ,AF,2024-01-01,2024-06-30,461400000.5,Uzbek statistics,half a year",
        ),
        &context(Some(Flow::Turnover), None),
    )
    .expect("valid");
    assert_eq!(figures.len(), 2);
    assert_eq!(figures[0].period, Period::year(2024).expect("valid"));
    assert_eq!(figures[0].source.citation, "Kazakh deputy prime minister");
    assert_eq!(figures[1].value.to_string(), "461400000.5");
    assert_eq!(figures[1].note.as_deref(), Some("half a year"));
}

#[test]
fn one_bad_row_refuses_the_file_naming_every_bad_row_and_field() {
    let found = errors(read_table(
        &table(
            "reporter,partner,period_start,period_end,value,source,note\n\
             KZ,AF,2024-01-01,2024-12-31,545200000,ok,\n\
             FR,AF,2024-01-01,2024-12-31,1,s,\n\
             KZ,XX,2024-12-31,2024-01-01,12.5.1,s,\n\
             KZ,AF,2023-02-29,2023-12-31,1,,",
        ),
        &context(Some(Flow::Turnover), None),
    ));
    assert_eq!(
        found,
        [
            "row 3, reporter: FR is not a party of the group",
            "row 4, partner: \"XX\" is not an ISO 3166-1 alpha-2 country code",
            "row 4, period_start: the period ends before it starts",
            "row 4, value: not a decimal number (digits, one optional point)",
            "row 5, period_start: not a date: write it as YYYY-MM-DD, a day that exists",
            "row 5, source: name the source, in this column or for the whole file",
        ]
    );
}

#[test]
fn comtrade_exports_and_imports_of_one_period_add_up_to_turnover() {
    let figures = read_table(
        &table(
            "typeCode,refYear,reporterISO,partnerISO,flowCode,primaryValue\n\
             C,2024,UZB,AFG,X,969400000\n\
             C,2024,UZB,AFG,M,30500000\n\
             C,2023,KAZ,AFG,X,500000000\n\
             C,2023,KAZ,AFG,M,67500000",
        ),
        &context(Some(Flow::Turnover), Some("UN Comtrade")),
    )
    .expect("valid");
    let read: Vec<String> = figures
        .iter()
        .map(|f| {
            format!(
                "{}-{} {} {} {}",
                f.reporter, f.partner, f.period, f.value, f.source.citation
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            "UZ-AF 2024 999900000 UN Comtrade",
            "KZ-AF 2023 567500000 UN Comtrade"
        ]
    );
}

#[test]
fn comtrade_maps_every_country_not_only_the_groups() {
    use super::comtrade::alpha2_of_alpha3;
    for (alpha3, alpha2) in [
        ("AFG", "AF"),
        ("PAK", "PK"),
        ("DEU", "DE"),
        ("BRA", "BR"),
        ("TKM", "TM"),
    ] {
        assert_eq!(alpha2_of_alpha3(alpha3).expect("valid").as_str(), alpha2);
    }
    assert!(alpha2_of_alpha3("ZZZ").is_err());
}

#[test]
fn comtrade_rows_that_cannot_make_the_indicator_are_refused() {
    let found = errors(read_table(
        &table(
            "period,reporterISO,partnerISO,flowCode,primaryValue\n\
             2024,UZB,AFG,X,1\n\
             2024,UZB,AFG,X,2\n\
             2023,KAZ,ZZZ,M,1\n\
             2023,KGZ,AFG,RX,1\n\
             2022,TJK,AFG,M,1",
        ),
        &context(Some(Flow::Turnover), Some("UN Comtrade")),
    ));
    assert_eq!(
        found,
        [
            "row 2, flowCode: UZ–AF 2024 has only exports; turnover needs both X and M",
            "row 3, flowCode: a second exports row for this reporter, partner and period (first on row 2)",
            "row 4, partnerISO: \"ZZZ\" is not an ISO 3166-1 alpha-3 country code",
            "row 5, flowCode: \"RX\": only X (exports) and M (imports) are read",
            "row 6, flowCode: TJ–AF 2022 has only imports; turnover needs both X and M",
        ]
    );
}

#[test]
fn a_comtrade_file_needs_a_source_and_a_flow_that_matches() {
    let file = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n2024,UZB,AFG,M,1";
    assert_eq!(
        errors(read_table(
            &table(file),
            &context(Some(Flow::Turnover), None)
        )),
        ["row 1, source: name the source of a Comtrade file (for example \"UN Comtrade\")"]
    );
    assert_eq!(
        errors(read_table(
            &table(file),
            &context(Some(Flow::Exports), Some("UN Comtrade"))
        )),
        ["row 2, flowCode: this indicator counts exports, and this row is imports"]
    );
    let exports = read_table(
        &table("refYear,reporterISO,partnerISO,flowCode,primaryValue\n2024,UZB,AFG,X,969400000"),
        &context(Some(Flow::Exports), Some("UN Comtrade")),
    )
    .expect("valid");
    assert_eq!(exports[0].value.to_string(), "969400000");
}

#[test]
fn a_file_with_other_columns_is_refused_at_its_header() {
    assert_eq!(
        errors(read_table(&table("a,b\n1,2"), &context(None, None))),
        ["row 1, header: the columns are neither ours (reporter,partner,period_start,period_end,value,source,note) nor UN Comtrade's (refYear or period, reporterISO, partnerISO, flowCode, primaryValue)"]
    );
}
