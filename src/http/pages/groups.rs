//! The groups a person belongs to, a group's page, and its journal.

use askama::Template;
use axum::extract::{Path, State};

use super::meetings::meeting_name;
use super::{html_message, in_group_language, render, Layout, PageResult, Piece};
use crate::app::journal::JournalItem;
use crate::app::records::{AuthorisationRecord, GroupRecord, MeetingRecord, SeatRecord};
use crate::app::Caller;
use crate::domain::meeting::MeetingStatus;
use crate::domain::role::{Role, Standing};
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::http::auth::PageCaller;
use crate::http::vocabulary;
use crate::http::AppState;
use crate::i18n;

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

/// "4 members, 1 observer": the members always, observers and guests when there are any.
fn composition(group: &GroupRecord) -> String {
    let tr = i18n::current();
    let count = |standing| group.parties_with(standing).count();
    [
        (Standing::Member, "groups-composition-members"),
        (Standing::Observer, "groups-composition-observers"),
        (Standing::Guest, "groups-composition-guests"),
    ]
    .into_iter()
    .filter(|(standing, _)| *standing == Standing::Member || count(*standing) > 0)
    .map(|(standing, id)| tr.t1(id, "count", count(standing)))
    .collect::<Vec<_>>()
    .join(&tr.t("groups-composition-separator"))
}

pub async fn list(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    let groups = state.app.groups_for(&caller).await?;
    Ok(render(&GroupsPage {
        layout: Layout::new(i18n::t("groups-title"), Some((&caller, &csrf_token))),
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
    /// The role in the reader's language.
    role: String,
}

pub struct PartyRow {
    code: String,
    name: String,
    /// The stored word, for the badge's class.
    standing: String,
    standing_words: String,
    people: Vec<PersonRow>,
}

/// A meeting as one row of a list.
pub struct MeetingRow {
    id: i64,
    name: String,
    host: String,
    city: String,
    /// The stored word, for the badge's class.
    status: String,
    status_words: String,
    starts_iso: String,
    venue_time: String,
    /// The start on the viewer's clock, when it reads otherwise than the venue's.
    viewer_time: Option<String>,
}

impl MeetingRow {
    pub fn new(group: &GroupRecord, meeting: &MeetingRecord, viewer_zone: &ZoneName) -> Self {
        let starts = meeting.schedule.starts_at();
        let tr = i18n::current();
        let clock = |zone: &ZoneName| starts.to_zoned(zone.zone().clone()).datetime();
        let viewer_time =
            (clock(viewer_zone) != clock(&meeting.time_zone)).then(|| tr.when(starts, viewer_zone));
        MeetingRow {
            id: meeting.id.get(),
            name: meeting_name(meeting.format, meeting.ordinal),
            host: group
                .party(&meeting.host)
                .map(|p| p.name.to_string())
                .unwrap_or_else(|| meeting.host.to_string()),
            city: meeting.city.to_string(),
            status: meeting.status.to_string(),
            status_words: vocabulary::meeting_status(meeting.status),
            starts_iso: rfc3339_utc(starts),
            venue_time: tr.when(starts, &meeting.time_zone),
            viewer_time,
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
    let members = group.member_count();
    let (id, quorum) = match group.settings.quorum {
        Some(quorum) => ("group-quorum-value", quorum),
        None => (
            "group-quorum-majority",
            group.settings.effective_quorum(members),
        ),
    };
    i18n::t_with(
        id,
        &[("quorum", quorum.into()), ("members", members.into())],
    )
}

/// The people in the seats that `filter` keeps.
fn people(seats: &[SeatRecord], filter: impl Fn(&SeatRecord) -> bool) -> Vec<PersonRow> {
    seats
        .iter()
        .filter(|seat| filter(seat))
        .map(|seat| PersonRow {
            name: seat.display_name.to_string(),
            title: seat.title.clone(),
            role: vocabulary::role(seat.role),
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
            standing_words: vocabulary::standing(party.standing),
            people: people(seats, |seat| seat.party.as_ref() == Some(&party.code)),
        })
        .collect()
}

/// "KZ (Kazakhstan): deputy authorised by envoy until …", in the viewer's time zone, as
/// HTML (the names isolated).
fn authorisation_lines(
    group: &GroupRecord,
    authorisations: &[AuthorisationRecord],
    zone: &ZoneName,
) -> Vec<String> {
    let tr = i18n::current();
    authorisations
        .iter()
        .map(|a| {
            let party_name = group
                .party(&a.party)
                .map(|p| p.name.to_string())
                .unwrap_or_default();
            let until = tr.when(a.valid_until, zone);
            html_message(
                tr,
                "group-authorisation",
                &[
                    ("party", Piece::Value(a.party.as_str().into())),
                    ("name", Piece::Entered(&party_name)),
                    ("deputy", Piece::Entered(a.deputy.as_str())),
                    ("envoy", Piece::Entered(a.envoy.as_str())),
                    ("until", Piece::Value(until.into())),
                ],
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
    /// "by …", as HTML: who did it, isolated.
    by: String,
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
    let tr = i18n::current();
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
                by: String::new(),
                details: String::new(),
            },
            JournalItem::Full(entry) => {
                let at = jiff::Timestamp::from_microsecond(entry.at_micros).unwrap_or_default();
                let actor = match entry.actor {
                    None => tr.t("journal-actor-installation"),
                    Some(user) => seats
                        .iter()
                        .find(|seat| seat.user == user)
                        .map(|seat| seat.display_name.to_string())
                        .unwrap_or_else(|| tr.t1("journal-actor-user", "id", user.to_string())),
                };
                let by = match &entry.actor_party {
                    Some(party) => html_message(
                        tr,
                        "journal-entry-by-party",
                        &[
                            ("actor", Piece::Entered(&actor)),
                            ("party", Piece::Value(party.as_str().into())),
                        ],
                    ),
                    None => {
                        html_message(tr, "journal-entry-by", &[("actor", Piece::Entered(&actor))])
                    }
                };
                JournalRowView {
                    seq: entry.seq,
                    hash: entry.hash.to_hex(),
                    redacted: false,
                    at: tr.when(at, &zone),
                    at_iso: rfc3339_utc(at),
                    action: entry.action.to_string(),
                    object: entry.object.to_string(),
                    by,
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
            tr.t1("journal-title", "code", group.code.as_str()),
            Some((&caller, &csrf_token)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        entries,
    }))
}
