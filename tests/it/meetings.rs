//! Meetings: planning with rotation defaults, the lifecycle, agenda, attendance, calendars,
//! and who may do which.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Session, TestApp, PASSWORD, PUBLIC_URL};
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

/// Every calendar of a parsed `.ics` file, checked by an independent parser (not the crate
/// that writes them): each line, each component's BEGIN/END and each property must parse.
fn parse_calendars(text: &str) -> Vec<ical::parser::ical::component::IcalCalendar> {
    ical::IcalParser::new(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("not iCalendar ({e}):\n{text}"))
}

fn properties(list: &[ical::property::Property]) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for property in list {
        let previous = map.insert(
            property.name.clone(),
            property.value.clone().unwrap_or_default(),
        );
        assert!(previous.is_none(), "{} appears twice", property.name);
    }
    map
}

/// What RFC 5545 requires of an event (UID, DTSTAMP, DTSTART) and what ours say besides.
const EVENT_PROPERTIES: [&str; 8] = [
    "DESCRIPTION",
    "DTEND",
    "DTSTAMP",
    "DTSTART",
    "LOCATION",
    "STATUS",
    "SUMMARY",
    "UID",
];

fn ical_time(rfc3339: &str) -> String {
    let instant: jiff::Timestamp = rfc3339.parse().expect("an RFC 3339 instant");
    instant.strftime("%Y%m%dT%H%M%SZ").to_string()
}

async fn caller_of(app: &TestApp, username: &str) -> majlis::app::Caller {
    app.app
        .caller_by_username(&majlis::domain::names::Username::parse(username).expect("name"))
        .await
        .expect("caller")
}

async fn a_meeting_file_is_icalendar_with_a_stamp_and_every_property(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let id = app.planned_meeting(&envoy).await;
    let meeting = app
        .get(&format!("/api/v1/meetings/{id}"), As::Person(&envoy))
        .await
        .json();
    let ics = app
        .get(&format!("/meetings/{id}.ics"), As::Person(&envoy))
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    assert_eq!(
        ics.header("content-type").as_deref(),
        Some("text/calendar; charset=utf-8")
    );
    let text = ics.text();
    assert!(
        text.lines().all(|line| line.len() <= 75),
        "folded at 75 octets"
    );
    let calendars = parse_calendars(&text);
    assert_eq!(calendars.len(), 1);
    let calendar = properties(&calendars[0].properties);
    assert_eq!(calendar["VERSION"], "2.0");
    assert_eq!(calendar["PRODID"], "-//Majlis//Meetings//EN");
    assert_eq!(calendar["CALSCALE"], "GREGORIAN");
    assert_eq!(
        calendar["X-WR-CALNAME"],
        "Contact Group on Afghanistan: 2nd meeting"
    );
    assert_eq!(calendars[0].events.len(), 1);
    let event = properties(&calendars[0].events[0].properties);
    assert_eq!(
        event.keys().map(String::as_str).collect::<Vec<_>>(),
        EVENT_PROPERTIES
    );
    assert_eq!(event["UID"], format!("meeting-CGA-{id}@majlis"));
    assert_eq!(
        event["DTSTAMP"],
        app.app.now().strftime("%Y%m%dT%H%M%SZ").to_string(),
        "stamped with the server's clock"
    );
    assert_eq!(
        event["DTSTART"],
        ical_time(meeting["starts_at"].as_str().expect("start"))
    );
    assert_eq!(
        event["DTEND"],
        ical_time(meeting["ends_at"].as_str().expect("end"))
    );
    assert_eq!(
        event["SUMMARY"],
        "Contact Group on Afghanistan: 2nd meeting"
    );
    assert_eq!(
        event["LOCATION"], "Ministry of Foreign Affairs of the Kyrgyz Republic\\, Bishkek",
        "the comma of a TEXT value is escaped"
    );
    assert_eq!(
        event["DESCRIPTION"],
        "Hosted by Kyrgyzstan\\; chair KG. Venue time zone Asia/Bishkek."
    );
    assert_eq!(event["STATUS"], "TENTATIVE");
}

