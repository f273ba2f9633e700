//! The demo's meetings (DEMO-DATA.md): the 1st meeting of envoys in Tashkent and the
//! extraordinary meeting in Astana, both concluded, and the next regular meeting planned four
//! weeks after loading, hosted by the next party in the rotation.

use jiff::{SignedDuration, Timestamp};

use super::{code, label, zone, MEMBERS};
use crate::app::meetings::{MeetingChange, MeetingPlan};
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::ids::MeetingId;
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::names::Note;
use crate::domain::time::{local_to_instant, ZoneName};

/// A past meeting of the demo, as the table below gives it.
struct PastMeeting {
    format: MeetingFormat,
    host: &'static str,
    city: &'static str,
    venue: &'static str,
    zone: &'static str,
    starts: &'static str,
    ends: &'static str,
    agenda: &'static [&'static str],
    /// Whether the member envoys are recorded as present.
    attended: bool,
}

const PAST_MEETINGS: [PastMeeting; 2] = [
    PastMeeting {
        format: MeetingFormat::Envoys,
        host: "UZ",
        city: "Tashkent",
        venue: "Ministry of Foreign Affairs of the Republic of Uzbekistan",
        zone: "Asia/Tashkent",
        starts: "2025-08-26T10:00",
        ends: "2025-08-26T17:00",
        agenda: &[
            "Establishing the Contact Group as a regular format of envoy-level dialogue",
            "A coordinated regional approach to Afghanistan",
            "Trade, transport, logistics and cultural-humanitarian links with Afghanistan",
            "Security cooperation: terrorism, extremism, narcotics trafficking and cross-border crime",
            "Engagement with the de facto authorities in Kabul",
        ],
        attended: true,
    },
    PastMeeting {
        format: MeetingFormat::Extraordinary,
        host: "KZ",
        city: "Astana",
        venue: "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        zone: "Asia/Almaty",
        starts: "2026-02-16T10:00",
        ends: "2026-02-16T16:00",
        agenda: &[
            "Regional security",
            "Transit corridors through Afghanistan",
            "Trade with Afghanistan",
        ],
        attended: false,
    },
];

const NEXT_AGENDA: [&str; 3] = [
    "Adoption of the agenda",
    "Follow-up of the 1st meeting and the extraordinary meeting",
    "Connectivity projects: the Trans-Afghan railway and CASA-1000",
];

impl App {
    /// Plans, holds and concludes the past meetings and plans the next; returns the 1st
    /// meeting, whose joint statement the demo adopts.
    pub(super) async fn load_demo_meetings(&self, secretariat: &Caller) -> AppResult<MeetingId> {
        let mut first = None;
        for past in &PAST_MEETINGS {
            let id = self.hold_past_meeting(secretariat, past).await?;
            first.get_or_insert(id);
        }
        // The next regular meeting: host left to the rotation (after KZ comes KG), four weeks on.
        let bishkek = zone("Asia/Bishkek")?;
        let start = next_morning(self.now() + SignedDuration::from_hours(24 * 28), &bishkek)?;
        let next = self
            .plan_meeting(
                secretariat,
                "CGA",
                MeetingPlan {
                    format: MeetingFormat::Envoys,
                    host: None,
                    chair: None,
                    city: label("Bishkek")?,
                    venue: label("Ministry of Foreign Affairs of the Kyrgyz Republic")?,
                    schedule: Schedule::new(start, start + SignedDuration::from_hours(7))
                        .map_err(|e| AppError::Internal(e.into()))?,
                    time_zone: bishkek,
                    guests: vec![],
                },
            )
            .await?;
        for title in NEXT_AGENDA {
            self.add_agenda_item(secretariat, next.id, label(title)?, Note::default())
                .await?;
        }
        first.ok_or(AppError::NotFound)
    }

    async fn hold_past_meeting(
        &self,
        secretariat: &Caller,
        past: &PastMeeting,
    ) -> AppResult<MeetingId> {
        let venue_zone = zone(past.zone)?;
        let meeting = self
            .plan_meeting(
                secretariat,
                "CGA",
                MeetingPlan {
                    format: past.format,
                    host: Some(code(past.host)?),
                    chair: None,
                    city: label(past.city)?,
                    venue: label(past.venue)?,
                    schedule: schedule(past.starts, past.ends, &venue_zone)?,
                    time_zone: venue_zone,
                    guests: vec![],
                },
            )
            .await?;
        for title in past.agenda {
            self.add_agenda_item(secretariat, meeting.id, label(title)?, Note::default())
                .await?;
        }
        if past.attended {
            for (party, country, _) in MEMBERS {
                self.record_attendance(
                    secretariat,
                    meeting.id,
                    code(party)?,
                    label(&format!("Special Representative of {country}"))?,
                    "Head of delegation".into(),
                )
                .await?;
            }
        }
        for status in [MeetingStatus::Convened, MeetingStatus::Concluded] {
            let change = MeetingChange {
                status: Some(status),
                ..Default::default()
            };
            self.change_meeting(secretariat, meeting.id, change).await?;
        }
        Ok(meeting.id)
    }
}

fn schedule(start: &str, end: &str, venue_zone: &ZoneName) -> AppResult<Schedule> {
    let start = local_to_instant(start, venue_zone).map_err(|e| AppError::Internal(e.into()))?;
    let end = local_to_instant(end, venue_zone).map_err(|e| AppError::Internal(e.into()))?;
    Schedule::new(start, end).map_err(|e| AppError::Internal(e.into()))
}

/// 10:00 local time on the day of `instant` in `zone`.
fn next_morning(instant: Timestamp, zone: &ZoneName) -> AppResult<Timestamp> {
    let day = instant.to_zoned(zone.zone().clone()).date();
    let morning = day.at(10, 0, 0, 0);
    morning
        .to_zoned(zone.zone().clone())
        .map(|zoned| zoned.timestamp())
        .map_err(|e| AppError::Internal(e.into()))
}
