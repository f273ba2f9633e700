//! Papers and their attachments (issue 10, DOMAIN.md §2): the secretariat circulates a
//! background note `listed` to UZ and KZ and `restricted`, with a PDF attached; every role of
//! the demo group (and an outsider, the administrator and a UZ delegate of low clearance)
//! reads the lists, the counts, the paper, its attachment, the group's pages and the journal,
//! and only the listed parties and the secretariat find anything. Then bad input field by
//! field with nothing written, sanitised CommonMark, symbols, content stored once, the size
//! limit, and the headers of a download.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp, PASSWORD};
use majlis::store::Backend;

const PDF: &[u8] =
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn background_note(title: &str) -> Value {
    json!({
        "title": title,
        "kind": "background",
        "body": "## Справка\n\nЖелезная дорога *Термез — Мазари-Шариф*.",
        "language": "ru",
        "distribution": "listed",
        "listed": ["UZ", "KZ"],
        "classification": "restricted"
    })
}

async fn circulate(app: &TestApp, who: &Session, paper: Value) -> Reply {
    app.post("/api/v1/groups/CGA/papers", As::Person(who), paper)
        .await
}

/// Sends `bytes` as an attachment of `paper`, named `filename` (already percent-encoded), with
/// `content_type` if any; with `announce`, the body's length is announced as Content-Length.
async fn upload(
    app: &TestApp,
    who: &Session,
    paper: i64,
    filename: &str,
    content_type: Option<&str>,
    bytes: Vec<u8>,
    announce: bool,
) -> Reply {
    let mut request = Request::builder()
        .method(Method::POST)
        .uri(format!(
            "/api/v1/papers/{paper}/attachments?filename={filename}"
        ))
        .header(header::HOST, "majlis.test")
        .header(header::COOKIE, format!("majlis_session={}", who.cookie))
        .header("sec-fetch-site", "same-origin");
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    if announce {
        request = request.header(header::CONTENT_LENGTH, bytes.len());
    }
    app.send(request.body(Body::from(bytes)).expect("request"))
        .await
}

async fn account(app: &TestApp, admin: &Session, username: &str, clearance: &str) {
    app.post(
        "/api/v1/users",
        As::Person(admin),
        json!({ "username": username, "password": PASSWORD, "display_name": username, "clearance": clearance }),
    )
    .await
    .assert_status(StatusCode::CREATED);
}

fn id_of(reply: &Reply) -> i64 {
    reply.json()["id"].as_i64().expect("an id")
}

/// How many rows a table has, read past the API.
async fn rows(app: &TestApp, table: &str) -> i64 {
    app.scalar(&format!("SELECT COUNT(*) FROM {table}")).await
}

