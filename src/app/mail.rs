//! Mail (issue 10): people are told, in their own language, when their party is asked for a
//! position or a silence opens, a day before a deadline their party has not answered, and
//! when a decision is adopted; each chooses which, or a daily digest.
//!
//! Mail follows the journal, as the search index and the event stream do: one task per
//! process (`spawn`) is woken by every commit (`store::JournalWakeups`, and a poll), reads
//! the entries after the follower's place kept in the database, and turns each into mails
//! queued in the outbox together with the new place, so a restart catches up and nothing is
//! told twice (every mail has a unique key of what it is about and for whom). Who is told is
//! decided per recipient at the moment of queueing with the rules the pages use
//! (`visible_text`, i.e. `access::see_marked`): nobody is told of what they may not see. A
//! second task sends what is queued through the relay, claiming each mail first, and tries a
//! refused one again later (`domain::mail::retry_after`); nothing a request does waits for
//! it. Without a relay, mails stay queued, and the log says so once.

use std::sync::Arc;
use std::time::Duration;

use jiff::SignedDuration;
use tokio::sync::Notify;

use super::{App, AppError, AppResult, Caller};
use crate::domain::ids::ProcedureId;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::language::UiLanguage;
use crate::domain::mail::{
    digest_due, reminder_due, retry_after, EmailAddress, MailKind, MailPreferences,
};
use crate::domain::procedure::attention::{attention, Attention};
use crate::domain::procedure::{decide, Event, OutcomeKind};
use crate::domain::role::Role;
use crate::mail::{compose, compose_digest, Facts, Notice, Relay};
use crate::store::{GroupRecord, NewMail, ProcedureRecord, TextRecord};

/// Journal entries read at a time.
const PAGE: i64 = 200;

/// How often the journal is read and the outbox looked at when nothing woke the tasks; also
/// how often deadlines and digests are looked for.
const POLL: Duration = Duration::from_secs(1);

/// How long a sender holds a mail it claimed before another may try it.
const LEASE: SignedDuration = SignedDuration::from_secs(120);

impl App {
    /// What the caller asked to be told.
    pub async fn mail_preferences(&self, caller: &Caller) -> AppResult<MailPreferences> {
        Ok(self.store.mail_preferences(caller.viewer.user).await?)
    }

