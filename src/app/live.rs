//! Live updates: every journal entry a subscriber may read, as soon as it is committed
//! (`GET /api/v1/events`).
//!
//! One task per process follows the journal (`follow`): woken by this process's commits and,
//! on PostgreSQL, by every other process's (`store::JournalWakeups`), and by a slow poll in
//! case a wake-up was lost, it reads the new rows once, works out who may read each
//! (`App::readers_of`, the journal page's rule: a text's marking and a group's chair are
//! looked up once per entry, not once per subscriber) and sends the batch to every
//! subscriber through one `broadcast` channel. Each subscriber then only asks
//! `Readers::admit` of its own viewer, which does no I/O. Nothing is ever queued for a
//! subscriber about an entry it may not read: not even its number.
//!
//! A subscriber keeps its own place (`last`): what it missed (resuming after `Last-Event-ID`,
//! or a batch it fell too far behind to receive) it reads from the journal itself, through the
//! same rule, so the stream has no gap and no repeat. The task starts with the first
//! subscriber and stops when the last one has gone.
//!
//! Rights are kept current: the credential is checked again (and the person's seats read
//! again) before a batch holding an entry that may change them (accounts, a group's
//! structure) is judged, and at least every `RECHECK_EVERY`; a session or token that ended,
//! or a person disabled, ends the stream.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::broadcast::{self, error::RecvError};
use tokio::sync::watch;
use tokio::time::Instant;

use super::journal::{ReaderLookups, Readers};
use super::{App, AppResult, Caller};
use crate::domain::ids::GroupId;
use crate::domain::journal::{Action, JournalScope, ObjectRef};
use crate::domain::names::GroupCode;
use crate::store::JournalRow;

/// Rows read from the journal at a time.
const PAGE: i64 = 500;

/// Batches a subscriber may fall behind before it reads what it missed from the journal.
const BACKLOG: usize = 256;

/// How often a subscriber's credential and seats are read again when nothing else asks.
pub const RECHECK_EVERY: Duration = Duration::from_secs(30);

/// How often the journal is read when no wake-up came (a lost notification, another
/// process on SQLite).
pub const DEFAULT_POLL: Duration = Duration::from_secs(2);

/// One new journal entry, with who may read it.
#[derive(Debug)]
struct LiveEntry {
    seq: i64,
    readers: Readers,
    /// What is sent about it; `None` for a row that no longer reads as an entry, which is
    /// shown to nobody, as the journal page shows it as a stub (`majlis verify` names it).
    event: Option<LiveEvent>,
}

impl LiveEntry {
    /// Whether the entry may change who may read what (an account, a seat, a group's
    /// structure): the subscriber's rights are read again before it is judged.
    fn may_change_rights(&self) -> bool {
        matches!(
            self.readers,
            Readers::Scope(JournalScope::Installation | JournalScope::GroupAdministration(_))
        )
    }
}

type Batch = Arc<Vec<LiveEntry>>;

/// The batches sent to this process's subscribers, and whether the task that reads them runs.
pub(super) struct Live {
    sender: broadcast::Sender<Batch>,
    following: Mutex<bool>,
    /// Set when the server shuts down: every stream ends, so that the connections close.
    closing: watch::Sender<bool>,
}

impl Default for Live {
    fn default() -> Self {
        Live {
            sender: broadcast::Sender::new(BACKLOG),
            following: Mutex::new(false),
            closing: watch::Sender::new(false),
        }
    }
}

/// The credential a subscriber presented, kept to check it again while the stream lasts.
#[derive(Clone)]
pub enum Presented {
    Session(String),
    Bearer(String),
}

impl std::fmt::Debug for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Presented::Session(_) => "Session(..)",
            Presented::Bearer(_) => "Bearer(..)",
        })
    }
}

/// One subscriber's stream of the entries it may read.
pub struct Subscription {
    app: App,
    caller: Caller,
    credential: Presented,
    receiver: broadcast::Receiver<Batch>,
    closing: watch::Receiver<bool>,
    /// The last entry judged for this subscriber (sent or not).
    last: i64,
    /// Whether everything committed before the subscriber joined the broadcast was read.
    caught_up: bool,
    checked_at: Instant,
    ready: VecDeque<LiveEvent>,
}

