//! Meetings of a group (DOMAIN.md §5): formats, the status lifecycle and its allowed
//! transitions, ordinals, and the schedule in the venue's time zone.

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use thiserror::Error;

use super::message::{Explain, Message};

use super::role::UnknownVariant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingFormat {
    Envoys,
    SeniorOfficials,
    Experts,
    Ministers,
    Extraordinary,
}

impl MeetingFormat {
    pub const ALL: [MeetingFormat; 5] = [
        MeetingFormat::Envoys,
        MeetingFormat::SeniorOfficials,
        MeetingFormat::Experts,
        MeetingFormat::Ministers,
        MeetingFormat::Extraordinary,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingFormat::Envoys => "envoys",
            MeetingFormat::SeniorOfficials => "senior_officials",
            MeetingFormat::Experts => "experts",
            MeetingFormat::Ministers => "ministers",
            MeetingFormat::Extraordinary => "extraordinary",
        }
    }

    /// How a person reads the format, e.g. in "2nd meeting of senior officials".
    pub fn label(self) -> &'static str {
        match self {
            MeetingFormat::Envoys => "envoys",
            MeetingFormat::SeniorOfficials => "senior officials",
            MeetingFormat::Experts => "experts",
            MeetingFormat::Ministers => "ministers",
            MeetingFormat::Extraordinary => "extraordinary",
        }
    }
}

impl FromStr for MeetingFormat {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|format| format.as_str() == text)
            .ok_or(UnknownVariant(
                "envoys, senior_officials, experts, ministers, extraordinary",
            ))
    }
}

impl fmt::Display for MeetingFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingStatus {
    Planned,
    Convened,
    Concluded,
    Cancelled,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("a {from} meeting cannot become {to}")]
pub struct TransitionRefused {
    pub from: MeetingStatus,
    pub to: MeetingStatus,
}

impl Explain for TransitionRefused {
    fn message(&self) -> Message {
        Message::new("error-meeting-transition-refused")
            .with("from", self.from.as_str())
            .with("to", self.to.as_str())
    }
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 4] = [
        MeetingStatus::Planned,
        MeetingStatus::Convened,
        MeetingStatus::Concluded,
        MeetingStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "planned",
            MeetingStatus::Convened => "convened",
            MeetingStatus::Concluded => "concluded",
            MeetingStatus::Cancelled => "cancelled",
        }
    }

    /// The lifecycle: planned → convened → concluded, and a planned meeting may be cancelled.
    /// Concluded and cancelled meetings are history and do not change.
    pub fn transition_to(self, to: MeetingStatus) -> Result<MeetingStatus, TransitionRefused> {
        use MeetingStatus::*;
        match (self, to) {
            (Planned, Convened) | (Convened, Concluded) | (Planned, Cancelled) => Ok(to),
            _ => Err(TransitionRefused { from: self, to }),
        }
    }

    /// The statuses a meeting in this status may move to next, for buttons on a page.
    pub fn next_steps(self) -> Vec<MeetingStatus> {
        Self::ALL
            .into_iter()
            .filter(|to| self.transition_to(*to).is_ok())
            .collect()
    }

    /// Whether details (time, venue, agenda) may still be edited.
    pub fn is_open(self) -> bool {
        matches!(self, MeetingStatus::Planned | MeetingStatus::Convened)
    }
}

impl FromStr for MeetingStatus {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or(UnknownVariant("planned, convened, concluded, cancelled"))
    }
}

impl fmt::Display for MeetingStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "22nd"…
pub fn ordinal_suffix(number: u32) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// The name a meeting goes by, e.g. "2nd meeting" or "1st extraordinary meeting".
pub fn meeting_name(format: MeetingFormat, ordinal: u32) -> String {
    match format {
        MeetingFormat::Envoys => format!("{} meeting", ordinal_suffix(ordinal)),
        MeetingFormat::Extraordinary => {
            format!("{} extraordinary meeting", ordinal_suffix(ordinal))
        }
        other => format!("{} meeting of {}", ordinal_suffix(ordinal), other.label()),
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("must be after the start")]
pub struct EndsBeforeStart;

impl Explain for EndsBeforeStart {
    fn message(&self) -> Message {
        Message::new("error-meeting-ends-before-start")
    }
}

/// When a meeting runs; the end is after the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    starts_at: Timestamp,
    ends_at: Timestamp,
}

impl Schedule {
    pub fn new(starts_at: Timestamp, ends_at: Timestamp) -> Result<Self, EndsBeforeStart> {
        if ends_at <= starts_at {
            return Err(EndsBeforeStart);
        }
        Ok(Self { starts_at, ends_at })
    }

    pub fn starts_at(&self) -> Timestamp {
        self.starts_at
    }

    pub fn ends_at(&self) -> Timestamp {
        self.ends_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MeetingStatus::*;

    #[test]
    fn a_meeting_moves_forward_only() {
        assert_eq!(Planned.transition_to(Convened), Ok(Convened));
        assert_eq!(Convened.transition_to(Concluded), Ok(Concluded));
        assert_eq!(Planned.transition_to(Cancelled), Ok(Cancelled));
        assert!(Concluded.transition_to(Planned).is_err());
        assert!(Convened.transition_to(Cancelled).is_err());
        assert!(Cancelled.transition_to(Convened).is_err());
        assert!(Planned.transition_to(Concluded).is_err());
        assert!(Planned.transition_to(Planned).is_err());
    }

    #[test]
    fn refusals_say_what_was_tried() {
        let refusal = Concluded.transition_to(Convened).expect_err("not allowed");
        assert_eq!(
            refusal.to_string(),
            "a concluded meeting cannot become convened"
        );
    }

    #[test]
    fn ordinals_read_as_english() {
        let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal_suffix)
            .collect();
        assert_eq!(
            names,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
        assert_eq!(meeting_name(MeetingFormat::Envoys, 2), "2nd meeting");
        assert_eq!(
            meeting_name(MeetingFormat::SeniorOfficials, 1),
            "1st meeting of senior officials"
        );
    }

    #[test]
    fn a_schedule_must_end_after_it_starts() {
        let start = Timestamp::from_second(1_000).expect("valid");
        let end = Timestamp::from_second(2_000).expect("valid");
        assert!(Schedule::new(start, end).is_ok());
        assert_eq!(Schedule::new(end, start), Err(EndsBeforeStart));
        assert_eq!(Schedule::new(start, start), Err(EndsBeforeStart));
    }
}
