//! Signing in and out, sessions, API tokens and the limits on guessing passwords.
//!
//! Secrets (session tokens, API tokens, calendar tokens) are random 256-bit values shown to
//! their owner once; the store keeps only their SHA-256. Passwords are hashed with argon2id
//! on the blocking pool so that hashing never stalls the async runtime.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::{micros, App, AppError, AppResult, Caller};
use crate::domain::journal::{JournalScope, NewEntry, Payload};
use crate::domain::names::{Label, Username};
use crate::domain::password::NewPassword;

const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
const MAX_FAILURES_PER_ACCOUNT: usize = 5;
const MAX_FAILURES_PER_ADDRESS: usize = 30;
const API_TOKEN_DAYS: i64 = 90;

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

pub async fn hash_password(password: NewPassword) -> AppResult<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|error| anyhow::anyhow!("hashing a password failed: {error}"))
    })
    .await
    .map_err(anyhow::Error::from)?
    .map_err(AppError::Internal)
}

async fn verify_password(password: String, hash: String) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash)
            .map_err(|error| anyhow::anyhow!("a stored password hash is malformed: {error}"))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(anyhow::Error::from)?
    .map_err(AppError::Internal)
}

/// A hash of a password nobody knows, checked when the username does not exist so that
/// a wrong username takes as long as a wrong password.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$2Iy6OPNlTbWYaqvvWtrw1GKn4Oc0z7PsDIFSv4MJMNY";

/// Counts failed sign-ins per account and per client address within a sliding window.
#[derive(Default)]
pub struct SignInThrottle {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl SignInThrottle {
    fn keys(username: &str, address: &str) -> [(String, usize); 2] {
        [
            (format!("account:{username}"), MAX_FAILURES_PER_ACCOUNT),
            (format!("address:{address}"), MAX_FAILURES_PER_ADDRESS),
        ]
    }

    /// `Err` with the minutes to wait when either limit is reached.
    fn check(&self, username: &str, address: &str) -> AppResult<()> {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for (key, limit) in Self::keys(username, address) {
            let times = failures.entry(key).or_default();
            times.retain(|at| now.duration_since(*at) < FAILURE_WINDOW);
            if times.len() >= limit {
                let oldest = times.first().copied().unwrap_or(now);
                let wait = FAILURE_WINDOW.saturating_sub(now.duration_since(oldest));
                return Err(AppError::TooManyAttempts {
                    retry_after_minutes: wait.as_secs().div_ceil(60).max(1),
                });
            }
        }
        Ok(())
    }

    fn record_failure(&self, username: &str, address: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for (key, _) in Self::keys(username, address) {
            failures.entry(key).or_default().push(Instant::now());
        }
    }

    fn record_success(&self, username: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(&format!("account:{username}"));
    }
}

/// A new session: the cookie value (shown once) and its CSRF token.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
    pub max_age_seconds: i64,
    pub caller: Caller,
}

/// An authenticated request's session, for CSRF checks.
#[derive(Debug, Clone)]
pub struct SessionCaller {
    pub caller: Caller,
    pub csrf_token: String,
}

impl App {
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        address: &str,
    ) -> AppResult<NewSession> {
        let username_key = username.trim().to_lowercase();
        self.throttle.check(&username_key, address)?;
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
            _ => {
                self.throttle.record_failure(&username_key, address);
                return Err(AppError::BadCredentials);
            }
        };
        self.throttle.record_success(&username_key);
        let token = new_secret();
        let csrf_token = new_secret();
        let now = self.now();
        let max_age_seconds = self.settings.session_hours * 3600;
        self.store
            .insert_session(
                account.id,
                &secret_hash(&token),
                &csrf_token,
                micros(now),
                micros(now) + max_age_seconds * 1_000_000,
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

    pub async fn sign_out(&self, token: &str) -> AppResult<()> {
        self.store.delete_session(&secret_hash(token)).await?;
        Ok(())
    }

    /// The caller behind a session cookie, if it is live.
    pub async fn session_caller(&self, token: &str) -> AppResult<SessionCaller> {
        let (csrf_token, account) = self
            .store
            .session_account(&secret_hash(token), micros(self.now()))
            .await?
            .ok_or(AppError::Unauthenticated)?;
        Ok(SessionCaller {
            caller: self.caller_from(account).await?,
            csrf_token,
        })
    }

    /// The caller behind a bearer token, if it is live.
    pub async fn token_caller(&self, token: &str) -> AppResult<Caller> {
        let user = self
            .store
            .api_token_user(&secret_hash(token), micros(self.now()))
            .await?
            .ok_or(AppError::Unauthenticated)?;
        self.caller(user).await
    }

    /// Issues an API token for the caller; the token is returned once and kept hashed.
    pub async fn create_api_token(&self, caller: &Caller, name: Label) -> AppResult<(String, i64)> {
        let token = new_secret();
        let now = micros(self.now());
        let expires = now + API_TOKEN_DAYS * 86_400 * 1_000_000;
        let mut tx = self.store.begin_write().await?;
        tx.insert_api_token(
            caller.viewer.user,
            name.as_str(),
            &secret_hash(&token),
            now,
            expires,
        )
        .await?;
        tx.journal(NewEntry {
            at_micros: now,
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: "api_token.create",
            object: format!("user:{}", caller.viewer.user),
            payload: Payload::new()
                .with("name", &name)
                .with("expires_at", expires),
        })
        .await?;
        tx.commit().await?;
        Ok((token, expires))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_failure_for_an_account_is_refused() {
        let throttle = SignInThrottle::default();
        for _ in 0..MAX_FAILURES_PER_ACCOUNT {
            assert!(throttle.check("kz.envoy", "10.0.0.1").is_ok());
            throttle.record_failure("kz.envoy", "10.0.0.1");
        }
        assert!(matches!(
            throttle.check("kz.envoy", "10.0.0.2"),
            Err(AppError::TooManyAttempts {
                retry_after_minutes: 15
            })
        ));
        assert!(throttle.check("uz.envoy", "10.0.0.2").is_ok());
    }

    #[test]
    fn one_address_guessing_many_accounts_is_stopped() {
        let throttle = SignInThrottle::default();
        for n in 0..MAX_FAILURES_PER_ADDRESS {
            throttle.record_failure(&format!("user{n}"), "10.0.0.9");
        }
        assert!(throttle.check("someone.else", "10.0.0.9").is_err());
        assert!(throttle.check("someone.else", "10.0.0.10").is_ok());
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
        assert!(PasswordHash::new(DECOY_HASH).is_ok());
    }
}
