//! The groups a person belongs to, a group's page, and its journal.

use askama::Template;
use axum::extract::{Path, State};

use super::{in_group_language, render, Layout, PageResult};
use crate::app::journal::JournalItem;
use crate::app::records::{AuthorisationRecord, GroupRecord, MeetingRecord, SeatRecord};
use crate::app::Caller;
use crate::domain::meeting::{meeting_name, MeetingStatus};
use crate::domain::role::{Role, Standing};
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::http::auth::PageCaller;
use crate::http::AppState;

pub struct GroupCard {
    code: String,
    name: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "groups.html")]
struct GroupsPage {
    layout: Layout,
    groups: Vec<GroupCard>,
    is_admin: bool,
}

/// "4 members, 1 observer".
fn composition(group: &GroupRecord) -> String {
    let count = |standing| group.parties_with(standing).count();
    let mut parts = vec![format!(
        "{} member{}",
        count(Standing::Member),
        plural(count(Standing::Member))
    )];
    for (standing, word) in [(Standing::Observer, "observer"), (Standing::Guest, "guest")] {
        if count(standing) > 0 {
            parts.push(format!(
                "{} {word}{}",
                count(standing),
                plural(count(standing))
            ));
        }
    }
    parts.join(", ")
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

pub async fn list(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    let groups = state.app.groups_for(&caller).await?;
    Ok(render(&GroupsPage {
        layout: Layout::new("Your groups", Some((&caller, &csrf_token))),
        groups: groups
            .iter()
            .map(|group| GroupCard {
                code: group.code.to_string(),
                name: group.name.to_string(),
                summary: composition(group),
            })
            .collect(),
        is_admin: caller.account.is_admin,
    }))
}

pub struct PersonRow {
    name: String,
    title: String,
    role: String,
}

pub struct PartyRow {
    code: String,
    name: String,
    standing: String,
    people: Vec<PersonRow>,
}

/// A meeting as one row of a list.
pub struct MeetingRow {
    id: i64,
    name: String,
    host: String,
    city: String,
    status: String,
    starts_iso: String,
    venue_time: String,
    viewer_time: String,
}

impl MeetingRow {
    pub fn new(group: &GroupRecord, meeting: &MeetingRecord, viewer_zone: &ZoneName) -> Self {
        let starts = meeting.schedule.starts_at();
        MeetingRow {
            id: meeting.id.get(),
            name: meeting_name(meeting.format, meeting.ordinal),
            host: group
                .party(&meeting.host)
                .map(|p| p.name.to_string())
                .unwrap_or_else(|| meeting.host.to_string()),
            city: meeting.city.to_string(),
            status: meeting.status.to_string(),
            starts_iso: rfc3339_utc(starts),
            venue_time: meeting.time_zone.show(starts),
            viewer_time: viewer_zone.show(starts),
        }
    }
}

#[derive(Template)]
#[template(path = "group.html")]
struct GroupPage {
    layout: Layout,
    code: String,
    name: String,
    summary: String,
    languages: String,
    time_zone: String,
    rotation: String,
    quorum: String,
    min_silence_hours: u32,
    parties: Vec<PartyRow>,
    secretariat: Vec<PersonRow>,
    authorisations: Vec<String>,
    meetings: Vec<MeetingRow>,
    meetings_hidden: bool,
    can_plan: bool,
}

/// Whether the caller may plan meetings of the group (the secretariat, or a member's envoy,
/// for meetings their party chairs).
fn may_plan(caller: &Caller, group: &GroupRecord) -> bool {
    caller.viewer.seat(group.id).is_some_and(|seat| {
        seat.role == Role::Secretariat
            || (seat.role == Role::Envoy && seat.standing == Some(Standing::Member))
    })
}

/// The items of a list, written out with `separator` between them.
fn joined<T: std::fmt::Display>(items: &[T], separator: &str) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

/// "3 of 4 members", saying when the quorum is the default majority.
fn quorum_line(group: &GroupRecord) -> String {
    let member_count = group.member_count();
    match group.settings.quorum {
        Some(q) => format!("{q} of {member_count} members"),
        None => format!(
            "{} of {member_count} members (more than half)",
            group.settings.effective_quorum(member_count)
        ),
    }
}

/// The people in the seats that `filter` keeps.
fn people(seats: &[SeatRecord], filter: impl Fn(&SeatRecord) -> bool) -> Vec<PersonRow> {
    seats
        .iter()
        .filter(|seat| filter(seat))
        .map(|seat| PersonRow {
            name: seat.display_name.to_string(),
            title: seat.title.clone(),
            role: seat.role.to_string(),
        })
        .collect()
}

/// Each party with its delegation: members first, then observers and guests, by name.
fn party_rows(group: &GroupRecord, seats: &[SeatRecord]) -> Vec<PartyRow> {
    let mut parties: Vec<&crate::domain::group::GroupParty> = group.parties.iter().collect();
    parties.sort_by_key(|party| (party.standing, party.name.to_string()));
    parties
        .iter()
        .map(|party| PartyRow {
            code: party.code.to_string(),
            name: party.name.to_string(),
            standing: party.standing.to_string(),
            people: people(seats, |seat| seat.party.as_ref() == Some(&party.code)),
        })
        .collect()
}

/// "KZ (Kazakhstan): deputy authorised by envoy until …", in the viewer's time zone.
fn authorisation_lines(
    group: &GroupRecord,
    authorisations: &[AuthorisationRecord],
    zone: &ZoneName,
) -> Vec<String> {
    authorisations
        .iter()
        .map(|a| {
            let party_name = group
                .party(&a.party)
                .map(|p| p.name.to_string())
                .unwrap_or_default();
            format!(
                "{} ({party_name}): {} authorised by {} until {}",
                a.party,
                a.deputy,
                a.envoy,
                zone.show(a.valid_until)
            )
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    let overview = state.app.group_overview(&caller, &code).await?;
    in_group_language(&overview.group);
    let meetings = state.app.meetings_in(&caller, &overview.group).await?;
    let group = &overview.group;
    let viewer_zone = caller.account.time_zone.clone();
    let page = GroupPage {
        layout: Layout::new(group.name.to_string(), Some((&caller, &csrf_token))),
        code: group.code.to_string(),
        name: group.name.to_string(),
        summary: composition(group),
        languages: joined(&group.languages, ", "),
        time_zone: group.time_zone.to_string(),
        rotation: joined(&group.rotation, " → "),
        quorum: quorum_line(group),
        min_silence_hours: group.settings.min_silence_hours,
        parties: party_rows(group, &overview.seats),
        secretariat: people(&overview.seats, |seat| seat.role == Role::Secretariat),
        authorisations: authorisation_lines(group, &overview.authorisations, &viewer_zone),
        meetings_hidden: caller.viewer.seat(group.id).is_none(),
        meetings: sort_meetings(&meetings)
            .into_iter()
            .map(|m| MeetingRow::new(group, m, &viewer_zone))
            .collect(),
        can_plan: may_plan(&caller, group),
    };
    Ok(render(&page))
}

/// Open meetings first (soonest first), then history (newest first).
fn sort_meetings(meetings: &[MeetingRecord]) -> Vec<&MeetingRecord> {
    let (mut open, mut past): (Vec<&MeetingRecord>, Vec<&MeetingRecord>) = meetings
        .iter()
        .partition(|m| matches!(m.status, MeetingStatus::Planned | MeetingStatus::Convened));
    open.sort_by_key(|m| m.schedule.starts_at());
    past.sort_by_key(|m| std::cmp::Reverse(m.schedule.starts_at()));
    open.extend(past);
    open
}

pub struct JournalRowView {
    seq: i64,
    hash: String,
    redacted: bool,
    at: String,
    at_iso: String,
    action: String,
    object: String,
    actor: String,
    details: String,
}

#[derive(Template)]
#[template(path = "journal.html")]
struct JournalPage {
    layout: Layout,
    code: String,
    group_name: String,
    entries: Vec<JournalRowView>,
}

pub async fn journal(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    let group = state.app.group_for(&caller, &code).await?;
    let items = state.app.latest_journal(&caller, &code, 200).await?;
    let seats = state.app.people_of_group(&caller, &group).await?;
    let zone = caller.account.time_zone.clone();
    let entries = items
        .into_iter()
        .map(|item| match item {
            JournalItem::Redacted { seq, hash } => JournalRowView {
                seq,
                hash,
                redacted: true,
                at: String::new(),
                at_iso: String::new(),
                action: String::new(),
                object: String::new(),
                actor: String::new(),
                details: String::new(),
            },
            JournalItem::Full(entry) => {
                let at = jiff::Timestamp::from_microsecond(entry.at_micros).unwrap_or_default();
                let actor = match entry.actor {
                    None => "the installation".to_owned(),
                    Some(user) => seats
                        .iter()
                        .find(|seat| seat.user == user)
                        .map(|seat| seat.display_name.to_string())
                        .unwrap_or_else(|| format!("user {user}")),
                };
                let actor = match &entry.actor_party {
                    Some(party) => format!("{actor} ({party})"),
                    None => actor,
                };
                JournalRowView {
                    seq: entry.seq,
                    hash: entry.hash.to_hex(),
                    redacted: false,
                    at: zone.show(at),
                    at_iso: rfc3339_utc(at),
                    action: entry.action.to_string(),
                    object: entry.object.to_string(),
                    actor,
                    details: entry
                        .payload
                        .pairs()
                        .map(|(k, v)| format!("{k}: {v}"))
                        .collect::<Vec<_>>()
                        .join(" · "),
                }
            }
        })
        .collect();
    Ok(render(&JournalPage {
        layout: Layout::new(
            format!("Journal of {}", group.code),
            Some((&caller, &csrf_token)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        entries,
    }))
}
