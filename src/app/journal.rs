//! Reading and checking the journal: the head, a reader's trimmed view, and the full
//! recomputation behind `majlis verify`.

use super::{micros, App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::journal::{NewEntry, Payload};
use crate::domain::receipt::{self, Receipt};
use std::collections::HashMap;

use crate::domain::ids::TextId;
use crate::domain::journal::{Break, Entry, Head, JournalScope, Verifier};
use crate::store::JournalRow;

/// One entry as a reader receives it: in full, or only its place and hash.
#[derive(Debug, Clone)]
pub enum JournalItem {
    Full(Box<Entry>),
    Redacted { seq: i64, hash: String },
}

/// An intact chain.
#[derive(Debug, Clone, Copy)]
pub struct ChainIntact {
    pub entries: i64,
    pub head: Head,
}

/// The first entry that fails, and why.
#[derive(Debug, Clone)]
pub struct ChainBroken {
    pub seq: i64,
    pub reason: String,
    pub intact_before: i64,
}

const VERIFY_PAGE: i64 = 1_000;
pub const MAX_PAGE: i64 = 500;

impl App {
    pub async fn journal_head(&self) -> AppResult<Head> {
        Ok(self.store.journal_head().await?)
    }

    /// Entries after `after` (of one group, when given), each in full if the caller may read
    /// it and redacted otherwise; a group the caller cannot see is `NotFound`.
    pub async fn journal_for(
        &self,
        caller: &Caller,
        group: Option<&str>,
        after: i64,
        limit: i64,
    ) -> AppResult<Vec<JournalItem>> {
        let group = match group {
            Some(code) => Some(self.group_for(caller, code).await?.id),
            None => None,
        };
        let rows = self
            .store
            .journal_rows(group, after, limit.clamp(1, MAX_PAGE))
            .await?;
        self.trim(caller, rows).await
    }

    /// The newest entries of a group, newest first, trimmed as `journal_for`.
    pub async fn latest_journal(
        &self,
        caller: &Caller,
        code: &str,
        limit: i64,
    ) -> AppResult<Vec<JournalItem>> {
        let group = self.group_for(caller, code).await?;
        let rows = self
            .store
            .journal_latest(group.id, limit.clamp(1, MAX_PAGE))
            .await?;
        self.trim(caller, rows).await
    }

    /// Shows each row in full when the caller may read it, otherwise only its place and hash.
    /// Entries about a text follow the text's marking, looked up once per text.
    async fn trim(&self, caller: &Caller, rows: Vec<JournalRow>) -> AppResult<Vec<JournalItem>> {
        let mut papers: HashMap<TextId, bool> = HashMap::new();
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let readable = match row.entry() {
                Ok(entry) => {
                    let allowed = match &entry.scope {
                        JournalScope::Paper(_, text) => match papers.get(text) {
                            Some(allowed) => *allowed,
                            None => {
                                let allowed = self.visible_text(caller, *text).await.is_ok();
                                papers.insert(*text, allowed);
                                allowed
                            }
                        },
                        scope => access::read_journal_entry(&caller.viewer, scope),
                    };
                    allowed.then_some(entry)
                }
                Err(_) => None,
            };
            items.push(match readable {
                Some(entry) => JournalItem::Full(Box::new(entry)),
                None => JournalItem::Redacted {
                    seq: row.seq(),
                    hash: row.hash_text().to_owned(),
                },
            });
        }
        Ok(items)
    }

    /// Recomputes the whole chain from the first entry.
    pub async fn verify_journal(&self) -> AppResult<Result<ChainIntact, ChainBroken>> {
        let mut verifier = Verifier::new();
        let mut after = 0;
        loop {
            let rows = self.store.journal_rows(None, after, VERIFY_PAGE).await?;
            let Some(last) = rows.last() else { break };
            after = last.seq();
            for row in &rows {
                let outcome = row
                    .entry()
                    .map_err(|reason| reason.to_string())
                    .and_then(|entry| verifier.check(&entry).map_err(|b: Break| b.to_string()));
                if let Err(reason) = outcome {
                    return Ok(Err(ChainBroken {
                        seq: row.seq(),
                        reason,
                        intact_before: verifier.head().seq,
                    }));
                }
            }
        }
        let head = verifier.head();
        Ok(Ok(ChainIntact {
            entries: head.seq,
            head,
        }))
    }
}

impl App {
    /// A receipt for the journal's current head, signed with the server's key (made, and its
    /// public half journaled, the first time one is asked for).
    pub async fn receipt(&self) -> AppResult<Receipt> {
        let secret = match self.store.signing_secret().await? {
            Some(secret) => secret,
            None => self.make_signing_key().await?,
        };
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(&secret, &mut bytes).map_err(|e| AppError::Internal(e.into()))?;
        let head = self.store.journal_head().await?;
        Ok(receipt::sign(
            &bytes,
            head.seq,
            head.hash,
            micros(self.now()),
        ))
    }

    async fn make_signing_key(&self) -> AppResult<String> {
        let secret = crate::app::auth::new_secret();
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(&secret, &mut bytes).map_err(|e| AppError::Internal(e.into()))?;
        let public = hex::encode(receipt::public_key(&bytes));
        let now = micros(self.now());
        let mut tx = self.store.begin_write().await?;
        match tx.insert_signing_key(&secret, &public, now).await {
            Ok(()) => {}
            // Another process made it first: use theirs.
            Err(crate::store::StoreError::Conflict(_)) => {
                return self.store.signing_secret().await?.ok_or(AppError::NotFound);
            }
            Err(other) => return Err(other.into()),
        }
        tx.journal(NewEntry {
            at_micros: now,
            actor: None,
            actor_party: None,
            scope: JournalScope::Installation,
            action: "installation.signing_key",
            object: "installation".to_owned(),
            payload: Payload::new()
                .with("public_key", &public)
                .with("algorithm", "ed25519"),
        })
        .await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// Checks a kept receipt against this journal: the signature, and that the entry it names
    /// still carries the hash it stated.
    pub async fn check_receipt(&self, kept: &Receipt) -> AppResult<Result<(), String>> {
        if let Err(error) = receipt::verify(kept) {
            return Ok(Err(error.to_string()));
        }
        match self.store.journal_hash_at(kept.seq).await? {
            Some(hash) if hash == kept.hash.to_hex() => Ok(Ok(())),
            Some(hash) => Ok(Err(format!("entry {} now has hash {hash}, but the receipt signed {}: the journal was rewritten", kept.seq, kept.hash))),
            None => Ok(Err(format!("entry {} is gone: the journal was cut back", kept.seq))),
        }
    }
}
