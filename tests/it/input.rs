//! Bad input never reaches the record: control characters in any text field, invisible
//! characters in names, impossible offsets in deadlines, and malformed query strings, paths
//! and methods are each refused with problem+json naming what is wrong, and nothing changes.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::{AgendaItem, Amendment, Meeting, Problem, Text};
use majlis::store::Backend;

const PROBLEM: &str = "application/problem+json";

fn assert_problem(reply: &Reply, status: StatusCode) -> Problem {
    assert_eq!(reply.status, status, "{}", reply.text());
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some(PROBLEM),
        "{}",
        reply.text()
    );
    let problem = reply.problem();
    assert_eq!(problem.status, status.as_u16());
    assert!(
        !problem.detail.is_empty(),
        "a detail a person reads: {problem:?}"
    );
    problem
}

/// Who sends a request of the table below.
#[derive(Clone, Copy)]
enum Sender {
    Admin,
    Secretariat,
    Delegate,
    Envoy,
}

/// What the stories below act on, made before the journal head is read.
struct World {
    admin: Session,
    secretariat: Session,
    delegate: Session,
    envoy: Session,
    meeting: i64,
    agenda_item: i64,
    text: i64,
    amendment: i64,
    procedure: i64,
}

impl World {
    async fn new(app: &TestApp) -> World {
        let admin = app.sign_in("admin").await;
        let secretariat = app.sign_in("secretariat").await;
        let delegate = app.sign_in("kz.delegate").await;
        let envoy = app.sign_in("kz.envoy").await;
        let meeting = app.planned_meeting(&secretariat).await;
        let item: AgendaItem = app
            .add_agenda_item(&secretariat, meeting, "Water and energy")
            .await
            .assert_status(StatusCode::CREATED)
            .view();
        let statement = NewText::new(
            "Joint statement",
            "The parties agree on restoring trade links.",
        )
        .distribution("members");
        let text = app.draft_text(&secretariat, statement).await.id;
        let amendment: Amendment = app
            .propose_amendment(
                &delegate,
                text,
                json!({ "version": 1, "passage": "agree on", "replacement": "welcome", "reason": "Kazakhstan prefers it" }),
            )
            .await
            .assert_status(StatusCode::CREATED)
            .view();
        let procedure = app
            .open_procedure(
                &secretariat,
                text,
                NewProcedure::consensus(1, &app.later(48)),
            )
            .await;
        World {
            admin,
            secretariat,
            delegate,
            envoy,
            meeting,
            agenda_item: item.id,
            text,
            amendment: amendment.id,
            procedure,
        }
    }

    fn session(&self, sender: Sender) -> &Session {
        match sender {
            Sender::Admin => &self.admin,
            Sender::Secretariat => &self.secretariat,
            Sender::Delegate => &self.delegate,
            Sender::Envoy => &self.envoy,
        }
    }
}

fn new_group(name: &str, party: &str, language: &str, zone: &str) -> Value {
    json!({
        "code": "WRG",
        "name": name,
        "languages": [language],
        "time_zone": zone,
        "parties": [
            { "code": "KZ", "name": party, "standing": "member" },
            { "code": "UZ", "name": "Uzbekistan", "standing": "member" }
        ],
        "rotation": ["KZ", "UZ"]
    })
}

fn new_meeting(city: &str, venue: &str) -> Value {
    json!({
        "city": city,
        "venue": venue,
        "starts_at": "2027-03-10T05:00:00Z",
        "ends_at": "2027-03-10T12:00:00Z"
    })
}

fn new_text(title: &str, body: &str, translation: &str) -> Value {
    json!({
        "title": title,
        "kind": "joint_statement",
        "language": "en",
        "body": body,
        "distribution": "members",
        "translations": [{ "language": "ru", "body": translation }]
    })
}

