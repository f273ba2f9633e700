//! The OpenAPI document against the server: every route of the route table is in it (read
//! from the table's source, not from a list kept by hand), every error is declared as the
//! problem document the server sends, operations that need a caller say so and the server
//! refuses them without one, and the limits it states are the limits the parsers enforce.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, TestApp};
use majlis::store::Backend;

/// The route table, as written.
const ROUTER_SOURCE: &str = include_str!("../../src/http/router.rs");

/// Routes outside `/api/v1` that programs use, as the document names them, with the path the
/// route table serves them at: `/meetings/{id}.ics` is the meeting page's route with `.ics`.
const DOCUMENTED_OUTSIDE_THE_API: [(&str, &str, &str); 6] = [
    ("GET", "/meetings/{id}.ics", "/meetings/{id}"),
    ("GET", "/calendar/{token}", "/calendar/{token}"),
    (
        "GET",
        "/public/{code}/decisions",
        "/public/{code}/decisions",
    ),
    ("GET", "/healthz", "/healthz"),
    ("GET", "/readyz", "/readyz"),
    (
        "GET",
        "/indicators/{id}/chart.svg",
        "/indicators/{id}/chart.svg",
    ),
];

/// API routes the document names with a suffix that the route of the same path without it
/// serves: the decision's record as PDF is `/decisions/{id}` with `.pdf`.
const DOCUMENTED_WITH_A_SUFFIX: [(&str, &str, &str); 1] =
    [("GET", "/api/v1/decisions/{id}.pdf", "/decisions/{id}")];

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// The `(METHOD, path)` pairs of one `Router::new()…fallback(…)` block of the route table.
fn routes_of_block(start: &str) -> BTreeSet<(String, String)> {
    let from = ROUTER_SOURCE.find(start).expect("the block starts");
    let block = &ROUTER_SOURCE[from..];
    let block = &block[..block.find(".fallback(").expect("the block ends")];
    let mut routes = BTreeSet::new();
    for call in block.split(".route(").skip(1) {
        let path = call
            .split('"')
            .nth(1)
            .expect("a route's path is its first argument");
        // The method routers are the calls named get(…), post(…) and so on.
        let mut name = String::new();
        for c in call.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                name.push(c);
                continue;
            }
            if c == '(' && METHODS.contains(&name.as_str()) {
                routes.insert((name.to_uppercase(), path.to_owned()));
            }
            name.clear();
        }
    }
    routes
}

async fn document(app: &TestApp) -> Value {
    let reply = app.get("/api/v1/openapi.json", As::Nobody).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()
}

/// Every `(METHOD, path, operation)` of the document.
fn operations(document: &Value) -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                found.push((method.to_uppercase(), path.clone(), operation.clone()));
            }
        }
    }
    found
}

#[tokio::test]
async fn every_route_of_the_route_table_is_in_the_document_and_nothing_else() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let mut served: BTreeSet<(String, String)> = routes_of_block("let api = Router::new()")
        .into_iter()
        .map(|(method, path)| (method, format!("/api/v1{path}")))
        .collect();
    assert!(
        served.len() > 40,
        "the API block was read: {} routes",
        served.len()
    );
    for (method, documented, route) in DOCUMENTED_WITH_A_SUFFIX {
        assert!(
            served.contains(&(method.to_owned(), format!("/api/v1{route}"))),
            "{method} /api/v1{route} is in the route table"
        );
        served.insert((method.to_owned(), documented.to_owned()));
    }
    let pages = routes_of_block("let pages = Router::new()");
    for (method, documented, route) in DOCUMENTED_OUTSIDE_THE_API {
        assert!(
            pages.contains(&(method.to_owned(), route.to_owned())),
            "{method} {route} is in the route table"
        );
        served.insert((method.to_owned(), documented.to_owned()));
    }
    let documented: BTreeSet<(String, String)> = operations(&document)
        .into_iter()
        .map(|(method, path, _)| (method, path))
        .collect();
    let undocumented: Vec<_> = served.difference(&documented).collect();
    let unserved: Vec<_> = documented.difference(&served).collect();
    assert!(
        undocumented.is_empty() && unserved.is_empty(),
        "routes missing from the document: {undocumented:?}; documented but not routed: {unserved:?}"
    );
}

#[tokio::test]
async fn every_error_is_declared_as_a_problem_document() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let problem = json!({ "$ref": "#/components/schemas/Problem" });
    for (method, path, operation) in operations(&document) {
        for (status, response) in operation["responses"].as_object().expect("responses") {
            if !(status.starts_with('4') || status.starts_with('5')) || path == "/readyz" {
                continue;
            }
            let content = &response["content"];
            assert_eq!(
                content["application/problem+json"]["schema"], problem,
                "{method} {path} {status}"
            );
            assert!(
                content.get("application/json").is_none(),
                "{method} {path} {status} is not plain JSON"
            );
        }
    }
    assert!(document["components"]["schemas"]["Problem"].is_object());
}

