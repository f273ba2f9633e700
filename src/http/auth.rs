//! Who is calling: the session cookie for people, a bearer token for programs; and the CSRF
//! rule for unsafe requests that ride on a cookie.

use axum::extract::{FromRef, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::error::{problem_response, ApiError};
use super::language::apply_saved;
use super::pages::PageError;
use super::AppState;
use crate::app::auth::Credential;
use crate::app::live::Presented;
use crate::app::{AppError, Caller};
use crate::domain::ids::SessionId;

pub const SESSION_COOKIE: &str = "majlis_session";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The token of an `Authorization: Bearer` header, if there is one.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

fn session_token(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .map(|cookie| cookie.value().to_owned())
}

/// The credential of an API request as it was presented, read in the order `ApiCredential`
/// reads it (bearer token first): for an event stream, which checks it again while it lasts.
pub fn presented(headers: &HeaderMap) -> Option<Presented> {
    match bearer(headers) {
        Some(token) => Some(Presented::Bearer(token.to_owned())),
        None => session_token(headers).map(Presented::Session),
    }
}

/// A caller of the JSON API: bearer token or session cookie; 401 otherwise.
pub struct ApiCaller(pub Caller);

/// A caller of the JSON API with the credential it used (for "this session" in lists, and
/// to sign out whichever it was).
pub struct ApiCredential {
    pub caller: Caller,
    pub credential: Credential,
}

impl<S> FromRequestParts<S> for ApiCredential
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        if let Some(token) = bearer(&parts.headers) {
            let found = state.app.token_caller(token).await?;
            apply_saved(found.caller.account.language);
            return Ok(ApiCredential {
                caller: found.caller,
                credential: Credential::ApiToken(found.token),
            });
        }
        let token = session_token(&parts.headers).ok_or(AppError::Unauthenticated)?;
        let found = state.app.session_caller(&token).await?;
        apply_saved(found.caller.account.language);
        Ok(ApiCredential {
            caller: found.caller,
            credential: Credential::Session(found.session),
        })
    }
}

impl<S> FromRequestParts<S> for ApiCaller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let found = ApiCredential::from_request_parts(parts, state).await?;
        Ok(ApiCaller(found.caller))
    }
}

/// A signed-in person on a page, with the CSRF token for the page's scripts; a visitor who
/// is not signed in is sent to the sign-in page.
pub struct PageCaller {
    pub caller: Caller,
    pub csrf_token: String,
}

/// A signed-in person on a page, with the session they are using (for their own page, which
/// lists their sessions).
pub struct PageSession {
    pub caller: Caller,
    pub csrf_token: String,
    pub session: SessionId,
}

impl<S> FromRequestParts<S> for PageSession
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let changes = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if changes && bearer(&parts.headers).is_some() {
            return Err(PageError::BearerOnForm);
        }
        PageSession::from_headers(&AppState::from_ref(state), &parts.headers).await
    }
}

impl PageSession {
    /// The person behind a request's session cookie, for handlers that decide late whether
    /// they serve a page.
    pub async fn from_headers(state: &AppState, headers: &HeaderMap) -> Result<Self, PageError> {
        let Some(token) = session_token(headers) else {
            return Err(PageError::SignIn);
        };
        match state.app.session_caller(&token).await {
            Ok(session) => {
                apply_saved(session.caller.account.language);
                Ok(PageSession {
                    caller: session.caller,
                    csrf_token: session.csrf_token,
                    session: session.session,
                })
            }
            Err(AppError::Unauthenticated) => Err(PageError::SignIn),
            Err(other) => Err(PageError::from(other)),
        }
    }
}

impl<S> FromRequestParts<S> for PageCaller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let found = PageSession::from_request_parts(parts, state).await?;
        Ok(PageCaller {
            caller: found.caller,
            csrf_token: found.csrf_token,
        })
    }
}

