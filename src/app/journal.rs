//! Reading and checking the journal: the head, a reader's trimmed view, and the full
//! recomputation behind `majlis verify`; the server's signing key and the receipts it signs,
//! checked only under the key the journal published or the one a party pinned.

use super::{App, AppError, AppResult, Caller};
use crate::domain::access::{self, Viewer};
use crate::domain::journal::{Action, NewEntry, ObjectRef};
use crate::domain::marking::Marking;
use crate::domain::receipt::{
    self, KeyDisagreement, KeyEntryError, PublicKey, PublishedKey, Receipt, ReceiptError, StoredKey,
};
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use thiserror::Error;

use crate::domain::ids::{GroupId, TextId};
use crate::domain::journal::{Break, Entry, Head, JournalScope, Verifier};
use crate::domain::journal_stored::PayloadHasher;
use crate::domain::names::PartyCode;
use crate::store::{GroupRecord, JournalPages, JournalRow, StoreError};

/// One entry as a reader receives it: in full, or only its place and hash.
#[derive(Debug, Clone)]
pub enum JournalItem {
    Full(Box<Entry>),
    Redacted { seq: i64, hash: String },
}

/// Who may read one journal entry, with everything the rule needs already looked up, so
/// that deciding it for a reader (`admit`) is a comparison, without I/O: the journal page
/// decides it for one reader, the event stream for each of its subscribers.
#[derive(Debug, Clone)]
pub enum Readers {
    /// Decided by the scope alone (`access::read_journal_entry`).
    Scope(JournalScope),
    /// Decided by a marking (a text's, or the one written in the scope) and the group's chair
    /// (`access::see_marked`).
    Marked {
        group: GroupId,
        marking: Marking,
        chair: Option<PartyCode>,
    },
    /// Nobody: the entry is about a text that cannot be found.
    Nobody,
}

impl Readers {
    pub fn admit(&self, viewer: &Viewer) -> bool {
        match self {
            Readers::Scope(scope) => access::read_journal_entry(viewer, scope),
            Readers::Marked {
                group,
                marking,
                chair,
            } => access::see_marked(viewer, *group, marking, chair.clone()).is_ok(),
            Readers::Nobody => false,
        }
    }
}

