//! The demo's roadmap (DEMO-DATA.md, "Connectivity projects"): the regional cooperation
//! roadmap 2025–2027 with four action lines, the Trans-Afghan railway study, CASA-1000, TAPI
//! and the Termez hub, each with a progress report by a party that leads it. The railway study
//! was due in mid-2026 and is still in progress, so the demo shows an overdue line. A report
//! dated after the day the demo is loaded is left out (no report speaks of the future).

use jiff::civil::Date;

use super::{code, label};
use crate::app::followup::roadmaps::{LinePlan, RoadmapPlan};
use crate::app::followup::today_at;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::figures::Period;
use crate::domain::marking::{Classification, Distribution, MarkingChoice};
use crate::domain::names::{Note, Username};
use crate::domain::roadmap::{LineDraft, LineStatus, Percent, Report, Schedule};
use crate::domain::track::TrackCode;

/// One action line of the demo and the report its lead has made.
struct DemoLine {
    title: &'static str,
    track: &'static str,
    leads: &'static [&'static str],
    starts_on: &'static str,
    due_on: &'static str,
    deliverable: &'static str,
    /// Who reports, for which party, as of when, and what.
    reporter: &'static str,
    party: &'static str,
    as_of: &'static str,
    status: LineStatus,
    progress: i64,
    summary: &'static str,
}

const LINES: [DemoLine; 4] = [
    DemoLine {
        title: "Trans-Afghan railway feasibility study",
        track: "transport_logistics",
        leads: &["UZ"],
        starts_on: "2025-07-17",
        due_on: "2026-06-30",
        deliverable: "A feasibility study of the Termez–Naibabad–Maidan Shahr–Logar–Kharlachi \
            route, about 681 km, with its cost (estimates range from USD 4.8 to 7 billion) and \
            a plan to finance it.",
        reporter: "uz.delegate",
        party: "UZ",
        as_of: "2025-07-17",
        status: LineStatus::InProgress,
        progress: 10,
        summary: "Uzbekistan, Afghanistan and Pakistan signed the framework agreement on the \
            feasibility study in Kabul. Surveying of the route is the next step.",
    },
    DemoLine {
        title: "CASA-1000 power transmission line",
        track: "energy",
        leads: &["KG", "TJ"],
        starts_on: "2025-01-01",
        due_on: "2027-12-31",
        deliverable: "Summer exports of up to 1,300 MW of electricity from Kyrgyzstan and \
            Tajikistan to the south, with the line in commercial operation.",
        reporter: "tj.delegate",
        party: "TJ",
        as_of: "2025-03-31",
        status: LineStatus::InProgress,
        progress: 55,
        summary: "The 500 kV line between Datka and Sughd was energised on 31 March 2025. \
            Commercial operation of the whole line is expected in 2027.",
    },
    DemoLine {
        title: "TAPI gas pipeline",
        track: "energy",
        leads: &["TM"],
        starts_on: "2025-01-01",
        due_on: "2027-12-31",
        deliverable: "Gas flowing through the Serhetabat–Herat section of the \
            Turkmenistan–Afghanistan–Pakistan–India pipeline.",
        reporter: "tm.observer",
        party: "TM",
        as_of: "2025-12-31",
        status: LineStatus::InProgress,
        progress: 25,
        summary: "Construction of the Serhetabat–Herat section continues on the Afghan side.",
    },
    DemoLine {
        title: "Termez logistics hub",
        track: "humanitarian",
        leads: &["UZ"],
        starts_on: "2025-01-01",
        due_on: "2025-12-31",
        deliverable: "Humanitarian supplies for Afghanistan routed through the Termez hub as \
            part of the United Nations' supply network.",
        reporter: "uz.delegate",
        party: "UZ",
        as_of: "2025-02-11",
        status: LineStatus::Done,
        progress: 100,
        summary: "The Termez hub joined UNHCR's global supply network on 11 February 2025.",
    },
];

fn invalid(what: &str, error: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("demo {what}: {error}"))
}

fn day(text: &str) -> AppResult<Date> {
    text.parse().map_err(|e| invalid("date", e))
}

fn note(text: &str) -> AppResult<Note> {
    Note::parse(text).map_err(|e| invalid("note", e))
}

impl App {
    /// Records the roadmap and its lines as the secretariat, then each line's report as a
    /// delegate of the party that leads it.
    pub(super) async fn load_demo_roadmap(&self, secretariat: &Caller) -> AppResult<()> {
        let plan = RoadmapPlan {
            title: label("Regional cooperation roadmap 2025–2027")?,
            period: Period::new(day("2025-01-01")?, day("2027-12-31")?)
                .map_err(|e| invalid("period", e))?,
            decision: None,
        };
        let roadmap = self.create_roadmap(secretariat, "CGA", plan).await?;
        let today = today_at(&roadmap.group, self.now());
        for line in &LINES {
            let draft = LineDraft {
                title: label(line.title)?,
                track: TrackCode::parse(line.track).map_err(|e| invalid("track", e))?,
                leads: line
                    .leads
                    .iter()
                    .copied()
                    .map(code)
                    .collect::<AppResult<_>>()?,
                participants: Vec::new(),
                schedule: Schedule {
                    starts_on: day(line.starts_on)?,
                    due_on: day(line.due_on)?,
                },
                deliverable: line.deliverable.to_owned(),
            };
            let marking = MarkingChoice {
                distribution: Distribution::Group,
                classification: Classification::Unclassified,
                listed: Vec::new(),
            };
            let added = self
                .add_line(
                    secretariat,
                    roadmap.entry.roadmap.id,
                    LinePlan { draft, marking },
                )
                .await?;
            let as_of = day(line.as_of)?;
            if as_of > today {
                continue;
            }
            let reporter = Username::parse(line.reporter).map_err(|e| invalid("username", e))?;
            let reporter = self.caller_by_username(&reporter).await?;
            let report = Report {
                party: code(line.party)?,
                as_of,
                status: line.status,
                progress: Percent::new(line.progress).map_err(|e| invalid("progress", e))?,
                summary: note(line.summary)?,
            };
            self.report_on_line(&reporter, added.line.id, report)
                .await?;
        }
        Ok(())
    }
}
