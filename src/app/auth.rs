//! Signing in and out, sessions, API tokens, and the limits on guessing passwords.
//!
//! Secrets (session tokens, API tokens, calendar tokens) are random 256-bit values shown to
//! their owner once; the store keeps only their SHA-256. Passwords are hashed with argon2id
//! on the blocking pool, one hash per core at a time (`hashing`), so that hashing never
//! stalls the async runtime and a burst of sign-ins waits rather than exhausting memory.
//! A person sees and ends their own sessions and tokens here; a password change ends them
//! too (`app::users`).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rand::RngCore;
use sha2::{Digest, Sha256};

use super::{App, AppError, AppResult, Caller};
use crate::domain::ids::{ApiTokenId, SessionId};
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::names::{Label, Username};
use crate::domain::sign_in::{self, RecentFailures, Verdict, Window, FAILURE_WINDOW};
use crate::store::{ApiTokenRecord, SessionRecord};

mod hashing;
pub use hashing::hash_password;
pub(super) use hashing::verify_password;

const API_TOKEN_DAYS: i64 = 90;
/// How stale a session's "last seen" or a token's "last used" may get before a request
/// writes it again: a minute is precise enough for a person and spares a write per request.
const LAST_USE_RESOLUTION_MICROS: i64 = 60 * 1_000_000;
/// Past this many tracked keys, stale ones are swept on the next failure.
const SWEEP_ABOVE_KEYS: usize = 10_000;

/// A fresh random secret, as hex.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// What the store keeps of a secret.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A hash of a password nobody knows, checked when the username does not exist so that
/// a wrong username takes as long as a wrong password.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$2Iy6OPNlTbWYaqvvWtrw1GKn4Oc0z7PsDIFSv4MJMNY";

/// Remembers failed password checks (sign-ins, and the current password when changing it)
/// per account and address, per address, and per account, within the window; what they
/// mean is decided by `domain::sign_in`. Kept in memory: a restart forgets, which only
/// gives a guesser back one window's worth of tries.
///
/// An attempt counts as a failure from the moment it is admitted until it succeeds, and the
/// decision and the count are taken under one lock, so guesses sent in parallel cannot slip
/// past a limit before their failures are recorded.
#[derive(Default)]
pub struct SignInThrottle {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

/// A password check that was admitted: a failure until `SignInThrottle::succeeded`.
pub(super) struct PasswordAttempt {
    username: String,
    address: String,
    at: Instant,
}

impl SignInThrottle {
    fn keys(username: &str, address: &str) -> [String; 3] {
        let address = sign_in::address_key(address);
        [
            format!("pair:{username}\u{0}{address}"),
            format!("address:{address}"),
            format!("account:{username}"),
        ]
    }

    /// The failures that bear on an attempt, counted in `failures` at `now`.
    fn recent_in(
        failures: &mut HashMap<String, Vec<Instant>>,
        keys: &[String; 3],
        now: Instant,
    ) -> RecentFailures {
        let [pair, address, account] = keys.clone().map(|key| {
            let Some(times) = failures.get_mut(&key) else {
                return Window::default();
            };
            times.retain(|at| now.duration_since(*at) < FAILURE_WINDOW);
            Window {
                count: times.len(),
                oldest_age: times
                    .first()
                    .map_or(Duration::ZERO, |oldest| now.duration_since(*oldest)),
            }
        });
        RecentFailures {
            account_and_address: pair,
            address,
            account,
        }
    }

