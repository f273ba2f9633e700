//! Comments on papers and texts over the API: a discussion in thread order, a comment
//! written or answered, a comment withdrawn by its author.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id as id, ApiJson};
use crate::app::comments::{Discussion, Threaded};
use crate::app::records::CommentRecord;
use crate::domain::comment::CommentSubject;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::comments::CommentInput;
use crate::http::markdown;
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct CommentView {
    pub id: i64,
    /// `paper` or `text`.
    pub on: String,
    /// The paper's or text's id.
    pub on_id: i64,
    /// The comment this one answers.
    pub reply_to: Option<i64>,
    /// The CommonMark source as written; absent once withdrawn.
    pub body: Option<String>,
    /// The body rendered and sanitised; absent once withdrawn.
    pub html: Option<String>,
    /// The author's name.
    pub author: String,
    /// The author's party; absent for the secretariat.
    pub author_party: Option<String>,
    pub created_at: String,
    /// When its author withdrew it.
    pub withdrawn_at: Option<String>,
}

impl From<&CommentRecord> for CommentView {
    fn from(c: &CommentRecord) -> Self {
        let (on, on_id) = match c.subject {
            CommentSubject::Paper(paper) => ("paper", paper.get()),
            CommentSubject::Text(text) => ("text", text.get()),
        };
        let standing = c.withdrawn_at.is_none();
        CommentView {
            id: c.id.get(),
            on: on.to_owned(),
            on_id,
            reply_to: c.reply_to.map(|r| r.get()),
            body: standing.then(|| c.body.clone()),
            html: standing.then(|| markdown::render(&c.body)),
            author: c.author_name.to_string(),
            author_party: c.author_party.as_ref().map(ToString::to_string),
            created_at: rfc3339_utc(c.created_at),
            withdrawn_at: c.withdrawn_at.map(rfc3339_utc),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadedView {
    #[serde(flatten)]
    pub comment: CommentView,
    /// 0 for a comment that starts a thread, 1 for an answer to it, and so on.
    pub depth: usize,
}

impl From<&Threaded> for ThreadedView {
    fn from(t: &Threaded) -> Self {
        ThreadedView {
            comment: CommentView::from(&t.comment),
            depth: t.depth,
        }
    }
}

/// A discussion in thread order: each answer after what it answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct DiscussionView {
    pub total: usize,
    pub comments: Vec<ThreadedView>,
}

impl From<&Discussion> for DiscussionView {
    fn from(d: &Discussion) -> Self {
        DiscussionView {
            total: d.comments.len(),
            comments: d.comments.iter().map(ThreadedView::from).collect(),
        }
    }
}

async fn discussion(
    state: &AppState,
    caller: &crate::app::Caller,
    subject: CommentSubject,
) -> ApiResult<Response> {
    let discussion = state.app.discussion(caller, subject).await?;
    Ok(json(DiscussionView::from(&discussion)))
}

async fn write(
    state: &AppState,
    caller: &crate::app::Caller,
    subject: CommentSubject,
    input: CommentInput,
) -> ApiResult<Response> {
    let comment = state
        .app
        .add_comment(caller, subject, input.draft())
        .await?;
    Ok((StatusCode::CREATED, json(CommentView::from(&comment))).into_response())
}

/// The comments on a paper the caller may see, in threads.
#[utoipa::path(get, operation_id = "list_paper_comments", path = "/api/v1/papers/{id}/comments", tag = "comments", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The discussion", body = DiscussionView), (status = 404)))]
pub async fn on_paper(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(paper): Path<String>,
) -> ApiResult<Response> {
    discussion(&state, &caller, CommentSubject::Paper(id(&paper)?)).await
}

/// Comments on a paper the caller may see (or answers a comment on it); the comment is read
/// under the paper's marking.
#[utoipa::path(post, operation_id = "comment_on_paper", path = "/api/v1/papers/{id}/comments", tag = "comments", request_body = CommentInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The comment", body = CommentView), (status = 403, description = "Observers and guests read without commenting"), (status = 404), (status = 422, description = "A field is not valid; nothing was written")))]
pub async fn add_to_paper(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(paper): Path<String>,
    ApiJson(input): ApiJson<CommentInput>,
) -> ApiResult<Response> {
    write(&state, &caller, CommentSubject::Paper(id(&paper)?), input).await
}

/// The comments on a text the caller may see, in threads.
#[utoipa::path(get, operation_id = "list_text_comments", path = "/api/v1/texts/{id}/comments", tag = "comments", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The discussion", body = DiscussionView), (status = 404)))]
pub async fn on_text(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
) -> ApiResult<Response> {
    discussion(&state, &caller, CommentSubject::Text(id(&text)?)).await
}

/// Comments on a text the caller may see (or answers a comment on it); the comment is read
/// under the text's marking.
#[utoipa::path(post, operation_id = "comment_on_text", path = "/api/v1/texts/{id}/comments", tag = "comments", request_body = CommentInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The comment", body = CommentView), (status = 403, description = "Observers and guests read without commenting"), (status = 404), (status = 422, description = "A field is not valid; nothing was written")))]
pub async fn add_to_text(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<CommentInput>,
) -> ApiResult<Response> {
    write(&state, &caller, CommentSubject::Text(id(&text)?), input).await
}

/// One comment, to whoever sees what it is on.
#[utoipa::path(get, operation_id = "get_comment", path = "/api/v1/comments/{id}", tag = "comments", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The comment", body = CommentView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(comment): Path<String>,
) -> ApiResult<Response> {
    let comment = state.app.comment(&caller, id(&comment)?).await?;
    Ok(json(CommentView::from(&comment)))
}

/// Withdraws the caller's own comment: it stays in the record, shown as withdrawn, without
/// its words.
#[utoipa::path(post, operation_id = "withdraw_comment", path = "/api/v1/comments/{id}/withdraw", tag = "comments", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The comment, withdrawn", body = CommentView), (status = 403, description = "Only its author withdraws a comment"), (status = 404), (status = 409, description = "The comment is withdrawn already")))]
pub async fn withdraw(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(comment): Path<String>,
) -> ApiResult<Response> {
    let comment = state.app.withdraw_comment(&caller, id(&comment)?).await?;
    Ok(json(CommentView::from(&comment)))
}
