//! Texts, their versions, language versions and amendments over the API.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id as id, ApiJson};
use crate::app::records::{AmendmentRecord, LanguageVersionRecord, TextRecord};
use crate::app::texts::TextDetail;
use crate::app::AppError;
use crate::domain::diff::{word_diff, Change};
use crate::domain::ids::{AmendmentId, TextId};
use crate::domain::text::Segment;
use crate::domain::time::rfc3339_utc;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::texts::{
    AmendmentInput, LanguageVersionInput, ReasonInput, TextInput, VersionInput,
};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct VersionView {
    pub number: i64,
    /// SHA-256 of the canonical UTF-8 text.
    pub hash: String,
    pub credited_party: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageVersionView {
    pub version: i64,
    pub language: String,
    /// authentic or translation.
    pub status: String,
    pub prevailing: bool,
    pub right_to_left: bool,
    pub hash: String,
    pub body: String,
}

impl From<&LanguageVersionRecord> for LanguageVersionView {
    fn from(l: &LanguageVersionRecord) -> Self {
        LanguageVersionView {
            version: l.version_number,
            language: l.language.to_string(),
            status: l.status.as_str().to_owned(),
            prevailing: l.prevailing,
            right_to_left: l.language.is_right_to_left(),
            hash: l.hash.to_hex(),
            body: l.body.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BracketView {
    pub number: usize,
    pub line: usize,
    pub column: usize,
    pub holders: Vec<String>,
    pub alternatives: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DiffPart {
    /// same, removed or added.
    pub change: &'static str,
    pub text: String,
}

pub fn diff_view(old: &str, new: &str) -> Vec<DiffPart> {
    word_diff(old, new)
        .into_iter()
        .map(|change| match change {
            Change::Same(text) => DiffPart {
                change: "same",
                text,
            },
            Change::Removed(text) => DiffPart {
                change: "removed",
                text,
            },
            Change::Added(text) => DiffPart {
                change: "added",
                text,
            },
        })
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AmendmentView {
    pub id: i64,
    pub version: i64,
    pub party: String,
    pub passage: String,
    pub replacement: String,
    pub reason: String,
    /// proposed, incorporated or declined.
    pub state: String,
    pub answer: String,
    pub incorporated_in: Option<i64>,
    /// The change as a word-level diff of the passage.
    pub diff: Vec<DiffPart>,
}

impl From<&AmendmentRecord> for AmendmentView {
    fn from(a: &AmendmentRecord) -> Self {
        AmendmentView {
            id: a.id.get(),
            version: a.version_number,
            party: a.party.to_string(),
            passage: a.passage.clone(),
            replacement: a.replacement.clone(),
            reason: a.reason.clone(),
            state: a.state.as_str().to_owned(),
            answer: a.answer.clone(),
            incorporated_in: a.incorporated_in,
            diff: diff_view(&a.passage, &a.replacement),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProcedureSummary {
    pub id: i64,
    pub kind: String,
    pub version: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TextSummary {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub language: String,
    pub distribution: String,
    pub classification: String,
    pub penholder: String,
}

impl From<&TextRecord> for TextSummary {
    fn from(text: &TextRecord) -> Self {
        TextSummary {
            id: text.id.get(),
            title: text.title.to_string(),
            kind: text.kind.to_string(),
            language: text.language.to_string(),
            distribution: text.marking.distribution.to_string(),
            classification: text.marking.classification.as_str().to_owned(),
            penholder: text.penholder.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TextView {
    pub id: i64,
    pub group: String,
    pub title: String,
    pub kind: String,
    pub language: String,
    pub distribution: String,
    pub classification: String,
    pub penholder: String,
    pub versions: Vec<VersionView>,
    pub language_versions: Vec<LanguageVersionView>,
    /// The open brackets of the latest version.
    pub open_brackets: Vec<BracketView>,
    /// The latest version's text.
    pub body: String,
    pub amendments: Vec<AmendmentView>,
    pub procedures: Vec<ProcedureSummary>,
}

impl From<&TextDetail> for TextView {
    fn from(detail: &TextDetail) -> Self {
        let text = &detail.text;
        TextView {
            id: text.id.get(),
            group: detail.group.code.to_string(),
            title: text.title.to_string(),
            kind: text.kind.to_string(),
            language: text.language.to_string(),
            distribution: text.marking.distribution.to_string(),
            classification: text.marking.classification.as_str().to_owned(),
            penholder: text.penholder.to_string(),
            versions: detail
                .versions
                .iter()
                .map(|v| VersionView {
                    number: v.number,
                    hash: v.hash.to_hex(),
                    credited_party: v.credited_party.as_ref().map(ToString::to_string),
                    created_at: rfc3339_utc(v.created_at),
                })
                .collect(),
            language_versions: detail
                .language_versions
                .iter()
                .map(LanguageVersionView::from)
                .collect(),
            open_brackets: detail
                .latest
                .segments
                .iter()
                .filter_map(|segment| match segment {
                    Segment::Bracket(b) => Some(BracketView {
                        number: b.number,
                        line: b.line,
                        column: b.column,
                        holders: b.holders.iter().map(ToString::to_string).collect(),
                        alternatives: b.alternatives.clone(),
                    }),
                    Segment::Agreed(_) => None,
                })
                .collect(),
            body: detail
                .latest_version()
                .map(|v| v.body.clone())
                .unwrap_or_default(),
            amendments: detail.amendments.iter().map(AmendmentView::from).collect(),
            procedures: detail
                .procedures
                .iter()
                .map(|p| ProcedureSummary {
                    id: p.id.get(),
                    kind: p.rules.kind.to_string(),
                    version: p.version_number,
                })
                .collect(),
        }
    }
}

/// The texts of a group the caller may see.
#[utoipa::path(get, operation_id = "list_texts", path = "/api/v1/groups/{code}/texts", tag = "texts", params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The texts the caller may see", body = [TextSummary]), (status = 404)))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (_, texts) = state.app.texts_for(&caller, &code).await?;
    Ok(json(
        texts.iter().map(TextSummary::from).collect::<Vec<_>>(),
    ))
}

/// Drafts a text (a member delegation, or the secretariat for the chair); version 1 is its body.
#[utoipa::path(post, operation_id = "create_text", path = "/api/v1/groups/{code}/texts", tag = "texts", request_body = TextInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The text with version 1", body = TextView), (status = 403, description = "Only a member delegation, or the secretariat for the chair, drafts a text"), (status = 404), (status = 409, description = "Conflicts with the group's state")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<TextInput>,
) -> ApiResult<Response> {
    let draft = input.parse()?;
    let text = state.app.create_text(&caller, &code, draft).await?;
    let detail = state.app.text_detail(&caller, text).await?;
    Ok((StatusCode::CREATED, json(TextView::from(&detail))).into_response())
}

/// A text with its versions, language versions, open brackets, amendments and procedures.
#[utoipa::path(get, operation_id = "get_text", path = "/api/v1/texts/{id}", tag = "texts", params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The text", body = TextView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
) -> ApiResult<Response> {
    let detail = state.app.text_detail(&caller, id(&text)?).await?;
    Ok(json(TextView::from(&detail)))
}

/// The penholder issues a new version; open procedures on older versions are superseded.
#[utoipa::path(post, operation_id = "add_version", path = "/api/v1/texts/{id}/versions", tag = "texts", request_body = VersionInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The text with its new version", body = TextView), (status = 403, description = "Only the penholder issues a version"), (status = 404), (status = 409, description = "Conflicts with the text's state")))]
pub async fn add_version(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<VersionInput>,
) -> ApiResult<Response> {
    let text: TextId = id(&text)?;
    let translations = input.parse()?;
    state
        .app
        .add_version(&caller, text, &input.body, translations)
        .await?;
    let detail = state.app.text_detail(&caller, text).await?;
    Ok((StatusCode::CREATED, json(TextView::from(&detail))).into_response())
}

/// Adds a language version (authentic or translation) to a version.
#[utoipa::path(post, operation_id = "add_language_version", path = "/api/v1/texts/{id}/languages", tag = "texts", request_body = LanguageVersionInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The text with the language version", body = TextView), (status = 403, description = "Only the penholder adds a language version"), (status = 404), (status = 409, description = "That version already has this language")))]
pub async fn add_language(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<LanguageVersionInput>,
) -> ApiResult<Response> {
    let text: TextId = id(&text)?;
    let mut errors = crate::domain::validation::ValidationErrors::new();
    let draft = input.parse("body", &mut errors);
    errors.into_result()?;
    let draft = draft.ok_or(AppError::NotFound)?;
    state
        .app
        .add_language_version(&caller, text, input.version, draft)
        .await?;
    let detail = state.app.text_detail(&caller, text).await?;
    Ok((StatusCode::CREATED, json(TextView::from(&detail))).into_response())
}

/// A member party proposes an amendment to one version.
#[utoipa::path(post, operation_id = "propose_amendment", path = "/api/v1/texts/{id}/amendments", tag = "texts", request_body = AmendmentInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 201, description = "The amendment", body = AmendmentView), (status = 403, description = "Only a member delegation proposes amendments"), (status = 404), (status = 409, description = "Conflicts with the text's state")))]
pub async fn propose_amendment(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(text): Path<String>,
    ApiJson(input): ApiJson<AmendmentInput>,
) -> ApiResult<Response> {
    let text: TextId = id(&text)?;
    let amendment = state
        .app
        .propose_amendment(&caller, text, input.parse())
        .await?;
    let detail = state.app.text_detail(&caller, text).await?;
    let view = detail
        .amendments
        .iter()
        .find(|a| a.id == amendment)
        .map(AmendmentView::from)
        .ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, json(view)).into_response())
}

/// The penholder incorporates an amendment: a new version, crediting the party.
#[utoipa::path(post, operation_id = "incorporate_amendment", path = "/api/v1/amendments/{id}/incorporate", tag = "texts",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The text with the new version", body = TextView), (status = 403, description = "Only the penholder incorporates an amendment"), (status = 404), (status = 409, description = "The amendment is settled, or no longer applies to the latest version")))]
pub async fn incorporate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(amendment): Path<String>,
) -> ApiResult<Response> {
    let amendment: AmendmentId = id(&amendment)?;
    state.app.incorporate_amendment(&caller, amendment).await?;
    let text = state.app.text_of_amendment(&caller, amendment).await?;
    let detail = state.app.text_detail(&caller, text).await?;
    Ok(json(TextView::from(&detail)))
}

/// The penholder declines an amendment, with a reason.
#[utoipa::path(post, operation_id = "decline_amendment", path = "/api/v1/amendments/{id}/decline", tag = "texts", request_body = ReasonInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The text", body = TextView), (status = 403, description = "Only the penholder declines an amendment"), (status = 404), (status = 409, description = "The amendment is already settled")))]
pub async fn decline(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(amendment): Path<String>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> ApiResult<Response> {
    let amendment: AmendmentId = id(&amendment)?;
    state
        .app
        .decline_amendment(&caller, amendment, &input.reason)
        .await?;
    let text = state.app.text_of_amendment(&caller, amendment).await?;
    let detail = state.app.text_detail(&caller, text).await?;
    Ok(json(TextView::from(&detail)))
}
