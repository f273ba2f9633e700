//! Use cases: each public function checks who is asking with the rules of
//! `domain::access`, then reads or changes the record through the store, a change always in
//! one transaction with its journal entry. The web pages, the JSON API and the command line
//! all call these functions; none of them talks to the store for a change directly.

pub mod auth;
mod cache;
pub mod calendar;
pub mod comments;
pub mod demo;
pub mod followup;
pub mod groups;
pub mod journal;
pub mod live;
pub mod mail;
pub mod meetings;
pub mod papers;
pub mod procedures;
mod reads;
pub mod search;
pub mod texts;
pub mod users;

use std::sync::Arc;

use jiff::Timestamp;
use thiserror::Error;

use crate::domain::access::{Denied, Seat, Viewer};
use crate::domain::ids::UserId;
use crate::domain::journal::Head;
use crate::domain::message::Message;
use crate::domain::names::Username;
use crate::domain::validation::ValidationErrors;
use crate::store::{Store, StoreError, UserRecord};

/// Everything a request may fail with. What the caller reads is a message
/// (`domain::message`) that the answering layer writes in their language; `Display` is for
/// logs.
#[derive(Debug, Error)]
pub enum AppError {
    #[error("sign in first")]
    Unauthenticated,
    #[error("the username or password is not right")]
    BadCredentials,
    #[error("too many failed sign-in attempts; try again in {retry_after_minutes} minutes")]
    TooManyAttempts { retry_after_minutes: u64 },
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Forbidden(Message),
    #[error("some fields are not valid")]
    Invalid(ValidationErrors),
    /// A table (a CSV file) with bad rows: every one found, each with its row and field.
    #[error("some rows are not valid")]
    InvalidRows(Vec<crate::domain::figures::import::RowError>),
    #[error("{0}")]
    Conflict(Message),
    /// A body larger than the configured limit (an attachment), refused as it streamed in.
    #[error("{0}")]
    TooLarge(Message),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(what) => AppError::Conflict(what),
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<Denied> for AppError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::Invisible => AppError::NotFound,
            Denied::Forbidden(reason) => AppError::Forbidden(reason),
        }
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        AppError::Invalid(errors)
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// The records the use cases answer with: plain data read from the store, re-exported here so
/// that callers above `app` name them without reaching into the store.
pub mod records {
    pub use crate::store::{ActionLineRecord, LineReportRecord, RoadmapRecord};
    pub use crate::store::{
        AgendaItemRecord, AgreementRecord, AmendmentRecord, ApiTokenRecord, AttendanceRecord,
        AuthorisationRecord, DecisionRecord, EngagementRecord, EventRecord, GroupRecord,
        IndicatorRecord, LanguageVersionRecord, MeetingRecord, ObservationRecord, ProcedureRecord,
        SeatRecord, SessionRecord, TargetRecord, TextRecord, UserRecord,
    };
    pub use crate::store::{AttachmentRecord, CommentRecord, PaperRecord};
}

/// Settings the use cases need; built once from the configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    pub session_hours: i64,
    /// The largest attachment, in bytes.
    pub max_attachment_bytes: u64,
    /// Where the search index is kept; in memory (rebuilt at each start) when `None`.
    pub search_dir: Option<std::path::PathBuf>,
    /// How often the event stream reads the journal when no commit woke it (`live.rs`).
    pub live_poll: std::time::Duration,
    /// Where people reach the server (`Config::public_url`): links in mail start with it.
    pub public_url: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            session_hours: 12,
            max_attachment_bytes: crate::domain::attachment::DEFAULT_MAX_ATTACHMENT_BYTES,
            search_dir: None,
            live_poll: live::DEFAULT_POLL,
            public_url: "http://127.0.0.1:8080".to_owned(),
        }
    }
}

/// The server's clock. Tests (and only tests) use a manual one to reach a deadline without
/// waiting for it.
#[derive(Clone, Default)]
pub struct Clock(Option<Arc<std::sync::Mutex<Timestamp>>>);

impl Clock {
    pub fn system() -> Self {
        Clock(None)
    }

    pub fn manual(start: Timestamp) -> Self {
        Clock(Some(Arc::new(std::sync::Mutex::new(start))))
    }

    pub fn now(&self) -> Timestamp {
        match &self.0 {
            None => Timestamp::now(),
            Some(time) => *time.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }

    /// Moves a manual clock forward; the system clock cannot be moved.
    pub fn advance(&self, by: jiff::SignedDuration) {
        if let Some(time) = &self.0 {
            let mut time = time.lock().unwrap_or_else(|e| e.into_inner());
            *time = time.saturating_add(by).unwrap_or(*time);
        }
    }
}

/// The application: the store and the little state that lives beside it.
#[derive(Clone)]
pub struct App {
    store: Store,
    pub settings: Settings,
    pub clock: Clock,
    throttle: Arc<auth::SignInThrottle>,
    cache: Arc<cache::ReadCache>,
    searching: Arc<search::Searching>,
    live: Arc<live::Live>,
}

impl App {
    pub fn new(store: Store, settings: Settings) -> Self {
        Self::with_clock(store, settings, Clock::system())
    }

    pub fn with_clock(store: Store, settings: Settings, clock: Clock) -> Self {
        Self {
            searching: Arc::new(search::Searching::new(settings.search_dir.clone())),
            store,
            settings,
            clock,
            throttle: Arc::new(auth::SignInThrottle::default()),
            cache: Arc::default(),
            live: Arc::default(),
        }
    }

    /// Which database holds the record.
    pub fn backend(&self) -> crate::store::Backend {
        self.store.backend()
    }

    /// Whether the database answers, for the readiness probe.
    pub async fn ready(&self) -> AppResult<()> {
        Ok(self.store.ping().await?)
    }

    /// The server's clock decides; clients' clocks are never trusted.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The person behind a user id, as the rules see them.
    pub async fn caller(&self, user: UserId) -> AppResult<Caller> {
        let account = self.store.user_by_id(user).await?;
        self.caller_from(account, None).await
    }

    /// The person behind a username (for the operator's tools, where no one signs in).
    pub async fn caller_by_username(&self, username: &Username) -> AppResult<Caller> {
        let account = self
            .store
            .user_by_username(username)
            .await?
            .ok_or(AppError::NotFound)?;
        self.caller_from(account, None).await
    }

    /// The caller behind an account already read (with its session, say), and the journal's
    /// head read with it, if any (which lets the caller's reads use the cache).
    pub async fn caller_from(
        &self,
        account: UserRecord,
        journal_head: Option<Head>,
    ) -> AppResult<Caller> {
        if account.disabled {
            return Err(AppError::Unauthenticated);
        }
        let user = account.id;
        let seats = self.cached_seats_of_user(journal_head, user).await?;
        let viewer = Viewer {
            user,
            is_admin: account.is_admin,
            clearance: account.clearance,
            seats: seats
                .iter()
                .map(|seat| Seat {
                    group: seat.group,
                    party: seat.party.clone(),
                    standing: seat.standing,
                    role: seat.role,
                })
                .collect(),
        };
        Ok(Caller {
            viewer,
            account,
            journal_head,
        })
    }
}

/// A signed-in person: their account and their seats.
#[derive(Debug, Clone)]
pub struct Caller {
    pub viewer: Viewer,
    pub account: UserRecord,
    /// The journal's head read with the caller's credential, before anything else: the
    /// records of that state or later may come from the read cache (`cache.rs`).
    journal_head: Option<Head>,
}
