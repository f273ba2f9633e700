//! Search over the API: hits only from what the caller may see, and a total that counts only
//! those.

use axum::extract::State;
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, ApiQuery};
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::search::SearchParams;
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct HitView {
    /// text, paper, comment, decision or meeting.
    pub kind: String,
    pub id: i64,
    pub title: String,
    /// The passage that matched, as HTML: escaped, the words found in `<mark>`.
    pub snippet: String,
    /// Its page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchView {
    /// How many records the caller may see match (no other record is counted).
    pub total: usize,
    pub hits: Vec<HitView>,
}

/// Finds texts (every language version), papers, comments, decisions and meetings by their
/// words in any of their forms, among what the caller may see.
#[utoipa::path(get, operation_id = "search", path = "/api/v1/search", tag = "search", params(SearchParams),
    responses((status = 200, description = "The hits, best first, and how many there are", body = SearchView), (status = 404, description = "The group named is none the caller sees"), (status = 422, description = "A parameter is not valid: an empty or overlong search, an unknown kind, a malformed day")))]
pub async fn search(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> ApiResult<Response> {
    let query = params.parse()?;
    let results = state.app.search(&caller, query).await?;
    Ok(json(SearchView {
        total: results.total,
        hits: results
            .hits
            .into_iter()
            .map(|hit| HitView {
                kind: hit.kind.as_str().to_owned(),
                id: hit.id,
                title: hit.title,
                snippet: hit.snippet_html,
                url: hit.url,
            })
            .collect(),
    }))
}
