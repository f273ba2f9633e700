//! The journal chain (DOMAIN.md §7): each entry commits to its canonical payload and to the
//! previous entry's hash, so that rewriting or deleting any entry breaks every later hash.
//!
//! Encoding: SHA-256 over a domain-separation tag followed by every field as a 4-byte
//! big-endian length and its bytes; absent values are a distinct one-byte marker, so no two
//! different entries encode alike. The payload is hashed on its own first (its keys sorted),
//! so a receipt may name the payload hash without revealing the payload.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use sha2::{Digest, Sha256};

use super::ids::{GroupId, TextId, UserId};
use super::marking::Marking;
use super::names::PartyCode;

pub use super::journal_vocabulary::{payload_key, Action, ObjectRef, UnknownAction, UnknownObject};

pub(super) const ENTRY_TAG: &[u8] = b"majlis/journal/entry/v1";
pub(super) const PAYLOAD_TAG: &[u8] = b"majlis/journal/payload/v1";

/// A SHA-256 digest.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hash32([u8; 32]);

impl Hash32 {
    /// The "previous hash" of the first entry.
    pub const GENESIS: Hash32 = Hash32([0; 32]);

    pub fn of_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn from_hex(text: &str) -> Option<Self> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text, &mut bytes).ok()?;
        Some(Self(bytes))
    }

    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for Hash32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash32({})", self.to_hex())
    }
}

impl fmt::Display for Hash32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// Who may read an entry in full; part of the hashed record, so it cannot be widened later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalScope {
    /// Accounts and installation settings: the administrator only.
    Installation,
    /// A group's structure (charter, delegations): its people and the administrator.
    GroupAdministration(GroupId),
    /// A group's business (meetings, authorisations): members, observers, secretariat.
    Group(GroupId),
    /// A text and everything derived from it (versions, amendments, procedures, decisions):
    /// whoever may see the text under its marking.
    Paper(GroupId, TextId),
    /// A record of follow-through (an action line, an agreement, a figure, an engagement):
    /// whoever may see it under the marking it had when the entry was written. The marking is
    /// part of the hashed scope, so a later widening does not widen what was written before.
    Marked(GroupId, Marking),
}

impl JournalScope {
    /// The scope as stored and hashed, e.g. `group` or `paper:12`.
    pub fn label(&self) -> String {
        match (self, self.fixed_label()) {
            (JournalScope::Paper(_, text), _) => format!("paper:{text}"),
            (JournalScope::Marked(_, marking), _) => MarkedLabel(marking).to_string(),
            (_, label) => label.unwrap_or_default().to_owned(),
        }
    }

    /// The label of every scope but a paper's, which names its text, and a marked record's,
    /// which spells its marking.
    fn fixed_label(&self) -> Option<&'static str> {
        match self {
            JournalScope::Installation => Some("installation"),
            JournalScope::GroupAdministration(_) => Some("group_administration"),
            JournalScope::Group(_) => Some("group"),
            JournalScope::Paper(..) | JournalScope::Marked(..) => None,
        }
    }

    pub fn group(&self) -> Option<GroupId> {
        match self {
            JournalScope::Installation => None,
            JournalScope::GroupAdministration(group)
            | JournalScope::Group(group)
            | JournalScope::Paper(group, _)
            | JournalScope::Marked(group, _) => Some(*group),
        }
    }

    pub fn from_parts(label: &str, group: Option<GroupId>) -> Option<Self> {
        match (label, group) {
            ("installation", None) => Some(JournalScope::Installation),
            ("group_administration", Some(group)) => Some(JournalScope::GroupAdministration(group)),
            ("group", Some(group)) => Some(JournalScope::Group(group)),
            (label, Some(group)) => {
                if let Some(marking) = label.strip_prefix(MARKED) {
                    return parse_marking(marking).map(|m| JournalScope::Marked(group, m));
                }
                let text = label.strip_prefix("paper:")?.parse().ok()?;
                Some(JournalScope::Paper(group, text))
            }
            _ => None,
        }
    }
}

/// How a marked scope begins.
const MARKED: &str = "marked:";

/// A marked record's scope as stored and hashed:
/// `marked:{classification}:{distribution}:{originator or -}:{listed parties, comma-joined}:{s
/// when the secretariat is listed, else -}`, e.g. `marked:unclassified:national:UZ::-`.
struct MarkedLabel<'a>(&'a Marking);

