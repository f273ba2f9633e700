//! The group's public record: adopted decisions on public texts, readable without signing in,
//! as a page for people or JSON for programs (`Accept: application/json`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;

use super::{render, Layout, PageResult};
use crate::domain::time::rfc3339_utc;
use crate::http::api::json;
use crate::http::api::procedures::{public_decision_view, wants_json};
use crate::http::AppState;

pub struct PublicDecision {
    symbol: String,
    title: String,
    adopted_at: String,
    adopted_iso: String,
    hash: String,
    body: String,
    statements: Vec<String>,
}

#[derive(Template)]
#[template(path = "public_decisions.html")]
struct PublicPage {
    layout: Layout,
    group_name: String,
    decisions: Vec<PublicDecision>,
}

pub async fn decisions(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> PageResult {
    let (group, details) = state.app.public_decisions(&code).await?;
    if wants_json(&headers) {
        let mut views = Vec::new();
        for detail in details {
            views.push(public_decision_view(&state, detail).await?);
        }
        return Ok(json(views));
    }
    let decisions = details
        .into_iter()
        .map(|detail| PublicDecision {
            symbol: detail.decision.symbol.clone(),
            title: detail.procedure.text.title.to_string(),
            adopted_at: group.time_zone.show(detail.decision.adopted_at),
            adopted_iso: rfc3339_utc(detail.decision.adopted_at),
            hash: detail.procedure.procedure.hash.to_hex(),
            statements: detail
                .procedure
                .state
                .statements
                .iter()
                .map(|(party, text)| format!("{party}: {text}"))
                .collect(),
            body: detail.body,
        })
        .collect();
    Ok(render(&PublicPage {
        layout: Layout::new(format!("Public record of {}", group.name), None),
        group_name: group.name.to_string(),
        decisions,
    }))
}