/// Every kind of text field the API takes, each carrying `bad` once: who sends it, where,
/// the body, and the field the refusal must name.
fn requests_carrying(bad: &str, w: &World) -> Vec<(Sender, Method, String, Value, &'static str)> {
    use Sender::{Admin, Delegate, Envoy, Secretariat};
    let with = |text: &str| format!("{text}{bad}end");
    let password = with("correct horse battery");
    let (meeting, item, text) = (w.meeting, w.agenda_item, w.text);
    let (amendment, procedure) = (w.amendment, w.procedure);
    let post = Method::POST;
    let patch = Method::PATCH;
    vec![
        (
            Admin,
            post.clone(),
            "/api/v1/users".into(),
            json!({ "username": "new.person", "password": "correct horse battery", "display_name": with("Ali") }),
            "display_name",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/users".into(),
            json!({ "username": "new.person", "password": password, "display_name": "Ali" }),
            "password",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/users".into(),
            json!({ "username": "new.person", "password": "correct horse battery", "display_name": "Ali", "time_zone": with("Asia/Kabul") }),
            "time_zone",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/users/kz.delegate/password".into(),
            json!({ "password": password }),
            "password",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/groups".into(),
            new_group(&with("Water"), "Kazakhstan", "Russian", "Asia/Almaty"),
            "name",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/groups".into(),
            new_group("Water", &with("Kazakhstan"), "Russian", "Asia/Almaty"),
            "parties[0].name",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/groups".into(),
            new_group("Water", "Kazakhstan", &with("Russian"), "Asia/Almaty"),
            "languages[0]",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/groups".into(),
            new_group("Water", "Kazakhstan", "Russian", &with("Asia/Almaty")),
            "time_zone",
        ),
        (
            Admin,
            patch.clone(),
            "/api/v1/groups/CGA".into(),
            json!({ "name": with("Contact Group") }),
            "name",
        ),
        (
            Admin,
            post.clone(),
            "/api/v1/groups/CGA/delegations".into(),
            json!({ "username": "kz.delegate", "party": "KZ", "role": "expert", "title": with("Adviser") }),
            "title",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/tokens".into(),
            json!({ "name": with("nightly export") }),
            "name",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/groups/CGA/meetings".into(),
            new_meeting(&with("Dushanbe"), "MFA"),
            "city",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/groups/CGA/meetings".into(),
            new_meeting("Dushanbe", &with("MFA")),
            "venue",
        ),
        (
            Secretariat,
            patch.clone(),
            format!("/api/v1/meetings/{meeting}"),
            json!({ "venue": with("MFA") }),
            "venue",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/meetings/{meeting}/agenda"),
            json!({ "title": with("Water") }),
            "title",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/meetings/{meeting}/agenda"),
            json!({ "title": "Water", "description": with("CASA-1000\r\nTUTAP") }),
            "description",
        ),
        (
            Secretariat,
            patch.clone(),
            format!("/api/v1/agenda/{item}"),
            json!({ "title": with("Water") }),
            "title",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/meetings/{meeting}/attendance"),
            json!({ "party": "KG", "name": with("Special Representative") }),
            "name",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/meetings/{meeting}/attendance"),
            json!({ "party": "KG", "name": "Special Representative", "title": with("Head of delegation") }),
            "title",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/groups/CGA/texts".into(),
            new_text(
                &with("Joint statement"),
                "The parties agree.",
                "Стороны согласны.",
            ),
            "title",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/groups/CGA/texts".into(),
            new_text(
                "Joint statement",
                &with("The parties agree."),
                "Стороны согласны.",
            ),
            "body",
        ),
        (
            Secretariat,
            post.clone(),
            "/api/v1/groups/CGA/texts".into(),
            new_text(
                "Joint statement",
                "The parties agree.",
                &with("Стороны согласны."),
            ),
            "translations[0].body",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/texts/{text}/versions"),
            json!({ "body": with("The parties agree.") }),
            "body",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/texts/{text}/languages"),
            json!({ "language": "ru", "body": with("Стороны согласны.") }),
            "body",
        ),
        (
            Delegate,
            post.clone(),
            format!("/api/v1/texts/{text}/amendments"),
            json!({ "version": 1, "passage": "agree on", "replacement": with("welcome"), "reason": "clearer" }),
            "replacement",
        ),
        (
            Delegate,
            post.clone(),
            format!("/api/v1/texts/{text}/amendments"),
            json!({ "version": 1, "passage": "agree on", "replacement": "welcome", "reason": with("clearer") }),
            "reason",
        ),
        (
            Delegate,
            post.clone(),
            format!("/api/v1/texts/{text}/amendments"),
            json!({ "version": 1, "passage": with("agree on"), "replacement": "welcome", "reason": "clearer" }),
            "passage",
        ),
        (
            Secretariat,
            post.clone(),
            format!("/api/v1/amendments/{amendment}/decline"),
            json!({ "reason": with("out of scope") }),
            "reason",
        ),
        (
            Envoy,
            post.clone(),
            format!("/api/v1/procedures/{procedure}/positions"),
            json!({ "party": "KZ", "position": "object", "reason": with("not yet") }),
            "reason",
        ),
        (
            Envoy,
            post.clone(),
            format!("/api/v1/procedures/{procedure}/positions"),
            json!({ "party": "KZ", "position": "concur_with_statement", "statement": with("as we read it") }),
            "statement",
        ),
        (
            Envoy,
            post.clone(),
            format!("/api/v1/procedures/{procedure}/decline"),
            json!({ "party": "KZ", "reason": with("the capital declines") }),
            "reason",
        ),
        (
            Envoy,
            post.clone(),
            format!("/api/v1/procedures/{procedure}/break"),
            json!({ "party": "KZ", "reason": with("not yet") }),
            "reason",
        ),
        (
            Envoy,
            post.clone(),
            format!("/api/v1/procedures/{procedure}/break"),
            json!({ "party": "KZ", "reason": "not yet", "replacement": with("welcome") }),
            "replacement",
        ),
        (
            Envoy,
            post,
            format!("/api/v1/procedures/{procedure}/statements"),
            json!({ "party": "KZ", "statement": with("as we read it") }),
            "statement",
        ),
    ]
}