/// Texts' markings and groups' chairs already looked up by `App::readers_of`.
#[derive(Default)]
pub(super) struct ReaderLookups {
    texts: HashMap<TextId, Option<(GroupId, Marking)>>,
    chairs: HashMap<GroupId, Option<PartyCode>>,
    groups: HashMap<GroupId, Arc<GroupRecord>>,
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

/// Rows per page when verifying, and pages fetched ahead of the check.
const VERIFY_PAGE: i64 = 4_096;
const VERIFY_AHEAD: usize = 2;
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
    /// Who may read each entry is worked out by `readers_of` (a text's marking and a group's
    /// chair looked up once per call) and decided by `Readers::admit`, the rule the event
    /// stream (`live.rs`) applies too.
    async fn trim(&self, caller: &Caller, rows: Vec<JournalRow>) -> AppResult<Vec<JournalItem>> {
        let mut lookups = ReaderLookups::default();
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let readable = match row.entry() {
                Ok(entry) => {
                    let readers = self
                        .readers_of(&entry.scope, Some(caller), &mut lookups)
                        .await?;
                    readers.admit(&caller.viewer).then_some(entry)
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

    /// Who may read an entry of `scope`, with what the rule needs from the record looked up
    /// (through `lookups`, once per text and per group): a text's marking and the group's
    /// chair now. `caller`, when there is one, lets the group come from the read cache.
    pub(super) async fn readers_of(
        &self,
        scope: &JournalScope,
        caller: Option<&Caller>,
        lookups: &mut ReaderLookups,
    ) -> AppResult<Readers> {
        Ok(match scope {
            JournalScope::Paper(_, text) => {
                let marked = match lookups.texts.get(text) {
                    Some(marked) => marked.clone(),
                    None => {
                        // A text that cannot be read (there is none) admits nobody.
                        let marked = match self.store.text(*text).await {
                            Ok(text) => Some((text.group, text.marking)),
                            Err(StoreError::NotFound) => None,
                            Err(error) => return Err(error.into()),
                        };
                        lookups.texts.insert(*text, marked.clone());
                        marked
                    }
                };
                match marked {
                    Some((group, marking)) => Readers::Marked {
                        chair: self.chair_for_readers(group, caller, lookups).await?,
                        group,
                        marking,
                    },
                    None => Readers::Nobody,
                }
            }
            JournalScope::Marked(group, marking) => Readers::Marked {
                chair: self.chair_for_readers(*group, caller, lookups).await?,
                group: *group,
                marking: marking.clone(),
            },
            scope => Readers::Scope(scope.clone()),
        })
    }

    async fn chair_for_readers(
        &self,
        group: GroupId,
        caller: Option<&Caller>,
        lookups: &mut ReaderLookups,
    ) -> AppResult<Option<PartyCode>> {
        if let Some(chair) = lookups.chairs.get(&group) {
            return Ok(chair.clone());
        }
        let record = self.group_for_readers(group, caller, lookups).await?;
        let chair = self.chair_of(&record).await?;
        lookups.chairs.insert(group, chair.clone());
        Ok(chair)
    }

    /// A group's record, read once per `lookups` (from the read cache when there is a caller).
    pub(super) async fn group_for_readers(
        &self,
        group: GroupId,
        caller: Option<&Caller>,
        lookups: &mut ReaderLookups,
    ) -> AppResult<Arc<GroupRecord>> {
        if let Some(record) = lookups.groups.get(&group) {
            return Ok(record.clone());
        }
        let record = match caller {
            Some(caller) => self.cached_group_by_id(caller, group).await?,
            None => Arc::new(self.store.group_by_id(group).await?),
        };
        lookups.groups.insert(group, record.clone());
        Ok(record)
    }

    /// Recomputes the whole chain from the first entry: pages are fetched ahead on the runtime
    /// while a blocking thread checks them, so the two overlap and neither stalls the server.
    pub async fn verify_journal(&self) -> AppResult<Result<ChainIntact, ChainBroken>> {
        let pages = self.store.journal_pages(VERIFY_PAGE, VERIFY_AHEAD);
        tokio::task::spawn_blocking(move || check_pages(pages))
            .await
            .map_err(|e| {
                AppError::Internal(anyhow::Error::new(e).context("checking the journal"))
            })?
    }
}

/// Checks every page in order, stopping at the first entry that fails.
fn check_pages(mut pages: JournalPages) -> AppResult<Result<ChainIntact, ChainBroken>> {
    let mut verifier = Verifier::new();
    let mut payloads = PayloadHasher::default();
    while let Some(rows) = pages.next_blocking() {
        for row in &rows? {
            // The quick path proves an untouched entry from its text; anything else is parsed
            // and checked in full, which names the first break exactly as before.
            if verifier.accepts_stored(&row.stored(), row.hash_payload(&mut payloads)) {
                continue;
            }
            let outcome = row
                .entry()
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

/// Where the key a receipt was checked under came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// The party pinned it when it took its first receipt.
    Pinned,
    /// The journal entry that published the installation's key.
    Journal { seq: i64 },
}

impl fmt::Display for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeySource::Pinned => f.write_str("the key you pinned"),
            KeySource::Journal { seq } => write!(f, "the key journal entry {seq} published"),
        }
    }
}

/// Why a kept receipt proves nothing about this journal, or shows that it changed.
#[derive(Debug, Error)]
pub enum ReceiptRefused {
    #[error("the journal published no signing key, so there is no key to trust; check the receipt under the key you kept when you took your first receipt")]
    NoPublishedKey,
    #[error("journal entry {seq}, which published the signing key, {reason}; check the receipt under the key you kept when you took your first receipt")]
    KeyEntry { seq: i64, reason: KeyEntryError },
    #[error("{error} (checked under {under})")]
    Refused {
        error: ReceiptError,
        under: KeySource,
    },
}

/// Why the installation's signing key cannot be trusted as it stands.
#[derive(Debug, Error)]
pub enum SigningKeyTrouble {
    #[error("journal entry {seq}, which published the signing key, {reason}")]
    KeyEntry { seq: i64, reason: KeyEntryError },
    #[error(transparent)]
    Disagreement(#[from] KeyDisagreement),
}

/// What the journal published and what the `signing_keys` table holds, read side by side.
struct KeyState {
    published: Option<Result<PublishedKey, (i64, KeyEntryError)>>,
    stored: Option<([u8; 32], StoredKey)>,
}

impl KeyState {
    /// The published key, when the table agrees with it (or neither has one yet).
    fn checked(&self) -> Result<Option<PublishedKey>, SigningKeyTrouble> {
        let published = match &self.published {
            None => None,
            Some(Ok(published)) => Some(*published),
            Some(Err((seq, reason))) => {
                return Err(SigningKeyTrouble::KeyEntry {
                    seq: *seq,
                    reason: reason.clone(),
                })
            }
        };
        receipt::agreement(published, self.stored.map(|(_, stored)| stored))?;
        Ok(published)
    }
}

fn secret_bytes(hex_text: &str) -> AppResult<[u8; 32]> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(hex_text, &mut bytes)
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("the signing secret")))?;
    Ok(bytes)
}

