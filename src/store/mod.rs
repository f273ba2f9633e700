//! The record's storage: one `Store` over either SQLite (the embedded default) or PostgreSQL.
//!
//! Both backends run the same SQL, written in the subset the two dialects share (`$1`
//! placeholders, `RETURNING`, `BIGINT` microsecond times), through sqlx's `Any` driver; what
//! truly differs (connection settings, how writers are serialised, the DDL) lives in
//! `sqlite.rs`, `postgres.rs` and the two migration trees. Only this module names sqlx, and
//! the price of `Any` stays here: rows are read into `FromRow` structs through the codecs of
//! `codec.rs`, and a query needed both on the pool and inside a `WriteTx` is one function over
//! `&mut AnyConnection`, which a pooled connection and the transaction both give.
//!
//! Every change goes through a `WriteTx`, which refuses to commit unless it appended a journal
//! entry: a mutation and its journal entry are one transaction, by construction. Each commit
//! wakes whoever follows the journal (`wakeups.rs`): in this process at once, and on
//! PostgreSQL every other process too, through `NOTIFY majlis_journal` sent with the commit.

mod agenda;
mod agreements;
mod amendments;
mod codec;
mod comments;
mod commit_queue;
mod decisions;
mod engagements;
mod events;
mod figures;
mod groups;
mod inbox;
mod journal;
mod journal_page;
mod lists;
mod mail;
mod marked;
mod meetings;
mod migrate;
mod papers;
mod postgres;
mod procedures;
mod roadmaps;
mod rounds;
mod seats;
mod sessions;
mod sqlite;
mod texts;
mod tracks;
mod users;
mod wakeups;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sqlx::any::AnyPoolOptions;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Executor, Transaction};
use thiserror::Error;
use tokio::sync::{watch, Mutex, OwnedMutexGuard};

pub use agenda::{AgendaItemRecord, AttendanceRecord};
pub use agreements::{AgreementRecord, NewAgreement};
pub use amendments::{AmendmentRecord, AmendmentState};
pub use comments::{CommentRecord, NewComment};
pub use commit_queue::BoxFuture;
pub use decisions::{DecisionRecord, RecordedLater};
pub use engagements::EngagementRecord;
pub use events::EventRecord;
pub use figures::{IndicatorRecord, NewObservation, ObservationRecord, TargetRecord};
pub use groups::GroupRecord;
pub use inbox::InboxRecord;
pub use journal::{JournalRow, SigningKeyRow};
pub use journal_page::JournalPages;
pub use mail::{DigestItem, NewMail, OutboxMail, OutboxRecord};
pub use meetings::{MeetingRecord, NewMeeting};
pub use papers::{AttachmentRecord, NewPaper, PaperRecord, CHUNK_BYTES};
pub use procedures::{NewProcedure, ProcedureRecord};
pub use roadmaps::{ActionLineRecord, LineReportRecord, NewActionLine, NewRoadmap, RoadmapRecord};
pub use seats::{AuthorisationRecord, SeatRecord};
pub use sessions::{ApiTokenRecord, LiveSession, LiveToken, SessionRecord};
pub use texts::{LanguageVersionRecord, NewText, TextRecord, VersionRecord};
pub use users::{NewUser, UserRecord};
pub use wakeups::JournalWakeups;

use crate::domain::journal::{Entry, Head, NewEntry};
use crate::domain::message::Message;
use commit_queue::CommitQueue;
use rounds::{Overlay, RoundCache};

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// What already exists or was already done, for the person who asked.
    #[error("conflict: {0}")]
    Conflict(Message),
    #[error("a change was about to be committed without its journal entry")]
    Unjournaled,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(sqlx::Error),
    /// The change was part of a group commit whose transaction failed: nothing of the batch
    /// was recorded.
    #[error("the batch this change was written in could not be committed: {0}")]
    BatchFailed(String),
}

impl From<sqlx::Error> for StoreError {
    /// A column whose value no longer reads as its type (see `codec.rs`) is `Corrupt`, naming
    /// the column; anything else is the database's own failure.
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::ColumnDecode { index, source } => {
                StoreError::Corrupt(format!("{}: {source}", index.trim_matches('"')))
            }
            other => StoreError::Database(other),
        }
    }
}

