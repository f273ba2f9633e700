//! The inbox page: what needs the reader's party now, and what was decided lately.

use askama::Template;
use axum::extract::State;

use crate::http::auth::PageCaller;
use crate::http::pages::{render, Layout, PageResult};
use crate::http::AppState;

pub struct InboxRow {
    label: String,
    class: String,
    href: String,
    title: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    layout: Layout,
    items: Vec<InboxRow>,
}

pub async fn inbox(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    use crate::app::procedures::InboxReason;
    let zone = &caller.account.time_zone;
    let items = state
        .app
        .inbox(&caller)
        .await?
        .into_iter()
        .map(|item| {
            let (label, class) = match item.reason {
                InboxReason::NeedsYourParty => ("needs your party", "cancelled"),
                InboxReason::DeadlineSoon => ("deadline within 24 hours", "planned"),
                InboxReason::Open => ("open", "planned"),
                InboxReason::Adopted => ("adopted", "member"),
                InboxReason::NotAdopted => ("not adopted", "concluded"),
                InboxReason::SilenceBroken => ("silence broken", "cancelled"),
            };
            let when = match item.closed_at {
                Some(at) => format!(" Closed {}.", zone.show(at)),
                None => format!(" Deadline {}.", zone.show(item.deadline)),
            };
            InboxRow {
                label: label.to_owned(),
                class: class.to_owned(),
                href: format!("/procedures/{}", item.procedure),
                title: format!("{} ({})", item.title, item.kind.label()),
                detail: format!("{}{when}", item.detail),
            }
        })
        .collect();
    Ok(render(&InboxPage {
        layout: Layout::new("Inbox", Some((&caller, &csrf_token))),
        items,
    }))
}
