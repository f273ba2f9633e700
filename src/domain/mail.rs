//! Mail (issue 10): a person's address, what they asked to be told, what a mail may say about
//! a text of a given classification, when a daily digest is due and how long a failed mail
//! waits before it is tried again. No I/O: the app layer queues and sends.

use std::fmt;
use std::str::FromStr;

use jiff::{SignedDuration, Timestamp};

use super::marking::Classification;
use super::message::{Explain, Message, MessageArg};
use super::time::ZoneName;

/// An address mail can be sent to: one `local@domain`, without a display name or a domain
/// literal, at most 254 characters (RFC 5321's limit on a path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

/// Why an address was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {0} characters")]
    TooLong(usize),
    #[error("is not an email address")]
    Shape,
}

impl Explain for EmailError {
    fn message(&self) -> Message {
        match self {
            EmailError::Empty => Message::new("error-name-empty"),
            EmailError::TooLong(max) => Message::new("error-name-too-long").with("max", *max),
            EmailError::Shape => Message::new("error-email-shape"),
        }
    }
}

impl EmailAddress {
    pub const MAX: usize = 254;

    pub fn parse(text: &str) -> Result<Self, EmailError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        if text.chars().count() > Self::MAX {
            return Err(EmailError::TooLong(Self::MAX));
        }
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal()
            .with_required_tld();
        // The parser admits quoted local parts holding spaces and controls; an address
        // typed by a person never needs them, and they have no place in a header.
        if text.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(EmailError::Shape);
        }
        email_address::EmailAddress::parse_with_options(text, options)
            .map_err(|_| EmailError::Shape)?;
        Ok(EmailAddress(text.to_owned()))
    }

    /// An optional address (a form's field): blank means none.
    pub fn parse_optional(text: &str) -> Result<Option<Self>, EmailError> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(text).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&EmailAddress> for MessageArg {
    fn from(address: &EmailAddress) -> Self {
        MessageArg::Text(address.0.clone())
    }
}

/// What a person may be told by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MailKind {
    /// Their party is asked for a position (a consensus round opens), or a silence procedure
    /// opens for their party.
    Asked,
    /// A day before a deadline, while their party has not answered.
    Deadline,
    /// A decision was adopted.
    Adopted,
}

impl MailKind {
    pub const ALL: [MailKind; 3] = [MailKind::Asked, MailKind::Deadline, MailKind::Adopted];

    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Asked => "asked",
            MailKind::Deadline => "deadline",
            MailKind::Adopted => "adopted",
        }
    }
}

impl FromStr for MailKind {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        MailKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(())
    }
}

/// Which mails a person wants, and whether as they happen or collected in a daily digest.
/// Until a person chooses, they are told of everything, one mail at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailPreferences {
    pub asked: bool,
    pub deadline: bool,
    pub adopted: bool,
    pub digest: bool,
}

impl Default for MailPreferences {
    fn default() -> Self {
        MailPreferences {
            asked: true,
            deadline: true,
            adopted: true,
            digest: false,
        }
    }
}

impl MailPreferences {
    pub fn wants(&self, kind: MailKind) -> bool {
        match kind {
            MailKind::Asked => self.asked,
            MailKind::Deadline => self.deadline,
            MailKind::Adopted => self.adopted,
        }
    }
}

/// The most characters of a text an unclassified mail quotes.
pub const EXCERPT_CHARS: usize = 280;

/// What a mail may quote of a text: a short excerpt of an unclassified one (cut at a word,
/// marked with an ellipsis when cut), nothing at all of anything classified higher, which a
/// mail names by its symbol, title and link only.
pub fn excerpt(classification: Classification, body: &str) -> Option<String> {
    if classification != Classification::Unclassified {
        return None;
    }
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.is_empty() {
        return None;
    }
    if flat.chars().count() <= EXCERPT_CHARS {
        return Some(flat);
    }
    let cut: String = flat.chars().take(EXCERPT_CHARS).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > EXCERPT_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    Some(format!("{}…", at_word.trim_end()))
}

/// The hour, in the person's own zone, at which their daily digest goes out.
pub const DIGEST_HOUR: i8 = 8;