async fn the_personal_feed_is_icalendar_with_every_visible_meeting(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let token = app
        .app
        .renew_calendar_token(&caller_of(&app, "uz.envoy").await)
        .await
        .expect("token");
    let feed = app.get(&format!("/calendar/{token}.ics"), As::Nobody).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed
        .header("content-type")
        .expect("type")
        .starts_with("text/calendar"));
    let calendars = parse_calendars(&feed.text());
    assert_eq!(calendars.len(), 1);
    let calendar = properties(&calendars[0].properties);
    assert!(calendar["X-WR-CALNAME"].starts_with("Majlis: meetings of "));
    let events: Vec<BTreeMap<String, String>> = calendars[0]
        .events
        .iter()
        .map(|e| properties(&e.properties))
        .collect();
    assert_eq!(events.len(), 3);
    let stamp = app.app.now().strftime("%Y%m%dT%H%M%SZ").to_string();
    for event in &events {
        assert_eq!(
            event.keys().map(String::as_str).collect::<Vec<_>>(),
            EVENT_PROPERTIES
        );
        assert_eq!(event["DTSTAMP"], stamp);
        assert!(event["UID"].starts_with("meeting-CGA-"));
    }
    let mut statuses: Vec<&str> = events.iter().map(|e| e["STATUS"].as_str()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, ["CONFIRMED", "CONFIRMED", "TENTATIVE"]);
    assert_eq!(
        app.get("/calendar/not-a-token.ics", As::Nobody)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// A meeting of a group that kg.envoy does not belong to.
async fn meeting_of_another_group(app: &TestApp) -> i64 {
    let admin = app.sign_in("admin").await;
    let group = json!({
        "code": "CGX", "name": "Extended Contact Group", "languages": ["English"], "time_zone": "Asia/Tashkent",
        "parties": [
            { "code": "UZ", "name": "Uzbekistan", "standing": "member" },
            { "code": "KZ", "name": "Kazakhstan", "standing": "member" }
        ],
        "rotation": ["UZ", "KZ"]
    });
    let founded = app.post("/api/v1/groups", As::Person(&admin), group).await;
    assert_eq!(founded.status, StatusCode::CREATED, "{}", founded.text());
    let placed = app
        .post(
            "/api/v1/groups/CGX/delegations",
            As::Person(&admin),
            json!({ "username": "secretariat", "role": "secretariat" }),
        )
        .await;
    assert_eq!(placed.status, StatusCode::CREATED, "{}", placed.text());
    let secretariat = app.sign_in("secretariat").await;
    let planned = app
        .post(
            "/api/v1/groups/CGX/meetings",
            As::Person(&secretariat),
            meeting_body(),
        )
        .await;
    assert_eq!(planned.status, StatusCode::CREATED, "{}", planned.text());
    planned.json()["id"].as_i64().expect("id")
}

async fn a_meeting_file_answers_programs_with_a_token_and_refuses_the_rest(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kg.envoy").await;
    let id = app.planned_meeting(&envoy).await;
    let token = app
        .post(
            "/api/v1/tokens",
            As::Person(&envoy),
            json!({ "name": "calendar sync" }),
        )
        .await
        .json()["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let path = format!("/meetings/{id}.ics");
    let with_token = app.get(&path, As::Bearer(&token)).await;
    assert_eq!(with_token.status, StatusCode::OK, "{}", with_token.text());
    assert_eq!(parse_calendars(&with_token.text())[0].events.len(), 1);

    let program = app.get(&path, As::Nobody).await;
    assert_eq!(program.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        program.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let forged = app.get(&path, As::Bearer("0123456789abcdef")).await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);

    let browser = Request::builder()
        .uri(&path)
        .header(header::HOST, "majlis.test")
        .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
        .body(Body::empty())
        .expect("request");
    let browser = app.send(browser).await;
    assert_eq!(browser.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.header("location").as_deref(), Some("/signin"));

    let elsewhere = meeting_of_another_group(&app).await;
    let hidden = app
        .get(&format!("/meetings/{elsewhere}.ics"), As::Bearer(&token))
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    assert_eq!(
        hidden.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        app.get("/meetings/not-a-number.ics", As::Bearer(&token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn the_feed_address_comes_from_the_public_url_not_the_host_header(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let renew = Request::builder()
        .method(Method::POST)
        .uri("/me/calendar")
        .header(header::HOST, "evil.example")
        .header(header::ORIGIN, "http://evil.example")
        .header(header::COOKIE, format!("majlis_session={}", envoy.cookie))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::empty())
        .expect("request");
    let page = app.send(renew).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let text = page.text();
    assert!(!text.contains("evil.example"), "{text}");
    let prefix = format!("{PUBLIC_URL}/calendar/");
    let start = text.find(&prefix).expect("the feed address") + prefix.len();
    let token: String = text[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    assert!(text[start + token.len()..].starts_with(".ics"));
    let feed = app.get(&format!("/calendar/{token}.ics"), As::Nobody).await;
    assert_eq!(feed.status, StatusCode::OK, "the address shown works");
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
    a_meeting_file_is_icalendar_with_a_stamp_and_every_property,
    the_personal_feed_is_icalendar_with_every_visible_meeting,
    a_meeting_file_answers_programs_with_a_token_and_refuses_the_rest,
    the_feed_address_comes_from_the_public_url_not_the_host_header,
);
