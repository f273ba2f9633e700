//! Accounts: who can sign in, with what password hash, clearance and preferred time zone.

use jiff::Timestamp;

use super::codec::{Flag, Micros};
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::UserId;
use crate::domain::language::UiLanguage;
use crate::domain::mail::EmailAddress;
use crate::domain::marking::Classification;
use crate::domain::names::{Label, Username};
use crate::domain::time::ZoneName;

#[derive(Debug, Clone)]
pub struct UserRecord {
    pub id: UserId,
    pub username: Username,
    pub display_name: Label,
    pub password_hash: String,
    pub is_admin: bool,
    pub disabled: bool,
    pub clearance: Classification,
    pub time_zone: ZoneName,
    /// The interface language the person chose; `None` until they choose one, or when the
    /// language they chose is no longer offered.
    pub language: Option<UiLanguage>,
    /// Where the person is told things by mail; `None`: they are not.
    pub email: Option<EmailAddress>,
}

pub struct NewUser {
    pub username: Username,
    pub display_name: Label,
    pub password_hash: String,
    pub is_admin: bool,
    pub clearance: Classification,
    pub time_zone: ZoneName,
    pub email: Option<EmailAddress>,
}

/// The `users` columns of `COLUMNS`; `sessions.rs` reads the same through a join.
#[derive(sqlx::FromRow)]
pub(super) struct UserRow {
    id: UserId,
    username: Username,
    display_name: Label,
    password_hash: String,
    is_admin: Flag,
    disabled: Flag,
    clearance: Classification,
    time_zone: ZoneName,
    language: Option<String>,
    email: Option<EmailAddress>,
}

impl From<UserRow> for UserRecord {
    fn from(row: UserRow) -> Self {
        UserRecord {
            id: row.id,
            username: row.username,
            display_name: row.display_name,
            password_hash: row.password_hash,
            is_admin: row.is_admin.0,
            disabled: row.disabled.0,
            clearance: row.clearance,
            time_zone: row.time_zone,
            language: row.language.as_deref().and_then(UiLanguage::from_tag),
            email: row.email,
        }
    }
}

const COLUMNS: &str =
    "id, username, display_name, password_hash, is_admin, disabled, clearance, time_zone, language, email";

impl Store {
    pub async fn user_by_username(&self, username: &Username) -> StoreResult<Option<UserRecord>> {
        let row: Option<UserRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE username = $1"))
                .bind(username)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(UserRecord::from))
    }

    pub async fn user_by_id(&self, id: UserId) -> StoreResult<UserRecord> {
        let row: Option<UserRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.map(UserRecord::from).ok_or(StoreError::NotFound)
    }

    pub async fn user_by_calendar_token(
        &self,
        token_hash: &str,
    ) -> StoreResult<Option<UserRecord>> {
        let row: Option<UserRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM users WHERE calendar_token_hash = $1 AND disabled = $2"
        ))
        .bind(token_hash)
        .bind(Flag(false))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(UserRecord::from))
    }

    pub async fn users(&self) -> StoreResult<Vec<UserRecord>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users ORDER BY username"))
                .fetch_all(self.pool())
                .await?;
        Ok(rows.into_iter().map(UserRecord::from).collect())
    }

    pub async fn user_count(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(self.pool())
            .await?)
    }
}

impl WriteTx {
    pub async fn insert_user(&mut self, user: &NewUser, now: Timestamp) -> StoreResult<UserId> {
        sqlx::query_scalar(
            "INSERT INTO users (username, display_name, password_hash, is_admin, clearance, \
             time_zone, created_at, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&user.username)
        .bind(&user.display_name)
        .bind(user.password_hash.as_str())
        .bind(Flag(user.is_admin))
        .bind(user.clearance)
        .bind(&user.time_zone)
        .bind(Micros(now))
        .bind(user.email.as_ref().map(EmailAddress::as_str))
        .fetch_one(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-username-taken"),
            )
        })
    }

    pub async fn set_password_hash(&mut self, user: UserId, hash: &str) -> StoreResult<()> {
        self.update_user("password_hash", hash, user).await
    }

    pub async fn set_time_zone(&mut self, user: UserId, zone: &ZoneName) -> StoreResult<()> {
        self.update_user("time_zone", zone.as_str(), user).await
    }

    pub async fn set_language(&mut self, user: UserId, language: UiLanguage) -> StoreResult<()> {
        self.update_user("language", language.tag(), user).await
    }

    /// Sets or (with `None`) removes a person's address.
    pub async fn set_email(
        &mut self,
        user: UserId,
        email: Option<&EmailAddress>,
    ) -> StoreResult<()> {
        let result = sqlx::query("UPDATE users SET email = $1 WHERE id = $2")
            .bind(email.map(EmailAddress::as_str))
            .bind(user)
            .execute(self.conn())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn set_calendar_token_hash(&mut self, user: UserId, hash: &str) -> StoreResult<()> {
        self.update_user("calendar_token_hash", hash, user).await
    }

    /// Disables or enables an account; disabling also ends its sessions and API tokens.
    pub async fn set_disabled(&mut self, user: UserId, disabled: bool) -> StoreResult<()> {
        let result = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(Flag(disabled))
            .bind(user)
            .execute(self.conn())
            .await?;
        if disabled {
            for table in ["sessions", "api_tokens"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
                    .bind(user)
                    .execute(self.conn())
                    .await?;
            }
        }
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// `column` is one of this module's constants, never input.
    async fn update_user(
        &mut self,
        column: &'static str,
        value: &str,
        user: UserId,
    ) -> StoreResult<()> {
        let result = sqlx::query(&format!("UPDATE users SET {column} = $1 WHERE id = $2"))
            .bind(value)
            .bind(user)
            .execute(self.conn())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
