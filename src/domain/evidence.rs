//! Checking a decision's evidence bundle offline: the adopted text hashes to what was decided,
//! each journal entry in the bundle hashes to itself, the entries sit in one unbroken chain,
//! and the chain records the adoption of exactly that text under that symbol.

use thiserror::Error;

use super::journal::{entry_hash, payload_key, Action, Entry, Hash32};
use super::procedure::OutcomeKind;
use super::text::content_hash;

/// One link of the chain: enough to check that entries follow each other without their
/// contents (which may not be distributed to the bundle's reader).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub seq: i64,
    pub prev_hash: Hash32,
    pub hash: Hash32,
}

/// What a bundle claims.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub symbol: String,
    pub body: String,
    pub text_hash: Hash32,
    pub entries: Vec<Entry>,
    pub links: Vec<Link>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum EvidenceError {
    #[error("the text does not hash to {claimed}: its SHA-256 is {actual}")]
    TextHash { claimed: Hash32, actual: Hash32 },
    #[error("journal entry {0}: its payload does not match its payload hash")]
    Payload(i64),
    #[error("journal entry {0}: its contents do not match its hash")]
    EntryHash(i64),
    #[error("journal entry {0} is not in the chain of links")]
    NotLinked(i64),
    #[error("the chain breaks at entry {0}: it does not point at the entry before it")]
    Chain(i64),
    #[error(
        "journal entry {seq} records an act of {party} by someone who was not acting for {party}"
    )]
    ActNotByParty { seq: i64, party: String },
    #[error("no journal entry records the adoption of {symbol} with text hash {hash}")]
    NoAdoption { symbol: String, hash: Hash32 },
}

/// A bundle that checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub entries: usize,
    pub links: usize,
    pub head: Option<Link>,
}

pub fn verify(bundle: &Bundle) -> Result<Verified, EvidenceError> {
    let actual = content_hash(&bundle.body);
    if actual != bundle.text_hash {
        return Err(EvidenceError::TextHash {
            claimed: bundle.text_hash,
            actual,
        });
    }
    for pair in bundle.links.windows(2) {
        if pair[1].seq != pair[0].seq + 1 || pair[1].prev_hash != pair[0].hash {
            return Err(EvidenceError::Chain(pair[1].seq));
        }
    }
    for entry in &bundle.entries {
        if entry.payload.hash() != entry.payload_hash {
            return Err(EvidenceError::Payload(entry.seq));
        }
        if entry_hash(entry) != entry.hash {
            return Err(EvidenceError::EntryHash(entry.seq));
        }
        let linked = bundle.links.iter().any(|link| {
            link.seq == entry.seq && link.hash == entry.hash && link.prev_hash == entry.prev_hash
        });
        if !linked {
            return Err(EvidenceError::NotLinked(entry.seq));
        }
        check_act_by_party(entry)?;
    }
    let hash = bundle.text_hash.to_hex();
    let adopted = bundle.entries.iter().any(|entry| {
        let field = |key: &str| entry.payload.get(key);
        entry.action == Action::ProcedureClose
            && field(payload_key::OUTCOME) == Some(OutcomeKind::Adopted.as_str())
            && field(payload_key::SYMBOL) == Some(bundle.symbol.as_str())
            && field(payload_key::HASH) == Some(hash.as_str())
    });
    if !adopted {
        return Err(EvidenceError::NoAdoption {
            symbol: bundle.symbol.clone(),
            hash: bundle.text_hash,
        });
    }
    Ok(Verified {
        entries: bundle.entries.len(),
        links: bundle.links.len(),
        head: bundle.links.last().cloned(),
    })
}

