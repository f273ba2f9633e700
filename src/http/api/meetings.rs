//! Meetings, their agenda and attendance, and iCalendar for a meeting.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{json, path_id as id, AgendaItemView, ApiJson, AttendanceView, MeetingView};
use crate::app::AppError;
use crate::domain::ids::{AgendaItemId, AttendanceId, MeetingId};
use crate::http::auth::{file_caller, ApiCaller};
use crate::http::error::{ApiError, ApiResult};
use crate::http::input::{
    AgendaItemInput, AgendaOrderInput, AttendanceInput, MeetingInput, MeetingPatchInput,
};
use crate::http::AppState;

/// The group's meetings the caller may see, newest first.
#[utoipa::path(get, operation_id = "list_meetings", path = "/api/v1/groups/{code}/meetings", tag = "meetings", params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The meetings, newest first", body = [MeetingView]), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (group, meetings) = state.app.meetings_for(&caller, &code).await?;
    Ok(json(
        meetings
            .iter()
            .map(|m| MeetingView::new(&group, m))
            .collect::<Vec<_>>(),
    ))
}

/// Plans a meeting (secretariat, or the chair's envoy); host and chair default from the rotation.
#[utoipa::path(post, operation_id = "create_meeting", path = "/api/v1/groups/{code}/meetings", tag = "meetings", request_body = MeetingInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The meeting", body = MeetingView), (status = 403, description = "Only the secretariat or the chair's envoy plans a meeting"), (status = 404), (status = 409, description = "Conflicts with the group's state")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<MeetingInput>,
) -> ApiResult<Response> {
    let group = state.app.group_for(&caller, &code).await?;
    let plan = input.parse(&group.time_zone, false)?;
    let meeting = state.app.plan_meeting(&caller, &code, plan).await?;
    Ok((
        StatusCode::CREATED,
        json(MeetingView::new(&group, &meeting)),
    )
        .into_response())
}

/// One meeting with its agenda and attendance.
#[utoipa::path(get, operation_id = "get_meeting", path = "/api/v1/meetings/{id}", tag = "meetings", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The meeting with its agenda and attendance", body = MeetingView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.meeting_detail(&caller, id(&meeting)?).await?;
    let mut view = MeetingView::new(&detail.group, &detail.meeting);
    view.agenda = Some(detail.agenda.iter().map(AgendaItemView::from).collect());
    view.attendance = Some(detail.attendance.iter().map(AttendanceView::from).collect());
    Ok(json(view))
}

/// Edits a meeting or moves its status (planned → convened → concluded; planned → cancelled).
#[utoipa::path(patch, operation_id = "update_meeting", path = "/api/v1/meetings/{id}", tag = "meetings", request_body = MeetingPatchInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The meeting as changed", body = MeetingView), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "Not a move the meeting's status allows, or the meeting is over")))]
pub async fn update(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
    ApiJson(input): ApiJson<MeetingPatchInput>,
) -> ApiResult<Response> {
    let meeting_id: MeetingId = id(&meeting)?;
    let detail = state.app.meeting_detail(&caller, meeting_id).await?;
    let change = input.parse(&detail.meeting.time_zone, false)?;
    let meeting = state
        .app
        .change_meeting(&caller, meeting_id, change)
        .await?;
    Ok(json(MeetingView::new(&detail.group, &meeting)))
}

/// Adds an item at the end of the agenda.
#[utoipa::path(post, operation_id = "add_agenda_item", path = "/api/v1/meetings/{id}/agenda", tag = "meetings", request_body = AgendaItemInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The item", body = AgendaItemView), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over")))]
pub async fn add_agenda_item(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
    ApiJson(input): ApiJson<AgendaItemInput>,
) -> ApiResult<Response> {
    let meeting: MeetingId = id(&meeting)?;
    let (title, description) = input.parse()?;
    let item = state
        .app
        .add_agenda_item(&caller, meeting, title, description)
        .await?;
    let item = state.app.agenda_item(&caller, item).await?;
    Ok((StatusCode::CREATED, json(AgendaItemView::from(&item))).into_response())
}