impl fmt::Display for MarkedLabel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let marking = self.0;
        write!(
            f,
            "{MARKED}{}:{}:",
            marking.classification.as_str(),
            marking.distribution.as_str()
        )?;
        match &marking.originator {
            Some(party) => f.write_str(party.as_str())?,
            None => f.write_char('-')?,
        }
        f.write_char(':')?;
        for (n, party) in marking.listed.iter().enumerate() {
            if n > 0 {
                f.write_char(',')?;
            }
            f.write_str(party.as_str())?;
        }
        f.write_str(if marking.lists_secretariat {
            ":s"
        } else {
            ":-"
        })
    }
}

/// Reads what `MarkedLabel` writes after `marked:`, and nothing else: a label spelled any other
/// way would hash differently from the entry it claims to be.
fn parse_marking(text: &str) -> Option<Marking> {
    let mut fields = text.split(':');
    let classification = fields.next()?.parse().ok()?;
    let distribution = fields.next()?.parse().ok()?;
    let originator = match fields.next()? {
        "-" => None,
        code => Some(canonical_party(code)?),
    };
    let listed = match fields.next()? {
        "" => Vec::new(),
        codes => codes
            .split(',')
            .map(canonical_party)
            .collect::<Option<Vec<_>>>()?,
    };
    let lists_secretariat = match fields.next()? {
        "s" => true,
        "-" => false,
        _ => return None,
    };
    fields.next().is_none().then_some(Marking {
        distribution,
        classification,
        originator,
        listed,
        lists_secretariat,
    })
}

fn canonical_party(code: &str) -> Option<PartyCode> {
    PartyCode::parse(code)
        .ok()
        .filter(|party| party.as_str() == code)
}

/// The facts of one change, as its payload: field name to value, in canonical (sorted) order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Payload(BTreeMap<String, String>);

impl Payload {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, key: &str, value: impl fmt::Display) -> Self {
        self.0.insert(key.to_owned(), value.to_string());
        self
    }

    pub fn with_optional(self, key: &str, value: Option<impl fmt::Display>) -> Self {
        match value {
            Some(value) => self.with(key, value),
            None => self,
        }
    }

    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(pairs.into_iter().collect())
    }

    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The value under `key` (see [`payload_key`] for the keys read back elsewhere).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    pub fn hash(&self) -> Hash32 {
        let mut encoder = Encoder::new(PAYLOAD_TAG);
        encoder.number(self.0.len() as u64);
        for (key, value) in &self.0 {
            encoder.text(key);
            encoder.text(value);
        }
        encoder.finish()
    }
}

/// One change about to be recorded, before it is placed in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// Microseconds since the Unix epoch, UTC.
    pub at_micros: i64,
    pub actor: Option<UserId>,
    pub actor_party: Option<PartyCode>,
    pub scope: JournalScope,
    /// What was done, e.g. `meeting.create`.
    pub action: Action,
    /// What it was done to, e.g. `meeting:12`.
    pub object: ObjectRef,
    pub payload: Payload,
}

/// An entry as it stands in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: i64,
    pub at_micros: i64,
    pub actor: Option<UserId>,
    pub actor_party: Option<PartyCode>,
    pub scope: JournalScope,
    pub action: Action,
    pub object: ObjectRef,
    pub payload: Payload,
    pub payload_hash: Hash32,
    pub prev_hash: Hash32,
    pub hash: Hash32,
}

/// The end of the chain: the next entry follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: Hash32,
}

impl Head {
    pub const EMPTY: Head = Head {
        seq: 0,
        hash: Hash32::GENESIS,
    };
}

/// Places a new entry after `head`.
pub fn append(head: Head, entry: NewEntry) -> Entry {
    let seq = head.seq + 1;
    let payload_hash = entry.payload.hash();
    let mut chained = Entry {
        seq,
        at_micros: entry.at_micros,
        actor: entry.actor,
        actor_party: entry.actor_party,
        scope: entry.scope,
        action: entry.action,
        object: entry.object,
        payload: entry.payload,
        payload_hash,
        prev_hash: head.hash,
        hash: Hash32::GENESIS,
    };
    chained.hash = entry_hash(&chained);
    chained
}

