//! Mail: each person's choices, the outbox and the place of the journal's follower that
//! turns entries into mails (`app::mail`).
//!
//! The outbox is bookkeeping about delivery, not a change to the record, so it is written
//! outside `WriteTx` and has no journal entry of its own: what a mail tells is already in the
//! journal. Queueing is idempotent (a mail's `dedupe` key is unique and a second insert is
//! ignored), the follower's place only moves forward, and a sender claims a mail with a
//! conditional update before it talks to the relay, so several processes on one PostgreSQL
//! database neither queue nor send a mail twice. On SQLite these transactions queue behind
//! the writers' lock like any write.

use jiff::{SignedDuration, Timestamp};
use sqlx::{Any, Transaction};
use tokio::sync::OwnedMutexGuard;

use super::codec::{Flag, Micros};
use super::{Backend, Store, StoreResult, WriteTx};
use crate::domain::ids::UserId;
use crate::domain::mail::MailPreferences;

/// A mail to queue, already written in its recipient's language.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// What the mail is about and for whom, e.g. `asked:procedure:4:user:7`: queued once.
    pub dedupe: String,
    pub user: UserId,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// Waits for the person's daily digest instead of going out alone.
    pub digest: bool,
}

/// A queued mail a sender has claimed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// One item waiting for a digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DigestItem {
    pub id: i64,
    pub subject: String,
    pub body: String,
}

/// A mail as the outbox holds it, for the operator and the tests.
#[derive(Debug, Clone)]
pub struct OutboxRecord {
    pub id: i64,
    pub dedupe: String,
    pub user: UserId,
    pub recipient: String,
    pub subject: String,
    pub digest: bool,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct OutboxRow {
    id: i64,
    dedupe: String,
    user_id: UserId,
    recipient: String,
    subject: String,
    digest: Flag,
    attempts: i64,
    last_error: Option<String>,
    sent_at: Option<Micros>,
}

#[derive(sqlx::FromRow)]
struct PreferencesRow {
    asked: Flag,
    deadline: Flag,
    adopted: Flag,
    digest: Flag,
}

#[derive(sqlx::FromRow)]
struct WaitingRow {
    user_id: UserId,
    oldest: Micros,
}

/// A transaction of the outbox, holding the writers' lock on SQLite.
struct MailTx {
    tx: Transaction<'static, Any>,
    _guard: Option<OwnedMutexGuard<()>>,
}

impl Store {
    async fn begin_mail(&self) -> StoreResult<MailTx> {
        let guard = match &self.sqlite_writer {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(MailTx { tx, _guard: guard })
    }

    /// What `user` asked to be told; everything, one at a time, until they chose.
    pub async fn mail_preferences(&self, user: UserId) -> StoreResult<MailPreferences> {
        let row: Option<PreferencesRow> = sqlx::query_as(
            "SELECT asked, deadline, adopted, digest FROM mail_preferences WHERE user_id = $1",
        )
        .bind(user)
        .fetch_optional(self.pool())
        .await?;
        Ok(
            row.map_or_else(MailPreferences::default, |row| MailPreferences {
                asked: row.asked.0,
                deadline: row.deadline.0,
                adopted: row.adopted.0,
                digest: row.digest.0,
            }),
        )
    }

    /// The last journal entry turned into mails. The first call of an installation places the
    /// follower at `head`, so that nothing written before mail was set up is mailed.
    pub async fn mail_follower_place(&self, head: i64) -> StoreResult<i64> {
        let mut mail = self.begin_mail().await?;
        sqlx::query(
            "INSERT INTO mail_follower (id, last_seq) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        )
        .bind(head)
        .execute(&mut *mail.tx)
        .await?;
        let place = sqlx::query_scalar("SELECT last_seq FROM mail_follower WHERE id = 1")
            .fetch_one(&mut *mail.tx)
            .await?;
        mail.tx.commit().await?;
        Ok(place)
    }

    /// Queues `mails` (each once, whoever queued it before) and, with `handled`, moves the
    /// follower's place forward to that entry, in one transaction.
    pub async fn queue_mails(
        &self,
        mails: &[NewMail],
        now: Timestamp,
        handled: Option<i64>,
    ) -> StoreResult<u64> {
        let mut mail = self.begin_mail().await?;
        let mut queued = 0;
        for one in mails {
            queued += insert_mail(&mut mail.tx, one, now).await?;
        }
        if let Some(seq) = handled {
            sqlx::query("UPDATE mail_follower SET last_seq = $1 WHERE id = 1 AND last_seq < $1")
                .bind(seq)
                .execute(&mut *mail.tx)
                .await?;
        }
        mail.tx.commit().await?;
        Ok(queued)
    }

    /// Claims the next mail due for sending, for `lease`: nobody else sends it meanwhile, and
    /// if this process dies with it, it is sent again once the lease ends.
    pub async fn claim_mail(
        &self,
        now: Timestamp,
        lease: SignedDuration,
    ) -> StoreResult<Option<OutboxMail>> {
        let candidates: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND digest = 0 \
             AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1) \
             ORDER BY id LIMIT 16",
        )
        .bind(Micros(now))
        .fetch_all(self.pool())
        .await?;
        for id in candidates {
            let mut mail = self.begin_mail().await?;
            // The condition is checked again on the row itself, after any other claim of it
            // committed: only one claim of a mail succeeds.
            let claimed = sqlx::query(
                "UPDATE mail_outbox SET claimed_until = $1, attempts = attempts + 1 \
                 WHERE id = $2 AND sent_at IS NULL \
                 AND (claimed_until IS NULL OR claimed_until <= $3)",
            )
            .bind(Micros(now + lease))
            .bind(id)
            .bind(Micros(now))
            .execute(&mut *mail.tx)
            .await?
            .rows_affected();
            if claimed == 1 {
                let row: OutboxMail = sqlx::query_as(
                    "SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE id = $1",
                )
                .bind(id)
                .fetch_one(&mut *mail.tx)
                .await?;
                mail.tx.commit().await?;
                return Ok(Some(row));
            }
        }
        Ok(None)
    }

