//! A person's own page: seats, time zone, calendar feed, (for envoys) authorising a deputy,
//! and their credentials: signed-in sessions and API tokens with a button to end each, and
//! changing their password.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::{
    escape_html, html_message, path_id, render_form, see_other, Layout, PageForm, PageResult, Piece,
};
use crate::app::auth::Credential;
use crate::app::records::GroupRecord;
use crate::app::{AppError, Caller};
use crate::domain::ids::SessionId;
use crate::domain::mail::MailPreferences;
use crate::domain::names::Username;
use crate::domain::role::Role;
use crate::domain::time::{local_to_instant, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::auth::{expired_session_cookie, PageSession};
use crate::http::input::{LanguageInput, NotificationsInput};
use crate::http::{vocabulary, AppState, ClientAddress};
use crate::i18n;

/// A session as the page lists it, times in the person's zone.
struct SessionRow {
    id: i64,
    current: bool,
    created: String,
    last_seen: String,
    expires: String,
}

/// An API token as the page lists it.
struct TokenRow {
    id: i64,
    name: String,
    created: String,
    last_used: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "me.html")]
struct MePage {
    layout: Layout,
    display_name: String,
    /// "Signed in as …. Clearance: …." as HTML.
    lede: String,
    time_zone: String,
    /// Each seat in a line of HTML (the group's name isolated).
    seats: Vec<String>,
    envoy_groups: Vec<String>,
    /// The new feed address in its sentence, as HTML, right after it was made.
    calendar_note: Option<String>,
    sessions: Vec<SessionRow>,
    tokens: Vec<TokenRow>,
    notice: Option<String>,
    errors: ValidationErrors,
    email: String,
    mail: MailPreferences,
}

#[derive(Debug, Default, Deserialize)]
pub struct MeQuery {
    done: Option<String>,
}

/// Who is looking at their page, and from which session.
struct Viewer<'a> {
    caller: &'a Caller,
    csrf: &'a str,
    session: SessionId,
}

impl<'a> From<&'a PageSession> for Viewer<'a> {
    fn from(page: &'a PageSession) -> Self {
        Viewer {
            caller: &page.caller,
            csrf: &page.csrf_token,
            session: page.session,
        }
    }
}

/// "Group: role for party" per seat (HTML), and the codes of the groups where the caller is
/// an envoy (who may authorise a deputy there).
fn seat_lines(caller: &Caller, groups: &[GroupRecord]) -> (Vec<String>, Vec<String>) {
    let tr = i18n::current();
    let mut seats = Vec::new();
    let mut envoy_groups = Vec::new();
    for seat in &caller.viewer.seats {
        let Some(group) = groups.iter().find(|g| g.id == seat.group) else {
            continue;
        };
        let role = vocabulary::role(seat.role);
        let mut args = vec![
            ("group", Piece::Entered(group.name.as_str())),
            ("role", Piece::Value(role.as_str().into())),
        ];
        let id = match &seat.party {
            Some(party) => {
                args.push(("party", Piece::Value(party.as_str().into())));
                "me-seat-for-party"
            }
            None => "me-seat",
        };
        seats.push(html_message(tr, id, &args));
        if seat.role == Role::Envoy {
            envoy_groups.push(group.code.to_string());
        }
    }
    (seats, envoy_groups)
}

