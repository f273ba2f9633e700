//! Roadmaps and their action lines (DOMAIN.md §6): who leads, by when, and how far along,
//! as the parties report it. A line's status and progress are those of its latest report;
//! a line past its due date and neither done nor cancelled is overdue.

use std::fmt;

use jiff::civil::Date;

use super::marking::{Classification, Marking, Reader};
use super::message::Message;
use super::names::{Label, Note, PartyCode};
use super::role::Standing;
use super::track::TrackCode;
use super::validation::ValidationErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineStatus {
    NotStarted,
    InProgress,
    Done,
    Delayed,
    Cancelled,
}

impl LineStatus {
    pub const ALL: [LineStatus; 5] = [
        LineStatus::NotStarted,
        LineStatus::InProgress,
        LineStatus::Done,
        LineStatus::Delayed,
        LineStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LineStatus::NotStarted => "not_started",
            LineStatus::InProgress => "in_progress",
            LineStatus::Done => "done",
            LineStatus::Delayed => "delayed",
            LineStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the line needs no more work: done, or given up.
    pub fn is_closed(self) -> bool {
        matches!(self, LineStatus::Done | LineStatus::Cancelled)
    }
}

impl fmt::Display for LineStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A share of the work done, 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(u8);

impl Percent {
    pub fn new(value: i64) -> Result<Self, Message> {
        u8::try_from(value)
            .ok()
            .filter(|v| *v <= 100)
            .map(Self)
            .ok_or_else(|| Message::new("error-roadmap-percent"))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// A line's dates: it starts, then it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub starts_on: Date,
    pub due_on: Date,
}

/// A line past its due date that is neither done nor cancelled.
pub fn is_overdue(due_on: Date, status: LineStatus, today: Date) -> bool {
    today > due_on && !status.is_closed()
}

/// How far ahead the dashboard looks for lines coming due.
pub const DUE_SOON_DAYS: i32 = 90;

/// A line still open that falls due between today and `days` days from now, both included.
pub fn is_due_within(due_on: Date, status: LineStatus, today: Date, days: i32) -> bool {
    let horizon = today
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(Date::MAX);
    !status.is_closed() && today <= due_on && due_on <= horizon
}

/// A line as proposed, before the group's facts are checked.
#[derive(Debug, Clone)]
pub struct LineDraft {
    pub title: Label,
    pub track: TrackCode,
    pub leads: Vec<PartyCode>,
    pub participants: Vec<PartyCode>,
    pub schedule: Schedule,
    pub deliverable: String,
}

/// What the rules need to know of the group.
pub struct GroupFacts<'a> {
    pub is_party: &'a dyn Fn(&PartyCode) -> bool,
    pub is_track: &'a dyn Fn(&TrackCode) -> bool,
}

impl LineDraft {
    /// Checks the line against the group: at least one lead, every party a party of the
    /// group, the track one of the group's, due no earlier than it starts. A party that leads
    /// is not listed again as taking part.
    pub fn check(mut self, facts: &GroupFacts<'_>) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.leads.is_empty() {
            errors.add("leads", Message::new("error-roadmap-leads-missing"));
        }
        check_parties(&mut errors, "leads", &self.leads, facts);
        check_parties(&mut errors, "participants", &self.participants, facts);
        if !(facts.is_track)(&self.track) {
            errors.add(
                "track",
                Message::new("error-group-not-a-track").with("track", &self.track),
            );
        }
        if self.schedule.due_on < self.schedule.starts_on {
            errors.add("due_on", Message::new("error-roadmap-due-before-start"));
        }
        let deliverable = errors.check("deliverable", Note::parse(&self.deliverable));
        errors.into_result()?;
        self.deliverable = deliverable.map(|d| d.to_string()).unwrap_or_default();
        dedupe(&mut self.leads);
        let leads = self.leads.clone();
        self.participants.retain(|p| !leads.contains(p));
        dedupe(&mut self.participants);
        Ok(self)
    }
}

fn check_parties(
    errors: &mut ValidationErrors,
    field: &str,
    parties: &[PartyCode],
    facts: &GroupFacts<'_>,
) {
    for party in parties {
        if !(facts.is_party)(party) {
            errors.add(
                field,
                Message::new("error-group-not-a-party").with("party", party),
            );
        }
    }
}

