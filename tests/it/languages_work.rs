//! The pages of the group's work in the reader's language: a meeting, a text, a procedure and
//! a decision asked for with `Accept-Language: ru` read in Russian, with dates written the
//! Russian way (the month declined), plural forms chosen by number, and no message identifier
//! left showing; asked for without the header they read in English as before.

use std::collections::BTreeSet;
use std::path::Path;

use axum::http::{header, HeaderValue, Method, StatusCode};
use serde_json::json;

use crate::both_backends;
use crate::fixtures::GROUP;
use crate::helpers::{build_request, As, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::Procedure;
use majlis::store::Backend;

/// The identifiers of every English message (`id = …` at the start of a line of
/// `locales/en/*.ftl`): a page that shows one has a message missing.
fn english_message_ids() -> BTreeSet<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join("en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(folder).expect("the English messages") {
        let path = entry.expect("a readable folder").path();
        if path.extension().is_none_or(|extension| extension != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable .ftl file");
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                ids.insert(id.to_owned());
            }
        }
    }
    assert!(ids.len() > 100, "the English messages are read: {ids:?}");
    ids
}

/// A page as `who`'s browser asks for it, in `language` when given.
async fn page(app: &TestApp, path: &str, who: &Session, language: Option<&str>) -> String {
    let mut request = build_request(Method::GET, path, As::Person(who), None);
    if let Some(language) = language {
        request.headers_mut().insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(language).expect("a header value"),
        );
    }
    let reply = app.send(request).await;
    assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text());
    reply.text()
}

fn assert_no_message_id(page: &str, path: &str, ids: &BTreeSet<String>) {
    let shown: Vec<&String> = ids.iter().filter(|id| page.contains(id.as_str())).collect();
    assert!(
        shown.is_empty(),
        "{path} shows message identifiers {shown:?}"
    );
}

/// The pages of one piece of the group's work: a planned meeting with an agenda, a draft with
/// two open brackets, and a statement adopted by consensus with its decision.
struct Work {
    meeting: String,
    bracketed_text: String,
    procedure: String,
    decision: String,
}

async fn the_groups_work(app: &TestApp) -> Work {
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app
        .post(
            &format!("/api/v1/groups/{GROUP}/meetings"),
            As::Person(&secretariat),
            json!({
                "city": "Almaty",
                "venue": "Ministry of Foreign Affairs",
                "starts_at": "2026-10-20T05:00:00Z",
                "ends_at": "2026-10-20T12:00:00Z",
                "time_zone": "Asia/Almaty"
            }),
        )
        .await;
    meeting.assert_status(StatusCode::CREATED);
    let meeting = meeting.json()["id"].as_i64().expect("the meeting's id");
    app.add_agenda_item(&secretariat, meeting, "Sharing the Syr Darya")
        .await
        .assert_status(StatusCode::CREATED);

    let bracketed = app
        .draft_text_in(
            GROUP,
            &secretariat,
            NewText::new(
                "Communiqué on the Aral Sea",
                "The participants [[{KZ} agree || take note]] and [[{UZ} welcome || note]].",
            ),
        )
        .await;

    let statement = app
        .draft_text_in(
            GROUP,
            &secretariat,
            NewText::new(
                "Joint statement on the Syr Darya",
                "The participants agree to share the water of the Syr Darya fairly.",
            ),
        )
        .await;
    let round = app
        .open_procedure(
            &secretariat,
            statement.id,
            NewProcedure::consensus(1, &app.later(48)),
        )
        .await;
    for (envoy, party) in [("kz.envoy", "KZ"), ("uz.envoy", "UZ")] {
        let envoy = app.sign_in(envoy).await;
        app.record_position(&envoy, round, party, "concur")
            .await
            .assert_status(StatusCode::OK);
    }
    let adopted: Procedure = app.procedure(&secretariat, round).await;
    let decision = adopted.decision.expect("both members concurred").id;
    Work {
        meeting: format!("/meetings/{meeting}"),
        bracketed_text: format!("/texts/{}", bracketed.id),
        procedure: format!("/procedures/{round}"),
        decision: format!("/decisions/{decision}"),
    }
}

