//! The `majlis` binary as an operator uses it: accounts, groups, migrate, and verify with kept
//! receipts checked under the installation's key or a pinned one.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use axum::http::StatusCode;

use crate::both_backends;
use crate::helpers::{As, TestApp};
use crate::views::Receipt;
use majlis::http::api::evidence::EvidenceBundle;
use majlis::store::Backend;

/// The command as an operator whose shell speaks English runs it.
fn majlis(url: &str, args: &[&str], stdin: &str) -> Output {
    majlis_in("C.UTF-8", url, args, stdin)
}

/// The command as an operator whose shell has `LANG=lang` runs it.
fn majlis_in(lang: &str, url: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(args)
        .arg("--database-url")
        .arg(url)
        .env_remove("MAJLIS_DATABASE_URL")
        .env_remove("MAJLIS_CONFIG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
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
    // An entry with entries after it: the middle one of three agenda items.
    crate::journal::record_changes(&app, 3).await;
    let seq = app.journal_head().await - 1;
    app.tamper(&format!(
        "UPDATE journal SET actor_party = 'KZ' WHERE seq = {seq}"
    ))
    .await;
    let broken = majlis(&app.database_url, &["verify"], "");
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stdout(&broken).starts_with(&format!("journal broken at entry {seq}: ")),
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
    let decisions = app.decisions(&envoy).await;
    let decision = decisions
        .iter()
        .find(|d| d.distribution == "public")
        .expect("the demo's public statement");
    // The founding statement, recorded later: provable like any other decision.
    assert_eq!(decision.symbol, "CGA/2025/DEC/1");
    assert!(decision.recorded_later.is_some());
    let evidence = format!("/api/v1/decisions/{}/evidence", decision.id);
    let reply = app.get(&evidence, As::Person(&envoy)).await;
    reply.assert_status(StatusCode::OK);
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
        stdout(&verified).starts_with(&format!("decision {}", decision.symbol)),
        "{}",
        stdout(&verified)
    );
    let mut bundle: EvidenceBundle = reply.view();
    bundle.body = "The participants agreed to something else.".to_owned();
    let edited = serde_json::to_string(&bundle).expect("a bundle");
    std::fs::write(&file, edited).expect("write bundle");
    let edited = majlis(&app.database_url, &["verify-decision", path], "");
    assert_eq!(edited.status.code(), Some(1));
    assert!(
        stdout(&edited).contains("does NOT verify: the text does not hash to"),
        "{}",
        stdout(&edited)
    );
    let outsider = app.get(&evidence, As::Nobody).await;
    assert_eq!(outsider.status, StatusCode::UNAUTHORIZED);
}

async fn a_kept_receipt_proves_a_later_rewrite(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kg.delegate").await;
    let reply = app
        .get("/api/v1/journal/receipt", As::Person(&delegate))
        .await;
    let receipt: Receipt = reply.assert_status(StatusCode::OK).view();
    assert_eq!(receipt.algorithm, "ed25519");
    let seq = receipt.seq;
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
    forged.seq = seq - 1;
    write_receipt(&file, &forged);
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
    // The first receipt's head is the entry that published the key, so rewriting it also
    // leaves the journal with no key to trust: only the key the party pinned still speaks.
    let rewritten = majlis(&app.database_url, &["verify", "--receipt", path], "");
    assert_eq!(rewritten.status.code(), Some(1));
    assert!(
        stdout(&rewritten).contains(&format!(
            "journal entry {seq}, which published the signing key, does not match its recorded hashes"
        )),
        "{}",
        stdout(&rewritten)
    );
    let pinned = majlis(
        &app.database_url,
        &["verify", "--receipt", path, "--key", &receipt.public_key],
        "",
    );
    assert_eq!(pinned.status.code(), Some(1));
    assert!(
        stdout(&pinned).contains("the journal was rewritten"),
        "{}",
        stdout(&pinned)
    );
}

/// Writes a receipt to a file, whole, as a party keeps it.
fn write_receipt(file: impl AsRef<std::path::Path>, receipt: &Receipt) {
    let json = serde_json::to_string(receipt).expect("a receipt");
    std::fs::write(file, json).expect("write receipt");
}

/// Takes a receipt over the API as a delegate would, after the signing key was made and a few
/// changes recorded, and keeps it in a file; returns the receipt and the file.
async fn keep_a_receipt(app: &TestApp, dir: &tempfile::TempDir) -> (Receipt, String) {
    let delegate = app.sign_in("kg.delegate").await;
    let first = app
        .get("/api/v1/journal/receipt", As::Person(&delegate))
        .await;
    first.assert_status(StatusCode::OK);
    crate::journal::record_changes(app, 3).await;
    let reply = app
        .get("/api/v1/journal/receipt", As::Person(&delegate))
        .await;
    reply.assert_status(StatusCode::OK);
    let file = dir.path().join("receipt.json");
    std::fs::write(&file, &reply.body).expect("write receipt");
    (reply.view(), file.to_str().expect("utf-8 path").to_owned())
}

