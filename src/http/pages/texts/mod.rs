//! Texts for people: the list with the drafting form, and a text's page with its brackets,
//! language versions, amendments, new versions and the form that opens a procedure
//! (`view.rs` builds the text's page).

mod view;

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use view::text_page_view;

use super::comments::{self, Attempt};
use crate::domain::comment::CommentSubject;

use super::{
    after_form, escape_html, html_message, path_id, render_form, see_other, Layout, PageForm,
    PageResult, Piece,
};
use crate::app::{AppError, Caller};
use crate::domain::access;
use crate::domain::document::TextKind;
use crate::domain::ids::{AmendmentId, TextId};
use crate::domain::marking::Distribution;
use crate::domain::time::local_to_instant;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::texts::{AmendmentInput, ReasonInput, TextInput, VersionInput};
use crate::http::{vocabulary, AppState};
use crate::i18n;

#[derive(Debug, Default, Deserialize)]
pub struct DraftForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    distribution: String,
    #[serde(default)]
    listed: String,
    #[serde(default)]
    classification: String,
}

pub struct TextRow {
    id: i64,
    title: String,
    kind: String,
    penholder: String,
    distribution: String,
    classification: String,
}

#[derive(Template)]
#[template(path = "texts.html")]
struct TextsPage {
    layout: Layout,
    code: String,
    group_name: String,
    texts: Vec<TextRow>,
    can_draft: bool,
    kinds: Vec<(String, String)>,
    distributions: Vec<(String, String)>,
    /// How to write a bracket, with an example in the language's words (HTML).
    body_hint_html: String,
    form: DraftForm,
    errors: ValidationErrors,
}

async fn texts_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    code: &str,
    form: Option<DraftForm>,
    errors: ValidationErrors,
) -> PageResult {
    let (group, texts) = state.app.texts_for(caller, code).await?;
    let invalid = !errors.is_empty();
    let page = TextsPage {
        layout: Layout::new(
            i18n::t_with("texts-title", &[("group", group.code.as_str().into())]),
            Some((caller, csrf)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        texts: texts
            .iter()
            .map(|t| TextRow {
                id: t.id.get(),
                title: t.title.to_string(),
                kind: vocabulary::text_kind(t.kind),
                penholder: t.penholder.to_string(),
                distribution: vocabulary::distribution(t.marking.distribution),
                classification: vocabulary::classification(t.marking.classification),
            })
            .collect(),
        can_draft: access::draft_text(&caller.viewer, group.id).is_ok(),
        kinds: TextKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), vocabulary::text_kind(*k)))
            .collect(),
        distributions: Distribution::ALL
            .iter()
            .map(|d| (d.as_str().to_owned(), vocabulary::distribution(*d)))
            .collect(),
        body_hint_html: body_hint(),
        form: form.unwrap_or_else(|| DraftForm {
            kind: TextKind::JointStatement.as_str().to_owned(),
            language: "ru".to_owned(),
            distribution: Distribution::Members.as_str().to_owned(),
            ..DraftForm::default()
        }),
        errors,
    };
    render_form(&page, invalid)
}

/// The drafting form's hint on brackets, its example in `<code>`.
fn body_hint() -> String {
    let tr = i18n::current();
    let example = format!(
        "<code>{}</code>",
        escape_html(&tr.t("texts-body-hint-example"))
    );
    html_message(
        tr,
        "texts-body-hint",
        &[("example", Piece::Markup(example))],
    )
}

pub async fn list(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    texts_page(
        &state,
        &caller,
        &csrf_token,
        &code,
        None,
        ValidationErrors::new(),
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
    PageForm(form): PageForm<DraftForm>,
) -> PageResult {
    let input = TextInput {
        title: form.title.clone(),
        kind: form.kind.clone(),
        language: form.language.clone(),
        body: form.body.clone(),
        distribution: form.distribution.clone(),
        classification: Some(form.classification.clone()),
        listed: form
            .listed
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        lists_secretariat: false,
        meeting: None,
        translations: Vec::new(),
    };
    let result = match input.parse() {
        Ok(draft) => state.app.create_text(&caller, &code, draft).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(text) => see_other(&format!("/texts/{text}?done=created")),
        Err(AppError::Invalid(errors)) => {
            texts_page(&state, &caller, &csrf_token, &code, Some(form), errors).await
        }
        Err(other) => Err(other.into()),
    }
}

async fn text_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: TextId,
    notice: Option<String>,
    errors: ValidationErrors,
) -> PageResult {
    text_page_full(state, caller, csrf, id, (notice, errors), None).await
}

/// The text's page with a refused comment shown again in its discussion's form.
pub(super) async fn text_page_with(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: TextId,
    attempt: Attempt,
) -> PageResult {
    let shown = (None, ValidationErrors::new());
    text_page_full(state, caller, csrf, id, shown, Some(attempt)).await
}

