//! A decision recorded later (issue 8, item 9): the group's record from before it used
//! Majlis. The demo's founding joint statement is CGA/2025/DEC/1, adopted at Tashkent on 26
//! August 2025 and recorded later by the secretariat, with the positions as it reported them
//! (never written as the parties' own acts). Bad input is refused field by field and writes
//! nothing; only the secretariat records such a decision.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use crate::requests::NewText;
use crate::views::{Decision, JournalEntry, Meeting};
use majlis::store::Backend;

async fn the_demos_founding_statement_is_cga_2025_dec_1_recorded_later(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let decisions = app.decisions(&kz).await;
    let founding = decisions
        .iter()
        .find(|d| d.symbol == "CGA/2025/DEC/1")
        .expect("the founding statement is CGA/2025/DEC/1");
    assert!(founding
        .title
        .starts_with("Joint statement of the 1st meeting"));
    assert_eq!(
        founding.adopted_at, "2025-08-26T05:00:00Z",
        "10:00 at Tashkent"
    );
    let first = app
        .meetings(&kz)
        .await
        .into_iter()
        .find(|m| m.city == "Tashkent" && m.starts_at.starts_with("2025-08-26"))
        .expect("the first meeting, at Tashkent");
    assert_eq!(founding.meeting, Some(first.id));
    let later = founding.recorded_later.as_ref().expect("recorded later");
    assert_eq!(later.by.as_deref(), Some("secretariat"));
    assert_eq!(later.by_name, "Secretariat of the chair");
    assert_eq!(
        later.note,
        format!(
            "Recorded later by Secretariat of the chair on {}",
            &later.at[..10]
        )
    );
    assert_eq!(founding.positions.len(), 4);
    for position in &founding.positions {
        assert_eq!(position.position, "concur");
        assert!(position.reported_by_secretariat, "{position:?}");
        assert_eq!(position.recorded_by.as_deref(), Some("secretariat"));
    }

    let page = app
        .get(&format!("/decisions/{}", founding.id), As::Person(&kz))
        .await;
    page.assert_status(StatusCode::OK);
    let page = page.text();
    assert!(page.contains("CGA/2025/DEC/1"), "{page}");
    assert!(
        page.contains("Recorded later by Secretariat of the chair on "),
        "{page}"
    );
    assert!(page.contains("as reported by the secretariat"), "{page}");

    // The procedure reads as adopted at the meeting, never as a round nobody answered.
    let procedure: Value = app
        .get(
            &format!("/api/v1/procedures/{}", founding.procedure.id),
            As::Person(&kz),
        )
        .await
        .json();
    assert_eq!(procedure["state"], "adopted");
    assert_eq!(procedure["reasons"], json!([]));
    assert_eq!(procedure["timeline"], json!([]), "no party acted here");

    // The journal holds the secretariat's act, one procedure.close marked recorded later,
    // and no position written under any party.
    let secretariat = app.sign_in("secretariat").await;
    let journal = app.journal(&secretariat, "group=CGA&limit=500").await;
    let object = format!("procedure:{}", founding.procedure.id);
    let about: Vec<&JournalEntry> = journal
        .iter()
        .filter(|e| e.object.as_deref() == Some(object.as_str()))
        .collect();
    assert_eq!(about.len(), 1, "{about:?}");
    assert_eq!(about[0].action.as_deref(), Some("procedure.close"));
    let payload = about[0].payload.as_ref().expect("a payload");
    for (key, value) in [
        ("outcome", "adopted"),
        ("symbol", "CGA/2025/DEC/1"),
        ("recorded_later", "true"),
        ("adopted_at", "2025-08-26T05:00:00Z"),
        ("reported.KZ", "concur"),
        ("reported.UZ", "concur"),
    ] {
        assert_eq!(payload.get(key).map(String::as_str), Some(value), "{key}");
    }
    assert!(journal
        .iter()
        .all(|e| e.action.as_deref() != Some("procedure.position")
            || e.object.as_deref() != Some(object.as_str())));
    let positions_by_the_secretariat = app
        .scalar(
            "SELECT COUNT(*) FROM journal j JOIN users u ON u.id = j.actor_id \
             WHERE j.action = 'procedure.position' AND u.username = 'secretariat'",
        )
        .await;
    assert_eq!(positions_by_the_secretariat, 0);
}

/// A text of the demo to record against, and the first meeting.
async fn a_text_and_the_first_meeting(app: &TestApp, secretariat: &Session) -> (i64, i64) {
    let text = app
        .draft_text(
            secretariat,
            NewText::new("Communiqué of the 1st meeting", "The participants met."),
        )
        .await;
    let first = app
        .meetings(secretariat)
        .await
        .into_iter()
        .find(|m| m.city == "Tashkent" && m.starts_at.starts_with("2025-08-26"))
        .expect("the first meeting, at Tashkent");
    (text.id, first.id)
}

