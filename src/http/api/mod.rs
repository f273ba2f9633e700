//! The versioned JSON API (`/api/v1`): what programs read, the JSON and query extractors
//! whose refusals are problem+json too, and the layer that makes every other refusal so.
//! Views are built from domain and store types here, so the domain stays free of wire formats.

pub mod comments;
pub mod credentials;
pub mod dashboard;
pub mod documents;
pub mod evidence;
pub mod figures;
pub mod followup;
pub mod groups;
pub mod health;
pub mod journal;
pub mod live;
pub mod meetings;
pub mod openapi;
pub mod papers;
pub mod procedures;
pub mod roadmaps;
pub mod schemas;
pub mod search;
pub mod session;
pub mod texts;
pub mod users;

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use utoipa::ToSchema;

use super::error::problem_response;
use crate::app::records::{
    AgendaItemRecord, AttendanceRecord, GroupRecord, MeetingRecord, SeatRecord, UserRecord,
};
use crate::app::Caller;
use crate::domain::journal::Entry;
use crate::domain::meeting::meeting_name;
use crate::domain::message::Message;
use crate::domain::role::Standing;
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::i18n;

/// A JSON body; malformed, oversized or unknown-field bodies are answered as problem+json.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_problem(rejection)),
        }
    }
}

fn json_problem(rejection: JsonRejection) -> Response {
    let status = rejection.status();
    let (kind, title) = match status.as_u16() {
        413 => ("too-large", i18n::t("problem-too-large-title")),
        415 => ("unsupported-media-type", i18n::t("problem-send-json-title")),
        _ => ("invalid-json", i18n::t("problem-invalid-json-title")),
    };
    let status = if status.as_u16() == 400 {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        status
    };
    // The detail is serde's own account of what it could not read, in English.
    problem_response(status, kind, &title, rejection.body_text(), None)
}

/// A query string; one that does not fit `T` is answered as problem+json (422) naming each
/// parameter, where axum's own `Query` would answer 400 in plain text.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // As axum's `Query` does, but keeping the path to the field that failed.
        let query = parts.uri.query().unwrap_or_default();
        let deserializer =
            serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        match serde_path_to_error::deserialize(deserializer) {
            Ok(value) => Ok(ApiQuery(value)),
            Err(error) => {
                let (parameter, message) = query_error(&error);
                let errors = ValidationErrors::single(&parameter, message);
                let tr = i18n::current();
                let detail = Message::new("problem-invalid-query-detail")
                    .with("parameters", tr.fields(&errors));
                Err(problem_response(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid-query",
                    &tr.t("problem-invalid-query-title"),
                    tr.message(&detail),
                    Some(errors),
                ))
            }
        }
    }
}

/// The parameter a query string error is about, and what is wrong with it in words a person
/// reads without knowing Rust's number parser.
fn query_error(
    error: &serde_path_to_error::Error<serde_urlencoded::de::Error>,
) -> (String, Message) {
    let original = error.inner().to_string();
    // serde names the parameter in the message, not the path, for unknown and missing ones.
    let quoted = original.split('`').nth(1).unwrap_or("query").to_owned();
    if let Some(expected) = original.strip_prefix(&format!("unknown field `{quoted}`, ")) {
        // serde's list of the parameters there are ("expected one of `a`, `b`"), in English.
        return (
            quoted,
            Message::new("error-query-unknown-parameter").with("expected", expected),
        );
    }
    if original.starts_with("missing field") {
        return (quoted, Message::new("error-query-required"));
    }
    let parameter = error.path().to_string();
    let message = if original.contains("invalid digit") || original.contains("empty string") {
        Message::new("error-must-be-whole-number")
    } else if original.contains("too large") || original.contains("too small") {
        Message::new("error-query-out-of-range")
    } else {
        Message::new("error-query-unreadable").with("reason", original)
    };
    (parameter, message)
}

