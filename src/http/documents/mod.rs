//! Documents people file and sign, as PDF: a decision's record and a meeting's minutes,
//! typeset in-process by Typst used as a library (`engine.rs`) over the machine's fonts
//! (`fonts.rs`). Each document is a Typst template under `templates/pdf/`, compiled into the
//! binary, and a record of plain strings (`decision.rs`, `minutes.rs`) handed to it as JSON
//! beside every word the document shows (`labels.rs`), so the templates hold layout only.
//! Rendering runs on the blocking pool; a machine without fonts for Latin, Cyrillic and
//! Arabic script answers 503 and says so in the log.

pub mod decision;
mod engine;
mod fonts;
mod labels;
pub mod minutes;

use anyhow::Context;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub use engine::Template;
pub use fonts::MissingFonts;
pub use labels::{labels, Labels};

use crate::app::AppError;
use crate::domain::document::LanguageTag;

/// The language a document is written in: its BCP 47 tag and the words it shows.
pub struct DocumentLanguage {
    pub tag: String,
    pub labels: Labels,
}

impl DocumentLanguage {
    /// The request's language (`i18n::current`), as pages are written in.
    pub fn of_request() -> DocumentLanguage {
        DocumentLanguage {
            tag: crate::i18n::current().tag().to_owned(),
            labels: labels(),
        }
    }
}

/// How Typst is told a text's language: an ISO 639 code, an ISO 3166 region if the tag has
/// one, and the direction its script runs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextLanguage {
    pub lang: String,
    pub region: Option<String>,
    pub dir: &'static str,
}

impl TextLanguage {
    /// From a BCP 47 tag (`ru`, `fa-AF`, `uz-Arab`); a tag that does not parse is set as
    /// undetermined (`und`), left to right.
    pub fn of(tag: &str) -> TextLanguage {
        let Ok(parsed) = LanguageTag::parse(tag) else {
            return TextLanguage {
                lang: "und".to_owned(),
                region: None,
                dir: "ltr",
            };
        };
        let mut subtags = parsed.as_str().split('-');
        let lang = subtags.next().unwrap_or("und").to_owned();
        let region = subtags
            .find(|subtag| subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        TextLanguage {
            lang,
            region,
            dir: if parsed.is_right_to_left() {
                "rtl"
            } else {
                "ltr"
            },
        }
    }
}

/// Why a document could not be made.
#[derive(Debug)]
pub enum DocumentError {
    /// The machine has no fonts for one of the group's scripts.
    Fonts(&'static MissingFonts),
    /// Typst refused the template or its data: a fault of ours, answered 500.
    Failed(anyhow::Error),
}

/// What the template reads as `data.json`: the document's language, its words, its record.
#[derive(Serialize)]
struct Data<'a, T> {
    language: TextLanguage,
    labels: &'a Labels,
    record: &'a T,
}

/// Typesets `record` with `template` in `language`, on the blocking pool.
pub async fn render<T: Serialize>(
    template: Template,
    language: &DocumentLanguage,
    record: &T,
) -> Result<Vec<u8>, DocumentError> {
    let data = serde_json::to_vec(&Data {
        language: TextLanguage::of(&language.tag),
        labels: &language.labels,
        record,
    })
    .context("writing a document's data")
    .map_err(DocumentError::Failed)?;
    tokio::task::spawn_blocking(move || {
        let fonts = fonts::fonts().map_err(DocumentError::Fonts)?;
        engine::compile_pdf(template, data, fonts).map_err(DocumentError::Failed)
    })
    .await
    .context("the typesetting task stopped")
    .map_err(DocumentError::Failed)?
}

/// The answer for a made document: the PDF as an attachment named `file_stem`.pdf (with
/// anything but letters, digits, `.`, `_` and `-` written `-`, so `CGA/2026/DEC/1` is saved as
/// `CGA-2026-DEC-1.pdf`); without fonts, 503 as problem+json, the cause in the log; a
/// failure of ours, the error that is answered 500.
pub fn answer(made: Result<Vec<u8>, DocumentError>, file_stem: &str) -> Result<Response, AppError> {
    match made {
        Ok(pdf) => Ok(pdf_response(pdf, file_stem)),
        Err(DocumentError::Fonts(missing)) => {
            tracing::error!(error = %missing, "documents cannot be typeset");
            Ok(crate::http::error::problem_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "documents-unavailable",
                "Documents unavailable",
                "the server has no fonts to set documents in; its operator can read why in its log"
                    .to_owned(),
                None,
            ))
        }
        Err(DocumentError::Failed(cause)) => Err(AppError::Internal(cause)),
    }
}

fn pdf_response(pdf: Vec<u8>, file_stem: &str) -> Response {
    let name: String = file_stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}.pdf\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        pdf,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_tag_becomes_typst_language_region_and_direction() {
        let dari = TextLanguage::of("fa-AF");
        assert_eq!(
            (dari.lang.as_str(), dari.region.as_deref(), dari.dir),
            ("fa", Some("AF"), "rtl")
        );
        let uzbek_in_arabic_script = TextLanguage::of("uz-Arab");
        assert_eq!(
            (
                uzbek_in_arabic_script.lang.as_str(),
                uzbek_in_arabic_script.region,
                uzbek_in_arabic_script.dir
            ),
            ("uz", None, "rtl")
        );
        assert_eq!(TextLanguage::of("ru").dir, "ltr");
        assert_eq!(TextLanguage::of("not a tag").lang, "und");
    }

    #[test]
    fn the_file_name_is_the_symbol_with_its_slashes_written_as_dashes() {
        let response = pdf_response(Vec::new(), "CGA/2026/DEC/1");
        assert_eq!(
            response.headers()[header::CONTENT_DISPOSITION],
            "attachment; filename=\"CGA-2026-DEC-1.pdf\""
        );
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/pdf");
    }
}
