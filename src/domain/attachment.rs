//! Files attached to a paper (DOMAIN.md §2: an attachment inherits its paper's marking): the
//! name a file is saved under, the media type it claims, whether its first bytes bear the
//! claim out, and how it is served so that no browser runs what it holds. Content is
//! addressed by its SHA-256, so the same bytes are kept once however often they are attached.

use std::fmt;

use super::characters;
use super::message::{Explain, Message};
use super::validation::ValidationErrors;

/// The size limit when none is configured: 25 MiB.
pub const DEFAULT_MAX_ATTACHMENT_BYTES: u64 = 25 * 1024 * 1024;

/// How many of a file's first bytes the content check reads: enough for every signature
/// `infer` knows, including the first entries of an office document's zip container.
pub const HEAD_BYTES: usize = 8 * 1024;

/// The longest file name, in bytes (what common file systems hold).
pub const MAX_FILE_NAME_BYTES: usize = 255;

/// Why a file name or a media type is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachmentError {
    EmptyName,
    NameTooLong,
    PathSeparator,
    ControlCharacter,
    Characters(Message),
    MediaType,
}

impl Explain for AttachmentError {
    fn message(&self) -> Message {
        match self {
            AttachmentError::EmptyName => Message::new("error-name-empty"),
            AttachmentError::NameTooLong => {
                Message::new("error-attachment-file-name-too-long").with("max", MAX_FILE_NAME_BYTES)
            }
            AttachmentError::PathSeparator => Message::new("error-attachment-file-name-path"),
            AttachmentError::ControlCharacter => Message::new("error-attachment-file-name-control"),
            AttachmentError::Characters(message) => message.clone(),
            AttachmentError::MediaType => Message::new("error-attachment-media-type"),
        }
    }
}

/// The name a file is offered for saving under: one plain name, never a path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileName(String);

