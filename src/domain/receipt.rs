//! Signed receipts of the journal's head (DOMAIN.md §7): the server signs "entry N has hash H"
//! with its Ed25519 key, and a party keeps the receipt. If whoever runs the server later
//! rewrites the journal, the receipt no longer matches the chain and the signature proves
//! what the chain said before. A signature proves something only under a key the checker
//! already trusts: the key the journal published when the installation first signed (its
//! `installation.signing_key` entry), or the key a party pinned when it took its first receipt.
//! The key written inside a receipt is never trusted on its own, since anyone can sign a
//! made-up head with a key of their own.

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use thiserror::Error;

use super::journal::{entry_hash, payload_key, Action, Entry, Hash32, Payload};

const RECEIPT_TAG: &[u8] = b"majlis/journal/receipt/v1";

/// The only signature algorithm receipts use, as the key's entry and the API name it.
pub const ALGORITHM: &str = "ed25519";

/// An Ed25519 public key: 32 bytes, written as 64 hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    pub fn of_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text.trim(), &mut bytes).ok()?;
        Some(Self(bytes))
    }

    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.to_hex())
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// What a receipt states, and the signature over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub seq: i64,
    pub hash: Hash32,
    /// Microseconds since the epoch, UTC.
    pub signed_at_micros: i64,
    /// The key the receipt says it was signed under; only a claim until compared with a
    /// trusted key.
    pub public_key: PublicKey,
    pub signature: [u8; 64],
}

/// Why a kept receipt does not prove what it states about this journal.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReceiptError {
    #[error("the expected key {0} is not a valid Ed25519 key")]
    BadKey(PublicKey),
    #[error("the receipt was signed under key {found}, but the expected key is {expected}")]
    UnexpectedKey {
        expected: PublicKey,
        found: PublicKey,
    },
    #[error("the signature does not match what the receipt states")]
    BadSignature,
    #[error("entry {seq} now has hash {now}, but the receipt signed {signed}: the journal was rewritten")]
    Rewritten {
        seq: i64,
        now: String,
        signed: Hash32,
    },
    #[error("entry {seq} is gone: the journal was cut back")]
    CutBack { seq: i64 },
}

fn message(seq: i64, hash: Hash32, signed_at_micros: i64) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(RECEIPT_TAG.len() + 48);
    bytes.extend_from_slice(RECEIPT_TAG);
    bytes.extend_from_slice(&seq.to_be_bytes());
    bytes.extend_from_slice(hash.as_bytes());
    bytes.extend_from_slice(&signed_at_micros.to_be_bytes());
    bytes
}

/// Signs the head `(seq, hash)` at `signed_at_micros` with the server's 32-byte secret.
pub fn sign(secret: &[u8; 32], seq: i64, hash: Hash32, signed_at_micros: i64) -> Receipt {
    let key = SigningKey::from_bytes(secret);
    let signature = key.sign(&message(seq, hash, signed_at_micros));
    Receipt {
        seq,
        hash,
        signed_at_micros,
        public_key: public_key(secret),
        signature: signature.to_bytes(),
    }
}

/// The public key that goes with a secret.
pub fn public_key(secret: &[u8; 32]) -> PublicKey {
    PublicKey(SigningKey::from_bytes(secret).verifying_key().to_bytes())
}

/// Whether the receipt was signed under `trusted`, over exactly what it states. The key inside
/// the receipt only has to name the trusted one; the signature is checked under `trusted`.
pub fn verify(receipt: &Receipt, trusted: PublicKey) -> Result<(), ReceiptError> {
    if receipt.public_key != trusted {
        return Err(ReceiptError::UnexpectedKey {
            expected: trusted,
            found: receipt.public_key,
        });
    }
    let key =
        VerifyingKey::from_bytes(trusted.as_bytes()).map_err(|_| ReceiptError::BadKey(trusted))?;
    let signature = Signature::from_bytes(&receipt.signature);
    key.verify_strict(
        &message(receipt.seq, receipt.hash, receipt.signed_at_micros),
        &signature,
    )
    .map_err(|_| ReceiptError::BadSignature)
}

/// Checks a kept receipt against the journal as it stands: signed under `trusted`, and the
/// entry it names still carries the hash it signed (`recorded`: that entry's stored hash, or
/// `None` when there is no such entry any more).
pub fn check(
    receipt: &Receipt,
    trusted: PublicKey,
    recorded: Option<&str>,
) -> Result<(), ReceiptError> {
    verify(receipt, trusted)?;
    match recorded {
        Some(now) if Hash32::from_hex(now) == Some(receipt.hash) => Ok(()),
        Some(now) => Err(ReceiptError::Rewritten {
            seq: receipt.seq,
            now: now.to_owned(),
            signed: receipt.hash,
        }),
        None => Err(ReceiptError::CutBack { seq: receipt.seq }),
    }
}

/// The installation's public key as the journal published it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedKey {
    /// The journal entry that published it.
    pub seq: i64,
    pub key: PublicKey,
}

