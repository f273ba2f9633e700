//! Sign-in sessions and API tokens. Only SHA-256 hashes of the secrets are stored, so a copy
//! of the database does not let anyone sign in. Sessions are credentials, not part of the
//! group's record, so they are not journaled; creating and revoking an API token are (see
//! `app::auth`), so those writes take a `WriteTx`.

use jiff::Timestamp;

use super::codec::{Flag, Micros};
use super::users::UserRow;
use super::{Store, StoreError, StoreResult, UserRecord, WriteTx};
use crate::domain::ids::{ApiTokenId, SessionId, UserId};
use crate::domain::journal::{Hash32, Head};
use crate::domain::names::Label;

/// A live session as its owner sees it in the list of their sessions.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: SessionId,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub last_seen_at: Option<Timestamp>,
}

/// A live API token as its owner sees it; never its secret.
#[derive(Debug, Clone)]
pub struct ApiTokenRecord {
    pub id: ApiTokenId,
    pub name: Label,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
}

/// The session behind a cookie, with its enabled account.
#[derive(Debug, Clone)]
pub struct LiveSession {
    pub id: SessionId,
    pub csrf_token: String,
    pub last_seen_at: Option<Timestamp>,
    pub account: UserRecord,
    /// The journal's head when the session was read (see `app::cache`); `None` while the
    /// journal is empty or its last row is unreadable.
    pub journal_head: Option<Head>,
}

/// The token behind a bearer header, and whose it is.
#[derive(Debug, Clone, Copy)]
pub struct LiveToken {
    pub id: ApiTokenId,
    pub user: UserId,
    pub last_used_at: Option<Timestamp>,
    /// As for `LiveSession`.
    pub journal_head: Option<Head>,
}

/// The journal's last row, read beside a credential in the same statement. The hash is read
/// as text: a tampered row must not stop every page, only the cache (see `journal_head`).
#[derive(sqlx::FromRow)]
struct HeadColumns {
    head_seq: Option<i64>,
    head_hash: Option<String>,
}

impl HeadColumns {
    fn head(&self) -> Option<Head> {
        Some(Head {
            seq: self.head_seq?,
            hash: Hash32::from_hex(self.head_hash.as_deref()?)?,
        })
    }
}

/// Joins the journal's last row to a credential's row (`h.head_seq`, `h.head_hash`); a
/// macro so that each query stays one literal, prepared once per connection.
macro_rules! with_head {
    () => {
        " LEFT JOIN (SELECT seq AS head_seq, hash AS head_hash FROM journal \
         ORDER BY seq DESC LIMIT 1) h ON 1 = 1 "
    };
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: SessionId,
    created_at: Micros,
    expires_at: Micros,
    last_seen_at: Option<Micros>,
}

impl From<SessionRow> for SessionRecord {
    fn from(row: SessionRow) -> Self {
        SessionRecord {
            id: row.id,
            created_at: row.created_at.0,
            expires_at: row.expires_at.0,
            last_seen_at: row.last_seen_at.map(|at| at.0),
        }
    }
}

/// A session joined with its account (the account's columns as `users.rs` reads them).
#[derive(sqlx::FromRow)]
struct LiveSessionRow {
    session_id: SessionId,
    csrf_token: String,
    last_seen_at: Option<Micros>,
    #[sqlx(flatten)]
    account: UserRow,
    #[sqlx(flatten)]
    head: HeadColumns,
}

#[derive(sqlx::FromRow)]
struct ApiTokenRow {
    id: ApiTokenId,
    name: Label,
    created_at: Micros,
    expires_at: Micros,
    last_used_at: Option<Micros>,
}

impl From<ApiTokenRow> for ApiTokenRecord {
    fn from(row: ApiTokenRow) -> Self {
        ApiTokenRecord {
            id: row.id,
            name: row.name,
            created_at: row.created_at.0,
            expires_at: row.expires_at.0,
            last_used_at: row.last_used_at.map(|at| at.0),
        }
    }
}

#[derive(sqlx::FromRow)]
struct LiveTokenRow {
    id: ApiTokenId,
    user_id: UserId,
    last_used_at: Option<Micros>,
    #[sqlx(flatten)]
    head: HeadColumns,
}