    /// The relay took the mail.
    pub async fn mail_sent(&self, id: i64, now: Timestamp) -> StoreResult<()> {
        let mut mail = self.begin_mail().await?;
        sqlx::query(
            "UPDATE mail_outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL \
             WHERE id = $2",
        )
        .bind(Micros(now))
        .bind(id)
        .execute(&mut *mail.tx)
        .await?;
        mail.tx.commit().await?;
        Ok(())
    }

    /// The relay refused the mail or could not be reached: it is tried again at `retry_at`.
    pub async fn mail_failed(&self, id: i64, retry_at: Timestamp, error: &str) -> StoreResult<()> {
        let mut mail = self.begin_mail().await?;
        sqlx::query(
            "UPDATE mail_outbox SET next_attempt_at = $1, claimed_until = NULL, last_error = $2 \
             WHERE id = $3",
        )
        .bind(Micros(retry_at))
        .bind(error)
        .bind(id)
        .execute(&mut *mail.tx)
        .await?;
        mail.tx.commit().await?;
        Ok(())
    }

    /// Who has items waiting for a digest, with the oldest item's time.
    pub async fn digests_waiting(&self) -> StoreResult<Vec<(UserId, Timestamp)>> {
        let rows: Vec<WaitingRow> = sqlx::query_as(
            "SELECT user_id, MIN(queued_at) AS oldest FROM mail_outbox \
             WHERE digest = 1 AND sent_at IS NULL GROUP BY user_id ORDER BY user_id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(|r| (r.user_id, r.oldest.0)).collect())
    }

    /// Turns `user`'s waiting items into one mail written by `write` (which gets them oldest
    /// first), in one transaction: the items are then done, and the digest is queued.
    pub async fn collect_digest(
        &self,
        user: UserId,
        now: Timestamp,
        write: impl FnOnce(&[DigestItem]) -> Option<NewMail>,
    ) -> StoreResult<bool> {
        let mut mail = self.begin_mail().await?;
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE",
            Backend::Sqlite => "",
        };
        let items: Vec<DigestItem> = sqlx::query_as(&format!(
            "SELECT id, subject, body FROM mail_outbox \
             WHERE user_id = $1 AND digest = 1 AND sent_at IS NULL ORDER BY id{lock}"
        ))
        .bind(user)
        .fetch_all(&mut *mail.tx)
        .await?;
        let Some(digest) = write(&items) else {
            return Ok(false);
        };
        insert_mail(&mut mail.tx, &digest, now).await?;
        for item in &items {
            sqlx::query("UPDATE mail_outbox SET sent_at = $1 WHERE id = $2")
                .bind(Micros(now))
                .bind(item.id)
                .execute(&mut *mail.tx)
                .await?;
        }
        mail.tx.commit().await?;
        Ok(true)
    }

    /// Every mail of the outbox, oldest first.
    pub async fn outbox(&self) -> StoreResult<Vec<OutboxRecord>> {
        let rows: Vec<OutboxRow> = sqlx::query_as(
            "SELECT id, dedupe, user_id, recipient, subject, digest, attempts, last_error, \
             sent_at FROM mail_outbox ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| OutboxRecord {
                id: row.id,
                dedupe: row.dedupe,
                user: row.user_id,
                recipient: row.recipient,
                subject: row.subject,
                digest: row.digest.0,
                attempts: row.attempts,
                last_error: row.last_error,
                sent_at: row.sent_at.map(|at| at.0),
            })
            .collect())
    }
}

async fn insert_mail(
    tx: &mut Transaction<'static, Any>,
    mail: &NewMail,
    now: Timestamp,
) -> StoreResult<u64> {
    Ok(sqlx::query(
        "INSERT INTO mail_outbox (dedupe, user_id, recipient, subject, body, digest, queued_at, \
         next_attempt_at, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 0) \
         ON CONFLICT (dedupe) DO NOTHING",
    )
    .bind(mail.dedupe.as_str())
    .bind(mail.user)
    .bind(mail.recipient.as_str())
    .bind(mail.subject.as_str())
    .bind(mail.body.as_str())
    .bind(Flag(mail.digest))
    .bind(Micros(now))
    .execute(&mut **tx)
    .await?
    .rows_affected())
}

impl WriteTx {
    pub async fn set_mail_preferences(
        &mut self,
        user: UserId,
        preferences: MailPreferences,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO mail_preferences (user_id, asked, deadline, adopted, digest) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO UPDATE SET \
             asked = excluded.asked, deadline = excluded.deadline, adopted = excluded.adopted, \
             digest = excluded.digest",
        )
        .bind(user)
        .bind(Flag(preferences.asked))
        .bind(Flag(preferences.deadline))
        .bind(Flag(preferences.adopted))
        .bind(Flag(preferences.digest))
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