async fn me_page(
    state: &AppState,
    viewer: Viewer<'_>,
    errors: ValidationErrors,
    notice: Option<String>,
    calendar_url: Option<&str>,
) -> PageResult {
    let caller = viewer.caller;
    let profile = state.app.profile(caller).await?;
    let mail = state.app.mail_preferences(caller).await?;
    let (seats, envoy_groups) = seat_lines(caller, &profile.groups);
    let zone = &caller.account.time_zone;
    let tr = i18n::current();
    let never = || tr.t("me-never");
    let sessions = profile
        .sessions
        .iter()
        .map(|session| SessionRow {
            id: session.id.get(),
            current: session.id == viewer.session,
            created: tr.when(session.created_at, zone),
            last_seen: session
                .last_seen_at
                .map_or_else(never, |at| tr.when(at, zone)),
            expires: tr.when(session.expires_at, zone),
        })
        .collect();
    let tokens = profile
        .tokens
        .iter()
        .map(|token| TokenRow {
            id: token.id.get(),
            name: token.name.to_string(),
            created: tr.when(token.created_at, zone),
            last_used: token
                .last_used_at
                .map_or_else(never, |at| tr.when(at, zone)),
            expires: tr.when(token.expires_at, zone),
        })
        .collect();
    let invalid = !errors.is_empty();
    let page = MePage {
        layout: Layout::new(tr.t("me-title"), Some((caller, viewer.csrf))),
        display_name: caller.account.display_name.to_string(),
        lede: html_message(
            tr,
            "me-lede",
            &[
                (
                    "username",
                    Piece::Markup(format!(
                        "<strong><bdi>{}</bdi></strong>",
                        escape_html(caller.account.username.as_str())
                    )),
                ),
                (
                    "clearance",
                    Piece::Value(vocabulary::classification(caller.account.clearance).into()),
                ),
            ],
        ),
        time_zone: zone.to_string(),
        seats,
        envoy_groups,
        calendar_note: calendar_url.map(|url| {
            html_message(
                tr,
                "me-calendar-new-address",
                &[(
                    "url",
                    Piece::Markup(format!("<code>{}</code>", escape_html(url))),
                )],
            )
        }),
        sessions,
        tokens,
        notice,
        errors,
        email: caller
            .account
            .email
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        mail,
    };
    render_form(&page, invalid)
}

pub async fn show(
    State(state): State<AppState>,
    page: PageSession,
    Query(query): Query<MeQuery>,
) -> PageResult {
    let notice = match query.done.as_deref() {
        Some("time-zone") => Some("me-notice-time-zone"),
        Some("authorised") => Some("me-notice-authorised"),
        Some("password") => Some("me-notice-password"),
        Some("session-ended") => Some("me-notice-session-ended"),
        Some("token-revoked") => Some("me-notice-token-revoked"),
        Some("mail") => Some("me-notice-mail"),
        _ => None,
    };
    me_page(
        &state,
        Viewer::from(&page),
        ValidationErrors::new(),
        notice.map(i18n::t),
        None,
    )
    .await
}

/// The profile's mail form: a box per kind of notice (absent when unticked), the digest, and
/// the address (blank removes it).
#[derive(Debug, Deserialize)]
pub struct MailForm {
    #[serde(default)]
    asked: Option<String>,
    #[serde(default)]
    deadline: Option<String>,
    #[serde(default)]
    adopted: Option<String>,
    #[serde(default)]
    digest: Option<String>,
    #[serde(default)]
    email: String,
}

