//! Journal rows: appended inside a `WriteTx`, read back for pages, the API and `verify`.
//! A row is read as the raw text it holds, not through the codecs: `verify` must be able to
//! name a tampered entry rather than fail on it, so `JournalRow::entry` does the parsing.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};

use sqlx::AnyConnection;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult};
use crate::domain::ids::{GroupId, UserId};
use crate::domain::journal::{Action, Entry, Hash32, Head, JournalScope, ObjectRef, Payload};
use crate::domain::journal_stored::{PayloadHasher, StoredEntry};
use crate::domain::names::PartyCode;

const COLUMNS: &str = "seq, at, actor_id, actor_party, scope, group_id, action, object, payload, \
                       payload_hash, prev_hash, hash";

/// A journal row as stored, possibly tampered with; `entry()` turns it into a domain entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JournalRow {
    seq: i64,
    at: i64,
    actor_id: Option<i64>,
    actor_party: Option<String>,
    scope: String,
    group_id: Option<i64>,
    action: String,
    object: String,
    payload: String,
    payload_hash: String,
    prev_hash: String,
    hash: String,
}

impl JournalRow {
    pub fn seq(&self) -> i64 {
        self.seq
    }

    pub fn hash_text(&self) -> &str {
        &self.hash
    }

    /// The domain entry, or a description of why the row cannot even be read as one.
    pub fn entry(&self) -> Result<Entry, String> {
        let hash_of = |text: &str, what: &str| {
            Hash32::from_hex(text).ok_or_else(|| format!("{what} is not a SHA-256 hex digest"))
        };
        let pairs: BTreeMap<String, String> = serde_json::from_str(&self.payload)
            .map_err(|_| "payload is not a JSON object of strings")?;
        Ok(Entry {
            seq: self.seq,
            at_micros: self.at,
            actor: self.actor_id.map(UserId::new),
            actor_party: match &self.actor_party {
                Some(code) => Some(PartyCode::parse(code).map_err(|_| "actor party is malformed")?),
                None => None,
            },
            scope: JournalScope::from_parts(&self.scope, self.group_id.map(GroupId::new))
                .ok_or("scope is malformed")?,
            action: Action::parse(&self.action).map_err(|e| e.to_string())?,
            object: ObjectRef::parse(&self.object).map_err(|e| e.to_string())?,
            payload: Payload::from_pairs(pairs),
            payload_hash: hash_of(&self.payload_hash, "payload hash")?,
            prev_hash: hash_of(&self.prev_hash, "previous hash")?,
            hash: hash_of(&self.hash, "hash")?,
        })
    }
}

impl JournalRow {
    /// The row's text, borrowed, for the quick check of `majlis verify`.
    pub fn stored(&self) -> StoredEntry<'_> {
        StoredEntry {
            seq: self.seq,
            at_micros: self.at,
            actor: self.actor_id,
            actor_party: self.actor_party.as_deref(),
            scope: &self.scope,
            group: self.group_id,
            action: &self.action,
            object: &self.object,
            payload_hash: &self.payload_hash,
            prev_hash: &self.prev_hash,
            hash: &self.hash,
        }
    }

    /// The payload's hash read straight from its JSON text through `hasher` (whose buffer is
    /// reused from row to row); `None` when it is not a JSON object of strings in canonical
    /// order, which the full check (`entry`) then names.
    pub fn hash_payload(&self, hasher: &mut PayloadHasher) -> Option<Hash32> {
        hasher.start();
        let mut json = serde_json::Deserializer::from_str(&self.payload);
        PayloadPairs(hasher).deserialize(&mut json).ok()?;
        json.end().ok()?;
        hasher.finish()
    }
}

/// Feeds a payload's pairs to a `PayloadHasher` as serde_json reads them, copying nothing.
struct PayloadPairs<'h>(&'h mut PayloadHasher);

impl<'de> DeserializeSeed<'de> for PayloadPairs<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        json.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PayloadPairs<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object of strings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Text(&mut *self.0, true))?.is_some() {
            map.next_value_seed(Text(&mut *self.0, false))?;
        }
        Ok(())
    }
}

/// One key (`true`) or value of a payload, handed to the hasher.
struct Text<'h>(&'h mut PayloadHasher, bool);

impl<'de> DeserializeSeed<'de> for Text<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        json.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<(), E> {
        match self.1 {
            true => self.0.key(text),
            false => self.0.value(text),
        }
        Ok(())
    }
}

