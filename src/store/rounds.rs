//! Procedures' events kept folded as they arrive, so that an act or a read costs the same
//! however long a procedure's history is. The events stay the truth: a folded round is only
//! ever `Round::open` plus `Round::fold` of the committed events up to the one it names, in
//! their order, which is what a replay of them gives (a property test in the domain shows it).
//!
//! The cache lives in the process; the database says what is new. Each use asks the database
//! for the events after the last one the cache covers (an indexed read that finds nothing when
//! the cache is current), so a round stays right when another process on the same PostgreSQL
//! database recorded acts: inside a `WriteTx` that read runs after the writers' lock. Event ids
//! grow in commit order, because events are only written under the writers' lock. A
//! transaction folds into its own overlay, published only once it has committed.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::Mutex;

use sqlx::AnyConnection;

use super::events::events_after;
use super::{Store, StoreResult, WriteTx};
use crate::domain::ids::ProcedureId;
use crate::domain::procedure::{Event, ProcedureRules, Round};

/// How many procedures' rounds are kept; past it the cache starts again empty (a round is
/// folded again from its events on its next use).
const CAPACITY: usize = 4096;

/// A round and the id of the last event folded into it (0: none).
#[derive(Clone)]
pub(super) struct Folded {
    last_event: i64,
    round: Round,
}

impl Folded {
    fn open(rules: &ProcedureRules) -> Self {
        Folded {
            last_event: 0,
            round: Round::open(rules.clone()),
        }
    }

    fn fold(&mut self, id: i64, event: &Event) {
        self.round.fold(event);
        self.last_event = id;
    }

    /// Folds in the events committed after the last one folded.
    async fn catch_up(
        &mut self,
        conn: &mut AnyConnection,
        procedure: ProcedureId,
    ) -> StoreResult<()> {
        for (id, record) in events_after(conn, procedure, self.last_event).await? {
            self.fold(id, &record.event);
        }
        Ok(())
    }
}

/// The rounds of committed events, shared by every request of the process.
#[derive(Default)]
pub(super) struct RoundCache {
    rounds: Mutex<HashMap<ProcedureId, Folded>>,
}

impl RoundCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<ProcedureId, Folded>> {
        // A map of derived values: whatever a panicking holder left is still a valid cache.
        self.rounds
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn get(&self, procedure: ProcedureId) -> Option<Folded> {
        self.lock().get(&procedure).cloned()
    }

    /// Keeps `folded` unless the cache already holds the round at a later event.
    fn keep(&self, procedure: ProcedureId, folded: Folded) {
        let mut rounds = self.lock();
        if rounds.len() >= CAPACITY && !rounds.contains_key(&procedure) {
            rounds.clear();
        }
        match rounds.entry(procedure) {
            Entry::Occupied(held) if held.get().last_event >= folded.last_event => {}
            Entry::Occupied(mut held) => {
                held.insert(folded);
            }
            Entry::Vacant(free) => {
                free.insert(folded);
            }
        }
    }

    /// Keeps what a committed transaction folded.
    pub(super) fn publish(&self, overlay: Overlay) {
        for (procedure, folded) in overlay.0 {
            self.keep(procedure, folded);
        }
    }
}

/// Rounds folded inside one transaction, over rows it may still roll back.
#[derive(Default)]
pub(super) struct Overlay(HashMap<ProcedureId, Folded>);

impl Store {
    /// The round of a procedure's committed events, folded up to the last of them.
    pub async fn procedure_round(
        &self,
        procedure: ProcedureId,
        rules: &ProcedureRules,
    ) -> StoreResult<Round> {
        let mut folded = self
            .rounds
            .get(procedure)
            .unwrap_or_else(|| Folded::open(rules));
        folded.catch_up(&mut *self.conn().await?, procedure).await?;
        let round = folded.round.clone();
        self.rounds.keep(procedure, folded);
        Ok(round)
    }
}

impl WriteTx {
    /// The round of a procedure as it stands inside this transaction, after the writers'
    /// lock: every event committed before it, and those this transaction recorded.
    pub async fn procedure_round(
        &mut self,
        procedure: ProcedureId,
        rules: &ProcedureRules,
    ) -> StoreResult<&Round> {
        let mut folded = match self.overlay.0.remove(&procedure) {
            Some(folded) => folded,
            None => self
                .rounds
                .get(procedure)
                .unwrap_or_else(|| Folded::open(rules)),
        };
        folded.catch_up(self.conn(), procedure).await?;
        Ok(&self.overlay.0.entry(procedure).or_insert(folded).round)
    }

    /// Folds an event this transaction just recorded into the round it holds, if it holds
    /// one (otherwise the event is folded from its row when the round is next asked for).
    pub(super) fn fold_recorded(&mut self, procedure: ProcedureId, id: i64, event: &Event) {
        if let Some(folded) = self.overlay.0.get_mut(&procedure) {
            if folded.last_event < id {
                folded.fold(id, event);
            }
        }
    }

    /// The round this transaction holds for `procedure`, as its last `procedure_round` or
    /// recorded event left it, without asking the database.
    pub fn folded_round(&self, procedure: ProcedureId) -> Option<&Round> {
        self.overlay.0.get(&procedure).map(|folded| &folded.round)
    }
}