async fn text_page_full(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: TextId,
    (notice, errors): (Option<String>, ValidationErrors),
    attempt: Option<Attempt>,
) -> PageResult {
    let detail = state.app.text_detail(caller, id).await?;
    let discussion = state
        .app
        .discussion(caller, CommentSubject::Text(id))
        .await?;
    let discussion = comments::block(&discussion, caller, attempt);
    let invalid = !errors.is_empty() || discussion.refused();
    let mut page = text_page_view(&detail, caller, csrf, notice, errors, discussion);
    if detail.can_preside {
        let meetings = state.app.meetings_in(caller, &detail.group).await?;
        page.convened = meetings
            .iter()
            .filter(|m| m.status == crate::domain::meeting::MeetingStatus::Convened)
            .map(|m| {
                (
                    m.id.get(),
                    format!(
                        "{}, {}",
                        super::meetings::meeting_name(m.format, m.ordinal),
                        m.city
                    ),
                )
            })
            .collect();
    }
    render_form(&page, invalid)
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

fn notice(done: Option<&str>) -> Option<String> {
    let id = match done? {
        "created" => "texts-notice-created",
        "version" => "texts-notice-version",
        "amendment" => "texts-notice-amendment",
        "incorporated" => "texts-notice-incorporated",
        "declined" => "texts-notice-declined",
        "language" => "texts-notice-language",
        _ => return None,
    };
    Some(i18n::t(id))
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    text_page(
        &state,
        &caller,
        &csrf_token,
        path_id(&id)?,
        notice(done.done.as_deref()),
        ValidationErrors::new(),
    )
    .await
}

/// Redirects on success; shows the text again with the messages when input was invalid.
async fn finish<T>(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: TextId,
    result: Result<T, AppError>,
    done: &str,
) -> PageResult {
    after_form(result, format!("/texts/{id}?done={done}"), async |errors| {
        text_page(state, caller, csrf, id, None, errors).await
    })
    .await
}

pub async fn add_version(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<VersionInput>,
) -> PageResult {
    let id: TextId = path_id(&id)?;
    let result = state
        .app
        .add_version(&caller, id, &form.body, Vec::new())
        .await;
    finish(&state, &caller, &csrf_token, id, result, "version").await
}

pub async fn propose_amendment(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<AmendmentInput>,
) -> PageResult {
    let id: TextId = path_id(&id)?;
    let result = state.app.propose_amendment(&caller, id, form.parse()).await;
    finish(&state, &caller, &csrf_token, id, result, "amendment").await
}

pub async fn incorporate(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    let amendment: AmendmentId = path_id(&id)?;
    let text = state.app.text_of_amendment(&caller, amendment).await?;
    let result = state.app.incorporate_amendment(&caller, amendment).await;
    finish(&state, &caller, &csrf_token, text, result, "incorporated").await
}

pub async fn decline(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<ReasonInput>,
) -> PageResult {
    let amendment: AmendmentId = path_id(&id)?;
    let text = state.app.text_of_amendment(&caller, amendment).await?;
    let result = state
        .app
        .decline_amendment(&caller, amendment, &form.reason)
        .await;
    finish(&state, &caller, &csrf_token, text, result, "declined").await
}

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    language: String,
    status: String,
    body: String,
    #[serde(default)]
    prevailing: Option<String>,
}

pub async fn add_language(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<LanguageForm>,
) -> PageResult {
    let id: TextId = path_id(&id)?;
    let input = crate::http::input::texts::LanguageVersionInput {
        language: form.language,
        body: form.body,
        status: Some(form.status),
        prevailing: form.prevailing.is_some(),
        version: None,
    };
    let mut errors = ValidationErrors::new();
    let draft = input.parse("body", &mut errors);
    let result = match draft {
        Some(draft) if errors.is_empty() => {
            state
                .app
                .add_language_version(&caller, id, None, draft)
                .await
        }
        _ => Err(AppError::Invalid(errors)),
    };
    match result {
        Err(AppError::Conflict(what)) => {
            text_page(
                &state,
                &caller,
                &csrf_token,
                id,
                None,
                ValidationErrors::single("body", what),
            )
            .await
        }
        other => finish(&state, &caller, &csrf_token, id, other, "language").await,
    }
}

#[derive(Debug, Deserialize)]
pub struct OpenForm {
    kind: String,
    version: i64,
    deadline: String,
    #[serde(default)]
    meeting: String,
}

pub async fn open_procedure(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    PageForm(form): PageForm<OpenForm>,
) -> PageResult {
    let id: TextId = path_id(&id)?;
    let local_deadline = local_to_instant(&form.deadline, &caller.account.time_zone);
    let input = crate::http::input::texts::ProcedureInput {
        kind: form.kind.clone(),
        meeting: form.meeting.trim().parse().ok(),
        version: form.version,
        deadline: local_deadline
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
    };
    let result = match (input.parse(), local_deadline) {
        (Ok((kind, version, deadline, session)), Ok(_)) => {
            state
                .app
                .open_procedure_in(&caller, id, kind, version, deadline, session)
                .await
        }
        (parsed, local) => {
            let mut errors = ValidationErrors::new();
            if let Err(more) = parsed {
                more.fields()
                    .iter()
                    .filter(|e| e.field != "deadline")
                    .for_each(|e| errors.add(&e.field, e.message.clone()));
            }
            if let Err(error) = local {
                errors.add("deadline", crate::domain::message::Explain::message(&error));
            }
            Err(AppError::Invalid(errors))
        }
    };
    match result {
        Ok(procedure) => see_other(&format!("/procedures/{procedure}?done=opened")),
        Err(AppError::Invalid(errors)) => {
            text_page(&state, &caller, &csrf_token, id, None, errors).await
        }
        Err(other) => Err(other.into()),
    }
}
