//! The inbox page: what needs the reader's party now, and what was decided lately.

use askama::Template;

use crate::app::procedures::InboxItem;
use crate::domain::procedure::attention::Attention;
use crate::domain::procedure::ProcedureKind;
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

/// What the item asks of the reader, in a sentence.
fn detail(item: &InboxItem) -> String {
    match (&item.attention, item.kind) {
        (Attention::NeedsYourParty, ProcedureKind::Consensus) => {
            "Your party's position is needed.".to_owned()
        }
        (Attention::NeedsYourParty, ProcedureKind::Silence) => {
            "Under silence: keep silent to adopt, or break it with an objection.".to_owned()
        }
        (Attention::DeadlineSoon | Attention::Open, kind) => {
            format!("The {} is open.", kind.label())
        }
        (Attention::Adopted, _) => "Adopted.".to_owned(),
        (Attention::SilenceBroken(party), _) => format!("Silence broken by {party}."),
        (Attention::NotAdopted(reasons), _) => reasons
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
    }
}

pub async fn inbox(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
) -> PageResult {
    let zone = &caller.account.time_zone;
    let items = state
        .app
        .inbox(&caller)
        .await?
        .into_iter()
        .map(|item| {
            let (label, class) = match &item.attention {
                Attention::NeedsYourParty => ("needs your party", "cancelled"),
                Attention::DeadlineSoon => ("deadline within 24 hours", "planned"),
                Attention::Open => ("open", "planned"),
                Attention::Adopted => ("adopted", "member"),
                Attention::NotAdopted(_) => ("not adopted", "concluded"),
                Attention::SilenceBroken(_) => ("silence broken", "cancelled"),
            };
            let when = match item.closed_at {
                Some(at) => format!(" Closed {}.", zone.show(at)),
                None => format!(" Deadline {}.", zone.show(item.deadline)),
            };
            InboxRow {
                label: label.to_owned(),
                class: class.to_owned(),
                href: format!("/procedures/{}", item.procedure),
                title: format!("{}: {} ({})", item.group, item.title, item.kind.label()),
                detail: format!("{}{when}", detail(&item)),
            }
        })
        .collect();
    Ok(render(&InboxPage {
        layout: Layout::new("Inbox", Some((&caller, &csrf_token))),
        items,
    }))
}
