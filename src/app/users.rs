//! Accounts: created and disabled by the administrator (web, API or command line), password
//! changes (by the administrator or by the person, each ending the person's other
//! credentials), each person's own time zone and calendar feed.

use super::auth::{hash_password, new_secret, secret_hash, verify_password, Credential};
use super::{App, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{SessionId, UserId};
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::language::UiLanguage;
use crate::domain::mail::EmailAddress;
use crate::domain::marking::Classification;
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, Username};
use crate::domain::password::NewPassword;
use crate::domain::time::ZoneName;
use crate::domain::validation::ValidationErrors;
use crate::store::{ApiTokenRecord, GroupRecord, NewUser, SessionRecord, UserRecord};

/// What a password should not be built from: the person's username and name.
fn user_inputs(account: &UserRecord) -> [&str; 2] {
    [account.username.as_str(), account.display_name.as_str()]
}

/// A new account as the administrator describes it.
#[derive(Debug, Clone)]
pub struct AccountRequest {
    pub username: Username,
    pub display_name: Label,
    pub password: NewPassword,
    pub is_admin: bool,
    pub clearance: Classification,
    pub time_zone: ZoneName,
    pub email: Option<EmailAddress>,
}

/// Who did something: a person, or the installation itself (start-up, the command line).
#[derive(Debug, Clone, Copy)]
pub enum Actor<'a> {
    Person(&'a Caller),
    Installation,
}

impl Actor<'_> {
    pub(super) fn user(&self) -> Option<UserId> {
        match self {
            Actor::Person(caller) => Some(caller.viewer.user),
            Actor::Installation => None,
        }
    }

    /// The command line is run by whoever operates the installation, so it may administer.
    pub(super) fn administer(&self) -> AppResult<()> {
        match self {
            Actor::Person(caller) => Ok(access::administer(&caller.viewer)?),
            Actor::Installation => Ok(()),
        }
    }
}