/// The hash an entry must carry, from its fields, its payload hash and its predecessor's hash.
pub fn entry_hash(entry: &Entry) -> Hash32 {
    let mut encoder = Encoder::new(ENTRY_TAG);
    encoder.number(entry.seq as u64);
    encoder.number(entry.at_micros as u64);
    encoder.optional_display(entry.actor);
    encoder.optional(entry.actor_party.as_ref().map(PartyCode::as_str));
    match &entry.scope {
        JournalScope::Paper(_, text) => encoder.display(format_args!("paper:{text}")),
        JournalScope::Marked(_, marking) => encoder.display(MarkedLabel(marking)),
        scope => encoder.text(scope.fixed_label().unwrap_or_default()),
    }
    encoder.optional_display(entry.scope.group());
    encoder.text(entry.action.as_str());
    encoder.display(&entry.object);
    encoder.bytes(entry.payload_hash.as_bytes());
    encoder.bytes(entry.prev_hash.as_bytes());
    encoder.finish()
}

/// Why an entry does not fit the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// A sequence number is missing or repeated: an entry was deleted or inserted.
    Sequence { expected: i64 },
    /// The payload does not match its recorded hash: the payload was edited.
    Payload,
    /// The entry does not point at the previous entry's hash.
    Link,
    /// The entry's own hash does not match its fields: a field was edited.
    Hash,
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Break::Sequence { expected } => {
                write!(f, "sequence number out of order (expected {expected}); an entry was removed or inserted")
            }
            Break::Payload => f.write_str("payload does not match its recorded hash"),
            Break::Link => f.write_str("previous-hash does not match the entry before it"),
            Break::Hash => f.write_str("entry hash does not match its contents"),
        }
    }
}

/// Walks a chain in order, remembering the head, and reports the first entry that fails.
#[derive(Debug, Default)]
pub struct Verifier {
    head: Option<Head>,
}

impl Verifier {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn check(&mut self, entry: &Entry) -> Result<(), Break> {
        let previous = self.head.unwrap_or(Head::EMPTY);
        if entry.seq != previous.seq + 1 {
            return Err(Break::Sequence {
                expected: previous.seq + 1,
            });
        }
        if entry.payload.hash() != entry.payload_hash {
            return Err(Break::Payload);
        }
        if entry.prev_hash != previous.hash {
            return Err(Break::Link);
        }
        if entry_hash(entry) != entry.hash {
            return Err(Break::Hash);
        }
        self.head = Some(Head {
            seq: entry.seq,
            hash: entry.hash,
        });
        Ok(())
    }

    pub fn head(&self) -> Head {
        self.head.unwrap_or(Head::EMPTY)
    }

    /// Moves the head past an entry proven some other way (see `journal_stored`).
    pub(super) fn advance(&mut self, head: Head) {
        self.head = Some(head);
    }
}

/// The hashed encoding, written straight into SHA-256 (shared with `journal_stored`).
pub(super) struct Encoder(Sha256);

impl Encoder {
    pub(super) fn new(tag: &[u8]) -> Self {
        let mut encoder = Encoder(Sha256::new());
        encoder.bytes(tag);
        encoder
    }

    pub(super) fn bytes(&mut self, bytes: &[u8]) {
        let length = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
        self.0.update(length.to_be_bytes());
        self.0.update(bytes);
    }

    pub(super) fn text(&mut self, text: &str) {
        self.0.update([1u8]);
        self.bytes(text.as_bytes());
    }

    fn text_bytes(&mut self, bytes: &[u8]) {
        self.0.update([1u8]);
        self.bytes(bytes);
    }

    pub(super) fn optional(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.text(text),
            None => self.0.update([0u8]),
        }
    }

    /// A value as the text its `Display` writes, formatted on the stack: verifying hashes
    /// every entry of the journal, and an allocation per field would dominate it.
    fn display(&mut self, value: impl fmt::Display) {
        let mut text = StackText::default();
        match write!(text, "{value}") {
            Ok(()) => self.text_bytes(text.as_bytes()),
            // Longer than any id or object reference; correct, only slower.
            Err(_) => self.text(&value.to_string()),
        }
    }

    pub(super) fn optional_display(&mut self, value: Option<impl fmt::Display>) {
        match value {
            Some(value) => self.display(value),
            None => self.0.update([0u8]),
        }
    }

    /// Bytes already encoded (see `PayloadHasher`), added as they are.
    pub(super) fn raw(&mut self, encoded: &[u8]) {
        self.0.update(encoded);
    }

    pub(super) fn number(&mut self, number: u64) {
        self.0.update(number.to_be_bytes());
    }

    pub(super) fn finish(self) -> Hash32 {
        Hash32(self.0.finalize().into())
    }
}

