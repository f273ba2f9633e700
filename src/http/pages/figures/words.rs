//! How the follow-through pages say figures in the reader's language: amounts scaled to
//! thousands, millions or billions with their currency named (`USD 545.2 M`,
//! `545,2 млн долл. США`), percentages, periods with CLDR's month names, the sentences that
//! say where two sources disagree; and sentences that hold a person's text or a piece of
//! markup, written as HTML with that text isolated in `<bdi>` so that it keeps its own
//! direction inside a sentence of another script.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use icu_datetime::fieldsets;
use icu_datetime::input::Date as IcuDate;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale as IcuLocale;
use rust_decimal::Decimal;

use crate::app::records::ObservationRecord;
use crate::domain::figures::{Conflict, ConflictKind, Money, Observation, Period};
use crate::domain::language::UiLanguage;
use crate::i18n::{self, Arg};

/// Characters that would end an HTML text or attribute, escaped.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A person's text as an isolated piece of HTML: `<bdi>Министерство</bdi>`.
pub fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// Where an HTML argument goes while the message is formatted: private-use characters
/// that no message holds and escaping leaves alone.
fn slot(index: usize) -> String {
    format!("\u{E000}{index}\u{E001}")
}

/// The message `id` as HTML, for `|safe`: the message and its `plain` arguments escaped,
/// each `html` argument (markup built by the page, or [`bdi`]) put in as it is.
pub fn html_sentence(
    id: &str,
    plain: &[(&'static str, Arg<'_>)],
    html: &[(&'static str, &str)],
) -> String {
    let mut args: Vec<(&'static str, Arg<'_>)> = plain.to_vec();
    args.extend(
        html.iter()
            .enumerate()
            .map(|(index, (name, _))| (*name, Arg::from(slot(index)))),
    );
    let mut text = escape(&i18n::t_with(id, &args));
    for (index, (_, markup)) in html.iter().enumerate() {
        text = text.replace(&slot(index), markup);
    }
    text
}

/// A value in a few characters: `545.2 M`, `1.7 bn`, `950` (`545,2 млн` in Russian).
pub fn scaled(value: Decimal) -> String {
    let steps = [
        (Decimal::from(1_000_000_000), "figures-scaled-billions"),
        (Decimal::from(1_000_000), "figures-scaled-millions"),
        (Decimal::from(1_000), "figures-scaled-thousands"),
    ];
    let locale = i18n::current();
    for (size, id) in steps {
        if value.abs() >= size {
            let number = locale.decimal(&(value / size).round_dp(1));
            return locale.t1(id, "number", number);
        }
    }
    locale.decimal(&value)
}

/// An indicator's unit as the reader names it: a currency by its name in their language
/// (`USD` → `долл. США`), any other unit as it was entered.
pub fn unit(unit: &str) -> String {
    let id = match unit {
        "USD" => "figures-currency-usd",
        "EUR" => "figures-currency-eur",
        "RUB" => "figures-currency-rub",
        "CNY" => "figures-currency-cny",
        "KZT" => "figures-currency-kzt",
        "UZS" => "figures-currency-uzs",
        "KGS" => "figures-currency-kgs",
        "TJS" => "figures-currency-tjs",
        "TMT" => "figures-currency-tmt",
        "AFN" => "figures-currency-afn",
        "PKR" => "figures-currency-pkr",
        "IRR" => "figures-currency-irr",
        "INR" => "figures-currency-inr",
        "TRY" => "figures-currency-try",
        "AED" => "figures-currency-aed",
        "GBP" => "figures-currency-gbp",
        "JPY" => "figures-currency-jpy",
        "CHF" => "figures-currency-chf",
        other => return other.to_owned(),
    };
    i18n::t(id)
}

/// A figure with its unit: `USD 545.2 M`, `545,2 млн долл. США`.
pub fn amount(unit_entered: &str, value: Decimal) -> String {
    i18n::t_with(
        "figures-amount",
        &[
            ("unit", unit(unit_entered).into()),
            ("number", scaled(value).into()),
        ],
    )
}

/// Money as the pages say it: `USD 2.5 bn`, `2,5 млрд долл. США`.
pub fn money(money: &Money) -> String {
    amount(money.currency.code(), money.major())
}

/// A percentage: `18.17 %`, `18,17 %`.
pub fn percent(value: Decimal) -> String {
    let locale = i18n::current();
    locale.t1("figures-percent", "number", locale.decimal(&value))
}

/// Whether one period lies within another and is not the same.
fn within(part: &Period, whole: &Period) -> bool {
    whole.contains(part) && whole != part
}

/// A reporter–partner pair: `KZ–AF`.
pub fn pair(reporter: &str, partner: &str) -> String {
    format!("{reporter}–{partner}")
}

/// A period as a person says it: `2023`, `September 2024`, `January–September 2024`
/// (`январь–сентябрь 2024 г.`), or its first and last day.
pub fn period(period: &Period) -> String {
    let locale = i18n::current();
    if let Some(year) = period.whole_year() {
        return locale.t1("figures-period-year", "year", year.to_string());
    }
    let (start, end) = (period.start(), period.end());
    let whole_months = start.day() == 1 && end == end.last_of_month();
    if whole_months && start.year() == end.year() {
        if start.month() == end.month() {
            if let Some(words) = month_year(start) {
                return words;
            }
        } else if let (Some(first), Some(last)) = (month(start), month(end)) {
            return locale.t_with(
                "figures-period-months",
                &[
                    ("first", first.into()),
                    ("last", last.into()),
                    ("year", start.year().to_string().into()),
                ],
            );
        }
    }
    locale.t2(
        "figures-period-days",
        "first",
        locale.date(start),
        "last",
        locale.date(end),
    )
}

/// A reader's latest figure of an indicator, as HTML: `KZ–AF, 2025: USD 1.7 bn (<bdi>…</bdi>)`.
pub fn latest_figure(figure: &ObservationRecord, unit: &str) -> String {
    html_sentence(
        "figures-latest",
        &[
            (
                "pair",
                pair(figure.reporter.as_str(), figure.partner.as_str()).into(),
            ),
            ("period", period(&figure.period).into()),
            ("amount", amount(unit, figure.value).into()),
        ],
        &[("source", &bdi(&figure.source.citation))],
    )
}

/// The sentence that says where two figures disagree, with its arguments: the sources are
/// text a person entered, so a page isolates them (`html`) and the chart's description,
/// which holds no markup, does not (`text`).
pub struct ConflictSentence {
    id: &'static str,
    said: Vec<(&'static str, String)>,
    sources: [(&'static str, String); 2],
}

impl ConflictSentence {
    /// `The figures for UZ–AF in 2023 disagree: USD 866 M (…) and USD 266 M (…).`
    pub fn of(conflict: &Conflict, a: &Observation, b: &Observation, unit: &str) -> Self {
        let pair = pair(a.reporter.as_str(), a.partner.as_str());
        match conflict.kind {
            ConflictKind::SamePeriodDifferentValues => ConflictSentence {
                id: "figures-conflict-same-period",
                said: vec![
                    ("pair", pair),
                    ("period", period(&a.period)),
                    ("first", amount(unit, a.value)),
                    ("second", amount(unit, b.value)),
                ],
                sources: [
                    ("first-source", a.source.citation.clone()),
                    ("second-source", b.source.citation.clone()),
                ],
            },
            ConflictKind::PartExceedsWhole => {
                let (part, whole) = if within(&a.period, &b.period) {
                    (a, b)
                } else {
                    (b, a)
                };
                let mut said = vec![
                    ("pair", pair),
                    ("part-period", period(&part.period)),
                    ("part", amount(unit, part.value)),
                    ("whole", amount(unit, whole.value)),
                ];
                let id = match whole.period.whole_year() {
                    Some(year) => {
                        said.push(("year", year.to_string()));
                        "figures-conflict-part-exceeds-year"
                    }
                    None => {
                        said.push(("whole-period", period(&whole.period)));
                        "figures-conflict-part-exceeds-whole"
                    }
                };
                ConflictSentence {
                    id,
                    said,
                    sources: [
                        ("part-source", part.source.citation.clone()),
                        ("whole-source", whole.source.citation.clone()),
                    ],
                }
            }
        }
    }

    fn plain(&self) -> Vec<(&'static str, Arg<'_>)> {
        self.said
            .iter()
            .map(|(name, value)| (*name, Arg::from(value.as_str())))
            .collect()
    }

    /// The sentence as plain text.
    pub fn text(&self) -> String {
        let mut args = self.plain();
        args.extend(
            self.sources
                .iter()
                .map(|(name, value)| (*name, Arg::from(value.as_str()))),
        );
        i18n::t_with(self.id, &args)
    }

    /// The sentence as HTML, its sources isolated.
    pub fn html(&self) -> String {
        let isolated: Vec<(&'static str, String)> = self
            .sources
            .iter()
            .map(|(name, value)| (*name, bdi(value)))
            .collect();
        let html: Vec<(&'static str, &str)> = isolated
            .iter()
            .map(|(name, markup)| (*name, markup.as_str()))
            .collect();
        html_sentence(self.id, &self.plain(), &html)
    }
}

/// One language's formatters of months, from CLDR.
struct MonthFormatters {
    /// `January`, `январь`: a month standing alone.
    month: DateTimeFormatter<fieldsets::M>,
    /// `September 2024`, `сентябрь 2024 г.`.
    month_year: DateTimeFormatter<fieldsets::YM>,
}

impl MonthFormatters {
    fn load(language: UiLanguage) -> Option<MonthFormatters> {
        // English is written the international way, as `i18n` writes its dates.
        let tag = match language {
            UiLanguage::English => "en-GB",
            other => other.tag(),
        };
        let locale: IcuLocale = tag.parse().ok()?;
        Some(MonthFormatters {
            month: DateTimeFormatter::try_new(locale.clone().into(), fieldsets::M::long()).ok()?,
            month_year: DateTimeFormatter::try_new(locale.into(), fieldsets::YM::long()).ok()?,
        })
    }
}

thread_local! {
    static MONTHS: RefCell<HashMap<UiLanguage, Option<Rc<MonthFormatters>>>> =
        RefCell::new(HashMap::new());
}

fn with_months(
    date: jiff::civil::Date,
    format: impl FnOnce(&MonthFormatters, &IcuDate<icu_calendar::Iso>) -> String,
) -> Option<String> {
    let language = i18n::current().language();
    let formatters = MONTHS.with(|cache| {
        cache
            .borrow_mut()
            .entry(language)
            .or_insert_with(|| MonthFormatters::load(language).map(Rc::new))
            .clone()
    })?;
    let day = u8::try_from(date.day()).ok()?;
    let month = u8::try_from(date.month()).ok()?;
    let date = IcuDate::try_new_iso(i32::from(date.year()), month, day).ok()?;
    Some(format(&formatters, &date))
}

/// A month's name standing alone: `January`, `январь`.
fn month(date: jiff::civil::Date) -> Option<String> {
    with_months(date, |icu, date| icu.month.format(date).to_string())
}

/// A month of a year: `September 2024`, `сентябрь 2024 г.`.
fn month_year(date: jiff::civil::Date) -> Option<String> {
    with_months(date, |icu, date| icu.month_year.format(date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::Source;
    use crate::domain::ids::ObservationId;
    use crate::domain::names::PartyCode;

    fn decimal(text: &str) -> Decimal {
        text.parse().expect("a decimal")
    }

    fn nine_months() -> Period {
        Period::parse("2024-01-01", "2024-09-30").expect("a period")
    }

    #[test]
    fn an_english_amount_reads_in_a_few_characters_after_its_currency() {
        assert_eq!(amount("USD", decimal("545200000")), "USD 545.2 M");
        assert_eq!(amount("USD", decimal("1700000000")), "USD 1.7 bn");
        assert_eq!(amount("USD", decimal("3000000000")), "USD 3 bn");
        assert_eq!(amount("tonnes", decimal("950")), "tonnes 950");
        assert_eq!(scaled(decimal("8800000")), "8.8 M");
    }

    #[tokio::test]
    async fn a_russian_amount_names_its_currency_after_the_number() {
        i18n::scope(Some(UiLanguage::Russian), async {
            assert_eq!(amount("USD", decimal("545200000")), "545,2 млн долл. США");
            assert_eq!(amount("KZT", decimal("2500000000")), "2,5 млрд тенге");
            assert_eq!(percent(decimal("18.17")), "18,17 %");
        })
        .await;
    }

    #[tokio::test]
    async fn periods_are_said_with_cldr_month_names() {
        let september = Period::parse("2024-09-01", "2024-09-30").expect("a period");
        let odd = Period::parse("2024-01-15", "2024-03-10").expect("a period");
        assert_eq!(period(&nine_months()), "January–September 2024");
        assert_eq!(period(&september), "September 2024");
        assert_eq!(period(&odd), "15 January 2024 – 10 March 2024");
        i18n::scope(Some(UiLanguage::Russian), async {
            assert_eq!(period(&nine_months()), "январь–сентябрь 2024 г.");
            assert_eq!(period(&Period::year(2023).expect("a year")), "2023 г.");
        })
        .await;
    }

    #[test]
    fn a_person_s_text_is_escaped_and_isolated_in_a_sentence() {
        let sentence = html_sentence(
            "figures-target-source",
            &[],
            &[("source", &bdi("Astana Times & <co>"))],
        );
        assert_eq!(sentence, "Source: <bdi>Astana Times &amp; &lt;co&gt;</bdi>");
    }

    #[tokio::test]
    async fn a_conflict_is_one_sentence_in_each_language() {
        let figure = |id: i64, period: Period, value: &str, citation: &str| Observation {
            id: ObservationId::new(id),
            reporter: PartyCode::parse("KZ").expect("a code"),
            partner: PartyCode::parse("AF").expect("a code"),
            period,
            value: decimal(value),
            source: Source {
                citation: citation.to_owned(),
                url: None,
            },
        };
        let part = figure(1, nine_months(), "700000000", "CACI Analyst");
        let whole = figure(
            2,
            Period::year(2024).expect("a year"),
            "545200000",
            "Astana Times",
        );
        let conflict = Conflict {
            observations: [part.id, whole.id],
            kind: ConflictKind::PartExceedsWhole,
            reason: String::new(),
        };
        let sentence = ConflictSentence::of(&conflict, &whole, &part, "USD");
        assert_eq!(
            sentence.text(),
            "KZ–AF January–September 2024 (USD 700 M, CACI Analyst) exceeds the figure for the \
             whole of 2024 (USD 545.2 M, Astana Times), which contains it."
        );
        assert!(sentence.html().contains("<bdi>CACI Analyst</bdi>"));
        let russian = i18n::scope(Some(UiLanguage::Russian), async {
            ConflictSentence::of(&conflict, &whole, &part, "USD").text()
        })
        .await;
        assert_eq!(
            russian,
            "Значение для KZ–AF за январь–сентябрь 2024 г. (700 млн долл. США, CACI Analyst) \
             превышает значение за весь 2024 год (545,2 млн долл. США, Astana Times), в который \
             этот период входит."
        );
    }
}