/// Makes every error answer under `/api/v1` problem+json. Handlers and extractors answer so
/// already; this catches what axum answers by itself before any handler runs: 405 from the
/// method router (with its `Allow` header kept), and plain-text rejections such as a path
/// segment that is not valid UTF-8.
pub async fn problems_only(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/problem+json"));
    if is_problem || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 4096)
        .await
        .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_owned())
        .unwrap_or_default();
    let reason = status.canonical_reason().unwrap_or("Error");
    let kind = reason.to_lowercase().replace(' ', "-");
    let tr = i18n::current();
    let title = match status {
        StatusCode::BAD_REQUEST => tr.t("problem-bad-request-title"),
        StatusCode::NOT_FOUND => tr.t("problem-not-found-title"),
        StatusCode::METHOD_NOT_ALLOWED => tr.t("problem-method-not-allowed-title"),
        StatusCode::PAYLOAD_TOO_LARGE => tr.t("problem-payload-too-large-title"),
        // A status no route of ours answers by itself: HTTP's own name for it.
        _ => reason.to_owned(),
    };
    let detail = match status {
        StatusCode::METHOD_NOT_ALLOWED => {
            let allowed = parts
                .headers
                .get(header::ALLOW)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .replace(',', ", ");
            tr.message(
                &Message::new("problem-method-not-allowed-detail")
                    .with("method", method.as_str())
                    .with("allowed", allowed),
            )
        }
        StatusCode::NOT_FOUND => tr.t("problem-not-found-detail"),
        // axum's own words (a path that is not UTF-8…), in English.
        _ if !text.is_empty() => text,
        _ => {
            tr.message(&Message::new("problem-refused-detail").with("reason", title.to_lowercase()))
        }
    };
    let mut problem = problem_response(status, &kind, &title, detail, None);
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            problem.headers_mut().insert(name.clone(), value.clone());
        }
    }
    problem
}

/// A path id; one that is not a number names nothing (404).
pub fn path_id<K>(text: &str) -> Result<crate::domain::ids::Id<K>, crate::app::AppError> {
    text.parse().map_err(|_| crate::app::AppError::NotFound)
}