async fn a_listed_restricted_paper_and_its_attachment_are_seen_only_by_the_listed_parties_and_the_secretariat(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    account(&app, &admin, "outsider", "confidential").await;
    account(&app, &admin, "uz.attache", "unclassified").await;
    app.place(&admin, "CGA", "uz.attache", Some("UZ"), "delegate")
        .await
        .assert_status(StatusCode::CREATED);
    let secretariat = app.sign_in("secretariat").await;
    let head_before = app.journal_head().await;
    let created = circulate(
        &app,
        &secretariat,
        background_note("Rail corridor: freight outlook"),
    )
    .await;
    created.assert_status(StatusCode::CREATED);
    let paper = id_of(&created);
    assert_eq!(created.json()["listed"], json!(["UZ", "KZ"]));
    let attached = upload(
        &app,
        &secretariat,
        paper,
        "outlook.pdf",
        Some("application/pdf"),
        PDF.to_vec(),
        true,
    )
    .await;
    attached.assert_status(StatusCode::CREATED);
    let sha256 = attached.json()["sha256"]
        .as_str()
        .expect("sha256")
        .to_owned();

    let entitled = [
        "secretariat",
        "uz.envoy",
        "uz.delegate",
        "kz.envoy",
        "kz.deputy",
    ];
    let unentitled = [
        "kg.envoy",
        "tj.envoy",
        "tj.delegate",
        "tm.observer",
        "admin",
        "outsider",
        "uz.attache",
    ];
    for username in entitled.into_iter().chain(unentitled) {
        let sees = entitled.contains(&username);
        let who = app.sign_in(username).await;
        let reader = As::Person(&who);
        // The paper and its attachment, by direct link.
        let shown = app.get(&format!("/api/v1/papers/{paper}"), reader).await;
        let download = app
            .get(&format!("/api/v1/attachments/{sha256}"), reader)
            .await;
        let page = app.get(&format!("/papers/{paper}"), reader).await;
        if sees {
            shown.assert_status(StatusCode::OK);
            assert_eq!(shown.json()["attachments"][0]["sha256"], json!(sha256));
            download.assert_status(StatusCode::OK);
            assert_eq!(download.body, PDF, "{username}");
            page.assert_status(StatusCode::OK);
            assert!(page.text().contains("RESTRICTED"), "{username}");
        } else {
            assert_eq!(shown.status, StatusCode::NOT_FOUND, "{username}: paper");
            assert_eq!(download.status, StatusCode::NOT_FOUND, "{username}: file");
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{username}: page");
            assert!(!download.text().contains("outlook"), "{username}");
        }
        // The list and its count: the demo's note and this one, or nothing at all.
        let list = app.get("/api/v1/groups/CGA/papers", reader).await;
        if username == "outsider" {
            assert_eq!(list.status, StatusCode::NOT_FOUND);
        } else {
            list.assert_status(StatusCode::OK);
            let list = list.json();
            let expected = if sees { 2 } else { 0 };
            assert_eq!(list["total"], json!(expected), "{username}");
            assert_eq!(
                list["papers"].as_array().expect("papers").len(),
                expected,
                "{username}"
            );
            let listed = list.to_string().contains("Rail corridor");
            assert_eq!(listed, sees, "{username}");
            // The group's pages name it only to those who see it.
            for path in ["/groups/CGA", "/groups/CGA/papers"] {
                let html = app.get(path, reader).await;
                html.assert_status(StatusCode::OK);
                assert_eq!(
                    html.text().contains("Rail corridor"),
                    sees && path.ends_with("papers"),
                    "{username} {path}"
                );
            }
            // The journal tells the entitled what was circulated and attached, others only
            // that something was recorded.
            let journal = app
                .get(
                    &format!("/api/v1/journal?group=CGA&after={head_before}"),
                    reader,
                )
                .await;
            journal.assert_status(StatusCode::OK);
            let text = journal.text();
            assert_eq!(text.contains("paper.create"), sees, "{username}");
            assert_eq!(text.contains("attachment.add"), sees, "{username}");
        }
    }
}

async fn bad_input_is_refused_field_by_field_and_nothing_is_written(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let uz = app.sign_in("uz.envoy").await;
    let papers_before = rows(&app, "papers").await;
    let head_before = app.journal_head().await;

    let refused = circulate(
        &app,
        &secretariat,
        json!({
            "title": " ",
            "kind": "memo",
            "body": "text",
            "language": "Russian",
            "distribution": "everyone",
            "listed": ["kz"],
            "classification": "secret"
        }),
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let fields: Vec<String> = refused
        .problem()
        .errors
        .into_iter()
        .map(|e| e.field)
        .collect();
    for field in [
        "title",
        "kind",
        "language",
        "distribution",
        "listed",
        "classification",
    ] {
        assert!(fields.iter().any(|f| f == field), "{field} in {fields:?}");
    }

    // Rules that need the group: the secretariat has no national papers, FR is no party,
    // meeting 999 is none of the group's, the body is blank.
    let refused = circulate(
        &app,
        &secretariat,
        json!({
            "title": "A note", "kind": "note_verbale", "body": "\n \n", "language": "ru",
            "distribution": "national", "meeting": 999
        }),
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> = refused
        .problem()
        .errors
        .into_iter()
        .map(|e| e.field)
        .collect();
    for field in ["body", "distribution", "meeting"] {
        assert!(fields.iter().any(|f| f == field), "{field} in {fields:?}");
    }
    let mut stranger = background_note("A note");
    stranger["listed"] = json!(["FR"]);
    let refused = circulate(&app, &uz, stranger).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.problem().errors[0].field, "listed");

    // An observer may read papers but circulates none.
    let observer = app.sign_in("tm.observer").await;
    circulate(&app, &observer, background_note("Observer's note"))
        .await
        .assert_status(StatusCode::FORBIDDEN);

    assert_eq!(rows(&app, "papers").await, papers_before);
    assert_eq!(app.journal_head().await, head_before);
}

async fn a_paper_above_the_readers_clearance_is_invisible_to_them(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    account(&app, &admin, "kz.attache", "restricted").await;
    app.place(&admin, "CGA", "kz.attache", Some("KZ"), "delegate")
        .await
        .assert_status(StatusCode::CREATED);
    let secretariat = app.sign_in("secretariat").await;
    let mut confidential = background_note("Confidential assessment");
    confidential["distribution"] = json!("group");
    confidential["classification"] = json!("confidential");
    let paper = id_of(
        circulate(&app, &secretariat, confidential)
            .await
            .assert_status(StatusCode::CREATED),
    );
    let attache = app.sign_in("kz.attache").await;
    let kz = app.sign_in("kz.envoy").await;
    app.get(&format!("/api/v1/papers/{paper}"), As::Person(&kz))
        .await
        .assert_status(StatusCode::OK);
    app.get(&format!("/api/v1/papers/{paper}"), As::Person(&attache))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let list = app
        .get("/api/v1/groups/CGA/papers", As::Person(&attache))
        .await
        .json();
    assert!(!list.to_string().contains("Confidential assessment"));
    // Nobody marks a paper above their own clearance (it would hide it from them).
    let mut too_high = background_note("Above me");
    too_high["classification"] = json!("confidential");
    let refused = circulate(&app, &attache, too_high).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.problem().errors[0].field, "classification");
}

