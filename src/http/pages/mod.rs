//! Server-rendered pages for people: each handler extracts, parses, calls one use case and
//! renders an askama template. Forms post back and are redirected (303) on success, or shown
//! again with a message per field on failure.

pub mod admin;
pub mod chart;
pub mod comments;
pub mod dashboard;
pub mod documents;
pub mod figures;
pub mod followup;
pub mod groups;
pub mod me;
pub mod meetings;
pub mod papers;
pub mod procedures;
pub mod public;
pub mod roadmaps;
pub mod search;
pub mod session;
pub mod texts;

use askama::Template;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;

use super::error::classify;
use crate::app::{AppError, Caller};
use crate::domain::language::UiLanguage;
use crate::domain::marking::Classification;
use crate::i18n::{self, Arg, Locale};

/// A page of `group`, seen by a caller who may see it: when nobody asked for a language,
/// it is in the group's first working language.
pub fn in_group_language(group: &crate::app::records::GroupRecord) {
    i18n::default_to(UiLanguage::first_offered(
        group.languages.iter().map(|language| language.as_str()),
    ));
}

/// What every page's frame shows.
pub struct Layout {
    pub title: String,
    pub user: Option<LayoutUser>,
    pub csrf_token: String,
    pub marking: String,
    pub marking_class: String,
    /// The request's language: `<html lang dir>`, and every word of the page through
    /// `t`, `t1` and `t2`.
    pub tr: Locale,
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
            marking: crate::http::vocabulary::marking_banner(marking),
            marking_class: format!("marking-{}", marking.as_str()),
            tr: i18n::current(),
        }
    }

    /// The message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// The message `id` with one argument.
    pub fn t1<'a>(&self, id: &str, name: &'static str, value: impl Into<Arg<'a>>) -> String {
        self.tr.t1(id, name, value)
    }

    /// The message `id` with two arguments.
    pub fn t2<'a, 'b>(
        &self,
        id: &str,
        first: &'static str,
        first_value: impl Into<Arg<'a>>,
        second: &'static str,
        second_value: impl Into<Arg<'b>>,
    ) -> String {
        self.tr.t2(id, first, first_value, second, second_value)
    }

    /// The message `id` as HTML (for `|safe`), with `text` that a person entered at `name`:
    /// escaped and isolated in `<bdi>`, so that a Russian title stays left to right on a
    /// Dari page.
    pub fn bdi1(&self, id: &str, name: &'static str, text: &str) -> String {
        html_message(self.tr, id, &[(name, Piece::Entered(text))])
    }

    /// The message `id` as HTML (for `|safe`), with `markup` of the template's own (a
    /// `<code>` sample, say) at `name`.
    pub fn markup1(&self, id: &str, name: &'static str, markup: &str) -> String {
        html_message(self.tr, id, &[(name, Piece::Markup(markup.to_owned()))])
    }

    /// The languages the header offers, each named in itself.
    pub fn languages(&self) -> Vec<LanguageChoice> {
        UiLanguage::ALL
            .into_iter()
            .map(|language| LanguageChoice {
                tag: language.tag(),
                name: language.native_name(),
                selected: language == self.tr.language(),
            })
            .collect()
    }
}

