//! A meeting's page and its forms: planning, details, status, agenda, attendance.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use serde::Deserialize;

use super::{
    after_form, html_message, path_id, render_form, see_other, Layout, PageForm, PageResult, Piece,
};
use crate::app::meetings::Move;
use crate::app::records::{AgendaItemRecord, AttendanceRecord, GroupRecord};
use crate::app::{AppError, Caller};
use crate::domain::ids::{AgendaItemId, AttendanceId, MeetingId};
use crate::domain::meeting::{MeetingFormat, MeetingStatus};
use crate::domain::role::Standing;
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::{AgendaItemInput, AttendanceInput, MeetingInput, MeetingPatchInput};
use crate::http::{vocabulary, AppState};
use crate::i18n::{self, Arg};

fn members(group: &GroupRecord) -> Vec<(String, String)> {
    group
        .parties_with(Standing::Member)
        .map(|p| (p.code.to_string(), format!("{} ({})", p.name, p.code)))
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct MeetingForm {
    #[serde(default)]
    format: String,
    #[serde(default)]
    host: String,
    #[serde(default)]
    chair: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    guests: String,
}

#[derive(Template)]
#[template(path = "meeting_form.html")]
struct MeetingFormPage {
    layout: Layout,
    code: String,
    group_name: String,
    formats: Vec<(String, String)>,
    members: Vec<(String, String)>,
    next_host: String,
    guest_parties: String,
    form: MeetingForm,
    errors: ValidationErrors,
}

async fn form_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    code: &str,
    form: Option<MeetingForm>,
    errors: ValidationErrors,
) -> PageResult {
    let group = state.app.group_for(caller, code).await?;
    let next_host = state
        .app
        .next_host(&group)
        .await?
        .map(|c| c.to_string())
        .unwrap_or_default();
    let invalid = !errors.is_empty();
    let form = form.unwrap_or_else(|| MeetingForm {
        format: MeetingFormat::Envoys.as_str().to_owned(),
        host: next_host.clone(),
        time_zone: group.time_zone.to_string(),
        ..MeetingForm::default()
    });
    let page = MeetingFormPage {
        layout: Layout::new(i18n::t("meetings-plan-title"), Some((caller, csrf))),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        formats: MeetingFormat::ALL
            .iter()
            .map(|f| (f.as_str().to_owned(), vocabulary::meeting_format(*f)))
            .collect(),
        members: members(&group),
        next_host,
        guest_parties: group
            .parties_with(Standing::Guest)
            .map(|p| p.code.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        form,
        errors,
    };
    render_form(&page, invalid)
}

pub async fn new(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    form_page(
        &state,
        &caller,
        &csrf_token,
        &code,
        None,
        ValidationErrors::new(),
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
    PageForm(form): PageForm<MeetingForm>,
) -> PageResult {
    let group = state.app.group_for(&caller, &code).await?;
    let input = MeetingInput {
        format: Some(form.format.clone()),
        host: Some(form.host.clone()),
        chair: Some(form.chair.clone()),
        city: form.city.clone(),
        venue: form.venue.clone(),
        starts_at: form.starts_at.clone(),
        ends_at: form.ends_at.clone(),
        time_zone: Some(form.time_zone.clone()),
        guests: form.guests.split(',').map(str::to_owned).collect(),
    };
    let outcome = match input.parse(&group.time_zone, true) {
        Ok(plan) => state.app.plan_meeting(&caller, &code, plan).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match outcome {
        Ok(meeting) => see_other(&format!("/meetings/{}?done=planned", meeting.id)),
        Err(AppError::Invalid(errors)) => {
            form_page(&state, &caller, &csrf_token, &code, Some(form), errors).await
        }
        Err(other) => Err(other.into()),
    }
}

pub struct AgendaRow {
    id: i64,
    title: String,
    description: String,
}

pub struct AttendanceRow {
    id: i64,
    party: String,
    name: String,
    title: String,
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingPage {
    layout: Layout,
    id: i64,
    code: String,
    name: String,
    /// "2nd meeting of the {group}", the group's name isolated (HTML).
    heading_html: String,
    status: String,
    status_words: String,
    format: String,
    host: String,
    host_code: String,
    chair: String,
    chair_code: String,
    city: String,
    venue: String,
    venue_zone: String,
    starts_iso: String,
    ends_iso: String,
    starts_venue: String,
    ends_venue: String,
    starts_viewer: String,
    ends_viewer: String,
    starts_local: String,
    ends_local: String,
    guests: String,
    agenda: Vec<AgendaRow>,
    attendance: Vec<AttendanceRow>,
    parties: Vec<(String, String)>,
    members: Vec<(String, String)>,
    can_manage: bool,
    closed: bool,
    next_steps: Vec<(String, String, String)>,
    notice: Option<String>,
    errors: ValidationErrors,
    agenda_title: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<String> {
    let id = match done? {
        "planned" => "meetings-notice-planned",
        "saved" => "meetings-notice-saved",
        "agenda" => "meetings-notice-agenda",
        "attendance" => "meetings-notice-attendance",
        "status" => "meetings-notice-status",
        _ => return None,
    };
    Some(i18n::t(id))
}

/// The messages of a status move's button and of the question asked before it is made.
fn step_label(status: MeetingStatus) -> (&'static str, &'static str) {
    match status {
        MeetingStatus::Convened => ("meetings-convene", "meetings-convene-confirm"),
        MeetingStatus::Concluded => ("meetings-conclude", "meetings-conclude-confirm"),
        MeetingStatus::Cancelled => ("meetings-cancel", "meetings-cancel-confirm"),
        MeetingStatus::Planned => ("meetings-plan-again", "meetings-plan-again-confirm"),
    }
}

/// The name a meeting goes by in the reader's language ("2nd meeting", "2-е заседание"):
/// the domain's `meeting_name` is the English one the API and calendars carry.
pub(crate) fn meeting_name(format: MeetingFormat, ordinal: u32) -> String {
    use fluent_templates::fluent_bundle::types::{
        FluentNumber, FluentNumberOptions, FluentNumberType,
    };
    let id = match format {
        MeetingFormat::Envoys => "meetings-name-envoys",
        MeetingFormat::SeniorOfficials => "meetings-name-senior-officials",
        MeetingFormat::Experts => "meetings-name-experts",
        MeetingFormat::Ministers => "meetings-name-ministers",
        MeetingFormat::Extraordinary => "meetings-name-extraordinary",
    };
    // Chosen by the language's ordinal rules (1st, 2nd, 3rd), not its cardinal ones.
    let ordinal = FluentNumber::new(
        f64::from(ordinal),
        FluentNumberOptions {
            r#type: FluentNumberType::Ordinal,
            ..FluentNumberOptions::default()
        },
    );
    i18n::t_with(id, &[("ordinal", Arg::Number(ordinal))])
}

/// The moves a meeting's status may make next, each with its button label and the question
/// asked before it is made: (status, label, confirmation).
fn next_steps(status: MeetingStatus) -> Vec<(String, String, String)> {
    status
        .next_steps()
        .into_iter()
        .map(|status| {
            let (label, confirm) = step_label(status);
            (status.as_str().to_owned(), i18n::t(label), i18n::t(confirm))
        })
        .collect()
}

fn comma_list(parties: &[crate::domain::names::PartyCode]) -> String {
    parties
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl AgendaRow {
    fn of(item: &AgendaItemRecord) -> Self {
        AgendaRow {
            id: item.id.get(),
            title: item.title.to_string(),
            description: item.description.to_string(),
        }
    }
}

impl AttendanceRow {
    fn of(row: &AttendanceRecord, party: String) -> Self {
        AttendanceRow {
            id: row.id.get(),
            party,
            name: row.person_name.to_string(),
            title: row.person_title.clone(),
        }
    }
}

async fn meeting_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: MeetingId,
    done: Option<&str>,
    errors: ValidationErrors,
    agenda_title: String,
) -> PageResult {
    let detail = state.app.meeting_detail(caller, id).await?;
    let group = &detail.group;
    let meeting = &detail.meeting;
    let party_name = |code: &crate::domain::names::PartyCode| {
        group
            .party(code)
            .map(|p| format!("{} ({})", p.name, p.code))
            .unwrap_or_else(|| code.to_string())
    };
    let viewer = &caller.account.time_zone;
    let (starts, ends) = (meeting.schedule.starts_at(), meeting.schedule.ends_at());
    let invalid = !errors.is_empty();
    let name = meeting_name(meeting.format, meeting.ordinal);
    let tr = i18n::current();
    let page = MeetingPage {
        layout: Layout::new(format!("{}: {name}", group.code), Some((caller, csrf))),
        id: meeting.id.get(),
        code: group.code.to_string(),
        heading_html: html_message(
            tr,
            "meetings-heading",
            &[
                ("meeting", Piece::Value(name.as_str().into())),
                ("group", Piece::Entered(group.name.as_str())),
            ],
        ),
        name,
        status: meeting.status.to_string(),
        status_words: vocabulary::meeting_status(meeting.status),
        format: vocabulary::meeting_format(meeting.format),
        host: party_name(&meeting.host),
        host_code: meeting.host.to_string(),
        chair: party_name(&meeting.chair),
        chair_code: meeting.chair.to_string(),
        city: meeting.city.to_string(),
        venue: meeting.venue.to_string(),
        venue_zone: meeting.time_zone.to_string(),
        starts_iso: rfc3339_utc(starts),
        ends_iso: rfc3339_utc(ends),
        starts_venue: tr.when(starts, &meeting.time_zone),
        ends_venue: tr.when(ends, &meeting.time_zone),
        starts_viewer: tr.when(starts, viewer),
        ends_viewer: tr.when(ends, viewer),
        starts_local: meeting.time_zone.local_input_value(starts),
        ends_local: meeting.time_zone.local_input_value(ends),
        guests: comma_list(&meeting.guests),
        agenda: detail.agenda.iter().map(AgendaRow::of).collect(),
        attendance: detail
            .attendance
            .iter()
            .map(|row| AttendanceRow::of(row, party_name(&row.party)))
            .collect(),
        parties: group
            .parties
            .iter()
            .map(|p| (p.code.to_string(), format!("{} ({})", p.name, p.code)))
            .collect(),
        members: members(group),
        can_manage: detail.can_manage,
        closed: !meeting.status.is_open(),
        next_steps: next_steps(meeting.status),
        notice: notice(done),
        errors,
        agenda_title,
    };
    render_form(&page, invalid)
}

/// `/meetings/{id}`: the page; `/meetings/{id}.ics`: the meeting as iCalendar
/// (`api::meetings::meeting_calendar`, which also takes bearer tokens).
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(done): Query<Done>,
    headers: HeaderMap,
) -> PageResult {
    if let Some(id) = id.strip_suffix(".ics") {
        return Ok(crate::http::api::meetings::meeting_calendar(&state, &headers, id).await);
    }
    let crate::http::auth::PageSession {
        caller, csrf_token, ..
    } = crate::http::auth::PageSession::from_headers(&state, &headers).await?;
    meeting_page(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        done.done.as_deref(),
        ValidationErrors::new(),
        String::new(),
    )
    .await
}

/// Runs a change; on invalid input shows the meeting page again with the messages.
async fn outcome<T>(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: MeetingId,
    result: Result<T, AppError>,
    done: &str,
    agenda_title: String,
) -> PageResult {
    after_form(
        result,
        format!("/meetings/{id}?done={done}"),
        async |errors| meeting_page(state, caller, csrf, id, None, errors, agenda_title).await,
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<MeetingPatchInput>,
) -> PageResult {
    let id: MeetingId = path_id(&id)?;
    let detail = state.app.meeting_detail(&caller, id).await?;
    let result = match form.parse(&detail.meeting.time_zone, true) {
        Ok(change) => state
            .app
            .change_meeting(&caller, id, change)
            .await
            .map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let done = if form.status.is_some() {
        "status"
    } else {
        "saved"
    };
    outcome(
        &state,
        &caller,
        &csrf_token,
        id,
        result,
        done,
        String::new(),
    )
    .await
}

pub async fn add_agenda_item(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<AgendaItemInput>,
) -> PageResult {
    let id: MeetingId = path_id(&id)?;
    let result = match form.parse() {
        Ok((title, description)) => state
            .app
            .add_agenda_item(&caller, id, title, description)
            .await
            .map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    outcome(
        &state,
        &caller,
        &csrf_token,
        id,
        result,
        "agenda",
        form.title,
    )
    .await
}

pub async fn edit_agenda_item(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(item): Path<String>,
    PageForm(form): PageForm<AgendaItemInput>,
) -> PageResult {
    let item: AgendaItemId = path_id(&item)?;
    let meeting = state.app.agenda_item(&caller, item).await?.meeting;
    let result = match form.parse() {
        Ok((title, description)) => {
            state
                .app
                .edit_agenda_item(&caller, item, title, description)
                .await
        }
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    outcome(
        &state,
        &caller,
        &csrf_token,
        meeting,
        result,
        "agenda",
        String::new(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct MoveForm {
    direction: String,
}

pub async fn move_agenda_item(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(item): Path<String>,
    PageForm(form): PageForm<MoveForm>,
) -> PageResult {
    let direction = match form.direction.as_str() {
        "up" => Move::Up,
        "down" => Move::Down,
        _ => {
            return Err(AppError::Invalid(ValidationErrors::single(
                "direction",
                crate::domain::message::Message::new("error-meeting-up-or-down"),
            ))
            .into())
        }
    };
    let meeting = state
        .app
        .move_agenda_item(&caller, path_id(&item)?, direction)
        .await?;
    see_other(&format!("/meetings/{meeting}?done=agenda"))
}

pub async fn remove_agenda_item(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(item): Path<String>,
) -> PageResult {
    let meeting = state
        .app
        .remove_agenda_item(&caller, path_id(&item)?)
        .await?;
    see_other(&format!("/meetings/{meeting}?done=agenda"))
}

pub async fn add_attendance(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<AttendanceInput>,
) -> PageResult {
    let id: MeetingId = path_id(&id)?;
    let result = match form.parse() {
        Ok((party, name, title)) => state
            .app
            .record_attendance(&caller, id, party, name, title)
            .await
            .map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    outcome(
        &state,
        &caller,
        &csrf_token,
        id,
        result,
        "attendance",
        String::new(),
    )
    .await
}

pub async fn remove_attendance(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(entry): Path<String>,
) -> PageResult {
    let entry: AttendanceId = path_id(&entry)?;
    let meeting = state.app.remove_attendance(&caller, entry).await?;
    see_other(&format!("/meetings/{meeting}?done=attendance"))
}
