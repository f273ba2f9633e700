//! The journal over the API: the head to keep as a receipt, and the entries a reader may see.

use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::journal::Hash32;
use crate::domain::receipt::{PublicKey, Receipt};

use super::{json, ApiQuery, JournalEntryView};
use crate::app::journal::JournalItem;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct HeadView {
    pub seq: i64,
    pub hash: String,
}

/// The last entry of the chain.
#[utoipa::path(get, operation_id = "journal_head", path = "/api/v1/journal/head", tag = "journal",
    responses((status = 200, description = "The head of the chain", body = HeadView)))]
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

/// The query string of `GET /api/v1/journal`; an unknown parameter is refused.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JournalQuery {
    /// A group's code: only that group's entries; omitted for every entry.
    #[param(value_type = Option<crate::http::api::schemas::GroupCodeText>)]
    pub group: Option<String>,
    /// Entries after this sequence number (default 0, the start).
    #[serde(default)]
    #[param(required = false)]
    pub after: i64,
    /// At most this many entries (default 100); a value outside 1 to 500 is taken as the
    /// nearest of the two.
    pub limit: Option<i64>,
}

/// Entries in order; those the caller may not read come as `{ seq, hash, redacted: true }`.
#[utoipa::path(get, operation_id = "list_journal", path = "/api/v1/journal", tag = "journal", params(JournalQuery),
    responses((status = 200, description = "Entries after `after`, in order", body = [JournalEntryView]), (status = 404, description = "No such group, or not one the caller may see")))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(query): ApiQuery<JournalQuery>,
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

/// A signed statement of the journal's head, to keep: if the journal is ever rewritten, the
/// receipt proves what it said (`majlis verify --receipt FILE`). A receipt counts only under the
/// installation's key: the one its journal published, or the one you pinned.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiptView {
    /// Always "ed25519".
    pub algorithm: String,
    pub seq: i64,
    pub hash: String,
    pub signed_at: String,
    pub signed_at_micros: i64,
    /// The server's public key, hex: the one its journal published (`installation.signing_key`).
    /// Keep it from your first receipt, apart from the receipts: `majlis verify --receipt FILE
    /// --key HEX` then checks every later receipt under it, whatever the journal says later.
    pub public_key: String,
    /// Ed25519 over "majlis/journal/receipt/v1" ‖ seq (8 bytes BE) ‖ hash (32) ‖ signed_at_micros (8 BE), hex.
    pub signature: String,
}

impl ReceiptView {
    pub fn to_domain(&self) -> Result<Receipt, String> {
        let public_key =
            PublicKey::from_hex(&self.public_key).ok_or("public_key is not 32 bytes of hex")?;
        let mut signature = [0u8; 64];
        hex::decode_to_slice(&self.signature, &mut signature)
            .map_err(|_| "signature is not 64 bytes of hex")?;
        Ok(Receipt {
            seq: self.seq,
            hash: Hash32::from_hex(&self.hash).ok_or("hash is not a SHA-256 hex digest")?,
            signed_at_micros: self.signed_at_micros,
            public_key,
            signature,
        })
    }
}

/// A signed receipt of the current head.
#[utoipa::path(get, operation_id = "journal_receipt", path = "/api/v1/journal/receipt", tag = "journal",
    responses((status = 200, description = "A receipt signed now", body = ReceiptView)))]
pub async fn receipt(
    State(state): State<AppState>,
    ApiCaller(_caller): ApiCaller,
) -> ApiResult<Response> {
    let receipt = state.app.receipt().await?;
    Ok(json(ReceiptView {
        algorithm: "ed25519".to_owned(),
        seq: receipt.seq,
        hash: receipt.hash.to_hex(),
        signed_at: jiff::Timestamp::from_microsecond(receipt.signed_at_micros)
            .map(crate::domain::time::rfc3339_utc)
            .unwrap_or_default(),
        signed_at_micros: receipt.signed_at_micros,
        public_key: receipt.public_key.to_hex(),
        signature: hex::encode(receipt.signature),
    }))
}
