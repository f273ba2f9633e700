//! The inbox page: what needs the reader's party now, and what was decided lately.

use askama::Template;

use crate::app::procedures::InboxItem;
use crate::domain::procedure::attention::Attention;
use crate::domain::procedure::ProcedureKind;
use axum::extract::State;

use crate::http::auth::PageCaller;
use crate::http::pages::{render, Layout, PageResult};
use crate::http::{vocabulary, AppState};
use crate::i18n::{self, Locale};

pub struct InboxRow {
    label: String,
    class: String,
    href: String,
    group: String,
    title: String,
    kind: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    layout: Layout,
    items: Vec<InboxRow>,
}

/// What the item asks of the reader, in a sentence.
fn detail(tr: Locale, item: &InboxItem) -> String {
    match (&item.attention, item.kind) {
        (Attention::NeedsYourParty, ProcedureKind::Consensus) => {
            tr.t("inbox-detail-position-needed")
        }
        (Attention::NeedsYourParty, ProcedureKind::Silence) => tr.t("inbox-detail-under-silence"),
        (Attention::DeadlineSoon | Attention::Open, kind) => {
            tr.t1("inbox-detail-open", "kind", kind.as_str())
        }
        (Attention::Adopted, _) => tr.t("inbox-detail-adopted"),
        (Attention::SilenceBroken(party), _) => {
            tr.t1("inbox-detail-silence-broken", "party", party.as_str())
        }
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
    let tr = i18n::current();
    let items = state
        .app
        .inbox(&caller)
        .await?
        .into_iter()
        .map(|item| {
            let (label, class) = match &item.attention {
                Attention::NeedsYourParty => ("inbox-label-needs-your-party", "cancelled"),
                Attention::DeadlineSoon => ("inbox-label-deadline-soon", "planned"),
                Attention::Open => ("inbox-label-open", "planned"),
                Attention::Adopted => ("inbox-label-adopted", "member"),
                Attention::NotAdopted(_) => ("inbox-label-not-adopted", "concluded"),
                Attention::SilenceBroken(_) => ("inbox-label-silence-broken", "cancelled"),
            };
            let when = match item.closed_at {
                Some(at) => tr.t1("inbox-closed", "when", tr.when(at, zone)),
                None => tr.t1("inbox-deadline", "when", tr.when(item.deadline, zone)),
            };
            InboxRow {
                label: tr.t(label),
                class: class.to_owned(),
                href: format!("/procedures/{}", item.procedure),
                group: item.group.to_string(),
                title: item.title.to_string(),
                kind: vocabulary::procedure_kind(item.kind),
                detail: format!("{} {when}", detail(tr, &item)),
            }
        })
        .collect();
    Ok(render(&InboxPage {
        layout: Layout::new(tr.t("inbox-title"), Some((&caller, &csrf_token))),
        items,
    }))
}
