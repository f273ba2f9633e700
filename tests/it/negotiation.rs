//! Texts and decisions: drafting, brackets, amendments, a consensus round from its opening to
//! its decision record, new versions, and who may see a draft. How rounds end (deadlines,
//! silence, sessions, races) is in `closing.rs`.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::{Amendment, Procedure, Text, TextSummary};
use majlis::store::Backend;

const BRACKETED: &str =
    "Участники [[{KZ} согласны || отмечают]] необходимость восстановления торговых связей.";

/// A joint statement in Russian with its English translation.
pub fn joint_statement(body: &str) -> NewText {
    NewText::new("Joint statement of the 2nd meeting", body)
        .language("ru")
        .translation("en", "The participants agree on restoring trade links.")
}

/// Kazakhstan's delegate proposes to lift Kazakhstan's bracket of `BRACKETED`.
async fn propose_lifting_the_bracket(app: &TestApp, text: i64) -> Reply {
    let delegate = app.sign_in("kz.delegate").await;
    app.propose_amendment(&delegate, text, json!({
        "version": 1, "passage": "[[{KZ} согласны || отмечают]]", "replacement": "согласны", "reason": "Kazakhstan lifts its bracket"
    }))
    .await
}

/// The bracketed draft, distributed to the members, with Kazakhstan's bracket lifted by its
/// incorporated amendment: version 2 has no bracket left.
async fn lifted_draft(app: &TestApp, secretariat: &Session) -> Text {
    let text = app
        .draft_text(
            secretariat,
            joint_statement(BRACKETED).distribution("members"),
        )
        .await;
    let amendment: Amendment = propose_lifting_the_bracket(app, text.id)
        .await
        .assert_status(StatusCode::CREATED)
        .view();
    app.incorporate(secretariat, amendment.id)
        .await
        .assert_status(StatusCode::OK)
        .view()
}

/// A consensus round on version 2 of `text`, open for two days.
async fn open_round(app: &TestApp, secretariat: &Session, text: i64) -> i64 {
    let deadline = app.later(48);
    app.open_procedure(secretariat, text, NewProcedure::consensus(2, &deadline))
        .await
}

