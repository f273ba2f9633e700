//! How procedures end: a round that fails at its deadline with its reasons, silence kept or
//! broken, a round in session whose absent parties are asked by silence, and the races to
//! close: two last positions at once, two servers reaching one deadline.

use axum::http::StatusCode;
use jiff::SignedDuration;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{build_request, As, Session, TestApp};
use crate::negotiation::joint_statement;
use crate::requests::NewProcedure;
use crate::views::{Decision, Procedure};
use majlis::store::Backend;

/// A group text drafted by the secretariat with `body`, under a procedure `hours` long;
/// returns the text's and the procedure's ids.
async fn under_procedure(
    app: &TestApp,
    secretariat: &Session,
    body: &str,
    distribution: &str,
    procedure: impl Fn(&str) -> NewProcedure,
    hours: i64,
) -> (i64, i64) {
    let text = app
        .draft_text(
            secretariat,
            joint_statement(body).distribution(distribution),
        )
        .await;
    let deadline = app.later(hours);
    let procedure = app
        .open_procedure(secretariat, text.id, procedure(&deadline))
        .await;
    (text.id, procedure)
}

fn consensus(deadline: &str) -> NewProcedure {
    NewProcedure::consensus(1, deadline)
}

fn silence(deadline: &str) -> NewProcedure {
    NewProcedure::silence(1, deadline)
}

async fn an_objection_needs_its_reason_and_only_a_partys_envoy_records_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants note the roadmap.";
    let (_, round) = under_procedure(&app, &secretariat, body, "group", consensus, 24).await;
    let kg = app.sign_in("kg.envoy").await;
    let objection = app.record_position(&kg, round, "KG", "object").await;
    assert_eq!(
        objection.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an objection needs its reason"
    );
    let observer = app.sign_in("tm.observer").await;
    let by_observer = app.record_position(&observer, round, "TM", "concur").await;
    assert_eq!(
        by_observer.status,
        StatusCode::FORBIDDEN,
        "observers have no voice"
    );
    let delegate = app.sign_in("tj.delegate").await;
    let by_delegate = app.record_position(&delegate, round, "TJ", "concur").await;
    assert_eq!(by_delegate.status, StatusCode::FORBIDDEN);
    let for_kz = app
        .record_position(&secretariat, round, "KZ", "concur")
        .await;
    assert_eq!(for_kz.status, StatusCode::FORBIDDEN);
    let kz = app.sign_in("kz.envoy").await;
    let own = app.record_position(&kz, round, "KZ", "concur").await;
    assert_eq!(own.status, StatusCode::OK, "the envoy speaks for its party");
}

async fn a_round_with_an_objection_fails_at_the_deadline_with_reasons(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants note the roadmap.";
    let (_, round) = under_procedure(&app, &secretariat, body, "group", consensus, 24).await;
    let kz = app.sign_in("kz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    app.record_position(&kz, round, "KZ", "concur")
        .await
        .assert_status(StatusCode::OK);
    let objection =
        json!({ "party": "KG", "position": "object", "reason": "The water chapter is missing." });
    app.act(&kg, round, "positions", objection)
        .await
        .assert_status(StatusCode::OK);

    app.app.clock.advance(SignedDuration::from_hours(25));
    let kz = app.sign_in("kz.envoy").await;
    let view = app.procedure(&kz, round).await;
    assert_eq!(
        view.state, "not_adopted",
        "every read agrees with the deadline"
    );
    let reasons = &view.reasons;
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("KG") && r.contains("water chapter")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("TJ")), "{reasons:?}");
    assert_eq!(
        app.app.close_due_procedures().await.expect("runs"),
        0,
        "the first read after the deadline recorded the closing already"
    );
    let journal = app.journal(&kz, "group=CGA&limit=500").await;
    let object = format!("procedure:{round}");
    let closings = journal
        .iter()
        .filter(|e| {
            e.action.as_deref() == Some("procedure.close")
                && e.object.as_deref() == Some(object.as_str())
        })
        .count();
    assert_eq!(closings, 1, "closed exactly once");
    let late = app.record_position(&kz, round, "KZ", "concur").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let decisions = app.decisions(&kz).await;
    assert!(!decisions.is_empty(), "the demo's decision is listed");
    assert!(
        decisions.iter().all(|d| d.procedure.id != round),
        "no decision for a round that failed"
    );
}

