//! The journal over the API: the head to keep as a receipt, and the entries a reader may see.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{json, JournalEntryView};
use crate::app::journal::JournalItem;
use crate::http::auth::ApiCaller;
use crate::http::error::{ApiResult, Problem};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct HeadView {
    pub seq: i64,
    pub hash: String,
}

/// The last entry of the chain.
#[utoipa::path(get, operation_id = "journal_head", path = "/api/v1/journal/head", tag = "journal",
    responses((status = 200, body = HeadView), (status = 401, body = Problem)))]
pub async fn head(
    State(state): State<AppState>,
    ApiCaller(_caller): ApiCaller,
) -> ApiResult<Response> {
    let head = state.app.journal_head().await?;
    Ok(json(HeadView {
        seq: head.seq,
        hash: head.hash.to_hex(),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct JournalQuery {
    /// A group code; omitted for every entry.
    pub group: Option<String>,
    /// Entries after this sequence number.
    #[serde(default)]
    pub after: i64,
    /// At most this many entries (1 to 500, default 100).
    pub limit: Option<i64>,
}

/// Entries in order; those the caller may not read come as `{ seq, hash, redacted: true }`.
#[utoipa::path(get, operation_id = "list_journal", path = "/api/v1/journal", tag = "journal", params(JournalQuery),
    responses((status = 200, body = [JournalEntryView]), (status = 404, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(query): Query<JournalQuery>,
) -> ApiResult<Response> {
    let items = state
        .app
        .journal_for(
            &caller,
            query.group.as_deref(),
            query.after,
            query.limit.unwrap_or(100),
        )
        .await?;
    Ok(json(
        items
            .iter()
            .map(|item| match item {
                JournalItem::Full(entry) => JournalEntryView::full(entry),
                JournalItem::Redacted { seq, hash } => {
                    JournalEntryView::redacted(*seq, hash.clone())
                }
            })
            .collect::<Vec<_>>(),
    ))
}
