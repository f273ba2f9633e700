//! Search (issue 10, DOMAIN.md §2: invisible means not found and not counted). The demo's
//! background note, listed to UZ and KZ, and its discussion are found in their other word
//! forms by the listed parties and the secretariat, and by nobody else, whose totals do not
//! count them either; English words meet their plurals; what was just written is found at
//! once, also when another process wrote it; bad searches are answered clearly; the index
//! can be thrown away and rebuilt from the record with `majlis reindex`.

use std::process::Command;

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{encode, As, Session, TestApp};
use crate::requests::NewText;
use majlis::app::Settings;
use majlis::store::Backend;

async fn search(app: &TestApp, who: &Session, query: &str) -> Value {
    let reply = app
        .get(&format!("/api/v1/search?{query}"), As::Person(who))
        .await;
    reply.assert_status(StatusCode::OK);
    reply.json()
}

fn kinds(found: &Value) -> Vec<String> {
    found["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| hit["kind"].as_str().expect("a kind").to_owned())
        .collect()
}

fn q(words: &str) -> String {
    format!("q={}", encode(words))
}

async fn the_listed_note_is_found_in_other_word_forms_only_by_those_who_see_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let entitled = [
        "secretariat",
        "uz.envoy",
        "uz.delegate",
        "kz.envoy",
        "kz.deputy",
    ];
    let unentitled = ["kg.envoy", "tj.delegate", "tm.observer", "admin"];
    for username in entitled.into_iter().chain(unentitled) {
        let sees = entitled.contains(&username);
        let who = app.sign_in(username).await;
        // The note says «Железная дорога», the search «железной дороги».
        let found = search(&app, &who, &format!("{}&kind=paper", q("железной дороги"))).await;
        let expected = if sees { 1 } else { 0 };
        assert_eq!(found["total"], json!(expected), "{username}: {found}");
        assert_eq!(
            found["hits"].as_array().expect("hits").len(),
            expected,
            "{username}"
        );
        if sees {
            let hit = &found["hits"][0];
            assert_eq!(hit["kind"], json!("paper"));
            assert!(hit["url"].as_str().expect("url").starts_with("/papers/"));
            assert!(
                hit["snippet"]
                    .as_str()
                    .expect("snippet")
                    .contains("<mark>Железная</mark>"),
                "{hit}"
            );
        }
        // Its discussion: KZ's question about transit («транзитные грузы»).
        let found = search(
            &app,
            &who,
            &format!("{}&kind=comment", q("транзитный груз")),
        )
        .await;
        assert_eq!(
            kinds(&found),
            if sees {
                vec!["comment".to_owned()]
            } else {
                Vec::new()
            },
            "{username}"
        );
        assert_eq!(found["total"], json!(expected), "{username}");
        // The search page says the same, with the count.
        let page = app
            .get(
                &format!("/search?{}&lang=en", q("железная дорога")),
                As::Person(&who),
            )
            .await;
        page.assert_status(StatusCode::OK);
        assert_eq!(
            page.text().contains("Termez–Mazar-i-Sharif railway"),
            sees,
            "{username}: the page"
        );
    }
}

