//! Sign-in sessions and API tokens. Only SHA-256 hashes of the secrets are stored, so a copy
//! of the database does not let anyone sign in. Sessions are credentials, not part of the
//! group's record, so they are not journaled; creating an API token is (see `app::auth`).

use super::{Store, StoreResult, UserRecord, WriteTx};
use crate::domain::ids::UserId;

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
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
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

    /// A live session's CSRF token and its enabled account, in one round trip (every page
    /// asks this).
    pub async fn session_account(
        &self,
        token_hash: &str,
        now_micros: i64,
    ) -> StoreResult<Option<(String, UserRecord)>> {
        type Joined = (
            i64,
            String,
            String,
            String,
            i64,
            i64,
            String,
            String,
            String,
        );
        let row: Option<Joined> = sqlx::query_as(
            "SELECT u.id, u.username, u.display_name, u.password_hash, u.is_admin, u.disabled, u.clearance, \
             u.time_zone, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id \
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
            csrf_token,
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
        Ok(Some((csrf_token, account)))
    }

    pub async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn delete_expired_sessions(&self, now_micros: i64) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_micros)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// The user a live API token belongs to, if the user is enabled.
    pub async fn api_token_user(
        &self,
        token_hash: &str,
        now_micros: i64,
    ) -> StoreResult<Option<UserId>> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.disabled = $3",
        )
        .bind(token_hash)
        .bind(now_micros)
        .bind(0_i64)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(user,)| UserId::new(user)))
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
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user.get())
        .bind(name)
        .bind(now_micros)
        .bind(expires_at_micros)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
