//! Checking a journal row straight from its stored text, without building an [`Entry`]: the
//! quick path of `majlis verify`, which hashes a million entries a second only if it allocates
//! nothing per entry.
//!
//! The quick path proves an entry only when every field is written exactly as this release
//! writes it (so its text hashes as the typed value would), the payload's keys arrive in their
//! canonical order, and the chain holds. Anything else (a tampered row, text spelled some
//! other way) is left to the full check (`JournalRow::entry` and [`Verifier::check`]), which
//! names the break: the quick path never accepts what the full check refuses, and never
//! decides a failure itself.
//!
//! [`Entry`]: super::journal::Entry

use std::ops::Range;

use super::ids::GroupId;
use super::journal::{Action, Encoder, Hash32, Head, JournalScope, ObjectRef, Verifier};
use super::journal::{ENTRY_TAG, PAYLOAD_TAG};
use super::names::PartyCode;

/// A journal row as stored, borrowed, not yet parsed.
#[derive(Debug, Clone, Copy)]
pub struct StoredEntry<'a> {
    pub seq: i64,
    pub at_micros: i64,
    pub actor: Option<i64>,
    pub actor_party: Option<&'a str>,
    pub scope: &'a str,
    pub group: Option<i64>,
    pub action: &'a str,
    pub object: &'a str,
    pub payload_hash: &'a str,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

/// A payload's pairs encoded as they are hashed, in a buffer reused from entry to entry.
#[derive(Debug, Default)]
pub struct PayloadHasher {
    encoded: Vec<u8>,
    pairs: u64,
    last_key: Option<Range<usize>>,
    awaiting_value: bool,
    in_order: bool,
}

impl PayloadHasher {
    /// Starts the next payload, keeping the buffer's memory.
    pub fn start(&mut self) {
        self.encoded.clear();
        self.pairs = 0;
        self.last_key = None;
        self.awaiting_value = false;
        self.in_order = true;
    }

    /// The next key; keys must come strictly increasing, as a sorted map holds them.
    pub fn key(&mut self, key: &str) {
        let start = self.encoded.len() + 5;
        self.push(key);
        let this = start..self.encoded.len();
        if let Some(last) = self.last_key.take() {
            self.in_order &= self.encoded[last] < self.encoded[this.clone()];
        }
        self.in_order &= !self.awaiting_value;
        self.last_key = Some(this);
        self.awaiting_value = true;
    }

    pub fn value(&mut self, value: &str) {
        self.in_order &= self.awaiting_value;
        self.push(value);
        self.awaiting_value = false;
        self.pairs += 1;
    }

    /// The payload's hash, as `Payload::hash` computes it for the same pairs; `None` when the
    /// keys were not in canonical order (left to the full check).
    pub fn finish(&self) -> Option<Hash32> {
        if !self.in_order || self.awaiting_value {
            return None;
        }
        let mut encoder = Encoder::new(PAYLOAD_TAG);
        encoder.number(self.pairs);
        encoder.raw(&self.encoded);
        Some(encoder.finish())
    }

    /// A text as `Encoder::text` writes it: present, length, bytes.
    fn push(&mut self, text: &str) {
        let length = u32::try_from(text.len()).unwrap_or(u32::MAX);
        self.encoded.push(1);
        self.encoded.extend_from_slice(&length.to_be_bytes());
        self.encoded.extend_from_slice(text.as_bytes());
    }
}

impl Verifier {
    /// Accepts `stored` (whose payload hashed to `payload`, see [`PayloadHasher`]) as the next
    /// entry when its text is canonical and the chain holds, moving the head past it. `false`
    /// leaves the head where it was: check the parsed entry with [`Verifier::check`].
    pub fn accepts_stored(&mut self, stored: &StoredEntry<'_>, payload: Option<Hash32>) -> bool {
        let previous = self.head();
        let hashes = (
            Hash32::from_hex(stored.payload_hash),
            Hash32::from_hex(stored.prev_hash),
            Hash32::from_hex(stored.hash),
        );
        let (Some(payload_hash), Some(prev_hash), Some(hash)) = hashes else {
            return false;
        };
        let proven = stored.seq == previous.seq + 1
            && payload == Some(payload_hash)
            && prev_hash == previous.hash
            && is_canonical(stored)
            && stored_hash(stored, &payload_hash, &prev_hash) == hash;
        if proven {
            self.advance(Head {
                seq: stored.seq,
                hash,
            });
        }
        proven
    }
}

