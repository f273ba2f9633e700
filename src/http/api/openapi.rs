//! The OpenAPI 3.1 document of every route above, generated from the handlers' annotations
//! so that it cannot drift from the code.

use axum::response::Response;
use utoipa::OpenApi;

use super::json;

#[derive(OpenApi)]
#[openapi(
    info(title = "Majlis API", version = "1", description = "The record of a contact group of states: groups, delegations, meetings and the journal."),
    paths(
        super::health::healthz, super::health::readyz,
        super::session::sign_in, super::session::sign_out, super::session::me, super::session::create_token,
        super::users::create, super::users::list, super::users::set_password, super::users::disable,
        super::groups::list, super::groups::show, super::groups::create, super::groups::update,
        super::groups::add_delegate, super::groups::remove_delegate, super::groups::authorise,
        super::meetings::list, super::meetings::create, super::meetings::show, super::meetings::update,
        super::meetings::add_agenda_item, super::meetings::reorder_agenda, super::meetings::edit_agenda_item,
        super::meetings::remove_agenda_item, super::meetings::add_attendance, super::meetings::remove_attendance,
        super::meetings::meeting_calendar, super::meetings::feed,
        super::texts::list, super::texts::create, super::texts::show, super::texts::add_version,
        super::texts::add_language, super::texts::propose_amendment, super::texts::incorporate, super::texts::decline,
        super::procedures::open, super::procedures::show, super::procedures::position, super::procedures::confirm,
        super::procedures::decline, super::procedures::break_silence, super::procedures::statement,
        super::procedures::extend, super::procedures::withdraw, super::procedures::list, super::procedures::show_decision, super::evidence::evidence,
        super::journal::head, super::journal::list, super::journal::receipt,
        openapi_json,
    ),
    tags(
        (name = "session", description = "Signing in, tokens, the caller"),
        (name = "users", description = "Accounts (administrator)"),
        (name = "groups", description = "Groups, delegations, authorisations"),
        (name = "meetings", description = "Meetings, agenda, attendance"),
        (name = "calendar", description = "iCalendar"),
        (name = "texts", description = "Texts, versions, language versions, amendments"),
        (name = "procedures", description = "Consensus rounds and silence procedures"),
        (name = "decisions", description = "Adopted decisions and the public record"),
        (name = "journal", description = "The tamper-evident record"),
        (name = "operations", description = "Health checks"),
    )
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, operation_id = "openapi", path = "/api/v1/openapi.json", tag = "operations", responses((status = 200, description = "OpenAPI 3.1 document")))]
pub async fn openapi_json() -> Response {
    json(ApiDoc::openapi())
}
