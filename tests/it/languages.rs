//! The language of a page: the person's saved choice, else `?lang=`, else `Accept-Language`,
//! else the group's first working language; Dari and Pashto mirror the page.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{build_request, As, Session, TestApp};
use majlis::store::Backend;

fn page(path: &str, session: &Session, accept_language: Option<&str>) -> Request<Body> {
    let mut request = build_request(Method::GET, path, As::Person(session), None);
    if let Some(value) = accept_language {
        request.headers_mut().insert(
            header::ACCEPT_LANGUAGE,
            value.parse().expect("a header value"),
        );
    }
    request
}

fn html_lang(html: &str) -> &str {
    let start = html.find("<html lang=\"").expect("an html element") + "<html lang=\"".len();
    let end = html[start..].find('"').expect("a closing quote") + start;
    &html[start..end]
}

async fn the_browser_s_language_is_used_and_an_address_can_override_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kz.envoy").await;
    let russian = app
        .send(page("/groups", &envoy, Some("ru-RU, ru;q=0.9, en;q=0.8")))
        .await;
    assert_eq!(russian.status, StatusCode::OK);
    let html = russian.text();
    assert_eq!(html_lang(&html), "ru");
    assert!(html.contains(">Выйти<"), "the frame is in Russian");
    let english = app
        .send(page("/groups?lang=en", &envoy, Some("ru")))
        .await
        .text();
    assert_eq!(html_lang(&english), "en");
    assert!(english.contains(">Sign out<"));
    let unknown = app.send(page("/groups?lang=xx", &envoy, Some("kk"))).await;
    assert_eq!(
        unknown.status,
        StatusCode::OK,
        "an unknown language is no error"
    );
    assert_eq!(html_lang(&unknown.text()), "kk");
}

async fn a_saved_choice_wins_over_the_address_and_the_browser(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("tj.envoy").await;
    let saved = app
        .request(
            Method::PUT,
            "/api/v1/me/language",
            As::Person(&envoy),
            Some(json!({ "language": "tg" })),
        )
        .await;
    assert_eq!(saved.status, StatusCode::NO_CONTENT);
    let html = app
        .send(page("/groups?lang=en", &envoy, Some("ru")))
        .await
        .text();
    assert_eq!(html_lang(&html), "tg");
    let me = app.get("/api/v1/me", As::Person(&envoy)).await.json();
    assert_eq!(me["language"], "tg");
    let other = app.sign_in("kz.envoy").await;
    let theirs = app.send(page("/groups", &other, Some("en"))).await.text();
    assert_eq!(
        html_lang(&theirs),
        "en",
        "one person's choice is theirs alone"
    );
}

async fn a_language_not_offered_is_refused_and_nothing_is_saved(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kg.envoy").await;
    let refused = app
        .request(
            Method::PUT,
            "/api/v1/me/language",
            As::Person(&envoy),
            Some(json!({ "language": "de" })),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.problem().errors[0].field, "language");
    let me = app.get("/api/v1/me", As::Person(&envoy)).await.json();
    assert_eq!(me["language"], serde_json::Value::Null);
}

async fn the_picker_saves_the_choice_and_returns_to_the_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let post = Request::builder()
        .method(Method::POST)
        .uri("/me/language")
        .header(header::HOST, "majlis.test")
        .header(header::ORIGIN, "http://majlis.test")
        .header(header::REFERER, "http://majlis.test/groups/CGA")
        .header(header::COOKIE, format!("majlis_session={}", envoy.cookie))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("language=fa-AF"))
        .expect("request");
    let saved = app.send(post).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(saved.header("location").as_deref(), Some("/groups/CGA"));
    let html = app
        .send(page("/groups/CGA", &envoy, Some("en")))
        .await
        .text();
    assert_eq!(html_lang(&html), "fa-AF");
    assert!(html.contains("dir=\"rtl\""), "a Dari page is right to left");
}

async fn a_group_page_nobody_asked_a_language_for_is_in_the_group_s_first(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let bare = build_request(Method::GET, "/groups/CGA", As::Person(&envoy), None);
    let html = app.send_without_language(bare).await.text();
    assert_eq!(
        html_lang(&html),
        "ru",
        "the demo group works in Russian, then English"
    );
    let list = build_request(Method::GET, "/groups", As::Person(&envoy), None);
    let html = app.send_without_language(list).await.text();
    assert_eq!(
        html_lang(&html),
        "en",
        "a page of no group falls back to English"
    );
}

both_backends!(
    the_browser_s_language_is_used_and_an_address_can_override_it,
    a_saved_choice_wins_over_the_address_and_the_browser,
    a_language_not_offered_is_refused_and_nothing_is_saved,
    the_picker_saves_the_choice_and_returns_to_the_page,
    a_group_page_nobody_asked_a_language_for_is_in_the_group_s_first,
);
