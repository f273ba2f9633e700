//! Papers and their attachments over the API. An attachment goes in as the raw request body
//! (streamed to the use case, never read whole) and comes out a chunk at a time, always as a
//! download: `Content-Disposition: attachment`, no sniffing, and a sandbox for anything a
//! browser would open anyway.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id as id, ApiJson, ApiQuery};
use crate::app::papers::PaperDetail;
use crate::app::records::{AttachmentRecord, PaperRecord};
use crate::app::AppError;
use crate::domain::ids::PaperId;
use crate::domain::journal::Hash32;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::papers::{AttachmentQuery, PaperInput};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentView {
    /// SHA-256 of the file's bytes, its address: `GET /api/v1/attachments/{sha256}`.
    pub sha256: String,
    /// In bytes.
    pub size: i64,
    pub media_type: String,
    pub filename: String,
}

impl From<&AttachmentRecord> for AttachmentView {
    fn from(a: &AttachmentRecord) -> Self {
        AttachmentView {
            sha256: a.sha256.to_hex(),
            size: a.size,
            media_type: a.media_type.to_string(),
            filename: a.filename.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PaperSummary {
    pub id: i64,
    /// `{GROUP}/{YEAR}/INF/{n}`; absent for a non-paper.
    pub symbol: Option<String>,
    pub title: String,
    pub kind: String,
    pub language: String,
    pub distribution: String,
    pub classification: String,
    /// The party that circulated it; absent for the secretariat.
    pub originator: Option<String>,
    pub created_at: String,
}

impl From<&PaperRecord> for PaperSummary {
    fn from(p: &PaperRecord) -> Self {
        PaperSummary {
            id: p.id.get(),
            symbol: p.symbol.clone(),
            title: p.title.to_string(),
            kind: p.kind.to_string(),
            language: p.language.to_string(),
            distribution: p.marking.distribution.to_string(),
            classification: p.marking.classification.as_str().to_owned(),
            originator: p.marking.originator.as_ref().map(ToString::to_string),
            created_at: rfc3339_utc(p.created_at),
        }
    }
}

/// The papers of a group the caller may see, and how many there are (no other paper is
/// listed or counted).
#[derive(Debug, Serialize, ToSchema)]
pub struct PaperList {
    pub total: usize,
    pub papers: Vec<PaperSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PaperView {
    pub id: i64,
    pub group: String,
    pub symbol: Option<String>,
    pub title: String,
    pub kind: String,
    pub language: String,
    pub right_to_left: bool,
    /// The CommonMark source, as circulated.
    pub body: String,
    pub distribution: String,
    pub classification: String,
    /// The parties a `listed` paper goes to.
    pub listed: Vec<String>,
    pub originator: Option<String>,
    pub meeting: Option<i64>,
    pub created_at: String,
    pub attachments: Vec<AttachmentView>,
}

impl From<&PaperDetail> for PaperView {
    fn from(detail: &PaperDetail) -> Self {
        let p = &detail.paper;
        PaperView {
            id: p.id.get(),
            group: detail.group.code.to_string(),
            symbol: p.symbol.clone(),
            title: p.title.to_string(),
            kind: p.kind.to_string(),
            language: p.language.to_string(),
            right_to_left: p.language.is_right_to_left(),
            body: p.body.clone(),
            distribution: p.marking.distribution.to_string(),
            classification: p.marking.classification.as_str().to_owned(),
            listed: p.marking.listed.iter().map(ToString::to_string).collect(),
            originator: p.marking.originator.as_ref().map(ToString::to_string),
            meeting: p.meeting.map(|m| m.get()),
            created_at: rfc3339_utc(p.created_at),
            attachments: detail
                .attachments
                .iter()
                .map(AttachmentView::from)
                .collect(),
        }
    }
}

/// The papers of a group the caller may see, newest first.
#[utoipa::path(get, operation_id = "list_papers", path = "/api/v1/groups/{code}/papers", tag = "papers", params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The papers the caller may see, and their number", body = PaperList), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (_, papers) = state.app.papers_for(&caller, &code).await?;
    Ok(json(PaperList {
        total: papers.len(),
        papers: papers.iter().map(PaperSummary::from).collect(),
    }))
}

/// Circulates a paper (the secretariat, or a member delegation for its party); every kind but
/// a non-paper is issued under the next `{GROUP}/{YEAR}/INF/{n}`.
#[utoipa::path(post, operation_id = "circulate_paper", path = "/api/v1/groups/{code}/papers", tag = "papers", request_body = PaperInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The paper as circulated", body = PaperView), (status = 403, description = "Only the secretariat or a member delegation circulates a paper"), (status = 404), (status = 422, description = "A field is not valid; nothing was written")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<PaperInput>,
) -> ApiResult<Response> {
    let draft = input.parse()?;
    let paper = state.app.circulate_paper(&caller, &code, draft).await?;
    let detail = state.app.paper_detail(&caller, paper).await?;
    Ok((StatusCode::CREATED, json(PaperView::from(&detail))).into_response())
}

/// A paper the caller may see, with its attachments.
#[utoipa::path(get, operation_id = "get_paper", path = "/api/v1/papers/{id}", tag = "papers", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The paper", body = PaperView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(paper): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.paper_detail(&caller, id(&paper)?).await?;
    Ok(json(PaperView::from(&detail)))
}

/// Attaches a file to a paper: the file is the request's body, its media type the
/// `Content-Type`. The same bytes are stored once, whichever papers hold them.
#[utoipa::path(post, operation_id = "add_attachment", path = "/api/v1/papers/{id}/attachments", tag = "papers",
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file itself, sent with its own media type as `Content-Type` (e.g. application/pdf); the type must agree with the file's first bytes."),
    params(("id" = i64, Path, description = "The resource's id"), AttachmentQuery),
    responses((status = 201, description = "The attachment", body = AttachmentView), (status = 403, description = "Only the paper's originator attaches files"), (status = 404), (status = 409, description = "The paper holds this file already"), (status = 413, description = "The file is larger than the configured limit (MAJLIS_MAX_ATTACHMENT_BYTES, 25 MiB by default)"), (status = 422, description = "An empty file, a bad file name, or a media type the content contradicts; nothing was stored")))]