async fn english_words_meet_their_plurals_and_what_was_written_is_found_at_once(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let kg = app.sign_in("kg.envoy").await;
    let observer = app.sign_in("tm.observer").await;
    let railway_texts = format!("{}&kind=text", q("railway"));
    let before_kg = search(&app, &kg, &railway_texts).await["total"].as_i64();
    let before_observer = search(&app, &observer, &railway_texts).await["total"].as_i64();
    let text = app
        .draft_text(
            &secretariat,
            NewText::new(
                "Regional connectivity",
                "The participants welcome the new railways and power lines.",
            ),
        )
        .await
        .id;
    // Found straight after it was written, by a member and by the observer (distributed to
    // the group), with a filter on its kind.
    for (who, before) in [(&kg, before_kg), (&observer, before_observer)] {
        let found = search(&app, who, &railway_texts).await;
        assert_eq!(found["total"].as_i64(), before.map(|n| n + 1), "{found}");
        assert!(found["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .any(|hit| hit["url"] == json!(format!("/texts/{text}"))));
    }
    // A comment on it is found too, and its withdrawal takes it out.
    let comment = app
        .post(
            &format!("/api/v1/texts/{text}/comments"),
            As::Person(&kg),
            json!({ "body": "Interconnectors deserve a paragraph." }),
        )
        .await;
    comment.assert_status(StatusCode::CREATED);
    let id = comment.json()["id"].as_i64().expect("id");
    let found = search(&app, &observer, &q("interconnector")).await;
    assert_eq!(kinds(&found), ["comment"]);
    app.post(
        &format!("/api/v1/comments/{id}/withdraw"),
        As::Person(&kg),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let found = search(&app, &observer, &q("interconnector")).await;
    assert_eq!(found["total"], json!(0));
    // Other kinds: the adopted decision and the meetings are there as well.
    let found = search(&app, &kg, &format!("{}&kind=meeting", q("Tashkent"))).await;
    assert!(found["total"].as_i64().expect("a total") >= 1, "{found}");
    // The administrator, seated nowhere, finds nothing at all.
    let admin = app.sign_in("admin").await;
    assert_eq!(search(&app, &admin, &q("railway")).await["total"], json!(0));
}

async fn a_process_finds_what_another_process_wrote(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let other = app.another_process(Settings::default()).await;
    let reader = other.sign_in("kz.envoy").await;
    assert_eq!(
        search(&other, &reader, &q("desalination")).await["total"],
        json!(0)
    );
    let secretariat = app.sign_in("secretariat").await;
    app.draft_text(
        &secretariat,
        NewText::new("Water", "Desalination plants on the Amu Darya.").distribution("members"),
    )
    .await;
    // The second process's index catches up from the journal before it searches.
    let found = search(&other, &reader, &q("desalination")).await;
    assert_eq!(found["total"], json!(1), "{found}");
}

async fn bad_searches_are_answered_clearly(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let long = "я".repeat(10_000);
    for (query, field) in [
        ("q=".to_owned(), "q"),
        ("q=%20%20".to_owned(), "q"),
        (q(&long), "q"),
        (format!("{}&kind=memo", q("railway")), "kind"),
        (format!("{}&from=2026-13-01", q("railway")), "from"),
        (format!("{}&until=yesterday", q("railway")), "until"),
        (format!("{}&limit=5000", q("railway")), "limit"),
        (format!("{}&party=kz", q("railway")), "party"),
        (format!("{}&kind=", q("railway")), "kind"),
        (format!("{}&limit=", q("railway")), "limit"),
    ] {
        let reply = app
            .get(&format!("/api/v1/search?{query}"), As::Person(&uz))
            .await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            reply.header("content-type").as_deref(),
            Some("application/problem+json")
        );
        let problem = reply.problem();
        assert!(
            problem.errors.iter().any(|e| e.field == field),
            "{field}: {problem:?}"
        );
    }
    app.get(
        &format!("/api/v1/search?{}&group=XX", q("railway")),
        As::Person(&uz),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    app.get(
        &format!("/api/v1/search?{}&colour=red", q("railway")),
        As::Person(&uz),
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // The page shows the message beside the box and keeps what was typed.
    let page = app
        .get(
            &format!("/search?{}&lang=en", q(&"x".repeat(201))),
            As::Person(&uz),
        )
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text().contains("at most 200 characters"));
    // Signed out: no search at all.
    let anonymous = app
        .get(&format!("/api/v1/search?{}", q("railway")), As::Nobody)
        .await;
    anonymous.assert_status(StatusCode::UNAUTHORIZED);
}

async fn the_index_is_rebuilt_from_the_record_by_the_command(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let dir = tempfile::tempdir().expect("a folder");
    let index = dir.path().join("index");
    let output = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(["reindex", "--database-url", &app.database_url])
        .env("MAJLIS_SEARCH_DIR", &index)
        .env("LANG", "C.UTF-8")
        .env_remove("MAJLIS_DATABASE_URL")
        .env_remove("MAJLIS_CONFIG")
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(said.contains("the search index holds"), "{said}");
    assert!(said.contains(&index.display().to_string()), "{said}");
    // The demo's texts, decisions, meetings, paper and comments: dozens of documents.
    let documents: u64 = said
        .split_whitespace()
        .find_map(|word| word.parse().ok())
        .expect("a number");
    assert!(documents >= 8, "{said}");
    assert!(index.join("meta.json").exists());
}

both_backends!(
    the_listed_note_is_found_in_other_word_forms_only_by_those_who_see_it,
    english_words_meet_their_plurals_and_what_was_written_is_found_at_once,
    a_process_finds_what_another_process_wrote,
    bad_searches_are_answered_clearly,
    the_index_is_rebuilt_from_the_record_by_the_command,
);