    /// Saves what the caller wants to be told and, when given, their address (`Some(None)`
    /// removes it), in one transaction journaled like their language. The journal says that
    /// the address changed, never the address: more people read it than the profile.
    pub async fn set_own_mail_settings(
        &self,
        caller: &Caller,
        preferences: MailPreferences,
        email: Option<Option<EmailAddress>>,
    ) -> AppResult<()> {
        let now = self.now();
        let user = caller.viewer.user;
        let mut tx = self.store.begin_write().await?;
        tx.set_mail_preferences(user, preferences).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(user),
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::UserMailPreferences,
            object: ObjectRef::User(user),
            payload: Payload::new()
                .with("asked", preferences.asked)
                .with("deadline", preferences.deadline)
                .with("adopted", preferences.adopted)
                .with("digest", preferences.digest),
        })
        .await?;
        if let Some(email) = email {
            tx.set_email(user, email.as_ref()).await?;
            tx.journal(NewEntry {
                at_micros: now.as_microsecond(),
                actor: Some(user),
                actor_party: None,
                scope: JournalScope::Installation,
                action: Action::UserEmail,
                object: ObjectRef::User(user),
                payload: Payload::new().with("email_set", email.is_some()),
            })
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Turns the journal's entries after the follower's place into queued mails, a page at a
    /// time, each page's mails queued with the place after it; returns how many were queued.
    pub async fn queue_mail_from_journal(&self) -> AppResult<u64> {
        let head = self.store.journal_head().await?.seq;
        let mut at = self.store.mail_follower_place(head).await?;
        let mut queued = 0;
        while at < head {
            let rows = self.store.journal_rows(None, at, PAGE).await?;
            let Some(last) = rows.last().map(|row| row.seq()) else {
                break;
            };
            let mut mails = Vec::new();
            for row in &rows {
                // A row that no longer reads as an entry tells nobody anything.
                let Ok(entry) = row.entry() else { continue };
                match (entry.action, &entry.object) {
                    (Action::ProcedureOpen, ObjectRef::Procedure(id)) => {
                        mails.extend(self.mails_of_opening(*id, row.seq()).await?);
                    }
                    (Action::ProcedureClose, ObjectRef::Procedure(id)) => {
                        mails.extend(self.mails_of_adoption(*id, row.seq()).await?);
                    }
                    _ => {}
                }
            }
            queued += self
                .store
                .queue_mails(&mails, self.now(), Some(last))
                .await?;
            at = last;
        }
        Ok(queued)
    }

    /// The mails of a procedure that opened: to the people of each member party.
    async fn mails_of_opening(&self, id: ProcedureId, seq: i64) -> AppResult<Vec<NewMail>> {
        let procedure = self.store.procedure(id).await?;
        let notice = Notice::Asked {
            kind: procedure.rules.kind,
        };
        let members = procedure.rules.members.clone();
        self.mails_to_people(
            &procedure,
            MailKind::Asked,
            |seat_party| seat_party.is_some_and(|party| members.contains(party)),
            notice,
            &format!("asked:{seq}"),
        )
        .await
    }

    /// The mails of a procedure that closed: when it adopted a decision, to everyone in the
    /// group who may see it.
    async fn mails_of_adoption(&self, id: ProcedureId, seq: i64) -> AppResult<Vec<NewMail>> {
        let procedure = self.store.procedure(id).await?;
        if procedure.recorded_outcome != Some(OutcomeKind::Adopted) {
            return Ok(Vec::new());
        }
        let Some(decision) = self.store.decision_of_procedure(id).await? else {
            return Ok(Vec::new());
        };
        let notice = Notice::Adopted {
            symbol: decision.symbol.clone(),
            at: decision.adopted_at,
        };
        self.mails_to_people(
            &procedure,
            MailKind::Adopted,
            |_| true,
            notice,
            &format!("adopted:{seq}"),
        )
        .await
    }

    /// Queues the reminders of every open procedure whose deadline is a day away, to the
    /// people of each member party that the inbox says still needs to answer.
    pub async fn queue_deadline_reminders(&self) -> AppResult<u64> {
        let now = self.now();
        let mut mails = Vec::new();
        let soon = now + SignedDuration::from_hours(24);
        for procedure in self.store.unclosed_procedures_due(soon).await? {
            let rules = &procedure.rules;
            if !reminder_due(rules.opened_at, rules.deadline, now) {
                continue;
            }
            let events: Vec<Event> = self
                .store
                .procedure_events(procedure.id)
                .await?
                .into_iter()
                .map(|e| e.event)
                .collect();
            let state = decide(rules, &events, now);
            if !state.outcome.is_open() {
                continue;
            }
            let waiting: Vec<_> = rules
                .members
                .iter()
                .filter(|party| {
                    attention(rules, &state, Some(party), now) == Some(Attention::NeedsYourParty)
                })
                .cloned()
                .collect();
            let notice = Notice::Deadline { kind: rules.kind };
            let key = format!(
                "deadline:{}:{}",
                procedure.id.get(),
                state.deadline.as_microsecond()
            );
            mails.extend(
                self.mails_to_people(
                    &procedure,
                    MailKind::Deadline,
                    |seat_party| seat_party.is_some_and(|party| waiting.contains(party)),
                    notice,
                    &key,
                )
                .await?,
            );
        }
        Ok(self.store.queue_mails(&mails, now, None).await?)
    }

    /// One mail for each person of the procedure's group whose seat `concerns` picks, who has
    /// an address, wants `kind`, and may see the text now, in their language.
    async fn mails_to_people(
        &self,
        procedure: &ProcedureRecord,
        kind: MailKind,
        concerns: impl Fn(Option<&crate::domain::names::PartyCode>) -> bool,
        notice: Notice,
        key: &str,
    ) -> AppResult<Vec<NewMail>> {
        let group = self.store.group_by_id(procedure.group).await?;
        let mut mails = Vec::new();
        for seat in self.store.seats_of_group(group.id).await? {
            let party_seat = seat.role != Role::Secretariat;
            if !concerns(seat.party.as_ref().filter(|_| party_seat)) {
                continue;
            }
            let account = self.store.user_by_id(seat.user).await?;
            let Some(address) = account.email.clone() else {
                continue;
            };
            if account.disabled {
                continue;
            }
            let preferences = self.store.mail_preferences(seat.user).await?;
            if !preferences.wants(kind) {
                continue;
            }
            let caller = match self.caller_from(account, None).await {
                Ok(caller) => caller,
                Err(AppError::Unauthenticated) => continue,
                Err(other) => return Err(other),
            };
            // The pages' own rule, for this person, now: what they may not see, they are
            // not told of.
            let text = match self.visible_text(&caller, procedure.text).await {
                Ok((_, text, _)) => text,
                Err(AppError::NotFound) => continue,
                Err(other) => return Err(other),
            };
            let body = self.latest_body(&text).await?;
            let written = compose(&Facts {
                language: mail_language(&caller, &group),
                zone: &caller.account.time_zone,
                notice: notice.clone(),
                group: group.code.as_str(),
                title: text.title.as_str(),
                party: seat.party.as_ref().map(|p| p.as_str()),
                classification: text.marking.classification,
                body: &body,
                deadline: procedure.rules.deadline,
                link: self.link_to(&notice, procedure).await?,
                profile: format!("{}/me", self.settings.public_url),
            });
            mails.push(NewMail {
                dedupe: format!("{key}:{}:{}", kind.as_str(), seat.user.get()),
                user: seat.user,
                recipient: address.to_string(),
                subject: written.subject,
                body: written.body,
                digest: preferences.digest,
            });
        }
        Ok(mails)
    }

    async fn latest_body(&self, text: &TextRecord) -> AppResult<String> {
        let versions = self.store.versions(text.id).await?;
        Ok(versions.last().map(|v| v.body.clone()).unwrap_or_default())
    }

    /// The page a notice points at: the decision once adopted, else the procedure.
    async fn link_to(&self, notice: &Notice, procedure: &ProcedureRecord) -> AppResult<String> {
        let base = &self.settings.public_url;
        if let Notice::Adopted { .. } = notice {
            if let Some(decision) = self.store.decision_of_procedure(procedure.id).await? {
                return Ok(format!("{base}/decisions/{}", decision.id.get()));
            }
        }
        Ok(format!("{base}/procedures/{}", procedure.id.get()))
    }

    /// Turns each person's waiting notices into their digest once it is due (the morning
    /// after the oldest, in their zone); returns how many digests were queued.
    pub async fn queue_due_digests(&self) -> AppResult<u64> {
        let now = self.now();
        let mut queued = 0;
        for (user, oldest) in self.store.digests_waiting().await? {
            let account = self.store.user_by_id(user).await?;
            if digest_due(oldest, &account.time_zone) > now {
                continue;
            }
            let Some(address) = account.email.clone() else {
                continue;
            };
            let language = account.language.unwrap_or_default();
            let written = self
                .store
                .collect_digest(user, now, |items| {
                    let last = items.last()?.id;
                    let pairs: Vec<(String, String)> = items
                        .iter()
                        .map(|item| (item.subject.clone(), item.body.clone()))
                        .collect();
                    let digest = compose_digest(language, &pairs);
                    Some(NewMail {
                        dedupe: format!("digest:{}:{last}", user.get()),
                        user,
                        recipient: address.to_string(),
                        subject: digest.subject,
                        body: digest.body,
                        digest: false,
                    })
                })
                .await?;
            if written {
                queued += 1;
            }
        }
        Ok(queued)
    }

    /// Sends every mail due through `relay`; returns how many the relay took. A refusal is
    /// recorded with its reason and tried again later.
    pub async fn send_due_mail(&self, relay: &Relay) -> AppResult<u64> {
        let mut sent = 0;
        while let Some(mail) = self.store.claim_mail(self.now(), LEASE).await? {
            match relay.send(&mail.recipient, &mail.subject, &mail.body).await {
                Ok(()) => {
                    self.store.mail_sent(mail.id, self.now()).await?;
                    sent += 1;
                }
                Err(error) => {
                    let attempts = u32::try_from(mail.attempts).unwrap_or(u32::MAX);
                    let retry_at = self.now() + retry_after(attempts);
                    tracing::warn!(mail = mail.id, attempts, %error, "the mail relay did not take a mail; trying again later");
                    self.store
                        .mail_failed(mail.id, retry_at, &format!("{error:#}"))
                        .await?;
                }
            }
        }
        Ok(sent)
    }

    /// The outbox as it stands (the operator's view, and the tests').
    pub async fn outbox(&self) -> AppResult<Vec<crate::store::OutboxRecord>> {
        Ok(self.store.outbox().await?)
    }
}