/// Whether every field reads as its type and is written exactly as that type writes itself,
/// so that hashing the text hashes what `entry_hash` hashes for the parsed entry.
fn is_canonical(stored: &StoredEntry<'_>) -> bool {
    let scope = JournalScope::from_parts(stored.scope, stored.group.map(GroupId::new));
    let scope_written = match scope {
        Some(JournalScope::Paper(..)) => stored.scope.strip_prefix("paper:").is_some_and(digits),
        Some(scope @ JournalScope::Marked(..)) => scope.label() == stored.scope,
        Some(_) => true,
        None => false,
    };
    scope_written
        && stored.actor_party.is_none_or(PartyCode::is_canonical)
        && Action::parse(stored.action).is_ok()
        && ObjectRef::parse(stored.object).is_ok()
}

/// Decimal digits exactly as an id writes itself: no sign, no leading zero.
fn digits(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text.len() == 1 || !text.starts_with('0'))
}

/// `entry_hash` over the stored text, field for field.
fn stored_hash(stored: &StoredEntry<'_>, payload_hash: &Hash32, prev_hash: &Hash32) -> Hash32 {
    let mut encoder = Encoder::new(ENTRY_TAG);
    encoder.number(stored.seq as u64);
    encoder.number(stored.at_micros as u64);
    encoder.optional_display(stored.actor);
    encoder.optional(stored.actor_party);
    encoder.text(stored.scope);
    encoder.optional_display(stored.group);
    encoder.text(stored.action);
    encoder.text(stored.object);
    encoder.bytes(payload_hash.as_bytes());
    encoder.bytes(prev_hash.as_bytes());
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{MeetingId, TextId, UserId};
    use crate::domain::journal::{append, Break, Entry, NewEntry, Payload};
    use crate::domain::marking::{Classification, Distribution, Marking};
    use proptest::prelude::*;

    /// An entry's fields as the store writes them.
    struct Row {
        entry: Entry,
        actor_party: Option<String>,
        scope: String,
        action: String,
        object: String,
        payload: Vec<(String, String)>,
        hashes: [String; 3],
    }

    impl Row {
        fn of(entry: Entry) -> Row {
            Row {
                actor_party: entry.actor_party.as_ref().map(|p| p.as_str().to_owned()),
                scope: entry.scope.label(),
                action: entry.action.as_str().to_owned(),
                object: entry.object.to_string(),
                payload: entry
                    .payload
                    .pairs()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect(),
                hashes: [entry.payload_hash, entry.prev_hash, entry.hash].map(Hash32::to_hex),
                entry,
            }
        }

        fn stored(&self) -> StoredEntry<'_> {
            StoredEntry {
                seq: self.entry.seq,
                at_micros: self.entry.at_micros,
                actor: self.entry.actor.map(|a| a.get()),
                actor_party: self.actor_party.as_deref(),
                scope: &self.scope,
                group: self.entry.scope.group().map(|g| g.get()),
                action: &self.action,
                object: &self.object,
                payload_hash: &self.hashes[0],
                prev_hash: &self.hashes[1],
                hash: &self.hashes[2],
            }
        }

        fn payload_hash(&self, hasher: &mut PayloadHasher) -> Option<Hash32> {
            hasher.start();
            for (key, value) in &self.payload {
                hasher.key(key);
                hasher.value(value);
            }
            hasher.finish()
        }
    }

    fn chain(length: i64) -> Vec<Row> {
        let mut head = Head::EMPTY;
        (1..=length)
            .map(|n| {
                let scope = match n % 3 {
                    _ if n % 7 == 0 => JournalScope::Marked(
                        GroupId::new(1),
                        Marking {
                            distribution: Distribution::National,
                            classification: Classification::Unclassified,
                            originator: PartyCode::parse("KZ").ok(),
                            listed: Vec::new(),
                            lists_secretariat: false,
                        },
                    ),
                    0 => JournalScope::Installation,
                    1 => JournalScope::Group(GroupId::new(1)),
                    _ => JournalScope::Paper(GroupId::new(1), TextId::new(n)),
                };
                let entry = append(
                    head,
                    NewEntry {
                        at_micros: 1_700_000_000_000_000 + n,
                        actor: (n % 2 == 0).then(|| UserId::new(n)),
                        actor_party: PartyCode::parse("UZ").ok().filter(|_| n % 4 != 0),
                        scope,
                        action: Action::MeetingUpdate,
                        object: ObjectRef::Meeting(MeetingId::new(n)),
                        payload: Payload::new()
                            .with("title", format!("item {n}"))
                            .with("a", n),
                    },
                );
                head = Head {
                    seq: entry.seq,
                    hash: entry.hash,
                };
                Row::of(entry)
            })
            .collect()
    }

    /// The first entry the quick path leaves to the full check, and what the full check says
    /// of the chain: (entries proven quickly, the full check's first break).
    fn walk(rows: &[Row]) -> (usize, Option<(i64, Break)>) {
        let mut hasher = PayloadHasher::default();
        let (mut quick, mut full) = (Verifier::new(), Verifier::new());
        let mut proven = 0;
        let mut first_break = None;
        for row in rows {
            let accepted = quick.accepts_stored(&row.stored(), row.payload_hash(&mut hasher));
            let checked = full.check(&row.entry);
            assert!(
                !accepted || checked.is_ok(),
                "the quick path accepted entry {} which the full check refuses",
                row.entry.seq
            );
            if !accepted {
                // The full check takes over for this entry, as `majlis verify` does.
                quick = Verifier::new();
                quick.advance(full.head());
            }
            proven += usize::from(accepted);
            if let Err(reason) = checked {
                first_break = Some((row.entry.seq, reason));
                break;
            }
        }
        (proven, first_break)
    }

    #[test]
    fn an_untouched_chain_is_proven_from_its_stored_text_alone() {
        let rows = chain(9);
        assert_eq!(walk(&rows), (9, None));
    }

    #[test]
    fn the_payload_hashes_as_the_parsed_payload_does() {
        let mut hasher = PayloadHasher::default();
        for row in chain(3) {
            assert_eq!(
                row.payload_hash(&mut hasher),
                Some(row.entry.payload.hash())
            );
        }
        hasher.start();
        assert_eq!(hasher.finish(), Some(Payload::new().hash()));
    }

    #[test]
    fn keys_out_of_order_or_repeated_are_left_to_the_full_check() {
        let mut hasher = PayloadHasher::default();
        for keys in [["b", "a"], ["a", "a"]] {
            hasher.start();
            for key in keys {
                hasher.key(key);
                hasher.value("1");
            }
            assert_eq!(hasher.finish(), None, "{keys:?}");
        }
    }

    #[test]
    fn a_respelled_field_is_left_to_the_full_check_which_accepts_it() {
        let mut rows = chain(6);
        rows[1].actor_party = Some(" UZ".to_owned());
        rows[4].scope = rows[4].scope.replace("paper:", "paper:0");
        assert_eq!(rows[4].scope, "paper:05");
        assert_eq!(walk(&rows), (4, None));
    }

    #[test]
    fn edited_text_is_never_proven_quickly() {
        let mut rows = chain(6);
        rows[1].object = "meeting:99".to_owned();
        rows[1].entry.object = ObjectRef::Meeting(MeetingId::new(99));
        assert_eq!(walk(&rows), (1, Some((2, Break::Hash))));
        let mut rows = chain(6);
        rows[3].action = "meeting.create".to_owned();
        rows[3].entry.action = Action::MeetingCreate;
        assert_eq!(walk(&rows), (3, Some((4, Break::Hash))));
    }

    proptest! {
        #[test]
        fn the_quick_path_never_accepts_what_the_full_check_refuses(
            length in 1i64..10, target in 0usize..10, field in 0usize..4, value in "[a-z]{1,6}"
        ) {
            let mut rows = chain(length);
            let target = target % rows.len();
            let row = &mut rows[target];
            match field {
                0 => {
                    row.payload[0].1 = value.clone();
                    row.entry.payload = row.entry.payload.clone().with("a", &value);
                }
                1 => row.hashes[2] = Hash32::of_bytes([7; 32]).to_hex(),
                2 => row.entry.at_micros += 1,
                _ => row.hashes[1] = Hash32::of_bytes([9; 32]).to_hex(),
            }
            if field == 1 { row.entry.hash = Hash32::of_bytes([7; 32]); }
            if field == 3 { row.entry.prev_hash = Hash32::of_bytes([9; 32]); }
            let (proven, found) = walk(&rows);
            prop_assert_eq!(proven, target);
            prop_assert_eq!(found.map(|(seq, _)| seq), Some(rows[target].entry.seq));
        }
    }
}
