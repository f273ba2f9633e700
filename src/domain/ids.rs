//! Identifiers of stored objects. Each kind of object has its own id type (`Id<Meeting>` is
//! not an `Id<User>`), so a meeting id can never be passed where a user id is expected; the
//! inner number is the database key and never crosses a layer bare.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::str::FromStr;

/// The id of one stored object of kind `K`.
pub struct Id<K> {
    raw: i64,
    kind: PhantomData<fn() -> K>,
}

impl<K> Id<K> {
    pub const fn new(raw: i64) -> Self {
        Self {
            raw,
            kind: PhantomData,
        }
    }

    pub fn get(self) -> i64 {
        self.raw
    }
}

// Written by hand because derives would demand `K: Clone` etc. of the marker types.
impl<K> Clone for Id<K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K> Copy for Id<K> {}
impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<K> Eq for Id<K> {}
impl<K> Hash for Id<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}
impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.raw.cmp(&other.raw)
    }
}
impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.raw)
    }
}
impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.raw.fmt(f)
    }
}
impl<K> FromStr for Id<K> {
    type Err = std::num::ParseIntError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse().map(Self::new)
    }
}

/// Marker kinds; they carry no data, only a name for the id type.
pub mod kind {
    pub enum User {}
    pub enum Group {}
    pub enum Meeting {}
    pub enum AgendaItem {}
    pub enum Attendance {}
    pub enum Authorisation {}
    pub enum Text {}
    pub enum Amendment {}
    pub enum Procedure {}
    pub enum Decision {}
    pub enum Session {}
    pub enum ApiToken {}
    pub enum Roadmap {}
    pub enum ActionLine {}
    pub enum Agreement {}
    pub enum Indicator {}
    pub enum Observation {}
    pub enum Target {}
    pub enum Engagement {}
    pub enum Paper {}
    pub enum Comment {}
}

pub type UserId = Id<kind::User>;
pub type GroupId = Id<kind::Group>;
pub type MeetingId = Id<kind::Meeting>;
pub type AgendaItemId = Id<kind::AgendaItem>;
pub type AttendanceId = Id<kind::Attendance>;
pub type AuthorisationId = Id<kind::Authorisation>;
pub type TextId = Id<kind::Text>;
pub type AmendmentId = Id<kind::Amendment>;
pub type ProcedureId = Id<kind::Procedure>;
pub type DecisionId = Id<kind::Decision>;
pub type SessionId = Id<kind::Session>;
pub type ApiTokenId = Id<kind::ApiToken>;
pub type RoadmapId = Id<kind::Roadmap>;
pub type ActionLineId = Id<kind::ActionLine>;
pub type AgreementId = Id<kind::Agreement>;
pub type IndicatorId = Id<kind::Indicator>;
pub type ObservationId = Id<kind::Observation>;
pub type TargetId = Id<kind::Target>;
pub type EngagementId = Id<kind::Engagement>;
pub type PaperId = Id<kind::Paper>;
pub type CommentId = Id<kind::Comment>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_one_kind_compare_by_their_number() {
        assert_eq!(MeetingId::new(3), "3".parse().expect("a number"));
        assert!(MeetingId::new(2) < MeetingId::new(10));
    }
}