#[tokio::test]
async fn the_journal_takes_its_filters_from_the_query_string() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = document(&app).await;
    let parameters = &document["paths"]["/api/v1/journal"]["get"]["parameters"];
    let names: Vec<(&str, &str, bool)> = parameters
        .as_array()
        .expect("parameters")
        .iter()
        .map(|p| {
            (
                p["name"].as_str().expect("name"),
                p["in"].as_str().expect("in"),
                p["required"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("group", "query", false),
            ("after", "query", false),
            ("limit", "query", false)
        ]
    );
}

#[tokio::test]
async fn input_types_that_share_a_name_do_not_share_a_schema() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let schemas = &document(&app).await["components"]["schemas"];
    let charter_party = schemas["GroupInput"]["properties"]["parties"]["items"]["$ref"]
        .as_str()
        .expect("a reference")
        .rsplit('/')
        .next()
        .expect("a name");
    let properties: BTreeSet<&String> = schemas[charter_party]["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .collect();
    assert_eq!(
        properties
            .into_iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["code", "name", "standing"]
    );
    assert_eq!(
        schemas["PartyActInput"]["required"],
        json!(["party"]),
        "the party of a procedure's act"
    );
}

/// A request for an operation with its path parameters filled in, as a program sends it.
fn request_for(method: &str, path: &str, operation: &Value, who: Option<&str>) -> Request<Body> {
    let uri = path
        .replace("{code}", "CGA")
        .replace("{username}", "kz.envoy")
        .replace("{token}", "0000.ics")
        .replace("{id}", "1");
    let mut builder = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).expect("method"))
        .uri(uri)
        .header(header::HOST, "majlis.test");
    if let Some(token) = who {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    if operation.get("requestBody").is_some() {
        builder
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{}"))
            .expect("request")
    } else {
        builder.body(Body::empty()).expect("request")
    }
}

async fn operations_that_need_a_caller_say_so_and_refuse_anyone_else(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let document = document(&app).await;
    let mut secured = 0;
    for (method, path, operation) in operations(&document) {
        let needs_caller = operation.get("security").is_some();
        if needs_caller {
            assert!(
                operation["responses"].get("401").is_some(),
                "{method} {path} declares its 401"
            );
        }
        if path.starts_with("/api/v1/") {
            let public = ["openapi", "sign_in", "sign_out"]
                .contains(&operation["operationId"].as_str().expect("operation id"));
            assert_eq!(needs_caller, !public, "{method} {path}");
        }
        // Signing out needs nobody, but a bearer token that is not live is refused there: the
        // program that sends it would otherwise believe it had revoked it.
        let refuses_dead_tokens = operation["operationId"] == "sign_out";
        for who in [None, Some("0123456789abcdef")] {
            let reply = app.send(request_for(&method, &path, &operation, who)).await;
            if needs_caller || (refuses_dead_tokens && who.is_some()) {
                secured += 1;
                assert_eq!(
                    reply.status,
                    StatusCode::UNAUTHORIZED,
                    "{method} {path} without a live credential"
                );
                assert_eq!(
                    reply.header("content-type").as_deref(),
                    Some("application/problem+json")
                );
            } else {
                assert_ne!(reply.status, StatusCode::UNAUTHORIZED, "{method} {path}");
            }
        }
    }
    assert!(secured > 80, "{secured} refusals checked");
}

/// A password of exactly `length` characters that no strength estimate calls easy: letters,
/// digits and signs in an order that repeats nothing short.
fn unguessable(length: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%&*+-=?@";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..length)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ALPHABET[(state >> 33) as usize % ALPHABET.len()] as char
        })
        .collect()
}

/// A document schema's string limits, by component name.
fn limit(document: &Value, schema: &str, keyword: &str) -> usize {
    let value = document["components"]["schemas"][schema][keyword]
        .as_u64()
        .unwrap_or_else(|| panic!("{schema} states {keyword}"));
    usize::try_from(value).expect("a small number")
}

