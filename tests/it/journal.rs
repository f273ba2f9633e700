//! The journal: every change recorded with its hash chain, trimmed per reader, and checked
//! by recomputation; receipts of its head, checked only under the installation's pinned key.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, TestApp};
use majlis::app::journal::KeySource;
use majlis::domain::journal::Hash32;
use majlis::domain::receipt::{self, Receipt};
use majlis::store::Backend;

async fn every_change_is_journaled_in_its_own_transaction(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let before = app
        .get("/api/v1/journal/head", As::Person(&secretariat))
        .await
        .json();
    let reply = app
        .post(
            &format!("/api/v1/meetings/{id}/agenda"),
            As::Person(&secretariat),
            json!({ "title": "Border crossings" }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let after = app
        .get("/api/v1/journal/head", As::Person(&secretariat))
        .await
        .json();
    assert_eq!(after["seq"], before["seq"].as_i64().expect("seq") + 1);
    let entries = app
        .get(
            &format!("/api/v1/journal?group=CGA&after={}", before["seq"]),
            As::Person(&secretariat),
        )
        .await
        .json();
    let entry = &entries[0];
    assert_eq!(entry["action"], "agenda.add");
    assert_eq!(entry["payload"]["title"], "Border crossings");
    assert_eq!(entry["prev_hash"], before["hash"]);
    assert_eq!(entry["hash"], after["hash"]);
    let verdict = app
        .app
        .verify_journal()
        .await
        .expect("verify runs")
        .expect("intact");
    assert_eq!(verdict.entries, after["seq"].as_i64().expect("seq"));
}

async fn readers_see_in_full_only_the_entries_distributed_to_them(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kz.delegate").await;
    let entries = app
        .get("/api/v1/journal?after=0&limit=500", As::Person(&delegate))
        .await
        .json();
    let entries = entries.as_array().expect("list");
    let user_entries: Vec<_> = entries.iter().filter(|e| e["redacted"] == true).collect();
    assert!(
        !user_entries.is_empty(),
        "account creation is not the group's business"
    );
    assert!(user_entries
        .iter()
        .all(|e| e.get("action").is_none() && e.get("payload").is_none() && e["hash"].is_string()));
    assert!(entries.iter().any(|e| e["action"] == "meeting.create"));
    let admin = app.sign_in("admin").await;
    let seen_by_admin = app
        .get("/api/v1/journal?after=0&limit=500", As::Person(&admin))
        .await
        .json();
    let admin_view = seen_by_admin.as_array().expect("list");
    assert!(admin_view.iter().any(|e| e["action"] == "user.create"));
    assert!(admin_view.iter().any(|e| e["action"] == "delegation.add"));
    assert!(
        admin_view.iter().all(|e| e["action"] != "meeting.create"),
        "the administrator sees no group business"
    );
    assert_eq!(
        admin_view.len(),
        entries.len(),
        "everyone sees every place in the chain"
    );
}

async fn an_edited_journal_row_is_found_by_verification(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
    app.tamper("UPDATE journal SET payload = '{\"title\":\"Rewritten\"}' WHERE seq = 30")
        .await;
    let broken = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect_err("broken");
    assert_eq!(broken.seq, 30);
    assert_eq!(broken.intact_before, 29);
    assert_eq!(broken.reason, "payload does not match its recorded hash");
}

async fn a_deleted_journal_row_is_found_by_verification(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    app.tamper("DELETE FROM journal WHERE seq = 12").await;
    let broken = app
        .app
        .verify_journal()
        .await
        .expect("runs")
        .expect_err("broken");
    assert_eq!(broken.seq, 13);
    assert!(
        broken.reason.contains("an entry was removed"),
        "{}",
        broken.reason
    );
}

async fn concurrent_changes_keep_one_unbroken_chain(backend: Backend) {
    use axum::body::Body;
    use axum::http::{header, Method, Request};
    use tower::ServiceExt;

    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let head = app.journal_head().await;
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..16 {
        let router = app.router.clone();
        let cookie = secretariat.cookie.clone();
        tasks.spawn(async move {
            let request = Request::builder()
                .method(Method::POST)
                .uri(format!("/api/v1/meetings/{id}/agenda"))
                .header(header::HOST, "majlis.test")
                .header("sec-fetch-site", "same-origin")
                .header(header::COOKIE, format!("majlis_session={cookie}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({ "title": format!("Item {n}") }).to_string(),
                ))
                .expect("request");
            router.oneshot(request).await.expect("answer").status()
        });
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
            .post(
                &format!("/api/v1/meetings/{id}/agenda"),
                As::Person(&secretariat),
                json!({ "title": format!("Item {n}") }),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
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
    let taken = app.get("/api/v1/journal/receipt", As::Person(&admin)).await;
    assert_eq!(taken.status, StatusCode::OK, "{}", taken.text());
    let receipt = taken.json();
    let entries = app
        .get("/api/v1/journal?after=0&limit=500", As::Person(&admin))
        .await
        .json();
    let published = entries
        .as_array()
        .expect("list")
        .iter()
        .find(|e| e["action"] == "installation.signing_key")
        .expect("the key was journaled");
    assert_eq!(published["payload"]["public_key"], receipt["public_key"]);
    assert_eq!(published["payload"]["algorithm"], "ed25519");
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
    concurrent_changes_keep_one_unbroken_chain,
    every_change_is_journaled_in_its_own_transaction,
    readers_see_in_full_only_the_entries_distributed_to_them,
    an_edited_journal_row_is_found_by_verification,
    a_deleted_journal_row_is_found_by_verification,
    the_receipts_key_is_the_one_the_journal_published,
    the_genuine_receipt_passes_under_the_published_or_the_pinned_key,
    a_receipt_signed_under_a_foreign_key_is_refused_naming_the_expected_key,
    a_journal_cut_back_at_its_tail_is_shown_by_the_kept_receipt,
    two_swapped_entries_are_shown_by_verify_and_by_the_receipt,
    a_signing_key_edited_in_the_table_signs_nothing_and_is_reported,
);
