//! Meetings: planning with rotation defaults, the lifecycle, agenda, attendance, calendars,
//! and who may do which.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Session, TestApp, PASSWORD};
use crate::views::{AgendaItem, Meeting};
use majlis::store::Backend;

fn meeting_body() -> serde_json::Value {
    json!({
        "city": "Dushanbe",
        "venue": "Ministry of Foreign Affairs of the Republic of Tajikistan",
        "starts_at": "2027-03-10T05:00:00Z",
        "ends_at": "2027-03-10T12:00:00Z",
        "time_zone": "Asia/Dushanbe"
    })
}

async fn the_demo_shows_past_and_planned_meetings_newest_first(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let meetings = app.meetings(&envoy).await;
    let summary: Vec<(&str, &str, &str)> = meetings
        .iter()
        .map(|m| (m.name.as_str(), m.host.as_str(), m.status.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("2nd meeting", "KG", "planned"),
            ("1st extraordinary meeting", "KZ", "concluded"),
            ("1st meeting", "UZ", "concluded"),
        ]
    );
    let first = &meetings[2];
    assert_eq!(first.starts_at, "2025-08-26T05:00:00Z");
    assert_eq!(first.time_zone, "Asia/Tashkent");
    let detail = app.meeting(&envoy, first.id).await;
    // The five items of DEMO-DATA.md, each member's envoy present.
    let agenda = detail.agenda.expect("an agenda");
    assert_eq!(agenda.len(), 5);
    assert_eq!(
        agenda[0].title,
        "Establishing the Contact Group as a regular format of envoy-level dialogue"
    );
    let mut present: Vec<String> = detail
        .attendance
        .expect("attendance")
        .into_iter()
        .map(|a| a.party)
        .collect();
    present.sort();
    assert_eq!(present, app.group(&envoy).await.members);
}

async fn the_next_meeting_defaults_to_the_next_party_in_rotation(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let planned = app
        .meeting(&secretariat, app.planned_meeting(&secretariat).await)
        .await;
    let rotation = app.group(&secretariat).await.rotation;
    let after = rotation
        .iter()
        .position(|p| *p == planned.host)
        .expect("in rotation");
    let next = &rotation[(after + 1) % rotation.len()];
    let reply = app
        .post(
            "/api/v1/groups/CGA/meetings",
            As::Person(&secretariat),
            meeting_body(),
        )
        .await;
    let meeting: Meeting = reply.assert_status(StatusCode::CREATED).view();
    assert_eq!((planned.host.as_str(), next.as_str()), ("KG", "TJ"));
    assert_eq!(&meeting.host, next, "after KG comes TJ");
    assert_eq!(meeting.chair, "TJ");
    assert_eq!(meeting.ordinal, planned.ordinal + 1);
    assert_eq!(meeting.name, "3rd meeting");
    assert_eq!(meeting.status, "planned");
}

/// The planned meeting with one agenda item added and renamed; returns the meeting's path.
async fn agenda_item_added_and_renamed(app: &TestApp, secretariat: &Session) -> (String, i64) {
    let id = app.planned_meeting(secretariat).await;
    let first: AgendaItem = app
        .add_agenda_item(secretariat, id, "Water and energy")
        .await
        .assert_status(StatusCode::CREATED)
        .view();
    let edited = app
        .patch(
            &format!("/api/v1/agenda/{}", first.id),
            As::Person(secretariat),
            json!({ "title": "Water and energy cooperation", "description": "CASA-1000" }),
        )
        .await;
    assert_eq!(edited.status, StatusCode::NO_CONTENT);
    (format!("/api/v1/meetings/{id}"), first.id)
}

