//! Time as the group lives it: instants are stored in UTC; a meeting's local start is given
//! in its venue's IANA zone; every page shows an instant in the venue's and the viewer's zone.

use std::fmt;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TimeError {
    #[error("is not a known IANA time zone (e.g. Asia/Tashkent)")]
    UnknownZone,
    #[error("must be a date and time like 2026-03-14T10:00")]
    BadLocalTime,
    #[error("does not exist in that time zone (a clock change skips it)")]
    NonexistentLocalTime,
    #[error("must be a time with an offset, like 2026-03-14T10:00:00Z")]
    BadInstant,
}

/// A validated IANA time zone name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneName {
    name: String,
    zone: TimeZone,
}

impl ZoneName {
    pub fn parse(text: &str) -> Result<Self, TimeError> {
        let text = text.trim();
        let zone = TimeZone::get(text).map_err(|_| TimeError::UnknownZone)?;
        Ok(Self {
            name: text.to_owned(),
            zone,
        })
    }

    pub fn utc() -> Self {
        Self {
            name: "UTC".to_owned(),
            zone: TimeZone::UTC,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// An instant as a wall-clock time in this zone, e.g. "26 Aug 2025, 10:00 +05".
    pub fn show(&self, instant: Timestamp) -> String {
        instant
            .to_zoned(self.zone.clone())
            .strftime("%-d %b %Y, %H:%M %Z")
            .to_string()
    }

    /// The civil date and time of an instant in this zone, as a form field value.
    pub fn local_input_value(&self, instant: Timestamp) -> String {
        instant
            .to_zoned(self.zone.clone())
            .strftime("%Y-%m-%dT%H:%M")
            .to_string()
    }
}

impl fmt::Display for ZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// Reads a wall-clock time such as `2026-03-14T10:00` in `zone`; an ambiguous time (clocks
/// going back) takes the earlier instant, a skipped one is refused.
pub fn local_to_instant(text: &str, zone: &ZoneName) -> Result<Timestamp, TimeError> {
    let civil: DateTime = text.trim().parse().map_err(|_| TimeError::BadLocalTime)?;
    let zoned: Zoned = zone
        .zone()
        .to_ambiguous_zoned(civil)
        .earlier()
        .map_err(|_| TimeError::NonexistentLocalTime)?;
    if zoned.datetime() != civil {
        return Err(TimeError::NonexistentLocalTime);
    }
    Ok(zoned.timestamp())
}

/// Reads an RFC 3339 instant with its offset.
pub fn parse_instant(text: &str) -> Result<Timestamp, TimeError> {
    text.trim().parse().map_err(|_| TimeError::BadInstant)
}

/// An instant as RFC 3339 in UTC with a `Z`, as the API shows it.
pub fn rfc3339_utc(instant: Timestamp) -> String {
    instant.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tashkent_morning_is_stored_as_utc() {
        let zone = ZoneName::parse("Asia/Tashkent").expect("known zone");
        let instant = local_to_instant("2025-08-26T10:00", &zone).expect("valid");
        assert_eq!(rfc3339_utc(instant), "2025-08-26T05:00:00Z");
        assert_eq!(zone.show(instant), "26 Aug 2025, 10:00 +05");
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert_eq!(ZoneName::parse("Mars/Olympus"), Err(TimeError::UnknownZone));
    }

    #[test]
    fn a_skipped_local_time_is_refused() {
        let zone = ZoneName::parse("Europe/Berlin").expect("known zone");
        assert_eq!(
            local_to_instant("2026-03-29T02:30", &zone),
            Err(TimeError::NonexistentLocalTime)
        );
    }

    #[test]
    fn malformed_local_times_are_refused() {
        let zone = ZoneName::utc();
        assert_eq!(
            local_to_instant("tomorrow", &zone),
            Err(TimeError::BadLocalTime)
        );
    }
}
