//! Live updates (`GET /api/v1/events`, issue 10): a subscriber hears of each journal entry it
//! may read as it is committed, and of nothing else (DOMAIN.md §2: an invisible paper is not
//! announced by an event stream, not even as a number); it resumes after `Last-Event-ID` with
//! exactly what it missed; a person taken out of a delegation hears no more of the group; and
//! a write through one server process reaches a subscriber of another on the same database.
//!
//! The streams are read as a client reads them, through an independent Server-Sent Events
//! parser (`eventsource-stream`). Unless a story says otherwise the apps read the journal by
//! themselves only once an hour, so what arrives was carried by a commit's wake-up.

use std::pin::Pin;
use std::time::Duration;

use axum::http::{header, Method, StatusCode};
use eventsource_stream::Eventsource;
use futures_util::{Stream, StreamExt};
use serde::Deserialize;
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::both_backends;
use crate::helpers::{build_request, As, Session, TestApp};
use crate::requests::NewText;
use majlis::app::Settings;
use majlis::store::Backend;

/// Longer than any story: no event in these stories comes from the safety-net poll.
const NO_POLL: Duration = Duration::from_secs(3600);

/// How long a story waits for an event it expects before it fails. The promise is a second,
/// measured with 1,000 streams in `examples/events.rs` (BENCHMARKS.md), never timed here: with
/// the poll switched off, an event that arrives at all was carried by the commit's wake-up.
const PATIENCE: Duration = Duration::from_secs(10);

/// The `data` of an event, exactly (an unknown field fails the story).
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Announced {
    seq: i64,
    action: String,
    object: String,
    group: Option<String>,
}

type Events = Pin<
    Box<
        dyn Stream<
                Item = Result<
                    eventsource_stream::Event,
                    eventsource_stream::EventStreamError<axum::Error>,
                >,
            > + Send,
    >,
>;

/// An open event stream, read as a client reads it.
struct Subscriber {
    events: Events,
}

impl Subscriber {
    /// The next event, with its `id` checked against its `data`; fails the story if none
    /// comes within `PATIENCE`.
    async fn next(&mut self) -> Announced {
        let event = tokio::time::timeout(PATIENCE, self.events.next())
            .await
            .expect("an event arrives")
            .expect("the stream goes on")
            .expect("a well-formed event");
        let announced: Announced = serde_json::from_str(&event.data)
            .unwrap_or_else(|e| panic!("data is not an entry ({e}): {}", event.data));
        assert_eq!(
            event.id,
            announced.seq.to_string(),
            "the id is the entry's number"
        );
        announced
    }
}

async fn app(backend: Backend) -> TestApp {
    TestApp::init()
        .with_demo()
        .polling_journal_every(NO_POLL)
        .spawn(backend)
        .await
}

/// Opens `path` (`/api/v1/events`, with a query) as `who`, resuming after `last_event_id`.
async fn subscribe_to(
    app: &TestApp,
    path: &str,
    who: As<'_>,
    last_event_id: Option<&str>,
) -> Subscriber {
    let mut request = build_request(Method::GET, path, who, None);
    if let Some(id) = last_event_id {
        request
            .headers_mut()
            .insert("last-event-id", id.parse().expect("a header value"));
    }
    let response = app
        .router
        .clone()
        .oneshot(request)
        .await
        .expect("router answers");
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers();
    assert_eq!(headers[header::CONTENT_TYPE], "text/event-stream");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    Subscriber {
        events: Box::pin(response.into_body().into_data_stream().eventsource()),
    }
}

async fn subscribe(app: &TestApp, who: &Session) -> Subscriber {
    subscribe_to(app, "/api/v1/events", As::Person(who), None).await
}

/// Drafts a text distributed to the whole group, which every member's envoy may read.
async fn draft(app: &TestApp, who: &Session, title: &str) -> i64 {
    app.draft_text(
        who,
        NewText::new(title, "The participants met in Tashkent."),
    )
    .await
    .id
}

