//! Papers for people: a group's list with the form that circulates a paper, and a paper's
//! page with its markings in the banner at top and bottom, its body rendered from CommonMark
//! and sanitised, and its attachments as downloads.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use serde::Deserialize;

use super::comments::{self, Attempt, DiscussionBlock};
use super::{path_id, render_form, see_other, Layout, PageForm, PageResult};
use crate::app::{AppError, Caller};
use crate::domain::access;
use crate::domain::comment::CommentSubject;
use crate::domain::ids::PaperId;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::message::Message;
use crate::domain::paper::PaperKind;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::papers::{AttachmentQuery, PaperInput};
use crate::http::{markdown, vocabulary, AppState};
use crate::i18n;

#[derive(Debug, Default, Deserialize)]
pub struct PaperForm {
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

pub struct PaperRow {
    id: i64,
    symbol: Option<String>,
    title: String,
    kind: String,
    distribution: String,
    classification: String,
}

#[derive(Template)]
#[template(path = "papers.html")]
struct PapersPage {
    layout: Layout,
    code: String,
    group_name: String,
    papers: Vec<PaperRow>,
    can_circulate: bool,
    kinds: Vec<(String, String)>,
    distributions: Vec<(String, String)>,
    classifications: Vec<(String, String)>,
    form: PaperForm,
    errors: ValidationErrors,
}

async fn papers_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    code: &str,
    form: Option<PaperForm>,
    errors: ValidationErrors,
) -> PageResult {
    let (group, papers) = state.app.papers_for(caller, code).await?;
    super::in_group_language(&group);
    let invalid = !errors.is_empty();
    let page = PapersPage {
        layout: Layout::new(
            i18n::t_with("papers-title", &[("group", group.code.as_str().into())]),
            Some((caller, csrf)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        papers: papers
            .iter()
            .map(|p| PaperRow {
                id: p.id.get(),
                symbol: p.symbol.clone(),
                title: p.title.to_string(),
                kind: vocabulary::paper_kind(p.kind),
                distribution: vocabulary::distribution(p.marking.distribution),
                classification: vocabulary::classification(p.marking.classification),
            })
            .collect(),
        can_circulate: access::circulate_paper(&caller.viewer, group.id).is_ok(),
        kinds: PaperKind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), vocabulary::paper_kind(*k)))
            .collect(),
        distributions: Distribution::ALL
            .iter()
            .map(|d| (d.as_str().to_owned(), vocabulary::distribution(*d)))
            .collect(),
        classifications: Classification::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), vocabulary::classification(*c)))
            .collect(),
        form: form.unwrap_or_else(|| PaperForm {
            kind: PaperKind::Background.as_str().to_owned(),
            language: "ru".to_owned(),
            distribution: Distribution::Members.as_str().to_owned(),
            classification: Classification::Unclassified.as_str().to_owned(),
            ..PaperForm::default()
        }),
        errors,
    };
    render_form(&page, invalid)
}

