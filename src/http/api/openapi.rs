//! The OpenAPI 3.1 document of every route above, generated from the handlers' annotations
//! so that it cannot drift from the code. Each handler lists what is particular to it (its
//! body, its success, its 403, 404 and 409); [`Conventions`] adds what holds for every
//! operation of a kind, as the layers around the handlers make it hold: 401 where a caller is
//! needed, 403 for cross-site requests, 413/415/422 for JSON bodies, 422 for query strings,
//! and the problem+json body of every error.

use axum::response::Response;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::security::{
    ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use super::json;
use super::schemas as shape;
use crate::http::auth::SESSION_COOKIE;

#[derive(OpenApi)]
#[openapi(
    info(title = "Majlis API", version = "1", description = "The record of a contact group of states: groups, delegations, meetings, texts, procedures, decisions and the journal.\n\nErrors are RFC 9457 `application/problem+json` documents. Programs authenticate with `Authorization: Bearer <token>` (from `POST /api/v1/tokens`); people with the session cookie, whose unsafe requests must come from the same origin or carry `X-CSRF-Token`. A method a path does not list is answered 405 with an `Allow` header."),
    paths(
        super::health::healthz, super::health::readyz,
        super::session::sign_in, super::session::sign_out, super::session::me, super::session::set_language, super::session::notifications, super::session::set_notifications, super::session::create_token,
        super::credentials::list_tokens, super::credentials::revoke_token, super::credentials::list_sessions,
        super::credentials::end_session, super::credentials::change_password,
        super::users::create, super::users::list, super::users::set_password, super::users::disable,
        super::groups::list, super::groups::show, super::groups::create, super::groups::update,
        super::groups::add_delegate, super::groups::remove_delegate, super::groups::authorise,
        super::groups::add_party,
        super::followup::tracks, super::followup::set_tracks, super::followup::agreements, super::followup::record_agreement, super::dashboard::show,
        super::followup::engagements, super::followup::record_engagement, super::followup::engagement, super::followup::widen_engagement,
        super::figures::list, super::figures::create, super::figures::show, super::figures::record, super::figures::target,
        super::figures::import, super::figures::export, super::figures::chart,
        super::roadmaps::list, super::roadmaps::create, super::roadmaps::show, super::roadmaps::add_line, super::roadmaps::show_line, super::roadmaps::update_line, super::roadmaps::report,
        super::meetings::list, super::meetings::create, super::meetings::show, super::meetings::update,
        super::meetings::add_agenda_item, super::meetings::reorder_agenda, super::meetings::edit_agenda_item,
        super::meetings::remove_agenda_item, super::meetings::add_attendance, super::meetings::remove_attendance,
        super::meetings::meeting_calendar, super::meetings::feed,
        super::texts::list, super::texts::create, super::texts::show, super::texts::add_version,
        super::texts::add_language, super::texts::propose_amendment, super::texts::incorporate, super::texts::decline,
        super::papers::list, super::papers::create, super::papers::show, super::papers::attach, super::papers::download,
        super::comments::on_paper, super::comments::add_to_paper, super::comments::on_text, super::comments::add_to_text, super::comments::show, super::comments::withdraw,
        super::search::search,
        super::procedures::open, super::procedures::show, super::procedures::position, super::procedures::confirm,
        super::procedures::decline, super::procedures::break_silence, super::procedures::statement, super::procedures::chair_note,
        super::procedures::extend, super::procedures::withdraw, super::procedures::list, super::procedures::show_decision, super::documents::decision, super::documents::minutes, super::procedures::record_later, super::evidence::evidence,
        crate::http::pages::public::decisions,
        super::journal::head, super::journal::list, super::journal::receipt, super::live::stream,
        openapi_json,
    ),
    components(schemas(
        shape::GroupCodeText, shape::PartyCodeText, shape::UsernameText, shape::LabelText,
        shape::NoteText, shape::PasswordText, shape::InstantText, shape::ZoneNameText,
        shape::LanguageTagText, shape::BodyText, shape::TitleText, shape::StatementText,
        shape::NonBlankText, shape::RoleName, shape::StandingName, shape::MeetingFormatName,
        shape::MeetingStatusName, shape::TextKindName, shape::DistributionName,
        shape::ClassificationName, shape::LanguageStatusName, shape::ProcedureKindName,
        shape::PositionName, shape::DateText, shape::DecimalText, shape::TrackCodeText,
        shape::CurrencyText, shape::UrlText, shape::UrlOrBlank, shape::DistributionOrBlank,
        shape::AgreementStatusName, shape::LineStatusName, shape::FlowName,
        shape::PaperKindName, shape::PaperBodyText, shape::FileNameText, shape::CommentBodyText, shape::HitKindName,
        super::documents::PdfFile, super::live::LiveEventView,
        crate::http::error::Problem,
    )),
    modifiers(&Conventions),
    tags(
        (name = "session", description = "Signing in, tokens, the caller"),
        (name = "users", description = "Accounts (administrator)"),
        (name = "groups", description = "Groups, delegations, authorisations"),
        (name = "meetings", description = "Meetings, agenda, attendance"),
        (name = "follow-through", description = "Tracks, roadmaps, agreements, figures, engagements"),
        (name = "calendar", description = "iCalendar"),
        (name = "texts", description = "Texts, versions, language versions, amendments"),
        (name = "papers", description = "Papers circulated between meetings, and their attachments"),
        (name = "comments", description = "Comments on papers and texts, in threads"),
        (name = "search", description = "Finding what the caller may see"),
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

/// Operations under `/api/v1` that answer without a caller; every other one needs a bearer
/// token or a session (`http::auth::ApiCaller`).
const WITHOUT_CALLER: [&str; 3] = ["openapi", "sign_in", "sign_out"];

/// What holds for every operation of a kind, added to the document after the annotations.
pub struct Conventions;

impl Modify for Conventions {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(SESSION_COOKIE))),
        );
        for (path, item) in openapi.paths.paths.iter_mut() {
            for (unsafe_method, operation) in operations(item) {
                let needs_caller = path.starts_with("/api/v1/")
                    && !operation
                        .operation_id
                        .as_deref()
                        .is_some_and(|id| WITHOUT_CALLER.contains(&id));
                if needs_caller {
                    operation.security = Some(vec![
                        SecurityRequirement::new("bearer", Vec::<String>::new()),
                        SecurityRequirement::new("cookie", Vec::<String>::new()),
                    ]);
                    add(operation, 401, "No live bearer token or session");
                }
                if unsafe_method {
                    add(operation, 403, "Refused: a cookie request from another site (CSRF), or an act the caller may not do");
                }
                if operation.request_body.is_some() {
                    add(operation, 413, "The body is larger than 256 KiB");
                    add(
                        operation,
                        415,
                        "The body is not JSON (send Content-Type: application/json)",
                    );
                    add(operation, 422, "Invalid input: malformed JSON, an unknown field, or fields that break a rule (`errors` names each)");
                }
                let has_query =
                    operation.parameters.iter().flatten().any(|p| {
                        matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query)
                    });
                if has_query {
                    add(operation, 422, "A query parameter is not valid");
                }
                problem_bodies(operation);
            }
        }
    }
}

