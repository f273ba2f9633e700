//! The search page: the form (also in every page's masthead) and the hits the reader may
//! see, each with the passage that matched.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::{render_form, Layout, PageResult};
use crate::domain::search::HitKind;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::search::SearchParams;
use crate::http::{vocabulary, AppState};
use crate::i18n;

/// What the page's form (and the masthead's box) sends; a page also carries `?lang=`, and
/// ignores what it does not know, as every page does.
#[derive(Debug, Default, Deserialize)]
pub struct PageParams {
    #[serde(default)]
    q: String,
    kind: Option<String>,
    group: Option<String>,
}

pub struct HitRow {
    kind: String,
    title: String,
    /// Escaped by the index, with the words found in `<mark>`.
    snippet: String,
    url: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    q: String,
    kind: String,
    kinds: Vec<(String, String)>,
    total: Option<usize>,
    hits: Vec<HitRow>,
    errors: ValidationErrors,
}

pub async fn search(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Query(page): Query<PageParams>,
) -> PageResult {
    let params = SearchParams {
        q: page.q,
        kind: page.kind.filter(|kind| !kind.is_empty()),
        group: page.group.filter(|group| !group.is_empty()),
        ..SearchParams::default()
    };
    let asked = !params.q.trim().is_empty();
    let (total, hits, errors) = if asked {
        match params.parse() {
            Ok(query) => {
                let results = state.app.search(&caller, query).await?;
                let hits = results
                    .hits
                    .into_iter()
                    .map(|hit| HitRow {
                        kind: vocabulary::hit_kind(hit.kind),
                        title: hit.title,
                        snippet: hit.snippet_html,
                        url: hit.url,
                    })
                    .collect();
                (Some(results.total), hits, ValidationErrors::new())
            }
            Err(errors) => (None, Vec::new(), errors),
        }
    } else {
        (None, Vec::new(), ValidationErrors::new())
    };
    let invalid = !errors.is_empty();
    let page = SearchPage {
        layout: Layout::new(i18n::t("search-heading"), Some((&caller, &csrf_token))),
        q: params.q.clone(),
        kind: params.kind.clone().unwrap_or_default(),
        kinds: HitKind::ALL
            .into_iter()
            .map(|kind| (kind.as_str().to_owned(), vocabulary::hit_kind(kind)))
            .collect(),
        total,
        hits,
        errors,
    };
    render_form(&page, invalid)
}
