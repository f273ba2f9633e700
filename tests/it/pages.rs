//! The pages as a browser gets them: sign-in, the group page, forms and their errors.

use axum::http::StatusCode;

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp, PASSWORD};
use majlis::store::Backend;

async fn a_visitor_is_sent_to_sign_in_and_lands_on_the_group(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let home = app.get("/", As::Nobody).await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(home.header("location").as_deref(), Some("/signin"));
    let page = app.get("/groups/CGA", As::Nobody).await;
    assert_eq!(page.header("location").as_deref(), Some("/signin"));
    let form = app.get("/signin", As::Nobody).await;
    assert!(form
        .text()
        .contains("<form class=\"stack\" method=\"post\" action=\"/signin\""));
    let request = axum::http::Request::builder()
        .method("POST")
        .uri("/signin")
        .header("host", "majlis.test")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(format!(
            "username=uz.envoy&password={PASSWORD}"
        )))
        .expect("request");
    let signed_in = app.send(request).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.header("location").as_deref(), Some("/groups/CGA"));
}

async fn a_wrong_password_shows_the_form_again_with_a_message(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let request = axum::http::Request::builder()
        .method("POST")
        .uri("/signin")
        .header("host", "majlis.test")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(
            "username=uz.envoy&password=wrong-password",
        ))
        .expect("request");
    let reply = app.send(request).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert!(reply
        .text()
        .contains("The username or password is not right."));
    assert!(reply.text().contains("value=\"uz.envoy\""));
}

