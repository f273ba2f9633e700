//! Signing in and out over the API, issuing API tokens, and who the caller is.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, ApiJson, MeView};
use crate::app::auth::Credential;
use crate::http::auth::{
    bearer, expired_session_cookie, session_cookie, ApiCaller, SESSION_COOKIE,
};
use crate::http::error::ApiResult;
use crate::http::input::{LanguageInput, NotificationsInput, SignInInput, TokenInput};
use crate::http::{AppState, ClientAddress};

/// Signs in; answers the caller and sets the session cookie.
#[utoipa::path(post, operation_id = "sign_in", path = "/api/v1/session", tag = "session", request_body = SignInInput,
    responses((status = 200, description = "Signed in: the caller, and the session cookie", body = MeView), (status = 401, description = "The username or password is not right, or the account is disabled"), (status = 429, description = "Too many failed sign-ins for this account or from this address; try again later")))]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    jar: CookieJar,
    ApiJson(input): ApiJson<SignInInput>,
) -> ApiResult<Response> {
    let session = state
        .app
        .sign_in(&input.username, &input.password, &address)
        .await?;
    let groups = state.app.groups_for(&session.caller).await?;
    let me = MeView::new(&session.caller, &groups);
    let jar = jar.add(session_cookie(
        session.token,
        session.max_age_seconds,
        state.secure_cookies,
    ));
    Ok((jar, json(me)).into_response())
}

/// Signs out: with a session cookie the session ends on the server and the cookie is
/// cleared; with a bearer token, that token is revoked.
#[utoipa::path(delete, operation_id = "sign_out", path = "/api/v1/session", tag = "session",
    responses((status = 204), (status = 401, description = "Not signed in")))]
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
) -> ApiResult<Response> {
    if let Some(token) = bearer(&headers) {
        let found = state.app.token_caller(token).await?;
        state
            .app
            .end_credential(&found.caller, Credential::ApiToken(found.token))
            .await?;
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    if let Some(cookie) = jar.get(SESSION_COOKIE) {
        state.app.sign_out(cookie.value()).await?;
    }
    Ok((jar.add(expired_session_cookie()), StatusCode::NO_CONTENT).into_response())
}

/// The signed-in user and their roles.
#[utoipa::path(get, operation_id = "me", path = "/api/v1/me", tag = "session",
    responses((status = 200, description = "The caller and their roles", body = MeView)))]
pub async fn me(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> ApiResult<Response> {
    let groups = state.app.groups_for(&caller).await?;
    Ok(json(MeView::new(&caller, &groups)))
}

/// Saves the caller's interface language: pages, problem answers and documents are in it
/// from the next request on, whatever `Accept-Language` says.
#[utoipa::path(put, operation_id = "set_language", path = "/api/v1/me/language", tag = "session",
    request_body = LanguageInput,
    responses((status = 204, description = "Saved"),
        (status = 422, description = "Not a language Majlis offers", body = crate::http::error::Problem, content_type = "application/problem+json")))]
pub async fn set_language(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<LanguageInput>,
) -> ApiResult<Response> {
    let language = input.parse()?;
    state.app.set_own_language(&caller, language).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenView {
    /// For listing and revoking it (`/api/v1/tokens/{id}`).
    pub id: i64,
    /// Shown once; send it as `Authorization: Bearer <token>`.
    pub token: String,
    pub expires_at: String,
}

/// Issues a bearer token for programs acting as the caller.
#[utoipa::path(post, operation_id = "create_token", path = "/api/v1/tokens", tag = "session", request_body = TokenInput,
    responses((status = 201, description = "A new token, shown once", body = TokenView)))]
pub async fn create_token(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<TokenInput>,
) -> ApiResult<Response> {
    let name = input.parse()?;
    let created = state.app.create_api_token(&caller, name).await?;
    let expires_at = jiff::Timestamp::from_microsecond(created.expires_at_micros)
        .map(crate::domain::time::rfc3339_utc)
        .unwrap_or_default();
    let view = TokenView {
        id: created.id.get(),
        token: created.token,
        expires_at,
    };
    Ok((StatusCode::CREATED, json(view)).into_response())
}

/// What the caller is told by mail, and where.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationsView {
    /// The caller's address; null: they are told nothing by mail.
    pub email: Option<String>,
    /// When their party is asked for a position, or a silence procedure opens.
    pub asked: bool,
    /// A day before a deadline their party has not answered.
    pub deadline: bool,
    /// When a decision is adopted.
    pub adopted: bool,
    /// All of them collected into one mail each morning.
    pub digest: bool,
}

/// What the caller is told by mail, and where.
#[utoipa::path(get, operation_id = "notifications", path = "/api/v1/me/notifications", tag = "session",
    responses((status = 200, description = "The caller's mail preferences and address", body = NotificationsView)))]
pub async fn notifications(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> ApiResult<Response> {
    let preferences = state.app.mail_preferences(&caller).await?;
    Ok(json(NotificationsView {
        email: caller.account.email.as_ref().map(ToString::to_string),
        asked: preferences.asked,
        deadline: preferences.deadline,
        adopted: preferences.adopted,
        digest: preferences.digest,
    }))
}

/// Saves what the caller is told by mail (each kind, or a daily digest) and, when given,
/// their address.
#[utoipa::path(put, operation_id = "set_notifications", path = "/api/v1/me/notifications", tag = "session",
    request_body = NotificationsInput,
    responses((status = 204, description = "Saved"),
        (status = 422, description = "Not an email address, or a preference Majlis does not know", body = crate::http::error::Problem, content_type = "application/problem+json")))]
pub async fn set_notifications(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<NotificationsInput>,
) -> ApiResult<Response> {
    let (preferences, email) = input.parse()?;
    state
        .app
        .set_own_mail_settings(&caller, preferences, email)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