async fn the_documented_limits_are_the_limits_the_server_keeps(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let document = document(&app).await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    let agenda = format!("/api/v1/meetings/{meeting}/agenda");
    let add = |title: String, description: String| {
        let app = &app;
        let secretariat = &secretariat;
        let agenda = &agenda;
        async move {
            app.post(
                agenda,
                As::Person(secretariat),
                json!({ "title": title, "description": description }),
            )
            .await
            .status
        }
    };
    let label = limit(&document, "Label", "maxLength");
    let note = limit(&document, "Note", "maxLength");
    assert_eq!((label, note), (300, 10_000));
    assert_eq!(
        add("é".repeat(label), "ж".repeat(note)).await,
        StatusCode::CREATED,
        "at the limits, counted in characters"
    );
    assert_eq!(
        add("é".repeat(label + 1), String::new()).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        add("Trade".into(), "ж".repeat(note + 1)).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        add("two\nlines".into(), String::new()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the Label pattern refuses control characters"
    );

    let admin = app.sign_in("admin").await;
    let password = |text: String| {
        let app = &app;
        let admin = &admin;
        async move {
            app.post(
                "/api/v1/users/kz.delegate/password",
                As::Person(admin),
                json!({ "password": text }),
            )
            .await
            .status
        }
    };
    let settings_as_array = app
        .patch(
            "/api/v1/groups/CGA",
            As::Person(&admin),
            json!({ "settings": [null, 48] }),
        )
        .await;
    assert_eq!(
        settings_as_array.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the document's settings are an object, not its fields in a row"
    );
    let shortest = limit(&document, "Password", "minLength");
    let longest = limit(&document, "Password", "maxLength");
    assert_eq!(
        password(unguessable(shortest)).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(password(unguessable(longest)).await, StatusCode::NO_CONTENT);
    assert_eq!(
        password(unguessable(shortest - 1)).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        password(unguessable(longest + 1)).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let statuses = &document["components"]["schemas"]["MeetingStatus"]["enum"];
    assert_eq!(
        statuses,
        &json!(["planned", "convened", "concluded", "cancelled"])
    );
    let roles = &document["components"]["schemas"]["Role"]["enum"];
    assert_eq!(
        roles,
        &json!(["envoy", "deputy", "delegate", "expert", "secretariat"])
    );
    let moved = app
        .patch(
            &format!("/api/v1/meetings/{meeting}"),
            As::Person(&secretariat),
            json!({ "status": "postponed" }),
        )
        .await;
    assert_eq!(moved.status, StatusCode::UNPROCESSABLE_ENTITY);
    let zones = document["components"]["schemas"]["TimeZone"]["enum"]
        .as_array()
        .expect("the zones");
    assert!(zones.contains(&json!("Asia/Tashkent")) && zones.contains(&json!("UTC")));
    assert_eq!(
        document["components"]["schemas"]["PartyCode"]["pattern"],
        "^[A-Z]{2,8}$"
    );
    let lowercase_party = app
        .post(
            &format!("/api/v1/meetings/{meeting}/attendance"),
            As::Person(&secretariat),
            json!({ "party": "kg", "name": "Envoy" }),
        )
        .await;
    assert_eq!(lowercase_party.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// JSON Schema counts `2.0` as the integer 2, so the server must too.
async fn a_whole_number_written_with_a_decimal_point_is_the_same_number(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    let base = format!("/api/v1/meetings/{meeting}");
    for title in ["Trade", "Transport"] {
        let added = app
            .post(
                &format!("{base}/agenda"),
                As::Person(&secretariat),
                json!({ "title": title }),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED);
    }
    let detail = app.get(&base, As::Person(&secretariat)).await.json();
    let order: Vec<f64> = detail["agenda"]
        .as_array()
        .expect("agenda")
        .iter()
        .rev()
        .map(|item| item["id"].as_f64().expect("id"))
        .collect();
    let body = format!(
        "{{\"items\": [{}]}}",
        order
            .iter()
            .map(|id| format!("{id:.1}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(body.contains(".0"), "{body}");
    let reorder = Request::builder()
        .method(Method::PUT)
        .uri(format!("{base}/agenda/order"))
        .header(header::HOST, "majlis.test")
        .header("sec-fetch-site", "same-origin")
        .header(
            header::COOKIE,
            format!("majlis_session={}", secretariat.cookie),
        )
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request");
    let reply = app.send(reorder).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.text());
    let fraction = app
        .request(
            Method::PUT,
            &format!("{base}/agenda/order"),
            As::Person(&secretariat),
            Some(json!({ "items": [1.5] })),
        )
        .await;
    assert_eq!(fraction.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn the_public_record_answers_programs_in_json_errors_included(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let ask = |path: &str, accept: &str| {
        Request::builder()
            .uri(path)
            .header(header::HOST, "majlis.test")
            .header(header::ACCEPT, accept)
            .body(Body::empty())
            .expect("request")
    };
    let listed = app
        .send(ask("/public/CGA/decisions", "application/json"))
        .await;
    assert_eq!(listed.status, StatusCode::OK);
    assert!(listed.json().is_array());
    let missing = app
        .send(ask("/public/NOPE/decisions", "application/json"))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(missing.json()["status"], 404);
    let page = app.send(ask("/public/NOPE/decisions", "text/html")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page
        .header("content-type")
        .expect("type")
        .starts_with("text/html"));
}

both_backends!(
    operations_that_need_a_caller_say_so_and_refuse_anyone_else,
    the_documented_limits_are_the_limits_the_server_keeps,
    a_whole_number_written_with_a_decimal_point_is_the_same_number,
    the_public_record_answers_programs_in_json_errors_included,
);
