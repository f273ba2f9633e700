//! Dates, times and numbers written the language's way, from CLDR data (ICU4X): never a
//! month table of our own.
//!
//! Building an ICU formatter loads its data, so each thread keeps one set per language.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fixed_decimal::Decimal as IcuDecimal;
use icu_datetime::fieldsets::{self, zone::ExemplarCity};
use icu_datetime::input::{Date, Time};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use icu_time::TimeZone;
use jiff::Timestamp;

use super::Locale;
use crate::domain::language::UiLanguage;
use crate::domain::time::ZoneName;

/// One language's ICU formatters.
struct Formatters {
    date: DateTimeFormatter<fieldsets::YMD>,
    time: NoCalendarFormatter<fieldsets::T>,
    city: NoCalendarFormatter<ExemplarCity>,
    decimal: DecimalFormatter,
}

impl Formatters {
    fn load(language: UiLanguage) -> Option<Formatters> {
        let locale: IcuLocale = cldr_locale(language).parse().ok()?;
        Some(Formatters {
            date: DateTimeFormatter::try_new(locale.clone().into(), fieldsets::YMD::long()).ok()?,
            time: NoCalendarFormatter::try_new(locale.clone().into(), fieldsets::T::hm()).ok()?,
            city: NoCalendarFormatter::try_new(locale.clone().into(), ExemplarCity).ok()?,
            decimal: DecimalFormatter::try_new(locale.into(), Default::default()).ok()?,
        })
    }
}

/// The CLDR locale whose formats a language's pages use. English is written the
/// international way (day before month, a 24-hour clock), as in UN documents, not the
/// American one that plain `en` gives.
fn cldr_locale(language: UiLanguage) -> &'static str {
    match language {
        UiLanguage::English => "en-GB",
        other => other.tag(),
    }
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<UiLanguage, Option<Rc<Formatters>>>> =
        RefCell::new(HashMap::new());
}

fn formatters(language: UiLanguage) -> Option<Rc<Formatters>> {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(language)
            .or_insert_with(|| Formatters::load(language).map(Rc::new))
            .clone()
    })
}

fn icu_date(date: jiff::civil::Date) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8).ok()
}

impl Locale {
    /// A calendar date: `26 августа 2025 г.`, `26 August 2025`.
    pub fn date(self, date: jiff::civil::Date) -> String {
        let formatted = formatters(self.language).and_then(|icu| {
            let date = icu_date(date)?;
            Some(icu.date.format(&date).to_string())
        });
        formatted.unwrap_or_else(|| date.to_string())
    }

    /// A wall-clock time: `10:00`.
    pub fn time(self, time: jiff::civil::Time) -> String {
        let formatted = formatters(self.language).and_then(|icu| {
            let time = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).ok()?;
            Some(icu.time.format(&time).to_string())
        });
        formatted.unwrap_or_else(|| time.strftime("%H:%M").to_string())
    }

    /// The city that names a time zone: `Ташкент` for Asia/Tashkent; the zone's own name
    /// when CLDR has none (UTC).
    pub fn zone_city(self, zone: &ZoneName) -> String {
        let formatted = formatters(self.language).and_then(|icu| {
            // UTC and the `Etc/` zones name no city: CLDR would say "Unknown City".
            let named =
                !(zone.as_str().eq_ignore_ascii_case("UTC") || zone.as_str().starts_with("Etc/"));
            let id = TimeZone::from_iana_id(zone.as_str());
            (named && !id.is_unknown()).then(|| icu.city.format(&id.without_offset()).to_string())
        });
        formatted.unwrap_or_else(|| zone.to_string())
    }

    /// An instant on the clock of `zone`: `26 августа 2025 г., 10:00 (Ташкент)`.
    pub fn when(self, instant: Timestamp, zone: &ZoneName) -> String {
        let local = instant.to_zoned(zone.zone().clone()).datetime();
        self.t_with(
            "date-time-in-zone",
            &[
                ("date", self.date(local.date()).into()),
                ("time", self.time(local.time()).into()),
                ("zone", self.zone_city(zone).into()),
            ],
        )
    }

    /// A decimal number, grouped and with the language's separators: `545,2`, `1 234`.
    pub fn decimal(self, value: &rust_decimal::Decimal) -> String {
        self.number_text(&value.normalize().to_string())
    }

    /// A whole number: `1 234` in Russian.
    pub fn integer(self, value: i64) -> String {
        self.number_text(&value.to_string())
    }

    fn number_text(self, plain: &str) -> String {
        let formatted = formatters(self.language).and_then(|icu| {
            let value = IcuDecimal::try_from_str(plain).ok()?;
            Some(icu.decimal.format(&value).to_string())
        });
        formatted.unwrap_or_else(|| plain.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn tashkent() -> ZoneName {
        ZoneName::parse("Asia/Tashkent").expect("a zone of the tz database")
    }

    #[test]
    fn a_russian_date_declines_its_month() {
        let russian = Locale::new(UiLanguage::Russian);
        // CLDR puts a narrow no-break space before "г.".
        assert_eq!(russian.date(date(2025, 8, 26)), "26 августа 2025\u{202f}г.");
    }

    #[test]
    fn an_english_date_names_its_month() {
        let english = Locale::new(UiLanguage::English);
        assert_eq!(english.date(date(2025, 8, 26)), "26 August 2025");
    }

    #[test]
    fn the_zone_is_named_by_its_city_in_the_reader_s_language() {
        assert_eq!(
            Locale::new(UiLanguage::Russian).zone_city(&tashkent()),
            "Ташкент"
        );
        assert_eq!(
            Locale::new(UiLanguage::English).zone_city(&tashkent()),
            "Tashkent"
        );
    }

    #[test]
    fn utc_is_named_as_itself_not_as_an_unknown_city() {
        assert_eq!(
            Locale::new(UiLanguage::Russian).zone_city(&ZoneName::utc()),
            "UTC"
        );
    }

    #[test]
    fn russian_numbers_use_a_decimal_comma() {
        let russian = Locale::new(UiLanguage::Russian);
        let value: rust_decimal::Decimal = "545.2".parse().expect("a decimal");
        assert_eq!(russian.decimal(&value), "545,2");
        assert_eq!(russian.integer(1234567), "1\u{a0}234\u{a0}567");
    }
}