pub async fn set_mail(
    State(state): State<AppState>,
    page: PageSession,
    PageForm(form): PageForm<MailForm>,
) -> PageResult {
    let input = NotificationsInput {
        asked: form.asked.is_some(),
        deadline: form.deadline.is_some(),
        adopted: form.adopted.is_some(),
        digest: form.digest.is_some(),
        email: Some(form.email),
    };
    let result = match input.parse() {
        Ok((preferences, email)) => {
            state
                .app
                .set_own_mail_settings(&page.caller, preferences, email)
                .await
        }
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(()) => see_other("/me?done=mail#mail-heading"),
        Err(AppError::Invalid(errors)) => {
            me_page(&state, Viewer::from(&page), errors, None, None).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct TimeZoneForm {
    time_zone: String,
}

pub async fn set_time_zone(
    State(state): State<AppState>,
    page: PageSession,
    PageForm(form): PageForm<TimeZoneForm>,
) -> PageResult {
    match ZoneName::parse(&form.time_zone) {
        Ok(zone) => {
            state.app.set_own_time_zone(&page.caller, zone).await?;
            see_other("/me?done=time-zone")
        }
        Err(error) => {
            me_page(
                &state,
                Viewer::from(&page),
                ValidationErrors::single(
                    "time_zone",
                    crate::domain::message::Explain::message(&error),
                ),
                None,
                None,
            )
            .await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    language: String,
}

/// The header's language picker: saves the choice and goes back to the page it was made on
/// (the path of the `Referer`; the groups without one).
pub async fn set_language(
    State(state): State<AppState>,
    page: PageSession,
    headers: HeaderMap,
    PageForm(form): PageForm<LanguageForm>,
) -> PageResult {
    let input = LanguageInput {
        language: form.language,
    };
    let language = input.parse()?;
    state.app.set_own_language(&page.caller, language).await?;
    see_other(&referer_path(&headers).unwrap_or_else(|| "/groups".to_owned()))
}

/// The path of the `Referer`, to return to after a form in the frame. Only the path is
/// kept, never the host, so the answer can only lead to a page of this server.
fn referer_path(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let uri: axum::http::Uri = referer.parse().ok()?;
    let path = uri.path_and_query()?.as_str();
    (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_owned())
}

pub async fn renew_calendar(State(state): State<AppState>, page: PageSession) -> PageResult {
    let token = state.app.renew_calendar_token(&page.caller).await?;
    // The configured address, not the request's Host: a link shown once and pasted into a
    // calendar program must not point wherever a forged Host header says.
    let url = format!("{}/calendar/{token}.ics", state.public_url);
    me_page(
        &state,
        Viewer::from(&page),
        ValidationErrors::new(),
        Some(i18n::t("me-notice-calendar")),
        Some(&url),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct AuthoriseForm {
    group: String,
    deputy: String,
    until: String,
}

pub async fn authorise(
    State(state): State<AppState>,
    page: PageSession,
    PageForm(form): PageForm<AuthoriseForm>,
) -> PageResult {
    let caller = &page.caller;
    let mut errors = ValidationErrors::new();
    let deputy = errors.check("deputy", Username::parse(&form.deputy));
    let until = errors.check(
        "until",
        local_to_instant(&form.until, &caller.account.time_zone),
    );
    let result = match (deputy, until) {
        (Some(deputy), Some(until)) => {
            state
                .app
                .authorise_deputy(caller, &form.group, &deputy, until)
                .await
        }
        _ => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(()) => see_other("/me?done=authorised"),
        Err(AppError::Invalid(errors)) => {
            me_page(&state, Viewer::from(&page), errors, None, None).await
        }
        Err(AppError::Forbidden(reason)) => {
            me_page(
                &state,
                Viewer::from(&page),
                ValidationErrors::single("deputy", reason),
                None,
                None,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

/// Changes the person's own password; this session stays, every other one ends.
pub async fn change_password(
    State(state): State<AppState>,
    page: PageSession,
    ClientAddress(address): ClientAddress,
    PageForm(form): PageForm<PasswordForm>,
) -> PageResult {
    let result = state
        .app
        .change_own_password(
            &page.caller,
            Credential::Session(page.session),
            &address,
            &form.current_password,
            &form.new_password,
        )
        .await;
    match result {
        Ok(()) => see_other("/me?done=password"),
        Err(AppError::Invalid(errors)) => {
            me_page(&state, Viewer::from(&page), errors, None, None).await
        }
        Err(other) => Err(other.into()),
    }
}

/// Signs out one of the person's sessions; ending the one in use signs this browser out.
pub async fn end_session(
    State(state): State<AppState>,
    page: PageSession,
    jar: CookieJar,
    Path(id): Path<String>,
) -> PageResult {
    let session = path_id(&id)?;
    state.app.end_session(&page.caller, session).await?;
    if session == page.session {
        return Ok((jar.add(expired_session_cookie()), Redirect::to("/signin")).into_response());
    }
    see_other("/me?done=session-ended")
}

pub async fn revoke_token(
    State(state): State<AppState>,
    page: PageSession,
    Path(id): Path<String>,
) -> PageResult {
    state
        .app
        .revoke_api_token(&page.caller, path_id(&id)?)
        .await?;
    see_other("/me?done=token-revoked")
}