/// Puts the agenda in a new order: `{ "items": [ids…] }`, every item once.
#[utoipa::path(put, operation_id = "reorder_agenda", path = "/api/v1/meetings/{id}/agenda/order", tag = "meetings", request_body = AgendaOrderInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 204, description = "The agenda is in the new order"), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over")))]
pub async fn reorder_agenda(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
    ApiJson(input): ApiJson<AgendaOrderInput>,
) -> ApiResult<StatusCode> {
    let order = input.items.into_iter().map(AgendaItemId::new).collect();
    state
        .app
        .reorder_agenda(&caller, id(&meeting)?, order)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Edits an agenda item's title and description.
#[utoipa::path(patch, operation_id = "edit_agenda_item", path = "/api/v1/agenda/{id}", tag = "meetings", request_body = AgendaItemInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 204, description = "The item is changed"), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over")))]
pub async fn edit_agenda_item(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(item): Path<String>,
    ApiJson(input): ApiJson<AgendaItemInput>,
) -> ApiResult<StatusCode> {
    let (title, description) = input.parse()?;
    state
        .app
        .edit_agenda_item(&caller, id(&item)?, title, description)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes an agenda item.
#[utoipa::path(delete, operation_id = "remove_agenda_item", path = "/api/v1/agenda/{id}", tag = "meetings", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 204, description = "The item is removed"), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over")))]
pub async fn remove_agenda_item(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(item): Path<String>,
) -> ApiResult<StatusCode> {
    state.app.remove_agenda_item(&caller, id(&item)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records a person present for a party.
#[utoipa::path(post, operation_id = "add_attendance", path = "/api/v1/meetings/{id}/attendance", tag = "meetings", request_body = AttendanceInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The entry", body = AttendanceView), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over, or the person is already recorded")))]
pub async fn add_attendance(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(meeting): Path<String>,
    ApiJson(input): ApiJson<AttendanceInput>,
) -> ApiResult<Response> {
    let meeting: MeetingId = id(&meeting)?;
    let (party, name, title) = input.parse()?;
    let entry = state
        .app
        .record_attendance(&caller, meeting, party.clone(), name.clone(), title.clone())
        .await?;
    let view = AttendanceView {
        id: entry.get(),
        party: party.to_string(),
        name: name.to_string(),
        title,
    };
    Ok((StatusCode::CREATED, json(view)).into_response())
}

/// Removes an attendance entry.
#[utoipa::path(delete, operation_id = "remove_attendance", path = "/api/v1/attendance/{id}", tag = "meetings", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 204, description = "The entry is removed"), (status = 403, description = "Only the secretariat or the chair's envoy manages the meeting"), (status = 404), (status = 409, description = "The meeting is over")))]
pub async fn remove_attendance(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(entry): Path<String>,
) -> ApiResult<StatusCode> {
    let entry: AttendanceId = id(&entry)?;
    state.app.remove_attendance(&caller, entry).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One meeting as an iCalendar file.
// For a person following the link on the meeting's page (cookie) or a program (bearer
// token). `pages::meetings::show` hands requests for `{id}.ics` here, since the same address
// without `.ics` is the meeting's page.
#[utoipa::path(get, operation_id = "get_meeting_calendar", path = "/meetings/{id}.ics", tag = "calendar",
    params(("id" = i64, Path, description = "The meeting's id")),
    description = "The meeting as iCalendar, for a bearer token or a session cookie. A browser without credentials (one that accepts text/html) is redirected to `/signin` instead of the 401.",
    security(("bearer" = []), ("cookie" = [])),
    responses(
        (status = 200, description = "The meeting as one VEVENT", content_type = "text/calendar", body = String),
        (status = 303, description = "A browser without credentials is sent to sign in"),
        (status = 401, description = "No live bearer token or session"),
        (status = 404, description = "No such meeting, or not one the caller may see"),
    ))]
pub async fn meeting_calendar(state: &AppState, headers: &HeaderMap, meeting: &str) -> Response {
    let caller = match file_caller(state, headers).await {
        Ok(caller) => caller,
        Err(refusal) => return refusal,
    };
    let calendar = match id(meeting) {
        Ok(meeting) => state.app.meeting_calendar(&caller, meeting).await,
        Err(error) => Err(error),
    };
    match calendar {
        Ok(body) => ics(body),
        Err(error) => ApiError(error).into_response(),
    }
}

fn ics(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        body,
    )
        .into_response()
}

/// A person's feed of every meeting they may see, at a secret address (see the profile page).
#[utoipa::path(get, operation_id = "calendar_feed", path = "/calendar/{token}", tag = "calendar", params(("token" = String, Path, description = "The secret feed token followed by `.ics`, as the profile page shows the address")),
    responses((status = 200, description = "Every meeting the token's owner may see, one VEVENT each", content_type = "text/calendar", body = String), (status = 404, description = "No such feed (the address was renewed, or never was)")))]
pub async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> ApiResult<Response> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    Ok(ics(state.app.calendar_feed(token).await?))
}