/// The last entry's place and hash; on the pool or inside a `WriteTx`.
pub(super) async fn head(conn: &mut AnyConnection) -> StoreResult<Head> {
    let row: Option<(i64, Hash32)> =
        sqlx::query_as("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            .fetch_optional(conn)
            .await?;
    Ok(row.map_or(Head::EMPTY, |(seq, hash)| Head { seq, hash }))
}

pub(super) async fn insert(conn: &mut AnyConnection, entry: &Entry) -> StoreResult<()> {
    let payload: BTreeMap<&str, &str> = entry.payload.pairs().collect();
    let payload =
        serde_json::to_string(&payload).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    sqlx::query(
        "INSERT INTO journal (seq, at, actor_id, actor_party, scope, group_id, action, object, \
         payload, payload_hash, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(entry.seq)
    .bind(entry.at_micros)
    .bind(entry.actor)
    .bind(entry.actor_party.as_ref())
    .bind(entry.scope.label())
    .bind(entry.scope.group())
    .bind(entry.action.as_str())
    .bind(entry.object.to_string())
    .bind(payload)
    .bind(entry.payload_hash)
    .bind(entry.prev_hash)
    .bind(entry.hash)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    pub async fn journal_head(&self) -> StoreResult<Head> {
        head(&mut *self.conn().await?).await
    }

    /// Entries after `after`, in order, at most `limit`; `group` narrows to entries of that
    /// group. Callers trim what the reader may see.
    pub async fn journal_rows(
        &self,
        group: Option<GroupId>,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<JournalRow>> {
        let rows = match group {
            Some(group) => {
                sqlx::query_as(&format!(
                    "SELECT {COLUMNS} FROM journal WHERE group_id = $1 AND seq > $2 \
                     ORDER BY seq LIMIT $3"
                ))
                .bind(group)
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
        Ok(rows)
    }

    /// Every entry about one of `objects` (e.g. `procedure:3`), in order.
    pub async fn journal_rows_about(&self, objects: &[ObjectRef]) -> StoreResult<Vec<JournalRow>> {
        let mut conn = self.conn().await?;
        let mut rows: Vec<JournalRow> = Vec::new();
        for object in objects {
            let found: Vec<JournalRow> = sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM journal WHERE object = $1 ORDER BY seq"
            ))
            .bind(object.to_string())
            .fetch_all(&mut *conn)
            .await?;
            rows.extend(found);
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
        Ok(sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM journal WHERE group_id = $1 ORDER BY seq DESC LIMIT $2"
        ))
        .bind(group)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The hash recorded for entry `seq`, if there is one.
    pub async fn journal_hash_at(&self, seq: i64) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT hash FROM journal WHERE seq = $1")
                .bind(seq)
                .fetch_optional(self.pool())
                .await?,
        )
    }
}

/// The `signing_keys` row as stored, possibly edited by whoever has the database.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SigningKeyRow {
    /// The Ed25519 secret, hex.
    pub secret: String,
    /// The public key written beside it, hex.
    pub public: String,
}

impl Store {
    /// The server's signing key as the `signing_keys` table holds it, if one was made.
    pub async fn signing_key(&self) -> StoreResult<Option<SigningKeyRow>> {
        Ok(
            sqlx::query_as("SELECT secret, public FROM signing_keys WHERE id = 1")
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// The first entry that published the installation's signing key. The action is written
    /// into the SQL, not bound, so that both databases use the partial index on it
    /// (`journal_signing_key`) instead of scanning the journal.
    pub async fn journal_signing_key_entry(&self) -> StoreResult<Option<JournalRow>> {
        let action = Action::InstallationSigningKey.as_str();
        Ok(sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM journal WHERE action = '{action}' ORDER BY seq LIMIT 1"
        ))
        .fetch_optional(self.pool())
        .await?)
    }
}

impl super::WriteTx {
    /// Stores the signing key once; a second one is a conflict (another process made it).
    pub async fn insert_signing_key(
        &mut self,
        secret: &str,
        public: &str,
        now: jiff::Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO signing_keys (id, secret, public, created_at) VALUES (1, $1, $2, $3)",
        )
        .bind(secret)
        .bind(public)
        .bind(Micros(now))
        .execute(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-signing-key-exists"),
            )
        })?;
        Ok(())
    }
}