/// A short text written on the stack; writing past its end fails rather than allocating.
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        Self {
            bytes: [0; 64],
            len: 0,
        }
    }
}

impl StackText {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl fmt::Write for StackText {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::MeetingId;
    use crate::domain::marking::{Classification, Distribution};
    use proptest::prelude::*;

    fn new_entry(n: i64, object: ObjectRef) -> NewEntry {
        NewEntry {
            at_micros: 1_700_000_000_000_000 + n,
            actor: Some(UserId::new(n)),
            actor_party: PartyCode::parse("UZ").ok(),
            scope: JournalScope::Group(GroupId::new(1)),
            action: Action::MeetingUpdate,
            object,
            payload: Payload::new().with("title", format!("item {n}")),
        }
    }

    fn chain(length: i64) -> Vec<Entry> {
        let mut head = Head::EMPTY;
        (1..=length)
            .map(|n| {
                let entry = append(head, new_entry(n, ObjectRef::Meeting(MeetingId::new(1))));
                head = Head {
                    seq: entry.seq,
                    hash: entry.hash,
                };
                entry
            })
            .collect()
    }

    fn first_break(entries: &[Entry]) -> Option<(i64, Break)> {
        let mut verifier = Verifier::new();
        entries
            .iter()
            .find_map(|entry| verifier.check(entry).err().map(|b| (entry.seq, b)))
    }

    #[test]
    fn an_untouched_chain_verifies() {
        let entries = chain(5);
        assert_eq!(first_break(&entries), None);
        assert_eq!(entries[0].prev_hash, Hash32::GENESIS);
        assert_eq!(entries[4].prev_hash, entries[3].hash);
    }

    #[test]
    fn an_edited_payload_is_found_at_its_entry() {
        let mut entries = chain(5);
        entries[2].payload = Payload::new().with("title", "rewritten");
        assert_eq!(first_break(&entries), Some((3, Break::Payload)));
    }

    #[test]
    fn an_edited_field_is_found_at_its_entry() {
        let mut entries = chain(5);
        entries[1].actor_party = PartyCode::parse("KZ").ok();
        assert_eq!(first_break(&entries), Some((2, Break::Hash)));
    }

    #[test]
    fn a_deleted_entry_is_found_where_the_gap_is() {
        let mut entries = chain(5);
        entries.remove(2);
        assert_eq!(
            first_break(&entries),
            Some((4, Break::Sequence { expected: 3 }))
        );
    }

    #[test]
    fn a_recomputed_entry_still_breaks_the_link_of_the_next() {
        let mut entries = chain(4);
        entries[1].object = ObjectRef::Meeting(MeetingId::new(2));
        entries[1].hash = entry_hash(&entries[1]);
        assert_eq!(first_break(&entries), Some((3, Break::Link)));
    }

    #[test]
    fn payload_hash_does_not_depend_on_insertion_order() {
        let one = Payload::new().with("a", 1).with("b", 2);
        let other = Payload::new().with("b", 2).with("a", 1);
        assert_eq!(one.hash(), other.hash());
        assert_ne!(one.hash(), Payload::new().with("a", 12).hash());
    }

    #[test]
    fn field_boundaries_are_part_of_the_hash() {
        let joined = Payload::new().with("ab", "c");
        let split = Payload::new().with("a", "bc");
        assert_ne!(joined.hash(), split.hash());
    }

    /// Hashes computed outside Rust (a few lines of Python's `hashlib` following the encoding
    /// in the module's doc), so that typing the fields cannot change what earlier releases
    /// hashed without this failing.
    fn marking(distribution: Distribution, listed: &[&str]) -> Marking {
        Marking {
            distribution,
            classification: Classification::Restricted,
            originator: Some(PartyCode::parse("UZ").expect("valid")),
            listed: listed
                .iter()
                .map(|p| PartyCode::parse(p).expect("valid"))
                .collect(),
            lists_secretariat: false,
        }
    }

    #[test]
    fn a_marked_scope_spells_its_marking_and_reads_back_the_same() {
        let group = Some(GroupId::new(3));
        let national = JournalScope::Marked(GroupId::new(3), marking(Distribution::National, &[]));
        assert_eq!(national.label(), "marked:restricted:national:UZ::-");
        let listed = JournalScope::Marked(
            GroupId::new(3),
            marking(Distribution::Listed, &["KZ", "TJ"]),
        );
        assert_eq!(listed.label(), "marked:restricted:listed:UZ:KZ,TJ:-");
        for scope in [national, listed] {
            assert_eq!(JournalScope::from_parts(&scope.label(), group), Some(scope));
        }
    }