async fn control_characters_in_any_text_field_are_refused_and_nothing_changes(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let world = World::new(&app).await;
    let head = app.journal_head().await;
    for bad in ["\u{0}", "\u{7}", "\u{1B}"] {
        for (sender, method, path, body, field) in requests_carrying(bad, &world) {
            let reply = app
                .request(
                    method.clone(),
                    &path,
                    As::Person(world.session(sender)),
                    Some(body),
                )
                .await;
            let what = format!("{bad:?} in {field} of {method} {path}");
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{what}: {}",
                reply.text()
            );
            let problem = assert_problem(&reply, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(problem.fields().contains(&field), "{what}: {problem:?}");
            let expected = if field == "time_zone" {
                "time zone"
            } else {
                "must not contain control characters"
            };
            assert!(
                problem.message_for(field).contains(expected),
                "{what}: {problem:?}"
            );
        }
    }
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
}

async fn names_keep_the_joiners_of_dari_words_and_refuse_invisible_characters(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    let agenda = format!("/api/v1/meetings/{meeting}/agenda");
    let dari = "گفت\u{200C}وگو درباره آب می\u{200C}شود";
    let added = app
        .post(&agenda, As::Person(&secretariat), json!({ "title": dari }))
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text());
    let detail: Meeting = app.meeting(&secretariat, meeting).await;
    let items = detail.agenda.expect("agenda");
    assert!(
        items.iter().any(|item| item.title == dari),
        "kept exactly as typed: {items:?}"
    );

    let head = app.journal_head().await;
    for (title, words) in [
        ("Water\u{200B}", "invisible characters"),
        ("\u{200C}آب", "between two letters"),
        ("\u{202E}retaW", "direction controls"),
        ("Water \u{2067}energy", "direction controls"),
    ] {
        let refused = app
            .post(&agenda, As::Person(&secretariat), json!({ "title": title }))
            .await;
        let problem = assert_problem(&refused, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            problem.message_for("title").contains(words),
            "{title:?}: {problem:?}"
        );
    }
    assert_eq!(app.journal_head().await, head);
}

