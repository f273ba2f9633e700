//! A paper's or text's discussion on its page (`templates/comments.html`), and the forms that
//! write a comment, answer one, and withdraw one's own. A comment is written from the page it
//! is on and the reader returns there, to the comment itself.

use std::collections::HashMap;

use axum::extract::{Path, State};
use serde::Deserialize;

use super::{path_id, see_other, PageForm, PageResult};
use crate::app::comments::Discussion;
use crate::app::{AppError, Caller};
use crate::domain::comment::{CommentDraft, CommentSubject};
use crate::domain::ids::CommentId;
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::markdown;
use crate::http::AppState;
use crate::i18n;

/// The comment form as sent; `reply_to` only from an answer's form.
#[derive(Debug, Default, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    reply_to: Option<String>,
}

/// A comment that was refused, to show again with its messages.
pub struct Attempt {
    form: CommentForm,
    errors: ValidationErrors,
}

pub struct CommentItem {
    pub(super) id: i64,
    pub(super) depth: usize,
    pub(super) author: String,
    pub(super) party: Option<String>,
    pub(super) when: String,
    pub(super) iso: String,
    /// The comment answered: its id and its author's name.
    pub(super) answers: Option<(i64, String)>,
    pub(super) html: String,
    /// "Withdrawn by its author on …", in place of the words.
    pub(super) withdrawn: Option<String>,
    pub(super) withdrawable: bool,
}

/// What `templates/comments.html` shows.
pub struct DiscussionBlock {
    pub(super) action: String,
    pub(super) comments: Vec<CommentItem>,
    pub(super) can_comment: bool,
    pub(super) draft: String,
    pub(super) reply_to: Option<i64>,
    pub(super) errors: ValidationErrors,
}

impl DiscussionBlock {
    /// Whether a refused comment is shown again (the page then answers 422).
    pub fn refused(&self) -> bool {
        !self.errors.is_empty()
    }
}

fn action(subject: CommentSubject) -> String {
    match subject {
        CommentSubject::Paper(paper) => format!("/papers/{paper}/comments"),
        CommentSubject::Text(text) => format!("/texts/{text}/comments"),
    }
}

fn page_of(subject: CommentSubject) -> String {
    match subject {
        CommentSubject::Paper(paper) => format!("/papers/{paper}"),
        CommentSubject::Text(text) => format!("/texts/{text}"),
    }
}

/// The discussion block of a page, with a refused comment in its form when there is one.
pub fn block(
    discussion: &Discussion,
    caller: &Caller,
    attempt: Option<Attempt>,
) -> DiscussionBlock {
    let locale = i18n::current();
    let zone = &caller.account.time_zone;
    let authors: HashMap<CommentId, String> = discussion
        .comments
        .iter()
        .map(|t| (t.comment.id, t.comment.author_name.to_string()))
        .collect();
    let comments = discussion
        .comments
        .iter()
        .map(|threaded| {
            let c = &threaded.comment;
            CommentItem {
                id: c.id.get(),
                depth: threaded.depth,
                author: c.author_name.to_string(),
                party: c.author_party.as_ref().map(ToString::to_string),
                when: locale.when(c.created_at, zone),
                iso: rfc3339_utc(c.created_at),
                answers: c
                    .reply_to
                    .and_then(|r| authors.get(&r).map(|name| (r.get(), name.clone()))),
                html: match c.withdrawn_at {
                    None => markdown::render(&c.body),
                    Some(_) => String::new(),
                },
                withdrawn: c.withdrawn_at.map(|at| {
                    locale.t_with(
                        "comments-withdrawn",
                        &[("when", locale.when(at, zone).into())],
                    )
                }),
                withdrawable: threaded.withdrawable,
            }
        })
        .collect();
    let (draft, reply_to, errors) = match attempt {
        Some(Attempt { form, errors }) => (
            form.body,
            form.reply_to.and_then(|r| r.trim().parse().ok()),
            errors,
        ),
        None => (String::new(), None, ValidationErrors::new()),
    };
    DiscussionBlock {
        action: action(discussion.subject),
        comments,
        can_comment: discussion.can_comment,
        draft,
        reply_to,
        errors,
    }
}

/// The draft a form spells; a `reply_to` that is not a number answers no comment.
fn draft(form: &CommentForm) -> CommentDraft {
    CommentDraft {
        body: form.body.clone(),
        reply_to: form
            .reply_to
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| CommentId::new(r.parse().unwrap_or(0))),
    }
}

/// Writes the comment and returns to it; a refused one is shown again on its page.
async fn write(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    subject: CommentSubject,
    form: CommentForm,
) -> PageResult {
    match state.app.add_comment(caller, subject, draft(&form)).await {
        Ok(comment) => see_other(&format!("{}#comment-{}", page_of(subject), comment.id)),
        Err(AppError::Invalid(errors)) => {
            let attempt = Attempt { form, errors };
            match subject {
                CommentSubject::Paper(paper) => {
                    super::papers::paper_page(
                        state,
                        caller,
                        csrf,
                        paper,
                        None,
                        Some(attempt),
                        ValidationErrors::new(),
                    )
                    .await
                }
                CommentSubject::Text(text) => {
                    super::texts::text_page_with(state, caller, csrf, text, attempt).await
                }
            }
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn add_to_paper(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<CommentForm>,
) -> PageResult {
    let subject = CommentSubject::Paper(path_id(&id)?);
    write(&state, &caller, &csrf_token, subject, form).await
}

pub async fn add_to_text(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<CommentForm>,
) -> PageResult {
    let subject = CommentSubject::Text(path_id(&id)?);
    write(&state, &caller, &csrf_token, subject, form).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    let comment = state.app.withdraw_comment(&caller, path_id(&id)?).await?;
    see_other(&format!(
        "{}#comment-{}",
        page_of(comment.subject),
        comment.id
    ))
}
