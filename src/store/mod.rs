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
//! entry: a mutation and its journal entry are one transaction, by construction.

mod agenda;
mod amendments;
mod codec;
mod decisions;
mod events;
mod groups;
mod inbox;
mod journal;
mod journal_page;
mod lists;
mod meetings;
mod migrate;
mod postgres;
mod procedures;
mod seats;
mod sessions;
mod sqlite;
mod texts;
mod users;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sqlx::any::AnyPoolOptions;
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use thiserror::Error;
use tokio::sync::{Mutex, OwnedMutexGuard};

pub use agenda::{AgendaItemRecord, AttendanceRecord};
pub use amendments::{AmendmentRecord, AmendmentState};
pub use decisions::DecisionRecord;
pub use events::EventRecord;
pub use groups::GroupRecord;
pub use inbox::InboxRecord;
pub use journal::{JournalRow, SigningKeyRow};
pub use journal_page::JournalPages;
pub use meetings::{MeetingRecord, NewMeeting};
pub use procedures::{NewProcedure, ProcedureRecord};
pub use seats::{AuthorisationRecord, SeatRecord};
pub use sessions::{ApiTokenRecord, LiveSession, LiveToken, SessionRecord};
pub use texts::{LanguageVersionRecord, NewText, TextRecord, VersionRecord};
pub use users::{NewUser, UserRecord};

use crate::domain::journal::{Entry, Head, NewEntry};

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("a change was about to be committed without its journal entry")]
    Unjournaled,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(sqlx::Error),
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
    fn unique(error: sqlx::Error, what: &str) -> StoreError {
        match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                StoreError::Conflict(what.to_owned())
            }
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
            head: None,
            commits: self.commits.clone(),
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

/// The transaction of one change and its journal entries.
pub struct WriteTx {
    tx: Transaction<'static, Any>,
    /// The head after this transaction's last entry, once it appended one: writers are
    /// serialised, so no one else can move it, and a second entry need not read it again.
    head: Option<Head>,
    commits: Arc<AtomicU64>,
    _guard: Option<OwnedMutexGuard<()>>,
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
        Ok(entry)
    }

    pub async fn commit(self) -> StoreResult<()> {
        if self.head.is_none() {
            return Err(StoreError::Unjournaled);
        }
        self.tx.commit().await?;
        self.commits.fetch_add(1, Ordering::Release);
        Ok(())
    }

    fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

/// Pool sizes and timeouts common to both backends.
fn pool_options() -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(std::time::Duration::from_secs(10))
}
