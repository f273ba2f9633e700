//! A person's own credentials over the API: their API tokens and signed-in sessions (listed
//! and revoked one by one), and changing their own password, which ends the others.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id, ApiJson};
use crate::app::auth::Credential;
use crate::app::records::{ApiTokenRecord, SessionRecord};
use crate::domain::time::rfc3339_utc;
use crate::http::auth::{expired_session_cookie, ApiCaller, ApiCredential};
use crate::http::error::ApiResult;
use crate::http::input::OwnPasswordInput;
use crate::http::{AppState, ClientAddress};

/// One of the caller's API tokens; its secret is never shown again.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiTokenView {
    pub id: i64,
    pub name: String,
    pub created_at: String,
    pub expires_at: String,
    /// When the token last authenticated a request (to the minute); null if never.
    pub last_used_at: Option<String>,
}

impl From<&ApiTokenRecord> for ApiTokenView {
    fn from(token: &ApiTokenRecord) -> Self {
        ApiTokenView {
            id: token.id.get(),
            name: token.name.to_string(),
            created_at: rfc3339_utc(token.created_at),
            expires_at: rfc3339_utc(token.expires_at),
            last_used_at: token.last_used_at.map(rfc3339_utc),
        }
    }
}

/// One of the caller's signed-in sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    pub id: i64,
    /// True for the session this request was made with.
    pub current: bool,
    pub created_at: String,
    pub expires_at: String,
    /// When the session was last used (to the minute).
    pub last_seen_at: Option<String>,
}

impl SessionView {
    fn new(session: &SessionRecord, credential: Credential) -> Self {
        SessionView {
            id: session.id.get(),
            current: credential == Credential::Session(session.id),
            created_at: rfc3339_utc(session.created_at),
            expires_at: rfc3339_utc(session.expires_at),
            last_seen_at: session.last_seen_at.map(rfc3339_utc),
        }
    }
}

/// The caller's live API tokens.
#[utoipa::path(get, operation_id = "list_tokens", path = "/api/v1/tokens", tag = "session",
    responses((status = 200, body = [ApiTokenView]), (status = 401, description = "Not signed in")))]
pub async fn list_tokens(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> ApiResult<Response> {
    let tokens = state.app.api_tokens(&caller).await?;
    Ok(json(
        tokens.iter().map(ApiTokenView::from).collect::<Vec<_>>(),
    ))
}

/// Revokes one of the caller's API tokens; it gets 401 from then on.
#[utoipa::path(delete, operation_id = "revoke_token", path = "/api/v1/tokens/{id}", tag = "session",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 401, description = "Not signed in"), (status = 404, description = "Not found, or not visible to the caller")))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    state.app.revoke_api_token(&caller, path_id(&id)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's live sessions, the one of this request marked `current`.
#[utoipa::path(get, operation_id = "list_sessions", path = "/api/v1/sessions", tag = "session",
    responses((status = 200, body = [SessionView]), (status = 401, description = "Not signed in")))]
pub async fn list_sessions(
    State(state): State<AppState>,
    ApiCredential { caller, credential }: ApiCredential,
) -> ApiResult<Response> {
    let sessions = state.app.sessions(&caller).await?;
    Ok(json(
        sessions
            .iter()
            .map(|session| SessionView::new(session, credential))
            .collect::<Vec<_>>(),
    ))
}

/// Ends one of the caller's sessions; its cookie is signed out (and cleared, if it is this
/// request's own).
#[utoipa::path(delete, operation_id = "end_session", path = "/api/v1/sessions/{id}", tag = "session",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 401, description = "Not signed in"), (status = 404, description = "Not found, or not visible to the caller")))]
pub async fn end_session(
    State(state): State<AppState>,
    ApiCredential { caller, credential }: ApiCredential,
    jar: CookieJar,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let session = path_id(&id)?;
    state.app.end_session(&caller, session).await?;
    if credential == Credential::Session(session) {
        return Ok((jar.add(expired_session_cookie()), StatusCode::NO_CONTENT).into_response());
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Changes the caller's own password. Every other session and every API token of theirs
/// ends (the token of this request too); a session used for it stays signed in.
#[utoipa::path(post, operation_id = "change_own_password", path = "/api/v1/me/password", tag = "session", request_body = OwnPasswordInput,
    responses((status = 204), (status = 401, description = "Not signed in"), (status = 422, description = "Invalid input"), (status = 429, description = "Too many attempts")))]
pub async fn change_password(
    State(state): State<AppState>,
    ApiCredential { caller, credential }: ApiCredential,
    ClientAddress(address): ClientAddress,
    ApiJson(input): ApiJson<OwnPasswordInput>,
) -> ApiResult<StatusCode> {
    state
        .app
        .change_own_password(
            &caller,
            credential,
            &address,
            &input.current_password,
            &input.new_password,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
