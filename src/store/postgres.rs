//! What is particular to PostgreSQL: writers take one transaction-scoped advisory lock, so
//! that journal entries are chained in commit order even with several server processes.

use sqlx::{AnyConnection, AnyPool};

/// An arbitrary constant naming "the journal" among advisory locks.
const JOURNAL_LOCK: i64 = 0x6d61_6a6c_6973;

pub(super) async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    Ok(super::pool_options().connect(url).await?)
}

pub(super) async fn lock_journal(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(JOURNAL_LOCK)
        .execute(conn)
        .await?;
    Ok(())
}
