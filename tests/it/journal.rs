//! The journal: every change recorded with its hash chain, trimmed per reader, and checked
//! by recomputation; receipts of its head, checked only under the installation's pinned key.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{build_request, As, TestApp};
use crate::views::{JournalEntry, Listed};
use majlis::app::journal::KeySource;
use majlis::domain::journal::Hash32;
use majlis::domain::receipt::{self, Receipt};
use majlis::store::Backend;

async fn every_change_is_journaled_in_its_own_transaction(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let before = app.head(&secretariat).await;
    let reply = app
        .add_agenda_item(&secretariat, id, "Border crossings")
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let after = app.head(&secretariat).await;
    assert_eq!(after.seq, before.seq + 1);
    let entries = app
        .journal(&secretariat, &format!("group=CGA&after={}", before.seq))
        .await;
    let entry = &entries[0];
    assert_eq!(entry.action.as_deref(), Some("agenda.add"));
    let payload = entry.payload.as_ref().expect("in full");
    assert_eq!(
        payload.get("title").map(String::as_str),
        Some("Border crossings")
    );
    assert_eq!(entry.prev_hash.as_ref(), Some(&before.hash));
    assert_eq!(entry.hash, after.hash);
    let verdict = app
        .app
        .verify_journal()
        .await
        .expect("verify runs")
        .expect("intact");
    assert_eq!(verdict.entries, after.seq);
}

async fn readers_see_in_full_only_the_entries_distributed_to_them(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kz.delegate").await;
    let listed: Vec<Listed> = app
        .read("/api/v1/journal?after=0&limit=500", As::Person(&delegate))
        .await;
    let mut user_entries = Vec::new();
    let mut entries = Vec::new();
    for entry in listed {
        match entry {
            Listed::Stub(stub) => {
                assert!(stub.redacted, "{stub:?}");
                user_entries.push(stub);
            }
            Listed::Full(entry) => {
                assert!(
                    !entry.redacted,
                    "a redacted entry shows only a stub: {entry:?}"
                );
                entries.push(entry);
            }
        }
    }
    assert!(
        !user_entries.is_empty(),
        "account creation is not the group's business"
    );
    let is = |entry: &JournalEntry, action: &str| entry.action.as_deref() == Some(action);
    assert!(entries.iter().any(|e| is(e, "meeting.create")));
    let admin = app.sign_in("admin").await;
    let admin_view = app.journal(&admin, "after=0&limit=500").await;
    assert!(admin_view.iter().any(|e| is(e, "user.create")));
    assert!(admin_view.iter().any(|e| is(e, "delegation.add")));
    assert!(
        !admin_view.iter().any(|e| is(e, "meeting.create")),
        "the administrator sees no group business"
    );
    assert_eq!(
        admin_view.len(),
        entries.len() + user_entries.len(),
        "everyone sees every place in the chain"
    );
}

/// Adds three agenda items and returns the place of the middle one's entry, with an entry
/// on either side of it.
async fn an_entry_in_the_middle(app: &TestApp) -> i64 {
    record_changes(app, 3).await;
    app.journal_head().await - 1
}

async fn an_edited_journal_row_is_found_by_verification(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let seq = an_entry_in_the_middle(&app).await;
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
    app.tamper(&format!(
        "UPDATE journal SET payload = '{{\"title\":\"Rewritten\"}}' WHERE seq = {seq}"
    ))
    .await;
    let broken = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect_err("broken");
    assert_eq!(broken.seq, seq);
    assert_eq!(broken.intact_before, seq - 1);
    assert_eq!(broken.reason, "payload does not match its recorded hash");
}

async fn a_deleted_journal_row_is_found_by_verification(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let seq = an_entry_in_the_middle(&app).await;
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
    app.tamper(&format!("DELETE FROM journal WHERE seq = {seq}"))
        .await;
    let broken = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect_err("broken");
    assert_eq!(broken.seq, seq + 1);
    assert!(
        broken.reason.contains("an entry was removed"),
        "{}",
        broken.reason
    );
}

