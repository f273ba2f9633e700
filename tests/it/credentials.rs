//! A person's credentials: listing and revoking sessions and API tokens, password changes
//! that end the other credentials, the limits on guessing passwords (keyed so that nobody
//! can lock an envoy out), CSRF on forms whatever headers ride along, private caching, and
//! the strength rule for new passwords.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, TestApp, PASSWORD};
use crate::views::{NewToken, SessionItem, Token};
use majlis::store::Backend;

const NEW_PASSWORD: &str = "lantern-orchard-quietly-7";

async fn sign_in_with(app: &TestApp, username: &str, password: &str) -> StatusCode {
    app.post(
        "/api/v1/session",
        As::Nobody,
        json!({ "username": username, "password": password }),
    )
    .await
    .status
}

async fn me_status(app: &TestApp, who: As<'_>) -> StatusCode {
    app.get("/api/v1/me", who).await.status
}

/// The actions of the journal entries after `after`, as the administrator sees them.
async fn actions_after(app: &TestApp, after: i64) -> Vec<String> {
    let admin = app.sign_in("admin").await;
    app.journal(&admin, &format!("after={after}&limit=500"))
        .await
        .into_iter()
        .filter_map(|entry| entry.action)
        .collect()
}

async fn an_administrators_reset_ends_every_session_and_token_of_the_person(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kz.delegate").await;
    let NewToken { token, .. } = app.create_token(&delegate, "export").await;
    let admin = app.sign_in("admin").await;
    let head = app.journal_head().await;

    let reply = app
        .post(
            "/api/v1/users/kz.delegate/password",
            As::Person(&admin),
            json!({ "password": NEW_PASSWORD }),
        )
        .await;

    assert_eq!(reply.status, StatusCode::NO_CONTENT, "{}", reply.text());
    assert_eq!(
        me_status(&app, As::Person(&delegate)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me_status(&app, As::Bearer(&token)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in_with(&app, "kz.delegate", PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in_with(&app, "kz.delegate", NEW_PASSWORD).await,
        StatusCode::OK
    );
    assert_eq!(me_status(&app, As::Person(&admin)).await, StatusCode::OK);
    assert_eq!(actions_after(&app, head).await, ["user.password"]);
}

async fn a_reset_on_the_administration_page_ends_the_persons_sessions(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let delegate = app.sign_in("kz.delegate").await;
    let admin = app.sign_in("admin").await;

    let weak = app
        .post_form(
            "/admin/password",
            &admin,
            &[
                ("username", "kz.delegate"),
                ("new_password", "password1234"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.text().contains("is too easy to guess"),
        "{}",
        weak.text()
    );
    assert_eq!(me_status(&app, As::Person(&delegate)).await, StatusCode::OK);

    let done = app
        .post_form(
            "/admin/password",
            &admin,
            &[("username", "kz.delegate"), ("new_password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    assert_eq!(
        me_status(&app, As::Person(&delegate)).await,
        StatusCode::UNAUTHORIZED
    );
    let page = app.get("/admin?done=password", As::Person(&admin)).await;
    assert!(page
        .text()
        .contains("Every session and API token of that person has ended."));
}

async fn changing_ones_own_password_keeps_this_session_and_ends_the_others(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let here = app.sign_in("uz.envoy").await;
    let elsewhere = app.sign_in("uz.envoy").await;
    let NewToken { token, .. } = app.create_token(&here, "script").await;
    let head = app.journal_head().await;

    let wrong = app
        .post(
            "/api/v1/me/password",
            As::Person(&here),
            json!({ "current_password": "not-my-password", "new_password": NEW_PASSWORD }),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.problem().fields(), ["current_password"]);
    let own_name = app
        .post(
            "/api/v1/me/password",
            As::Person(&here),
            json!({ "current_password": PASSWORD, "new_password": "uz.envoy.2024" }),
        )
        .await;
    assert_eq!(own_name.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(own_name.problem().fields(), ["new_password"]);
    assert_eq!(app.journal_head().await, head, "nothing changed yet");
    assert_eq!(
        me_status(&app, As::Person(&elsewhere)).await,
        StatusCode::OK
    );

    let changed = app
        .post(
            "/api/v1/me/password",
            As::Person(&here),
            json!({ "current_password": PASSWORD, "new_password": NEW_PASSWORD }),
        )
        .await;

    assert_eq!(changed.status, StatusCode::NO_CONTENT, "{}", changed.text());
    assert_eq!(me_status(&app, As::Person(&here)).await, StatusCode::OK);
    assert_eq!(
        me_status(&app, As::Person(&elsewhere)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me_status(&app, As::Bearer(&token)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in_with(&app, "uz.envoy", NEW_PASSWORD).await,
        StatusCode::OK
    );
    assert_eq!(actions_after(&app, head).await, ["user.password"]);
}

async fn changing_ones_password_on_the_profile_page_signs_out_the_other_browsers(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let here = app.sign_in("kg.deputy").await;
    let elsewhere = app.sign_in("kg.deputy").await;

    let wrong = app
        .post_form(
            "/me/password",
            &here,
            &[
                ("current_password", "nope-nope-nope"),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("is not your current password"));

    let done = app
        .post_form(
            "/me/password",
            &here,
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    assert_eq!(
        done.header("location").as_deref(),
        Some("/me?done=password")
    );
    let page = app.get("/me?done=password", As::Person(&here)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Your password is changed."));
    assert_eq!(
        me_status(&app, As::Person(&elsewhere)).await,
        StatusCode::UNAUTHORIZED
    );
}

async fn tokens_are_listed_without_secrets_and_revoked_one_by_one(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let NewToken {
        id: first_id,
        token: first,
    } = app.create_token(&secretariat, "agenda script").await;
    let NewToken { token: second, .. } = app.create_token(&secretariat, "nightly export").await;
    assert_eq!(me_status(&app, As::Bearer(&first)).await, StatusCode::OK);

    let reply = app.get("/api/v1/tokens", As::Person(&secretariat)).await;
    // Every field of `Token` but the secret is a string where the API must give one.
    let listed: Vec<Token> = reply.assert_status(StatusCode::OK).view();
    assert_eq!(listed.len(), 2);
    let used = listed
        .iter()
        .find(|t| t.id == first_id)
        .expect("the first token is listed");
    assert_eq!(used.name, "agenda script");
    assert!(!used.created_at.is_empty() && !used.expires_at.is_empty());
    assert!(used.last_used_at.is_some(), "it was just used: {used:?}");
    assert!(listed.iter().all(|t| t.token.is_none()));
    assert!(!reply.text().contains(&first) && !reply.text().contains(&second));

    let outsider = app.sign_in("kz.delegate").await;
    let not_theirs = app
        .request(
            Method::DELETE,
            &format!("/api/v1/tokens/{first_id}"),
            As::Person(&outsider),
            None,
        )
        .await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(me_status(&app, As::Bearer(&first)).await, StatusCode::OK);

    let head = app.journal_head().await;
    let revoked = app
        .request(
            Method::DELETE,
            &format!("/api/v1/tokens/{first_id}"),
            As::Bearer(&second),
            None,
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{}", revoked.text());
    assert_eq!(
        me_status(&app, As::Bearer(&first)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(me_status(&app, As::Bearer(&second)).await, StatusCode::OK);
    assert_eq!(actions_after(&app, head).await, ["api_token.revoke"]);
    let again = app
        .request(
            Method::DELETE,
            &format!("/api/v1/tokens/{first_id}"),
            As::Person(&secretariat),
            None,
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

async fn signing_out_with_a_bearer_token_revokes_that_token(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("tj.envoy").await;
    let NewToken { token, .. } = app.create_token(&session, "cron").await;
    let before: Vec<Token> = app.read("/api/v1/tokens", As::Person(&session)).await;
    assert_eq!(before.len(), 1, "the token is listed while it lives");

    let reply = app
        .request(Method::DELETE, "/api/v1/session", As::Bearer(&token), None)
        .await;

    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(
        me_status(&app, As::Bearer(&token)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me_status(&app, As::Person(&session)).await,
        StatusCode::OK,
        "the person's browser session is another credential"
    );
    let listed: Vec<Token> = app.read("/api/v1/tokens", As::Person(&session)).await;
    assert!(listed.is_empty(), "{listed:?}");
}

async fn sessions_are_listed_with_the_current_one_marked_and_ended_one_by_one(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let laptop = app.sign_in("kz.envoy").await;
    let phone = app.sign_in("kz.envoy").await;

    let listed: Vec<SessionItem> = app.read("/api/v1/sessions", As::Person(&laptop)).await;
    assert_eq!(listed.len(), 2);
    assert_eq!(listed.iter().filter(|s| s.current).count(), 1);
    let phone_id = listed
        .iter()
        .find(|s| !s.current)
        .expect("the other session")
        .id;
    assert!(listed
        .iter()
        .all(|s| !s.created_at.is_empty() && !s.expires_at.is_empty()));

    let outsider = app.sign_in("kg.envoy").await;
    let not_theirs = app
        .request(
            Method::DELETE,
            &format!("/api/v1/sessions/{phone_id}"),
            As::Person(&outsider),
            None,
        )
        .await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(me_status(&app, As::Person(&phone)).await, StatusCode::OK);

    let ended = app
        .request(
            Method::DELETE,
            &format!("/api/v1/sessions/{phone_id}"),
            As::Person(&laptop),
            None,
        )
        .await;
    assert_eq!(ended.status, StatusCode::NO_CONTENT);
    assert_eq!(
        me_status(&app, As::Person(&phone)).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(me_status(&app, As::Person(&laptop)).await, StatusCode::OK);
}

async fn the_profile_page_lists_sessions_and_tokens_with_a_button_to_end_each(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let here = app.sign_in("uz.delegate").await;
    let other = app.sign_in("uz.delegate").await;
    let NewToken {
        id: token_id,
        token,
    } = app.create_token(&here, "translation sync").await;
    let others_view: Vec<SessionItem> = app.read("/api/v1/sessions", As::Person(&other)).await;
    let other_id = others_view
        .iter()
        .find(|s| s.current)
        .expect("the other session's id")
        .id;

    let page = app.get("/me", As::Person(&here)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Signed-in sessions"));
    assert!(html.contains("this session"));
    assert!(html.contains("translation sync"));
    assert!(html.contains(&format!("action=\"/me/tokens/{token_id}/revoke\"")));
    assert!(html.contains(&format!("action=\"/me/sessions/{other_id}/end\"")));
    assert!(html.contains("action=\"/me/password\""));
    assert!(!html.contains(&token), "the secret is never shown again");
    assert_eq!(
        me_status(&app, As::Bearer(&token)).await,
        StatusCode::OK,
        "the secret is a live token"
    );

    let revoked = app
        .post_form(&format!("/me/tokens/{token_id}/revoke"), &here, &[])
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        me_status(&app, As::Bearer(&token)).await,
        StatusCode::UNAUTHORIZED
    );
    let ended = app
        .post_form(&format!("/me/sessions/{other_id}/end"), &here, &[])
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(
        me_status(&app, As::Person(&other)).await,
        StatusCode::UNAUTHORIZED
    );
    let page = app.get("/me?done=session-ended", As::Person(&here)).await;
    assert!(page.text().contains("The session is signed out."));
}

/// A sign-in as it reaches the server from `peer`, perhaps with an X-Forwarded-For.
fn sign_in_from(peer: &str, forwarded_for: Option<&str>, password: &str) -> Request<Body> {
    let peer: SocketAddr = format!("{peer}:50000").parse().expect("an address");
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/session")
        .header(header::HOST, "majlis.test")
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(forwarded) = forwarded_for {
        builder = builder.header("x-forwarded-for", forwarded);
    }
    let mut request = builder
        .body(Body::from(
            json!({ "username": "kz.envoy", "password": password }).to_string(),
        ))
        .expect("request");
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

async fn a_guesser_at_one_address_cannot_lock_the_envoy_out_from_another(backend: Backend) {
    let app = TestApp::init()
        .with_demo()
        .trusting_proxies(&["10.0.0.1"])
        .spawn(backend)
        .await;
    let guesser = "192.0.2.66";
    for _ in 0..5 {
        let reply = app
            .send(sign_in_from(guesser, None, "guess-guess-guess"))
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }

    let owner = app.send(sign_in_from("198.51.100.7", None, PASSWORD)).await;
    assert_eq!(owner.status, StatusCode::OK, "{}", owner.text());

    let locked = app.send(sign_in_from(guesser, None, PASSWORD)).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.problem().detail.contains("try again in 15 minutes"));
    let forged = app
        .send(sign_in_from(guesser, Some("203.0.113.5"), PASSWORD))
        .await;
    assert_eq!(
        forged.status,
        StatusCode::TOO_MANY_REQUESTS,
        "an untrusted peer's X-Forwarded-For changes nothing"
    );
    let proxied_guesser = app
        .send(sign_in_from(
            "10.0.0.1",
            Some("203.0.113.5, 192.0.2.66"),
            PASSWORD,
        ))
        .await;
    assert_eq!(
        proxied_guesser.status,
        StatusCode::TOO_MANY_REQUESTS,
        "behind the trusted proxy the guesser is still recognised"
    );
    let proxied_owner = app
        .send(sign_in_from("10.0.0.1", Some("198.51.100.8"), PASSWORD))
        .await;
    assert_eq!(proxied_owner.status, StatusCode::OK);
}

async fn a_stray_bearer_header_does_not_switch_off_csrf_on_forms(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("uz.envoy").await;
    let head = app.journal_head().await;
    let form = |origin: &str| {
        Request::builder()
            .method(Method::POST)
            .uri("/me/time-zone")
            .header(header::HOST, "majlis.test")
            .header(header::ORIGIN, origin)
            .header(header::COOKIE, format!("majlis_session={}", session.cookie))
            .header(header::AUTHORIZATION, "Bearer junk")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("time_zone=Europe%2FMoscow"))
            .expect("request")
    };

    let hostile = app.send(form("https://evil.example")).await;
    let same_site = app.send(form("http://majlis.test")).await;

    assert_eq!(hostile.status, StatusCode::FORBIDDEN);
    assert_eq!(same_site.status, StatusCode::FORBIDDEN);
    assert!(same_site.problem().detail.contains("session cookie only"));
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
    let me = app.get("/api/v1/me", As::Person(&session)).await;
    assert_eq!(me.status, StatusCode::OK);
    let plain = app
        .post_form("/me/time-zone", &session, &[("time_zone", "Europe/Moscow")])
        .await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER, "the form itself works");
    for method in [Method::PUT, Method::TRACE] {
        let unrouted = app
            .send(
                Request::builder()
                    .method(method.clone())
                    .uri("/healthz")
                    .header(header::AUTHORIZATION, "Bearer junk")
                    .body(Body::empty())
                    .expect("request"),
            )
            .await;
        assert_eq!(
            unrouted.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} is no route's: the method is wrong, whatever the credentials"
        );
    }
}

async fn private_answers_are_marked_no_store_and_public_ones_are_not(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let session = app.sign_in("kz.envoy").await;
    let NewToken { token, .. } = app.create_token(&session, "reader").await;
    let no_store = Some("no-store".to_owned());

    let page = app.get("/me", As::Person(&session)).await;
    let api = app.get("/api/v1/me", As::Bearer(&token)).await;
    let error = app.get("/api/v1/texts/999999", As::Person(&session)).await;
    let page_error = app.get("/meetings/999999", As::Person(&session)).await;
    let sign_in = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "kz.envoy", "password": PASSWORD }),
        )
        .await;

    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header("cache-control"), no_store);
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.header("cache-control"), no_store);
    assert_eq!(error.status, StatusCode::NOT_FOUND);
    assert_eq!(error.header("cache-control"), no_store);
    assert_eq!(page_error.status, StatusCode::NOT_FOUND);
    assert_eq!(page_error.header("cache-control"), no_store);
    assert_eq!(sign_in.header("cache-control"), no_store);
    let stylesheet = app.get("/static/majlis.css", As::Person(&session)).await;
    assert_eq!(
        stylesheet.header("cache-control").as_deref(),
        Some("public, max-age=3600"),
        "static assets keep their own caching"
    );
    assert_eq!(
        app.get("/healthz", As::Nobody)
            .await
            .header("cache-control"),
        None
    );
}

async fn weak_passwords_are_refused_with_advice_and_nothing_changes(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let head = app.journal_head().await;

    let created = app
        .post(
            "/api/v1/users",
            As::Person(&admin),
            json!({ "username": "af.envoy", "password": "password1234", "display_name": "Envoy of Afghanistan" }),
        )
        .await;
    let reset = app
        .post(
            "/api/v1/users/kz.envoy/password",
            As::Person(&admin),
            json!({ "password": "qwertyuiopasdf" }),
        )
        .await;

    assert_eq!(created.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problem = created.problem();
    assert_eq!(problem.fields(), ["password"]);
    let message = problem.first_message();
    assert!(
        message.starts_with("is too easy to guess: this is a very common password"),
        "{message}"
    );
    assert_eq!(reset.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reset.problem().fields(), ["password"]);
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
    assert_eq!(
        sign_in_with(&app, "kz.envoy", PASSWORD).await,
        StatusCode::OK
    );
    let page = app
        .post_form(
            "/admin/users",
            &admin,
            &[
                ("username", "af.envoy"),
                ("display_name", "Envoy of Afghanistan"),
                ("password", "password1234"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text().contains("is too easy to guess"));
}

async fn a_weak_demo_password_is_refused_before_anything_is_loaded(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    let refused = app.app.load_demo(Some("password1234")).await;

    let Err(majlis::app::AppError::Invalid(errors)) = refused else {
        panic!("a weak MAJLIS_DEMO_PASSWORD was not refused");
    };
    assert_eq!(
        errors.fields()[0].field,
        "MAJLIS_DEMO_PASSWORD",
        "the message names the variable"
    );
    let english = majlis::i18n::Locale::new(majlis::domain::language::UiLanguage::English);
    assert!(
        english.fields(&errors).contains("is too easy to guess"),
        "{}",
        english.fields(&errors)
    );
    assert_eq!(app.scalar("SELECT count(*) FROM users").await, 0);
    let loaded = app
        .app
        .load_demo(None)
        .await
        .expect("random ones pass")
        .expect("nothing was loaded before");
    // Every account of the demo was made, each with its own random password.
    let admin = loaded
        .iter()
        .find(|account| account.username == "admin")
        .expect("an administrator");
    let admin = app.sign_in_with_password("admin", &admin.password).await;
    let mut users: Vec<String> = app
        .users(&admin)
        .await
        .into_iter()
        .map(|u| u.username)
        .collect();
    let mut accounts: Vec<String> = loaded.into_iter().map(|a| a.username).collect();
    users.sort();
    accounts.sort();
    assert_eq!(users, accounts);
    assert_eq!(users.len(), 15, "DEMO-DATA.md's fifteen accounts");
}

both_backends!(
    an_administrators_reset_ends_every_session_and_token_of_the_person,
    a_reset_on_the_administration_page_ends_the_persons_sessions,
    changing_ones_own_password_keeps_this_session_and_ends_the_others,
    changing_ones_password_on_the_profile_page_signs_out_the_other_browsers,
    tokens_are_listed_without_secrets_and_revoked_one_by_one,
    signing_out_with_a_bearer_token_revokes_that_token,
    sessions_are_listed_with_the_current_one_marked_and_ended_one_by_one,
    the_profile_page_lists_sessions_and_tokens_with_a_button_to_end_each,
    a_guesser_at_one_address_cannot_lock_the_envoy_out_from_another,
    a_stray_bearer_header_does_not_switch_off_csrf_on_forms,
    private_answers_are_marked_no_store_and_public_ones_are_not,
    weak_passwords_are_refused_with_advice_and_nothing_changes,
    a_weak_demo_password_is_refused_before_anything_is_loaded,
);
