//! Typed readings of API answers, for tests that assert what a client observes. Each view
//! holds only the fields some test asserts; serde ignores the rest, so a view keeps working
//! when the API grows. Views that must match an answer exactly say so with
//! `deny_unknown_fields`.

use serde::Deserialize;

/// An RFC 9457 problem document.
#[derive(Debug, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: u16,
}

/// `GET /api/v1/groups/{code}`.
#[derive(Debug, Deserialize)]
pub struct Group {
    pub guests: Vec<String>,
    /// Present when the group is shown with its people.
    pub delegations: Option<Vec<Seat>>,
}

/// A person's seat in a group.
#[derive(Debug, Deserialize)]
pub struct Seat {
    pub username: String,
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
    pub distribution: String,
    pub classification: String,
    pub versions: Vec<Version>,
    pub amendments: Vec<Amendment>,
    pub procedures: Vec<ProcedureSummary>,
}

#[derive(Debug, Deserialize)]
pub struct Version {
    pub number: i64,
}

/// An amendment as a text lists it, and the answer to proposing one.
#[derive(Debug, Deserialize)]
pub struct Amendment {
    pub id: i64,
    pub party: String,
    pub state: String,
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

/// `GET /api/v1/procedures/{id}`.
#[derive(Debug, Deserialize)]
pub struct Procedure {
    pub id: i64,
    pub text: i64,
    pub state: String,
    pub decision: Option<DecisionLink>,
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
    pub distribution: String,
    pub positions: Vec<Position>,
}

/// A party's position in a procedure or a decision.
#[derive(Debug, Deserialize)]
pub struct Position {
    pub party: String,
    pub recorded_by: Option<String>,
}

/// `GET /api/v1/meetings/{id}`, an item of `/api/v1/groups/{code}/meetings`.
#[derive(Debug, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub city: String,
    pub guests: Vec<String>,
}

/// An agenda item, as adding one answers.
#[derive(Debug, Deserialize)]
pub struct AgendaItem {
    pub id: i64,
}

/// An attendance entry, as recording one answers.
#[derive(Debug, Deserialize)]
pub struct Attendance {
    pub id: i64,
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
}

/// A redacted entry exactly: its place and hash and nothing else (DOMAIN.md §2).
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Stub {
    pub seq: i64,
    pub hash: String,
    pub redacted: bool,
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
