//! The front door: the home redirect, signing in and out.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;

use super::{capitalise, render, Layout, PageForm, PageResult};
use crate::app::AppError;
use crate::http::auth::{expired_session_cookie, session_cookie, SESSION_COOKIE};
use crate::http::{AppState, ClientAddress};
use crate::i18n;

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    layout: Layout,
    username: String,
    message: Option<String>,
}

pub async fn home(State(state): State<AppState>, jar: CookieJar) -> PageResult {
    let signed_in = match jar.get(SESSION_COOKIE) {
        Some(cookie) => state.app.session_caller(cookie.value()).await.is_ok(),
        None => false,
    };
    Ok(Redirect::to(if signed_in { "/groups" } else { "/signin" }).into_response())
}

pub async fn form() -> PageResult {
    Ok(render(&SignInPage {
        layout: Layout::new(i18n::t("signin-title"), None),
        username: String::new(),
        message: None,
    }))
}

#[derive(Deserialize)]
pub struct SignInForm {
    username: String,
    password: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    jar: CookieJar,
    PageForm(form): PageForm<SignInForm>,
) -> PageResult {
    match state
        .app
        .sign_in(&form.username, &form.password, &address)
        .await
    {
        Ok(session) => {
            let groups = state.app.groups_for(&session.caller).await?;
            let target = match groups.as_slice() {
                [only] => format!("/groups/{}", only.code),
                _ => "/groups".to_owned(),
            };
            let jar = jar.add(session_cookie(
                session.token,
                session.max_age_seconds,
                state.secure_cookies,
            ));
            Ok((jar, Redirect::to(&target)).into_response())
        }
        Err(error @ (AppError::BadCredentials | AppError::TooManyAttempts { .. })) => {
            let status = crate::http::error::classify(&error).status;
            let page = SignInPage {
                layout: Layout::new(i18n::t("signin-title"), None),
                username: form.username,
                message: Some(format!("{}.", capitalise(&error.to_string()))),
            };
            Ok((status, render(&page)).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> PageResult {
    if let Some(cookie) = jar.get(SESSION_COOKIE) {
        state.app.sign_out(cookie.value()).await?;
    }
    Ok((jar.add(expired_session_cookie()), Redirect::to("/signin")).into_response())
}