/// Every member's act that adopts the round: KZ concurs, KG with a statement, TJ stands
/// aside, and UZ's deputy, once authorised, answers ad referendum, which UZ's envoy confirms.
async fn adopt(app: &TestApp, round: i64) -> Procedure {
    let kz = app.sign_in("kz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    let tj = app.sign_in("tj.envoy").await;
    app.record_position(&kz, round, "KZ", "concur")
        .await
        .assert_status(StatusCode::OK);
    app.act(&kg, round, "positions", json!({ "party": "KG", "position": "concur_with_statement", "statement": "Kyrgyzstan reads trade links to include energy." }))
        .await
        .assert_status(StatusCode::OK);
    app.record_position(&tj, round, "TJ", "stand_aside")
        .await
        .assert_status(StatusCode::OK);
    let uz = app.sign_in("uz.envoy").await;
    let uz_deputy = app.sign_in("uz.deputy").await;
    app.authorise(&uz, "uz.deputy", &app.later(24))
        .await
        .assert_status(StatusCode::CREATED);
    let ad_referendum = app
        .act(
            &uz_deputy,
            round,
            "positions",
            json!({ "party": "UZ", "position": "ad_referendum", "confirm_by": app.later(12) }),
        )
        .await;
    assert_eq!(
        ad_referendum
            .assert_status(StatusCode::OK)
            .view::<Procedure>()
            .state,
        "open",
        "an ad referendum does not yet concur"
    );
    app.act(&uz, round, "confirm", json!({ "party": "UZ" }))
        .await
        .assert_status(StatusCode::OK)
        .view()
}

async fn a_bracket_blocks_consensus_until_its_holders_amendment_is_incorporated(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = app
        .draft_text(
            &secretariat,
            joint_statement(BRACKETED).distribution("members"),
        )
        .await;
    assert_eq!(text.penholder, "KZ", "the chair holds the pen");
    assert_eq!(text.open_brackets[0].holders, ["KZ"]);
    assert_eq!(text.open_brackets[0].alternatives, ["согласны", "отмечают"]);
    let languages: Vec<&str> = text
        .language_versions
        .iter()
        .map(|l| l.language.as_str())
        .collect();
    assert_eq!(languages, ["en", "ru"], "the original and its translation");

    let refused = app
        .try_open_procedure(
            &secretariat,
            text.id,
            &NewProcedure::consensus(1, &app.later(48)),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .problem()
        .first_message()
        .contains("bracket 1 (line 1, column 11) held by KZ"));

    let amendment = propose_lifting_the_bracket(&app, text.id).await;
    let amendment: Amendment = amendment.assert_status(StatusCode::CREATED).view();
    assert_eq!(amendment.party, "KZ");
    assert!(amendment.diff.iter().any(|part| part.change == "removed"));
    let by_observer = app.sign_in("tm.observer").await;
    let members_only = app
        .get(
            &format!("/api/v1/texts/{}", text.id),
            As::Person(&by_observer),
        )
        .await;
    assert_eq!(members_only.status, StatusCode::NOT_FOUND, "members only");

    let incorporated = app.incorporate(&secretariat, amendment.id).await;
    let text: Text = incorporated.assert_status(StatusCode::OK).view();
    assert_eq!(text.versions[1].number, 2);
    assert_eq!(text.versions[1].credited_party.as_deref(), Some("KZ"));
    assert!(text.open_brackets.is_empty(), "the bracket was lifted");
    let again = app.incorporate(&secretariat, amendment.id).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

async fn a_consensus_round_counts_each_party_by_its_envoy_or_authorised_deputy(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let kz = app.sign_in("kz.envoy").await;
    // Numbered per year: the demo's decision recorded later is of 2025.
    let numbered_before = app
        .decisions(&kz)
        .await
        .iter()
        .filter(|d| d.symbol.starts_with("CGA/2026/"))
        .count();
    let text = lifted_draft(&app, &secretariat).await;
    let round = open_round(&app, &secretariat, text.id).await;

    let uz_deputy = app.sign_in("uz.deputy").await;
    let unauthorised = app.record_position(&uz_deputy, round, "UZ", "concur").await;
    assert_eq!(unauthorised.status, StatusCode::FORBIDDEN);
    assert_eq!(
        unauthorised.problem().detail,
        "a deputy may act only while authorised by the envoy"
    );
    let for_another = app.record_position(&kz, round, "UZ", "concur").await;
    assert_eq!(
        for_another.status,
        StatusCode::FORBIDDEN,
        "only for one's own party"
    );

    let adopted = adopt(&app, round).await;
    assert_eq!(adopted.state, "adopted");
    let symbol = adopted.decision.expect("adopted: its decision").symbol;
    // Numbered in order within the year of the (fixed) clock.
    assert_eq!(symbol, format!("CGA/2026/DEC/{}", numbered_before + 1));
    let late = app
        .act(
            &kz,
            round,
            "positions",
            json!({ "party": "KZ", "position": "object", "reason": "second thoughts" }),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
}

async fn the_decision_record_keeps_the_adopted_text_positions_and_statements(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let kz = app.sign_in("kz.envoy").await;
    let listed_before = app.decisions(&kz).await.len();
    let text = lifted_draft(&app, &secretariat).await;
    let round = open_round(&app, &secretariat, text.id).await;
    let link = adopt(&app, round).await.decision.expect("a decision");

    let kg = app.sign_in("kg.envoy").await;
    let decision = app.decision(&kg, link.id).await;
    assert_eq!(decision.symbol, link.symbol);
    assert_eq!(decision.text_hash, text.versions[1].hash);
    assert!(decision.body.starts_with("Участники согласны"));
    assert_eq!(decision.statements[0].party, "KG");
    assert_eq!(decision.position_of("TJ").position, "stand_aside");
    let uz = decision.position_of("UZ");
    assert_eq!(uz.position, "concur");
    assert_eq!(uz.recorded_by.as_deref(), Some("uz.envoy"));
    let listed = app.decisions(&kz).await;
    assert_eq!(listed.len(), listed_before + 1, "this one more");
    assert_eq!(app.decisions_of(&kz, round).await, 1);
    assert!(app.app.verify_journal().await.expect("runs").is_ok());
}

async fn a_new_version_supersedes_the_open_procedure(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = app
        .draft_text(&secretariat, joint_statement("First wording."))
        .await;
    let procedure = app
        .open_procedure(
            &secretariat,
            text.id,
            NewProcedure::consensus(1, &app.later(48)),
        )
        .await;
    let versions = format!("/api/v1/texts/{}/versions", text.id);
    let kz_delegate = app.sign_in("kz.delegate").await;
    let version = app
        .post(
            &versions,
            As::Person(&kz_delegate),
            json!({ "body": "Second wording." }),
        )
        .await;
    version.assert_status(StatusCode::CREATED);
    let view = app.procedure(&secretariat, procedure).await;
    assert_eq!(view.state, "superseded");
    let uz_delegate = app.sign_in("uz.delegate").await;
    let not_penholder = app
        .post(
            &versions,
            As::Person(&uz_delegate),
            json!({ "body": "Third wording." }),
        )
        .await;
    assert_eq!(not_penholder.status, StatusCode::FORBIDDEN);
    let malformed = app
        .post(
            &versions,
            As::Person(&kz_delegate),
            json!({ "body": "Open [[ never closed" }),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(malformed
        .problem()
        .first_message()
        .starts_with("line 1, column 6"));
}

/// Whether `who` finds text `id` listed in the group and its entry in the journal.
async fn finds_listed_and_journaled(app: &TestApp, who: &Session, id: i64) -> (bool, bool) {
    let listed: Vec<TextSummary> = app.read("/api/v1/groups/CGA/texts", As::Person(who)).await;
    let journal = app.journal(who, "group=CGA&limit=500").await;
    let object = format!("text:{id}");
    (
        listed.iter().any(|t| t.id == id),
        journal
            .iter()
            .any(|e| e.object.as_deref() == Some(object.as_str())),
    )
}

async fn a_listed_draft_is_invisible_to_parties_not_listed(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.delegate").await;
    let non_paper = NewText::new("Non-paper on transit fees", "Ideas for discussion.")
        .kind("non_paper")
        .listed(&["TJ"]);
    let id = app.draft_text(&uz, non_paper).await.id;
    let path = format!("/api/v1/texts/{id}");
    let tj = app.sign_in("tj.envoy").await;
    assert_eq!(app.get(&path, As::Person(&tj)).await.status, StatusCode::OK);
    assert_eq!(
        finds_listed_and_journaled(&app, &tj, id).await,
        (true, true),
        "a listed party finds it everywhere"
    );
    for username in ["kz.envoy", "kg.envoy", "tm.observer", "secretariat"] {
        let person = app.sign_in(username).await;
        let reply = app.get(&path, As::Person(&person)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{username}");
        assert_eq!(
            finds_listed_and_journaled(&app, &person, id).await,
            (false, false),
            "{username} must not see it listed nor read its journal entry"
        );
    }
    let instructions = NewText::new("Instructions", "For our delegation.")
        .kind("non_paper")
        .distribution("national");
    let national = app.draft_text(&uz, instructions).await.id;
    let path = format!("/api/v1/texts/{national}");
    let secretariat = app.sign_in("secretariat").await;
    let refused = app.get(&path, As::Person(&secretariat)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let uz_envoy = app.sign_in("uz.envoy").await;
    assert_eq!(
        app.get(&path, As::Person(&uz_envoy)).await.status,
        StatusCode::OK
    );
}

both_backends!(
    a_bracket_blocks_consensus_until_its_holders_amendment_is_incorporated,
    a_consensus_round_counts_each_party_by_its_envoy_or_authorised_deputy,
    the_decision_record_keeps_the_adopted_text_positions_and_statements,
    a_new_version_supersedes_the_open_procedure,
    a_listed_draft_is_invisible_to_parties_not_listed,
);
