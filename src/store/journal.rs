//! Journal rows: appended inside a `WriteTx`, read back for pages, the API and `verify`.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, AnyPool};

use super::{Store, StoreResult};
use crate::domain::ids::{GroupId, UserId};
use crate::domain::journal::{Entry, Hash32, Head, JournalScope, Payload};
use crate::domain::names::PartyCode;

const COLUMNS: &str = "seq, at, actor_id, actor_party, scope, group_id, action, object, payload, \
                       payload_hash, prev_hash, hash";

type Row = (
    i64,
    i64,
    Option<i64>,
    Option<String>,
    String,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
    String,
);

/// A journal row as stored, possibly tampered with; `entry()` turns it into a domain entry.
#[derive(Debug, Clone)]
pub struct JournalRow(Row);

impl JournalRow {
    pub fn seq(&self) -> i64 {
        self.0 .0
    }

    pub fn hash_text(&self) -> &str {
        &self.0 .11
    }

    /// The domain entry, or a description of why the row cannot even be read as one.
    pub fn entry(&self) -> Result<Entry, String> {
        let (
            seq,
            at,
            actor,
            party,
            scope,
            group,
            action,
            object,
            payload,
            payload_hash,
            prev,
            hash,
        ) = self.0.clone();
        let hash_of = |text: &str, what: &str| {
            Hash32::from_hex(text).ok_or_else(|| format!("{what} is not a SHA-256 hex digest"))
        };
        let pairs: BTreeMap<String, String> = serde_json::from_str(&payload)
            .map_err(|_| "payload is not a JSON object of strings")?;
        Ok(Entry {
            seq,
            at_micros: at,
            actor: actor.map(UserId::new),
            actor_party: match party {
                Some(code) => {
                    Some(PartyCode::parse(&code).map_err(|_| "actor party is malformed")?)
                }
                None => None,
            },
            scope: JournalScope::from_parts(&scope, group.map(GroupId::new))
                .ok_or("scope is malformed")?,
            action,
            object,
            payload: Payload::from_pairs(pairs),
            payload_hash: hash_of(&payload_hash, "payload hash")?,
            prev_hash: hash_of(&prev, "previous hash")?,
            hash: hash_of(&hash, "hash")?,
        })
    }
}

pub(super) async fn read_head(conn: &mut AnyConnection) -> StoreResult<Head> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            .fetch_optional(conn)
            .await?;
    head_from(row)
}

pub(crate) async fn head(pool: &AnyPool) -> StoreResult<Head> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            .fetch_optional(pool)
            .await?;
    head_from(row)
}

fn head_from(row: Option<(i64, String)>) -> StoreResult<Head> {
    match row {
        None => Ok(Head::EMPTY),
        Some((seq, hash)) => Ok(Head {
            seq,
            hash: Hash32::from_hex(&hash)
                .ok_or_else(|| super::StoreError::Corrupt(format!("journal entry {seq} hash")))?,
        }),
    }
}