/// A party's own act in a procedure must be recorded by someone acting for that party (the
/// chair's note about a party has an action of its own).
fn check_act_by_party(entry: &Entry) -> Result<(), EvidenceError> {
    if !entry.action.is_party_act() {
        return Ok(());
    }
    let party = entry
        .payload
        .get(payload_key::PARTY)
        .unwrap_or_default()
        .to_owned();
    if entry.actor_party.as_ref().map(|p| p.as_str()) == Some(party.as_str()) {
        Ok(())
    } else {
        Err(EvidenceError::ActNotByParty {
            seq: entry.seq,
            party,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{GroupId, ProcedureId, TextId};
    use crate::domain::journal::{append, Head, JournalScope, NewEntry, ObjectRef, Payload};
    use crate::domain::names::PartyCode;

    fn bundle() -> Bundle {
        let hash = content_hash(BODY);
        bundle_of(vec![
            (
                Action::ProcedureOpen,
                None,
                Payload::new().with(payload_key::HASH, hash),
            ),
            (
                Action::MeetingUpdate,
                None,
                Payload::new().with("city", "Osh"),
            ),
            (
                Action::ProcedureClose,
                None,
                Payload::new()
                    .with(payload_key::OUTCOME, "adopted")
                    .with(payload_key::SYMBOL, "CGA/2026/DEC/1")
                    .with(payload_key::HASH, hash),
            ),
        ])
    }

    const BODY: &str = "The participants agree.";

    /// A chain of entries (action, acting party, payload); every entry but the meeting's goes
    /// into the bundle.
    fn bundle_of(payloads: Vec<(Action, Option<&str>, Payload)>) -> Bundle {
        let hash = content_hash(BODY);
        let mut head = Head::EMPTY;
        let mut entries = Vec::new();
        let mut links = Vec::new();
        for (action, actor_party, payload) in payloads {
            let entry = append(
                head,
                NewEntry {
                    at_micros: 1,
                    actor: None,
                    actor_party: actor_party.map(|p| PartyCode::parse(p).expect("code")),
                    scope: JournalScope::Paper(GroupId::new(1), TextId::new(1)),
                    action,
                    object: ObjectRef::Procedure(ProcedureId::new(1)),
                    payload,
                },
            );
            head = Head {
                seq: entry.seq,
                hash: entry.hash,
            };
            links.push(Link {
                seq: entry.seq,
                prev_hash: entry.prev_hash,
                hash: entry.hash,
            });
            if action != Action::MeetingUpdate {
                entries.push(entry);
            }
        }
        Bundle {
            symbol: "CGA/2026/DEC/1".into(),
            body: BODY.into(),
            text_hash: hash,
            entries,
            links,
        }
    }

    #[test]
    fn a_position_recorded_by_another_party_is_caught() {
        let hash = content_hash(BODY);
        let close = Payload::new()
            .with(payload_key::OUTCOME, "adopted")
            .with(payload_key::SYMBOL, "CGA/2026/DEC/1")
            .with(payload_key::HASH, hash);
        let position = |party: &str| {
            Payload::new()
                .with(payload_key::PARTY, party)
                .with("position", "concur")
        };
        let honest = bundle_of(vec![
            (Action::ProcedurePosition, Some("KZ"), position("KZ")),
            (
                Action::ProcedureChairNote,
                None,
                Payload::new().with(payload_key::PARTY, "KG"),
            ),
            (Action::ProcedureClose, None, close.clone()),
        ]);
        assert!(verify(&honest).is_ok());
        let forged = bundle_of(vec![
            (Action::ProcedurePosition, Some("UZ"), position("KZ")),
            (Action::ProcedureClose, None, close.clone()),
        ]);
        assert_eq!(
            verify(&forged),
            Err(EvidenceError::ActNotByParty {
                seq: 1,
                party: "KZ".into()
            })
        );
        let unattributed = bundle_of(vec![
            (Action::ProcedurePosition, None, position("KZ")),
            (Action::ProcedureClose, None, close),
        ]);
        assert!(matches!(
            verify(&unattributed),
            Err(EvidenceError::ActNotByParty { .. })
        ));
    }

    #[test]
    fn an_untouched_bundle_verifies() {
        assert_eq!(
            bundle_result(bundle()).map(|v| (v.entries, v.links)),
            Ok((2, 3))
        );
    }

    fn bundle_result(bundle: Bundle) -> Result<Verified, EvidenceError> {
        verify(&bundle)
    }

    #[test]
    fn an_edited_text_is_caught() {
        let mut edited = bundle();
        edited.body = "The participants disagree.".into();
        assert!(matches!(
            verify(&edited),
            Err(EvidenceError::TextHash { .. })
        ));
    }

    #[test]
    fn an_edited_entry_is_caught() {
        let mut edited = bundle();
        edited.entries[1].payload = Payload::new()
            .with(payload_key::OUTCOME, "adopted")
            .with(payload_key::SYMBOL, "CGA/2026/DEC/9")
            .with(payload_key::HASH, edited.text_hash);
        assert_eq!(verify(&edited), Err(EvidenceError::Payload(3)));
    }

    #[test]
    fn a_missing_link_is_caught() {
        let mut edited = bundle();
        edited.links.remove(1);
        assert_eq!(verify(&edited), Err(EvidenceError::Chain(3)));
    }

    #[test]
    fn a_bundle_without_the_adoption_is_refused() {
        let mut edited = bundle();
        edited.symbol = "CGA/2026/DEC/2".into();
        assert!(matches!(
            verify(&edited),
            Err(EvidenceError::NoAdoption { .. })
        ));
    }
}