async fn the_secretariat_orders_the_agenda_whole(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let (base, first_id) = agenda_item_added_and_renamed(&app, &secretariat).await;
    let detail: Meeting = app.read(&base, As::Person(&secretariat)).await;
    let mut order: Vec<i64> = detail
        .agenda
        .expect("agenda")
        .iter()
        .map(|i| i.id)
        .collect();
    order.reverse();
    let reordered = app
        .request(
            Method::PUT,
            &format!("{base}/agenda/order"),
            As::Person(&secretariat),
            Some(json!({ "items": order })),
        )
        .await;
    reordered.assert_status(StatusCode::NO_CONTENT);
    let detail: Meeting = app.read(&base, As::Person(&secretariat)).await;
    let agenda = detail.agenda.expect("agenda");
    assert_eq!(agenda[0].title, "Water and energy cooperation");
    let partial = app
        .request(
            Method::PUT,
            &format!("{base}/agenda/order"),
            As::Person(&secretariat),
            Some(json!({ "items": [first_id] })),
        )
        .await;
    assert_eq!(partial.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn the_secretariat_runs_a_meeting_from_plan_to_conclusion(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let (base, _) = agenda_item_added_and_renamed(&app, &secretariat).await;
    let present = app.post(&format!("{base}/attendance"), As::Person(&secretariat), json!({ "party": "KG", "name": "Special Representative of Kyrgyzstan", "title": "Head of delegation" })).await;
    present.assert_status(StatusCode::CREATED);
    for status in ["convened", "concluded"] {
        let moved = app
            .patch(&base, As::Person(&secretariat), json!({ "status": status }))
            .await;
        let meeting: Meeting = moved.assert_status(StatusCode::OK).view();
        assert_eq!(meeting.status, status);
    }
    let after = app
        .post(
            &format!("{base}/agenda"),
            As::Person(&secretariat),
            json!({ "title": "Too late" }),
        )
        .await;
    assert_eq!(after.status, StatusCode::CONFLICT);
    let back = app
        .patch(
            &base,
            As::Person(&secretariat),
            json!({ "status": "planned" }),
        )
        .await;
    assert_eq!(back.status, StatusCode::CONFLICT);
    assert_eq!(
        back.problem().detail,
        "a concluded meeting cannot become planned"
    );
    let moved_city = app
        .patch(&base, As::Person(&secretariat), json!({ "city": "Osh" }))
        .await;
    assert_eq!(moved_city.status, StatusCode::CONFLICT);
}

async fn only_the_secretariat_and_the_chairs_envoy_manage_a_meeting(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let agenda = format!("/api/v1/meetings/{id}/agenda");
    let chair_envoy = app.sign_in("kg.envoy").await;
    let by_chair = app
        .post(
            &agenda,
            As::Person(&chair_envoy),
            json!({ "title": "Chair's item" }),
        )
        .await;
    assert_eq!(
        by_chair.status,
        StatusCode::CREATED,
        "the chair's envoy may"
    );
    for username in ["kz.envoy", "kg.deputy", "uz.delegate", "tm.observer"] {
        let person = app.sign_in(username).await;
        let reply = app
            .post(
                &agenda,
                As::Person(&person),
                json!({ "title": "Not mine to add" }),
            )
            .await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{username}");
        let plan = app
            .post(
                "/api/v1/groups/CGA/meetings",
                As::Person(&person),
                meeting_body(),
            )
            .await;
        assert_eq!(plan.status, StatusCode::FORBIDDEN, "{username} plans");
    }
    let admin = app.sign_in("admin").await;
    assert_eq!(
        app.post(&agenda, As::Person(&admin), json!({ "title": "Admin" }))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let tj_envoy = app.sign_in("tj.envoy").await;
    let own = app
        .post(
            "/api/v1/groups/CGA/meetings",
            As::Person(&tj_envoy),
            meeting_body(),
        )
        .await;
    assert_eq!(
        own.status,
        StatusCode::CREATED,
        "TJ chairs the next meeting, so its envoy may plan it"
    );
}

async fn an_observer_sees_every_meeting(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let observer = app.sign_in("tm.observer").await;
    let seen: Vec<i64> = app.meetings(&observer).await.iter().map(|m| m.id).collect();
    let secretariat = app.sign_in("secretariat").await;
    let all: Vec<i64> = app
        .meetings(&secretariat)
        .await
        .iter()
        .map(|m| m.id)
        .collect();
    assert!(!all.is_empty());
    assert_eq!(seen, all, "an observer sees every meeting");
}

/// The Extended Contact Group (UZ, KZ, and AF as a guest), with the envoy of Afghanistan and
/// the demo's secretariat seated in it.
async fn extended_group_with_a_guest(app: &TestApp) {
    let admin = app.sign_in("admin").await;
    let group = json!({
        "code": "CGX", "name": "Extended Contact Group", "languages": ["English"], "time_zone": "Asia/Tashkent",
        "parties": [
            { "code": "UZ", "name": "Uzbekistan", "standing": "member" },
            { "code": "KZ", "name": "Kazakhstan", "standing": "member" },
            { "code": "AF", "name": "Afghanistan", "standing": "guest" }
        ],
        "rotation": ["UZ", "KZ"]
    });
    let founded = app.post("/api/v1/groups", As::Person(&admin), group).await;
    assert_eq!(founded.status, StatusCode::CREATED);
    app.post("/api/v1/users", As::Person(&admin), json!({ "username": "af.envoy", "password": PASSWORD, "display_name": "Envoy of Afghanistan" }))
        .await
        .assert_status(StatusCode::CREATED);
    for (user, party, role) in [
        ("af.envoy", Some("AF"), "envoy"),
        ("secretariat", None, "secretariat"),
    ] {
        let reply = app.place(&admin, "CGX", user, party, role).await;
        reply.assert_status(StatusCode::CREATED);
    }
}

async fn a_guest_sees_only_the_meetings_it_is_invited_to(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    extended_group_with_a_guest(&app).await;
    let secretariat = app.sign_in("secretariat").await;
    let mut invited = meeting_body();
    invited["guests"] = json!(["AF"]);
    let open = app
        .post(
            "/api/v1/groups/CGX/meetings",
            As::Person(&secretariat),
            invited,
        )
        .await;
    assert_eq!(open.status, StatusCode::CREATED, "{}", open.text());
    let closed = app.post("/api/v1/groups/CGX/meetings", As::Person(&secretariat), json!({
        "format": "experts", "city": "Tashkent", "venue": "MFA", "starts_at": "2027-04-01T05:00:00Z", "ends_at": "2027-04-01T08:00:00Z"
    })).await;
    assert_eq!(closed.status, StatusCode::CREATED, "{}", closed.text());
    let guest = app.sign_in("af.envoy").await;
    let visible: Vec<Meeting> = app
        .read("/api/v1/groups/CGX/meetings", As::Person(&guest))
        .await;
    let ids: Vec<i64> = visible.iter().map(|m| m.id).collect();
    assert_eq!(ids, [open.view::<Meeting>().id]);
    let hidden = closed.view::<Meeting>().id;
    let organisers: Vec<Meeting> = app
        .read("/api/v1/groups/CGX/meetings", As::Person(&secretariat))
        .await;
    assert!(organisers.iter().any(|m| m.id == hidden), "it exists");
    assert_eq!(
        app.meeting(&secretariat, hidden).await.id,
        hidden,
        "the secretariat follows it"
    );
    assert_eq!(
        app.get(&format!("/api/v1/meetings/{hidden}"), As::Person(&guest))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let not_a_guest = app.post("/api/v1/groups/CGX/meetings", As::Person(&secretariat), json!({
        "city": "Tashkent", "venue": "MFA", "starts_at": "2027-05-01T05:00:00Z", "ends_at": "2027-05-01T08:00:00Z", "guests": ["TM"]
    })).await;
    assert_eq!(not_a_guest.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn a_bad_meeting_is_refused_with_every_field_named(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let head = app.journal_head().await;
    let reply = app
        .post("/api/v1/groups/CGA/meetings", As::Person(&secretariat), json!({
            "format": "summit", "host": "TM", "city": "", "venue": "MFA",
            "starts_at": "tomorrow", "ends_at": "2027-03-10T12:00:00Z", "time_zone": "Mars/Olympus"
        }))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.problem().fields(),
        ["format", "city", "time_zone", "starts_at"]
    );
    let observer_host = app
        .post("/api/v1/groups/CGA/meetings", As::Person(&secretariat), {
            let mut body = meeting_body();
            body["host"] = json!("TM");
            body
        })
        .await;
    assert_eq!(observer_host.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        observer_host.problem().first_message(),
        "TM is not a member party of CGA"
    );
    let backwards = app
        .post("/api/v1/groups/CGA/meetings", As::Person(&secretariat), {
            let mut body = meeting_body();
            body["ends_at"] = json!("2027-03-09T12:00:00Z");
            body
        })
        .await;
    assert_eq!(backwards.problem().fields(), ["ends_at"]);
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
}

async fn meetings_export_to_calendars(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let id = app.planned_meeting(&envoy).await;
    let ics = app
        .get(&format!("/meetings/{id}.ics"), As::Person(&envoy))
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics
        .header("content-type")
        .expect("type")
        .starts_with("text/calendar"));
    let text = ics.text();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.contains("SUMMARY:Contact Group on Afghanistan: 2nd meeting"));
    assert!(text.contains("LOCATION:Ministry of Foreign Affairs of the Kyrgyz Republic\\, Bishkek"));
    assert!(text.contains("STATUS:TENTATIVE"));
    let caller = app
        .app
        .caller(
            app.app
                .store
                .user_by_username(
                    &majlis::domain::names::Username::parse("uz.envoy").expect("name"),
                )
                .await
                .expect("user")
                .expect("exists")
                .id,
        )
        .await
        .expect("caller");
    let token = app.app.renew_calendar_token(&caller).await.expect("token");
    let feed = app.get(&format!("/calendar/{token}.ics"), As::Nobody).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.text().matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(
        app.get("/calendar/not-a-token.ics", As::Nobody)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

both_backends!(
    the_demo_shows_past_and_planned_meetings_newest_first,
    the_next_meeting_defaults_to_the_next_party_in_rotation,
    the_secretariat_orders_the_agenda_whole,
    the_secretariat_runs_a_meeting_from_plan_to_conclusion,
    only_the_secretariat_and_the_chairs_envoy_manage_a_meeting,
    an_observer_sees_every_meeting,
    a_guest_sees_only_the_meetings_it_is_invited_to,
    a_bad_meeting_is_refused_with_every_field_named,
    meetings_export_to_calendars,
);