/// The language a person is written to in: their saved choice, else the group's first
/// working language, else English.
fn mail_language(caller: &Caller, group: &GroupRecord) -> UiLanguage {
    caller
        .account
        .language
        .or_else(|| {
            UiLanguage::first_offered(group.languages.iter().map(|language| language.as_str()))
        })
        .unwrap_or_default()
}

/// Starts the mail tasks of this process: the follower that queues (always, so nothing is
/// lost while no relay is configured) and, with a relay, the sender. The follower's place is
/// fixed before this returns, so every entry committed afterwards is mailed.
pub async fn start(app: App, relay: Option<Relay>) -> AppResult<()> {
    let head = app.store.journal_head().await?.seq;
    app.store.mail_follower_place(head).await?;
    let wake_sender = Arc::new(Notify::new());
    tokio::spawn(follow(app.clone(), wake_sender.clone()));
    match relay {
        Some(relay) => {
            tokio::spawn(send(app, relay, wake_sender));
        }
        None => tracing::warn!(
            "no mail relay configured (MAJLIS_SMTP_URL): mails are queued in the database and sent once one is"
        ),
    }
    Ok(())
}

async fn follow(app: App, wake_sender: Arc<Notify>) {
    let mut wakeups = app.store.journal_wakeups().await;
    loop {
        let mut queued = 0;
        for step in [
            app.queue_mail_from_journal().await,
            app.queue_deadline_reminders().await,
            app.queue_due_digests().await,
        ] {
            match step {
                Ok(count) => queued += count,
                Err(error) => tracing::warn!(%error, "could not queue mail"),
            }
        }
        if queued > 0 {
            wake_sender.notify_one();
        }
        tokio::select! {
            () = wakeups.next() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
}

async fn send(app: App, relay: Relay, wake: Arc<Notify>) {
    loop {
        if let Err(error) = app.send_due_mail(&relay).await {
            tracing::warn!(%error, "could not send mail");
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
}
