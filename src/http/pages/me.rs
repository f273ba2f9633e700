//! A person's own page: seats, time zone, calendar feed, and (for envoys) authorising a deputy.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::{render_form, see_other, Layout, PageForm, PageResult};
use crate::app::{AppError, Caller};
use crate::domain::names::Username;
use crate::domain::role::Role;
use crate::domain::time::{local_to_instant, ZoneName};
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::AppState;

#[derive(Template)]
#[template(path = "me.html")]
struct MePage {
    layout: Layout,
    username: String,
    display_name: String,
    clearance: String,
    time_zone: String,
    seats: Vec<String>,
    envoy_groups: Vec<String>,
    calendar_url: Option<String>,
    notice: Option<String>,
    errors: ValidationErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct MeQuery {
    done: Option<String>,
}

async fn me_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    errors: ValidationErrors,
    notice: Option<String>,
    calendar_url: Option<String>,
) -> PageResult {
    let groups = state.app.groups_for(caller).await?;
    let mut seats = Vec::new();
    let mut envoy_groups = Vec::new();
    for seat in &caller.viewer.seats {
        let Some(group) = groups.iter().find(|g| g.id == seat.group) else {
            continue;
        };
        let party = seat
            .party
            .as_ref()
            .map(|p| format!(" for {p}"))
            .unwrap_or_default();
        seats.push(format!("{}: {}{}", group.name, seat.role, party));
        if seat.role == Role::Envoy {
            envoy_groups.push(group.code.to_string());
        }
    }
    let invalid = !errors.is_empty();
    let page = MePage {
        layout: Layout::new("Profile", Some((caller, csrf))),
        username: caller.account.username.to_string(),
        display_name: caller.account.display_name.to_string(),
        clearance: caller.account.clearance.as_str().to_owned(),
        time_zone: caller.account.time_zone.to_string(),
        seats,
        envoy_groups,
        calendar_url,
        notice,
        errors,
    };
    render_form(&page, invalid)
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Query(query): Query<MeQuery>,
) -> PageResult {
    let notice = match query.done.as_deref() {
        Some("time-zone") => Some("Your time zone is saved.".to_owned()),
        Some("authorised") => Some("The deputy is authorised.".to_owned()),
        _ => None,
    };
    me_page(
        &state,
        &caller,
        &csrf_token,
        ValidationErrors::new(),
        notice,
        None,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct TimeZoneForm {
    time_zone: String,
}

pub async fn set_time_zone(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<TimeZoneForm>,
) -> PageResult {
    match ZoneName::parse(&form.time_zone) {
        Ok(zone) => {
            state.app.set_own_time_zone(&caller, zone).await?;
            see_other("/me?done=time-zone")
        }
        Err(error) => {
            me_page(
                &state,
                &caller,
                &csrf_token,
                ValidationErrors::single("time_zone", error.to_string()),
                None,
                None,
            )
            .await
        }
    }
}

pub async fn renew_calendar(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    let token = state.app.renew_calendar_token(&caller).await?;
    // The configured address, not the request's Host: a link shown once and pasted into a
    // calendar program must not point wherever a forged Host header says.
    let url = format!("{}/calendar/{token}.ics", state.public_url);
    me_page(
        &state,
        &caller,
        &csrf_token,
        ValidationErrors::new(),
        Some("A new calendar address is ready.".to_owned()),
        Some(url),
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
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<AuthoriseForm>,
) -> PageResult {
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
                .authorise_deputy(&caller, &form.group, &deputy, until)
                .await
        }
        _ => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(()) => see_other("/me?done=authorised"),
        Err(AppError::Invalid(errors)) => {
            me_page(&state, &caller, &csrf_token, errors, None, None).await
        }
        Err(AppError::Forbidden(reason)) => {
            me_page(
                &state,
                &caller,
                &csrf_token,
                ValidationErrors::single("deputy", reason),
                None,
                None,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
