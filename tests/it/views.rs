//! Typed readings of API answers, for tests that assert what a client observes. Each view
//! holds only the fields some test asserts; serde ignores the rest, so a view keeps working
//! when the API grows. Views that must match an answer exactly say so with
//! `deny_unknown_fields`. A field a test asserts to be a string is a `String`: an answer
//! without it, or with another type, fails to read, which fails the test.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// An RFC 9457 problem document.
#[derive(Debug, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: u16,
    pub detail: String,
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

/// One refused field of a problem document.
#[derive(Debug, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl Problem {
    /// The names of the refused fields, in order.
    pub fn fields(&self) -> Vec<&str> {
        self.errors.iter().map(|e| e.field.as_str()).collect()
    }

    /// The message for `field`, or "" when the field is not named.
    pub fn message_for(&self, field: &str) -> &str {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
            .unwrap_or_default()
    }

    /// The message of the first refused field.
    pub fn first_message(&self) -> &str {
        self.errors
            .first()
            .map(|e| e.message.as_str())
            .unwrap_or_default()
    }
}

/// `GET /api/v1/me`.
#[derive(Debug, Deserialize)]
pub struct Me {
    pub username: String,
    pub roles: Vec<Role>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Role {
    pub group: String,
    pub party: Option<String>,
    pub role: String,
}

/// An item of `GET /api/v1/users`.
#[derive(Debug, Deserialize)]
pub struct User {
    pub username: String,
    pub is_admin: bool,
}

/// `GET /api/v1/groups/{code}`, an item of `/api/v1/groups`, and the answers of the calls
/// that change a group.
#[derive(Debug, Deserialize)]
pub struct Group {
    pub code: String,
    pub name: String,
    pub members: Vec<String>,
    pub observers: Vec<String>,
    pub guests: Vec<String>,
    pub rotation: Vec<String>,
    pub settings: GroupSettings,
    /// Present when the group is shown with its people.
    pub delegations: Option<Vec<Seat>>,
}

#[derive(Debug, Deserialize)]
pub struct GroupSettings {
    pub quorum: u32,
    pub min_silence_hours: u32,
}

/// A person's seat in a group.
#[derive(Debug, Deserialize)]
pub struct Seat {
    pub username: String,
    pub party: Option<String>,
    pub role: String,
}

/// An item of `GET /api/v1/groups/{code}/texts`.
#[derive(Debug, Deserialize)]
pub struct TextSummary {
    pub id: i64,
    pub title: String,
}

/// `GET /api/v1/texts/{id}` and the answers of the calls that change a text.
#[derive(Debug, Deserialize)]
pub struct Text {
    pub id: i64,
    pub title: String,
    pub penholder: String,
    pub distribution: String,
    pub classification: String,
    pub versions: Vec<Version>,
    pub language_versions: Vec<LanguageVersion>,
    pub open_brackets: Vec<Bracket>,
    pub amendments: Vec<Amendment>,
    pub procedures: Vec<ProcedureSummary>,
}

#[derive(Debug, Deserialize)]
pub struct Version {
    pub number: i64,
    pub hash: String,
    pub credited_party: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct LanguageVersion {
    pub language: String,
}

/// An open bracket of a text: who holds it and the wordings it chooses between.
#[derive(Debug, Deserialize)]
pub struct Bracket {
    pub holders: Vec<String>,
    pub alternatives: Vec<String>,
}

/// An amendment as a text lists it, and the answer to proposing one.
#[derive(Debug, Deserialize)]
pub struct Amendment {
    pub id: i64,
    pub party: String,
    pub state: String,
    pub replacement: String,
    pub reason: String,
    pub diff: Vec<DiffPart>,
}

#[derive(Debug, Deserialize)]
pub struct DiffPart {
    pub change: String,
}

#[derive(Debug, Deserialize)]
pub struct ProcedureSummary {
    pub id: i64,
    pub kind: String,
}

/// The answer to opening a procedure.
#[derive(Debug, Deserialize)]
pub struct Opened {
    pub id: i64,
    pub state: String,
}

/// `GET /api/v1/procedures/{id}` and the answers of the acts in a procedure.
#[derive(Debug, Deserialize)]
pub struct Procedure {
    pub id: i64,
    pub text: i64,
    pub state: String,
    pub chair: String,
    pub members: Vec<String>,
    pub deadline: String,
    pub closed_at: Option<String>,
    pub positions: Vec<Position>,
    pub reasons: Vec<String>,
    pub broken_by: Option<Break>,
    pub decision: Option<DecisionLink>,
    pub meeting: Option<i64>,
    pub session_round: Option<i64>,
    pub timeline: Vec<TimelineEntry>,
}

/// One recorded act in a procedure's timeline.
#[derive(Debug, Deserialize)]
pub struct TimelineEntry {
    pub event: String,
    pub party: Option<String>,
    pub text: Option<String>,
    pub journal_seq: i64,
}

impl Procedure {
    /// The position of `party`, which must be a member of the round.
    pub fn position_of(&self, party: &str) -> &Position {
        self.positions
            .iter()
            .find(|p| p.party == party)
            .unwrap_or_else(|| panic!("{party} is a member of the round: {self:?}"))
    }
}

#[derive(Debug, Deserialize)]
pub struct Break {
    pub party: String,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
pub struct DecisionLink {
    pub id: i64,
    pub symbol: String,
}

/// `GET /api/v1/decisions/{id}`, an item of `/api/v1/groups/{code}/decisions` and of
/// `/public/{code}/decisions` (JSON).
#[derive(Debug, Deserialize)]
pub struct Decision {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub text: i64,
    pub text_hash: String,
    pub body: String,
    pub distribution: String,
    pub procedure: ProcedureRef,
    pub positions: Vec<Position>,
    pub statements: Vec<Statement>,
    pub adopted_at: String,
    pub meeting: Option<i64>,
    pub recorded_later: Option<RecordedLater>,
}

/// Who recorded a decision taken before the group used Majlis, and when.
#[derive(Debug, Deserialize)]
pub struct RecordedLater {
    pub by: Option<String>,
    pub by_name: String,
    pub at: String,
    pub note: String,
}

impl Decision {
    /// The position recorded for `party`, which must have taken part.
    pub fn position_of(&self, party: &str) -> &Position {
        self.positions
            .iter()
            .find(|p| p.party == party)
            .unwrap_or_else(|| panic!("{party} took part in {}", self.symbol))
    }
}

/// The procedure a decision came from.
#[derive(Debug, Deserialize)]
pub struct ProcedureRef {
    pub id: i64,
}

/// A party's position in a procedure or a decision.
#[derive(Debug, Deserialize)]
pub struct Position {
    pub party: String,
    pub position: String,
    pub reason: Option<String>,
    pub chair_note: bool,
    pub recorded_by: Option<String>,
    pub recorded_by_title: Option<String>,
    pub reported_by_secretariat: bool,
}

/// An interpretive statement in a procedure or a decision.
#[derive(Debug, Deserialize)]
pub struct Statement {
    pub party: String,
    pub statement: String,
}

/// `GET /api/v1/meetings/{id}`, an item of `/api/v1/groups/{code}/meetings`.
#[derive(Debug, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub name: String,
    pub ordinal: u32,
    pub host: String,
    pub chair: String,
    pub status: String,
    pub city: String,
    pub starts_at: String,
    pub time_zone: String,
    pub guests: Vec<String>,
    /// Present when one meeting is shown.
    pub agenda: Option<Vec<AgendaItem>>,
    pub attendance: Option<Vec<Attendance>>,
}

/// An agenda item, as adding one answers and a meeting lists it.
#[derive(Debug, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
    pub title: String,
}

/// An attendance entry, as recording one answers and a meeting lists it.
#[derive(Debug, Deserialize)]
pub struct Attendance {
    pub id: i64,
    pub party: String,
}

/// `GET /api/v1/journal/head`.
#[derive(Debug, Deserialize, PartialEq, Eq, Clone)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

/// An entry of `GET /api/v1/journal`, in full or redacted.
#[derive(Debug, Deserialize)]
pub struct JournalEntry {
    pub seq: i64,
    pub hash: String,
    pub redacted: bool,
    pub action: Option<String>,
    pub object: Option<String>,
    pub payload: Option<BTreeMap<String, String>>,
    pub prev_hash: Option<String>,
}

/// A redacted entry exactly: its place and hash and nothing else (DOMAIN.md §2).
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Stub {
    pub seq: i64,
    pub hash: String,
    pub redacted: bool,
}

/// An entry as the journal lists it: exactly a stub, or an entry in full. A redacted entry
/// that showed anything more than a stub reads as `Full` with `redacted` set.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Listed {
    Stub(Stub),
    Full(JournalEntry),
}