pub async fn attach(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(paper): Path<String>,
    ApiQuery(query): ApiQuery<AttachmentQuery>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    let paper: PaperId = id(&paper)?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let upload = query.parse(content_type, announced)?;
    let attachment = state
        .app
        .add_attachment(&caller, paper, upload, body.into_data_stream())
        .await?;
    Ok((StatusCode::CREATED, json(AttachmentView::from(&attachment))).into_response())
}

/// Downloads an attachment, to whoever may see a paper that holds it.
#[utoipa::path(get, operation_id = "get_attachment", path = "/api/v1/attachments/{sha256}", tag = "papers",
    params(("sha256" = String, Path, description = "The file's SHA-256, 64 lowercase hex digits")),
    responses((status = 200, description = "The file, as a download, in the media type it was stored with (markup and scripts as application/octet-stream, never to run)", content_type = "*/*", body = Vec<u8>), (status = 404)))]
pub async fn download(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(sha256): Path<String>,
) -> ApiResult<Response> {
    let canonical = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let sha256 = Hash32::from_hex(&sha256)
        .filter(|_| canonical)
        .ok_or(AppError::NotFound)?;
    let download = state.app.attachment_download(&caller, sha256).await?;
    let attachment = &download.attachment;
    let chunks = state
        .app
        .attachment_bytes(&download)
        .map(|chunk| chunk.map(bytes::Bytes::from));
    let mut response = Body::from_stream(chunks).into_response();
    let headers = response.headers_mut();
    let served = HeaderValue::from_str(attachment.media_type.served())
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, served);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(attachment.size));
    if let Ok(value) = HeaderValue::from_str(&content_disposition(attachment.filename.as_str())) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Whatever a browser does with the file, it runs nothing of it as our origin.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    Ok(response)
}

/// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 8187): an ASCII stand-in
/// for old clients, and the exact name percent-encoded.
pub fn content_disposition(filename: &str) -> String {
    let fallback: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for byte in filename.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte);
        if keep {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::content_disposition;

    #[test]
    fn a_download_names_its_file_exactly_and_in_ascii_for_old_clients() {
        assert_eq!(
            content_disposition("Справка \"v2\".pdf"),
            "attachment; filename=\"_______ _v2_.pdf\"; \
             filename*=UTF-8''%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0%20%22v2%22.pdf"
        );
    }
}
