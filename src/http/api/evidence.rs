//! A decision's evidence bundle: the adopted text, its hash, the journal entries that opened,
//! recorded and closed the procedure, and the chain links that tie them to the journal's
//! head, so that anyone can check it offline with `majlis verify-decision FILE`.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppError;
use crate::domain::evidence::{Bundle, Link};
use crate::domain::ids::{DecisionId, GroupId, UserId};
use crate::domain::journal::{Action, Entry, Hash32, JournalScope, ObjectRef, Payload};
use crate::domain::names::PartyCode;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::AppState;

pub const FORMAT: &str = "majlis-evidence/1";

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceEntry {
    pub seq: i64,
    pub at_micros: i64,
    pub actor: Option<i64>,
    pub actor_party: Option<String>,
    pub scope: String,
    pub group: Option<i64>,
    pub action: String,
    pub object: String,
    pub payload: BTreeMap<String, String>,
    pub payload_hash: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceLink {
    pub seq: i64,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceBundle {
    /// Always "majlis-evidence/1".
    pub format: String,
    pub symbol: String,
    pub title: String,
    pub group: String,
    pub adopted_at: String,
    /// The adopted text in its canonical form.
    pub body: String,
    /// SHA-256 of `body` as UTF-8.
    pub text_hash: String,
    pub entries: Vec<EvidenceEntry>,
    pub links: Vec<EvidenceLink>,
}

fn hash(text: &str, what: &str) -> Result<Hash32, String> {
    Hash32::from_hex(text).ok_or_else(|| format!("{what} is not a SHA-256 hex digest"))
}

impl EvidenceEntry {
    /// A journal entry as the bundle carries it: every field that its hash covers.
    fn of(e: &Entry) -> Self {
        EvidenceEntry {
            seq: e.seq,
            at_micros: e.at_micros,
            actor: e.actor.map(|a| a.get()),
            actor_party: e.actor_party.as_ref().map(ToString::to_string),
            scope: e.scope.label(),
            group: e.scope.group().map(|g| g.get()),
            action: e.action.to_string(),
            object: e.object.to_string(),
            payload: e
                .payload
                .pairs()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            payload_hash: e.payload_hash.to_hex(),
            prev_hash: e.prev_hash.to_hex(),
            hash: e.hash.to_hex(),
        }
    }
}

impl EvidenceBundle {
    /// The bundle in domain terms, for checking; a malformed field is named.
    pub fn to_domain(&self) -> Result<Bundle, String> {
        if self.format != FORMAT {
            return Err(format!(
                "unknown format {:?}; expected {FORMAT}",
                self.format
            ));
        }
        let entries = self
            .entries
            .iter()
            .map(|e| {
                Ok(Entry {
                    seq: e.seq,
                    at_micros: e.at_micros,
                    actor: e.actor.map(UserId::new),
                    actor_party: e
                        .actor_party
                        .as_deref()
                        .map(PartyCode::parse)
                        .transpose()
                        .map_err(|_| format!("entry {}: actor party", e.seq))?,
                    scope: JournalScope::from_parts(&e.scope, e.group.map(GroupId::new))
                        .ok_or_else(|| format!("entry {}: scope", e.seq))?,
                    action: Action::parse(&e.action)
                        .map_err(|error| format!("entry {}: {error}", e.seq))?,
                    object: ObjectRef::parse(&e.object)
                        .map_err(|error| format!("entry {}: {error}", e.seq))?,
                    payload: Payload::from_pairs(e.payload.clone()),
                    payload_hash: hash(&e.payload_hash, "payload_hash")?,
                    prev_hash: hash(&e.prev_hash, "prev_hash")?,
                    hash: hash(&e.hash, "hash")?,
                })
            })
            .collect::<Result<_, String>>()?;
        let links = self
            .links
            .iter()
            .map(|l| {
                Ok(Link {
                    seq: l.seq,
                    prev_hash: hash(&l.prev_hash, "prev_hash")?,
                    hash: hash(&l.hash, "hash")?,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Bundle {
            symbol: self.symbol.clone(),
            body: self.body.clone(),
            text_hash: hash(&self.text_hash, "text_hash")?,
            entries,
            links,
        })
    }
}

/// The decision's evidence bundle (JSON), for keeping and checking offline.
#[utoipa::path(get, operation_id = "get_decision_evidence", path = "/api/v1/decisions/{id}/evidence", tag = "decisions", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The evidence bundle, as a file to keep", body = EvidenceBundle), (status = 404)))]
pub async fn evidence(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(decision): Path<String>,
) -> ApiResult<Response> {
    let decision: DecisionId = decision.parse().map_err(|_| AppError::NotFound)?;
    let evidence = state.app.decision_evidence(&caller, decision).await?;
    let detail = &evidence.decision;
    let procedure = &detail.procedure;
    let entries = evidence.entries.iter().map(EvidenceEntry::of).collect();
    let bundle = EvidenceBundle {
        format: FORMAT.to_owned(),
        symbol: detail.decision.symbol.clone(),
        title: procedure.text.title.to_string(),
        group: procedure.group.code.to_string(),
        adopted_at: crate::domain::time::rfc3339_utc(detail.decision.adopted_at),
        text_hash: procedure.procedure.hash.to_hex(),
        body: detail.body.clone(),
        entries,
        links: evidence
            .links
            .iter()
            .map(|link| EvidenceLink {
                seq: link.seq,
                prev_hash: link.prev_hash.to_hex(),
                hash: link.hash.to_hex(),
            })
            .collect(),
    };
    let file = format!(
        "attachment; filename=\"{}.json\"",
        detail.decision.symbol.replace('/', "-")
    );
    let body = serde_json::to_string_pretty(&bundle).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::CONTENT_DISPOSITION, file),
        ],
        body,
    )
        .into_response())
}
