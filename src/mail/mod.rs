//! Mail's words and wire: a notice written in its reader's language (`compose`, the messages
//! of `locales/*/mail.ftl`, dates through `Locale::when` in the reader's zone), the daily
//! digest, and delivery to an SMTP relay with `lettre` (`Relay`).
//!
//! What a notice may say is decided before it gets here (`app::mail`, with
//! `domain::access` per recipient); here a text classified above `unclassified` is named
//! by its symbol, title and link only, never quoted (`domain::mail::excerpt`).

use std::time::Duration;

use jiff::Timestamp;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::Body;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::domain::language::UiLanguage;
use crate::domain::mail::excerpt;
use crate::domain::marking::Classification;
use crate::domain::procedure::ProcedureKind;
use crate::domain::time::ZoneName;
use crate::i18n::Locale;

/// What a notice is about.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A procedure opened that asks the reader's party (a consensus round) or places a text
    /// under silence.
    Asked { kind: ProcedureKind },
    /// A day before the deadline, the reader's party not having answered.
    Deadline { kind: ProcedureKind },
    /// A decision was adopted.
    Adopted { symbol: String, at: Timestamp },
}

/// Everything a notice says, already trimmed to what its reader may see.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub language: UiLanguage,
    pub zone: &'a ZoneName,
    pub notice: Notice,
    pub group: &'a str,
    pub title: &'a str,
    /// The reader's party, if they sit for one.
    pub party: Option<&'a str>,
    pub classification: Classification,
    /// The text's latest version, quoted only when unclassified.
    pub body: &'a str,
    pub deadline: Timestamp,
    /// Where the thing is, in Majlis.
    pub link: String,
    /// Where the reader chooses what they are sent.
    pub profile: String,
}

/// A mail written: its subject, and the plain-text body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub subject: String,
    pub body: String,
}

/// Writes a notice in its reader's language.
pub fn compose(facts: &Facts<'_>) -> Written {
    let tr = Locale::new(facts.language);
    let deadline = tr.when(facts.deadline, facts.zone);
    let party = facts.party.unwrap_or(facts.group);
    let (subject, lead) = match &facts.notice {
        Notice::Asked { kind } => match kind {
            ProcedureKind::Consensus => (
                "mail-subject-asked-consensus",
                tr.t_with(
                    "mail-asked-consensus",
                    &[
                        ("title", facts.title.into()),
                        ("party", party.into()),
                        ("deadline", deadline.as_str().into()),
                    ],
                ),
            ),
            ProcedureKind::Silence => (
                "mail-subject-asked-silence",
                tr.t_with(
                    "mail-asked-silence",
                    &[
                        ("title", facts.title.into()),
                        ("deadline", deadline.as_str().into()),
                    ],
                ),
            ),
        },
        Notice::Deadline { kind } => (
            "mail-subject-deadline",
            match kind {
                ProcedureKind::Consensus => tr.t_with(
                    "mail-deadline-consensus",
                    &[
                        ("title", facts.title.into()),
                        ("party", party.into()),
                        ("deadline", deadline.as_str().into()),
                    ],
                ),
                ProcedureKind::Silence => tr.t_with(
                    "mail-deadline-silence",
                    &[
                        ("title", facts.title.into()),
                        ("deadline", deadline.as_str().into()),
                    ],
                ),
            },
        ),
        Notice::Adopted { symbol, at } => (
            "mail-subject-adopted",
            tr.t_with(
                "mail-adopted",
                &[
                    ("title", facts.title.into()),
                    ("symbol", symbol.as_str().into()),
                    ("date", tr.when(*at, facts.zone).as_str().into()),
                ],
            ),
        ),
    };
    let symbol = match &facts.notice {
        Notice::Adopted { symbol, .. } => symbol.as_str(),
        _ => "",
    };
    let subject = tr.t_with(
        subject,
        &[
            ("group", facts.group.into()),
            ("title", facts.title.into()),
            ("symbol", symbol.into()),
        ],
    );
    let mut body = vec![lead];
    body.push(tr.t1(
        "mail-marking",
        "classification",
        tr.t(&format!("classification-{}", facts.classification.as_str())),
    ));
    match excerpt(facts.classification, facts.body) {
        Some(quoted) => body.push(format!("{}\n{quoted}", tr.t("mail-excerpt"))),
        None => body.push(tr.t("mail-not-quoted")),
    }
    body.push(tr.t1("mail-open", "link", facts.link.as_str()));
    body.push(format!(
        "-- \n{}",
        tr.t1("mail-footer", "link", facts.profile.as_str())
    ));
    Written {
        subject: one_line(&subject),
        body: wrap(&body.join("\n\n")),
    }
}

