//! Being woken when the journal grows: by this process's own commits at once (a `watch` of
//! the last entry committed here), and on PostgreSQL by every other process's commits too,
//! through a `LISTEN majlis_journal` connection of our own. A wake-up says only "read the
//! journal again": it carries no entry, so one wake-up covers any number of commits, and a
//! notification lost while the listener reconnects is made good by the next one or by the
//! follower's own slow poll (`app::live`).

use std::time::Duration;

use sqlx::postgres::PgListener;
use tokio::sync::watch;

use super::postgres::JOURNAL_CHANNEL;
use super::{Backend, Store};

/// How long to wait before opening the listener again after it failed.
const RELISTEN_AFTER: Duration = Duration::from_secs(1);

/// The wake-ups of one follower of the journal.
pub struct JournalWakeups {
    local: watch::Receiver<i64>,
    /// `None` on SQLite, or while the listener could not be opened (the poll then serves).
    listener: Option<PgListener>,
    url: std::sync::Arc<str>,
    backend: Backend,
}

impl Store {
    /// Wake-ups for one follower of the journal. On PostgreSQL this opens a connection of its
    /// own that listens on `majlis_journal`; if that fails, the follower is woken by this
    /// process's commits alone until a later attempt succeeds (its poll covers the rest).
    pub async fn journal_wakeups(&self) -> JournalWakeups {
        let mut wakeups = JournalWakeups {
            local: self.committed.subscribe(),
            listener: None,
            url: self.url.clone(),
            backend: self.backend,
        };
        wakeups.listen().await;
        wakeups
    }
}

impl JournalWakeups {
    async fn listen(&mut self) {
        if self.backend != Backend::Postgres {
            return;
        }
        let opened = async {
            let mut listener = PgListener::connect(&self.url).await?;
            listener.listen(JOURNAL_CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        match opened.await {
            Ok(listener) => self.listener = Some(listener),
            Err(error) => {
                tracing::warn!(%error, "cannot listen for other processes' journal entries; polling only");
            }
        }
    }

    /// Waits until the journal may have grown: this process committed, another process
    /// announced a commit, or the listener's connection was lost and opened again (during
    /// which announcements may have been missed).
    pub async fn next(&mut self) {
        loop {
            let heard = match self.listener.as_mut() {
                Some(listener) => tokio::select! {
                    changed = self.local.changed() => {
                        if changed.is_err() {
                            // The store is gone; only the listener can still wake us.
                            std::future::pending::<()>().await;
                        }
                        return;
                    }
                    heard = listener.try_recv() => heard,
                },
                None => {
                    if self.backend == Backend::Postgres {
                        tokio::select! {
                            changed = self.local.changed() => {
                                if changed.is_ok() {
                                    return;
                                }
                            }
                            () = tokio::time::sleep(RELISTEN_AFTER) => {}
                        }
                        self.listen().await;
                        if self.listener.is_some() {
                            // What was announced while nobody listened is read now.
                            return;
                        }
                        continue;
                    }
                    if self.local.changed().await.is_err() {
                        std::future::pending::<()>().await;
                    }
                    return;
                }
            };
            match heard {
                // An announcement, or (`None`) a lost connection that the listener opens again
                // on its next call: either way the journal is read again.
                Ok(_) => return,
                Err(error) => {
                    tracing::warn!(%error, "the journal listener failed; opening it again");
                    self.listener = None;
                }
            }
        }
    }
}