fn output(output: &Output) -> String {
    format!(
        "{}{}",
        stdout(output),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn verify_refuses_a_receipt_signed_under_a_foreign_key_naming_the_expected_key(
    backend: Backend,
) {
    use majlis::domain::journal::Hash32;
    use majlis::domain::receipt;

    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let (genuine, path) = keep_a_receipt(&app, &dir).await;
    let foreign: [u8; 32] = rand::random();
    let head = Hash32::from_hex(&genuine.hash).expect("hex");
    let forged = receipt::sign(&foreign, genuine.seq, head, genuine.signed_at_micros);
    let mut file = genuine.clone();
    file.public_key = forged.public_key.to_hex();
    file.signature = hex::encode(forged.signature);
    write_receipt(&path, &file);
    let refused = majlis(&app.database_url, &["verify", "--receipt", &path], "");
    assert_eq!(refused.status.code(), Some(1), "{}", output(&refused));
    assert!(
        stdout(&refused).contains(&format!(
            "receipt does NOT match: the receipt was signed under key {}, but the expected key is {}",
            forged.public_key, genuine.public_key
        )),
        "{}",
        output(&refused)
    );
}

async fn a_pinned_key_passes_its_receipt_and_a_different_one_refuses_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let (genuine, path) = keep_a_receipt(&app, &dir).await;
    let seq = genuine.seq;
    let key = genuine.public_key.clone();
    let plain = majlis(&app.database_url, &["verify", "--receipt", &path], "");
    assert!(plain.status.success(), "{}", output(&plain));
    assert!(
        stdout(&plain).starts_with(&format!("receipt for entry {seq} matches")),
        "{}",
        output(&plain)
    );
    assert!(
        stdout(&plain).contains(&format!("signing key {key} (published in journal entry")),
        "{}",
        output(&plain)
    );
    let pinned = majlis(
        &app.database_url,
        &["verify", "--receipt", &path, "--key", &key],
        "",
    );
    assert!(pinned.status.success(), "{}", output(&pinned));
    assert!(
        stdout(&pinned).contains("its signature is valid under the key you pinned"),
        "{}",
        output(&pinned)
    );
    let other = majlis::domain::receipt::public_key(&rand::random()).to_hex();
    let refused = majlis(
        &app.database_url,
        &["verify", "--receipt", &path, "--key", &other],
        "",
    );
    assert_eq!(refused.status.code(), Some(1), "{}", output(&refused));
    assert!(
        stdout(&refused).contains(&format!(
            "signed under key {key}, but the expected key is {other} (checked under the key you pinned)"
        )),
        "{}",
        output(&refused)
    );
    let malformed = majlis(
        &app.database_url,
        &["verify", "--receipt", &path, "--key", "not-a-key"],
        "",
    );
    assert_eq!(malformed.status.code(), Some(2), "{}", output(&malformed));
    assert!(
        output(&malformed).contains("not 32 bytes of hex"),
        "{}",
        output(&malformed)
    );
}

async fn verify_reports_a_signing_key_edited_in_the_table_under_a_pinned_key(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let (genuine, path) = keep_a_receipt(&app, &dir).await;
    let (seq, key) = (genuine.seq, genuine.public_key);
    let foreign: [u8; 32] = rand::random();
    app.tamper(&format!(
        "UPDATE signing_keys SET secret = '{}', public = '{}'",
        hex::encode(foreign),
        majlis::domain::receipt::public_key(&foreign)
    ))
    .await;
    let edited_table = majlis(
        &app.database_url,
        &["verify", "--receipt", &path, "--key", &key],
        "",
    );
    assert_eq!(
        edited_table.status.code(),
        Some(1),
        "{}",
        output(&edited_table)
    );
    assert!(
        stdout(&edited_table).contains(&format!("receipt for entry {seq} matches")),
        "{}",
        output(&edited_table)
    );
    assert!(
        stdout(&edited_table).contains(&format!(
            "signing key does NOT agree: the signing_keys table holds key {}",
            majlis::domain::receipt::public_key(&foreign)
        )) && stdout(&edited_table).contains(&format!("published key {key}")),
        "{}",
        output(&edited_table)
    );
}

async fn verify_shows_swapped_entries_and_a_cut_back_tail_with_a_kept_receipt(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let (genuine, path) = keep_a_receipt(&app, &dir).await;
    let seq = genuine.seq;
    app.tamper(&format!(
        "UPDATE journal SET seq = -1 WHERE seq = {}",
        seq - 1
    ))
    .await;
    app.tamper(&format!(
        "UPDATE journal SET seq = {} WHERE seq = {seq}",
        seq - 1
    ))
    .await;
    app.tamper(&format!("UPDATE journal SET seq = {seq} WHERE seq = -1"))
        .await;
    let swapped = majlis(&app.database_url, &["verify", "--receipt", &path], "");
    assert_eq!(swapped.status.code(), Some(1), "{}", output(&swapped));
    assert!(
        stdout(&swapped).contains(&format!("receipt does NOT match: entry {seq} now has hash"))
            && stdout(&swapped).contains("the journal was rewritten"),
        "{}",
        output(&swapped)
    );
    assert!(
        stdout(&swapped).contains(&format!("journal broken at entry {}: ", seq - 1)),
        "{}",
        output(&swapped)
    );
    app.tamper(&format!("DELETE FROM journal WHERE seq > {}", seq - 2))
        .await;
    let cut = majlis(&app.database_url, &["verify", "--receipt", &path], "");
    assert_eq!(cut.status.code(), Some(1), "{}", output(&cut));
    assert!(
        stdout(&cut).contains(&format!(
            "receipt does NOT match: entry {seq} is gone: the journal was cut back"
        )),
        "{}",
        output(&cut)
    );
    assert!(
        stdout(&cut).contains(&format!("journal intact: {} entries", seq - 2)),
        "the chain that is left still links up: {}",
        output(&cut)
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

async fn the_operator_imports_a_comtrade_file_as_the_secretariat(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("a directory");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "refYear,reporterISO,partnerISO,flowCode,primaryValue\n\
         2020,TJK,AFG,X,90000000\n\
         2020,TJK,AFG,Q,1\n",
    )
    .expect("written");
    let path = bad.to_str().expect("a path");
    let refused = majlis(
        &app.database_url,
        &[
            "indicator",
            "import",
            "CGA",
            "trade_turnover",
            path,
            "--source",
            "UN Comtrade",
        ],
        "",
    );
    assert_eq!(refused.status.code(), Some(1), "{}", output(&refused));
    assert!(
        output(&refused).contains("row 3, flowCode"),
        "{}",
        output(&refused)
    );

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "refYear,reporterISO,partnerISO,flowCode,primaryValue\n\
         2020,TJK,AFG,X,90000000\n\
         2020,TJK,AFG,M,10000000\n",
    )
    .expect("written");
    let path = good.to_str().expect("a path");
    let imported = majlis(
        &app.database_url,
        &[
            "indicator",
            "import",
            "CGA",
            "trade_turnover",
            path,
            "--source",
            "UN Comtrade",
        ],
        "",
    );
    assert!(imported.status.success(), "{}", output(&imported));
    assert_eq!(
        stdout(&imported),
        "imported 1 figure into CGA trade_turnover\n"
    );
    let kz = app.sign_in("kz.envoy").await;
    let list = app
        .get("/api/v1/groups/CGA/indicators", As::Person(&kz))
        .await
        .json();
    assert_eq!(list[0]["observations"], 14);
}

async fn an_operator_whose_shell_speaks_russian_reads_the_command_in_russian(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let url = &app.database_url;

    let short = majlis_in(
        "ru_RU.UTF-8",
        url,
        &["user", "add", "kz.other", "--display-name", "Другой"],
        "short\n",
    );
    assert!(!short.status.success());
    let refusal = String::from_utf8_lossy(&short.stderr);
    assert!(
        refusal.contains("недопустимые данные: password: "),
        "{refusal}"
    );
    assert!(!refusal.contains("error-"), "a message id shows: {refusal}");

    let added = majlis_in(
        "ru_RU.UTF-8",
        url,
        &["user", "add", "kz.other", "--display-name", "Другой"],
        "a-long-enough-password\n",
    );
    assert_eq!(stdout(&added), "учётная запись kz.other создана\n");
    let groups = stdout(&majlis_in("ru_RU.UTF-8", url, &["group", "list"], ""));
    assert!(
        groups.contains("\t4 стороны") || groups.contains("\t5 сторон"),
        "{groups}"
    );

    // The same command in Kazakh, and back in English when the shell asks for no language.
    let disabled = majlis_in("kk_KZ.UTF-8", url, &["user", "disable", "kz.other"], "");
    assert_eq!(stdout(&disabled), "kz.other тіркелгісі бұғатталды\n");
    let listed = stdout(&majlis_in("C", url, &["user", "list"], ""));
    assert!(
        listed
            .lines()
            .any(|line| line.starts_with("kz.other\tДругой") && line.ends_with("\tdisabled")),
        "{listed}"
    );
}

both_backends!(
    an_operator_whose_shell_speaks_russian_reads_the_command_in_russian,
    the_operator_imports_a_comtrade_file_as_the_secretariat,
    a_password_set_from_the_command_line_ends_the_persons_sessions,
    a_kept_receipt_proves_a_later_rewrite,
    verify_refuses_a_receipt_signed_under_a_foreign_key_naming_the_expected_key,
    a_pinned_key_passes_its_receipt_and_a_different_one_refuses_it,
    verify_reports_a_signing_key_edited_in_the_table_under_a_pinned_key,
    verify_shows_swapped_entries_and_a_cut_back_tail_with_a_kept_receipt,
    a_decisions_evidence_bundle_checks_out_offline_and_catches_an_edit,
    verify_reports_an_intact_journal_and_names_the_first_tampered_entry,
    the_operator_manages_accounts_and_delegations_from_the_command_line,
);