pub async fn list(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(code): Path<String>,
) -> PageResult {
    papers_page(
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
    PageForm(form): PageForm<PaperForm>,
) -> PageResult {
    let input = PaperInput {
        title: form.title.clone(),
        kind: form.kind.clone(),
        body: form.body.clone(),
        language: form.language.clone(),
        distribution: form.distribution.clone(),
        listed: form
            .listed
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        classification: Some(form.classification.clone()),
        meeting: None,
    };
    let result = match input.parse() {
        Ok(draft) => state.app.circulate_paper(&caller, &code, draft).await,
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    match result {
        Ok(paper) => see_other(&format!("/papers/{paper}?done=created")),
        Err(AppError::Invalid(errors)) => {
            papers_page(&state, &caller, &csrf_token, &code, Some(form), errors).await
        }
        Err(other) => Err(other.into()),
    }
}

pub struct AttachmentRow {
    sha256: String,
    filename: String,
    media_type: String,
    size: i64,
}

#[derive(Template)]
#[template(path = "paper.html")]
struct PaperPage {
    layout: Layout,
    id: i64,
    code: String,
    title: String,
    symbol: Option<String>,
    marking_line: String,
    circulated_by: String,
    listed_to: Option<String>,
    language: String,
    rtl: bool,
    /// The body rendered from CommonMark and sanitised (`http::markdown`).
    body_html: String,
    attachments: Vec<AttachmentRow>,
    can_attach: bool,
    notice: Option<String>,
    discussion: DiscussionBlock,
    /// The largest file, e.g. `25 MiB`.
    max_attachment: String,
    attach_errors: ValidationErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let notice = match done.done.as_deref() {
        Some("created") => Some(i18n::t("papers-notice-created")),
        Some("attached") => Some(i18n::t("papers-notice-attached")),
        _ => None,
    };
    let id = path_id(&id)?;
    paper_page(
        &state,
        &caller,
        &csrf_token,
        id,
        notice,
        None,
        ValidationErrors::new(),
    )
    .await
}

/// Attaches a file sent from the paper's page (`multipart/form-data`, field `file`): its
/// bytes are streamed to the same use case the API calls, never held whole; a refused file
/// is explained on the page, and nothing is stored.
pub async fn attach(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Path(id): Path<String>,
    mut form: Multipart,
) -> PageResult {
    let id: PaperId = path_id(&id)?;
    let (state, caller, csrf) = (&state, &caller, csrf_token.as_str());
    let refused = async |errors| paper_page(state, caller, csrf, id, None, None, errors).await;
    let field = loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => break field,
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => {
                let unreadable = Message::new("error-attachment-interrupted");
                return refused(ValidationErrors::single("file", unreadable)).await;
            }
        }
    };
    let query = AttachmentQuery {
        filename: field.file_name().unwrap_or_default().to_owned(),
    };
    let content_type = field.content_type().map(str::to_owned);
    let upload = match query.parse(content_type.as_deref(), None) {
        Ok(upload) => upload,
        Err(errors) => return refused(errors).await,
    };
    match state.app.add_attachment(caller, id, upload, field).await {
        Ok(_) => see_other(&format!("/papers/{id}?done=attached")),
        Err(AppError::Invalid(errors)) => refused(errors).await,
        Err(AppError::TooLarge(message)) => {
            refused(ValidationErrors::single("file", message)).await
        }
        Err(other) => Err(other.into()),
    }
}

/// A paper's page, with a refused comment shown again in its discussion's form.
pub(super) async fn paper_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: PaperId,
    notice: Option<String>,
    attempt: Option<Attempt>,
    attach_errors: ValidationErrors,
) -> PageResult {
    let detail = state.app.paper_detail(caller, id).await?;
    super::in_group_language(&detail.group);
    let discussion = state
        .app
        .discussion(caller, CommentSubject::Paper(id))
        .await?;
    let discussion = comments::block(&discussion, caller, attempt);
    let refused = discussion.refused() || !attach_errors.is_empty();
    let paper = &detail.paper;
    let page = PaperPage {
        layout: Layout::marked(
            paper.title.to_string(),
            Some((caller, csrf)),
            paper.marking.classification,
        ),
        id: paper.id.get(),
        code: detail.group.code.to_string(),
        title: paper.title.to_string(),
        symbol: paper.symbol.clone(),
        marking_line: i18n::t_with(
            "papers-lede-marking",
            &[
                ("kind", vocabulary::paper_kind(paper.kind).into()),
                (
                    "distribution",
                    vocabulary::distribution(paper.marking.distribution).into(),
                ),
                (
                    "classification",
                    vocabulary::classification(paper.marking.classification).into(),
                ),
                ("language", paper.language.to_string().into()),
            ],
        ),
        circulated_by: match &paper.marking.originator {
            Some(party) => {
                i18n::t_with("papers-circulated-by", &[("party", party.as_str().into())])
            }
            None => i18n::t("papers-circulated-by-secretariat"),
        },
        listed_to: (paper.marking.distribution == Distribution::Listed).then(|| {
            let parties: Vec<&str> = paper.marking.listed.iter().map(|p| p.as_str()).collect();
            i18n::t_with(
                "papers-listed-to",
                &[("parties", parties.join(", ").into())],
            )
        }),
        language: paper.language.to_string(),
        rtl: paper.language.is_right_to_left(),
        body_html: markdown::render(&paper.body),
        attachments: detail
            .attachments
            .iter()
            .map(|a| AttachmentRow {
                sha256: a.sha256.to_hex(),
                filename: a.filename.to_string(),
                media_type: a.media_type.to_string(),
                size: a.size,
            })
            .collect(),
        can_attach: detail.can_attach,
        notice,
        discussion,
        max_attachment: format!(
            "{} MiB",
            state
                .app
                .settings
                .max_attachment_bytes
                .div_ceil(1024 * 1024)
        ),
        attach_errors,
    };
    render_form(&page, refused)
}
