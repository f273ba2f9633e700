//! A comment as sent by a form or a program, parsed into the domain's draft.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::domain::comment::CommentDraft;
use crate::domain::ids::CommentId;
use crate::http::api::schemas as shape;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentInput {
    /// The comment in CommonMark, kept as written and shown rendered and sanitised.
    #[schema(value_type = shape::CommentBodyText)]
    pub body: String,
    /// The comment this one answers, on the same paper or text.
    #[serde(default, deserialize_with = "super::whole::option_i64")]
    pub reply_to: Option<i64>,
}

impl CommentInput {
    /// Every rule of a comment is the domain's (`CommentDraft::check`), which needs the
    /// comment answered; here the fields only take their types.
    pub fn draft(self) -> CommentDraft {
        CommentDraft {
            body: self.body,
            reply_to: self.reply_to.map(CommentId::new),
        }
    }
}