impl App {
    /// A receipt for the journal's current head, signed with the server's key (made, and its
    /// public half journaled, the first time one is asked for). The server refuses to sign
    /// under any key but the one its journal published: such a receipt would prove nothing.
    pub async fn receipt(&self) -> AppResult<Receipt> {
        let mut state = self.key_state().await?;
        if state.published.is_none() && state.stored.is_none() {
            self.make_signing_key().await?;
            state = self.key_state().await?;
        }
        let refuse =
            |why: anyhow::Error| AppError::Internal(why.context("refusing to sign a receipt"));
        state.checked().map_err(|trouble| refuse(trouble.into()))?;
        let Some((secret, _)) = state.stored else {
            return Err(refuse(anyhow::anyhow!("no signing key was kept")));
        };
        let head = self.store.journal_head().await?;
        Ok(receipt::sign(
            &secret,
            head.seq,
            head.hash,
            self.now().as_microsecond(),
        ))
    }

    /// Whether the `signing_keys` table still holds the key the journal published; `Ok(None)`
    /// when no receipt was ever asked for.
    pub async fn check_signing_key(
        &self,
    ) -> AppResult<Result<Option<PublishedKey>, SigningKeyTrouble>> {
        Ok(self.key_state().await?.checked())
    }

    async fn key_state(&self) -> AppResult<KeyState> {
        let published = self.store.journal_signing_key_entry().await?.map(|row| {
            row.entry()
                .map_err(KeyEntryError::Unreadable)
                .and_then(|entry| receipt::published_key(&entry))
                .map_err(|reason| (row.seq(), reason))
        });
        let stored = match self.store.signing_key().await? {
            None => None,
            Some(row) => {
                let secret = secret_bytes(&row.secret)?;
                let public = PublicKey::from_hex(&row.public).ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "the signing_keys table's public key is not 32 bytes of hex"
                    ))
                })?;
                Some((
                    secret,
                    StoredKey {
                        public,
                        signs_as: receipt::public_key(&secret),
                    },
                ))
            }
        };
        Ok(KeyState { published, stored })
    }

    async fn make_signing_key(&self) -> AppResult<()> {
        let secret = crate::app::auth::new_secret();
        let public = receipt::public_key(&secret_bytes(&secret)?);
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        match tx.insert_signing_key(&secret, &public.to_hex(), now).await {
            Ok(()) => {}
            // Another process made it first: use theirs.
            Err(crate::store::StoreError::Conflict(_)) => return Ok(()),
            Err(other) => return Err(other.into()),
        }
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: None,
            actor_party: None,
            scope: JournalScope::Installation,
            action: Action::InstallationSigningKey,
            object: ObjectRef::Installation,
            payload: receipt::key_payload(public),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Checks a kept receipt against this journal: signed under the trusted key (`pinned` by
    /// the party, or else the one the journal published, never the key the receipt names),
    /// and the entry it names still carries the hash it stated.
    pub async fn check_receipt(
        &self,
        kept: &Receipt,
        pinned: Option<PublicKey>,
    ) -> AppResult<Result<KeySource, ReceiptRefused>> {
        let (trusted, under) = match pinned {
            Some(key) => (key, KeySource::Pinned),
            None => match self.key_state().await?.published {
                None => return Ok(Err(ReceiptRefused::NoPublishedKey)),
                Some(Err((seq, reason))) => {
                    return Ok(Err(ReceiptRefused::KeyEntry { seq, reason }))
                }
                Some(Ok(published)) => (published.key, KeySource::Journal { seq: published.seq }),
            },
        };
        let recorded = self.store.journal_hash_at(kept.seq).await?;
        Ok(receipt::check(kept, trusted, recorded.as_deref())
            .map(|()| under)
            .map_err(|error| ReceiptRefused::Refused { error, under }))
    }
}