/// Serialises a view as a JSON response.
pub fn json<T: Serialize>(value: T) -> Response {
    axum::Json(value).into_response()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoleView {
    pub group: String,
    /// The party the person sits for; absent for the secretariat.
    pub party: Option<String>,
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeView {
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
    pub clearance: String,
    pub time_zone: String,
    /// The interface language the person chose (`en`, `ru`, `uz`, `kk`, `ky`, `tg`,
    /// `fa-AF`, `ps`); null until they choose one.
    pub language: Option<String>,
    pub roles: Vec<RoleView>,
}

impl MeView {
    pub fn new(caller: &Caller, groups: &[GroupRecord]) -> Self {
        let roles = caller
            .viewer
            .seats
            .iter()
            .filter_map(|seat| {
                let group = groups.iter().find(|g| g.id == seat.group)?;
                Some(RoleView {
                    group: group.code.to_string(),
                    party: seat.party.as_ref().map(ToString::to_string),
                    role: seat.role.to_string(),
                })
            })
            .collect();
        MeView {
            username: caller.account.username.to_string(),
            display_name: caller.account.display_name.to_string(),
            is_admin: caller.account.is_admin,
            clearance: caller.account.clearance.as_str().to_owned(),
            time_zone: caller.account.time_zone.to_string(),
            language: caller.account.language.map(|l| l.tag().to_owned()),
            roles,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
    pub disabled: bool,
    pub clearance: String,
    pub time_zone: String,
}

impl From<&UserRecord> for UserView {
    fn from(user: &UserRecord) -> Self {
        UserView {
            username: user.username.to_string(),
            display_name: user.display_name.to_string(),
            is_admin: user.is_admin,
            disabled: user.disabled,
            clearance: user.clearance.as_str().to_owned(),
            time_zone: user.time_zone.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PartyView {
    pub code: String,
    pub name: String,
    /// member, observer or guest.
    pub standing: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SettingsView {
    /// Concurring parties needed to adopt, as in force.
    pub quorum: u32,
    /// True when the quorum is the default (more than half of the members).
    pub quorum_is_default: bool,
    pub min_silence_hours: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeatView {
    pub username: String,
    pub display_name: String,
    pub party: Option<String>,
    pub role: String,
    pub title: String,
}

impl From<&SeatRecord> for SeatView {
    fn from(seat: &SeatRecord) -> Self {
        SeatView {
            username: seat.username.to_string(),
            display_name: seat.display_name.to_string(),
            party: seat.party.as_ref().map(ToString::to_string),
            role: seat.role.to_string(),
            title: seat.title.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupView {
    pub code: String,
    pub name: String,
    pub languages: Vec<String>,
    pub time_zone: String,
    /// Codes of the member parties.
    pub members: Vec<String>,
    /// Codes of the observer parties.
    pub observers: Vec<String>,
    /// Codes of the guest parties.
    pub guests: Vec<String>,
    /// Member codes in hosting order.
    pub rotation: Vec<String>,
    pub parties: Vec<PartyView>,
    pub settings: SettingsView,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delegations: Option<Vec<SeatView>>,
}

impl GroupView {
    pub fn new(group: &GroupRecord, seats: Option<&[SeatRecord]>) -> Self {
        let codes = |standing: Standing| {
            group
                .parties_with(standing)
                .map(|p| p.code.to_string())
                .collect()
        };
        GroupView {
            code: group.code.to_string(),
            name: group.name.to_string(),
            languages: group.languages.iter().map(ToString::to_string).collect(),
            time_zone: group.time_zone.to_string(),
            members: codes(Standing::Member),
            observers: codes(Standing::Observer),
            guests: codes(Standing::Guest),
            rotation: group.rotation.iter().map(ToString::to_string).collect(),
            parties: group
                .parties
                .iter()
                .map(|p| PartyView {
                    code: p.code.to_string(),
                    name: p.name.to_string(),
                    standing: p.standing.to_string(),
                })
                .collect(),
            settings: SettingsView {
                quorum: group.settings.effective_quorum(group.member_count()),
                quorum_is_default: group.settings.quorum.is_none(),
                min_silence_hours: group.settings.min_silence_hours,
            },
            delegations: seats.map(|seats| seats.iter().map(SeatView::from).collect()),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemView {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub description: String,
}

impl From<&AgendaItemRecord> for AgendaItemView {
    fn from(item: &AgendaItemRecord) -> Self {
        AgendaItemView {
            id: item.id.get(),
            position: item.position,
            title: item.title.to_string(),
            description: item.description.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceView {
    pub id: i64,
    pub party: String,
    pub name: String,
    pub title: String,
}

impl From<&AttendanceRecord> for AttendanceView {
    fn from(entry: &AttendanceRecord) -> Self {
        AttendanceView {
            id: entry.id.get(),
            party: entry.party.to_string(),
            name: entry.person_name.to_string(),
            title: entry.person_title.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingView {
    pub id: i64,
    pub group: String,
    /// How people call it, e.g. "2nd meeting".
    pub name: String,
    pub ordinal: u32,
    pub format: String,
    pub host: String,
    pub chair: String,
    pub city: String,
    pub venue: String,
    pub starts_at: String,
    pub ends_at: String,
    /// The venue's IANA time zone.
    pub time_zone: String,
    pub status: String,
    pub guests: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Vec<AgendaItemView>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<Vec<AttendanceView>>,
}

impl MeetingView {
    pub fn new(group: &GroupRecord, meeting: &MeetingRecord) -> Self {
        MeetingView {
            id: meeting.id.get(),
            group: group.code.to_string(),
            name: meeting_name(meeting.format, meeting.ordinal),
            ordinal: meeting.ordinal,
            format: meeting.format.to_string(),
            host: meeting.host.to_string(),
            chair: meeting.chair.to_string(),
            city: meeting.city.to_string(),
            venue: meeting.venue.to_string(),
            starts_at: rfc3339_utc(meeting.schedule.starts_at()),
            ends_at: rfc3339_utc(meeting.schedule.ends_at()),
            time_zone: meeting.time_zone.to_string(),
            status: meeting.status.to_string(),
            guests: meeting.guests.iter().map(ToString::to_string).collect(),
            agenda: None,
            attendance: None,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JournalEntryView {
    pub seq: i64,
    pub hash: String,
    /// True when the caller may not read this entry; only its place and hash are shown.
    pub redacted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_party: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload_hash: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev_hash: Option<String>,
}

impl JournalEntryView {
    pub fn full(entry: &Entry) -> Self {
        JournalEntryView {
            seq: entry.seq,
            hash: entry.hash.to_hex(),
            redacted: false,
            at: jiff::Timestamp::from_microsecond(entry.at_micros)
                .ok()
                .map(|t| t.to_string()),
            actor: entry.actor.map(|id| id.get()),
            actor_party: entry.actor_party.as_ref().map(ToString::to_string),
            action: Some(entry.action.to_string()),
            object: Some(entry.object.to_string()),
            scope: Some(entry.scope.label()),
            payload: Some(
                entry
                    .payload
                    .pairs()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect(),
            ),
            payload_hash: Some(entry.payload_hash.to_hex()),
            prev_hash: Some(entry.prev_hash.to_hex()),
        }
    }

    pub fn redacted(seq: i64, hash: String) -> Self {
        JournalEntryView {
            seq,
            hash,
            redacted: true,
            at: None,
            actor: None,
            actor_party: None,
            action: None,
            object: None,
            scope: None,
            payload: None,
            payload_hash: None,
            prev_hash: None,
        }
    }
}
