//! A party's word stands (DOMAIN.md §4.3): only a party's envoy, or a deputy the envoy
//! authorised, records the party's acts; the chair's note of "no objection heard" is a kind of
//! its own, only for a present party that has said nothing, and shown as the chair's. Every act
//! goes with every role, and a refused act leaves the journal as it was.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::{Decision, Procedure};
use majlis::store::Backend;

/// A group text and a round in session at the convened meeting where all four members are
/// present; returns the round's id.
async fn round_in_session(app: &TestApp, secretariat: &Session) -> i64 {
    let meeting = app.planned_meeting(secretariat).await;
    app.convene(secretariat, meeting, &["KZ", "KG", "TJ", "UZ"])
        .await;
    let text = NewText::new(
        "Statement on transit corridors",
        "The participants agree to coordinate transit corridors.",
    );
    let text = app.draft_text(secretariat, text).await.id;
    let deadline = app.later(6);
    app.open_procedure(
        secretariat,
        text,
        NewProcedure::in_session(meeting, 1, &deadline),
    )
    .await
}

/// The envoy of a member party that does not chair.
fn not_the_chair(chair: &str) -> &'static str {
    ["KG", "TJ", "UZ", "KZ"]
        .into_iter()
        .find(|party| *party != chair)
        .expect("a party")
}

fn envoy(party: &str) -> String {
    format!("{}.envoy", party.to_lowercase())
}

async fn a_partys_objection_stands_against_the_secretariat_and_the_chair(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let round = round_in_session(&app, &secretariat).await;
    let chair = app.procedure(&secretariat, round).await.chair;
    let objector = not_the_chair(&chair);
    let objector_envoy = app.sign_in(&envoy(objector)).await;
    let objected = app
        .post(
            &format!("/api/v1/procedures/{round}/positions"),
            As::Person(&objector_envoy),
            json!({ "party": objector, "position": "object", "reason": "the corridor list is incomplete" }),
        )
        .await;
    assert_eq!(objected.status, StatusCode::OK, "{}", objected.text());

    let chairs_envoy = app.sign_in(&envoy(&chair)).await;
    let head = app.journal_head().await;
    for (who, session) in [
        ("secretariat", &secretariat),
        ("chair's envoy", &chairs_envoy),
    ] {
        let overruled = app
            .post(
                &format!("/api/v1/procedures/{round}/positions"),
                As::Person(session),
                json!({ "party": objector, "position": "concur" }),
            )
            .await;
        assert_eq!(
            overruled.status,
            StatusCode::FORBIDDEN,
            "the {who} may not record {objector}'s position: {}",
            overruled.text()
        );
        let noted = app
            .post(
                &format!("/api/v1/procedures/{round}/chair-notes"),
                As::Person(session),
                json!({ "party": objector }),
            )
            .await;
        assert_eq!(
            noted.status,
            StatusCode::CONFLICT,
            "a note never replaces a party's act: {}",
            noted.text()
        );
        assert!(noted.text().contains("own position"), "{}", noted.text());
    }
    assert_eq!(
        app.journal_head().await,
        head,
        "refused acts change nothing"
    );
    let view = app.procedure(&objector_envoy, round).await;
    let stands = view.position_of(objector);
    assert_eq!(stands.position, "object");
    assert_eq!(
        stands.reason.as_deref(),
        Some("the corridor list is incomplete")
    );
    assert!(!stands.chair_note);
    assert_eq!(
        stands.recorded_by.as_deref(),
        Some(envoy(objector).as_str())
    );
    assert_eq!(view.state, "open");
}

async fn the_chairs_note_is_shown_as_the_chairs_and_the_party_may_replace_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let round = round_in_session(&app, &secretariat).await;
    let chair = app.procedure(&secretariat, round).await.chair;
    let silent = not_the_chair(&chair);
    let noted = app
        .post(
            &format!("/api/v1/procedures/{round}/chair-notes"),
            As::Person(&secretariat),
            json!({ "party": silent }),
        )
        .await;
    assert_eq!(noted.status, StatusCode::OK, "{}", noted.text());
    let view: Procedure = noted.view();
    let note = view.position_of(silent);
    assert_eq!(note.position, "no_objection_heard");
    assert!(note.chair_note, "shown as the chair's note");
    assert_eq!(note.recorded_by.as_deref(), Some("secretariat"));
    let page = app
        .get(&format!("/procedures/{round}"), As::Person(&secretariat))
        .await
        .text();
    assert!(
        page.contains("no objection heard (chair&#39;s note)"),
        "the page says whose note it is: {page}"
    );

    let party = app.sign_in(&envoy(silent)).await;
    let replaced = app
        .post(
            &format!("/api/v1/procedures/{round}/positions"),
            As::Person(&party),
            json!({ "party": silent, "position": "object", "reason": "we were not heard" }),
        )
        .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.text());
    let view: Procedure = replaced.view();
    let own = view.position_of(silent);
    assert_eq!(own.position, "object");
    assert!(!own.chair_note);
    assert_eq!(own.recorded_by.as_deref(), Some(envoy(silent).as_str()));
}

