//! The group's public record: adopted decisions on public texts, readable without signing in,
//! as a page for people or JSON for programs (`Accept: application/json`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{escape_html, html_message, render, Layout, PageResult, Piece};
use crate::app::AppError;
use crate::domain::time::{rfc3339_utc, ZoneName};
use crate::http::api::json;
use crate::http::api::procedures::{wants_json, Audience, DecisionView};
use crate::http::auth::PageSession;
use crate::http::error::ApiError;
use crate::http::AppState;
use crate::i18n::{self, Locale};

pub struct PublicDecision {
    symbol: String,
    title: String,
    /// "Adopted <time>…</time>", as HTML.
    adopted: String,
    hash: String,
    body: String,
    /// Each interpretive statement with the code of its party.
    statements: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "public_decisions.html")]
struct PublicPage {
    layout: Layout,
    group_name: String,
    decisions: Vec<PublicDecision>,
}

/// The group's public record: adopted decisions on public texts, without signing in.
#[utoipa::path(get, operation_id = "public_decisions", path = "/public/{code}/decisions", tag = "decisions",
    params(("code" = crate::http::api::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    description = "JSON for `Accept: application/json` (without `text/html`); the page for people otherwise.",
    responses(
        (status = 200, description = "The public decisions, newest first", content(
            (Vec<crate::http::api::procedures::DecisionView> = "application/json"),
            (String = "text/html"),
        )),
        (status = 404, description = "No such group", content(
            (crate::http::error::Problem = "application/problem+json"),
            (String = "text/html"),
        )),
    ))]
pub async fn decisions(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    // A program that asked for JSON gets JSON errors too, not the error page.
    if wants_json(&headers) {
        return match public_json(&state, &code).await {
            Ok(response) => response,
            Err(error) => ApiError(error).into_response(),
        };
    }
    page(&state, &code, &headers).await.into_response()
}

async fn public_json(state: &AppState, code: &str) -> Result<Response, AppError> {
    let (_, details) = state.app.public_decisions(code).await?;
    // The public sees parties and their people's public titles, never logins.
    let views: Vec<DecisionView> = details
        .iter()
        .map(|detail| DecisionView::new(detail, Audience::Public))
        .collect();
    Ok(json(views))
}

async fn page(state: &AppState, code: &str, headers: &HeaderMap) -> PageResult {
    // A signed-in reader keeps their frame and their saved language on the public record too.
    let reader = PageSession::from_headers(state, headers).await.ok();
    let (group, details) = state.app.public_decisions(code).await?;
    let tr = i18n::current();
    let decisions = details
        .into_iter()
        .map(|detail| PublicDecision {
            symbol: detail.decision.symbol.clone(),
            title: detail.procedure.text.title.to_string(),
            adopted: adopted(tr, detail.decision.adopted_at, &group.time_zone),
            hash: detail.procedure.procedure.hash.to_hex(),
            statements: detail
                .procedure
                .state
                .statements
                .iter()
                .map(|(party, text)| (party.to_string(), text.to_string()))
                .collect(),
            body: detail.body,
        })
        .collect();
    Ok(render(&PublicPage {
        layout: Layout::new(
            tr.t1("public-title", "group", group.name.as_str()),
            reader
                .as_ref()
                .map(|reader| (&reader.caller, reader.csrf_token.as_str())),
        ),
        group_name: group.name.to_string(),
        decisions,
    }))
}

/// "Adopted 26 August 2025, 10:00 (Tashkent)", the instant in a `<time>` element.
fn adopted(tr: Locale, at: jiff::Timestamp, zone: &ZoneName) -> String {
    let time = format!(
        "<time datetime=\"{}\">{}</time>",
        rfc3339_utc(at),
        escape_html(&tr.when(at, zone))
    );
    html_message(tr, "public-adopted", &[("date", Piece::Markup(time))])
}
