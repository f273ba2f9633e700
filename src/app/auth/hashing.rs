//! Password hashing (argon2id) under a bound: at most one hash per core runs at once, and
//! the rest wait their turn in a queue, so a burst of sign-ins costs time, never memory
//! without limit and never a refusal.
//!
//! Each hash needs 19 MiB of working memory (argon2's default `m_cost`). Run unbounded on
//! the blocking pool, 200 sign-ins at once would ask for nearly 4 GB; and even run one at a
//! time, glibc's malloc kept most of each 19 MiB resident after the hash ended (see
//! [`working_memory`]). Both are handled here, beside the only two calls into argon2.

use std::sync::{Arc, LazyLock};

use argon2::password_hash::{
    self, rand_core::OsRng, Decimal, Ident, Output, ParamsString, PasswordHash, PasswordHasher,
    PasswordVerifier, Salt, SaltString,
};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

use crate::app::{AppError, AppResult};
use crate::domain::password::NewPassword;

/// Hashes a new password (argon2id, default parameters, a fresh random salt) in its turn.
pub async fn hash_password(password: NewPassword) -> AppResult<String> {
    HASHING
        .run(move || {
            let salt = SaltString::generate(&mut OsRng);
            ReleasingArgon2
                .hash_password(password.expose().as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|error| anyhow::anyhow!("hashing a password failed: {error}"))
        })
        .await?
        .map_err(AppError::Internal)
}

/// Checks a password against a stored hash, in its turn.
pub async fn verify_password(password: String, hash: String) -> AppResult<bool> {
    HASHING
        .run(move || {
            let parsed = PasswordHash::new(&hash)
                .map_err(|error| anyhow::anyhow!("a stored password hash is malformed: {error}"))?;
            Ok(ReleasingArgon2
                .verify_password(password.as_bytes(), &parsed)
                .is_ok())
        })
        .await?
        .map_err(AppError::Internal)
}

/// The one queue for the whole process: the cores are the process's, whichever `App` asks.
static HASHING: LazyLock<HashQueue> = LazyLock::new(|| {
    HashQueue::new(std::thread::available_parallelism().map_or(1, |cores| cores.get()))
});

/// Runs CPU-heavy jobs on the blocking pool, at most `slots` at once; callers beyond that
/// wait (in order) for a slot rather than fail.
struct HashQueue {
    slots: Arc<Semaphore>,
}

impl HashQueue {
    fn new(slots: usize) -> Self {
        Self {
            slots: Arc::new(Semaphore::new(slots.max(1))),
        }
    }

    /// Waits for a slot, then runs `job` on the blocking pool. The slot travels with the
    /// job, not with the caller: a caller that gives up (a client that hung up) cannot free
    /// it while its job still runs and holds its memory.
    async fn run<T, F>(&self, job: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let slot = Arc::clone(&self.slots)
            .acquire_owned()
            .await
            .map_err(|closed| AppError::Internal(closed.into()))?;
        tokio::task::spawn_blocking(move || {
            let result = job();
            drop(slot);
            result
        })
        .await
        .map_err(|failed| AppError::Internal(failed.into()))
    }

    #[cfg(test)]
    fn free_slots(&self) -> usize {
        self.slots.available_permits()
    }
}

/// Argon2 as the `argon2` crate computes it, except that each hash's working memory comes
/// from [`working_memory`], so that it is given back to the system when the hash ends.
/// Implementing `PasswordHasher` gives the crate's own verification (a constant-time
/// comparison of the outputs) on top of it.
struct ReleasingArgon2;

impl PasswordHasher for ReleasingArgon2 {
    type Params = Params;

    /// As `argon2::Argon2`'s own implementation, with the memory supplied.
    fn hash_password_customized<'a>(
        &self,
        password: &[u8],
        algorithm: Option<Ident<'a>>,
        version: Option<Decimal>,
        params: Params,
        salt: impl Into<Salt<'a>>,
    ) -> password_hash::Result<PasswordHash<'a>> {
        let algorithm = algorithm
            .map(Algorithm::try_from)
            .transpose()?
            .unwrap_or_default();
        let version = version
            .map(Version::try_from)
            .transpose()?
            .unwrap_or_default();
        let salt = salt.into();
        let mut salt_bytes = [0u8; Salt::MAX_LENGTH];
        let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
        let output_len = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
        let mut memory = working_memory(params.block_count());
        let argon2 = Argon2::new(algorithm, version, params.clone());
        let output = Output::init_with(output_len, |out| {
            Ok(argon2.hash_password_into_with_memory(password, salt_bytes, out, &mut memory)?)
        })?;
        Ok(PasswordHash {
            algorithm: algorithm.ident(),
            version: Some(version.into()),
            params: ParamsString::try_from(&params)?,
            salt: Some(salt),
            hash: Some(output),
        })
    }
}

/// Any allocation larger than this is its own mapping under glibc's malloc, returned to the
/// system when freed: `DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit targets (mallopt(3)), the upper
/// bound of its dynamic mmap threshold.
const MALLOC_OWN_MAPPING_ABOVE: usize = 32 << 20;