    /// Decides an attempt and, if it may go ahead, counts it as a failure until it
    /// succeeds. `Ok` holds the attempt and how long to wait before checking it.
    fn admit(
        &self,
        username: &str,
        address: &str,
    ) -> Result<(PasswordAttempt, Duration), Duration> {
        let now = Instant::now();
        let keys = Self::keys(username, address);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match sign_in::verdict(Self::recent_in(&mut failures, &keys, now)) {
            Verdict::Refuse { retry_after } => Err(retry_after),
            Verdict::Attempt { delay } => {
                if failures.len() > SWEEP_ABOVE_KEYS {
                    failures.retain(|_, times| {
                        times
                            .last()
                            .is_some_and(|last| now.duration_since(*last) < FAILURE_WINDOW)
                    });
                }
                for key in keys {
                    failures.entry(key).or_default().push(now);
                }
                let attempt = PasswordAttempt {
                    username: username.to_owned(),
                    address: address.to_owned(),
                    at: now,
                };
                Ok((attempt, delay))
            }
        }
    }

    /// The right password: the pair and the account start afresh, and the attempt no
    /// longer counts against the address (which keeps its other failures, so one success
    /// does not reset a guesser of many accounts).
    fn succeeded(&self, attempt: PasswordAttempt) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let [pair, address, account] = Self::keys(&attempt.username, &attempt.address);
        failures.remove(&pair);
        failures.remove(&account);
        if let Some(times) = failures.get_mut(&address) {
            if let Some(position) = times.iter().position(|at| *at == attempt.at) {
                times.remove(position);
            }
        }
    }

    #[cfg(test)]
    fn recent(&self, username: &str, address: &str) -> RecentFailures {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        Self::recent_in(
            &mut failures,
            &Self::keys(username, address),
            Instant::now(),
        )
    }
}

/// A new session: the cookie value (shown once) and its CSRF token.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
    pub max_age_seconds: i64,
    pub caller: Caller,
}

/// A new API token: its secret is returned this once.
pub struct NewApiToken {
    pub id: ApiTokenId,
    pub token: String,
    pub expires_at_micros: i64,
}

/// How a request proved who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    Session(SessionId),
    ApiToken(ApiTokenId),
}

/// An authenticated request's session, for CSRF checks and "this session" in lists.
#[derive(Debug, Clone)]
pub struct SessionCaller {
    pub caller: Caller,
    pub csrf_token: String,
    pub session: SessionId,
}

/// A request authenticated by an API token.
#[derive(Debug, Clone)]
pub struct TokenCaller {
    pub caller: Caller,
    pub token: ApiTokenId,
}

fn is_stale(last_use: Option<i64>, now: i64) -> bool {
    last_use.is_none_or(|at| now - at >= LAST_USE_RESOLUTION_MICROS)
}

impl App {
    /// Removes sessions past their end, so the table does not grow without bound.
    pub async fn end_expired_sessions(&self) -> AppResult<()> {
        self.store.delete_expired_sessions(self.now()).await?;
        Ok(())
    }

    /// Refuses a password check that the limits refuse, and holds back one that they slow
    /// down; the admitted attempt counts as a failure until `password_attempt_succeeded`.
    pub(super) async fn admit_password_attempt(
        &self,
        username_key: &str,
        address: &str,
    ) -> AppResult<PasswordAttempt> {
        match self.throttle.admit(username_key, address) {
            Err(retry_after) => Err(AppError::TooManyAttempts {
                retry_after_minutes: retry_after.as_secs().div_ceil(60).max(1),
            }),
            Ok((attempt, delay)) => {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                Ok(attempt)
            }
        }
    }