/// What a subscriber is sent about an entry it may read.
#[derive(Debug, Clone)]
pub struct LiveEvent {
    pub seq: i64,
    pub action: Action,
    pub object: ObjectRef,
    /// The code of the group whose business it is, if any.
    pub group: Option<GroupCode>,
}

impl App {
    /// The caller behind a credential presented again.
    async fn caller_presenting(&self, credential: &Presented) -> AppResult<Caller> {
        Ok(match credential {
            Presented::Session(token) => self.session_caller(token).await?.caller,
            Presented::Bearer(token) => self.token_caller(token).await?.caller,
        })
    }

    /// Subscribes `caller` to the entries it may read after `after` (`None`: after the
    /// journal's head now, so only new ones).
    pub async fn subscribe(
        &self,
        caller: Caller,
        credential: Presented,
        after: Option<i64>,
    ) -> AppResult<Subscription> {
        // Joined before the head is read, so that nothing committed from then on is missed.
        let receiver = self.live_receiver();
        let last = match after {
            Some(after) => after,
            None => self.store.journal_head().await?.seq,
        };
        Ok(Subscription {
            app: self.clone(),
            caller,
            credential,
            receiver,
            closing: self.live.closing.subscribe(),
            last,
            caught_up: false,
            checked_at: Instant::now(),
            ready: VecDeque::new(),
        })
    }

    /// Ends every event stream of this process (the server is shutting down: an open stream
    /// would otherwise hold its connection, and the shutdown, for ever).
    pub fn end_live_streams(&self) {
        self.live.closing.send_replace(true);
    }

    /// A receiver of the broadcast, starting the task that feeds it if it is not running.
    fn live_receiver(&self) -> broadcast::Receiver<Batch> {
        let mut following = self
            .live
            .following
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let receiver = self.live.sender.subscribe();
        if !*following {
            *following = true;
            tokio::spawn(self.clone().follow());
        }
        receiver
    }

    /// The task that reads the journal as it grows and broadcasts each batch, until nobody
    /// listens. It starts at the head: a subscriber reads what came before it itself.
    async fn follow(self) {
        let mut wakeups = self.store.journal_wakeups().await;
        let mut after = loop {
            match self.store.journal_head().await {
                Ok(head) => break head.seq,
                // Never from the start instead: that would send every subscriber the past.
                Err(error) => {
                    tracing::warn!(%error, "the event stream cannot read the journal's head");
                    tokio::time::sleep(self.settings.live_poll).await;
                }
            }
        };
        let mut poll = tokio::time::interval(self.settings.live_poll);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        poll.tick().await;
        loop {
            loop {
                match self.live_page(after, i64::MAX, None).await {
                    Ok(batch) if batch.is_empty() => break,
                    Ok(batch) => {
                        after = batch.last().map_or(after, |entry| entry.seq);
                        let full = batch.len() as i64 >= PAGE;
                        // No receiver left is not an error here: it is seen below.
                        let _ = self.live.sender.send(Arc::new(batch));
                        if !full {
                            break;
                        }
                    }
                    Err(error) => {
                        // Tried again at the next wake-up; subscribers read any gap themselves.
                        tracing::warn!(%error, "the event stream cannot read the journal");
                        break;
                    }
                }
            }
            {
                let mut following = self
                    .live
                    .following
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if self.live.sender.receiver_count() == 0 {
                    *following = false;
                    return;
                }
            }
            tokio::select! {
                () = wakeups.next() => {}
                _ = poll.tick() => {}
            }
        }
    }

