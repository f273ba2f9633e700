//! Group commit: changes that arrive while the writers' lock is held wait here, and the next
//! writer writes all of them in one transaction, so that one durable commit (one fsync) is paid
//! per batch rather than per change.
//!
//! Each change still runs on its own, in arrival order, against the record as the changes
//! before it in the batch left it; each has a savepoint of its own, so a change that fails (a
//! refused act, a failed statement, a change without its journal entry) is undone and answered
//! with its own error while the others go on. Nothing is answered before the commit: every
//! change of the batch is answered once the batch is durable, or, if the commit fails, with
//! that failure, and then none of them is recorded. The journal stays one linear chain: the
//! changes append their entries one after another inside the one transaction.

use std::sync::Mutex as StdMutex;

use std::future::Future;
use std::pin::Pin;

use tokio::sync::{oneshot, Mutex};

use super::{Store, StoreError, StoreResult, WriteTx};

/// A boxed future that may be sent between threads, as a change's work returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// At most this many changes go into one transaction; the rest wait for the next one.
const MAX_BATCH: usize = 256;

/// A change as the queue sees it: something to run inside the batch's transaction, and
/// someone to answer once the batch's fate is known.
trait Change: Send {
    /// Runs the change; `true` if it succeeded and is to be kept.
    fn run<'a>(&'a mut self, tx: &'a mut WriteTx) -> BoxFuture<'a, bool>;
    /// The change failed for a reason of the batch's, not its own (e.g. it wrote no journal
    /// entry): it is undone and answered with this.
    fn fail(&mut self, error: StoreError);
    /// Answers the caller: with the change's own result if the batch committed.
    fn answer(self: Box<Self>, committed: &Result<(), String>);
}

type Work<T, E> = Box<dyn for<'a> FnOnce(&'a mut WriteTx) -> BoxFuture<'a, Result<T, E>> + Send>;

struct Pending<T, E> {
    work: Option<Work<T, E>>,
    result: Option<Result<T, E>>,
    reply: oneshot::Sender<Result<T, E>>,
}

impl<T: Send, E: Send + From<StoreError>> Change for Pending<T, E> {
    fn run<'a>(&'a mut self, tx: &'a mut WriteTx) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            let Some(work) = self.work.take() else {
                return false;
            };
            let result = work(tx).await;
            let kept = result.is_ok();
            self.result = Some(result);
            kept
        })
    }

    fn fail(&mut self, error: StoreError) {
        self.result = Some(Err(E::from(error)));
    }

    fn answer(self: Box<Self>, committed: &Result<(), String>) {
        let answer = match (committed, self.result) {
            (Ok(()), Some(result)) => result,
            (Ok(()), None) => Err(E::from(StoreError::BatchFailed(
                "the change was not run".into(),
            ))),
            (Err(failure), _) => Err(E::from(StoreError::BatchFailed(failure.clone()))),
        };
        // A caller that stopped waiting (its client went away) needs no answer.
        let _ = self.reply.send(answer);
    }
}

/// The changes waiting for the writers' lock, and the lock of the one batch being written.
#[derive(Default)]
pub(super) struct CommitQueue {
    waiting: StdMutex<Vec<Box<dyn Change>>>,
    writing: std::sync::Arc<Mutex<()>>,
}

impl CommitQueue {
    fn push(&self, change: Box<dyn Change>) {
        self.lock_waiting().push(change);
    }

    fn take_batch(&self) -> Vec<Box<dyn Change>> {
        let mut waiting = self.lock_waiting();
        let taken = waiting.len().min(MAX_BATCH);
        let rest = waiting.split_off(taken);
        std::mem::replace(&mut *waiting, rest)
    }

    fn lock_waiting(&self) -> std::sync::MutexGuard<'_, Vec<Box<dyn Change>>> {
        // The list stays whole even if a holder panicked: it is only pushed to and split.
        self.waiting
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Store {
    /// Makes one change in a transaction shared with the changes waiting beside it, and
    /// answers once that transaction is durable. `work` runs inside the transaction after the
    /// writers' lock, against the record as the changes before it left it; an `Err` from it
    /// undoes only this change. Like a `WriteTx` of its own, the change must append a journal
    /// entry to be kept.
    pub async fn write_batched<T, E>(
        &self,
        work: impl for<'a> FnOnce(&'a mut WriteTx) -> BoxFuture<'a, Result<T, E>> + Send + 'static,
    ) -> Result<T, E>
    where
        T: Send + 'static,
        E: Send + From<StoreError> + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.queue.push(Box::new(Pending {
            work: Some(Box::new(work)),
            result: None,
            reply,
        }));
        let writing = self.queue.writing.clone().lock_owned().await;
        let batch = self.queue.take_batch();
        if batch.is_empty() {
            // A writer before us took this change into its batch.
            drop(writing);
        } else {
            // The batch is written by a task of its own, so that a caller who stops waiting
            // cannot abandon the changes of the others half written.
            let store = self.clone();
            tokio::spawn(async move {
                store.write_batch(batch).await;
                drop(writing);
            });
        }
        answer.await.unwrap_or_else(|_| {
            Err(E::from(StoreError::BatchFailed(
                "the batch was abandoned".into(),
            )))
        })
    }

    async fn write_batch(&self, mut batch: Vec<Box<dyn Change>>) {
        let committed = self
            .run_batch(&mut batch)
            .await
            .map_err(|error| error.to_string());
        for change in batch {
            change.answer(&committed);
        }
    }

    /// Runs each change under its own savepoint and commits what was kept.
    async fn run_batch(&self, batch: &mut [Box<dyn Change>]) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        for (index, change) in batch.iter_mut().enumerate() {
            let mark = tx.savepoint(index > 0).await?;
            let kept = change.run(&mut tx).await;
            if kept && tx.entries == mark.entries {
                change.fail(StoreError::Unjournaled);
            }
            if !kept || tx.entries == mark.entries {
                tx.roll_back_to(mark).await?;
            }
        }
        if tx.entries == 0 {
            // Every change was refused: there is nothing to commit.
            return Ok(());
        }
        tx.commit().await
    }
}