/// One entry of the header's language picker.
pub struct LanguageChoice {
    pub tag: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

/// One value of a message written as HTML by [`html_message`].
pub enum Piece<'a> {
    /// Text a person entered (a title, a name): escaped, and isolated in `<bdi>`.
    Entered(&'a str),
    /// Markup the page wrote itself, placed as it is.
    Markup(String),
    /// A number (which may choose a plural form) or a word of ours: escaped.
    Value(Arg<'a>),
}

/// A message as HTML, for sentences that hold markup: the translated text is escaped, and
/// each value is placed by its kind (see [`Piece`]). Entered text and markup go through
/// Fluent as private-use placeholders, so that neither the translation nor a person's
/// text can add markup.
pub fn html_message(locale: Locale, id: &str, args: &[(&'static str, Piece<'_>)]) -> String {
    let placeholder = |index: usize| format!("\u{E000}{index}\u{E001}");
    let mut placed = Vec::new();
    let fluent_args: Vec<(&'static str, Arg<'_>)> = args
        .iter()
        .enumerate()
        .map(|(index, (name, piece))| {
            let value = match piece {
                Piece::Entered(text) => {
                    placed.push((
                        placeholder(index),
                        format!("<bdi>{}</bdi>", escape_html(text)),
                    ));
                    Arg::from(placeholder(index))
                }
                Piece::Markup(markup) => {
                    placed.push((placeholder(index), markup.clone()));
                    Arg::from(placeholder(index))
                }
                Piece::Value(value) => value.clone(),
            };
            (*name, value)
        })
        .collect();
    let mut html = escape_html(&locale.t_with(id, &fluent_args));
    for (placeholder, value) in placed {
        html = html.replace(&placeholder, &value);
    }
    html
}

/// Text made safe to place in HTML, as element content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
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
                    &crate::i18n::t("problem-bearer-on-form-title"),
                    crate::i18n::t("problem-bearer-on-form-detail"),
                    None,
                )
            }
            PageError::App(AppError::Unauthenticated) => {
                return Redirect::to("/signin").into_response()
            }
            PageError::App(error) => error,
        };
        let classified = classify(&error);
        let heading = match error_heading(classified.status, classified.kind) {
            Some(id) => i18n::t(id),
            None => classified.title.to_owned(),
        };
        let message = match classified.status {
            StatusCode::NOT_FOUND => i18n::t("errors-page-not-found"),
            _ => classified.detail,
        };
        let page = ErrorPage {
            layout: Layout::new(heading.clone(), None),
            heading,
            message,
            back_href: "/groups".to_owned(),
            back_label: i18n::t("errors-page-back"),
        };
        (classified.status, render(&page)).into_response()
    }
}

/// The message that heads the error page of an answer with `status` and problem `kind`; the
/// problem's own title when there is none.
fn error_heading(status: StatusCode, kind: &str) -> Option<&'static str> {
    let id = match status {
        StatusCode::NOT_FOUND => "errors-page-not-found-heading",
        StatusCode::FORBIDDEN => "errors-page-forbidden-heading",
        StatusCode::CONFLICT => "errors-page-conflict-heading",
        _ => match kind {
            "bad-credentials" => "errors-page-bad-credentials-heading",
            "too-many-attempts" => "errors-page-too-many-attempts-heading",
            "invalid-input" => "errors-page-invalid-input-heading",
            "invalid-rows" => "errors-page-invalid-rows-heading",
            "internal" => "errors-page-internal-heading",
            _ => return None,
        },
    };
    Some(id)
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
                i18n::t("errors-page-render-failed"),
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
                crate::domain::validation::ValidationErrors::single(
                    "form",
                    crate::domain::message::Message::new("error-form-unreadable")
                        .with("reason", rejection.body_text()),
                ),
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
        StatusCode::METHOD_NOT_ALLOWED => ("errors-page-method-heading", "errors-page-method"),
        StatusCode::NOT_FOUND => ("errors-page-not-found-heading", "errors-page-not-found"),
        _ => ("errors-page-unreadable-heading", "errors-page-unreadable"),
    };
    let heading = i18n::t(heading);
    let page = ErrorPage {
        layout: Layout::new(heading.clone(), None),
        heading,
        message: i18n::t(message),
        back_href: "/groups".to_owned(),
        back_label: i18n::t("errors-page-back"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_text_in_a_sentence_is_escaped_and_isolated() {
        let html = html_message(
            Locale::default(),
            "journal-heading",
            &[("group", Piece::Entered("<b>Tom & Jerry</b>"))],
        );
        assert_eq!(
            html,
            "Journal of the <bdi>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</bdi>"
        );
    }

    #[test]
    fn markup_of_the_page_is_placed_as_it_is_and_numbers_choose_plurals() {
        let html = html_message(
            Locale::new(UiLanguage::Russian),
            "public-adopted",
            &[("date", Piece::Markup("<time>1 мая</time>".to_owned()))],
        );
        assert_eq!(html, "Принято <time>1 мая</time>");
        let hours = html_message(
            Locale::new(UiLanguage::Russian),
            "group-min-silence-hours",
            &[("hours", Piece::Value(Arg::from(22)))],
        );
        assert_eq!(hours, "22 часа");
    }
}