/// Every operation of a path, with whether its method is unsafe (subject to the CSRF rule).
fn operations(item: &mut PathItem) -> impl Iterator<Item = (bool, &mut Operation)> {
    [
        (false, item.get.as_mut()),
        (true, item.post.as_mut()),
        (true, item.put.as_mut()),
        (true, item.patch.as_mut()),
        (true, item.delete.as_mut()),
    ]
    .into_iter()
    .filter_map(|(unsafe_method, operation)| operation.map(|o| (unsafe_method, o)))
}

/// Adds an error response unless the operation's annotation already describes that status.
fn add(operation: &mut Operation, status: u16, description: &str) {
    operation
        .responses
        .responses
        .entry(status.to_string())
        .or_insert_with(|| RefOr::T(ResponseBuilder::new().description(description).build()));
}

/// Every 4xx and 5xx answer of the API is a problem document (`http::error`): an error
/// declared without content, or as JSON, is declared as `application/problem+json` with the
/// `Problem` schema. Other content an annotation states (the public record's HTML page,
/// `/readyz`'s text) stays as stated.
fn problem_bodies(operation: &mut Operation) {
    for (status, response) in operation.responses.responses.iter_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        if !(status.starts_with('4') || status.starts_with('5')) {
            continue;
        }
        let was_json = response.content.shift_remove("application/json").is_some();
        if was_json || response.content.is_empty() {
            response.content.insert(
                "application/problem+json".to_owned(),
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            );
        }
        if response.description.is_empty() {
            response.description = default_description(status).to_owned();
        }
    }
}

fn default_description(status: &str) -> &'static str {
    match status {
        "401" => "No live bearer token or session",
        "403" => "The caller sees this but may not do it (the detail says why)",
        "404" => "Nothing here, or nothing the caller may see",
        "409" => "Conflicts with the current state (the detail says how)",
        "422" => "Invalid input (`errors` names each field)",
        "429" => "Too many failed sign-ins; try again later",
        "503" => "The database does not answer",
        _ => "Refused",
    }
}