pub(super) async fn insert(conn: &mut AnyConnection, entry: &Entry) -> StoreResult<()> {
    let payload: BTreeMap<&str, &str> = entry.payload.pairs().collect();
    let payload = serde_json::to_string(&payload)
        .map_err(|error| super::StoreError::Corrupt(error.to_string()))?;
    sqlx::query(
        "INSERT INTO journal (seq, at, actor_id, actor_party, scope, group_id, action, object, \
         payload, payload_hash, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(entry.seq)
    .bind(entry.at_micros)
    .bind(entry.actor.map(UserId::get))
    .bind(entry.actor_party.as_ref().map(|p| p.as_str().to_owned()))
    .bind(entry.scope.label())
    .bind(entry.scope.group().map(GroupId::get))
    .bind(entry.action.as_str())
    .bind(entry.object.as_str())
    .bind(payload)
    .bind(entry.payload_hash.to_hex())
    .bind(entry.prev_hash.to_hex())
    .bind(entry.hash.to_hex())
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    pub async fn journal_head(&self) -> StoreResult<Head> {
        head(self.pool()).await
    }

    /// Entries after `after`, in order, at most `limit`; `group` narrows to entries of that
    /// group. Callers trim what the reader may see.
    pub async fn journal_rows(
        &self,
        group: Option<GroupId>,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<JournalRow>> {
        let rows: Vec<Row> = match group {
            Some(group) => {
                sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM journal WHERE group_id = $1 AND seq > $2 \
                     ORDER BY seq LIMIT $3"
                ))
                .bind(group.get())
                .bind(after)
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM journal WHERE seq > $1 ORDER BY seq LIMIT $2"
                ))
                .bind(after)
                .bind(limit)
                .fetch_all(self.pool())
                .await?
            }
        };
        Ok(rows.into_iter().map(JournalRow).collect())
    }

    /// Every entry about one of `objects` (e.g. `procedure:3`), in order.
    pub async fn journal_rows_about(&self, objects: &[String]) -> StoreResult<Vec<JournalRow>> {
        let mut rows: Vec<JournalRow> = Vec::new();
        for object in objects {
            let found: Vec<Row> = sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM journal WHERE object = $1 ORDER BY seq"
            ))
            .bind(object.as_str())
            .fetch_all(self.pool())
            .await?;
            rows.extend(found.into_iter().map(JournalRow));
        }
        rows.sort_by_key(JournalRow::seq);
        Ok(rows)
    }

    /// `(seq, prev_hash, hash)` of every entry from `from` to `to`, to prove they are chained.
    pub async fn journal_links(
        &self,
        from: i64,
        to: i64,
    ) -> StoreResult<Vec<(i64, String, String)>> {
        Ok(sqlx::query_as(
            "SELECT seq, prev_hash, hash FROM journal WHERE seq >= $1 AND seq <= $2 ORDER BY seq",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?)
    }

    /// The newest entries of a group, newest first, for its journal page.
    pub async fn journal_latest(&self, group: GroupId, limit: i64) -> StoreResult<Vec<JournalRow>> {
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM journal WHERE group_id = $1 ORDER BY seq DESC LIMIT $2"
        ))
        .bind(group.get())
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(JournalRow).collect())
    }
}

/// The `signing_keys` row as stored, possibly edited by whoever has the database.
#[derive(Debug, Clone)]
pub struct SigningKeyRow {
    /// The Ed25519 secret, hex.
    pub secret: String,
    /// The public key written beside it, hex.
    pub public: String,
}

impl Store {
    /// The server's signing key as the `signing_keys` table holds it, if one was made.
    pub async fn signing_key(&self) -> StoreResult<Option<SigningKeyRow>> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT secret, public FROM signing_keys WHERE id = 1")
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|(secret, public)| SigningKeyRow { secret, public }))
    }

    /// The first entry recording `action` (e.g. the one that published the signing key).
    pub async fn journal_first_with_action(&self, action: &str) -> StoreResult<Option<JournalRow>> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM journal WHERE action = $1 ORDER BY seq LIMIT 1"
        ))
        .bind(action)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(JournalRow))
    }

    /// The hash recorded for entry `seq`, if there is one.
    pub async fn journal_hash_at(&self, seq: i64) -> StoreResult<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT hash FROM journal WHERE seq = $1")
            .bind(seq)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|(hash,)| hash))
    }
}

impl super::WriteTx {
    /// Stores the signing key once; a second one is a conflict (another process made it).
    pub async fn insert_signing_key(
        &mut self,
        secret: &str,
        public: &str,
        now_micros: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO signing_keys (id, secret, public, created_at) VALUES (1, $1, $2, $3)",
        )
        .bind(secret)
        .bind(public)
        .bind(now_micros)
        .execute(self.conn())
        .await
        .map_err(|e| super::StoreError::unique(e, "the signing key exists already"))?;
        Ok(())
    }
}
