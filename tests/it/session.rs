//! Signing in and out, tokens, throttling, CSRF and the shape of bad requests.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, TestApp, PASSWORD};
use crate::views::{Me, Role};
use majlis::store::Backend;

async fn sign_in_sets_a_safe_cookie_and_me_lists_the_roles(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let reply = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "uz.envoy", "password": PASSWORD }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let cookie = reply.header("set-cookie").expect("cookie");
    assert!(cookie.starts_with("majlis_session="));
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    let session = app.sign_in("uz.envoy").await;
    let me: Me = app.read("/api/v1/me", As::Person(&session)).await;
    assert_eq!(me.username, "uz.envoy");
    assert_eq!(
        me.roles,
        [Role {
            group: "CGA".into(),
            party: Some("UZ".into()),
            role: "envoy".into()
        }]
    );
}

async fn a_wrong_password_is_refused_with_a_problem_document(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let reply = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "uz.envoy", "password": "not-the-password" }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    insta::assert_json_snapshot!("wrong_password", reply.json());
    assert!(reply.header("set-cookie").is_none());
    let right = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "uz.envoy", "password": PASSWORD }),
        )
        .await;
    assert!(
        right.header("set-cookie").is_some(),
        "the right one gets a cookie"
    );
}

async fn the_sixth_failed_sign_in_for_an_account_is_throttled(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    for _ in 0..5 {
        let reply = app
            .post(
                "/api/v1/session",
                As::Nobody,
                json!({ "username": "kz.envoy", "password": "guess-guess-guess" }),
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let reply = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "kz.envoy", "password": PASSWORD }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(reply.problem().detail.contains("try again in 15 minutes"));
    let other = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "kg.envoy", "password": PASSWORD }),
        )
        .await;
    assert_eq!(
        other.status,
        StatusCode::OK,
        "other accounts are not locked"
    );
}

async fn signing_out_ends_the_session_on_the_server(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("kz.delegate").await;
    let reply = app
        .request(
            Method::DELETE,
            "/api/v1/session",
            As::Person(&session),
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let after = app.get("/api/v1/me", As::Person(&session)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
}

async fn a_disabled_account_loses_its_session_and_cannot_sign_in(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let delegate = app.sign_in("kz.delegate").await;
    let reply = app
        .post(
            "/api/v1/users/kz.delegate/disable",
            As::Person(&admin),
            json!(null),
        )
        .await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.text());
    assert_eq!(
        app.get("/api/v1/me", As::Person(&delegate)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let again = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "kz.delegate", "password": PASSWORD }),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

async fn a_bearer_token_acts_for_its_owner_without_csrf(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("secretariat").await;
    let reply = app
        .post(
            "/api/v1/tokens",
            As::Person(&session),
            json!({ "name": "agenda script" }),
        )
        .await;
    let token = reply
        .assert_status(StatusCode::CREATED)
        .view::<crate::views::NewToken>()
        .token;
    let me: Me = app.read("/api/v1/me", As::Bearer(&token)).await;
    assert_eq!(me.username, "secretariat");
    let meeting = app.planned_meeting(&session).await;
    let added = app
        .post(
            &format!("/api/v1/meetings/{meeting}/agenda"),
            As::Bearer(&token),
            json!({ "title": "Any other business" }),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED);
    let forged = app.get("/api/v1/me", As::Bearer("0123456789abcdef")).await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
}

async fn cookie_requests_from_another_site_are_refused(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&session).await;
    let head = app.journal_head().await;
    let path = format!("/api/v1/meetings/{meeting}/agenda");
    let forged = Request::builder()
        .method(Method::POST)
        .uri(&path)
        .header(header::HOST, "majlis.test")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::COOKIE, format!("majlis_session={}", session.cookie))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({ "title": "Forged" }).to_string()))
        .expect("request");
    let reply = app.send(forged).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.problem().kind, "/problems/csrf");
    let bare = Request::builder()
        .method(Method::POST)
        .uri(&path)
        .header(header::HOST, "majlis.test")
        .header(header::COOKIE, format!("majlis_session={}", session.cookie))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({ "title": "No provenance" }).to_string()))
        .expect("request");
    assert_eq!(app.send(bare).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
}

async fn bad_bodies_get_clear_errors_and_change_nothing(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&session).await;
    let head = app.journal_head().await;
    let path = format!("/api/v1/meetings/{meeting}/agenda");
    let unknown = app
        .post(
            &path,
            As::Person(&session),
            json!({ "title": "Trade", "colour": "red" }),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.problem().detail.contains("unknown field `colour`"));
    let empty = app
        .post(&path, As::Person(&session), json!({ "title": "   " }))
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.problem().fields(), ["title"]);
    let huge = app
        .post(
            &path,
            As::Person(&session),
            json!({ "title": "x".repeat(4 * 1024 * 1024) }),
        )
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        huge.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let malformed = Request::builder()
        .method(Method::POST)
        .uri(&path)
        .header(header::HOST, "majlis.test")
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, format!("majlis_session={}", session.cookie))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{\"title\": "))
        .expect("request");
    assert_eq!(
        app.send(malformed).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
}

async fn unauthenticated_api_calls_get_401_and_unknown_routes_404(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let reply = app.get("/api/v1/groups", As::Nobody).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.problem().status, 401);
    assert_eq!(
        app.get("/api/v1/nothing-here", As::Nobody).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn health_and_readiness_answer_with_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let health = app.get("/healthz", As::Nobody).await;
    assert_eq!(health.status, StatusCode::OK);
    let csp = health.header("content-security-policy").expect("csp");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(health.header("x-frame-options").as_deref(), Some("DENY"));
    assert!(health.header("x-request-id").is_some());
    assert_eq!(app.get("/readyz", As::Nobody).await.status, StatusCode::OK);
}

both_backends!(
    sign_in_sets_a_safe_cookie_and_me_lists_the_roles,
    a_wrong_password_is_refused_with_a_problem_document,
    the_sixth_failed_sign_in_for_an_account_is_throttled,
    signing_out_ends_the_session_on_the_server,
    a_disabled_account_loses_its_session_and_cannot_sign_in,
    a_bearer_token_acts_for_its_owner_without_csrf,
    cookie_requests_from_another_site_are_refused,
    bad_bodies_get_clear_errors_and_change_nothing,
    unauthenticated_api_calls_get_401_and_unknown_routes_404,
    health_and_readiness_answer_with_security_headers,
);

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let document = app.get("/api/v1/openapi.json", As::Nobody).await.json();
    assert!(document["openapi"]
        .as_str()
        .expect("version")
        .starts_with("3.1"));
    insta::assert_json_snapshot!("openapi", document);
}
