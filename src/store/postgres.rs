//! What is particular to PostgreSQL: writers take one transaction-scoped advisory lock, so
//! that journal entries are chained in commit order even with several server processes, and
//! tell every process that listens on `majlis_journal` when they commit.

use sqlx::{AnyConnection, AnyPool};

/// An arbitrary constant naming "the journal" among advisory locks.
const JOURNAL_LOCK: i64 = 0x6d61_6a6c_6973;

pub(super) async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    Ok(super::pool_options().connect(url).await?)
}

/// The channel on which each commit is announced to the other processes on the database.
pub(super) const JOURNAL_CHANNEL: &str = "majlis_journal";

/// Announces the commit of the transaction on `conn`: PostgreSQL queues a notification sent
/// inside a transaction until it commits, and drops it if it rolls back, so a listener is
/// never woken for an entry that was not written. It carries no payload: listeners read the
/// journal after what they last read, so one wake-up covers any number of commits.
pub(super) async fn notify_journal(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("NOTIFY {JOURNAL_CHANNEL}"))
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn lock_journal(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(JOURNAL_LOCK)
        .execute(conn)
        .await?;
    Ok(())
}