fn dedupe(parties: &mut Vec<PartyCode>) {
    let mut seen = Vec::new();
    parties.retain(|p| {
        let fresh = !seen.contains(p);
        if fresh {
            seen.push(p.clone());
        }
        fresh
    });
}

/// A line goes to every party on it: a party that leads it or takes part in it must be able
/// to see it under its marking (a `listed` line lists them, a `members` line has no observer
/// on it), or it could never report. `standing` is each party's standing in the group.
pub fn reaches_its_parties(
    marking: &Marking,
    leads: &[PartyCode],
    participants: &[PartyCode],
    standing: &dyn Fn(&PartyCode) -> Option<Standing>,
) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    for party in leads.iter().chain(participants) {
        let Some(standing) = standing(party) else {
            continue;
        };
        let reader = Reader::Delegation {
            party: party.clone(),
            standing,
        };
        if !marking.is_visible_to(&reader, Classification::Confidential) {
            errors.add(
                "distribution",
                Message::new("error-roadmap-party-would-not-see").with("party", party),
            );
        }
    }
    errors.into_result()
}

/// A party's report on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub party: PartyCode,
    pub as_of: Date,
    pub status: LineStatus,
    pub progress: Percent,
    pub summary: Note,
}

impl Report {
    /// A report must be as of a day that has come, and say something consistent: a line not
    /// started has made no progress, a line done has made all of it.
    pub fn check(self, today: Date) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.as_of > today {
            errors.add("as_of", Message::new("error-roadmap-report-in-future"));
        }
        match self.status {
            LineStatus::NotStarted if self.progress.get() != 0 => errors.add(
                "progress",
                Message::new("error-roadmap-not-started-progress"),
            ),
            LineStatus::Done if self.progress.get() != 100 => {
                errors.add("progress", Message::new("error-roadmap-done-progress"))
            }
            _ => {}
        }
        errors.into_result()?;
        Ok(self)
    }
}