async fn the_groups_work_reads_in_russian_when_the_browser_asks_for_it(backend: Backend) {
    let app = TestApp::init().with_group().spawn(backend).await;
    let work = the_groups_work(&app).await;
    let kz = app.sign_in("kz.envoy").await;
    let ids = english_message_ids();

    let meeting = page(&app, &work.meeting, &kz, Some("ru")).await;
    assert!(meeting.contains("<html lang=\"ru\""), "{meeting}");
    assert!(
        meeting.contains("<h2 id=\"agenda-heading\">Повестка дня</h2>"),
        "{meeting}"
    );
    assert!(meeting.contains("Сведения о заседании"), "{meeting}");
    assert!(
        meeting.contains("1-е заседание"),
        "the meeting's name: {meeting}"
    );
    assert!(
        meeting.contains("20 октября 2026"),
        "the month in the genitive: {meeting}"
    );
    assert!(meeting.contains("(Алматы)"), "the venue's city: {meeting}");
    assert!(
        meeting.contains("<h1><bdi>Water Resources Group</bdi>: 1-е заседание</h1>"),
        "the group's name keeps its own direction in the heading: {meeting}"
    );
    assert_no_message_id(&meeting, &work.meeting, &ids);

    let text = page(&app, &work.bracketed_text, &kz, Some("ru")).await;
    assert!(text.contains("<h2>Поправки</h2>"), "{text}");
    assert!(text.contains("Редакция 1"), "{text}");
    assert!(
        text.contains("В тексте остаются 2 фрагмента в квадратных скобках"),
        "two brackets, in the plural form for two: {text}"
    );
    assert!(
        text.contains("«agree» или «take note»"),
        "a bracket described with Russian quotation marks: {text}"
    );
    assert_no_message_id(&text, &work.bracketed_text, &ids);

    let procedure = page(&app, &work.procedure, &kz, Some("ru")).await;
    assert!(procedure.contains("<h2>Позиции сторон</h2>"), "{procedure}");
    assert!(procedure.contains("<h2>Хронология</h2>"), "{procedure}");
    assert!(
        procedure.contains("Кворум: 2 стороны."),
        "two parties, in the plural form for two: {procedure}"
    );
    assert!(procedure.contains("сентября 2026"), "{procedure}");
    assert_no_message_id(&procedure, &work.procedure, &ids);

    let decision = page(&app, &work.decision, &kz, Some("ru")).await;
    assert!(
        decision.contains("<h2>Позиции сторон-членов</h2>"),
        "{decision}"
    );
    assert!(decision.contains("<dt>Принято</dt>"), "{decision}");
    assert!(
        decision.contains("1 сентября 2026"),
        "the day of adoption, its month in the genitive: {decision}"
    );
    assert!(
        decision.contains("Скачать пакет доказательств"),
        "{decision}"
    );
    assert_no_message_id(&decision, &work.decision, &ids);
}

async fn the_groups_work_reads_in_english_without_a_language_asked_for(backend: Backend) {
    let app = TestApp::init().with_group().spawn(backend).await;
    let work = the_groups_work(&app).await;
    let kz = app.sign_in("kz.envoy").await;
    let ids = english_message_ids();

    let meeting = page(&app, &work.meeting, &kz, None).await;
    assert!(
        meeting.contains("1st meeting of the <bdi>Water Resources Group</bdi>"),
        "{meeting}"
    );
    assert!(
        meeting.contains("20 October 2026, 10:00 (Almaty)"),
        "{meeting}"
    );
    let text = page(&app, &work.bracketed_text, &kz, None).await;
    assert!(
        text.contains("2 open brackets: the text cannot go to a decision"),
        "{text}"
    );
    assert!(
        text.contains("title=\"bracket 1 (line 1, column 18) held by KZ: “agree” or “take note”\""),
        "{text}"
    );
    let procedure = page(&app, &work.procedure, &kz, None).await;
    assert!(procedure.contains("Quorum 2."), "{procedure}");
    let decision = page(&app, &work.decision, &kz, None).await;
    assert!(
        decision.contains("<h2>Positions of the member parties</h2>"),
        "{decision}"
    );
    for (path, body) in [
        (&work.meeting, &meeting),
        (&work.bracketed_text, &text),
        (&work.procedure, &procedure),
        (&work.decision, &decision),
    ] {
        assert_no_message_id(body, path, &ids);
    }
}

both_backends!(
    the_groups_work_reads_in_russian_when_the_browser_asks_for_it,
    the_groups_work_reads_in_english_without_a_language_asked_for,
);