/// When a digest holding something first collected at `oldest` is due: the next
/// `DIGEST_HOUR` o'clock after it in the person's zone, so a person gets at most one digest a
/// day, each morning.
pub fn digest_due(oldest: Timestamp, zone: &ZoneName) -> Timestamp {
    let local = oldest.to_zoned(zone.zone().clone());
    let morning = local
        .with()
        .hour(DIGEST_HOUR)
        .minute(0)
        .second(0)
        .subsec_nanosecond(0)
        .build();
    match morning {
        Ok(morning) if morning.timestamp() > oldest => morning.timestamp(),
        Ok(morning) => morning
            .tomorrow()
            .map(|next| next.timestamp())
            .unwrap_or(oldest + SignedDuration::from_hours(24)),
        Err(_) => oldest + SignedDuration::from_hours(24),
    }
}

/// How long a mail waits after its `attempts`-th failed attempt: 30 seconds, doubling each
/// time, never more than an hour, so a relay that is down for a while is not hammered and a
/// short outage costs little delay.
pub fn retry_after(attempts: u32) -> SignedDuration {
    let doublings = attempts.saturating_sub(1).min(7);
    let seconds = 30_i64 << doublings;
    SignedDuration::from_secs(seconds.min(3600))
}

/// Whether a procedure gets its "a day before the deadline" reminder: only when it was
/// opened more than a day before its deadline (a shorter one was announced with its deadline
/// already a day or less away), and from a day before the deadline until the deadline.
pub fn reminder_due(opened_at: Timestamp, deadline: Timestamp, now: Timestamp) -> bool {
    let day = SignedDuration::from_hours(24);
    opened_at + day < deadline && deadline - day <= now && now < deadline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a timestamp")
    }

    #[test]
    fn an_address_is_one_mailbox_and_nothing_else() {
        assert!(EmailAddress::parse("kz.envoy@example.org").is_ok());
        assert_eq!(
            EmailAddress::parse(" uz.envoy@example.org ").map(|a| a.to_string()),
            Ok("uz.envoy@example.org".to_owned())
        );
        for bad in [
            "",
            "no-at-sign",
            "two@@example.org",
            "Envoy <kz@example.org>",
            "kz@[127.0.0.1]",
            "kz@localhost",
            "kz@exa mple.org",
            "kz@example.org\r\nBcc: x@example.org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), Err(EmailError::TooLong(254)));
        assert_eq!(EmailAddress::parse_optional("  "), Ok(None));
    }

    #[test]
    fn only_an_unclassified_text_is_quoted() {
        assert_eq!(
            excerpt(Classification::Unclassified, "The parties\n\nagree."),
            Some("The parties agree.".to_owned())
        );
        assert_eq!(
            excerpt(Classification::Restricted, "The parties agree."),
            None
        );
        assert_eq!(
            excerpt(Classification::Confidential, "The parties agree."),
            None
        );
        let long = "word ".repeat(200);
        let quoted = excerpt(Classification::Unclassified, &long).expect("an excerpt");
        assert!(quoted.ends_with("word…"), "{quoted}");
        assert!(quoted.chars().count() <= EXCERPT_CHARS + 1);
    }

    #[test]
    fn a_digest_goes_out_the_next_morning_in_the_persons_zone() {
        let almaty = ZoneName::parse("Asia/Almaty").expect("a zone");
        // 06:00 UTC is 11:00 in Almaty (UTC+5): the next morning at 08:00 there.
        assert_eq!(
            digest_due(at("2026-09-01T06:00:00Z"), &almaty),
            at("2026-09-02T03:00:00Z")
        );
        // 01:00 UTC is 06:00 in Almaty: the same morning.
        assert_eq!(
            digest_due(at("2026-09-01T01:00:00Z"), &almaty),
            at("2026-09-01T03:00:00Z")
        );
    }

    #[test]
    fn a_failed_mail_waits_longer_each_time_up_to_an_hour() {
        assert_eq!(retry_after(1), SignedDuration::from_secs(30));
        assert_eq!(retry_after(2), SignedDuration::from_secs(60));
        assert_eq!(retry_after(5), SignedDuration::from_secs(480));
        assert_eq!(retry_after(40), SignedDuration::from_secs(3600));
    }

    #[test]
    fn the_reminder_comes_a_day_before_a_deadline_set_more_than_a_day_ahead() {
        let opened = at("2026-09-01T06:00:00Z");
        let deadline = at("2026-09-04T06:00:00Z");
        assert!(!reminder_due(opened, deadline, at("2026-09-02T06:00:00Z")));
        assert!(reminder_due(opened, deadline, at("2026-09-03T06:00:00Z")));
        assert!(!reminder_due(opened, deadline, deadline));
        let short = at("2026-09-01T18:00:00Z");
        assert!(!reminder_due(opened, short, at("2026-09-01T12:00:00Z")));
    }
}