impl StoreError {
    /// Maps a unique-constraint violation to a `Conflict` naming what already exists.
    fn unique(error: sqlx::Error, what: Message) -> StoreError {
        match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
            sqlx::Error::RowNotFound => StoreError::NotFound,
            _ => StoreError::from(error),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Which database holds the record; chosen by the URL's scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite allows one writer; queueing writers here avoids its busy-wait loop.
    sqlite_writer: Option<Arc<Mutex<()>>>,
    /// How many changes this process has committed (`app::cache` starts afresh after each).
    commits: Arc<AtomicU64>,
    /// Changes waiting to be written together in one transaction (group commit).
    queue: Arc<CommitQueue>,
    /// Procedures' events folded so far, each with the last event it covers.
    rounds: Arc<RoundCache>,
    /// The last journal entry this process committed, for whoever follows the journal.
    committed: Arc<watch::Sender<i64>>,
    /// Where the database is, for the PostgreSQL listener of `journal_wakeups` (a pool of the
    /// `Any` driver cannot open one).
    url: Arc<str>,
}

impl Store {
    /// Connects and brings the schema up to date.
    pub async fn open(url: &str) -> anyhow::Result<Store> {
        let store = Store::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without migrating.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url).ok_or_else(|| {
            anyhow::anyhow!("database url must start with sqlite: or postgres:// (got {url:?})")
        })?;
        let pool = match backend {
            Backend::Sqlite => sqlite::connect(url).await?,
            Backend::Postgres => postgres::connect(url).await?,
        };
        Ok(Store {
            pool,
            backend,
            sqlite_writer: (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(()))),
            commits: Arc::default(),
            queue: Arc::default(),
            rounds: Arc::default(),
            committed: Arc::new(watch::Sender::new(0)),
            url: Arc::from(url),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// How many changes this process has committed so far; it only grows, and a change is
    /// counted once its commit has returned, so what is read after seeing a count includes
    /// every change counted in it.
    pub fn commits(&self) -> u64 {
        self.commits.load(Ordering::Acquire)
    }

    pub async fn migrate(&self) -> anyhow::Result<Vec<String>> {
        migrate::run(&self.pool, self.backend, i64::MAX).await
    }

    /// Applies the migrations up to and including `version` only, leaving the schema as the
    /// release that ended there wrote it (for tests that upgrade an older database).
    pub async fn migrate_to(&self, version: i64) -> anyhow::Result<Vec<String>> {
        migrate::run(&self.pool, self.backend, version).await
    }

    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Opens the transaction of one change. Writers are serialised so that each journal
    /// entry links to the one committed before it.
    pub async fn begin_write(&self) -> StoreResult<WriteTx> {
        let guard = match &self.sqlite_writer {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                postgres::lock_journal(&mut tx).await?;
                tx
            }
        };
        Ok(WriteTx {
            tx,
            backend: self.backend,
            entries: 0,
            head: None,
            overlay: Overlay::default(),
            rounds: self.rounds.clone(),
            commits: self.commits.clone(),
            committed: self.committed.clone(),
            _guard: guard,
        })
    }

    fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A connection from the pool, for reads written once for the pool and a `WriteTx`.
    async fn conn(&self) -> StoreResult<PoolConnection<Any>> {
        Ok(self.pool.acquire().await?)
    }
}

/// The transaction of one change and its journal entries (or of a batch of changes, each
/// with its own; see `commit_queue.rs`).
pub struct WriteTx {
    tx: Transaction<'static, Any>,
    backend: Backend,
    /// Journal entries appended in this transaction.
    entries: u64,
    /// The chain's end as this transaction left it, once read: under the writers' lock nobody
    /// else appends, so a batch reads the head once rather than once per entry.
    head: Option<Head>,
    /// Rounds folded inside this transaction, published to `rounds` only once it commits.
    overlay: Overlay,
    rounds: Arc<RoundCache>,
    /// This process's commit counter, bumped once the change is durable (see `app::cache`).
    commits: Arc<AtomicU64>,
    /// Told the new head once the change is durable, which wakes this process's followers.
    committed: Arc<watch::Sender<i64>>,
    _guard: Option<OwnedMutexGuard<()>>,
}

/// Where a `WriteTx` stood before one change of a batch, to go back to if the change fails.
#[derive(Clone, Copy)]
struct Mark {
    entries: u64,
    head: Option<Head>,
}

impl WriteTx {
    /// Appends a journal entry in this transaction, linked to the current head.
    pub async fn journal(&mut self, entry: NewEntry) -> StoreResult<Entry> {
        let head = match self.head {
            Some(head) => head,
            None => journal::head(&mut self.tx).await?,
        };
        let entry = crate::domain::journal::append(head, entry);
        journal::insert(&mut self.tx, &entry).await?;
        self.head = Some(Head {
            seq: entry.seq,
            hash: entry.hash,
        });
        self.entries += 1;
        Ok(entry)
    }

    pub async fn commit(self) -> StoreResult<()> {
        if self.entries == 0 {
            return Err(StoreError::Unjournaled);
        }
        let mut tx = self.tx;
        if self.backend == Backend::Postgres {
            // Delivered to every listening process when, and only if, this commits.
            postgres::notify_journal(&mut tx).await?;
        }
        tx.commit().await?;
        // Only what is durable may be reused by later reads and writes.
        self.rounds.publish(self.overlay);
        self.commits.fetch_add(1, Ordering::Release);
        if let Some(head) = self.head {
            self.committed.send_if_modified(|last| {
                let newer = head.seq > *last;
                if newer {
                    *last = head.seq;
                }
                newer
            });
        }
        Ok(())
    }

    fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    /// Opens a savepoint before one change of a batch (releasing the previous one in the same
    /// round trip), so that a failed change can be undone without the others.
    async fn savepoint(&mut self, release_previous: bool) -> StoreResult<Mark> {
        let sql = if release_previous {
            "RELEASE SAVEPOINT change; SAVEPOINT change"
        } else {
            "SAVEPOINT change"
        };
        self.conn().execute(sql).await?;
        Ok(Mark {
            entries: self.entries,
            head: self.head,
        })
    }

    /// Undoes the change since `mark`: its rows, its journal entries and what it folded.
    async fn roll_back_to(&mut self, mark: Mark) -> StoreResult<()> {
        self.conn().execute("ROLLBACK TO SAVEPOINT change").await?;
        self.entries = mark.entries;
        self.head = mark.head;
        // Rounds are folded again from the transaction's rows when next asked for.
        self.overlay = Overlay::default();
        Ok(())
    }
}

/// Pool sizes and timeouts common to both backends.
fn pool_options() -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(std::time::Duration::from_secs(10))
}
