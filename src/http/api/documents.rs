//! The documents programs fetch as PDF, as people do from the pages: a decision's record
//! (`/api/v1/decisions/{id}.pdf`, handed here by the decision's route) and a meeting's
//! minutes. Errors are problem+json, as everywhere under `/api/v1`.

use axum::extract::{Path, State};
use axum::response::Response;
use utoipa::ToSchema;

use super::path_id as id;
use crate::app::Caller;
use crate::http::auth::ApiCaller;
use crate::http::documents::decision::DecisionDocument;
use crate::http::documents::minutes::MinutesDocument;
use crate::http::documents::{self, DocumentLanguage};
use crate::http::error::ApiResult;
use crate::http::AppState;

/// A PDF file, as the document describes a body of bytes.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct PdfFile(pub Vec<u8>);

/// A decision's record as PDF.
#[utoipa::path(get, operation_id = "get_decision_pdf", path = "/api/v1/decisions/{id}.pdf", tag = "decisions",
    params(("id" = i64, Path, description = "The decision's id")),
    description = "The decision record as the group files it: symbol, title, the adopted text in every language version, its SHA-256, the positions and statements of each party and the timeline, with the text's classification at the top and bottom of every page. Sent as an attachment named after the symbol.",
    responses(
        (status = 200, description = "The record", content_type = "application/pdf", body = PdfFile),
        (status = 404, description = "No such decision, or not one the caller may see"),
        (status = 503, description = "The server has no fonts to set documents in"),
    ))]
pub async fn decision(state: &AppState, caller: &Caller, decision: &str) -> ApiResult<Response> {
    let detail = state.app.decision_detail(caller, id(decision)?).await?;
    let document = DecisionDocument::of(&detail);
    let made = document.render(&DocumentLanguage::of_request()).await;
    Ok(documents::answer(made, document.file_stem())?)
}

/// A meeting's minutes as PDF.
#[utoipa::path(get, operation_id = "get_meeting_minutes_pdf", path = "/api/v1/meetings/{id}/minutes.pdf", tag = "meetings",
    params(("id" = i64, Path, description = "The meeting's id")),
    description = "The minutes: the meeting, when and where it was held, its agenda, the attendance by party and the decisions taken at it that the caller may see, marked with the highest classification among them.",
    responses(
        (status = 200, description = "The minutes", content_type = "application/pdf", body = PdfFile),
        (status = 404, description = "No such meeting, or not one the caller may see"),
        (status = 503, description = "The server has no fonts to set documents in"),
    ))]
pub async fn minutes(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
) -> ApiResult<Response> {
    let minutes = state.app.meeting_minutes(&caller, id(&meeting)?).await?;
    let document = MinutesDocument::of(&minutes);
    let made = document.render(&DocumentLanguage::of_request()).await;
    Ok(documents::answer(made, document.file_stem())?)
}