/// The line's status and progress now: those of the latest report (by its date, then by
/// when it was recorded), or not started.
pub fn current<'r>(reports: impl IntoIterator<Item = &'r Report>) -> (LineStatus, Percent) {
    reports
        .into_iter()
        .enumerate()
        .max_by_key(|(recorded, report)| (report.as_of, *recorded))
        .map_or((LineStatus::NotStarted, Percent::default()), |(_, r)| {
            (r.status, r.progress)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(code: &str) -> PartyCode {
        PartyCode::parse(code).expect("valid")
    }

    fn date(text: &str) -> Date {
        text.parse().expect("a date")
    }

    fn facts() -> GroupFacts<'static> {
        GroupFacts {
            is_party: &|p| ["KZ", "KG", "TJ", "UZ", "TM"].contains(&p.as_str()),
            is_track: &|t| ["energy", "transport_logistics"].contains(&t.as_str()),
        }
    }

    fn casa_1000() -> LineDraft {
        LineDraft {
            title: Label::parse("CASA-1000 power line").expect("valid"),
            track: TrackCode::parse("energy").expect("valid"),
            leads: vec![party("KG"), party("TJ")],
            participants: vec![party("TJ"), party("UZ"), party("UZ")],
            schedule: Schedule {
                starts_on: date("2025-01-01"),
                due_on: date("2027-12-31"),
            },
            deliverable: "1,300 MW of summer exports".into(),
        }
    }

    fn report(as_of: &str, status: LineStatus, progress: i64) -> Report {
        Report {
            party: party("TJ"),
            as_of: date(as_of),
            status,
            progress: Percent::new(progress).expect("valid"),
            summary: Note::parse("Datka–Sughd line energised").expect("valid"),
        }
    }

    #[test]
    fn a_line_names_its_leads_once_and_does_not_list_them_again_as_taking_part() {
        let line = casa_1000().check(&facts()).expect("valid");
        assert_eq!(line.leads, [party("KG"), party("TJ")]);
        assert_eq!(line.participants, [party("UZ")]);
    }

    #[test]
    fn a_line_without_leads_of_unknown_parties_or_due_before_it_starts_is_refused() {
        let mut line = casa_1000();
        line.leads = vec![];
        line.participants = vec![party("FR")];
        line.track = TrackCode::parse("space").expect("valid");
        line.schedule.due_on = date("2024-12-31");
        let errors = line.check(&facts()).expect_err("refused");
        let fields: Vec<&str> = errors.fields().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["leads", "participants", "track", "due_on"]);
    }

    #[test]
    fn a_line_must_reach_every_party_on_it() {
        use crate::domain::marking::Distribution;
        let marking = |distribution, listed: &[&str]| Marking {
            distribution,
            classification: Classification::Unclassified,
            originator: None,
            listed: listed.iter().map(|p| party(p)).collect(),
            lists_secretariat: false,
        };
        let standing = |p: &PartyCode| match p.as_str() {
            "TM" => Some(Standing::Observer),
            _ => Some(Standing::Member),
        };
        let leads = [party("KG"), party("TJ")];
        let group = marking(Distribution::Group, &[]);
        assert!(reaches_its_parties(&group, &leads, &[party("TM")], &standing).is_ok());
        let members = marking(Distribution::Members, &[]);
        assert!(reaches_its_parties(&members, &leads, &[party("TM")], &standing).is_err());
        let listed = marking(Distribution::Listed, &["KG"]);
        let errors = reaches_its_parties(&listed, &leads, &[], &standing).expect_err("TJ");
        assert_eq!(errors.fields().len(), 1);
        let listed = marking(Distribution::Listed, &["KG", "TJ"]);
        assert!(reaches_its_parties(&listed, &leads, &[], &standing).is_ok());
    }

    #[test]
    fn progress_is_a_whole_percentage() {
        assert!(Percent::new(0).is_ok() && Percent::new(100).is_ok());
        assert!(Percent::new(101).is_err() && Percent::new(-1).is_err());
    }

    #[test]
    fn a_report_must_be_consistent_and_not_from_the_future() {
        let today = date("2026-12-01");
        assert!(report("2026-11-30", LineStatus::InProgress, 40)
            .check(today)
            .is_ok());
        assert!(report("2026-12-02", LineStatus::InProgress, 40)
            .check(today)
            .is_err());
        assert!(report("2026-11-30", LineStatus::Done, 90)
            .check(today)
            .is_err());
        assert!(report("2026-11-30", LineStatus::NotStarted, 5)
            .check(today)
            .is_err());
    }

    #[test]
    fn the_latest_report_by_date_sets_the_lines_status_and_progress() {
        let reports = [
            report("2026-06-30", LineStatus::InProgress, 60),
            report("2026-03-31", LineStatus::Delayed, 40),
        ];
        assert_eq!(
            current(&reports),
            (LineStatus::InProgress, Percent::new(60).expect("valid"))
        );
        assert_eq!(current(&[]), (LineStatus::NotStarted, Percent::default()));
    }

    #[test]
    fn a_line_past_due_is_overdue_until_done_or_cancelled() {
        let due = date("2026-06-30");
        assert!(is_overdue(due, LineStatus::InProgress, date("2026-07-01")));
        assert!(!is_overdue(due, LineStatus::InProgress, date("2026-06-30")));
        assert!(!is_overdue(due, LineStatus::Done, date("2027-01-01")));
        assert!(!is_overdue(due, LineStatus::Cancelled, date("2027-01-01")));
        assert!(is_overdue(due, LineStatus::Delayed, date("2027-01-01")));
    }

    #[test]
    fn a_line_is_due_soon_within_the_days_ahead_and_only_while_open() {
        let today: Date = "2026-12-01".parse().expect("a date");
        let day = |text: &str| -> Date { text.parse().expect("a date") };
        let open = LineStatus::InProgress;
        assert!(is_due_within(day("2026-12-01"), open, today, 90));
        assert!(is_due_within(day("2027-03-01"), open, today, 90));
        assert!(!is_due_within(day("2027-03-02"), open, today, 90));
        assert!(
            !is_due_within(day("2026-11-30"), open, today, 90),
            "overdue, not due soon"
        );
        assert!(!is_due_within(
            day("2027-01-01"),
            LineStatus::Done,
            today,
            90
        ));
    }
}
