//! A meeting's minutes as `templates/pdf/minutes.typ` reads them: the meeting, when and
//! where it was held (in the venue's time), its agenda, who attended for each party, and the
//! decisions taken at it that the reader may see. The minutes carry the highest marking of
//! the decisions they list, since they show those decisions' symbols and titles.

use serde::Serialize;

use super::decision::party_name;
use super::{render, DocumentError, DocumentLanguage, Template};
use crate::app::procedures::MeetingMinutes;
use crate::app::records::{AttendanceRecord, GroupRecord};
use crate::domain::marking::Classification;
use crate::domain::names::PartyCode;

const TEMPLATE: Template = Template {
    name: "minutes.typ",
    source: include_str!("../../../templates/pdf/minutes.typ"),
};

#[derive(Debug, Serialize)]
pub struct MinutesDocument {
    #[serde(skip)]
    file_stem: String,
    title: String,
    group: String,
    /// Codes: `Classification::as_str`, `MeetingFormat::as_str`, `MeetingStatus::as_str`.
    classification: &'static str,
    format: &'static str,
    status: &'static str,
    host: String,
    chair: String,
    place: String,
    starts: String,
    ends: String,
    time_zone: String,
    guests: Vec<String>,
    agenda: Vec<AgendaItem>,
    attendance: Vec<Delegation>,
    decisions: Vec<DecisionTaken>,
}

#[derive(Debug, Serialize)]
struct AgendaItem {
    title: String,
    description: String,
}

/// Who attended for one party.
#[derive(Debug, Serialize)]
struct Delegation {
    party: String,
    people: Vec<Person>,
}

#[derive(Debug, Serialize)]
struct Person {
    name: String,
    title: String,
}

#[derive(Debug, Serialize)]
struct DecisionTaken {
    symbol: String,
    title: String,
    adopted: String,
}

impl MinutesDocument {
    pub fn of(minutes: &MeetingMinutes) -> MinutesDocument {
        let detail = &minutes.meeting;
        let (group, meeting) = (&detail.group, &detail.meeting);
        let zone = &meeting.time_zone;
        let classification = minutes
            .decisions
            .iter()
            .map(|decision| decision.procedure.text.marking.classification)
            .max()
            .unwrap_or(Classification::Unclassified);
        MinutesDocument {
            file_stem: format!("{}-{}-minutes", group.code, detail.name()),
            title: detail.name(),
            group: group.name.to_string(),
            classification: classification.as_str(),
            format: meeting.format.as_str(),
            status: meeting.status.as_str(),
            host: party_name(group, &meeting.host),
            chair: party_name(group, &meeting.chair),
            place: format!("{}, {}", meeting.venue, meeting.city),
            starts: crate::i18n::current().when(meeting.schedule.starts_at(), zone),
            ends: crate::i18n::current().when(meeting.schedule.ends_at(), zone),
            time_zone: zone.to_string(),
            guests: meeting
                .guests
                .iter()
                .map(|party| party_name(group, party))
                .collect(),
            agenda: detail
                .agenda
                .iter()
                .map(|item| AgendaItem {
                    title: item.title.to_string(),
                    description: item.description.to_string(),
                })
                .collect(),
            attendance: delegations(group, &detail.attendance),
            decisions: minutes
                .decisions
                .iter()
                .map(|decision| DecisionTaken {
                    symbol: decision.decision.symbol.clone(),
                    title: decision.procedure.text.title.to_string(),
                    adopted: crate::i18n::current().when(decision.decision.adopted_at, zone),
                })
                .collect(),
        }
    }

    /// The file name the minutes are saved under, before `.pdf`.
    pub fn file_stem(&self) -> &str {
        &self.file_stem
    }

    pub async fn render(&self, language: &DocumentLanguage) -> Result<Vec<u8>, DocumentError> {
        render(TEMPLATE, language, self).await
    }
}

/// The attendance grouped by party, the parties in the order the group lists them (a party
/// it no longer lists last), each party's people in the order recorded.
fn delegations(group: &GroupRecord, attendance: &[AttendanceRecord]) -> Vec<Delegation> {
    let mut unlisted: Vec<&PartyCode> = attendance
        .iter()
        .map(|row| &row.party)
        .filter(|code| group.party(code).is_none())
        .collect();
    unlisted.sort();
    unlisted.dedup();
    group
        .parties
        .iter()
        .map(|party| &party.code)
        .chain(unlisted)
        .filter_map(|code| {
            let people: Vec<Person> = attendance
                .iter()
                .filter(|row| &row.party == code)
                .map(|row| Person {
                    name: row.person_name.to_string(),
                    title: row.person_title.clone(),
                })
                .collect();
            (!people.is_empty()).then(|| Delegation {
                party: party_name(group, code),
                people,
            })
        })
        .collect()
}