impl Listed {
    pub fn seq(&self) -> i64 {
        match self {
            Listed::Stub(stub) => stub.seq,
            Listed::Full(entry) => entry.seq,
        }
    }
}

/// `GET /api/v1/journal/receipt`, exactly, so that a story can forge a field and write the
/// receipt back whole.
#[derive(Debug, Deserialize, Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub algorithm: String,
    pub seq: i64,
    pub hash: String,
    pub signed_at: String,
    pub signed_at_micros: i64,
    pub public_key: String,
    pub signature: String,
}

/// `GET /api/v1/decisions/{id}/evidence`.
#[derive(Debug, Deserialize)]
pub struct Evidence {
    pub symbol: String,
    pub title: String,
    pub entries: Vec<EvidenceEntry>,
}

#[derive(Debug, Deserialize)]
pub struct EvidenceEntry {
    pub seq: i64,
    pub object: String,
}

/// The answer to creating an API token: the only time its secret is shown.
#[derive(Debug, Deserialize)]
pub struct NewToken {
    pub id: i64,
    pub token: String,
}

/// An item of `GET /api/v1/tokens`.
#[derive(Debug, Deserialize)]
pub struct Token {
    pub id: i64,
    pub name: String,
    pub created_at: String,
    pub expires_at: String,
    pub last_used_at: Option<String>,
    /// Never present: a listed token shows no secret.
    pub token: Option<String>,
}

/// An item of `GET /api/v1/sessions`.
#[derive(Debug, Deserialize)]
pub struct SessionItem {
    pub id: i64,
    pub current: bool,
    pub created_at: String,
    pub expires_at: String,
}