async fn concurrent_changes_keep_one_unbroken_chain(backend: Backend) {
    use axum::http::Method;
    use tower::ServiceExt;

    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let head = app.journal_head().await;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..16 {
        let request = build_request(
            Method::POST,
            &format!("/api/v1/meetings/{id}/agenda"),
            As::Person(&secretariat),
            Some(json!({ "title": format!("Item {n}") })),
        );
        let router = app.router.clone();
        tasks.spawn(async move { router.oneshot(request).await.expect("answer").status() });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.expect("task"), StatusCode::CREATED);
    }
    assert_eq!(app.journal_head().await, head + 16);
    let verdict = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect("intact");
    assert_eq!(verdict.entries, head + 16);
}

/// Adds `count` agenda items, one journal entry each, so that a receipt can be taken after the
/// signing key's entry and the tail cut or shuffled without touching that entry.
pub(crate) async fn record_changes(app: &TestApp, count: usize) {
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    for n in 0..count {
        let reply = app
            .add_agenda_item(&secretariat, id, &format!("Item {n}"))
            .await;
        reply.assert_status(StatusCode::CREATED);
    }
}

/// A receipt of the head, taken after the signing key was made and a few changes recorded.
async fn kept_receipt(app: &TestApp) -> Receipt {
    app.app
        .receipt()
        .await
        .expect("the first receipt makes the key");
    record_changes(app, 3).await;
    app.app.receipt().await.expect("receipt")
}

/// Swaps the contents of two journal rows, keeping their sequence numbers in place.
async fn swap_journal_rows(app: &TestApp, first: i64, second: i64) {
    app.tamper(&format!("UPDATE journal SET seq = -1 WHERE seq = {first}"))
        .await;
    app.tamper(&format!(
        "UPDATE journal SET seq = {first} WHERE seq = {second}"
    ))
    .await;
    app.tamper(&format!("UPDATE journal SET seq = {second} WHERE seq = -1"))
        .await;
}

fn fresh_secret() -> [u8; 32] {
    rand::random()
}

async fn the_receipts_key_is_the_one_the_journal_published(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let receipt: crate::views::Receipt = app
        .read("/api/v1/journal/receipt", As::Person(&admin))
        .await;
    let entries = app.journal(&admin, "after=0&limit=500").await;
    let published = entries
        .iter()
        .find(|e| e.action.as_deref() == Some("installation.signing_key"))
        .and_then(|e| e.payload.as_ref())
        .expect("the key was journaled");
    assert_eq!(published.get("public_key"), Some(&receipt.public_key));
    assert_eq!(
        published.get("algorithm").map(String::as_str),
        Some("ed25519")
    );
}

async fn the_genuine_receipt_passes_under_the_published_or_the_pinned_key(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kept = kept_receipt(&app).await;
    let under = app
        .app
        .check_receipt(&kept, None)
        .await
        .expect("runs")
        .expect("the genuine receipt passes");
    assert!(matches!(under, KeySource::Journal { .. }), "{under:?}");
    let pinned = app
        .app
        .check_receipt(&kept, Some(kept.public_key))
        .await
        .expect("runs")
        .expect("passes under the key the party pinned");
    assert_eq!(pinned, KeySource::Pinned);
    let other_key = receipt::public_key(&fresh_secret());
    let refused = app
        .app
        .check_receipt(&kept, Some(other_key))
        .await
        .expect("runs")
        .expect_err("refused under a different pinned key")
        .to_string();
    assert!(
        refused.contains(&format!(
            "signed under key {}, but the expected key is {other_key}",
            kept.public_key
        )),
        "{refused}"
    );
    assert!(refused.contains("the key you pinned"), "{refused}");
}

