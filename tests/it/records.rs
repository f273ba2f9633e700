//! The decision record as its readers keep it, as insta snapshots: the page of a decision and
//! its evidence bundle. The decision is made from nothing (`TestApp::init().with_group()`) on
//! the fixed clock, so its times, ids, texts and statements are the same on every run and on
//! both backends. What is redacted: the CSRF token (random), and the journal's places and the
//! hashes that chain over every entry before the decision's (they change whenever the fixture
//! or the clock does, and `journal.rs` checks them), so a snapshot changes only when the
//! record does.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::fixtures::GROUP;
use crate::helpers::{As, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::Procedure;
use majlis::store::Backend;

/// A joint statement of the Water Resources Group adopted by consensus: Kazakhstan concurs,
/// Uzbekistan concurs with a statement. Returns the decision's id.
async fn adopted_statement(app: &TestApp) -> i64 {
    let secretariat = app.sign_in("secretariat").await;
    let statement = NewText::new(
        "Joint statement on the Syr Darya",
        "The participants agree to share the water of the Syr Darya fairly.",
    )
    .translation(
        "ru",
        "Участники договорились справедливо делить воды Сырдарьи.",
    );
    let text = app.draft_text_in(GROUP, &secretariat, statement).await;
    let round = app
        .open_procedure(
            &secretariat,
            text.id,
            NewProcedure::consensus(1, &app.later(48)),
        )
        .await;
    let kz = app.sign_in("kz.envoy").await;
    app.record_position(&kz, round, "KZ", "concur")
        .await
        .assert_status(StatusCode::OK);
    let uz = app.sign_in("uz.envoy").await;
    let statement = json!({ "party": "UZ", "position": "concur_with_statement", "statement": "Uzbekistan reads fairly as in the 1992 Almaty agreement." });
    let adopted: Procedure = app
        .act(&uz, round, "positions", statement)
        .await
        .assert_status(StatusCode::OK)
        .view();
    assert_eq!(adopted.state, "adopted");
    adopted.decision.expect("both members concurred").id
}

async fn the_decision_page_shows_the_record_as_adopted(backend: Backend) {
    let app = TestApp::init().with_group().spawn(backend).await;
    let decision = adopted_statement(&app).await;
    let kz = app.sign_in("kz.envoy").await;
    let page = app
        .get(&format!("/decisions/{decision}"), As::Person(&kz))
        .await;
    page.assert_status(StatusCode::OK);
    insta::with_settings!({
        filters => vec![
            (r#"name="csrf-token" content="[^"]*""#, r#"name="csrf-token" content="[csrf]""#),
        ],
    }, {
        insta::assert_snapshot!("decision_page", page.text());
    });
}

async fn the_evidence_bundle_holds_the_text_and_every_act_that_adopted_it(backend: Backend) {
    let app = TestApp::init().with_group().spawn(backend).await;
    let decision = adopted_statement(&app).await;
    let uz = app.sign_in("uz.envoy").await;
    let bundle = app
        .get(
            &format!("/api/v1/decisions/{decision}/evidence"),
            As::Person(&uz),
        )
        .await;
    bundle.assert_status(StatusCode::OK);
    insta::assert_json_snapshot!("evidence_bundle", bundle.json(), {
        ".entries[].seq" => "[seq]",
        ".entries[].payload_hash" => "[hash]",
        ".entries[].prev_hash" => "[hash]",
        ".entries[].hash" => "[hash]",
        ".links[].seq" => "[seq]",
        ".links[].prev_hash" => "[hash]",
        ".links[].hash" => "[hash]",
    });
}

both_backends!(
    the_decision_page_shows_the_record_as_adopted,
    the_evidence_bundle_holds_the_text_and_every_act_that_adopted_it,
);
