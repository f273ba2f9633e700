//! Accounts: who can sign in, with what password hash, clearance and preferred time zone.
//! Flags are stored as 0/1 integers, the one boolean form both backends share.

use super::{decode, Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::UserId;
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
}

pub struct NewUser {
    pub username: Username,
    pub display_name: Label,
    pub password_hash: String,
    pub is_admin: bool,
    pub clearance: Classification,
    pub time_zone: ZoneName,
}

pub(super) type Row = (i64, String, String, String, i64, i64, String, String);

const COLUMNS: &str =
    "id, username, display_name, password_hash, is_admin, disabled, clearance, time_zone";

pub(super) fn record(row: Row) -> StoreResult<UserRecord> {
    let (id, username, display_name, password_hash, is_admin, disabled, clearance, zone) = row;
    Ok(UserRecord {
        id: UserId::new(id),
        username: decode(Username::parse(&username), "username")?,
        display_name: decode(Label::from_record(&display_name), "display name")?,
        password_hash,
        is_admin: is_admin != 0,
        disabled: disabled != 0,
        clearance: decode(clearance.parse(), "clearance")?,
        time_zone: decode(ZoneName::parse(&zone), "time zone")?,
    })
}

impl Store {
    pub async fn user_by_username(&self, username: &Username) -> StoreResult<Option<UserRecord>> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE username = $1"))
                .bind(username.as_str())
                .fetch_optional(self.pool())
                .await?;
        row.map(record).transpose()
    }

    pub async fn user_by_id(&self, id: UserId) -> StoreResult<UserRecord> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
                .bind(id.get())
                .fetch_optional(self.pool())
                .await?;
        row.map(record).transpose()?.ok_or(StoreError::NotFound)
    }

    pub async fn user_by_calendar_token(
        &self,
        token_hash: &str,
    ) -> StoreResult<Option<UserRecord>> {
        let row: Option<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM users WHERE calendar_token_hash = $1 AND disabled = $2"
        ))
        .bind(token_hash)
        .bind(0_i64)
        .fetch_optional(self.pool())
        .await?;
        row.map(record).transpose()
    }

    pub async fn users(&self) -> StoreResult<Vec<UserRecord>> {
        let rows: Vec<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM users ORDER BY username"))
                .fetch_all(self.pool())
                .await?;
        rows.into_iter().map(record).collect()
    }

    pub async fn user_count(&self) -> StoreResult<i64> {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
            .fetch_one(self.pool())
            .await?;
        Ok(count)
    }
}

impl WriteTx {
    pub async fn insert_user(&mut self, user: &NewUser, now_micros: i64) -> StoreResult<UserId> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (username, display_name, password_hash, is_admin, clearance, \
             time_zone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(user.username.as_str())
        .bind(user.display_name.as_str())
        .bind(user.password_hash.as_str())
        .bind(i64::from(user.is_admin))
        .bind(user.clearance.as_str())
        .bind(user.time_zone.as_str())
        .bind(now_micros)
        .fetch_one(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "a user with this username already exists"))?;
        Ok(UserId::new(id))
    }

    pub async fn set_password_hash(&mut self, user: UserId, hash: &str) -> StoreResult<()> {
        self.update_user("password_hash", hash, user).await
    }

    pub async fn set_time_zone(&mut self, user: UserId, zone: &ZoneName) -> StoreResult<()> {
        self.update_user("time_zone", zone.as_str(), user).await
    }

    pub async fn set_calendar_token_hash(&mut self, user: UserId, hash: &str) -> StoreResult<()> {
        self.update_user("calendar_token_hash", hash, user).await
    }

    pub async fn set_disabled(&mut self, user: UserId, disabled: bool) -> StoreResult<()> {
        let result = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(i64::from(disabled))
            .bind(user.get())
            .execute(self.conn())
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.get())
                .execute(self.conn())
                .await?;
            sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
                .bind(user.get())
                .execute(self.conn())
                .await?;
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
            .bind(user.get())
            .execute(self.conn())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