async fn a_receipt_signed_under_a_foreign_key_is_refused_naming_the_expected_key(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let genuine = kept_receipt(&app).await;
    let head = app.app.journal_head().await.expect("head");
    let foreign = fresh_secret();
    let made_up = Hash32::of_bytes(rand::random());
    for forged in [
        receipt::sign(&foreign, head.seq, head.hash, genuine.signed_at_micros),
        receipt::sign(&foreign, head.seq, made_up, genuine.signed_at_micros),
        receipt::sign(&foreign, head.seq + 7, made_up, genuine.signed_at_micros),
    ] {
        let refused = app
            .app
            .check_receipt(&forged, None)
            .await
            .expect("runs")
            .expect_err("a foreign key proves nothing")
            .to_string();
        assert!(
            refused.contains(&format!(
                "the receipt was signed under key {}, but the expected key is {}",
                receipt::public_key(&foreign),
                genuine.public_key
            )),
            "{refused}"
        );
        assert!(
            refused.contains("the key journal entry"),
            "names where the expected key came from: {refused}"
        );
    }
}

async fn a_journal_cut_back_at_its_tail_is_shown_by_the_kept_receipt(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kept = kept_receipt(&app).await;
    app.tamper(&format!("DELETE FROM journal WHERE seq > {}", kept.seq - 2))
        .await;
    let recomputed = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect("what is left still chains");
    assert_eq!(
        recomputed.entries,
        kept.seq - 2,
        "recomputation alone cannot see a cut at the tail"
    );
    let refused = app
        .app
        .check_receipt(&kept, None)
        .await
        .expect("runs")
        .expect_err("the receipt shows the cut")
        .to_string();
    assert!(
        refused.contains(&format!(
            "entry {} is gone: the journal was cut back",
            kept.seq
        )),
        "{refused}"
    );
}

async fn two_swapped_entries_are_shown_by_verify_and_by_the_receipt(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kept = kept_receipt(&app).await;
    swap_journal_rows(&app, kept.seq - 1, kept.seq).await;
    let broken = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect_err("the chain is broken");
    assert_eq!(broken.seq, kept.seq - 1);
    assert_eq!(broken.intact_before, kept.seq - 2);
    let refused = app
        .app
        .check_receipt(&kept, None)
        .await
        .expect("runs")
        .expect_err("the receipt shows the swap")
        .to_string();
    assert!(
        refused.contains(&format!("entry {} now has hash", kept.seq))
            && refused.contains("the journal was rewritten"),
        "{refused}"
    );
}

async fn a_signing_key_edited_in_the_table_signs_nothing_and_is_reported(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kept = kept_receipt(&app).await;
    let foreign = fresh_secret();
    let foreign_key = receipt::public_key(&foreign);
    app.tamper(&format!(
        "UPDATE signing_keys SET secret = '{}', public = '{foreign_key}'",
        hex::encode(foreign)
    ))
    .await;
    let trouble = app
        .app
        .check_signing_key()
        .await
        .expect("runs")
        .expect_err("the table and the journal disagree")
        .to_string();
    assert!(
        trouble.contains(&format!("the signing_keys table holds key {foreign_key}"))
            && trouble.contains(&format!("published key {}", kept.public_key)),
        "{trouble}"
    );
    let admin = app.sign_in("admin").await;
    let refused = app.get("/api/v1/journal/receipt", As::Person(&admin)).await;
    assert_eq!(
        refused.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "no receipt under a key the journal did not publish"
    );
    let still = app
        .app
        .check_receipt(&kept, None)
        .await
        .expect("runs")
        .expect("the journal's key, not the table's, is the authority");
    assert!(matches!(still, KeySource::Journal { .. }));
}

both_backends!(
    every_change_is_journaled_in_its_own_transaction,
    readers_see_in_full_only_the_entries_distributed_to_them,
    an_edited_journal_row_is_found_by_verification,
    a_deleted_journal_row_is_found_by_verification,
    the_receipts_key_is_the_one_the_journal_published,
    the_genuine_receipt_passes_under_the_published_or_the_pinned_key,
    a_receipt_signed_under_a_foreign_key_is_refused_naming_the_expected_key,
    a_journal_cut_back_at_its_tail_is_shown_by_the_kept_receipt,
    two_swapped_entries_are_shown_by_verify_and_by_the_receipt,
    a_signing_key_edited_in_the_table_signs_nothing_and_is_reported;
    multi_thread: concurrent_changes_keep_one_unbroken_chain,
);
