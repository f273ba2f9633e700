//! Sign-in sessions and API tokens. Only SHA-256 hashes of the secrets are stored, so a copy
//! of the database does not let anyone sign in. Sessions are credentials, not part of the
//! group's record, so they are not journaled; creating and revoking an API token are (see
//! `app::auth`), so those writes take a `WriteTx`.

use jiff::Timestamp;

use super::{decode, Store, StoreError, StoreResult, UserRecord, WriteTx};
use crate::domain::ids::{ApiTokenId, SessionId, UserId};
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
    pub last_seen_at: Option<i64>,
    pub account: UserRecord,
}

/// The token behind a bearer header, and whose it is.
#[derive(Debug, Clone, Copy)]
pub struct LiveToken {
    pub id: ApiTokenId,
    pub user: UserId,
    pub last_used_at: Option<i64>,
}

fn instant(micros: i64) -> StoreResult<Timestamp> {
    decode(Timestamp::from_microsecond(micros), "instant")
}

fn optional_instant(micros: Option<i64>) -> StoreResult<Option<Timestamp>> {
    micros.map(instant).transpose()
}

impl Store {
    pub async fn insert_session(
        &self,
        user: UserId,
        token_hash: &str,
        csrf_token: &str,
        now_micros: i64,
        expires_at_micros: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, \
             last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)",
        )
        .bind(token_hash)
        .bind(user.get())
        .bind(csrf_token)
        .bind(now_micros)
        .bind(expires_at_micros)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A live session and its enabled account, in one round trip (every page asks this).
    pub async fn live_session(
        &self,
        token_hash: &str,
        now_micros: i64,
    ) -> StoreResult<Option<LiveSession>> {
        type Joined = (
            i64,
            String,
            String,
            String,
            i64,
            i64,
            String,
            String,
            i64,
            String,
            Option<i64>,
        );
        let row: Option<Joined> = sqlx::query_as(
            "SELECT u.id, u.username, u.display_name, u.password_hash, u.is_admin, u.disabled, \
             u.clearance, u.time_zone, s.id, s.csrf_token, s.last_seen_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = $3",
        )
        .bind(token_hash)
        .bind(now_micros)
        .bind(0_i64)
        .fetch_optional(self.pool())
        .await?;
        let Some((
            id,
            username,
            display_name,
            hash,
            is_admin,
            disabled,
            clearance,
            zone,
            session,
            csrf_token,
            last_seen_at,
        )) = row
        else {
            return Ok(None);
        };
        let account = super::users::record((
            id,
            username,
            display_name,
            hash,
            is_admin,
            disabled,
            clearance,
            zone,
        ))?;
        Ok(Some(LiveSession {
            id: SessionId::new(session),
            csrf_token,
            last_seen_at,
            account,
        }))
    }

    /// Notes that a session was used; not journaled, like the session itself.
    pub async fn touch_session(&self, session: SessionId, now_micros: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(now_micros)
            .bind(session.get())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A person's live sessions, newest first.
    pub async fn sessions_of(
        &self,
        user: UserId,
        now_micros: i64,
    ) -> StoreResult<Vec<SessionRecord>> {
        let rows: Vec<(i64, i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, created_at, expires_at, last_seen_at FROM sessions \
             WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, id DESC",
        )
        .bind(user.get())
        .bind(now_micros)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(id, created, expires, seen)| {
                Ok(SessionRecord {
                    id: SessionId::new(id),
                    created_at: instant(created)?,
                    expires_at: instant(expires)?,
                    last_seen_at: optional_instant(seen)?,
                })
            })
            .collect()
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
            .bind(session.get())
            .bind(user.get())
            .execute(self.pool())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn delete_expired_sessions(&self, now_micros: i64) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_micros)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// A live API token, if its user is enabled.
    pub async fn live_api_token(
        &self,
        token_hash: &str,
        now_micros: i64,
    ) -> StoreResult<Option<LiveToken>> {
        let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT t.id, t.user_id, t.last_used_at FROM api_tokens t \
             JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.disabled = $3",
        )
        .bind(token_hash)
        .bind(now_micros)
        .bind(0_i64)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(id, user, last_used_at)| LiveToken {
            id: ApiTokenId::new(id),
            user: UserId::new(user),
            last_used_at,
        }))
    }

    /// Notes that a token authenticated a request. Not journaled: it is bookkeeping about a
    /// credential, like a session's last use, and would otherwise flood the journal.
    pub async fn touch_api_token(&self, token: ApiTokenId, now_micros: i64) -> StoreResult<()> {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now_micros)
            .bind(token.get())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A person's live API tokens, newest first.
    pub async fn api_tokens_of(
        &self,
        user: UserId,
        now_micros: i64,
    ) -> StoreResult<Vec<ApiTokenRecord>> {
        let rows: Vec<(i64, String, i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, name, created_at, expires_at, last_used_at FROM api_tokens \
             WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC, id DESC",
        )
        .bind(user.get())
        .bind(now_micros)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(id, name, created, expires, used)| {
                Ok(ApiTokenRecord {
                    id: ApiTokenId::new(id),
                    name: decode(Label::parse(&name), "token name")?,
                    created_at: instant(created)?,
                    expires_at: instant(expires)?,
                    last_used_at: optional_instant(used)?,
                })
            })
            .collect()
    }
}

impl WriteTx {
    pub async fn insert_api_token(
        &mut self,
        user: UserId,
        name: &str,
        token_hash: &str,
        now_micros: i64,
        expires_at_micros: i64,
    ) -> StoreResult<ApiTokenId> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(token_hash)
        .bind(user.get())
        .bind(name)
        .bind(now_micros)
        .bind(expires_at_micros)
        .fetch_one(self.conn())
        .await?;
        Ok(ApiTokenId::new(id))
    }

    /// Revokes one of a person's API tokens and returns its name; `NotFound` when they have
    /// no such token (someone else's id included).
    pub async fn delete_api_token_of(
        &mut self,
        user: UserId,
        token: ApiTokenId,
    ) -> StoreResult<Label> {
        let row: Option<(String,)> =
            sqlx::query_as("DELETE FROM api_tokens WHERE id = $1 AND user_id = $2 RETURNING name")
                .bind(token.get())
                .bind(user.get())
                .fetch_optional(self.conn())
                .await?;
        let (name,) = row.ok_or(StoreError::NotFound)?;
        decode(Label::parse(&name), "token name")
    }

    /// Ends every session of a person but `keep`, and revokes every API token of theirs;
    /// returns how many tokens were revoked.
    pub async fn end_credentials(
        &mut self,
        user: UserId,
        keep: Option<SessionId>,
    ) -> StoreResult<u64> {
        // -1 is never an id, so one statement serves both "keep one" and "keep none".
        let keep = keep.map_or(-1, SessionId::get);
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
            .bind(user.get())
            .bind(keep)
            .execute(self.conn())
            .await?;
        let revoked = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(user.get())
            .execute(self.conn())
            .await?;
        Ok(revoked.rows_affected())
    }
}