async fn a_silence_shorter_than_the_groups_minimum_is_refused(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants support the Trans-Afghan railway feasibility study.";
    let text = app
        .draft_text(&secretariat, joint_statement(body).distribution("public"))
        .await;
    let too_short = app
        .try_open_procedure(&secretariat, text.id, &silence(&app.later(2)))
        .await;
    assert_eq!(too_short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(too_short.problem().fields(), ["deadline"]);
    let long_enough = app
        .try_open_procedure(&secretariat, text.id, &silence(&app.later(30)))
        .await;
    assert_eq!(long_enough.status, StatusCode::CREATED);
}

async fn silence_kept_until_the_deadline_adopts_and_publishes_the_text(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants support the Trans-Afghan railway feasibility study.";
    let text = app
        .draft_text(&secretariat, joint_statement(body).distribution("public"))
        .await;
    let procedure = app
        .open_procedure(&secretariat, text.id, silence(&app.later(30)))
        .await;
    let tj = app.sign_in("tj.envoy").await;
    let statement = app
        .act(
            &tj,
            procedure,
            "statements",
            json!({ "party": "TJ", "statement": "Tajikistan recalls CASA-1000." }),
        )
        .await;
    let view: Procedure = statement.assert_status(StatusCode::OK).view();
    assert_eq!(view.state, "open");
    assert_eq!(app.public_decisions().await.status, StatusCode::OK);

    app.app.clock.advance(SignedDuration::from_hours(31));
    let tj = app.sign_in("tj.envoy").await;
    let view = app.procedure(&tj, procedure).await;
    assert_eq!(view.state, "adopted");
    assert_eq!(
        view.closed_at.as_deref(),
        Some(view.deadline.as_str()),
        "adopted at the deadline instant"
    );
    assert!(
        view.decision.is_some(),
        "a page that says adopted has its decision: {view:?}"
    );
    assert_eq!(app.app.close_due_procedures().await.expect("runs"), 0);
    let late_break = app
        .act(
            &tj,
            procedure,
            "break",
            json!({ "party": "TJ", "reason": "too late" }),
        )
        .await;
    assert_eq!(late_break.status, StatusCode::CONFLICT);
    let public: Vec<Decision> = app
        .public_decisions()
        .await
        .assert_status(StatusCode::OK)
        .view();
    let ours = public
        .iter()
        .find(|d| d.text == text.id)
        .expect("the adopted statement is public");
    assert_eq!(
        ours.statements[0].statement,
        "Tajikistan recalls CASA-1000."
    );
    assert_eq!(ours.text_hash, text.versions[0].hash);
}

async fn breaking_silence_ends_the_procedure_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants welcome the Termez logistics hub.";
    let (_, procedure) = under_procedure(&app, &secretariat, body, "group", silence, 30).await;
    let secretariat_break = app
        .act(
            &secretariat,
            procedure,
            "break",
            json!({ "party": "UZ", "reason": "no" }),
        )
        .await;
    assert_eq!(
        secretariat_break.status,
        StatusCode::FORBIDDEN,
        "the secretariat never breaks silence"
    );
    let uz = app.sign_in("uz.envoy").await;
    let broken = app.act(&uz, procedure, "break", json!({ "party": "UZ", "reason": "Uzbekistan asks to name the hub's partners.", "replacement": "welcome the Termez logistics hub and its partners" })).await;
    let view: Procedure = broken.assert_status(StatusCode::OK).view();
    assert_eq!(view.state, "not_adopted");
    let broken_by = view.broken_by.expect("broken by a party");
    assert_eq!(broken_by.party, "UZ");
    assert!(broken_by.reason.contains("Proposed amendment"));
    let kz = app.sign_in("kz.envoy").await;
    let after = app
        .act(
            &kz,
            procedure,
            "break",
            json!({ "party": "KZ", "reason": "me too" }),
        )
        .await;
    assert_eq!(after.status, StatusCode::CONFLICT);
}

/// The planned meeting convened with KZ, KG and TJ present (UZ absent), and a round in
/// session on a new group text; returns the text's id and the round's.
async fn round_with_uz_absent(app: &TestApp, secretariat: &Session) -> (i64, i64) {
    let meeting = app.planned_meeting(secretariat).await;
    app.convene(secretariat, meeting, &["KZ", "KG", "TJ"]).await;
    let body = "The participants agree to meet every six months.";
    let in_session = |deadline: &str| NewProcedure::in_session(meeting, 1, deadline);
    under_procedure(app, secretariat, body, "group", in_session, 6).await
}

async fn a_round_in_session_asks_the_parties_present_only(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    app.convene(&secretariat, meeting, &[]).await;
    let body = "The participants agree to meet every six months.";
    let text = app.draft_text(&secretariat, joint_statement(body)).await;
    let in_session = NewProcedure::in_session(meeting, 1, &app.later(6));
    let too_early = app
        .try_open_procedure(&secretariat, text.id, &in_session)
        .await;
    assert_eq!(
        too_early.status,
        StatusCode::CONFLICT,
        "no attendance yet: {}",
        too_early.text()
    );
    for party in ["KZ", "KG", "TJ"] {
        app.attend(&secretariat, meeting, party).await;
    }
    let round = app.open_procedure(&secretariat, text.id, in_session).await;
    let view = app.procedure(&secretariat, round).await;
    assert_eq!(view.members, ["KG", "KZ", "TJ"]);
    assert_eq!(view.meeting, Some(meeting));
    let kz = app.sign_in("kz.envoy").await;
    let present = app.record_position(&kz, round, "KZ", "concur").await;
    assert_eq!(present.status, StatusCode::OK);
    let uz = app.sign_in("uz.envoy").await;
    let absent = app.record_position(&uz, round, "UZ", "concur").await;
    assert_eq!(
        absent.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an absent party is asked by silence, not in the room"
    );
}

