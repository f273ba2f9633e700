//! The read cache (`app::cache`) never shows a page older than the database: a change made
//! by another process on the same database (a second `App` on the same SQLite file or
//! PostgreSQL database) is on the next page, and a session ended elsewhere is refused at once.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use majlis::app::groups::GroupChange;
use majlis::app::{App, Caller, Settings};
use majlis::domain::ids::MeetingId;
use majlis::domain::names::{Label, Note, Username};
use majlis::store::{Backend, Store};

/// A second process on the test's database, on the same clock.
async fn other_process(app: &TestApp) -> App {
    let store = Store::open(&app.database_url)
        .await
        .expect("a second process opens the database");
    App::with_clock(store, Settings::default(), app.app.clock.clone())
}

async fn person(app: &App, username: &str) -> Caller {
    let username = Username::parse(username).expect("a username");
    app.caller_by_username(&username).await.expect("a person")
}

/// A page as `who` sees it, after asserting it is served.
async fn page(app: &TestApp, path: &str, who: &Session) -> String {
    let reply = app.get(path, As::Person(who)).await;
    reply.assert_status(StatusCode::OK);
    reply.text()
}

async fn a_group_renamed_by_another_process_is_renamed_on_the_next_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let before = page(&app, "/groups/CGA", &envoy).await;
    assert!(before.contains("Contact Group on Afghanistan"), "{before}");
    assert_eq!(
        page(&app, "/groups/CGA", &envoy).await,
        before,
        "read twice, same page"
    );

    let other = other_process(&app).await;
    let admin = person(&other, "admin").await;
    let change = GroupChange {
        name: Some(Label::parse("Contact Group on Water").expect("a label")),
        ..GroupChange::default()
    };
    other
        .change_group(&admin, "CGA", change)
        .await
        .expect("renamed");

    let after = page(&app, "/groups/CGA", &envoy).await;
    assert!(after.contains("Contact Group on Water"), "{after}");
    assert!(!after.contains("Contact Group on Afghanistan"), "{after}");
    assert_eq!(app.group(&envoy).await.name, "Contact Group on Water");
}

async fn an_agenda_item_added_by_another_process_is_on_the_next_meeting_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let meeting = app.planned_meeting(&envoy).await;
    let path = format!("/meetings/{meeting}");
    let title = "Water sharing on the Amu Darya";
    assert!(!page(&app, &path, &envoy).await.contains(title));

    let other = other_process(&app).await;
    let secretariat = person(&other, "secretariat").await;
    let title_label = Label::parse(title).expect("a label");
    other
        .add_agenda_item(
            &secretariat,
            MeetingId::new(meeting),
            title_label,
            Note::default(),
        )
        .await
        .expect("added");

    assert!(page(&app, &path, &envoy).await.contains(title));
    let agenda = app
        .meeting(&envoy, meeting)
        .await
        .agenda
        .expect("an agenda");
    assert!(agenda.iter().any(|item| item.title == title));
}

async fn a_seat_removed_by_another_process_closes_the_group_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let meeting = app.planned_meeting(&envoy).await;
    page(&app, "/groups/CGA", &envoy).await;
    page(&app, &format!("/meetings/{meeting}"), &envoy).await;

    let other = other_process(&app).await;
    let admin = person(&other, "admin").await;
    let username = Username::parse("uz.envoy").expect("a username");
    other
        .remove_from_group(&admin, "CGA", &username)
        .await
        .expect("removed");

    let group = app.get("/groups/CGA", As::Person(&envoy)).await;
    assert_eq!(group.status, StatusCode::NOT_FOUND, "{}", group.text());
    let meeting = app
        .get(&format!("/meetings/{meeting}"), As::Person(&envoy))
        .await;
    assert_eq!(meeting.status, StatusCode::NOT_FOUND, "{}", meeting.text());
    // Someone still seated sees the group, so the 404 is the removal, not a broken page.
    let kz = app.sign_in("kz.envoy").await;
    page(&app, "/groups/CGA", &kz).await;
}

async fn a_session_ended_by_another_process_is_refused_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    page(&app, "/groups/CGA", &envoy).await;
    app.get("/api/v1/groups/CGA", As::Person(&envoy))
        .await
        .assert_status(StatusCode::OK);

    let other = other_process(&app).await;
    other.sign_out(&envoy.cookie).await.expect("signed out");

    let page = app.get("/groups/CGA", As::Person(&envoy)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text());
    assert_eq!(page.header("location").as_deref(), Some("/signin"));
    let api = app.get("/api/v1/groups/CGA", As::Person(&envoy)).await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED, "{}", api.text());
}

async fn a_change_in_this_process_is_on_the_next_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let admin = app.sign_in("admin").await;
    page(&app, "/groups/CGA", &envoy).await;
    app.patch(
        "/api/v1/groups/CGA",
        As::Person(&admin),
        json!({ "name": "Contact Group on Water" }),
    )
    .await
    .assert_status(StatusCode::OK);
    let after = page(&app, "/groups/CGA", &envoy).await;
    assert!(after.contains("Contact Group on Water"), "{after}");
}

both_backends!(
    a_group_renamed_by_another_process_is_renamed_on_the_next_page,
    an_agenda_item_added_by_another_process_is_on_the_next_meeting_page,
    a_seat_removed_by_another_process_closes_the_group_at_once,
    a_session_ended_by_another_process_is_refused_at_once,
    a_change_in_this_process_is_on_the_next_page,
);