/// Working memory for one hash of `blocks` argon2 blocks.
///
/// Argon2's 19 MiB is below glibc's bound, so after the first hash is freed glibc raises its
/// mmap threshold past it and serves later hashes from its heaps, where small allocations
/// made in between pin the freed space: the demo's 15 hashes, run one after another, left
/// about 220 MB resident for good. Reserving more than the bound keeps every hash in a
/// mapping of its own, unmapped when the hash ends. The pages past `blocks` are never
/// touched, so the reserve costs address space, not memory. Under other allocators it is
/// just a larger allocation, equally untouched.
fn working_memory(blocks: usize) -> Vec<Block> {
    let reserve = (MALLOC_OWN_MAPPING_ABOVE + 1).div_ceil(Block::SIZE);
    let mut memory = Vec::with_capacity(blocks.max(reserve));
    memory.resize(blocks, Block::default());
    memory
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tokio::sync::RwLock;

    use super::*;

    #[test]
    fn a_hash_made_here_is_byte_for_byte_the_one_argon2_makes() {
        let salt = SaltString::encode_b64(b"sixteen byte sal").expect("a valid salt");
        let ours = ReleasingArgon2
            .hash_password(b"correct horse battery", &salt)
            .expect("hashes")
            .to_string();
        let theirs = Argon2::default()
            .hash_password(b"correct horse battery", &salt)
            .expect("hashes")
            .to_string();
        assert_eq!(ours, theirs);
        assert!(ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    #[tokio::test]
    async fn a_hash_stored_by_argon2_verifies_with_its_password_only() {
        let salt = SaltString::generate(&mut OsRng);
        let stored = Argon2::default()
            .hash_password(b"correct horse battery", &salt)
            .expect("hashes")
            .to_string();
        assert!(
            verify_password("correct horse battery".into(), stored.clone())
                .await
                .expect("checks")
        );
        assert!(!verify_password("correct horse battery!".into(), stored)
            .await
            .expect("checks"));
    }

    #[tokio::test]
    async fn a_malformed_stored_hash_is_an_internal_error_not_a_wrong_password() {
        let checked = verify_password("anything".into(), "not a hash".into()).await;
        assert!(matches!(checked, Err(AppError::Internal(_))));
    }

    #[test]
    fn working_memory_holds_the_blocks_asked_for() {
        let memory = working_memory(Params::DEFAULT_M_COST as usize);
        assert_eq!(memory.len(), 19_456);
        assert!(memory.capacity() * Block::SIZE > MALLOC_OWN_MAPPING_ABOVE);
    }

    /// Jobs that each report when they start, then hold their slot until `gate` opens.
    struct Jobs {
        queue: Arc<HashQueue>,
        gate: Arc<RwLock<()>>,
        running: Arc<AtomicUsize>,
        most_at_once: Arc<AtomicUsize>,
        started: tokio::sync::mpsc::UnboundedSender<usize>,
    }

    impl Jobs {
        fn spawn(&self, n: usize) -> tokio::task::JoinHandle<AppResult<usize>> {
            let (gate, running, most, started) = (
                Arc::clone(&self.gate),
                Arc::clone(&self.running),
                Arc::clone(&self.most_at_once),
                self.started.clone(),
            );
            let queue = Arc::clone(&self.queue);
            tokio::spawn(async move {
                queue
                    .run(move || {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        let _ = started.send(n);
                        drop(gate.blocking_read());
                        running.fetch_sub(1, Ordering::SeqCst);
                        n
                    })
                    .await
            })
        }
    }

    fn jobs(slots: usize) -> (Jobs, tokio::sync::mpsc::UnboundedReceiver<usize>) {
        let (started, receiver) = tokio::sync::mpsc::unbounded_channel();
        let jobs = Jobs {
            queue: Arc::new(HashQueue::new(slots)),
            gate: Arc::new(RwLock::new(())),
            running: Arc::new(AtomicUsize::new(0)),
            most_at_once: Arc::new(AtomicUsize::new(0)),
            started,
        };
        (jobs, receiver)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn at_most_as_many_jobs_as_slots_run_while_the_rest_wait_and_all_complete() {
        let (jobs, mut started) = jobs(2);
        let closed = jobs.gate.write().await;
        let handles: Vec<_> = (0..20).map(|n| jobs.spawn(n)).collect();
        // Two jobs are running and hold both slots; eighteen wait for one.
        started.recv().await.expect("a first job starts");
        started.recv().await.expect("a second job starts");
        assert_eq!(jobs.queue.free_slots(), 0);
        assert_eq!(jobs.running.load(Ordering::SeqCst), 2);
        drop(closed);
        let mut finished = Vec::new();
        for handle in handles {
            finished.push(handle.await.expect("joins").expect("runs"));
        }
        assert_eq!(finished, (0..20).collect::<Vec<_>>());
        assert_eq!(jobs.most_at_once.load(Ordering::SeqCst), 2);
        assert_eq!(jobs.queue.free_slots(), 2);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_caller_that_gives_up_leaves_its_slot_taken_until_its_job_ends() {
        let (jobs, mut started) = jobs(1);
        let closed = jobs.gate.write().await;
        let caller = jobs.spawn(0);
        started.recv().await.expect("the job starts");
        caller.abort();
        assert!(caller.await.is_err_and(|e| e.is_cancelled()));
        assert_eq!(jobs.queue.free_slots(), 0);
        drop(closed);
        // The next job gets the slot once the abandoned one has finished.
        assert_eq!(jobs.queue.run(|| 7).await.expect("runs"), 7);
        assert_eq!(jobs.most_at_once.load(Ordering::SeqCst), 1);
    }
}