async fn bodies_keep_direction_marks_but_refuse_overrides(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let mixed = "طرف\u{200C}ها بند ۳ (Article 3)\u{200F} را می\u{200C}پذیرند.";
    let accepted = app
        .post(
            "/api/v1/groups/CGA/texts",
            As::Person(&secretariat),
            new_text("Dari text", mixed, "Стороны принимают статью 3."),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::CREATED, "{}", accepted.text());
    let head = app.journal_head().await;
    let refused = app
        .post(
            "/api/v1/groups/CGA/texts",
            As::Person(&secretariat),
            new_text(
                "Trojan",
                "The parties\n\u{202E}eerga\u{202C} on trade.",
                "Стороны согласны.",
            ),
        )
        .await;
    let problem = assert_problem(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem.fields(), ["body"]);
    assert!(
        problem
            .message_for("body")
            .contains("U+202E (right-to-left override) at line 2, column 1"),
        "{problem:?}"
    );
    assert_eq!(app.journal_head().await, head);
}

async fn line_endings_from_forms_are_kept_as_lf_and_hash_as_before(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let created = app
        .post(
            "/api/v1/groups/CGA/texts",
            As::Person(&secretariat),
            new_text(
                "Two lines",
                "The parties agree.\r\nThey meet again.\rSoon.",
                "Стороны согласны.",
            ),
        )
        .await;
    let text: Text = created.assert_status(StatusCode::CREATED).view();
    let lf = "The parties agree.\nThey meet again.\nSoon.";
    assert_eq!(
        text.versions[0].hash,
        hex::encode(Sha256::digest(lf.as_bytes())),
        "the hash of the canonical LF text, as before"
    );
    let id = text.id;

    // A browser sends a text area's lines with CRLF.
    let delegate = app.sign_in("kz.delegate").await;
    let proposed = app
        .post_form(
            &format!("/texts/{id}/amendments"),
            &delegate,
            &[
                ("version", "1"),
                ("passage", "agree.\r\nThey meet"),
                ("replacement", "agree.\r\nThey will meet"),
                ("reason", "Clearer.\r\nKazakhstan's view."),
            ],
        )
        .await;
    assert_eq!(
        proposed.status,
        StatusCode::SEE_OTHER,
        "{}",
        proposed.text()
    );
    let shown = app.text(&delegate, id).await;
    let amendment = &shown.amendments[0];
    assert_eq!(amendment.reason, "Clearer.\nKazakhstan's view.");
    assert_eq!(amendment.replacement, "agree.\nThey will meet");
}

async fn a_deadline_with_an_impossible_offset_is_refused(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let world = World::new(&app).await;
    let head = app.journal_head().await;
    let impossible = "2030-01-01T10:00:00+25:00";
    let opened = app
        .post(
            &format!("/api/v1/texts/{}/procedures", world.text),
            As::Person(&secretariat),
            json!({ "kind": "consensus", "version": 1, "deadline": impossible }),
        )
        .await;
    let problem = assert_problem(&opened, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem.fields(), ["deadline"]);
    assert!(
        problem.message_for("deadline").contains("±18:00"),
        "{problem:?}"
    );
    let extended = app
        .post(
            &format!("/api/v1/procedures/{}/extend", world.procedure),
            As::Person(&secretariat),
            json!({ "deadline": impossible }),
        )
        .await;
    let problem = assert_problem(&extended, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem.fields(), ["deadline"]);
    assert_eq!(app.journal_head().await, head);

    let furthest = (app.app.now() + jiff::SignedDuration::from_hours(96))
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(-18)))
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    let extended = app
        .post(
            &format!("/api/v1/procedures/{}/extend", world.procedure),
            As::Person(&secretariat),
            json!({ "deadline": furthest }),
        )
        .await;
    assert_eq!(
        extended.status,
        StatusCode::OK,
        "{furthest}: {}",
        extended.text()
    );
}