    pub(super) fn password_attempt_succeeded(&self, attempt: PasswordAttempt) {
        self.throttle.succeeded(attempt);
    }

    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        address: &str,
    ) -> AppResult<NewSession> {
        let username_key = username.trim().to_lowercase();
        let attempt = self.admit_password_attempt(&username_key, address).await?;
        let account = match Username::parse(&username_key) {
            Ok(username) => self.store.user_by_username(&username).await?,
            Err(_) => None,
        };
        let hash = account
            .as_ref()
            .map(|account| account.password_hash.clone())
            .unwrap_or_else(|| DECOY_HASH.to_owned());
        let matches = verify_password(password.to_owned(), hash).await?;
        let account = match account {
            Some(account) if matches && !account.disabled => account,
            _ => return Err(AppError::BadCredentials),
        };
        self.password_attempt_succeeded(attempt);
        let token = new_secret();
        let csrf_token = new_secret();
        let now = self.now();
        let max_age_seconds = self.settings.session_hours * 3600;
        self.store
            .insert_session(
                account.id,
                &secret_hash(&token),
                &csrf_token,
                now,
                now + jiff::SignedDuration::from_secs(max_age_seconds),
            )
            .await?;
        let caller = self.caller(account.id).await?;
        Ok(NewSession {
            token,
            csrf_token,
            max_age_seconds,
            caller,
        })
    }

    /// Ends the session behind a cookie.
    pub async fn sign_out(&self, token: &str) -> AppResult<()> {
        self.store.delete_session(&secret_hash(token)).await?;
        Ok(())
    }

    /// The caller behind a session cookie, if it is live.
    pub async fn session_caller(&self, token: &str) -> AppResult<SessionCaller> {
        let now = self.now();
        let live = self
            .store
            .live_session(&secret_hash(token), now)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        if is_stale(
            live.last_seen_at.map(|at| at.as_microsecond()),
            now.as_microsecond(),
        ) {
            self.store.touch_session(live.id, now).await?;
        }
        Ok(SessionCaller {
            caller: self.caller_from(live.account, live.journal_head).await?,
            csrf_token: live.csrf_token,
            session: live.id,
        })
    }

    /// The caller behind a bearer token, if it is live.
    pub async fn token_caller(&self, token: &str) -> AppResult<TokenCaller> {
        let now = self.now();
        let live = self
            .store
            .live_api_token(&secret_hash(token), now)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        if is_stale(
            live.last_used_at.map(|at| at.as_microsecond()),
            now.as_microsecond(),
        ) {
            self.store.touch_api_token(live.id, now).await?;
        }
        let account = self.store.user_by_id(live.user).await?;
        Ok(TokenCaller {
            caller: self.caller_from(account, live.journal_head).await?,
            token: live.id,
        })
    }

    /// Issues an API token for the caller; the token is returned once and kept hashed.
    pub async fn create_api_token(&self, caller: &Caller, name: Label) -> AppResult<NewApiToken> {
        let token = new_secret();
        let now = self.now();
        let expires = now + jiff::SignedDuration::from_hours(API_TOKEN_DAYS * 24);
        let mut tx = self.store.begin_write().await?;
        let id = tx
            .insert_api_token(
                caller.viewer.user,
                name.as_str(),
                &secret_hash(&token),
                now,
                expires,
            )
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::ApiTokenCreate,
            object: ObjectRef::User(caller.viewer.user),
            payload: Payload::new()
                .with("name", &name)
                .with("expires_at", expires.as_microsecond()),
        })
        .await?;
        tx.commit().await?;
        Ok(NewApiToken {
            id,
            token,
            expires_at_micros: expires.as_microsecond(),
        })
    }

    /// The caller's live API tokens (never their secrets).
    pub async fn api_tokens(&self, caller: &Caller) -> AppResult<Vec<ApiTokenRecord>> {
        Ok(self
            .store
            .api_tokens_of(caller.viewer.user, self.now())
            .await?)
    }

    /// Revokes one of the caller's API tokens; from then on it authenticates nothing.
    /// Someone else's token is `NotFound`, as if it did not exist.
    pub async fn revoke_api_token(&self, caller: &Caller, token: ApiTokenId) -> AppResult<()> {
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let name = tx.delete_api_token_of(caller.viewer.user, token).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::ApiTokenRevoke,
            object: ObjectRef::User(caller.viewer.user),
            payload: Payload::new().with("token", token).with("name", &name),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The caller's live sessions.
    pub async fn sessions(&self, caller: &Caller) -> AppResult<Vec<SessionRecord>> {
        Ok(self
            .store
            .sessions_of(caller.viewer.user, self.now())
            .await?)
    }

    /// Ends one of the caller's sessions (a credential, so not journaled). Someone else's
    /// session is `NotFound`.
    pub async fn end_session(&self, caller: &Caller, session: SessionId) -> AppResult<()> {
        Ok(self
            .store
            .delete_session_of(caller.viewer.user, session)
            .await?)
    }

    /// Signs out whatever authenticated the request: a session ends, a token is revoked.
    pub async fn end_credential(&self, caller: &Caller, credential: Credential) -> AppResult<()> {
        match credential {
            Credential::Session(session) => self.end_session(caller, session).await,
            Credential::ApiToken(token) => self.revoke_api_token(caller, token).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sign_in::{MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS};

    /// An admitted attempt that is never declared a success: a wrong password.
    fn fail(throttle: &SignInThrottle, username: &str, address: &str) {
        assert!(throttle.admit(username, address).is_ok());
    }

    #[test]
    fn failures_from_one_address_do_not_count_against_the_account_elsewhere() {
        let throttle = SignInThrottle::default();
        for _ in 0..MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS {
            fail(&throttle, "kz.envoy", "10.0.0.1");
        }
        let refused = throttle.admit("kz.envoy", "10.0.0.1");
        assert!(matches!(refused, Err(retry_after) if retry_after.as_secs() > 14 * 60));
        let elsewhere = throttle.recent("kz.envoy", "10.0.0.2");
        assert_eq!(elsewhere.account_and_address.count, 0);
        assert_eq!(elsewhere.account.count, 5);
        assert!(throttle.admit("kz.envoy", "10.0.0.2").is_ok());
    }

    #[test]
    fn attempts_in_flight_count_before_their_outcome_is_known() {
        let throttle = SignInThrottle::default();
        // Admitted and not yet answered, as parallel guesses would be.
        for _ in 0..MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS {
            assert!(throttle.admit("kz.envoy", "10.0.0.1").is_ok());
        }
        assert!(throttle.admit("kz.envoy", "10.0.0.1").is_err());
    }

    #[test]
    fn one_address_guessing_many_accounts_is_counted_across_them() {
        let throttle = SignInThrottle::default();
        for n in 0..MAX_FAILURES_PER_ADDRESS {
            fail(&throttle, &format!("user{n}"), "10.0.0.9");
        }
        assert!(throttle.admit("someone.else", "10.0.0.9").is_err());
        assert!(throttle.admit("someone.else", "10.0.0.10").is_ok());
    }

    #[test]
    fn a_success_clears_the_account_and_costs_the_address_nothing() {
        let throttle = SignInThrottle::default();
        fail(&throttle, "kz.envoy", "10.0.0.1");
        fail(&throttle, "kz.envoy", "10.0.0.1");
        let (attempt, _) = throttle.admit("kz.envoy", "10.0.0.1").expect("admitted");
        throttle.succeeded(attempt);
        let after = throttle.recent("kz.envoy", "10.0.0.1");
        assert_eq!(after.account.count, 0);
        assert_eq!(after.account_and_address.count, 0);
        assert_eq!(after.address.count, 2);
    }

    #[test]
    fn last_use_is_written_at_most_once_a_minute() {
        assert!(is_stale(None, 0));
        assert!(!is_stale(Some(0), LAST_USE_RESOLUTION_MICROS - 1));
        assert!(is_stale(Some(0), LAST_USE_RESOLUTION_MICROS));
    }

    #[test]
    fn secrets_are_random_and_stored_as_hashes() {
        let one = new_secret();
        assert_ne!(one, new_secret());
        assert_eq!(secret_hash(&one).len(), 64);
        assert_ne!(secret_hash(&one), one);
    }

    #[test]
    fn the_decoy_hash_is_well_formed() {
        assert!(argon2::password_hash::PasswordHash::new(DECOY_HASH).is_ok());
    }
}
