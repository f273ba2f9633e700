//! Signed receipts of the journal's head (DOMAIN.md §7): the server signs "entry N has hash H"
//! with its Ed25519 key, and a party keeps the receipt. If whoever runs the server later
//! rewrites the journal, the receipt no longer matches the chain and the signature proves
//! what the chain said before.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use thiserror::Error;

use super::journal::Hash32;

const RECEIPT_TAG: &[u8] = b"majlis/journal/receipt/v1";

/// What a receipt states, and the signature over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub seq: i64,
    pub hash: Hash32,
    /// Microseconds since the epoch, UTC.
    pub signed_at_micros: i64,
    pub public_key: [u8; 32],
    pub signature: [u8; 64],
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReceiptError {
    #[error("the public key is not a valid Ed25519 key")]
    BadKey,
    #[error("the signature does not match what the receipt states")]
    BadSignature,
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
        public_key: key.verifying_key().to_bytes(),
        signature: signature.to_bytes(),
    }
}

/// The public key that goes with a secret.
pub fn public_key(secret: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret).verifying_key().to_bytes()
}

/// Whether the signature is the key holder's over exactly what the receipt states.
pub fn verify(receipt: &Receipt) -> Result<(), ReceiptError> {
    let key = VerifyingKey::from_bytes(&receipt.public_key).map_err(|_| ReceiptError::BadKey)?;
    let signature = Signature::from_bytes(&receipt.signature);
    key.verify(
        &message(receipt.seq, receipt.hash, receipt.signed_at_micros),
        &signature,
    )
    .map_err(|_| ReceiptError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: [u8; 32] = [7; 32];

    fn hash(byte: u8) -> Hash32 {
        Hash32::of_bytes([byte; 32])
    }

    #[test]
    fn a_receipt_verifies_with_the_servers_public_key() {
        let receipt = sign(&SECRET, 42, hash(1), 1_700_000_000_000_000);
        assert_eq!(receipt.public_key, public_key(&SECRET));
        assert_eq!(verify(&receipt), Ok(()));
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
            Receipt {
                public_key: public_key(&[8; 32]),
                ..receipt.clone()
            },
        ] {
            assert!(verify(&edited).is_err());
        }
    }
}