impl FileName {
    /// Refuses empty names, path separators and the names `.` and `..` (a name must not lead
    /// anywhere but where the reader saves it), control characters, and the invisible
    /// characters and direction overrides that make `gpj.exe` look like `exe.jpg`.
    pub fn parse(text: &str) -> Result<Self, AttachmentError> {
        if text.trim().is_empty() {
            return Err(AttachmentError::EmptyName);
        }
        if text.chars().any(char::is_control) {
            return Err(AttachmentError::ControlCharacter);
        }
        if text.contains(['/', '\\']) || text == "." || text == ".." {
            return Err(AttachmentError::PathSeparator);
        }
        if text.len() > MAX_FILE_NAME_BYTES {
            return Err(AttachmentError::NameTooLong);
        }
        characters::check_label(text)
            .map_err(|error| AttachmentError::Characters(error.message()))?;
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A media type's essence (`application/pdf`), lowercase, its parameters dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MediaType(String);

impl MediaType {
    /// Reads `type/subtype[; parameters]` (RFC 9110 §8.3.1): both parts tokens.
    pub fn parse(text: &str) -> Result<Self, AttachmentError> {
        let essence = text.split(';').next().unwrap_or_default().trim();
        let (kind, subtype) = essence.split_once('/').ok_or(AttachmentError::MediaType)?;
        let token = |part: &str| {
            !part.is_empty()
                && part.len() <= 127
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
        };
        if token(kind) && token(subtype) {
            Ok(Self(essence.to_ascii_lowercase()))
        } else {
            Err(AttachmentError::MediaType)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether a browser would run or render what the type holds as a document of our
    /// origin (markup, scripts, SVG): such files are only ever served as opaque bytes.
    pub fn is_active(&self) -> bool {
        let active = [
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "text/xml",
            "application/xml",
            "text/javascript",
            "application/javascript",
            "application/ecmascript",
            "text/ecmascript",
            "multipart/x-mixed-replace",
        ];
        active.contains(&self.0.as_str()) || self.0.ends_with("+xml")
    }

    /// The type a download is served with: the declared one, or `application/octet-stream`
    /// for anything a browser might run.
    pub fn served(&self) -> &str {
        if self.is_active() {
            "application/octet-stream"
        } else {
            &self.0
        }
    }
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The types packed in a zip container, which the first bytes cannot always tell apart.
fn is_zip_family(media_type: &str) -> bool {
    media_type == "application/zip"
        || media_type.starts_with("application/vnd.openxmlformats-officedocument.")
        || media_type.starts_with("application/vnd.oasis.opendocument.")
        || media_type == "application/epub+zip"
}

/// Whether a type names text of some kind (plain text, CSV, Markdown, XML, JSON…).
fn is_textual(media_type: &str) -> bool {
    media_type.starts_with("text/")
        || media_type.ends_with("+xml")
        || media_type.ends_with("+json")
        || matches!(media_type, "application/xml" | "application/json")
}

/// Whether content recognised as `detected` may be declared as `declared`. Text is only
/// guessed from its first characters (a Markdown file may open with `<!--`), so any textual
/// declaration of textual content stands; binary signatures must match.
fn agrees(declared: &str, detected: &str) -> bool {
    declared == detected
        || (is_zip_family(declared) && is_zip_family(detected))
        || (declared == "image/jpg" && detected == "image/jpeg")
        || (is_textual(declared) && is_textual(detected))
}

/// Checks an uploaded file of `size` bytes whose first bytes are `head` (at most
/// [`HEAD_BYTES`]) against the type it was declared as: it must hold something, and a type
/// whose signature is known must start with it (a `%PDF-` for `application/pdf`), while
/// content with a known signature must not be declared as something else. Only
/// `application/octet-stream`, which claims nothing, takes any content.
pub fn check_content(
    media_type: &MediaType,
    size: u64,
    head: &[u8],
) -> Result<(), ValidationErrors> {
    if size == 0 {
        return Err(ValidationErrors::single(
            "file",
            Message::new("error-attachment-empty"),
        ));
    }
    let declared = media_type.as_str();
    if declared == "application/octet-stream" {
        return Ok(());
    }
    let detected = infer::get(head).map(|kind| kind.mime_type());
    let lies = match detected {
        Some(detected) => !agrees(declared, detected),
        None => infer::is_mime_supported(declared),
    };
    if lies {
        return Err(ValidationErrors::single(
            "media_type",
            Message::new("error-attachment-media-type-lies").with("declared", declared),
        ));
    }
    Ok(())
}

/// The refusal of a file above `max` bytes, with the limit in MiB (at least one decimal
/// place, so a small test limit does not read as 0).
pub fn too_large(max: u64) -> Message {
    let mebibytes = max as f64 / (1024.0 * 1024.0);
    let shown = if mebibytes >= 1.0 && mebibytes.fract() == 0.0 {
        format!("{mebibytes:.0}")
    } else {
        format!("{mebibytes:.2}")
    };
    Message::new("error-attachment-too-large")
        .with("max", shown)
        .with("bytes", max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn media(text: &str) -> MediaType {
        MediaType::parse(text).expect("valid")
    }

    #[test]
    fn a_file_name_is_one_plain_name() {
        assert_eq!(
            FileName::parse("Справка о коридоре.pdf")
                .expect("valid")
                .as_str(),
            "Справка о коридоре.pdf"
        );
        for (bad, error) in [
            ("", AttachmentError::EmptyName),
            ("../etc/passwd", AttachmentError::PathSeparator),
            ("dir\\file.txt", AttachmentError::PathSeparator),
            ("..", AttachmentError::PathSeparator),
            ("line\nbreak.txt", AttachmentError::ControlCharacter),
            ("nul\u{0}.txt", AttachmentError::ControlCharacter),
        ] {
            assert_eq!(FileName::parse(bad), Err(error), "{bad:?}");
        }
        assert!(FileName::parse("invoice\u{202E}fdp.exe").is_err());
        assert_eq!(
            FileName::parse(&"a".repeat(256)),
            Err(AttachmentError::NameTooLong)
        );
    }

    #[test]
    fn a_media_type_is_read_as_its_lowercase_essence() {
        assert_eq!(media("Text/CSV; charset=utf-8").as_str(), "text/csv");
        for bad in [
            "",
            "pdf",
            "application/",
            "/pdf",
            "text/plain text",
            "a/b\u{7}",
        ] {
            assert!(MediaType::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_declared_pdf_must_start_as_a_pdf() {
        let pdf = media("application/pdf");
        assert!(check_content(&pdf, 9, b"%PDF-1.7\n").is_ok());
        let errors = check_content(&pdf, 11, b"hello world").expect_err("not a PDF");
        assert!(errors.message_for("media_type").is_some());
    }

    #[test]
    fn content_with_a_known_signature_is_not_accepted_under_another_type() {
        assert!(check_content(&media("text/plain"), 9, b"%PDF-1.7\n").is_err());
        assert!(check_content(&media("image/png"), 9, b"%PDF-1.7\n").is_err());
        assert!(check_content(&media("text/csv"), 8, b"a,b\n1,2\n").is_ok());
        assert!(check_content(&media("text/markdown"), 12, b"<!-- x -->\n# A").is_ok());
        assert!(check_content(&media("image/png"), 12, b"<!-- x -->\n# A").is_err());
        assert!(check_content(&media("application/octet-stream"), 9, b"%PDF-1.7\n").is_ok());
    }

    #[test]
    fn an_office_document_may_be_declared_as_any_type_of_its_zip_family() {
        let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00";
        let xlsx = media("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assert!(check_content(&xlsx, 10, zip).is_ok());
        assert!(check_content(&media("application/pdf"), 10, zip).is_err());
    }

    #[test]
    fn an_empty_file_is_refused() {
        let errors = check_content(&media("text/plain"), 0, b"").expect_err("empty");
        assert_eq!(
            errors.message_for("file"),
            Some(&Message::new("error-attachment-empty"))
        );
    }

    #[test]
    fn markup_and_scripts_are_served_as_opaque_bytes() {
        for active in [
            "text/html",
            "image/svg+xml",
            "application/xhtml+xml",
            "text/javascript",
            "application/rss+xml",
        ] {
            assert_eq!(
                media(active).served(),
                "application/octet-stream",
                "{active}"
            );
        }
        assert_eq!(media("application/pdf").served(), "application/pdf");
    }

    #[test]
    fn the_limit_is_told_in_mebibytes() {
        assert_eq!(
            too_large(DEFAULT_MAX_ATTACHMENT_BYTES),
            Message::new("error-attachment-too-large")
                .with("max", "25")
                .with("bytes", DEFAULT_MAX_ATTACHMENT_BYTES)
        );
    }
}