    #[test]
    fn a_marked_scope_spelled_any_other_way_is_not_read() {
        let group = Some(GroupId::new(3));
        for label in [
            "marked:restricted:national:uz::-",
            "marked:restricted:national:UZ:",
            "marked:restricted:national:UZ::-:",
            "marked:secret:national:UZ::-",
            "marked:restricted:nationwide:UZ::-",
            "marked:restricted:listed:UZ:KZ,:-",
            "marked:restricted:national:UZ::yes",
        ] {
            assert_eq!(JournalScope::from_parts(label, group), None, "{label}");
        }
    }

    #[test]
    fn the_marking_of_a_record_is_part_of_its_entrys_hash() {
        let entry = |distribution| {
            append(
                Head::EMPTY,
                NewEntry {
                    scope: JournalScope::Marked(GroupId::new(1), marking(distribution, &[])),
                    ..new_entry(1, ObjectRef::Installation)
                },
            )
        };
        assert_ne!(
            entry(Distribution::National).hash,
            entry(Distribution::Group).hash
        );
    }

    #[test]
    fn entries_hash_exactly_as_earlier_releases_hashed_them() {
        let cases = [
            (
                append(
                    Head {
                        seq: 2,
                        hash: Hash32([1; 32]),
                    },
                    NewEntry {
                        at_micros: 1_700_000_000_000_000,
                        actor: Some(UserId::new(42)),
                        actor_party: PartyCode::parse("KZ").ok(),
                        scope: JournalScope::Paper(GroupId::new(7), TextId::new(12)),
                        action: Action::ProcedureClose,
                        object: ObjectRef::Procedure(crate::domain::ids::ProcedureId::new(5)),
                        payload: Payload::new()
                            .with(payload_key::OUTCOME, "adopted")
                            .with(payload_key::SYMBOL, "CGA/2026/DEC/1"),
                    },
                ),
                "14a0baeb053b7d2bd57715e56ee163192643b3db22c4d0c610510928cd884a32",
                "52a2118580567d1347b7976775e4af3b65e89222ef10e4e94ffd38907ad6069b",
            ),
            (
                append(
                    Head::EMPTY,
                    NewEntry {
                        at_micros: 1_700_000_000_000_001,
                        actor: None,
                        actor_party: None,
                        scope: JournalScope::Installation,
                        action: Action::InstallationSigningKey,
                        object: ObjectRef::Installation,
                        payload: Payload::new()
                            .with(payload_key::ALGORITHM, "ed25519")
                            .with(payload_key::PUBLIC_KEY, "ab".repeat(32)),
                    },
                ),
                "6ff84b611df7329541fa09fd3626784b10d9626249c30e3e31b09e947975cd74",
                "58f833267a34941a4fadfab58432798c575fa963082c428f15f39508d8709618",
            ),
            (
                append(
                    Head {
                        seq: 1,
                        hash: Hash32([2; 32]),
                    },
                    NewEntry {
                        at_micros: 1_700_000_000_000_002,
                        actor: Some(UserId::new(9)),
                        actor_party: None,
                        scope: JournalScope::GroupAdministration(GroupId::new(7)),
                        action: Action::GroupCreate,
                        object: ObjectRef::Group(
                            crate::domain::names::GroupCode::parse("CGA").expect("code"),
                        ),
                        payload: Payload::new(),
                    },
                ),
                "e505b7159c72a404fb13b2c4ef23c120f65a4058bd6b928107c5db3eceddf434",
                "3048d0011b52c222b22433f8a3a5e4db127328816578d043055e122e6d858fa2",
            ),
        ];
        for (entry, payload_hash, hash) in cases {
            assert_eq!(entry.payload_hash.to_hex(), payload_hash);
            assert_eq!(entry.hash.to_hex(), hash, "{entry:?}");
        }
    }

    proptest! {
        #[test]
        fn any_single_edit_of_any_entry_is_detected(length in 1i64..12, target in 0usize..12, value in "[a-z]{1,8}") {
            let mut entries = chain(length);
            let target = target % entries.len();
            let original = entries[target].payload.clone();
            entries[target].payload = original.clone().with("title", &value);
            prop_assume!(entries[target].payload != original);
            let found = first_break(&entries);
            prop_assert_eq!(found.map(|(seq, _)| seq), Some(entries[target].seq));
        }
    }
}