async fn every_refusal_under_the_api_is_problem_json(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kz.envoy").await;
    let who = As::Person(&envoy);

    for (query, parameter, message) in [
        ("after=abc", "after", "must be a whole number"),
        ("limit=12345678901234567890", "limit", "is out of range"),
        ("group=CGA&colour=red", "colour", "is not a parameter"),
    ] {
        let reply = app.get(&format!("/api/v1/journal?{query}"), who).await;
        let problem = assert_problem(&reply, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(problem.fields(), [parameter], "{query}");
        assert!(
            problem.message_for(parameter).contains(message),
            "{problem:?}"
        );
    }
    let fine = app.get("/api/v1/journal?after=1&limit=5", who).await;
    assert_eq!(fine.status, StatusCode::OK, "{}", fine.text());

    let wrong_method = app
        .request(Method::DELETE, "/api/v1/journal", who, None)
        .await;
    let problem = assert_problem(&wrong_method, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        wrong_method
            .header("allow")
            .unwrap_or_default()
            .contains("GET"),
        "the Allow header stays"
    );
    assert!(problem.detail.contains("DELETE"), "{problem:?}");
    let wrong_method = app
        .post("/api/v1/groups/CGA", who, json!({ "name": "Renamed" }))
        .await;
    assert_problem(&wrong_method, StatusCode::METHOD_NOT_ALLOWED);

    for path in [
        "/api/v1/meetings/abc",
        "/api/v1/texts/12abc",
        "/api/v1/procedures/99999999999999999999999",
        "/api/v1/no-such-thing",
    ] {
        assert_problem(&app.get(path, who).await, StatusCode::NOT_FOUND);
    }

    let undecodable = app.get("/api/v1/groups/%FF%FE", who).await;
    assert!(
        undecodable.status.is_client_error(),
        "{}",
        undecodable.text()
    );
    assert_eq!(undecodable.header("content-type").as_deref(), Some(PROBLEM));

    let not_json = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/session")
        .header(header::HOST, "majlis.test")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("username=kz.envoy"))
        .expect("request");
    assert_problem(
        &app.send(not_json).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
    );
}

async fn page_errors_stay_pages(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kz.envoy").await;
    let who = As::Person(&envoy);
    let missing = app.get("/meetings/abc", who).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing
        .header("content-type")
        .unwrap_or_default()
        .starts_with("text/html"));
    assert!(missing.text().contains("Page not found"));
    let nowhere = app.get("/no-such-page", who).await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert!(nowhere.text().contains("Page not found"));
    let wrong_method = app.request(Method::DELETE, "/groups", who, None).await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        wrong_method
            .header("content-type")
            .unwrap_or_default()
            .starts_with("text/html"),
        "{:?} {}",
        wrong_method.headers,
        wrong_method.text()
    );
    assert!(wrong_method.text().contains("This page cannot do that"));
    assert_eq!(wrong_method.header("allow").as_deref(), Some("GET,HEAD"));
    let ready = app.get("/readyz", As::Nobody).await;
    assert_eq!(ready.text(), "ready", "operations answers stay plain text");
}

both_backends!(
    control_characters_in_any_text_field_are_refused_and_nothing_changes,
    names_keep_the_joiners_of_dari_words_and_refuse_invisible_characters,
    bodies_keep_direction_marks_but_refuse_overrides,
    line_endings_from_forms_are_kept_as_lf_and_hash_as_before,
    a_deadline_with_an_impossible_offset_is_refused,
    every_refusal_under_the_api_is_problem_json,
    page_errors_stay_pages,
);