impl Store {
    pub async fn insert_session(
        &self,
        user: UserId,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, \
             last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)",
        )
        .bind(token_hash)
        .bind(user)
        .bind(csrf_token)
        .bind(Micros(now))
        .bind(Micros(expires_at))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A live session, its enabled account and the journal's head, in one round trip
    /// (every page asks this).
    pub async fn live_session(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> StoreResult<Option<LiveSession>> {
        let row: Option<LiveSessionRow> = sqlx::query_as(concat!(
            "SELECT u.id, u.username, u.display_name, u.password_hash, u.is_admin, u.disabled, \
             u.clearance, u.time_zone, u.language, u.email, s.id AS session_id, s.csrf_token, s.last_seen_at, \
             h.head_seq, h.head_hash FROM sessions s JOIN users u ON u.id = s.user_id",
            with_head!(),
            "WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = $3"
        ))
        .bind(token_hash)
        .bind(Micros(now))
        .bind(Flag(false))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|row| LiveSession {
            id: row.session_id,
            csrf_token: row.csrf_token,
            last_seen_at: row.last_seen_at.map(|at| at.0),
            journal_head: row.head.head(),
            account: row.account.into(),
        }))
    }

    /// Notes that a session was used; not journaled, like the session itself.
    pub async fn touch_session(&self, session: SessionId, now: Timestamp) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(Micros(now))
            .bind(session)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A person's live sessions, newest first.
    pub async fn sessions_of(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> StoreResult<Vec<SessionRecord>> {
        let rows: Vec<SessionRow> = sqlx::query_as(
            "SELECT id, created_at, expires_at, last_seen_at FROM sessions \
             WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, id DESC",
        )
        .bind(user)
        .bind(Micros(now))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(SessionRecord::from).collect())
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends one of a person's sessions; `NotFound` when they have no such session, so that
    /// nobody learns of another person's sessions.
    pub async fn delete_session_of(&self, user: UserId, session: SessionId) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM sessions WHERE id = $1 AND user_id = $2")
            .bind(session)
            .bind(user)
            .execute(self.pool())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn delete_expired_sessions(&self, now: Timestamp) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(Micros(now))
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// A live API token, if its user is enabled.
    pub async fn live_api_token(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> StoreResult<Option<LiveToken>> {
        let row: Option<LiveTokenRow> = sqlx::query_as(concat!(
            "SELECT t.id, t.user_id, t.last_used_at, h.head_seq, h.head_hash FROM api_tokens t \
             JOIN users u ON u.id = t.user_id",
            with_head!(),
            "WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.disabled = $3"
        ))
        .bind(token_hash)
        .bind(Micros(now))
        .bind(Flag(false))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|row| LiveToken {
            id: row.id,
            user: row.user_id,
            last_used_at: row.last_used_at.map(|at| at.0),
            journal_head: row.head.head(),
        }))
    }

    /// Notes that a token authenticated a request. Not journaled: it is bookkeeping about a
    /// credential, like a session's last use, and would otherwise flood the journal.
    pub async fn touch_api_token(&self, token: ApiTokenId, now: Timestamp) -> StoreResult<()> {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(Micros(now))
            .bind(token)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A person's live API tokens, newest first.
    pub async fn api_tokens_of(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> StoreResult<Vec<ApiTokenRecord>> {
        let rows: Vec<ApiTokenRow> = sqlx::query_as(
            "SELECT id, name, created_at, expires_at, last_used_at FROM api_tokens \
             WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, id DESC",
        )
        .bind(user)
        .bind(Micros(now))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(ApiTokenRecord::from).collect())
    }
}

impl WriteTx {
    pub async fn insert_api_token(
        &mut self,
        user: UserId,
        name: &str,
        token_hash: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> StoreResult<ApiTokenId> {
        Ok(sqlx::query_scalar(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(token_hash)
        .bind(user)
        .bind(name)
        .bind(Micros(now))
        .bind(Micros(expires_at))
        .fetch_one(self.conn())
        .await?)
    }

    /// Revokes one of a person's API tokens and returns its name; `NotFound` when they have
    /// no such token (someone else's id included).
    pub async fn delete_api_token_of(
        &mut self,
        user: UserId,
        token: ApiTokenId,
    ) -> StoreResult<Label> {
        let name: Option<Label> = sqlx::query_scalar(
            "DELETE FROM api_tokens WHERE id = $1 AND user_id = $2 RETURNING name",
        )
        .bind(token)
        .bind(user)
        .fetch_optional(self.conn())
        .await?;
        name.ok_or(StoreError::NotFound)
    }

    /// Ends every session of a person but `keep`, and revokes every API token of theirs;
    /// returns how many tokens were revoked.
    pub async fn end_credentials(
        &mut self,
        user: UserId,
        keep: Option<SessionId>,
    ) -> StoreResult<u64> {
        // -1 is never an id, so one statement serves both "keep one" and "keep none".
        let keep = keep.unwrap_or(SessionId::new(-1));
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
            .bind(user)
            .bind(keep)
            .execute(self.conn())
            .await?;
        let revoked = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(user)
            .execute(self.conn())
            .await?;
        Ok(revoked.rows_affected())
    }
}
