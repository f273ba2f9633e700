//! The `majlis` binary as an operator uses it: accounts, groups, migrate and verify.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use axum::http::StatusCode;

use crate::both_backends;
use crate::helpers::{As, TestApp};
use majlis::store::Backend;

fn majlis(url: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .arg("--database-url")
        .arg(url)
        .env_remove("MAJLIS_DATABASE_URL")
        .env_remove("MAJLIS_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("finishes")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

async fn verify_reports_an_intact_journal_and_names_the_first_tampered_entry(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let intact = majlis(&app.database_url, &["verify"], "");
    assert!(
        intact.status.success(),
        "{}",
        String::from_utf8_lossy(&intact.stderr)
    );
    assert!(
        stdout(&intact).starts_with("journal intact: "),
        "{}",
        stdout(&intact)
    );
    app.tamper("UPDATE journal SET actor_party = 'KZ' WHERE seq = 40")
        .await;
    let broken = majlis(&app.database_url, &["verify"], "");
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stdout(&broken).starts_with("journal broken at entry 40: "),
        "{}",
        stdout(&broken)
    );
}

async fn the_operator_manages_accounts_and_delegations_from_the_command_line(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let url = &app.database_url;
    let added = majlis(
        url,
        &[
            "user",
            "add",
            "kz.expert",
            "--display-name",
            "Expert of Kazakhstan",
        ],
        "a-long-enough-password\n",
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let placed = majlis(
        url,
        &[
            "group",
            "place",
            "CGA",
            "kz.expert",
            "--party",
            "KZ",
            "--role",
            "expert",
        ],
        "",
    );
    assert!(
        placed.status.success(),
        "{}",
        String::from_utf8_lossy(&placed.stderr)
    );
    let listed = stdout(&majlis(url, &["user", "list"], ""));
    assert!(
        listed
            .lines()
            .any(|line| line.starts_with("kz.expert\tExpert of Kazakhstan")),
        "{listed}"
    );
    let short = majlis(
        url,
        &["user", "add", "kz.other", "--display-name", "Other"],
        "short\n",
    );
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr).contains("password: must be at least 12 characters")
    );
    let wrong_party = majlis(
        url,
        &[
            "group", "place", "CGA", "kz.other", "--party", "FR", "--role", "expert",
        ],
        "",
    );
    assert!(!wrong_party.status.success());
    let disabled = majlis(url, &["user", "disable", "kz.expert"], "");
    assert!(disabled.status.success());
    let migrate = majlis(url, &["migrate"], "");
    assert!(
        stdout(&migrate).starts_with("schema is up to date"),
        "{}",
        stdout(&migrate)
    );
    let verify = majlis(url, &["verify"], "");
    assert!(
        verify.status.success(),
        "the command line journals its changes too"
    );
}

async fn a_decisions_evidence_bundle_checks_out_offline_and_catches_an_edit(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("tj.envoy").await;
    let reply = app
        .get(
            "/api/v1/decisions/1/evidence",
            crate::helpers::As::Person(&envoy),
        )
        .await;
    assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", reply.text());
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("bundle.json");
    std::fs::write(&file, &reply.body).expect("write bundle");
    let path = file.to_str().expect("utf-8 path");
    let verified = majlis(&app.database_url, &["verify-decision", path], "");
    assert!(
        verified.status.success(),
        "{}{}",
        stdout(&verified),
        String::from_utf8_lossy(&verified.stderr)
    );
    assert!(
        stdout(&verified).starts_with("decision CGA/"),
        "{}",
        stdout(&verified)
    );
    let mut bundle = reply.json();
    bundle["body"] = serde_json::json!("The participants agreed to something else.");
    std::fs::write(&file, bundle.to_string()).expect("write bundle");
    let edited = majlis(&app.database_url, &["verify-decision", path], "");
    assert_eq!(edited.status.code(), Some(1));
    assert!(
        stdout(&edited).contains("does NOT verify: the text does not hash to"),
        "{}",
        stdout(&edited)
    );
    let outsider = app
        .get("/api/v1/decisions/1/evidence", crate::helpers::As::Nobody)
        .await;
    assert_eq!(outsider.status, axum::http::StatusCode::UNAUTHORIZED);
}

async fn a_kept_receipt_proves_a_later_rewrite(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kg.delegate").await;
    let reply = app
        .get(
            "/api/v1/journal/receipt",
            crate::helpers::As::Person(&delegate),
        )
        .await;
    assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", reply.text());
    let receipt = reply.json();
    assert_eq!(receipt["algorithm"], "ed25519");
    let seq = receipt["seq"].as_i64().expect("seq");
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("receipt.json");
    std::fs::write(&file, &reply.body).expect("write receipt");
    let path = file.to_str().expect("utf-8 path");
    let kept = majlis(&app.database_url, &["verify", "--receipt", path], "");
    assert!(
        kept.status.success(),
        "{}{}",
        stdout(&kept),
        String::from_utf8_lossy(&kept.stderr)
    );
    assert!(
        stdout(&kept).starts_with(&format!("receipt for entry {seq} matches")),
        "{}",
        stdout(&kept)
    );
    let mut forged = receipt.clone();
    forged["seq"] = serde_json::json!(seq - 1);
    std::fs::write(&file, forged.to_string()).expect("write receipt");
    let refused = majlis(&app.database_url, &["verify", "--receipt", path], "");
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("the signature does not match"),
        "{}",
        stdout(&refused)
    );
    std::fs::write(&file, &reply.body).expect("write receipt");
    app.tamper(&format!(
        "UPDATE journal SET hash = '{}' WHERE seq = {seq}",
        "ab".repeat(32)
    ))
    .await;
    let rewritten = majlis(&app.database_url, &["verify", "--receipt", path], "");
    assert_eq!(rewritten.status.code(), Some(1));
    assert!(
        stdout(&rewritten).contains("the journal was rewritten"),
        "{}",
        stdout(&rewritten)
    );
}

async fn a_password_set_from_the_command_line_ends_the_persons_sessions(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kz.delegate").await;

    let weak = majlis(
        &app.database_url,
        &["user", "passwd", "kz.delegate"],
        "password1234\n",
    );
    assert!(!weak.status.success());
    assert!(
        String::from_utf8_lossy(&weak.stderr).contains("password: is too easy to guess"),
        "{}",
        String::from_utf8_lossy(&weak.stderr)
    );
    assert_eq!(
        app.get("/api/v1/me", As::Person(&delegate)).await.status,
        StatusCode::OK
    );
    let changed = majlis(
        &app.database_url,
        &["user", "passwd", "kz.delegate"],
        "lantern-orchard-quietly-7\n",
    );

    assert!(
        changed.status.success(),
        "{}",
        String::from_utf8_lossy(&changed.stderr)
    );
    assert_eq!(
        app.get("/api/v1/me", As::Person(&delegate)).await.status,
        StatusCode::UNAUTHORIZED
    );
}

both_backends!(
    a_password_set_from_the_command_line_ends_the_persons_sessions,
    a_kept_receipt_proves_a_later_rewrite,
    a_decisions_evidence_bundle_checks_out_offline_and_catches_an_edit,
    verify_reports_an_intact_journal_and_names_the_first_tampered_entry,
    the_operator_manages_accounts_and_delegations_from_the_command_line,
);
