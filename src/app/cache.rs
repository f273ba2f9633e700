//! A read cache of journaled records, keyed by the journal's head.
//!
//! Every change to users, groups, seats, authorisations, meetings, agendas, action lines and
//! figures is one transaction with its journal entry, so the head of the journal (its last
//! sequence number and hash) names one state of all of them. A request reads the head from the database in
//! the same round trip as its session (`Store::live_session`), before it reads anything else;
//! records that another request read after seeing the same head are at least as new as that
//! head, so this request may reuse them. The head is never remembered by the process in place
//! of reading it, so a change made by another process on the same database is seen by the next
//! request; the hash makes a journal cut back and written again (a restored backup) a new head.
//!
//! A change committed by this process also bumps the store's count of commits, which empties
//! the cache: a request that reads again after its own change (with the head it saw before
//! the change) reads the database, not what it had cached.
//!
//! What is not journaled (sessions, tokens, passwords) is never kept here, and neither is a
//! rendered page: authorisation runs on every request, in the domain, on these records.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};

use super::AppResult;
use crate::domain::ids::{GroupId, IndicatorId, MeetingId, UserId};
use crate::domain::journal::Head;
use crate::domain::names::GroupCode;
use crate::store::{
    ActionLineRecord, AgendaItemRecord, AttendanceRecord, AuthorisationRecord, GroupRecord,
    MeetingRecord, ObservationRecord, SeatRecord,
};

/// Past this many records the cache starts afresh, so that memory stays bounded whatever
/// is asked for.
const MAX_ENTRIES: usize = 4096;

/// What a request saw before it read anything: the journal's head in the database, and how
/// many changes this process had committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadMark {
    head: Head,
    commits: u64,
}

impl ReadMark {
    pub(super) fn new(head: Head, commits: u64) -> Self {
        ReadMark { head, commits }
    }
}

/// The records read at one mark, by what they answer.
#[derive(Default)]
pub(super) struct Snapshot {
    mark: Option<ReadMark>,
    entries: usize,
    pub(super) groups: HashMap<GroupCode, Arc<Option<Arc<GroupRecord>>>>,
    pub(super) groups_by_id: HashMap<GroupId, Arc<GroupRecord>>,
    pub(super) seats_of_group: HashMap<GroupId, Arc<Vec<SeatRecord>>>,
    pub(super) seats_of_user: HashMap<UserId, Arc<Vec<SeatRecord>>>,
    pub(super) authorisations: HashMap<GroupId, Arc<Vec<AuthorisationRecord>>>,
    pub(super) meetings_of_group: HashMap<GroupId, Arc<Vec<MeetingRecord>>>,
    pub(super) meetings: HashMap<MeetingId, Arc<MeetingRecord>>,
    pub(super) agendas: HashMap<MeetingId, Arc<Vec<AgendaItemRecord>>>,
    pub(super) attendance: HashMap<MeetingId, Arc<Vec<AttendanceRecord>>>,
    pub(super) observations_of_group: HashMap<GroupId, Arc<Vec<ObservationRecord>>>,
    pub(super) observations: HashMap<IndicatorId, Arc<Vec<ObservationRecord>>>,
    pub(super) lines_of_group: HashMap<GroupId, Arc<Vec<ActionLineRecord>>>,
}

impl Snapshot {
    fn at(mark: ReadMark) -> Self {
        Snapshot {
            mark: Some(mark),
            ..Snapshot::default()
        }
    }
}

/// One of the snapshot's tables.
pub(super) type Table<K, V> = fn(&mut Snapshot) -> &mut HashMap<K, Arc<V>>;

/// The records of the latest mark seen; shared by every clone of an `App`.
#[derive(Default)]
pub struct ReadCache {
    snapshot: Mutex<Snapshot>,
}

impl ReadCache {
    /// The record `key` names in `table`, from the cache when it was read at `mark`, else
    /// by `read`. Without a mark (the operator's console, the demo loader) it always reads.
    pub(super) async fn get<K, V, R>(
        &self,
        mark: Option<ReadMark>,
        table: Table<K, V>,
        key: K,
        read: impl FnOnce() -> R,
    ) -> AppResult<Arc<V>>
    where
        K: Hash + Eq,
        R: Future<Output = AppResult<V>>,
    {
        let Some(mark) = mark else {
            return Ok(Arc::new(read().await?));
        };
        if let Some(found) = self.lookup(mark, table, &key) {
            return Ok(found);
        }
        let value = Arc::new(read().await?);
        self.keep(mark, table, key, value.clone());
        Ok(value)
    }

    fn lock(&self) -> MutexGuard<'_, Snapshot> {
        self.snapshot.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A hit at this very mark; any other mark starts a new snapshot. Requests that saw
    /// different heads (around a change) take turns at it for a moment, which costs a read,
    /// never a stale answer: only what was read after seeing a mark is kept under it.
    fn lookup<K: Hash + Eq, V>(
        &self,
        mark: ReadMark,
        table: Table<K, V>,
        key: &K,
    ) -> Option<Arc<V>> {
        let mut snapshot = self.lock();
        if snapshot.mark == Some(mark) {
            return table(&mut snapshot).get(key).cloned();
        }
        *snapshot = Snapshot::at(mark);
        None
    }

