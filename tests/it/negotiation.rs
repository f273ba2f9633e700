//! Texts and decisions: drafting, brackets, amendments, consensus rounds, the silence
//! procedure, the decision record and who may see or do what.

use axum::http::StatusCode;
use jiff::SignedDuration;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{error_fields, As, Session, TestApp};
use majlis::store::Backend;

const BRACKETED: &str =
    "Участники [[{KZ} согласны || отмечают]] необходимость восстановления торговых связей.";

async fn draft(app: &TestApp, who: &Session, body: &str, distribution: &str) -> Value {
    let reply = app
        .post("/api/v1/groups/CGA/texts", As::Person(who), json!({
            "title": "Joint statement of the 2nd meeting",
            "kind": "joint_statement",
            "language": "ru",
            "body": body,
            "distribution": distribution,
            "translations": [{ "language": "en", "body": "The participants agree on restoring trade links." }]
        }))
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    reply.json()
}

fn later(app: &TestApp, hours: i64) -> String {
    (app.app.now() + SignedDuration::from_hours(hours)).to_string()
}

async fn open(
    app: &TestApp,
    who: &Session,
    text: i64,
    kind: &str,
    version: i64,
    hours: i64,
) -> i64 {
    let reply = app
        .post(
            &format!("/api/v1/texts/{text}/procedures"),
            As::Person(who),
            json!({ "kind": kind, "version": version, "deadline": later(app, hours) }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    assert_eq!(reply.json()["state"], "open");
    reply.json()["id"].as_i64().expect("id")
}

async fn position(
    app: &TestApp,
    who: &Session,
    procedure: i64,
    body: Value,
) -> crate::helpers::Reply {
    app.post(
        &format!("/api/v1/procedures/{procedure}/positions"),
        As::Person(who),
        body,
    )
    .await
}

async fn a_draft_is_amended_and_adopted_by_consensus(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(&app, &secretariat, BRACKETED, "members").await;
    let id = text["id"].as_i64().expect("id");
    assert_eq!(text["penholder"], "KZ", "the chair holds the pen");
    assert_eq!(text["open_brackets"][0]["holders"], json!(["KZ"]));
    assert_eq!(
        text["open_brackets"][0]["alternatives"],
        json!(["согласны", "отмечают"])
    );
    assert_eq!(
        text["language_versions"]
            .as_array()
            .expect("languages")
            .len(),
        2
    );

    let refused = app
        .post(
            &format!("/api/v1/texts/{id}/procedures"),
            As::Person(&secretariat),
            json!({ "kind": "consensus", "version": 1, "deadline": later(&app, 48) }),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.json()["errors"][0]["message"]
        .as_str()
        .expect("message")
        .contains("bracket 1 (line 1, column 11) held by KZ"));

    let delegate = app.sign_in("kz.delegate").await;
    let amendment = app
        .post(&format!("/api/v1/texts/{id}/amendments"), As::Person(&delegate), json!({
            "version": 1, "passage": "[[{KZ} согласны || отмечают]]", "replacement": "согласны", "reason": "Kazakhstan lifts its bracket"
        }))
        .await;
    assert_eq!(
        amendment.status,
        StatusCode::CREATED,
        "{}",
        amendment.text()
    );
    let amendment = amendment.json();
    assert_eq!(amendment["party"], "KZ");
    assert!(amendment["diff"]
        .as_array()
        .expect("diff")
        .iter()
        .any(|part| part["change"] == "removed"));
    let by_observer = app.sign_in("tm.observer").await;
    assert_eq!(
        app.get(&format!("/api/v1/texts/{id}"), As::Person(&by_observer))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "members only"
    );

    let incorporated = app
        .post(
            &format!("/api/v1/amendments/{}/incorporate", amendment["id"]),
            As::Person(&secretariat),
            json!(null),
        )
        .await;
    assert_eq!(
        incorporated.status,
        StatusCode::OK,
        "{}",
        incorporated.text()
    );
    let text = incorporated.json();
    assert_eq!(text["versions"][1]["number"], 2);
    assert_eq!(text["versions"][1]["credited_party"], "KZ");
    assert_eq!(text["open_brackets"], json!([]));
    let again = app
        .post(
            &format!("/api/v1/amendments/{}/incorporate", amendment["id"]),
            As::Person(&secretariat),
            json!(null),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    let procedure = open(&app, &secretariat, id, "consensus", 2, 48).await;
    let kz = app.sign_in("kz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    let tj = app.sign_in("tj.envoy").await;
    let uz_deputy = app.sign_in("uz.deputy").await;
    assert_eq!(
        position(
            &app,
            &kz,
            procedure,
            json!({ "party": "KZ", "position": "concur" })
        )
        .await
        .status,
        StatusCode::OK
    );
    let statement = position(&app, &kg, procedure, json!({ "party": "KG", "position": "concur_with_statement", "statement": "Kyrgyzstan reads trade links to include energy." })).await;
    assert_eq!(statement.status, StatusCode::OK, "{}", statement.text());
    assert_eq!(
        position(
            &app,
            &tj,
            procedure,
            json!({ "party": "TJ", "position": "stand_aside" })
        )
        .await
        .status,
        StatusCode::OK
    );
    let unauthorised = position(
        &app,
        &uz_deputy,
        procedure,
        json!({ "party": "UZ", "position": "concur" }),
    )
    .await;
    assert_eq!(unauthorised.status, StatusCode::FORBIDDEN);
    assert_eq!(
        unauthorised.json()["detail"],
        "a deputy may act only while authorised by the envoy"
    );
    assert_eq!(
        position(
            &app,
            &kz,
            procedure,
            json!({ "party": "UZ", "position": "concur" })
        )
        .await
        .status,
        StatusCode::FORBIDDEN,
        "only for one's own party"
    );
    let uz = app.sign_in("uz.envoy").await;
    let authorised = app
        .post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(&uz),
            json!({ "deputy": "uz.deputy", "until": later(&app, 24) }),
        )
        .await;
    assert_eq!(authorised.status, StatusCode::CREATED);
    let ad_referendum = position(
        &app,
        &uz_deputy,
        procedure,
        json!({ "party": "UZ", "position": "ad_referendum", "confirm_by": later(&app, 12) }),
    )
    .await;
    assert_eq!(
        ad_referendum.status,
        StatusCode::OK,
        "{}",
        ad_referendum.text()
    );
    assert_eq!(
        ad_referendum.json()["state"],
        "open",
        "an ad referendum does not yet concur"
    );
    let confirmed = app
        .post(
            &format!("/api/v1/procedures/{procedure}/confirm"),
            As::Person(&uz),
            json!({ "party": "UZ" }),
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text());
    let view = confirmed.json();
    assert_eq!(view["state"], "adopted");
    let symbol = view["decision"]["symbol"]
        .as_str()
        .expect("symbol")
        .to_owned();
    assert!(
        symbol.starts_with("CGA/") && symbol.ends_with("/DEC/2"),
        "{symbol}"
    );
    let late = position(
        &app,
        &kz,
        procedure,
        json!({ "party": "KZ", "position": "object", "reason": "second thoughts" }),
    )
    .await;
    assert_eq!(late.status, StatusCode::CONFLICT);

    let decision = app
        .get(
            &format!("/api/v1/decisions/{}", view["decision"]["id"]),
            As::Person(&kg),
        )
        .await
        .json();
    assert_eq!(decision["symbol"], symbol.as_str());
    assert_eq!(decision["text_hash"], text["versions"][1]["hash"]);
    assert!(decision["body"]
        .as_str()
        .expect("body")
        .starts_with("Участники согласны"));
    assert_eq!(decision["statements"][0]["party"], "KG");
    let positions: Vec<(String, String)> = decision["positions"]
        .as_array()
        .expect("positions")
        .iter()
        .map(|p| {
            (
                p["party"].as_str().unwrap_or_default().to_owned(),
                p["position"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert!(
        positions.contains(&("TJ".into(), "stand_aside".into()))
            && positions.contains(&("UZ".into(), "concur".into()))
    );
    assert_eq!(
        decision["positions"]
            .as_array()
            .expect("positions")
            .iter()
            .find(|p| p["party"] == "UZ")
            .expect("UZ")["recorded_by"],
        "uz.envoy"
    );
    let listed = app
        .get("/api/v1/groups/CGA/decisions", As::Person(&kz))
        .await
        .json();
    assert_eq!(
        listed.as_array().expect("list").len(),
        2,
        "the demo's founding statement and this one"
    );
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
}

async fn a_round_without_consensus_fails_at_the_deadline_with_reasons(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(
        &app,
        &secretariat,
        "The participants note the roadmap.",
        "group",
    )
    .await;
    let procedure = open(
        &app,
        &secretariat,
        text["id"].as_i64().expect("id"),
        "consensus",
        1,
        24,
    )
    .await;
    let kz = app.sign_in("kz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    position(
        &app,
        &kz,
        procedure,
        json!({ "party": "KZ", "position": "concur" }),
    )
    .await;
    let objection = position(
        &app,
        &kg,
        procedure,
        json!({ "party": "KG", "position": "object" }),
    )
    .await;
    assert_eq!(
        objection.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an objection needs its reason"
    );
    position(
        &app,
        &kg,
        procedure,
        json!({ "party": "KG", "position": "object", "reason": "The water chapter is missing." }),
    )
    .await;
    let observer = app.sign_in("tm.observer").await;
    let by_observer = position(
        &app,
        &observer,
        procedure,
        json!({ "party": "TM", "position": "concur" }),
    )
    .await;
    assert_eq!(
        by_observer.status,
        StatusCode::FORBIDDEN,
        "observers have no voice"
    );
    let delegate = app.sign_in("tj.delegate").await;
    assert_eq!(
        position(
            &app,
            &delegate,
            procedure,
            json!({ "party": "TJ", "position": "concur" })
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        position(
            &app,
            &secretariat,
            procedure,
            json!({ "party": "KZ", "position": "concur" })
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );

    app.app.clock.advance(SignedDuration::from_hours(25));
    let kz = app.sign_in("kz.envoy").await;
    let view = app
        .get(&format!("/api/v1/procedures/{procedure}"), As::Person(&kz))
        .await
        .json();
    assert_eq!(
        view["state"], "not_adopted",
        "every read agrees with the deadline"
    );
    let reasons = view["reasons"].as_array().expect("reasons");
    assert!(
        reasons
            .iter()
            .any(|r| r.as_str().expect("text").contains("KG")
                && r.as_str().expect("text").contains("water chapter")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.as_str().expect("text").contains("TJ")),
        "{reasons:?}"
    );
    assert_eq!(
        app.app.close_due_procedures().await.expect("runs"),
        0,
        "the first read after the deadline recorded the closing already"
    );
    let journal = app
        .get("/api/v1/journal?group=CGA&limit=500", As::Person(&kz))
        .await
        .json();
    let closings = journal
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| {
            e["action"] == "procedure.close" && e["object"] == format!("procedure:{procedure}")
        })
        .count();
    assert_eq!(closings, 1, "closed exactly once");
    let late = position(
        &app,
        &kz,
        procedure,
        json!({ "party": "KZ", "position": "concur" }),
    )
    .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let decisions = app
        .get("/api/v1/groups/CGA/decisions", As::Person(&kz))
        .await
        .json();
    assert!(
        decisions
            .as_array()
            .expect("list")
            .iter()
            .all(|d| d["procedure"]["id"] != procedure),
        "no decision for a round that failed"
    );
}

async fn silence_kept_until_the_deadline_adopts_and_publishes_the_text(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(
        &app,
        &secretariat,
        "The participants support the Trans-Afghan railway feasibility study.",
        "public",
    )
    .await;
    let id = text["id"].as_i64().expect("id");
    let too_short = app
        .post(
            &format!("/api/v1/texts/{id}/procedures"),
            As::Person(&secretariat),
            json!({ "kind": "silence", "version": 1, "deadline": later(&app, 2) }),
        )
        .await;
    assert_eq!(too_short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&too_short.json()), ["deadline"]);
    let procedure = open(&app, &secretariat, id, "silence", 1, 30).await;
    let tj = app.sign_in("tj.envoy").await;
    let statement = app
        .post(
            &format!("/api/v1/procedures/{procedure}/statements"),
            As::Person(&tj),
            json!({ "party": "TJ", "statement": "Tajikistan recalls CASA-1000." }),
        )
        .await;
    assert_eq!(statement.status, StatusCode::OK, "{}", statement.text());
    assert_eq!(statement.json()["state"], "open");
    assert_eq!(
        app.get("/public/CGA/decisions", As::Nobody).await.status,
        StatusCode::OK
    );

    app.app.clock.advance(SignedDuration::from_hours(31));
    let tj = app.sign_in("tj.envoy").await;
    let view = app
        .get(&format!("/api/v1/procedures/{procedure}"), As::Person(&tj))
        .await
        .json();
    assert_eq!(view["state"], "adopted");
    assert_eq!(
        view["closed_at"], view["deadline"],
        "adopted at the deadline instant"
    );
    assert!(
        view["decision"]["symbol"].is_string(),
        "a page that says adopted has its decision: {view}"
    );
    assert_eq!(app.app.close_due_procedures().await.expect("runs"), 0);
    let late_break = app
        .post(
            &format!("/api/v1/procedures/{procedure}/break"),
            As::Person(&tj),
            json!({ "party": "TJ", "reason": "too late" }),
        )
        .await;
    assert_eq!(late_break.status, StatusCode::CONFLICT);
    let request = axum::http::Request::builder()
        .uri("/public/CGA/decisions")
        .header("host", "majlis.test")
        .header("accept", "application/json")
        .body(axum::body::Body::empty())
        .expect("request");
    let public = app.send(request).await.json();
    let ours = public
        .as_array()
        .expect("list")
        .iter()
        .find(|d| d["text"] == id)
        .expect("the adopted statement is public");
    assert_eq!(
        ours["statements"][0]["statement"],
        "Tajikistan recalls CASA-1000."
    );
    assert_eq!(ours["text_hash"], text["versions"][0]["hash"]);
}

async fn breaking_silence_ends_the_procedure_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(
        &app,
        &secretariat,
        "The participants welcome the Termez logistics hub.",
        "group",
    )
    .await;
    let procedure = open(
        &app,
        &secretariat,
        text["id"].as_i64().expect("id"),
        "silence",
        1,
        30,
    )
    .await;
    let uz = app.sign_in("uz.envoy").await;
    let secretariat_break = app
        .post(
            &format!("/api/v1/procedures/{procedure}/break"),
            As::Person(&secretariat),
            json!({ "party": "UZ", "reason": "no" }),
        )
        .await;
    assert_eq!(
        secretariat_break.status,
        StatusCode::FORBIDDEN,
        "the secretariat never breaks silence"
    );
    let broken = app.post(&format!("/api/v1/procedures/{procedure}/break"), As::Person(&uz), json!({ "party": "UZ", "reason": "Uzbekistan asks to name the hub's partners.", "replacement": "welcome the Termez logistics hub and its partners" })).await;
    assert_eq!(broken.status, StatusCode::OK, "{}", broken.text());
    let view = broken.json();
    assert_eq!(view["state"], "not_adopted");
    assert_eq!(view["broken_by"]["party"], "UZ");
    assert!(view["broken_by"]["reason"]
        .as_str()
        .expect("reason")
        .contains("Proposed amendment"));
    let kz = app.sign_in("kz.envoy").await;
    let after = app
        .post(
            &format!("/api/v1/procedures/{procedure}/break"),
            As::Person(&kz),
            json!({ "party": "KZ", "reason": "me too" }),
        )
        .await;
    assert_eq!(after.status, StatusCode::CONFLICT);
}

async fn a_new_version_supersedes_the_open_procedure(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(&app, &secretariat, "First wording.", "group").await;
    let id = text["id"].as_i64().expect("id");
    let procedure = open(&app, &secretariat, id, "consensus", 1, 48).await;
    let kz_delegate = app.sign_in("kz.delegate").await;
    let version = app
        .post(
            &format!("/api/v1/texts/{id}/versions"),
            As::Person(&kz_delegate),
            json!({ "body": "Second wording." }),
        )
        .await;
    assert_eq!(version.status, StatusCode::CREATED, "{}", version.text());
    let view = app
        .get(
            &format!("/api/v1/procedures/{procedure}"),
            As::Person(&secretariat),
        )
        .await
        .json();
    assert_eq!(view["state"], "superseded");
    let uz_delegate = app.sign_in("uz.delegate").await;
    let not_penholder = app
        .post(
            &format!("/api/v1/texts/{id}/versions"),
            As::Person(&uz_delegate),
            json!({ "body": "Third wording." }),
        )
        .await;
    assert_eq!(not_penholder.status, StatusCode::FORBIDDEN);
    let malformed = app
        .post(
            &format!("/api/v1/texts/{id}/versions"),
            As::Person(&kz_delegate),
            json!({ "body": "Open [[ never closed" }),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(malformed.json()["errors"][0]["message"]
        .as_str()
        .expect("message")
        .starts_with("line 1, column 6"));
}

async fn a_listed_draft_is_invisible_to_parties_not_listed(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.delegate").await;
    let reply = app
        .post(
            "/api/v1/groups/CGA/texts",
            As::Person(&uz),
            json!({
                "title": "Non-paper on transit fees", "kind": "non_paper", "language": "en",
                "body": "Ideas for discussion.", "distribution": "listed", "listed": ["TJ"]
            }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    let id = reply.json()["id"].as_i64().expect("id");
    let tj = app.sign_in("tj.envoy").await;
    assert_eq!(
        app.get(&format!("/api/v1/texts/{id}"), As::Person(&tj))
            .await
            .status,
        StatusCode::OK
    );
    for username in ["kz.envoy", "kg.envoy", "tm.observer", "secretariat"] {
        let person = app.sign_in(username).await;
        assert_eq!(
            app.get(&format!("/api/v1/texts/{id}"), As::Person(&person))
                .await
                .status,
            StatusCode::NOT_FOUND,
            "{username}"
        );
        let list = app
            .get("/api/v1/groups/CGA/texts", As::Person(&person))
            .await
            .json();
        assert!(
            list.as_array().expect("list").iter().all(|t| t["id"] != id),
            "{username} must not see it listed"
        );
        let journal = app
            .get("/api/v1/journal?group=CGA&limit=500", As::Person(&person))
            .await
            .json();
        assert!(
            journal
                .as_array()
                .expect("entries")
                .iter()
                .all(|e| e["object"] != format!("text:{id}")),
            "{username} must not read its journal entry"
        );
    }
    let national = app.post("/api/v1/groups/CGA/texts", As::Person(&uz), json!({
        "title": "Instructions", "kind": "non_paper", "language": "en", "body": "For our delegation.", "distribution": "national"
    })).await;
    let national = national.json()["id"].as_i64().expect("id");
    let secretariat = app.sign_in("secretariat").await;
    assert_eq!(
        app.get(
            &format!("/api/v1/texts/{national}"),
            As::Person(&secretariat)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let uz_envoy = app.sign_in("uz.envoy").await;
    assert_eq!(
        app.get(&format!("/api/v1/texts/{national}"), As::Person(&uz_envoy))
            .await
            .status,
        StatusCode::OK
    );
}

async fn the_last_two_positions_at_once_adopt_exactly_once(backend: Backend) {
    use axum::body::Body;
    use axum::http::{header, Method, Request};
    use tower::ServiceExt;

    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(
        &app,
        &secretariat,
        "The participants meet again in spring.",
        "group",
    )
    .await;
    let procedure = open(
        &app,
        &secretariat,
        text["id"].as_i64().expect("id"),
        "consensus",
        1,
        48,
    )
    .await;
    for (user, party) in [("kz.envoy", "KZ"), ("kg.envoy", "KG")] {
        let envoy = app.sign_in(user).await;
        position(
            &app,
            &envoy,
            procedure,
            json!({ "party": party, "position": "concur" }),
        )
        .await;
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (user, party) in [("tj.envoy", "TJ"), ("uz.envoy", "UZ")] {
        let envoy = app.sign_in(user).await;
        let router = app.router.clone();
        tasks.spawn(async move {
            let request = Request::builder()
                .method(Method::POST)
                .uri(format!("/api/v1/procedures/{procedure}/positions"))
                .header(header::HOST, "majlis.test")
                .header("sec-fetch-site", "same-origin")
                .header(header::COOKIE, format!("majlis_session={}", envoy.cookie))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({ "party": party, "position": "concur" }).to_string(),
                ))
                .expect("request");
            router.oneshot(request).await.expect("answer").status()
        });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.expect("task"), StatusCode::OK);
    }
    let decisions = app
        .get("/api/v1/groups/CGA/decisions", As::Person(&secretariat))
        .await
        .json();
    let ours = decisions
        .as_array()
        .expect("list")
        .iter()
        .filter(|d| d["procedure"]["id"] == procedure)
        .count();
    assert_eq!(ours, 1, "adopted exactly once");
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
}

async fn two_servers_on_one_database_close_a_deadline_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = draft(
        &app,
        &secretariat,
        "The participants will meet in Bishkek.",
        "group",
    )
    .await;
    open(
        &app,
        &secretariat,
        text["id"].as_i64().expect("id"),
        "silence",
        1,
        30,
    )
    .await;
    let other = majlis::app::App::with_clock(
        majlis::store::Store::open(&app.database_url)
            .await
            .expect("second process opens the database"),
        majlis::app::Settings::default(),
        app.app.clock.clone(),
    );
    app.app.clock.advance(SignedDuration::from_hours(31));
    let (one, two) = tokio::join!(app.app.close_due_procedures(), other.close_due_procedures());
    let one = one.expect("first closes or finds nothing");
    let two = two.expect("second closes or finds nothing");
    assert_eq!(one + two, 1, "closed by exactly one of them");
    let decisions = majlis::store::Store::open(&app.database_url)
        .await
        .expect("open");
    let group = decisions
        .group_by_code(&majlis::domain::names::GroupCode::parse("CGA").expect("code"))
        .await
        .expect("read")
        .expect("group");
    assert_eq!(
        decisions
            .decisions_of_group(group.id)
            .await
            .expect("read")
            .len(),
        2,
        "the demo's and this one"
    );
}

async fn a_decision_in_session_is_final_when_the_absent_keep_silence(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    let convened = app
        .patch(
            &format!("/api/v1/meetings/{meeting}"),
            As::Person(&secretariat),
            json!({ "status": "convened" }),
        )
        .await;
    assert_eq!(convened.status, StatusCode::OK);
    let text = draft(
        &app,
        &secretariat,
        "The participants agree to meet every six months.",
        "group",
    )
    .await;
    let id = text["id"].as_i64().expect("id");
    let too_early = app
        .post(&format!("/api/v1/texts/{id}/procedures"), As::Person(&secretariat), json!({ "kind": "in_session", "meeting": meeting, "version": 1, "deadline": later(&app, 6) }))
        .await;
    assert_eq!(
        too_early.status,
        StatusCode::CONFLICT,
        "no attendance yet: {}",
        too_early.text()
    );
    for party in ["KZ", "KG", "TJ"] {
        let present = app
            .post(
                &format!("/api/v1/meetings/{meeting}/attendance"),
                As::Person(&secretariat),
                json!({ "party": party, "name": format!("Envoy of {party}") }),
            )
            .await;
        assert_eq!(present.status, StatusCode::CREATED);
    }
    let opened = app
        .post(&format!("/api/v1/texts/{id}/procedures"), As::Person(&secretariat), json!({ "kind": "in_session", "meeting": meeting, "version": 1, "deadline": later(&app, 6) }))
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.text());
    let round = opened.json()["id"].as_i64().expect("id");
    let view = app
        .get(
            &format!("/api/v1/procedures/{round}"),
            As::Person(&secretariat),
        )
        .await
        .json();
    assert_eq!(view["members"], json!(["KG", "KZ", "TJ"]));
    assert_eq!(view["meeting"], meeting);
    let kz = app.sign_in("kz.envoy").await;
    assert_eq!(
        position(
            &app,
            &kz,
            round,
            json!({ "party": "KZ", "position": "concur" })
        )
        .await
        .status,
        StatusCode::OK
    );
    let noted = app
        .post(
            &format!("/api/v1/procedures/{round}/chair-notes"),
            As::Person(&secretariat),
            json!({ "party": "KG" }),
        )
        .await;
    assert_eq!(
        noted.status,
        StatusCode::OK,
        "the chair notes no objection in the room: {}",
        noted.text()
    );
    let uz = app.sign_in("uz.envoy").await;
    let absent = position(
        &app,
        &uz,
        round,
        json!({ "party": "UZ", "position": "concur" }),
    )
    .await;
    assert_eq!(
        absent.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an absent party is asked by silence, not in the room"
    );
    let tj = app.sign_in("tj.envoy").await;
    let last = position(
        &app,
        &tj,
        round,
        json!({ "party": "TJ", "position": "concur" }),
    )
    .await
    .json();
    assert_eq!(last["state"], "adopted");
    assert!(
        last["decision"].is_null(),
        "not final while the absent are asked"
    );
    let text_view = app
        .get(&format!("/api/v1/texts/{id}"), As::Person(&uz))
        .await
        .json();
    let silence = text_view["procedures"]
        .as_array()
        .expect("procedures")
        .iter()
        .find(|p| p["kind"] == "silence")
        .expect("a silence asks the absent")["id"]
        .as_i64()
        .expect("id");
    let asked = app
        .get(&format!("/api/v1/procedures/{silence}"), As::Person(&uz))
        .await
        .json();
    assert_eq!(asked["members"], json!(["UZ"]));
    assert_eq!(asked["session_round"], round);

    app.app.clock.advance(SignedDuration::from_hours(25));
    assert_eq!(app.app.close_due_procedures().await.expect("closes"), 1);
    let kz = app.sign_in("kz.envoy").await;
    let done = app
        .get(&format!("/api/v1/procedures/{silence}"), As::Person(&kz))
        .await
        .json();
    assert_eq!(done["state"], "adopted");
    let decision = app
        .get(
            &format!("/api/v1/decisions/{}", done["decision"]["id"]),
            As::Person(&kz),
        )
        .await
        .json();
    let parties: Vec<&str> = decision["positions"]
        .as_array()
        .expect("positions")
        .iter()
        .map(|p| p["party"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        parties,
        ["KG", "KZ", "TJ"],
        "the positions taken in the room"
    );
}

both_backends!(
    a_draft_is_amended_and_adopted_by_consensus,
    a_round_without_consensus_fails_at_the_deadline_with_reasons,
    silence_kept_until_the_deadline_adopts_and_publishes_the_text,
    breaking_silence_ends_the_procedure_at_once,
    a_new_version_supersedes_the_open_procedure,
    a_listed_draft_is_invisible_to_parties_not_listed,
    the_last_two_positions_at_once_adopt_exactly_once,
    two_servers_on_one_database_close_a_deadline_once,
    a_decision_in_session_is_final_when_the_absent_keep_silence,
);