async fn issued_papers_are_numbered_per_group_and_year_and_non_papers_carry_none(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.delegate").await;
    let mut report = background_note("Report on the border crossings");
    report["kind"] = json!("report");
    let first = circulate(&app, &kz, report.clone()).await;
    first.assert_status(StatusCode::CREATED);
    // The demo's background note is CGA/2026/INF/1.
    assert_eq!(first.json()["symbol"], json!("CGA/2026/INF/2"));
    assert_eq!(first.json()["originator"], json!("KZ"));
    let mut non_paper = background_note("Ideas for the next meeting");
    non_paper["kind"] = json!("non_paper");
    let informal = circulate(&app, &kz, non_paper).await;
    informal.assert_status(StatusCode::CREATED);
    assert_eq!(informal.json()["symbol"], Value::Null);
    let next = circulate(&app, &kz, report).await;
    assert_eq!(next.json()["symbol"], json!("CGA/2026/INF/3"));
}

async fn paper_bodies_are_rendered_from_commonmark_and_sanitised(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let mut note = background_note("Hostile markup");
    note["body"] = json!(
        "Some *emphasis*.\n\n<script>alert('x')</script>\n\n<img src=\"x\" onerror=\"alert(1)\">\n\n\
         [a link](javascript:alert(2)) <a href=\"jAvAsCrIpT:alert(3)\" onclick=\"alert(4)\">b</a>"
    );
    let paper = id_of(
        circulate(&app, &uz, note)
            .await
            .assert_status(StatusCode::CREATED),
    );
    // The source is kept as it was written…
    let shown = app
        .get(&format!("/api/v1/papers/{paper}"), As::Person(&uz))
        .await
        .json();
    assert!(shown["body"]
        .as_str()
        .expect("body")
        .contains("<script>alert('x')</script>"));
    // …and shown rendered, with nothing that runs.
    let page = app.get(&format!("/papers/{paper}"), As::Person(&uz)).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("<em>emphasis</em>"), "{html}");
    let lower = html.to_lowercase();
    for banned in [
        "<script>alert",
        "onerror",
        "onclick",
        "javascript:",
        "alert(1)",
    ] {
        assert!(!lower.contains(banned), "{banned} survived");
    }
}