/// Who fetches a file that people reach by a link and programs with a token, such as a
/// meeting's `.ics`: a bearer token, else the session cookie. Without a live credential a
/// browser (a request that accepts HTML) is sent to sign in, and a program gets 401.
pub async fn file_caller(state: &AppState, headers: &HeaderMap) -> Result<Caller, Response> {
    let token = bearer(headers);
    let caller = match (token, session_token(headers)) {
        (Some(token), _) => state
            .app
            .token_caller(token)
            .await
            .map(|found| found.caller),
        (None, Some(cookie)) => state.app.session_caller(&cookie).await.map(|s| s.caller),
        (None, None) => Err(AppError::Unauthenticated),
    };
    match caller {
        Ok(caller) => {
            apply_saved(caller.account.language);
            Ok(caller)
        }
        Err(AppError::Unauthenticated) if token.is_none() && accepts_html(headers) => {
            Err(to_sign_in())
        }
        Err(error) => Err(ApiError(error).into_response()),
    }
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// The session cookie, set on sign-in.
pub fn session_cookie(token: String, max_age_seconds: i64, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(time_max_age(max_age_seconds))
        .build()
}

pub fn expired_session_cookie() -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .http_only(true)
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(time_max_age(0))
        .build()
}

fn time_max_age(seconds: i64) -> cookie::time::Duration {
    cookie::time::Duration::seconds(seconds)
}

/// Where a browser says a request comes from, when it says so.
enum Provenance {
    SameOrigin,
    CrossSite,
    Unknown,
}

fn provenance(headers: &HeaderMap) -> Provenance {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return match site {
            "same-origin" | "none" => Provenance::SameOrigin,
            _ => Provenance::CrossSite,
        };
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) => {
            let origin_host = origin
                .split_once("://")
                .map(|(_, rest)| rest)
                .unwrap_or(origin);
            if origin_host.eq_ignore_ascii_case(host) {
                Provenance::SameOrigin
            } else {
                Provenance::CrossSite
            }
        }
        (Some(_), None) => Provenance::CrossSite,
        _ => Provenance::Unknown,
    }
}

/// Refuses unsafe requests that a browser sent from another site, and cookie-authenticated
/// unsafe requests that carry neither browser provenance nor the session's CSRF token.
///
/// Bearer-token requests to the API are exempt: a browser never adds that header by itself,
/// and the API then authenticates by the token alone. Pages and forms (everything outside
/// `/api/v1`) authenticate by the cookie alone, so a bearer header there proves nothing; it
/// is refused rather than allowed to switch the check off.
pub async fn csrf_guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Only the methods our routes change anything with are checked; any other (TRACE, …)
    // reaches the router, which answers 405 and changes nothing.
    let changes = matches!(
        *request.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    if !changes {
        return next.run(request).await;
    }
    let headers = request.headers();
    let api = is_api(request.uri().path());
    // Exactly the test `ApiCredential` uses to pick the token over the cookie.
    let has_bearer = bearer(headers).is_some();
    if has_bearer && api {
        return next.run(request).await;
    }
    // Outside the API a bearer header switches nothing off: the form is checked as any other,
    // and the page's handler refuses the header (`PageSession`), once a route has taken it.
    let allowed = match (provenance(headers), session_token(headers)) {
        (Provenance::CrossSite, _) => false,
        (Provenance::SameOrigin, _) | (Provenance::Unknown, None) => true,
        (Provenance::Unknown, Some(token)) => {
            let presented = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            match (presented, state.app.session_caller(&token).await) {
                (Some(presented), Ok(session)) => presented == session.csrf_token,
                // An unknown session is not a forgery risk; the handler answers 401.
                (_, Err(_)) => true,
                (None, Ok(_)) => false,
            }
        }
    };
    if allowed {
        next.run(request).await
    } else {
        problem_response(
            StatusCode::FORBIDDEN,
            "csrf",
            &crate::i18n::t("problem-csrf-title"),
            crate::i18n::t("problem-csrf-detail"),
            None,
        )
    }
}

/// The JSON API's paths, where a bearer token is a credential.
fn is_api(path: &str) -> bool {
    path == "/api/v1" || path.starts_with("/api/v1/")
}

/// Sends a browser to the sign-in page, remembering where it wanted to go.
pub fn to_sign_in() -> Response {
    Redirect::to("/signin").into_response()
}