    /// Keeps what was read after seeing `mark`, if the snapshot is still that mark's.
    fn keep<K: Hash + Eq, V>(&self, mark: ReadMark, table: Table<K, V>, key: K, value: Arc<V>) {
        let mut snapshot = self.lock();
        if snapshot.mark != Some(mark) {
            return;
        }
        if snapshot.entries >= MAX_ENTRIES {
            *snapshot = Snapshot::at(mark);
        }
        snapshot.entries += 1;
        table(&mut snapshot).insert(key, value);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::domain::journal::Hash32;

    fn mark(seq: i64, commits: u64) -> ReadMark {
        let hash = Hash32::from_hex(&format!("{seq:064x}")).expect("hex");
        ReadMark::new(Head { seq, hash }, commits)
    }

    /// A cache of seats, and how many times the "database" was read.
    struct Reads {
        cache: ReadCache,
        count: AtomicUsize,
    }

    impl Reads {
        fn new() -> Self {
            Reads {
                cache: ReadCache::default(),
                count: AtomicUsize::new(0),
            }
        }

        /// The "seats" of user 1 at `mark`, as the database holds `stored` of them.
        async fn seats(&self, mark: Option<ReadMark>, stored: usize) -> usize {
            let read = || async {
                self.count.fetch_add(1, Ordering::SeqCst);
                Ok::<_, crate::app::AppError>(vec![seat(); stored])
            };
            let table: Table<UserId, Vec<SeatRecord>> = |s| &mut s.seats_of_user;
            let found = self.cache.get(mark, table, UserId::new(1), read).await;
            found.expect("read").len()
        }

        fn reads(&self) -> usize {
            self.count.load(Ordering::SeqCst)
        }
    }

    fn seat() -> SeatRecord {
        SeatRecord {
            group: GroupId::new(1),
            user: UserId::new(1),
            username: crate::domain::names::Username::parse("amy").expect("name"),
            display_name: crate::domain::names::Label::parse("Amy").expect("label"),
            party: None,
            standing: None,
            role: crate::domain::role::Role::Secretariat,
            title: String::new(),
        }
    }

    #[tokio::test]
    async fn a_second_read_at_the_same_head_is_served_from_the_cache() {
        let reads = Reads::new();
        assert_eq!(reads.seats(Some(mark(5, 0)), 1).await, 1);
        assert_eq!(
            reads.seats(Some(mark(5, 0)), 2).await,
            1,
            "the cached record"
        );
        assert_eq!(reads.reads(), 1);
    }

    #[tokio::test]
    async fn a_new_head_reads_the_database_again() {
        let reads = Reads::new();
        reads.seats(Some(mark(5, 0)), 1).await;
        assert_eq!(reads.seats(Some(mark(6, 0)), 2).await, 2);
        assert_eq!(reads.reads(), 2);
    }

    #[tokio::test]
    async fn a_journal_written_again_to_the_same_length_is_a_new_head() {
        let reads = Reads::new();
        reads.seats(Some(mark(5, 0)), 1).await;
        let rewritten = ReadMark::new(
            Head {
                seq: 5,
                hash: Hash32::from_hex(&"ab".repeat(32)).expect("hex"),
            },
            0,
        );
        assert_eq!(reads.seats(Some(rewritten), 2).await, 2);
    }

    #[tokio::test]
    async fn a_commit_of_this_process_reads_the_database_again() {
        let reads = Reads::new();
        reads.seats(Some(mark(5, 0)), 1).await;
        assert_eq!(reads.seats(Some(mark(5, 1)), 2).await, 2);
        assert_eq!(reads.reads(), 2);
    }

    #[tokio::test]
    async fn without_a_head_every_read_goes_to_the_database() {
        let reads = Reads::new();
        reads.seats(None, 1).await;
        assert_eq!(reads.seats(None, 2).await, 2);
        assert_eq!(reads.reads(), 2);
    }

    #[tokio::test]
    async fn what_was_read_at_an_older_head_is_not_kept_under_a_newer_one() {
        let reads = Reads::new();
        let table: Table<UserId, Vec<SeatRecord>> = |s| &mut s.seats_of_user;
        let user = UserId::new(1);
        // A slow request saw head 5 and misses; while it reads, another sees head 6.
        assert!(reads.cache.lookup(mark(5, 0), table, &user).is_none());
        assert_eq!(reads.seats(Some(mark(6, 0)), 2).await, 2);
        reads
            .cache
            .keep(mark(5, 0), table, user, Arc::new(vec![seat()]));
        assert_eq!(
            reads.seats(Some(mark(6, 0)), 3).await,
            2,
            "head 6's own record"
        );
        assert_eq!(reads.reads(), 1);
    }

    #[tokio::test]
    async fn the_cache_starts_afresh_past_its_bound() {
        let cache = ReadCache::default();
        let at = mark(1, 0);
        for user in 0..=MAX_ENTRIES as i64 {
            let table: Table<UserId, Vec<SeatRecord>> = |s| &mut s.seats_of_user;
            let read = || async { Ok::<_, crate::app::AppError>(Vec::new()) };
            cache
                .get(Some(at), table, UserId::new(user), read)
                .await
                .expect("read");
        }
        let snapshot = cache.lock();
        assert_eq!(snapshot.entries, 1);
        assert_eq!(snapshot.seats_of_user.len(), 1);
    }
}