/// Why the entry that should publish the signing key cannot be trusted to.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum KeyEntryError {
    #[error("is not an {} entry", Action::InstallationSigningKey)]
    NotAKeyEntry,
    #[error("does not name the {ALGORITHM} algorithm")]
    Algorithm,
    #[error("does not carry a 32-byte hex public_key")]
    MalformedKey,
    #[error("does not match its recorded hashes: it was edited")]
    Edited,
    #[error("cannot be read: {0}")]
    Unreadable(String),
}

/// The payload of the entry that publishes the installation's public key; `published_key`
/// reads it back.
pub fn key_payload(public: PublicKey) -> Payload {
    Payload::new()
        .with(payload_key::PUBLIC_KEY, public)
        .with(payload_key::ALGORITHM, ALGORITHM)
}

/// Reads the published key from its journal entry. The entry must still match its own payload
/// hash and entry hash, so an edit of the key in place is refused here (a rewrite of the whole
/// chain is what a party's pinned key and `verify` are for).
pub fn published_key(entry: &Entry) -> Result<PublishedKey, KeyEntryError> {
    if entry.action != Action::InstallationSigningKey {
        return Err(KeyEntryError::NotAKeyEntry);
    }
    if entry.payload.hash() != entry.payload_hash || entry_hash(entry) != entry.hash {
        return Err(KeyEntryError::Edited);
    }
    if entry.payload.get(payload_key::ALGORITHM) != Some(ALGORITHM) {
        return Err(KeyEntryError::Algorithm);
    }
    let key = entry
        .payload
        .get(payload_key::PUBLIC_KEY)
        .and_then(PublicKey::from_hex)
        .ok_or(KeyEntryError::MalformedKey)?;
    Ok(PublishedKey {
        seq: entry.seq,
        key,
    })
}

/// What the `signing_keys` table holds: the public key written beside the secret, and the key
/// the secret actually signs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredKey {
    pub public: PublicKey,
    pub signs_as: PublicKey,
}

/// How the `signing_keys` table and the journal disagree about the installation's key.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyDisagreement {
    #[error("the signing_keys table holds key {} (its secret signs as {}), but journal entry {} published key {}", .stored.public, .stored.signs_as, .published.seq, .published.key)]
    Differs {
        published: PublishedKey,
        stored: StoredKey,
    },
    #[error("the signing_keys table holds key {} (its secret signs as {}), which the journal never published", .0.public, .0.signs_as)]
    Unpublished(StoredKey),
    #[error("journal entry {} published key {}, but the signing_keys table holds no secret for it", .0.seq, .0.key)]
    SecretMissing(PublishedKey),
}