/// The longest line of a mail, in bytes: below the 76 at which a UTF-8 body would have to be
/// encoded, and what plain-text mail has always used.
const LINE_BYTES: usize = 72;

/// Breaks each line at spaces so that none is longer than `LINE_BYTES` (a single longer word,
/// such as a link, keeps its own line).
fn wrap(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > LINE_BYTES {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

/// One digest of the notices collected for a reader, oldest first.
pub fn compose_digest(language: UiLanguage, items: &[(String, String)]) -> Written {
    let tr = Locale::new(language);
    let mut body = vec![tr.t("mail-digest-intro")];
    for (subject, text) in items {
        let underline = "=".repeat(subject.chars().count().min(72));
        body.push(format!("{subject}\n{underline}\n\n{text}"));
    }
    Written {
        subject: one_line(&tr.t1("mail-digest-subject", "count", items.len())),
        body: wrap(&body.join("\n\n\n")),
    }
}

/// A subject is one line, whatever a title held.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An SMTP relay (`MAJLIS_SMTP_URL=smtp://host:port`), spoken to without TLS: a relay on
/// the same machine or network, which carries the mail onward.
#[derive(Clone)]
pub struct Relay {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relay").field("from", &self.from).finish()
    }
}

impl Relay {
    /// A relay at `url` (`smtp://host[:port]`, port 25 by default), sending as `from`.
    pub fn new(url: &str, from: &str) -> anyhow::Result<Relay> {
        let rest = url
            .trim()
            .strip_prefix("smtp://")
            .ok_or_else(|| anyhow::anyhow!("MAJLIS_SMTP_URL {url:?} must be smtp://host:port"))?;
        let rest = rest.trim_end_matches('/');
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse::<u16>()
                    .map_err(|_| anyhow::anyhow!("MAJLIS_SMTP_URL {url:?} has a bad port"))?,
            ),
            None => (rest, 25),
        };
        if host.is_empty() || host.contains(['/', '@', '?']) {
            anyhow::bail!("MAJLIS_SMTP_URL {url:?} must be smtp://host:port");
        }
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("MAJLIS_MAIL_FROM {from:?} is not an address: {e}"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Relay { transport, from })
    }

    /// Hands one mail to the relay; an error says why it did not take it.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            // UTF-8 as it is (every relay today takes 8BITMIME), so a mail reads the same in
            // its source as on screen; a line too long for that (a long link) is encoded.
            .body(
                Body::new_with_encoding(body.to_owned(), ContentTransferEncoding::EightBit)
                    .unwrap_or_else(|_| Body::new(body.to_owned())),
            )?;
        self.transport.send(message).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relay_is_named_by_an_smtp_address() {
        assert!(Relay::new("smtp://127.0.0.1:2525", "majlis@example.org").is_ok());
        assert!(Relay::new("smtp://mail.example.org", "majlis@example.org").is_ok());
        assert!(Relay::new("http://127.0.0.1:2525", "majlis@example.org").is_err());
        assert!(Relay::new("smtp://127.0.0.1:port", "majlis@example.org").is_err());
        assert!(Relay::new("smtp://127.0.0.1:2525", "not an address").is_err());
    }

    #[test]
    fn a_classified_text_is_named_never_quoted() {
        let zone = ZoneName::utc();
        let facts = Facts {
            language: UiLanguage::English,
            zone: &zone,
            notice: Notice::Asked {
                kind: ProcedureKind::Consensus,
            },
            group: "CGA",
            title: "Joint statement",
            party: Some("UZ"),
            classification: Classification::Restricted,
            body: "The secret words of the text.",
            deadline: Timestamp::UNIX_EPOCH,
            link: "https://majlis.example.org/procedures/1".to_owned(),
            profile: "https://majlis.example.org/me".to_owned(),
        };
        let written = compose(&facts);
        assert!(written.subject.contains("Joint statement"));
        assert!(written
            .body
            .contains("https://majlis.example.org/procedures/1"));
        assert!(!written.body.contains("secret words"));
        let open = compose(&Facts {
            classification: Classification::Unclassified,
            ..facts
        });
        assert!(open.body.contains("The secret words of the text."));
    }
}