async fn a_decision_on_the_chairs_notes_records_them_as_the_chairs(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let round = round_in_session(&app, &secretariat).await;
    let chair = app.procedure(&secretariat, round).await.chair;
    let chairs_envoy = app.sign_in(&envoy(&chair)).await;
    let own = app
        .post(
            &format!("/api/v1/procedures/{round}/positions"),
            As::Person(&chairs_envoy),
            json!({ "party": chair, "position": "concur" }),
        )
        .await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text());
    let mut last = None;
    for party in ["KZ", "KG", "TJ", "UZ"].into_iter().filter(|p| *p != chair) {
        let noted = app
            .post(
                &format!("/api/v1/procedures/{round}/chair-notes"),
                As::Person(&chairs_envoy),
                json!({ "party": party }),
            )
            .await;
        assert_eq!(noted.status, StatusCode::OK, "{}", noted.text());
        last = Some(noted);
    }
    let closed: Procedure = last.expect("notes").view();
    assert_eq!(closed.state, "adopted");
    let decision = closed.decision.expect("every member was present: final").id;
    let reply = app
        .get(
            &format!("/api/v1/decisions/{decision}"),
            As::Person(&chairs_envoy),
        )
        .await;
    let record: Decision = reply.assert_status(StatusCode::OK).view();
    assert!(record.symbol.starts_with("CGA/"));
    for position in &record.positions {
        assert_eq!(position.chair_note, position.party != chair, "{position:?}");
    }
    let page = app
        .get(&format!("/decisions/{decision}"), As::Person(&chairs_envoy))
        .await
        .text();
    assert!(page.contains("no objection heard"), "{page}");

    // The evidence bundle still checks out offline: every party act is the party's own.
    let bundle = app
        .get(
            &format!("/api/v1/decisions/{decision}/evidence"),
            As::Person(&chairs_envoy),
        )
        .await;
    assert_eq!(bundle.status, StatusCode::OK);
    let bundle: majlis::http::api::evidence::EvidenceBundle =
        serde_json::from_slice(&bundle.body).expect("a bundle");
    let checked = majlis::domain::evidence::verify(&bundle.to_domain().expect("well formed"));
    assert!(checked.is_ok(), "{checked:?}");
    assert!(bundle
        .entries
        .iter()
        .any(|e| e.action == "procedure.chair_note" && e.actor_party.as_deref() == Some(&chair)));
}

async fn the_public_record_names_titles_never_logins(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let reply = app
        .request(
            axum::http::Method::GET,
            "/public/CGA/decisions",
            As::Nobody,
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let page = reply.text();
    assert!(!page.contains(".envoy"), "{page}");
    let json = app.public_decisions().await;
    assert_eq!(json.status, StatusCode::OK);
    assert!(!json.text().contains(".envoy"), "{}", json.text());
    let decisions: Vec<Decision> = json.view();
    let positions = &decisions
        .first()
        .expect("the demo's public decision")
        .positions;
    assert!(!positions.is_empty());
    for position in positions {
        assert_eq!(position.recorded_by, None, "no login in public");
        let title = position.recorded_by_title.as_deref().expect("a title");
        // The demo's public decision was recorded later: its positions are the secretariat's
        // report, named by the secretariat's public name, never a party's envoy.
        assert!(position.reported_by_secretariat, "{position:?}");
        assert_eq!(title, "Secretariat of the chair");
    }
    // Signed in, the same decision names the login.
    let kz = app.sign_in("kz.envoy").await;
    let inside = app
        .get("/api/v1/groups/CGA/decisions", As::Person(&kz))
        .await;
    assert!(inside.text().contains("\"recorded_by\":\"secretariat\""));
}

both_backends!(
    a_partys_objection_stands_against_the_secretariat_and_the_chair,
    the_chairs_note_is_shown_as_the_chairs_and_the_party_may_replace_it,
    a_decision_on_the_chairs_notes_records_them_as_the_chairs,
    the_public_record_names_titles_never_logins,
);
