//! Server-rendered pages for people: each handler extracts, parses, calls one use case and
//! renders an askama template. Forms post back and are redirected (303) on success, or shown
//! again with a message per field on failure.

pub mod admin;
pub mod chart;
pub mod dashboard;
pub mod documents;
pub mod figures;
pub mod followup;
pub mod groups;
pub mod me;
pub mod meetings;
pub mod procedures;
pub mod public;
pub mod roadmaps;
pub mod session;
pub mod texts;

use askama::Template;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;

use super::error::classify;
use crate::app::{AppError, Caller};
use crate::domain::marking::Classification;

/// What every page's frame shows.
pub struct Layout {
    pub title: String,
    pub user: Option<LayoutUser>,
    pub csrf_token: String,
    pub marking: String,
    pub marking_class: String,
    pub lang: String,
}

pub struct LayoutUser {
    pub display_name: String,
    pub is_admin: bool,
}

impl Layout {
    /// The frame of a page seen by `caller` that holds nothing above "unclassified".
    pub fn new(title: impl Into<String>, caller: Option<(&Caller, &str)>) -> Self {
        Self::marked(title, caller, Classification::Unclassified)
    }

    /// The frame of a page that shows a paper of `marking`: its banner at top and bottom.
    pub fn marked(
        title: impl Into<String>,
        caller: Option<(&Caller, &str)>,
        marking: Classification,
    ) -> Self {
        Layout {
            title: title.into(),
            user: caller.map(|(caller, _)| LayoutUser {
                display_name: caller.account.display_name.to_string(),
                is_admin: caller.account.is_admin,
            }),
            csrf_token: caller.map(|(_, csrf)| csrf.to_owned()).unwrap_or_default(),
            marking: marking.banner().to_owned(),
            marking_class: format!("marking-{}", marking.as_str()),
            lang: "en".to_owned(),
        }
    }
}

/// Why a page could not be shown.
#[derive(Debug)]
pub enum PageError {
    /// Not signed in: go to the sign-in page.
    SignIn,
    /// An unsafe request to a page that carries `Authorization: Bearer`: pages are signed in
    /// with the session cookie alone, and a stray header must not pass for a credential.
    BearerOnForm,
    App(AppError),
}

impl<E: Into<AppError>> From<E> for PageError {
    fn from(error: E) -> Self {
        PageError::App(error.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    heading: String,
    message: String,
    back_href: String,
    back_label: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let error = match self {
            PageError::SignIn => return Redirect::to("/signin").into_response(),
            PageError::BearerOnForm => {
                return crate::http::error::problem_response(
                    StatusCode::FORBIDDEN,
                    "bearer-on-form",
                    "Bearer token not accepted here",
                    "pages and forms are signed in with the session cookie only; send requests with Authorization: Bearer to /api/v1".to_owned(),
                    None,
                )
            }
            PageError::App(AppError::Unauthenticated) => {
                return Redirect::to("/signin").into_response()
            }
            PageError::App(error) => error,
        };
        let classified = classify(&error);
        let heading = match classified.status {
            StatusCode::NOT_FOUND => "Page not found".to_owned(),
            StatusCode::FORBIDDEN => "You may not do this".to_owned(),
            StatusCode::CONFLICT => "This cannot be done now".to_owned(),
            _ => classified.title.to_owned(),
        };
        let message = match classified.status {
            StatusCode::NOT_FOUND => "The page does not exist, or it is not distributed to you. Check the address, or start again from your groups.".to_owned(),
            _ => classified.detail,
        };
        let page = ErrorPage {
            layout: Layout::new(heading.clone(), None),
            heading,
            message,
            back_href: "/groups".to_owned(),
            back_label: "Back to your groups".to_owned(),
        };
        (classified.status, render(&page)).into_response()
    }
}

pub type PageResult = Result<Response, PageError>;

/// Renders a template; a template error is an internal error, logged.
pub fn render<T: Template>(template: &T) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the page could not be rendered",
            )
                .into_response()
        }
    }
}

/// A page that may be showing a form again: 422 when it carries field errors, 200 otherwise.
pub fn render_form<T: Template>(template: &T, invalid: bool) -> PageResult {
    let status = if invalid {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(template)).into_response())
}

/// "sign in" → "Sign in", for messages shown as sentences.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The end of every form post: on success go to `done` (POST/redirect/GET); on invalid
/// input show the form's page `again` with a message per field; anything else is an error
/// page.
pub async fn after_form<T>(
    result: Result<T, AppError>,
    done: String,
    again: impl AsyncFnOnce(crate::domain::validation::ValidationErrors) -> PageResult,
) -> PageResult {
    match result {
        Ok(_) => see_other(&done),
        Err(AppError::Invalid(errors)) => again(errors).await,
        Err(other) => Err(PageError::App(other)),
    }
}

/// After a successful form, show the resulting page (POST/redirect/GET).
pub fn see_other(location: &str) -> PageResult {
    Ok(Redirect::to(location).into_response())
}

/// A form body; a malformed one is a clear error page, not a bare 422.
pub struct PageForm<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for PageForm<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(PageForm(value)),
            Err(rejection) => Err(PageError::App(AppError::Invalid(
                crate::domain::validation::ValidationErrors::single("form", rejection.body_text()),
            ))),
        }
    }
}

/// Makes the error answers axum gives by itself on page routes (405 from the method router
/// with an empty body, a plain-text 400 for an undecodable path) the error page a person
/// can read, with their headers (such as `Allow`) kept. Only client errors: `/readyz`
/// answers 503 in plain text for load balancers, on purpose.
pub async fn errors_as_pages(request: Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_bare = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_none_or(|value| value.as_bytes().starts_with(b"text/plain"));
    if !status.is_client_error() || !is_bare {
        return response;
    }
    let (heading, message) = match status {
        StatusCode::METHOD_NOT_ALLOWED => (
            "This page cannot do that",
            "The page was asked for something it does not do. Go back and use its links and forms.",
        ),
        StatusCode::NOT_FOUND => (
            "Page not found",
            "The page does not exist, or it is not distributed to you. Check the address, or start again from your groups.",
        ),
        _ => (
            "This request cannot be read",
            "The address or the form sent could not be read. Go back and try again from the page.",
        ),
    };
    let page = ErrorPage {
        layout: Layout::new(heading, None),
        heading: heading.to_owned(),
        message: message.to_owned(),
        back_href: "/groups".to_owned(),
        back_label: "Back to your groups".to_owned(),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let mut page = render(&page);
    for (name, value) in &parts.headers {
        page.headers_mut().entry(name).or_insert(value.clone());
    }
    (status, page).into_response()
}

/// Path ids that are not numbers name nothing.
pub fn path_id<K>(text: &str) -> Result<crate::domain::ids::Id<K>, PageError> {
    text.parse().map_err(|_| PageError::App(AppError::NotFound))
}
