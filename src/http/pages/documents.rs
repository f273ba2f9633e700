//! The documents a page links to, as PDF: a decision's record (`/decisions/{id}.pdf`, handed
//! here by the decision's page route) and a meeting's minutes. Each is shown to exactly those
//! who may see its page, and answers as its page does when they may not.

use axum::extract::{Path, State};

use crate::app::Caller;
use crate::http::auth::PageCaller;
use crate::http::documents::decision::DecisionDocument;
use crate::http::documents::minutes::MinutesDocument;
use crate::http::documents::{self, DocumentLanguage};
use crate::http::pages::{path_id, PageResult};
use crate::http::AppState;

/// `/decisions/{id}.pdf`, `id` without its `.pdf`.
pub async fn decision(state: &AppState, caller: &Caller, id: &str) -> PageResult {
    let detail = state.app.decision_detail(caller, path_id(id)?).await?;
    let document = DecisionDocument::of(&detail);
    let made = document.render(&DocumentLanguage::of_request()).await;
    Ok(documents::answer(made, document.file_stem())?)
}

/// `/meetings/{id}/minutes.pdf`.
pub async fn minutes(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(id): Path<String>,
) -> PageResult {
    let minutes = state.app.meeting_minutes(&caller, path_id(&id)?).await?;
    let document = MinutesDocument::of(&minutes);
    let made = document.render(&DocumentLanguage::of_request()).await;
    Ok(documents::answer(made, document.file_stem())?)
}