async fn the_same_bytes_are_stored_once_and_served_as_a_download(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let first = id_of(&circulate(&app, &uz, background_note("First")).await);
    let second = id_of(&circulate(&app, &uz, background_note("Second")).await);
    let contents_before = rows(&app, "attachment_contents").await;
    let a = upload(
        &app,
        &uz,
        first,
        "%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0%20v2.pdf",
        Some("application/pdf"),
        PDF.to_vec(),
        false,
    )
    .await;
    a.assert_status(StatusCode::CREATED);
    let b = upload(
        &app,
        &uz,
        second,
        "copy.pdf",
        Some("application/pdf; version=1.7"),
        PDF.to_vec(),
        true,
    )
    .await;
    b.assert_status(StatusCode::CREATED);
    let (a, b) = (a.json(), b.json());
    assert_eq!(a["sha256"], b["sha256"]);
    assert_eq!(a["size"], json!(PDF.len()));
    assert_eq!(a["media_type"], json!("application/pdf"));
    assert_eq!(a["filename"], json!("Справка v2.pdf"));
    assert_eq!(rows(&app, "attachment_contents").await, contents_before + 1);
    let sha256 = a["sha256"].as_str().expect("sha256");
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM attachment_chunks WHERE sha256 = '{sha256}'"
        ))
        .await,
        1
    );
    // The same file twice on one paper is refused, and nothing is added.
    let journal = app.journal_head().await;
    upload(
        &app,
        &uz,
        first,
        "again.pdf",
        Some("application/pdf"),
        PDF.to_vec(),
        true,
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    assert_eq!(app.journal_head().await, journal);

    let download = app
        .get(&format!("/api/v1/attachments/{sha256}"), As::Person(&uz))
        .await;
    download.assert_status(StatusCode::OK);
    assert_eq!(download.body, PDF);
    assert_eq!(
        download.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert_eq!(
        download.header("content-length"),
        Some(PDF.len().to_string())
    );
    assert_eq!(
        download.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    let disposition = download.header("content-disposition").expect("disposition");
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition
            .contains("filename*=UTF-8''%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0%20v2.pdf")
            || disposition.contains("filename*=UTF-8''copy.pdf"),
        "{disposition}"
    );
    assert!(download
        .header("content-security-policy")
        .expect("csp")
        .contains("sandbox"));
    // An address that is no SHA-256, or one nobody attached, is simply not found.
    for missing in ["nothex".to_owned(), sha256.to_uppercase(), "0".repeat(64)] {
        app.get(&format!("/api/v1/attachments/{missing}"), As::Person(&uz))
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
}

async fn markup_is_never_served_to_run(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let paper = id_of(&circulate(&app, &uz, background_note("Markup")).await);
    for (name, media_type, bytes) in [
        (
            "page.html",
            "text/html",
            b"<!DOCTYPE html><html><script>alert(1)</script></html>".to_vec(),
        ),
        (
            "image.svg",
            "image/svg+xml",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(),
        ),
    ] {
        let attached = upload(&app, &uz, paper, name, Some(media_type), bytes, true).await;
        attached.assert_status(StatusCode::CREATED);
        let sha256 = attached.json()["sha256"].as_str().expect("sha").to_owned();
        let download = app
            .get(&format!("/api/v1/attachments/{sha256}"), As::Person(&uz))
            .await;
        download.assert_status(StatusCode::OK);
        assert_eq!(
            download.header("content-type").as_deref(),
            Some("application/octet-stream"),
            "{name}"
        );
        assert!(download
            .header("content-disposition")
            .expect("disposition")
            .starts_with("attachment;"));
    }
}

async fn bad_attachments_are_refused_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let paper = id_of(&circulate(&app, &uz, background_note("Target")).await);
    let head = app.journal_head().await;
    let stored = (
        rows(&app, "attachment_contents").await,
        rows(&app, "attachment_chunks").await,
        rows(&app, "paper_attachments").await,
    );
    for (filename, content_type, bytes, field) in [
        ("empty.txt", Some("text/plain"), Vec::new(), "file"),
        (
            "..%2Fetc%2Fpasswd",
            Some("text/plain"),
            b"x".to_vec(),
            "filename",
        ),
        (
            "dir%5Cfile.txt",
            Some("text/plain"),
            b"x".to_vec(),
            "filename",
        ),
        (
            "line%0Abreak.txt",
            Some("text/plain"),
            b"x".to_vec(),
            "filename",
        ),
        (
            "fake.pdf",
            Some("application/pdf"),
            b"hello, world".to_vec(),
            "media_type",
        ),
        ("real.pdf", Some("text/plain"), PDF.to_vec(), "media_type"),
        ("none.bin", None, b"x".to_vec(), "media_type"),
    ] {
        let refused = upload(&app, &uz, paper, filename, content_type, bytes, true).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{filename}: {}",
            refused.text()
        );
        assert_eq!(refused.problem().errors[0].field, field, "{filename}");
    }
    // Only the paper's originator attaches; others who see it are told why, others not at all.
    let kz = app.sign_in("kz.envoy").await;
    upload(
        &app,
        &kz,
        paper,
        "kz.txt",
        Some("text/plain"),
        b"x".to_vec(),
        true,
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let kg = app.sign_in("kg.envoy").await;
    upload(
        &app,
        &kg,
        paper,
        "kg.txt",
        Some("text/plain"),
        b"x".to_vec(),
        true,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(app.journal_head().await, head);
    assert_eq!(
        (
            rows(&app, "attachment_contents").await,
            rows(&app, "attachment_chunks").await,
            rows(&app, "paper_attachments").await,
        ),
        stored
    );
}

async fn a_file_over_the_limit_is_refused_with_413_as_it_streams_in(backend: Backend) {
    let app = TestApp::init()
        .with_demo()
        .with_max_attachment_bytes(1024)
        .spawn(backend)
        .await;
    let uz = app.sign_in("uz.envoy").await;
    let paper = id_of(&circulate(&app, &uz, background_note("Limited")).await);
    let head = app.journal_head().await;
    let stored = rows(&app, "attachment_contents").await;
    let mut big = PDF.to_vec();
    big.resize(1025, b' ');
    for announce in [true, false] {
        let refused = upload(
            &app,
            &uz,
            paper,
            "big.pdf",
            Some("application/pdf"),
            big.clone(),
            announce,
        )
        .await;
        refused.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(
            refused.header("content-type").as_deref(),
            Some("application/problem+json")
        );
        let problem = refused.problem();
        assert!(problem.detail.contains("1024 bytes"), "{}", problem.detail);
    }
    assert_eq!(app.journal_head().await, head);
    assert_eq!(rows(&app, "attachment_contents").await, stored);
    big.truncate(1024);
    upload(
        &app,
        &uz,
        paper,
        "fits.pdf",
        Some("application/pdf"),
        big,
        true,
    )
    .await
    .assert_status(StatusCode::CREATED);
}

async fn the_secretariat_circulates_a_paper_from_its_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let group = app.get("/groups/CGA", As::Person(&secretariat)).await;
    assert!(group.text().contains("href=\"/groups/CGA/papers\""));
    let refused = app
        .post_form(
            "/groups/CGA/papers",
            &secretariat,
            &[
                ("title", ""),
                ("kind", "background"),
                ("language", "ru"),
                ("body", "x"),
                ("distribution", "group"),
                ("classification", "unclassified"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = app
        .post_form(
            "/groups/CGA/papers",
            &secretariat,
            &[
                ("title", "Water and energy: background"),
                ("kind", "background"),
                ("language", "en"),
                ("body", "The **Kambarata** project."),
                ("distribution", "listed"),
                ("listed", "UZ, KZ"),
                ("classification", "restricted"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    let location = done.header("location").expect("a redirect");
    let page = app.get(&location, As::Person(&secretariat)).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains("<strong>Kambarata</strong>"));
    assert!(html.contains("CGA/2026/INF/2"));
    assert_eq!(html.matches("marking-banner marking-restricted").count(), 2);
}

/// The identifiers of the papers' messages: a page that shows one has a message missing.
fn paper_message_ids() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/papers.ftl");
    let text = std::fs::read_to_string(path).expect("the English messages of papers");
    text.lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim().to_owned()))
        .filter(|id| !id.starts_with('#') && !id.contains(' '))
        .collect()
}

async fn the_papers_pages_read_in_every_language_without_a_message_id(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let ids = paper_message_ids();
    assert!(ids.len() > 30, "{ids:?}");
    let paper = app
        .get("/api/v1/groups/CGA/papers", As::Person(&kz))
        .await
        .json()["papers"][0]["id"]
        .as_i64()
        .expect("the demo's note");
    for language in ["en", "ru", "uz", "kk", "ky", "tg", "fa-AF", "ps"] {
        for path in ["/groups/CGA/papers".to_owned(), format!("/papers/{paper}")] {
            let mut request =
                crate::helpers::build_request(Method::GET, &path, As::Person(&kz), None);
            request.headers_mut().insert(
                header::ACCEPT_LANGUAGE,
                language.parse().expect("a header value"),
            );
            let reply = app.send(request).await;
            reply.assert_status(StatusCode::OK);
            let html = reply.text();
            assert!(
                html.contains(&format!("lang=\"{language}\"")),
                "{language} {path}"
            );
            for id in &ids {
                assert!(!html.contains(id.as_str()), "{language} {path} shows {id}");
            }
        }
    }
}

/// A multipart form with one file field, as a browser sends the paper page's form.
async fn attach_from_page(
    app: &TestApp,
    who: &Session,
    paper: i64,
    filename: &str,
    content_type: &str,
    bytes: &[u8],
) -> Reply {
    let boundary = "----majlis-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
         Content-Type: {content_type}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::builder()
        .method(Method::POST)
        .uri(format!("/papers/{paper}/attachments"))
        .header(header::HOST, "majlis.test")
        .header(header::ORIGIN, "http://majlis.test")
        .header(header::COOKIE, format!("majlis_session={}", who.cookie))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .expect("request");
    app.send(request).await
}

async fn a_file_is_attached_from_the_papers_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let created = circulate(&app, &secretariat, background_note("Tariffs: background")).await;
    let paper = id_of(&created);
    let page = app
        .get(&format!("/papers/{paper}"), As::Person(&secretariat))
        .await;
    assert!(page.text().contains("enctype=\"multipart/form-data\""));

    let attached = attach_from_page(
        &app,
        &secretariat,
        paper,
        "tariffs 2026.csv",
        "text/csv",
        b"year,usd_per_tonne\n2026,41\n",
    )
    .await;
    attached.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        attached.header("location").as_deref(),
        Some(format!("/papers/{paper}?done=attached").as_str())
    );
    let uz = app.sign_in("uz.envoy").await;
    let page = app.get(&format!("/papers/{paper}"), As::Person(&uz)).await;
    assert!(page.text().contains("tariffs 2026.csv"));

    // An empty file and a PDF that is not one are explained on the page; nothing is stored.
    let before = rows(&app, "paper_attachments").await;
    let empty = attach_from_page(
        &app,
        &secretariat,
        paper,
        "empty.pdf",
        "application/pdf",
        b"",
    )
    .await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.text().contains("the file is empty"),
        "{}",
        empty.text()
    );
    let lying = attach_from_page(
        &app,
        &secretariat,
        paper,
        "x.pdf",
        "application/pdf",
        b"MZ not a pdf",
    )
    .await;
    lying.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rows(&app, "paper_attachments").await, before);

    // Someone who does not see the paper is told it does not exist; a reader who sees it
    // but did not circulate it may not attach.
    let kg = app.sign_in("kg.envoy").await;
    attach_from_page(&app, &kg, paper, "a.csv", "text/csv", b"a\n1\n")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    attach_from_page(&app, &uz, paper, "a.csv", "text/csv", b"a\n1\n")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    assert_eq!(rows(&app, "paper_attachments").await, before);
}

both_backends!(
    the_papers_pages_read_in_every_language_without_a_message_id,
    a_listed_restricted_paper_and_its_attachment_are_seen_only_by_the_listed_parties_and_the_secretariat,
    bad_input_is_refused_field_by_field_and_nothing_is_written,
    a_paper_above_the_readers_clearance_is_invisible_to_them,
    issued_papers_are_numbered_per_group_and_year_and_non_papers_carry_none,
    paper_bodies_are_rendered_from_commonmark_and_sanitised,
    the_same_bytes_are_stored_once_and_served_as_a_download,
    markup_is_never_served_to_run,
    bad_attachments_are_refused_and_nothing_is_stored,
    a_file_over_the_limit_is_refused_with_413_as_it_streams_in,
    the_secretariat_circulates_a_paper_from_its_page,
    a_file_is_attached_from_the_papers_page,
);
