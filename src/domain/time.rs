//! Time as the group lives it: instants are stored in UTC; a meeting's local start is given
//! in its venue's IANA zone; every page shows an instant in the venue's and the viewer's zone.

use std::fmt;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use thiserror::Error;

use super::message::{Explain, Message};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TimeError {
    #[error("is not a known IANA time zone (e.g. Asia/Tashkent)")]
    UnknownZone,
    #[error("must be a date and time like 2026-03-14T10:00")]
    BadLocalTime,
    #[error("does not exist in that time zone (a clock change skips it)")]
    NonexistentLocalTime,
    #[error("must be an RFC 3339 time with an offset, like 2026-03-14T10:00:00Z or 2026-03-14T15:00:00+05:00")]
    BadInstant,
    #[error("has an offset beyond ±18:00, which no place on Earth uses; give the offset from UTC, like +05:00, or Z")]
    OffsetOutOfRange,
}

impl Explain for TimeError {
    fn message(&self) -> Message {
        Message::new(match self {
            TimeError::UnknownZone => "error-time-unknown-zone",
            TimeError::BadLocalTime => "error-time-bad-local-time",
            TimeError::NonexistentLocalTime => "error-time-nonexistent-local-time",
            TimeError::BadInstant => "error-time-bad-instant",
            TimeError::OffsetOutOfRange => "error-time-offset-out-of-range",
        })
    }
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

/// The largest offset from UTC that RFC 3339 and ISO 8601 readers are asked to accept
/// (the range `java.time` and most libraries keep), in minutes.
const MAX_OFFSET_MINUTES: u32 = 18 * 60;

/// Reads an RFC 3339 instant: `2026-03-14T10:00:00Z`, with optional fractional seconds and
/// an offset of `Z` or `±HH:MM` within ±18:00.
///
/// jiff reads the wider Temporal grammar (hour-only or second-precision offsets, offsets up
/// to ±25:59, bracketed time zone annotations, basic format without separators), which
/// would let a client's typing slip shift a deadline by a day. So the shape is checked
/// against RFC 3339's one layout first, and jiff then checks the date and time are real.
pub fn parse_instant(text: &str) -> Result<Timestamp, TimeError> {
    let text = text.trim();
    let offset = rfc3339_offset(text).ok_or(TimeError::BadInstant)?;
    if offset > MAX_OFFSET_MINUTES {
        return Err(TimeError::OffsetOutOfRange);
    }
    text.parse().map_err(|_| TimeError::BadInstant)
}

/// The offset's size in minutes when `text` has RFC 3339's layout
/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` (with `t`, `z` or a space allowed as RFC 3339
/// allows); `None` otherwise.
fn rfc3339_offset(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|field| field.iter().all(u8::is_ascii_digit))
    };
    let separators_ok = bytes.get(4) == Some(&b'-')
        && bytes.get(7) == Some(&b'-')
        && matches!(bytes.get(10), Some(b'T' | b't' | b' '))
        && bytes.get(13) == Some(&b':')
        && bytes.get(16) == Some(&b':');
    let fields_ok = [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
        .into_iter()
        .all(digits);
    if !separators_ok || !fields_ok {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let length = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if length == 0 {
            return None;
        }
        rest = &fraction[length..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => Some(0),
        [b'+' | b'-', h1, h2, b':', m1, m2]
            if [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit()) =>
        {
            let hours = u32::from(h1 - b'0') * 10 + u32::from(h2 - b'0');
            let minutes = u32::from(m1 - b'0') * 10 + u32::from(m2 - b'0');
            (minutes < 60).then_some(hours * 60 + minutes)
        }
        _ => None,
    }
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
    fn instants_with_offsets_up_to_eighteen_hours_are_read() {
        for (text, utc) in [
            ("2026-03-14T10:00:00Z", "2026-03-14T10:00:00Z"),
            ("2026-03-14t10:00:00z", "2026-03-14T10:00:00Z"),
            ("2026-03-14T15:00:00+05:00", "2026-03-14T10:00:00Z"),
            ("2026-03-14T14:30:00.250+04:30", "2026-03-14T10:00:00Z"),
            ("2026-03-15T04:00:00+18:00", "2026-03-14T10:00:00Z"),
            ("2026-03-13T16:00:00-18:00", "2026-03-14T10:00:00Z"),
            ("2026-03-14 10:00:00-00:00", "2026-03-14T10:00:00Z"),
        ] {
            assert_eq!(
                parse_instant(text).map(rfc3339_utc),
                Ok(utc.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn an_offset_beyond_eighteen_hours_is_refused() {
        for text in [
            "2026-03-14T10:00:00+25:00",
            "2026-03-14T10:00:00+18:01",
            "2026-03-14T10:00:00-19:00",
            "2026-03-14T10:00:00+99:59",
        ] {
            assert_eq!(
                parse_instant(text),
                Err(TimeError::OffsetOutOfRange),
                "{text}"
            );
        }
    }

    #[test]
    fn instants_outside_rfc_3339_are_refused() {
        for text in [
            "2026-03-14T10:00:00",
            "2026-03-14T10:00Z",
            "2026-03-14T10:00:00+05",
            "2026-03-14T10:00:00+0500",
            "2026-03-14T10:00:00+05:00:30",
            "2026-03-14T10:00:00+05:60",
            "2026-03-14T10:00:00.Z",
            "2026-03-14T10:00:00+05:00[Asia/Tashkent]",
            "20260314T100000Z",
            "2026-02-30T10:00:00Z",
            "2026-03-14T24:00:00Z",
            "２026-03-14T10:00:00Z",
            "next week",
            "",
        ] {
            assert_eq!(parse_instant(text), Err(TimeError::BadInstant), "{text}");
        }
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