/// Whether the key kept for signing is the one the journal published. The journal is the
/// authority: receipts are checked against its key, so a server signing under any other key
/// would hand out receipts that prove nothing. Neither having a key yet is agreement.
pub fn agreement(
    published: Option<PublishedKey>,
    stored: Option<StoredKey>,
) -> Result<(), KeyDisagreement> {
    match (published, stored) {
        (None, None) => Ok(()),
        (Some(published), Some(stored))
            if stored.public == published.key && stored.signs_as == published.key =>
        {
            Ok(())
        }
        (Some(published), Some(stored)) => Err(KeyDisagreement::Differs { published, stored }),
        (None, Some(stored)) => Err(KeyDisagreement::Unpublished(stored)),
        (Some(published), None) => Err(KeyDisagreement::SecretMissing(published)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::{append, Head, JournalScope, NewEntry, ObjectRef};

    const SECRET: [u8; 32] = [7; 32];
    const FOREIGN_SECRET: [u8; 32] = [8; 32];

    fn hash(byte: u8) -> Hash32 {
        Hash32::of_bytes([byte; 32])
    }

    fn key_entry(payload: Payload) -> Entry {
        append(
            Head {
                seq: 4,
                hash: hash(9),
            },
            NewEntry {
                at_micros: 1,
                actor: None,
                actor_party: None,
                scope: JournalScope::Installation,
                action: Action::InstallationSigningKey,
                object: ObjectRef::Installation,
                payload,
            },
        )
    }

    fn published_payload() -> Payload {
        key_payload(public_key(&SECRET))
    }

    #[test]
    fn a_receipt_verifies_under_the_key_it_was_signed_with() {
        let receipt = sign(&SECRET, 42, hash(1), 1_700_000_000_000_000);
        assert_eq!(receipt.public_key, public_key(&SECRET));
        assert_eq!(verify(&receipt, public_key(&SECRET)), Ok(()));
    }

    #[test]
    fn a_receipt_signed_under_a_foreign_key_is_refused_naming_both_keys() {
        let forged = sign(&FOREIGN_SECRET, 42, hash(1), 1);
        let error = verify(&forged, public_key(&SECRET)).expect_err("refused");
        assert_eq!(
            error,
            ReceiptError::UnexpectedKey {
                expected: public_key(&SECRET),
                found: public_key(&FOREIGN_SECRET),
            }
        );
        let message = error.to_string();
        assert!(message.contains(&public_key(&SECRET).to_hex()), "{message}");
        assert!(
            message.contains(&public_key(&FOREIGN_SECRET).to_hex()),
            "{message}"
        );
    }

    #[test]
    fn naming_the_trusted_key_inside_a_foreign_signature_does_not_help() {
        let forged = Receipt {
            public_key: public_key(&SECRET),
            ..sign(&FOREIGN_SECRET, 42, hash(1), 1)
        };
        assert_eq!(
            verify(&forged, public_key(&SECRET)),
            Err(ReceiptError::BadSignature)
        );
    }

    #[test]
    fn changing_any_stated_fact_breaks_the_signature() {
        let receipt = sign(&SECRET, 42, hash(1), 1);
        for edited in [
            Receipt {
                seq: 41,
                ..receipt.clone()
            },
            Receipt {
                hash: hash(2),
                ..receipt.clone()
            },
            Receipt {
                signed_at_micros: 2,
                ..receipt.clone()
            },
        ] {
            assert_eq!(
                verify(&edited, public_key(&SECRET)),
                Err(ReceiptError::BadSignature)
            );
        }
    }

    #[test]
    fn a_trusted_key_that_is_no_curve_point_is_refused() {
        // y = 2 has no x on the curve, so these bytes decode to no Ed25519 point.
        let mut bytes = [0u8; 32];
        bytes[0] = 2;
        let not_a_key = PublicKey::of_bytes(bytes);
        let receipt = Receipt {
            public_key: not_a_key,
            ..sign(&SECRET, 1, hash(1), 1)
        };
        assert_eq!(
            verify(&receipt, not_a_key),
            Err(ReceiptError::BadKey(not_a_key))
        );
    }

    #[test]
    fn a_receipt_matches_a_journal_whose_entry_still_has_the_signed_hash() {
        let receipt = sign(&SECRET, 42, hash(1), 1);
        let trusted = public_key(&SECRET);
        assert_eq!(check(&receipt, trusted, Some(&hash(1).to_hex())), Ok(()));
        assert_eq!(
            check(&receipt, trusted, Some(&hash(2).to_hex())),
            Err(ReceiptError::Rewritten {
                seq: 42,
                now: hash(2).to_hex(),
                signed: hash(1),
            })
        );
        assert_eq!(
            check(&receipt, trusted, None),
            Err(ReceiptError::CutBack { seq: 42 })
        );
    }

    #[test]
    fn the_key_is_checked_before_the_chain() {
        let forged = sign(&FOREIGN_SECRET, 42, hash(1), 1);
        assert!(matches!(
            check(&forged, public_key(&SECRET), None),
            Err(ReceiptError::UnexpectedKey { .. })
        ));
    }

    #[test]
    fn the_published_key_is_read_from_its_journal_entry() {
        let entry = key_entry(published_payload());
        assert_eq!(
            published_key(&entry),
            Ok(PublishedKey {
                seq: 5,
                key: public_key(&SECRET),
            })
        );
    }

    #[test]
    fn a_key_entry_edited_in_place_publishes_nothing() {
        let mut entry = key_entry(published_payload());
        entry.payload = Payload::new()
            .with(payload_key::PUBLIC_KEY, public_key(&FOREIGN_SECRET))
            .with(payload_key::ALGORITHM, ALGORITHM);
        assert_eq!(published_key(&entry), Err(KeyEntryError::Edited));
    }

    #[test]
    fn a_key_entry_must_name_the_algorithm_and_a_whole_key() {
        let other_algorithm = key_entry(
            Payload::new()
                .with(payload_key::PUBLIC_KEY, public_key(&SECRET))
                .with(payload_key::ALGORITHM, "rsa"),
        );
        assert_eq!(
            published_key(&other_algorithm),
            Err(KeyEntryError::Algorithm)
        );
        let short_key = key_entry(
            Payload::new()
                .with(payload_key::PUBLIC_KEY, "abcd")
                .with(payload_key::ALGORITHM, ALGORITHM),
        );
        assert_eq!(published_key(&short_key), Err(KeyEntryError::MalformedKey));
        let mut other_action = key_entry(published_payload());
        other_action.action = Action::UserCreate;
        assert_eq!(
            published_key(&other_action),
            Err(KeyEntryError::NotAKeyEntry)
        );
    }

    #[test]
    fn the_stored_key_agrees_only_when_it_is_the_published_one() {
        let published = PublishedKey {
            seq: 5,
            key: public_key(&SECRET),
        };
        let genuine = StoredKey {
            public: public_key(&SECRET),
            signs_as: public_key(&SECRET),
        };
        let swapped_secret = StoredKey {
            public: public_key(&SECRET),
            signs_as: public_key(&FOREIGN_SECRET),
        };
        assert_eq!(agreement(None, None), Ok(()));
        assert_eq!(agreement(Some(published), Some(genuine)), Ok(()));
        assert_eq!(
            agreement(Some(published), Some(swapped_secret)),
            Err(KeyDisagreement::Differs {
                published,
                stored: swapped_secret,
            })
        );
        assert_eq!(
            agreement(None, Some(genuine)),
            Err(KeyDisagreement::Unpublished(genuine))
        );
        assert_eq!(
            agreement(Some(published), None),
            Err(KeyDisagreement::SecretMissing(published))
        );
    }
}
