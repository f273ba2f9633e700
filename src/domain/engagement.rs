//! A party's record of its contacts with a counterpart authority (DOMAIN.md §6): its own
//! record, `national` unless its envoy deliberately widens it.

use jiff::civil::Date;

use super::marking::Distribution;
use super::message::Message;
use super::names::{Label, Note, PartyCode};
use super::track::TrackCode;
use super::validation::ValidationErrors;

/// An engagement as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engagement {
    pub party: PartyCode,
    pub date: Date,
    pub place: Label,
    /// The level of the contact (e.g. "envoy", "deputy minister").
    pub level: Label,
    pub counterpart: Label,
    pub tracks: Vec<TrackCode>,
    pub summary: Note,
    pub follow_up: Option<Note>,
    pub distribution: Distribution,
}

/// The distribution an engagement has when none is chosen: its own delegation only.
pub const DEFAULT_DISTRIBUTION: Distribution = Distribution::National;

impl Engagement {
    /// An engagement took place on a day that has come, in at least one of the group's tracks.
    pub fn check(
        self,
        today: Date,
        is_track: &dyn Fn(&TrackCode) -> bool,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.date > today {
            errors.add("date", Message::new("error-engagement-in-future"));
        }
        if self.tracks.is_empty() {
            errors.add("tracks", Message::new("error-engagement-no-track"));
        }
        for track in &self.tracks {
            if !is_track(track) {
                errors.add(
                    "tracks",
                    Message::new("error-group-not-a-track").with("track", track),
                );
            }
        }
        errors.into_result()?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kabul_meeting() -> Engagement {
        Engagement {
            party: PartyCode::parse("UZ").expect("valid"),
            date: "2026-11-20".parse().expect("a date"),
            place: Label::parse("Kabul").expect("valid"),
            level: Label::parse("Special representative").expect("valid"),
            counterpart: Label::parse("Ministry of Commerce and Industry").expect("valid"),
            tracks: vec![TrackCode::parse("trade").expect("valid")],
            summary: Note::parse("Railway financing and border trade").expect("valid"),
            follow_up: None,
            distribution: DEFAULT_DISTRIBUTION,
        }
    }

    fn today() -> Date {
        "2026-12-01".parse().expect("a date")
    }

    #[test]
    fn an_engagement_is_national_by_default_and_recorded_once_it_took_place() {
        assert_eq!(DEFAULT_DISTRIBUTION, Distribution::National);
        let is_track = |t: &TrackCode| t.as_str() == "trade";
        assert!(kabul_meeting().check(today(), &is_track).is_ok());
        let mut future = kabul_meeting();
        future.date = "2026-12-02".parse().expect("a date");
        assert!(future.check(today(), &is_track).is_err());
    }

    #[test]
    fn an_engagement_names_tracks_of_the_group() {
        let mut untracked = kabul_meeting();
        untracked.tracks.clear();
        let is_track = |t: &TrackCode| t.as_str() == "trade";
        assert!(untracked.check(today(), &is_track).is_err());
        let mut unknown = kabul_meeting();
        unknown.tracks = vec![TrackCode::parse("space").expect("valid")];
        let errors = unknown.check(today(), &is_track).expect_err("refused");
        assert_eq!(
            errors.message_for("tracks"),
            Some(
                &crate::domain::message::Message::new("error-group-not-a-track")
                    .with("track", "space")
            )
        );
    }
}