/// Circulates a restricted background note listed to `listed`, as the secretariat.
async fn circulate(app: &TestApp, secretariat: &Session, listed: &[&str]) -> i64 {
    let created = app
        .post(
            "/api/v1/groups/CGA/papers",
            As::Person(secretariat),
            json!({
                "title": "Rail corridor: freight outlook",
                "kind": "background",
                "body": "Железная дорога *Термез — Мазари-Шариф*.",
                "language": "ru",
                "distribution": "listed",
                "listed": listed,
                "classification": "restricted"
            }),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    created.json()["id"].as_i64().expect("an id")
}

async fn a_subscriber_hears_of_an_entry_it_may_read_carried_by_the_commit(backend: Backend) {
    let app = app(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let secretariat = app.sign_in("secretariat").await;
    let mut stream = subscribe(&app, &envoy).await;

    let text = draft(&app, &secretariat, "Joint statement on the corridor").await;
    let heard = stream.next().await;

    assert_eq!(
        heard,
        Announced {
            seq: app.journal_head().await,
            action: "text.create".to_owned(),
            object: format!("text:{text}"),
            group: Some("CGA".to_owned()),
        }
    );
}

async fn only_the_listed_parties_hear_of_a_listed_paper(backend: Backend) {
    let app = app(backend).await;
    let admin = app.sign_in("admin").await;
    app.create_user(&admin, "kg.attache")
        .await
        .assert_status(StatusCode::CREATED);
    let secretariat = app.sign_in("secretariat").await;
    let uz = app.sign_in("uz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    let observer = app.sign_in("tm.observer").await;
    let kg_token = app.create_token(&kg, "a program of Kyrgyzstan's").await;
    let mut uz_stream = subscribe(&app, &uz).await;
    let mut kg_stream = subscribe(&app, &kg).await;
    let mut kg_program =
        subscribe_to(&app, "/api/v1/events", As::Bearer(&kg_token.token), None).await;
    let mut observer_stream = subscribe(&app, &observer).await;
    let mut admin_stream = subscribe(&app, &admin).await;

    let paper = circulate(&app, &secretariat, &["UZ", "KZ"]).await;
    // Then something everyone in the group and the administrator may read.
    app.place(&admin, "CGA", "kg.attache", Some("KG"), "delegate")
        .await
        .assert_status(StatusCode::CREATED);
    let placed = app.journal_head().await;

    let about_paper = uz_stream.next().await;
    assert_eq!(about_paper.action, "paper.create");
    assert_eq!(about_paper.object, format!("paper:{paper}"));
    assert_eq!(uz_stream.next().await.seq, placed);
    for stream in [
        &mut kg_stream,
        &mut kg_program,
        &mut observer_stream,
        &mut admin_stream,
    ] {
        let first = stream.next().await;
        assert_eq!(
            (first.seq, first.action.as_str()),
            (placed, "delegation.add"),
            "the first thing heard is what came after the paper"
        );
    }
}

/// From the first entry, a person hears exactly the entries the journal shows them in full:
/// the journal's rule, not a copy of it. The demo's background note, listed to UZ and KZ, is
/// among them for UZ's envoy and nowhere for KG's.
async fn from_the_start_a_person_hears_what_the_journal_shows_them_in_full(backend: Backend) {
    let app = app(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    for (username, sees_the_note) in [("uz.envoy", true), ("kg.envoy", false)] {
        let who = app.sign_in(username).await;
        let head = app.journal_head().await;
        let shown: Vec<(i64, String, String)> = app
            .journal(&who, "after=0&limit=500")
            .await
            .into_iter()
            .filter(|entry| !entry.redacted && entry.seq <= head)
            .map(|entry| {
                (
                    entry.seq,
                    entry.action.expect("an action"),
                    entry.object.expect("an object"),
                )
            })
            .collect();
        assert!(shown.len() < 400, "the demo's journal fits one page");
        let mut stream = subscribe_to(&app, "/api/v1/events?after=0", As::Person(&who), None).await;
        let mut heard = Vec::new();
        while heard.len() < shown.len() {
            let event = stream.next().await;
            heard.push((event.seq, event.action, event.object));
        }
        assert_eq!(heard, shown, "{username}");
        let about_papers = heard
            .iter()
            .filter(|(_, action, _)| action == "paper.create");
        assert_eq!(about_papers.count() > 0, sees_the_note, "{username}");
        // Nothing more of the past: the next thing heard is new.
        draft(&app, &secretariat, &format!("A statement for {username}")).await;
        assert_eq!(stream.next().await.seq, app.journal_head().await);
    }
}

async fn a_stream_resumed_after_last_event_id_hears_exactly_what_it_missed(backend: Backend) {
    let app = app(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let secretariat = app.sign_in("secretariat").await;
    let mut stream = subscribe(&app, &envoy).await;
    draft(&app, &secretariat, "Before the connection dropped").await;
    let last = stream.next().await.seq;
    drop(stream);

    let missed_one = draft(&app, &secretariat, "While away, one").await;
    circulate(&app, &secretariat, &["KG", "TJ"]).await;
    let missed_two = draft(&app, &secretariat, "While away, two").await;

    for mut resumed in [
        subscribe_to(
            &app,
            "/api/v1/events",
            As::Person(&envoy),
            Some(&last.to_string()),
        )
        .await,
        subscribe_to(
            &app,
            &format!("/api/v1/events?after={last}"),
            As::Person(&envoy),
            None,
        )
        .await,
    ] {
        assert_eq!(resumed.next().await.object, format!("text:{missed_one}"));
        assert_eq!(resumed.next().await.object, format!("text:{missed_two}"));
    }
    // And a stream without Last-Event-ID starts at the head: the next thing is new.
    let mut fresh = subscribe(&app, &envoy).await;
    let new = draft(&app, &secretariat, "After coming back").await;
    assert_eq!(fresh.next().await.object, format!("text:{new}"));
}

async fn a_resume_point_that_is_not_an_entry_number_is_refused_clearly(backend: Backend) {
    let app = app(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    for bad in ["abc", "-1", "1.5", "99999999999999999999"] {
        let mut request = build_request(Method::GET, "/api/v1/events", As::Person(&envoy), None);
        request
            .headers_mut()
            .insert("last-event-id", bad.parse().expect("a header value"));
        let reply = app.send(request).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.header("content-type").as_deref(),
            Some("application/problem+json")
        );
        let problem: Value = reply.json();
        let errors = problem["errors"].as_array().expect("errors");
        assert_eq!(errors.len(), 1, "{problem}");
        assert_eq!(errors[0]["field"], "Last-Event-ID", "{problem}");
        assert_eq!(
            errors[0]["message"],
            "must be the sequence number of a journal entry: a whole number, 0 or more"
        );
    }
    let reply = app
        .get("/api/v1/events?after=yesterday", As::Person(&envoy))
        .await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json()["errors"][0]["field"], "after");
}

async fn nobody_signed_in_is_refused(backend: Backend) {
    let app = app(backend).await;
    let reply = app.get("/api/v1/events", As::Nobody).await;
    reply.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let reply = app.get("/api/v1/events", As::Bearer("not-a-token")).await;
    reply.assert_status(StatusCode::UNAUTHORIZED);
}

/// Rights are read again when an entry may change them: a person taken out of the demo
/// group's delegation hears nothing of that group from then on, not even of that, while they
/// still hear of the other group they sit in.
async fn a_person_taken_out_of_a_delegation_hears_no_more_of_the_group(backend: Backend) {
    let app = app(backend).await;
    let admin = app.sign_in("admin").await;
    app.post(
        "/api/v1/groups",
        As::Person(&admin),
        json!({
            "code": "WRG",
            "name": "Water Resources Group",
            "languages": ["English"],
            "time_zone": "Asia/Almaty",
            "parties": [{ "code": "UZ", "name": "Uzbekistan", "standing": "member" }],
            "rotation": ["UZ"]
        }),
    )
    .await
    .assert_status(StatusCode::CREATED);
    for username in ["uz.attache", "uz.expert"] {
        app.create_user(&admin, username)
            .await
            .assert_status(StatusCode::CREATED);
    }
    for group in ["CGA", "WRG"] {
        app.place(&admin, group, "uz.attache", Some("UZ"), "delegate")
            .await
            .assert_status(StatusCode::CREATED);
    }
    let attache = app.sign_in("uz.attache").await;
    let secretariat = app.sign_in("secretariat").await;
    let mut stream = subscribe(&app, &attache).await;

    app.request(
        Method::DELETE,
        "/api/v1/groups/CGA/delegations",
        As::Person(&admin),
        Some(json!({ "username": "uz.attache" })),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);
    draft(&app, &secretariat, "Not for former members").await;
    app.place(&admin, "WRG", "uz.expert", Some("UZ"), "delegate")
        .await
        .assert_status(StatusCode::CREATED);

    let first = stream.next().await;
    assert_eq!(
        (first.seq, first.group.as_deref()),
        (app.journal_head().await, Some("WRG"))
    );
}

/// A write through one server process reaches a subscriber of another on the same database:
/// on PostgreSQL by `NOTIFY` with the commit (neither process polls within the story), on
/// SQLite, where there is no such thing, by the other process's poll.
async fn a_write_through_one_process_reaches_a_subscriber_of_another(backend: Backend) {
    let app = app(backend).await;
    let poll = match backend {
        Backend::Postgres => NO_POLL,
        Backend::Sqlite => Duration::from_millis(200),
    };
    let other = app
        .another_process(Settings {
            live_poll: poll,
            ..Settings::default()
        })
        .await;
    let envoy = other.sign_in("uz.envoy").await;
    let mut stream = subscribe(&other, &envoy).await;
    let secretariat = app.sign_in("secretariat").await;

    let text = draft(&app, &secretariat, "Written by the first process").await;
    let heard = stream.next().await;

    assert_eq!(heard.object, format!("text:{text}"));
}

both_backends!(
    a_subscriber_hears_of_an_entry_it_may_read_carried_by_the_commit,
    only_the_listed_parties_hear_of_a_listed_paper,
    from_the_start_a_person_hears_what_the_journal_shows_them_in_full,
    a_stream_resumed_after_last_event_id_hears_exactly_what_it_missed,
    a_resume_point_that_is_not_an_entry_number_is_refused_clearly,
    nobody_signed_in_is_refused,
    a_person_taken_out_of_a_delegation_hears_no_more_of_the_group,
    a_write_through_one_process_reaches_a_subscriber_of_another,
);