fn all_concur() -> Value {
    json!([
        { "party": "KZ", "position": "concur" },
        { "party": "KG", "position": "concur" },
        { "party": "TJ", "position": "concur_with_statement", "statement": "Tajikistan recalls CASA-1000." },
        { "party": "UZ", "position": "concur" }
    ])
}

async fn bad_input_is_refused_by_field_and_writes_nothing(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let admin = app.sign_in("admin").await;
    let (text, first) = a_text_and_the_first_meeting(&app, &secretariat).await;
    // A meeting of another group, which the secretariat also serves.
    app.post(
        "/api/v1/groups",
        As::Person(&admin),
        json!({
            "code": "WRG", "name": "Water Resources Group", "languages": ["English"],
            "time_zone": "Asia/Almaty",
            "parties": [{ "code": "KZ", "name": "Kazakhstan", "standing": "member" }],
            "rotation": ["KZ"]
        }),
    )
    .await
    .assert_status(StatusCode::CREATED);
    app.place(&admin, "WRG", "secretariat", None, "secretariat")
        .await
        .assert_status(StatusCode::CREATED);
    let other: Meeting = app
        .post(
            "/api/v1/groups/WRG/meetings",
            As::Person(&secretariat),
            json!({
                "city": "Almaty", "venue": "Ministry of Foreign Affairs",
                "starts_at": "2025-06-10T05:00:00Z", "ends_at": "2025-06-10T12:00:00Z",
                "time_zone": "Asia/Almaty"
            }),
        )
        .await
        .assert_status(StatusCode::CREATED)
        .view();

    let path = format!("/api/v1/texts/{text}/decisions");
    let body = |adopted_at: &str, meeting: i64, positions: Value| json!({ "version": 1, "adopted_at": adopted_at, "meeting": meeting, "positions": positions });
    let mut missing = all_concur();
    missing.as_array_mut().expect("a list").pop();
    let mut objection = all_concur();
    objection[1] = json!({ "party": "KG", "position": "object", "statement": "Not this text." });
    let cases = [
        (
            "adopted_at",
            body("2027-01-01T00:00:00Z", first, all_concur()),
        ),
        (
            "meeting",
            body("2025-08-26T05:00:00Z", other.id, all_concur()),
        ),
        ("meeting", body("2025-08-25T05:00:00Z", first, all_concur())),
        ("positions", body("2025-08-26T05:00:00Z", first, missing)),
        ("positions", body("2025-08-26T05:00:00Z", first, objection)),
        (
            "version",
            json!({ "version": 9, "adopted_at": "2025-08-26T05:00:00Z", "meeting": first, "positions": all_concur() }),
        ),
    ];
    let head = app.journal_head().await;
    let decisions = app.scalar("SELECT COUNT(*) FROM decisions").await;
    let procedures = app.scalar("SELECT COUNT(*) FROM procedures").await;
    for (field, input) in cases {
        let refused = app.post(&path, As::Person(&secretariat), input).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let problem = refused.json();
        assert!(
            problem.to_string().contains(&format!("\"{field}\"")),
            "{field}: {problem}"
        );
    }
    assert_eq!(app.journal_head().await, head, "nothing journaled");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM decisions").await,
        decisions
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM procedures").await,
        procedures
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM reported_positions").await,
        4,
        "only the demo's"
    );

    // An envoy may not; the well-formed record is then written, numbered in its own year.
    let kz = app.sign_in("kz.envoy").await;
    let good = body("2025-08-26T09:00:00Z", first, all_concur());
    let forbidden = app.post(&path, As::Person(&kz), good.clone()).await;
    forbidden.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(app.journal_head().await, head);
    let recorded: Decision = app
        .post(&path, As::Person(&secretariat), good)
        .await
        .assert_status(StatusCode::CREATED)
        .view();
    assert_eq!(recorded.symbol, "CGA/2025/DEC/2");
    assert!(recorded.recorded_later.is_some());
    assert_eq!(recorded.position_of("TJ").position, "concur_with_statement");
    assert_eq!(recorded.statements.len(), 1);
}

async fn an_outsider_learns_nothing_and_an_envoy_is_refused(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let (text, first) = a_text_and_the_first_meeting(&app, &secretariat).await;
    let path = format!("/api/v1/texts/{text}/decisions");
    let good = json!({ "version": 1, "adopted_at": "2025-08-26T09:00:00Z", "meeting": first, "positions": all_concur() });
    let admin = app.sign_in("admin").await;
    let outsider = app.post(&path, As::Person(&admin), good.clone()).await;
    outsider.assert_status(StatusCode::NOT_FOUND);
    let kz = app.sign_in("kz.envoy").await;
    let envoy = app.post(&path, As::Person(&kz), good).await;
    envoy.assert_status(StatusCode::FORBIDDEN);
    assert!(envoy.problem().detail.contains("only the secretariat"));
}

both_backends!(
    the_demos_founding_statement_is_cga_2025_dec_1_recorded_later,
    bad_input_is_refused_by_field_and_writes_nothing,
    an_outsider_learns_nothing_and_an_envoy_is_refused,
);