async fn the_group_page_shows_parties_delegations_and_meetings(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let page = app.get("/groups/CGA", As::Person(&envoy)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    for text in [
        "Contact Group on Afghanistan",
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
        "Turkmenistan",
        "observer",
        "2nd meeting",
        "Special Representative of Kazakhstan",
        "UNCLASSIFIED",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    assert!(
        html.contains("Plan the next meeting"),
        "a member's envoy may plan a meeting their party chairs"
    );
    let delegate = app.sign_in("uz.delegate").await;
    assert!(!app
        .get("/groups/CGA", As::Person(&delegate))
        .await
        .text()
        .contains("Plan the next meeting"));
}

async fn an_empty_agenda_title_is_shown_again_with_its_message(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let head = app.journal_head().await;
    let reply = app
        .post_form(
            &format!("/meetings/{id}/agenda"),
            &secretariat,
            &[("title", "  "), ("description", "")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply
        .text()
        .contains("<p class=\"field-error\" id=\"title-error\">must not be empty</p>"));
    assert_eq!(app.journal_head().await, head);
    let added = app
        .post_form(
            &format!("/meetings/{id}/agenda"),
            &secretariat,
            &[("title", "Water sharing"), ("description", "")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let page = app
        .get(
            &format!("/meetings/{id}?done=agenda"),
            As::Person(&secretariat),
        )
        .await
        .text();
    assert!(page.contains("Water sharing") && page.contains("The agenda is updated."));
}

async fn the_secretariat_plans_a_meeting_in_the_venues_local_time(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let form = app
        .get("/groups/CGA/meetings/new", As::Person(&secretariat))
        .await
        .text();
    assert!(form.contains("Next in rotation: TJ."));
    let reply = app
        .post_form(
            "/groups/CGA/meetings",
            &secretariat,
            &[
                ("format", "envoys"),
                ("host", "TJ"),
                ("chair", ""),
                ("city", "Dushanbe"),
                ("venue", "MFA of Tajikistan"),
                ("time_zone", "Asia/Dushanbe"),
                ("starts_at", "2027-03-10T10:00"),
                ("ends_at", "2027-03-10T17:00"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let location = reply.header("location").expect("location");
    let id = location
        .trim_start_matches("/meetings/")
        .split('?')
        .next()
        .expect("id")
        .to_owned();
    let id: i64 = id.parse().expect("a meeting id");
    let meeting = app.meeting(&secretariat, id).await;
    assert_eq!(meeting.starts_at, "2027-03-10T05:00:00Z");
    assert_eq!(meeting.host, "TJ");
}

async fn an_invisible_group_is_a_plain_not_found_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let reply = app.get("/groups/XYZ", As::Person(&envoy)).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.text().contains("Page not found"));
    let admin = app.sign_in("admin").await;
    let admin_view = app.get("/groups/CGA", As::Person(&admin)).await.text();
    assert!(admin_view
        .contains("Meetings are seen by the group&#39;s delegations and secretariat only."));
}

/// The longest text the rules allow, in Russian, through the page's form: each Cyrillic
/// letter arrives percent-encoded as six bytes, so the request is about 1.2 MB.
async fn the_longest_russian_text_the_rules_allow_is_drafted_from_the_form(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;

    let drafted = draft_in_russian(&app, &secretariat, &"ж".repeat(200_000)).await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER, "{}", drafted.text());

    // One character more is refused by the rule, which names the body, not by the size of
    // the request.
    let refused = draft_in_russian(&app, &secretariat, &"ж".repeat(200_001)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("must be at most 200000 characters"),
        "{}",
        refused.text()
    );
}

async fn draft_in_russian(app: &TestApp, secretariat: &Session, body: &str) -> Reply {
    app.post_form(
        "/groups/CGA/texts",
        secretariat,
        &[
            ("title", "Долгосрочная программа"),
            ("kind", "joint_statement"),
            ("language", "ru"),
            ("body", body),
            ("distribution", "group"),
            ("listed", ""),
            ("classification", "unclassified"),
        ],
    )
    .await
}

/// Drafts a text through the form of the group's page; returns its page's path.
async fn drafted_on_the_page(app: &TestApp, secretariat: &Session) -> String {
    let drafted = app
        .post_form(
            "/groups/CGA/texts",
            secretariat,
            &[
                ("title", "Statement on border crossings"),
                ("kind", "joint_statement"),
                ("language", "ru"),
                ("body", "Участники откроют пункт пропуска."),
                ("distribution", "group"),
                ("listed", ""),
                ("classification", "unclassified"),
            ],
        )
        .await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER, "{}", drafted.text());
    let location = drafted.header("location").expect("location");
    location.split('?').next().expect("path").to_owned()
}

async fn the_penholder_drafts_a_text_and_adds_a_language_from_its_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = drafted_on_the_page(&app, &secretariat).await;
    let added = app
        .post_form(
            &format!("{text}/languages"),
            &secretariat,
            &[
                ("language", "fa-AF"),
                ("status", "translation"),
                ("body", "شرکت کنندگان گذرگاه را باز خواهند کرد."),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let page = app.get(&text, As::Person(&secretariat)).await.text();
    assert!(
        page.contains("lang=\"fa-AF\" dir=\"rtl\""),
        "Dari runs right to left"
    );
}

/// A position as the procedure page's form sends it.
async fn position_on_the_page(
    app: &TestApp,
    who: &Session,
    procedure: &str,
    position: &str,
) -> Reply {
    app.post_form(
        &format!("{procedure}/positions"),
        who,
        &[
            ("party", "KZ"),
            ("position", position),
            ("reason", ""),
            ("statement", ""),
            ("confirm_by", ""),
        ],
    )
    .await
}

async fn the_chair_opens_a_round_from_the_text_page_and_an_envoy_answers_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = drafted_on_the_page(&app, &secretariat).await;
    let procedures = format!("{text}/procedures");
    let round = |deadline| {
        [
            ("kind", "consensus"),
            ("version", "1"),
            ("deadline", deadline),
            ("meeting", ""),
        ]
    };
    let bad = app
        .post_form(&procedures, &secretariat, &round("next week"))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("must be a date and time like"));
    let deadline = (app.app.now() + jiff::SignedDuration::from_hours(48))
        .to_zoned(jiff::tz::TimeZone::get("Asia/Tashkent").expect("zone"))
        .strftime("%Y-%m-%dT%H:%M")
        .to_string();
    let opened = app
        .post_form(&procedures, &secretariat, &round(&deadline))
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let procedure = opened.header("location").expect("location");
    let page = app.get(&procedure, As::Person(&secretariat)).await.text();
    assert!(
        page.contains("Consensus round on “<bdi>Statement on border crossings</bdi>”, version 1")
    );
    let kz = app.sign_in("kz.envoy").await;
    let path = procedure.split('?').next().expect("path").to_owned();
    let recorded = position_on_the_page(&app, &kz, &path, "object").await;
    assert_eq!(
        recorded.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an objection without a reason is shown again"
    );
    let recorded = position_on_the_page(&app, &kz, &path, "concur").await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);
    let inbox = app
        .get("/inbox", As::Person(&app.sign_in("uz.envoy").await))
        .await
        .text();
    assert!(inbox.contains("Statement on border crossings") && inbox.contains("needs your party"));
}

both_backends!(
    the_longest_russian_text_the_rules_allow_is_drafted_from_the_form,
    a_visitor_is_sent_to_sign_in_and_lands_on_the_group,
    a_wrong_password_shows_the_form_again_with_a_message,
    the_group_page_shows_parties_delegations_and_meetings,
    an_empty_agenda_title_is_shown_again_with_its_message,
    the_secretariat_plans_a_meeting_in_the_venues_local_time,
    an_invisible_group_is_a_plain_not_found_page,
    the_penholder_drafts_a_text_and_adds_a_language_from_its_page,
    the_chair_opens_a_round_from_the_text_page_and_an_envoy_answers_it,
);