impl App {
    pub async fn create_account(
        &self,
        actor: Actor<'_>,
        request: AccountRequest,
    ) -> AppResult<UserId> {
        actor.administer()?;
        let password_hash = hash_password(request.password).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let id = tx
            .insert_user(
                &NewUser {
                    username: request.username.clone(),
                    display_name: request.display_name.clone(),
                    password_hash,
                    is_admin: request.is_admin,
                    clearance: request.clearance,
                    time_zone: request.time_zone.clone(),
                    email: request.email.clone(),
                },
                now,
            )
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: actor.user(),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserCreate,
            object: ObjectRef::User(id),
            payload: Payload::new()
                .with("username", &request.username)
                .with("display_name", &request.display_name)
                .with("is_admin", request.is_admin)
                .with("clearance", request.clearance.as_str()),
        })
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn accounts(&self, actor: Actor<'_>) -> AppResult<Vec<UserRecord>> {
        actor.administer()?;
        Ok(self.store.users().await?)
    }

    pub async fn account_by_username(
        &self,
        actor: Actor<'_>,
        username: &Username,
    ) -> AppResult<UserRecord> {
        actor.administer()?;
        self.store
            .user_by_username(username)
            .await?
            .ok_or(super::AppError::NotFound)
    }

    /// The administrator (or the command line) sets a person's password. Every session and
    /// every API token of that person ends with it: whoever knew the old password, or holds
    /// a credential obtained with it, is out.
    pub async fn set_password(
        &self,
        actor: Actor<'_>,
        username: &Username,
        password: &str,
    ) -> AppResult<()> {
        let account = self.account_by_username(actor, username).await?;
        let password = NewPassword::parse(password, &user_inputs(&account))
            .map_err(|e| ValidationErrors::single("password", e.message()))?;
        self.replace_password(actor.user(), &account, password, None)
            .await
    }

    /// A person changes their own password, proving the current one (checked and limited
    /// like a sign-in from `address`). Every other session and every API token of theirs
    /// ends; the session they changed it from, if any, stays signed in.
    pub async fn change_own_password(
        &self,
        caller: &Caller,
        credential: Credential,
        address: &str,
        current_password: &str,
        new_password: &str,
    ) -> AppResult<()> {
        let account = &caller.account;
        let mut errors = ValidationErrors::new();
        let new_password = errors.check(
            "new_password",
            NewPassword::parse(new_password, &user_inputs(account)),
        );
        if new_password
            .as_ref()
            .is_some_and(|new| new.expose() == current_password)
        {
            errors.add(
                "new_password",
                Message::new("error-account-password-unchanged"),
            );
        }
        let attempt = self
            .admit_password_attempt(account.username.as_str(), address)
            .await?;
        let current_matches =
            verify_password(current_password.to_owned(), account.password_hash.clone()).await?;
        if current_matches {
            self.password_attempt_succeeded(attempt);
        } else {
            errors.add(
                "current_password",
                Message::new("error-account-wrong-current-password"),
            );
        }
        errors.into_result()?;
        let Some(new_password) = new_password else {
            return Err(ValidationErrors::single(
                "new_password",
                Message::new("error-account-missing"),
            )
            .into());
        };
        let keep = match credential {
            Credential::Session(session) => Some(session),
            Credential::ApiToken(_) => None,
        };
        self.replace_password(Some(caller.viewer.user), account, new_password, keep)
            .await
    }

    /// The one place a password changes: the new hash, the end of the person's other
    /// credentials and the journal entry, in one transaction.
    async fn replace_password(
        &self,
        actor: Option<UserId>,
        account: &UserRecord,
        password: NewPassword,
        keep: Option<SessionId>,
    ) -> AppResult<()> {
        let hash = hash_password(password).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_password_hash(account.id, &hash).await?;
        let tokens_revoked = tx.end_credentials(account.id, keep).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor,
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserPassword,
            object: ObjectRef::User(account.id),
            payload: Payload::new()
                .with("username", &account.username)
                .with("api_tokens_revoked", tokens_revoked),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables an account: it can no longer sign in, and its sessions and tokens end.
    pub async fn disable_account(&self, actor: Actor<'_>, username: &Username) -> AppResult<()> {
        let account = self.account_by_username(actor, username).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_disabled(account.id, true).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: actor.user(),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserDisable,
            object: ObjectRef::User(account.id),
            payload: Payload::new().with("username", &account.username),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_own_time_zone(&self, caller: &Caller, zone: ZoneName) -> AppResult<()> {
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_time_zone(caller.viewer.user, &zone).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserTimeZone,
            object: ObjectRef::User(caller.viewer.user),
            payload: Payload::new().with("time_zone", &zone),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves the interface language the caller chose; every page and answer is in it from
    /// their next request on, whatever their browser asks for.
    pub async fn set_own_language(&self, caller: &Caller, language: UiLanguage) -> AppResult<()> {
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_language(caller.viewer.user, language).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserLanguage,
            object: ObjectRef::User(caller.viewer.user),
            payload: Payload::new().with("language", language.tag()),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new secret address for the caller's calendar feed; the previous one stops working.
    pub async fn renew_calendar_token(&self, caller: &Caller) -> AppResult<String> {
        let token = new_secret();
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_calendar_token_hash(caller.viewer.user, &secret_hash(&token))
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserCalendarToken,
            object: ObjectRef::User(caller.viewer.user),
            payload: Payload::new(),
        })
        .await?;
        tx.commit().await?;
        Ok(token)
    }
}

/// What a person's profile page shows: the groups they sit in, their sessions and their
/// API tokens.
pub struct Profile {
    pub groups: Vec<GroupRecord>,
    pub sessions: Vec<SessionRecord>,
    pub tokens: Vec<ApiTokenRecord>,
}

impl App {
    /// The caller's own profile: only ever their own seats and credentials.
    pub async fn profile(&self, caller: &Caller) -> AppResult<Profile> {
        Ok(Profile {
            groups: self.groups_for(caller).await?,
            sessions: self.sessions(caller).await?,
            tokens: self.api_tokens(caller).await?,
        })
    }
}
