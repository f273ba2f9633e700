//! The journal: every change recorded with its hash chain, trimmed per reader, and checked
//! by recomputation.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, TestApp};
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

both_backends!(
    concurrent_changes_keep_one_unbroken_chain,
    every_change_is_journaled_in_its_own_transaction,
    readers_see_in_full_only_the_entries_distributed_to_them,
    an_edited_journal_row_is_found_by_verification,
    a_deleted_journal_row_is_found_by_verification,
);