async fn a_decision_in_session_is_final_when_the_absent_keep_silence(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let (text, round) = round_with_uz_absent(&app, &secretariat).await;
    let kz = app.sign_in("kz.envoy").await;
    app.record_position(&kz, round, "KZ", "concur")
        .await
        .assert_status(StatusCode::OK);
    let noted = app
        .act(&secretariat, round, "chair-notes", json!({ "party": "KG" }))
        .await;
    assert_eq!(
        noted.status,
        StatusCode::OK,
        "the chair notes no objection in the room: {}",
        noted.text()
    );
    let tj = app.sign_in("tj.envoy").await;
    let last: Procedure = app
        .record_position(&tj, round, "TJ", "concur")
        .await
        .assert_status(StatusCode::OK)
        .view();
    assert_eq!(last.state, "adopted");
    assert!(
        last.decision.is_none(),
        "not final while the absent are asked"
    );
    let uz = app.sign_in("uz.envoy").await;
    let silence = app
        .text(&uz, text)
        .await
        .procedures
        .iter()
        .find(|p| p.kind == "silence")
        .expect("a silence asks the absent")
        .id;
    let asked = app.procedure(&uz, silence).await;
    assert_eq!(asked.members, ["UZ"]);
    assert_eq!(asked.session_round, Some(round));

    app.app.clock.advance(SignedDuration::from_hours(25));
    assert_eq!(app.app.close_due_procedures().await.expect("closes"), 1);
    let kz = app.sign_in("kz.envoy").await;
    let done = app.procedure(&kz, silence).await;
    assert_eq!(done.state, "adopted");
    let decision = app
        .decision(&kz, done.decision.expect("final now").id)
        .await;
    let parties: Vec<&str> = decision
        .positions
        .iter()
        .map(|p| p.party.as_str())
        .collect();
    assert_eq!(
        parties,
        ["KG", "KZ", "TJ"],
        "the positions taken in the room"
    );
}

async fn the_last_two_positions_at_once_adopt_exactly_once(backend: Backend) {
    use tower::ServiceExt;

    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let body = "The participants meet again in spring.";
    let (_, round) = under_procedure(&app, &secretariat, body, "group", consensus, 48).await;
    for (user, party) in [("kz.envoy", "KZ"), ("kg.envoy", "KG")] {
        let envoy = app.sign_in(user).await;
        app.record_position(&envoy, round, party, "concur")
            .await
            .assert_status(StatusCode::OK);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (user, party) in [("tj.envoy", "TJ"), ("uz.envoy", "UZ")] {
        let envoy = app.sign_in(user).await;
        let request = build_request(
            axum::http::Method::POST,
            &format!("/api/v1/procedures/{round}/positions"),
            As::Person(&envoy),
            Some(json!({ "party": party, "position": "concur" })),
        );
        let router = app.router.clone();
        tasks.spawn(async move { router.oneshot(request).await.expect("answer").status() });
    }
    while let Some(status) = tasks.join_next().await {
        assert_eq!(status.expect("task"), StatusCode::OK);
    }
    assert_eq!(
        app.decisions_of(&secretariat, round).await,
        1,
        "adopted exactly once"
    );
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
}

async fn two_servers_on_one_database_close_a_deadline_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let decisions_before = app.decisions(&secretariat).await.len();
    let body = "The participants will meet in Bishkek.";
    let (_, procedure) = under_procedure(&app, &secretariat, body, "group", silence, 30).await;
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
    let secretariat = app.sign_in("secretariat").await;
    assert_eq!(app.decisions_of(&secretariat, procedure).await, 1);
    assert_eq!(
        app.decisions(&secretariat).await.len(),
        decisions_before + 1,
        "this one more"
    );
}

both_backends!(
    an_objection_needs_its_reason_and_only_a_partys_envoy_records_it,
    a_round_with_an_objection_fails_at_the_deadline_with_reasons,
    a_silence_shorter_than_the_groups_minimum_is_refused,
    silence_kept_until_the_deadline_adopts_and_publishes_the_text,
    breaking_silence_ends_the_procedure_at_once,
    a_round_in_session_asks_the_parties_present_only,
    a_decision_in_session_is_final_when_the_absent_keep_silence;
    multi_thread:
    the_last_two_positions_at_once_adopt_exactly_once,
    two_servers_on_one_database_close_a_deadline_once,
);
