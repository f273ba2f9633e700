//! Inputs of papers and attachments, parsed into domain types with one message per bad field.

use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::followup::required_marking;
use crate::app::papers::AttachmentUpload;
use crate::domain::attachment::{FileName, MediaType};
use crate::domain::document::LanguageTag;
use crate::domain::ids::MeetingId;
use crate::domain::names::Label;
use crate::domain::paper::{PaperDraft, PaperKind};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaperInput {
    #[schema(value_type = shape::LabelText)]
    pub title: String,
    /// non_paper, note_verbale, background, report, letter or other.
    #[schema(value_type = shape::PaperKindName)]
    pub kind: String,
    /// The paper in CommonMark, kept as written and shown rendered and sanitised.
    #[schema(value_type = shape::PaperBodyText)]
    pub body: String,
    /// The paper's language, e.g. "ru".
    #[schema(value_type = shape::LanguageTagText)]
    pub language: String,
    /// public, group, members, listed or national.
    #[schema(value_type = shape::DistributionName)]
    pub distribution: String,
    /// Party codes a `listed` paper goes to.
    #[serde(default)]
    #[schema(value_type = Vec<shape::PartyCodeText>)]
    pub listed: Vec<String>,
    /// unclassified (default), restricted or confidential.
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub classification: Option<String>,
    /// The meeting the paper is circulated for, if any.
    #[serde(default, deserialize_with = "super::whole::option_i64")]
    pub meeting: Option<i64>,
}

impl PaperInput {
    pub fn parse(&self) -> Result<PaperDraft, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", Label::parse(&self.title));
        let kind = errors.check("kind", self.kind.trim().parse::<PaperKind>());
        let language = errors.check("language", LanguageTag::parse(&self.language));
        let marking = required_marking(
            &self.distribution,
            &self.classification,
            &self.listed,
            &mut errors,
        );
        match (title, kind, language, marking) {
            (Some(title), Some(kind), Some(language), Some(marking)) if errors.is_empty() => {
                Ok(PaperDraft {
                    title,
                    kind,
                    language,
                    body: self.body.clone(),
                    marking,
                    meeting: self.meeting.map(MeetingId::new),
                })
            }
            _ => Err(errors),
        }
    }
}

/// The query of an upload: the name the file is saved under.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AttachmentQuery {
    /// The file's name, without any folder.
    #[param(value_type = shape::FileNameText)]
    pub filename: String,
}

impl AttachmentQuery {
    /// The upload's name and its declared media type (the `Content-Type` header's value, if
    /// any), each refused on its own field.
    pub fn parse(
        &self,
        content_type: Option<&str>,
        announced_length: Option<u64>,
    ) -> Result<AttachmentUpload, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let filename = errors.check("filename", FileName::parse(&self.filename));
        let media_type = errors.check("media_type", MediaType::parse(content_type.unwrap_or("")));
        match (filename, media_type) {
            (Some(filename), Some(media_type)) => Ok(AttachmentUpload {
                filename,
                media_type,
                announced_length,
            }),
            _ => Err(errors),
        }
    }
}