    /// Up to `PAGE` entries after `after` and before `before`, each with who may read it
    /// (looked up once for the page), in order.
    async fn live_page(
        &self,
        after: i64,
        before: i64,
        caller: Option<&Caller>,
    ) -> AppResult<Vec<LiveEntry>> {
        let limit = PAGE.min(before.saturating_sub(after).saturating_sub(1));
        if limit <= 0 {
            return Ok(Vec::new());
        }
        let rows = self.store.journal_rows(None, after, limit).await?;
        let mut lookups = ReaderLookups::default();
        let mut codes: HashMap<GroupId, GroupCode> = HashMap::new();
        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            entries.push(
                self.live_entry(&row, caller, &mut lookups, &mut codes)
                    .await?,
            );
        }
        Ok(entries)
    }

    async fn live_entry(
        &self,
        row: &JournalRow,
        caller: Option<&Caller>,
        lookups: &mut ReaderLookups,
        codes: &mut HashMap<GroupId, GroupCode>,
    ) -> AppResult<LiveEntry> {
        let entry = match row.entry() {
            Ok(entry) => entry,
            Err(reason) => {
                tracing::warn!(seq = row.seq(), %reason, "a journal row cannot be read");
                return Ok(LiveEntry {
                    seq: row.seq(),
                    readers: Readers::Nobody,
                    event: None,
                });
            }
        };
        let readers = self.readers_of(&entry.scope, caller, lookups).await?;
        let group = match entry.scope.group() {
            Some(id) => match codes.get(&id) {
                Some(code) => Some(code.clone()),
                None => {
                    let code = self
                        .group_for_readers(id, caller, lookups)
                        .await?
                        .code
                        .clone();
                    codes.insert(id, code.clone());
                    Some(code)
                }
            },
            None => None,
        };
        Ok(LiveEntry {
            seq: entry.seq,
            readers,
            event: Some(LiveEvent {
                seq: entry.seq,
                action: entry.action,
                object: entry.object,
                group,
            }),
        })
    }
}

impl Subscription {
    /// The next entry the subscriber may read, waiting for it; `None` when the stream ends
    /// (the credential no longer holds, or the journal cannot be read: the client resumes).
    pub async fn next(&mut self) -> Option<LiveEvent> {
        loop {
            if let Some(entry) = self.ready.pop_front() {
                return Some(entry);
            }
            if !self.caught_up {
                // What was committed before this subscriber joined, or while it lagged.
                let page = self.read_journal(i64::MAX).await?;
                self.caught_up = page < PAGE as usize;
                continue;
            }
            let received = tokio::select! {
                _ = self.closing.wait_for(|closing| *closing) => return None,
                received = tokio::time::timeout_at(
                    self.checked_at + RECHECK_EVERY,
                    self.receiver.recv(),
                ) => received,
            };
            let batch = match received {
                Err(_) => {
                    self.recheck().await?;
                    continue;
                }
                Ok(Ok(batch)) => batch,
                Ok(Err(RecvError::Lagged(_))) => {
                    self.caught_up = false;
                    continue;
                }
                Ok(Err(RecvError::Closed)) => return None,
            };
            let Some(first) = batch.first().map(|entry| entry.seq) else {
                continue;
            };
            // Entries before the batch that this subscriber has not judged yet: read them
            // from the journal, one page at a time, before the batch.
            while self.last + 1 < first {
                if self.read_journal(first).await? == 0 {
                    break;
                }
            }
            self.judge(&batch).await?;
        }
    }

    /// Reads one page of the journal after `last` (before `before`) and judges it; how many
    /// entries it held, or `None` if the journal cannot be read.
    async fn read_journal(&mut self, before: i64) -> Option<usize> {
        let page = self
            .app
            .live_page(self.last, before, Some(&self.caller))
            .await;
        match page {
            Ok(page) => {
                self.judge(&page).await?;
                Some(page.len())
            }
            Err(error) => {
                tracing::warn!(%error, "an event stream cannot read the journal; it ends");
                None
            }
        }
    }

    /// Keeps the entries after `last` that the subscriber may read, judged on the person's
    /// rights as they are now: read again first when one of the entries may have changed
    /// them, or when they were last read long ago. `None` when the credential no longer holds.
    async fn judge(&mut self, entries: &[LiveEntry]) -> Option<()> {
        let new = entries.iter().filter(|entry| entry.seq > self.last);
        if self.checked_at.elapsed() >= RECHECK_EVERY
            || new.clone().any(LiveEntry::may_change_rights)
        {
            self.recheck().await?;
        }
        for entry in entries {
            if entry.seq <= self.last {
                continue;
            }
            self.last = entry.seq;
            if let Some(event) = &entry.event {
                if entry.readers.admit(&self.caller.viewer) {
                    self.ready.push_back(event.clone());
                }
            }
        }
        Some(())
    }

    /// Reads the caller again from its credential; `None` when it no longer holds.
    async fn recheck(&mut self) -> Option<()> {
        match self.app.caller_presenting(&self.credential).await {
            Ok(caller) => {
                self.caller = caller;
                self.checked_at = Instant::now();
                Some(())
            }
            Err(error) => {
                tracing::debug!(%error, "an event stream's credential no longer holds; it ends");
                None
            }
        }
    }
}
