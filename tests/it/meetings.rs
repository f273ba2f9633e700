//! Meetings: planning with rotation defaults, the lifecycle, agenda, attendance, calendars,
//! and who may do which.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{error_fields, As, TestApp, PASSWORD};
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
    let meetings = app
        .get("/api/v1/groups/CGA/meetings", As::Person(&envoy))
        .await
        .json();
    let summary: Vec<(String, String, String)> = meetings
        .as_array()
        .expect("list")
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap_or_default().to_owned(),
                m["host"].as_str().unwrap_or_default().to_owned(),
                m["status"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "2nd meeting".to_owned(),
                "KG".to_owned(),
                "planned".to_owned()
            ),
            (
                "1st extraordinary meeting".to_owned(),
                "KZ".to_owned(),
                "concluded".to_owned()
            ),
            (
                "1st meeting".to_owned(),
                "UZ".to_owned(),
                "concluded".to_owned()
            ),
        ]
    );
    let first = &meetings[2];
    assert_eq!(first["starts_at"], "2025-08-26T05:00:00Z");
    assert_eq!(first["time_zone"], "Asia/Tashkent");
    let detail = app
        .get(
            &format!("/api/v1/meetings/{}", first["id"]),
            As::Person(&envoy),
        )
        .await
        .json();
    assert_eq!(detail["agenda"].as_array().expect("agenda").len(), 5);
    assert_eq!(
        detail["attendance"].as_array().expect("attendance").len(),
        4
    );
}

async fn the_next_meeting_defaults_to_the_next_party_in_rotation(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let reply = app
        .post(
            "/api/v1/groups/CGA/meetings",
            As::Person(&secretariat),
            meeting_body(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    let meeting = reply.json();
    assert_eq!(meeting["host"], "TJ", "after KG comes TJ");
    assert_eq!(meeting["chair"], "TJ");
    assert_eq!(meeting["name"], "3rd meeting");
    assert_eq!(meeting["status"], "planned");
}

async fn the_secretariat_runs_a_meeting_from_plan_to_conclusion(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = app.planned_meeting(&secretariat).await;
    let base = format!("/api/v1/meetings/{id}");
    let first = app
        .post(
            &format!("{base}/agenda"),
            As::Person(&secretariat),
            json!({ "title": "Water and energy" }),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    let first_id = first.json()["id"].as_i64().expect("id");
    let edited = app
        .patch(
            &format!("/api/v1/agenda/{first_id}"),
            As::Person(&secretariat),
            json!({ "title": "Water and energy cooperation", "description": "CASA-1000" }),
        )
        .await;
    assert_eq!(edited.status, StatusCode::NO_CONTENT);
    let detail = app.get(&base, As::Person(&secretariat)).await.json();
    let mut order: Vec<i64> = detail["agenda"]
        .as_array()
        .expect("agenda")
        .iter()
        .map(|i| i["id"].as_i64().expect("id"))
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
    assert_eq!(
        reordered.status,
        StatusCode::NO_CONTENT,
        "{}",
        reordered.text()
    );
    let detail = app.get(&base, As::Person(&secretariat)).await.json();
    assert_eq!(detail["agenda"][0]["title"], "Water and energy cooperation");
    let partial = app
        .request(
            Method::PUT,
            &format!("{base}/agenda/order"),
            As::Person(&secretariat),
            Some(json!({ "items": [first_id] })),
        )
        .await;
    assert_eq!(partial.status, StatusCode::UNPROCESSABLE_ENTITY);
    let present = app.post(&format!("{base}/attendance"), As::Person(&secretariat), json!({ "party": "KG", "name": "Special Representative of Kyrgyzstan", "title": "Head of delegation" })).await;
    assert_eq!(present.status, StatusCode::CREATED, "{}", present.text());
    for status in ["convened", "concluded"] {
        let moved = app
            .patch(&base, As::Person(&secretariat), json!({ "status": status }))
            .await;
        assert_eq!(moved.status, StatusCode::OK, "{}", moved.text());
        assert_eq!(moved.json()["status"], status);
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
        back.json()["detail"],
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

async fn observers_see_meetings_and_guests_only_their_invitations(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let observer = app.sign_in("tm.observer").await;
    let seen = app
        .get("/api/v1/groups/CGA/meetings", As::Person(&observer))
        .await
        .json();
    assert_eq!(seen.as_array().expect("list").len(), 3);
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
    assert_eq!(
        app.post("/api/v1/groups", As::Person(&admin), group)
            .await
            .status,
        StatusCode::CREATED
    );
    app.post("/api/v1/users", As::Person(&admin), json!({ "username": "af.envoy", "password": PASSWORD, "display_name": "Envoy of Afghanistan" })).await;
    for (user, party, role) in [
        ("af.envoy", Some("AF"), "envoy"),
        ("secretariat", None, "secretariat"),
    ] {
        let reply = app
            .post(
                "/api/v1/groups/CGX/delegations",
                As::Person(&admin),
                json!({ "username": user, "party": party, "role": role }),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    }
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
    let visible = app
        .get("/api/v1/groups/CGX/meetings", As::Person(&guest))
        .await
        .json();
    let ids: Vec<i64> = visible
        .as_array()
        .expect("list")
        .iter()
        .map(|m| m["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(ids, [open.json()["id"].as_i64().expect("id")]);
    let hidden = closed.json()["id"].as_i64().expect("id");
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
        error_fields(&reply.json()),
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
        observer_host.json()["errors"][0]["message"],
        "TM is not a member party of CGA"
    );
    let backwards = app
        .post("/api/v1/groups/CGA/meetings", As::Person(&secretariat), {
            let mut body = meeting_body();
            body["ends_at"] = json!("2027-03-09T12:00:00Z");
            body
        })
        .await;
    assert_eq!(error_fields(&backwards.json()), ["ends_at"]);
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
        .caller_by_username(&majlis::domain::names::Username::parse("uz.envoy").expect("name"))
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
    the_secretariat_runs_a_meeting_from_plan_to_conclusion,
    only_the_secretariat_and_the_chairs_envoy_manage_a_meeting,
    observers_see_meetings_and_guests_only_their_invitations,
    a_bad_meeting_is_refused_with_every_field_named,
    meetings_export_to_calendars,
);
