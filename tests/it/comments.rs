//! Comments on papers and texts (issue 10, DOMAIN.md §2: a comment inherits the marking of
//! what it is on). Delegates discuss the demo's background note, listed to UZ and KZ, in a
//! thread; every role reads the discussion, a comment, the paper's page and the journal, and
//! only those who see the paper find anything. Then observers who read without commenting,
//! withdrawal by the author alone, bad input with nothing written, sanitised Markdown, and
//! the whole exchange from the paper's and the text's pages.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp};
use crate::requests::NewText;
use majlis::store::Backend;

/// The demo's background note (listed to UZ and KZ, restricted), as UZ's envoy finds it.
async fn background_note(app: &TestApp, uz: &Session) -> i64 {
    let list = app.get("/api/v1/groups/CGA/papers", As::Person(uz)).await;
    list.assert_status(StatusCode::OK);
    list.json()["papers"]
        .as_array()
        .expect("papers")
        .iter()
        .find(|p| p["kind"] == json!("background"))
        .and_then(|p| p["id"].as_i64())
        .expect("the demo's background note")
}

async fn comment(app: &TestApp, who: &Session, on: &str, body: Value) -> Reply {
    app.post(&format!("/api/v1/{on}/comments"), As::Person(who), body)
        .await
}

fn id_of(reply: &Reply) -> i64 {
    reply.json()["id"].as_i64().expect("an id")
}

async fn comments_rows(app: &TestApp) -> i64 {
    app.scalar("SELECT COUNT(*) FROM comments").await
}

async fn a_discussion_on_a_listed_paper_is_seen_only_by_those_who_see_the_paper(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let kz = app.sign_in("kz.deputy").await;
    let paper = background_note(&app, &uz).await;
    let on = format!("papers/{paper}");
    let head_before = app.journal_head().await;

    let first = comment(
        &app,
        &uz,
        &on,
        json!({ "body": "Тариф на участке *Хайратон* следует уточнить." }),
    )
    .await;
    first.assert_status(StatusCode::CREATED);
    let first_id = id_of(&first);
    assert_eq!(first.json()["author_party"], json!("UZ"));
    assert_eq!(first.json()["on"], json!("paper"));
    let answer = comment(
        &app,
        &kz,
        &on,
        json!({ "body": "Согласны; см. п. 2.", "reply_to": first_id }),
    )
    .await;
    answer.assert_status(StatusCode::CREATED);
    let answer_id = id_of(&answer);
    assert_eq!(answer.json()["reply_to"], json!(first_id));

    let entitled = [
        "secretariat",
        "uz.envoy",
        "uz.delegate",
        "kz.envoy",
        "kz.deputy",
    ];
    let unentitled = [
        "kg.envoy",
        "tj.envoy",
        "tj.delegate",
        "tm.observer",
        "admin",
    ];
    for username in entitled.into_iter().chain(unentitled) {
        let sees = entitled.contains(&username);
        let who = app.sign_in(username).await;
        let reader = As::Person(&who);
        let discussion = app
            .get(&format!("/api/v1/papers/{paper}/comments"), reader)
            .await;
        let one = app
            .get(&format!("/api/v1/comments/{answer_id}"), reader)
            .await;
        let page = app.get(&format!("/papers/{paper}"), reader).await;
        let journal = app
            .get(
                &format!("/api/v1/journal?group=CGA&after={head_before}"),
                reader,
            )
            .await;
        if sees {
            discussion.assert_status(StatusCode::OK);
            let discussion = discussion.json();
            // The demo's question and answer, then this thread.
            assert_eq!(discussion["total"], json!(4), "{username}");
            let depths: Vec<(i64, i64)> = discussion["comments"]
                .as_array()
                .expect("comments")
                .iter()
                .map(|c| {
                    (
                        c["id"].as_i64().expect("id"),
                        c["depth"].as_i64().expect("depth"),
                    )
                })
                .collect();
            assert_eq!(depths[0].1, 0, "{username}");
            assert_eq!(depths[1].1, 1, "{username}");
            assert_eq!(depths[2..], [(first_id, 0), (answer_id, 1)], "{username}");
            one.assert_status(StatusCode::OK);
            assert!(page.text().contains("Хайратон"), "{username}");
            assert!(page.text().contains(&format!("id=\"comment-{answer_id}\"")));
        } else {
            assert_eq!(discussion.status, StatusCode::NOT_FOUND, "{username}");
            assert_eq!(one.status, StatusCode::NOT_FOUND, "{username}");
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{username}");
            assert!(!discussion.text().contains("Хайратон"), "{username}");
        }
        if username != "admin" {
            journal.assert_status(StatusCode::OK);
            assert_eq!(
                journal.text().contains("comment.create"),
                sees,
                "{username}: the journal"
            );
        }
    }

    // Those who do not see the paper cannot write into its discussion: 404, nothing written.
    let kg = app.sign_in("kg.envoy").await;
    let before = comments_rows(&app).await;
    let head = app.journal_head().await;
    comment(&app, &kg, &on, json!({ "body": "And us?" }))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.post(
        &format!("/api/v1/comments/{first_id}/withdraw"),
        As::Person(&kg),
        json!({}),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(comments_rows(&app).await, before);
    assert_eq!(app.journal_head().await, head);
}

async fn a_comment_on_a_text_is_read_under_the_texts_marking(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let national = app
        .draft_text(
            &kz,
            NewText::new("KZ talking points", "Freight volumes first.").distribution("national"),
        )
        .await
        .id;
    let on = format!("texts/{national}");
    let written = comment(&app, &kz, &on, json!({ "body": "Keep this short." })).await;
    written.assert_status(StatusCode::CREATED);
    assert_eq!(written.json()["on"], json!("text"));
    let kz_delegate = app.sign_in("kz.delegate").await;
    let read = app
        .get(
            &format!("/api/v1/texts/{national}/comments"),
            As::Person(&kz_delegate),
        )
        .await;
    read.assert_status(StatusCode::OK);
    assert_eq!(read.json()["total"], json!(1));
    for username in ["secretariat", "uz.envoy", "tm.observer"] {
        let who = app.sign_in(username).await;
        let reply = app
            .get(
                &format!("/api/v1/texts/{national}/comments"),
                As::Person(&who),
            )
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{username}");
        let page = app
            .get(&format!("/texts/{national}"), As::Person(&who))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{username}");
    }
    let page = app
        .get(&format!("/texts/{national}"), As::Person(&kz_delegate))
        .await;
    assert!(page.text().contains("Keep this short."));
}

async fn observers_read_a_discussion_but_do_not_comment(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let text = app
        .draft_text(
            &secretariat,
            NewText::new("Rail tariffs", "The participants note the tariffs."),
        )
        .await
        .id;
    let on = format!("texts/{text}");
    let expert_view = comment(
        &app,
        &secretariat,
        &on,
        json!({ "body": "Comments by Friday." }),
    )
    .await;
    expert_view.assert_status(StatusCode::CREATED);
    assert_eq!(expert_view.json()["author_party"], Value::Null);

    let observer = app.sign_in("tm.observer").await;
    app.get(
        &format!("/api/v1/texts/{text}/comments"),
        As::Person(&observer),
    )
    .await
    .assert_status(StatusCode::OK);
    let before = comments_rows(&app).await;
    let refused = comment(&app, &observer, &on, json!({ "body": "A view." })).await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert!(refused.problem().detail.contains("observers"));
    assert_eq!(comments_rows(&app).await, before);
    let page = app
        .get(&format!("/texts/{text}"), As::Person(&observer))
        .await;
    assert!(page.text().contains("Comments by Friday."));
    assert!(!page.text().contains("id=\"comment-form\""));

    let admin = app.sign_in("admin").await;
    app.get(
        &format!("/api/v1/texts/{text}/comments"),
        As::Person(&admin),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
}

async fn only_its_author_withdraws_a_comment_once_and_the_withdrawal_is_journaled_and_shown(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let uz_delegate = app.sign_in("uz.delegate").await;
    let paper = background_note(&app, &uz).await;
    let on = format!("papers/{paper}");
    let written = comment(&app, &uz, &on, json!({ "body": "A hasty remark." })).await;
    let id = id_of(&written);
    let withdraw = format!("/api/v1/comments/{id}/withdraw");

    let refused = app
        .post(&withdraw, As::Person(&uz_delegate), json!({}))
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert!(refused.problem().detail.contains("author"));

    let head = app.journal_head().await;
    let withdrawn = app.post(&withdraw, As::Person(&uz), json!({})).await;
    withdrawn.assert_status(StatusCode::OK);
    let withdrawn = withdrawn.json();
    assert_eq!(withdrawn["body"], Value::Null);
    assert!(withdrawn["withdrawn_at"].is_string());
    assert_eq!(app.journal_head().await, head + 1);
    let journal = app
        .get(&format!("/api/v1/journal?after={head}"), As::Person(&uz))
        .await;
    assert!(journal.text().contains("comment.withdraw"));
    assert!(journal.text().contains(&format!("comment:{id}")));

    let again = app.post(&withdraw, As::Person(&uz), json!({})).await;
    again.assert_status(StatusCode::CONFLICT);
    assert_eq!(app.journal_head().await, head + 1);

    // No answer to a withdrawn comment; the page shows the withdrawal, not the words.
    let answer = comment(
        &app,
        &uz_delegate,
        &on,
        json!({ "body": "Noted.", "reply_to": id }),
    )
    .await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.problem().errors[0].field, "reply_to");
    let page = app
        .get(&format!("/papers/{paper}"), As::Person(&uz_delegate))
        .await;
    let html = page.text();
    assert!(html.contains("Withdrawn by its author on"));
    assert!(!html.contains("A hasty remark."));
}

async fn bad_comments_are_refused_and_nothing_is_written(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let secretariat = app.sign_in("secretariat").await;
    let paper = background_note(&app, &uz).await;
    let on = format!("papers/{paper}");
    let elsewhere = app
        .draft_text(&secretariat, NewText::new("Another text", "Words."))
        .await
        .id;
    let other = comment(
        &app,
        &secretariat,
        &format!("texts/{elsewhere}"),
        json!({ "body": "On the other text." }),
    )
    .await;
    let other = id_of(&other);
    let before = comments_rows(&app).await;
    let head = app.journal_head().await;

    let cases = [
        (json!({ "body": " \n " }), "body"),
        (json!({ "body": "я".repeat(10_001) }), "body"),
        (json!({ "body": "a\u{0}b" }), "body"),
        (json!({ "body": "Fine.", "reply_to": other }), "reply_to"),
        (json!({ "body": "Fine.", "reply_to": 999_999 }), "reply_to"),
    ];
    for (body, field) in cases {
        let refused = comment(&app, &uz, &on, body.clone()).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            refused.header("content-type").as_deref(),
            Some("application/problem+json")
        );
        let problem = refused.problem();
        assert!(
            problem.errors.iter().any(|e| e.field == field),
            "{field}: {problem:?}"
        );
    }
    for shapeless in [
        json!({ "body": "Fine.", "pinned": true }),
        json!({ "body": 7 }),
        json!({ "body": "Fine.", "reply_to": "first" }),
    ] {
        let refused = comment(&app, &uz, &on, shapeless).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            refused.header("content-type").as_deref(),
            Some("application/problem+json")
        );
    }
    // The longest comment allowed goes in.
    comment(&app, &uz, &on, json!({ "body": "я".repeat(10_000) }))
        .await
        .assert_status(StatusCode::CREATED);
    assert_eq!(comments_rows(&app).await, before + 1);
    assert_eq!(app.journal_head().await, head + 1);
}

async fn comments_are_rendered_from_commonmark_and_sanitised(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let paper = background_note(&app, &uz).await;
    let written = comment(
        &app,
        &uz,
        &format!("papers/{paper}"),
        json!({ "body": "**Note** <script>alert(1)</script> [map](javascript:alert(2)) <img src=x onerror=alert(3)>" }),
    )
    .await;
    written.assert_status(StatusCode::CREATED);
    let html = written.json()["html"].as_str().expect("html").to_owned();
    assert!(html.contains("<strong>Note</strong>"), "{html}");
    for banned in ["<script", "javascript:", "onerror"] {
        assert!(!html.contains(banned), "{banned} in {html}");
    }
    let page = app.get(&format!("/papers/{paper}"), As::Person(&uz)).await;
    let page = page.text();
    assert!(page.contains("<strong>Note</strong>"));
    assert!(!page.contains("alert(1)</script>"));
    assert!(!page.contains("javascript:alert(2)"));
}

async fn a_delegate_comments_answers_and_withdraws_from_the_pages(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.delegate").await;
    let kz = app.sign_in("kz.envoy").await;
    let paper = background_note(&app, &uz).await;
    let path = format!("/papers/{paper}");

    let posted = app
        .post_form(
            &format!("{path}/comments"),
            &uz,
            &[("body", "Volumes by *2027*?")],
        )
        .await;
    posted.assert_status(StatusCode::SEE_OTHER);
    let location = posted.header("location").expect("a redirect");
    assert!(
        location.starts_with(&format!("{path}#comment-")),
        "{location}"
    );
    let first: i64 = location
        .rsplit('-')
        .next()
        .expect("an id")
        .parse()
        .expect("a number");

    let answered = app
        .post_form(
            &format!("{path}/comments"),
            &kz,
            &[("body", "Yes, 2027."), ("reply_to", &first.to_string())],
        )
        .await;
    answered.assert_status(StatusCode::SEE_OTHER);
    let page = app.get(&path, As::Person(&uz)).await.text();
    assert!(page.contains("Volumes by <em>2027</em>?"));
    assert!(page.contains("Yes, 2027."));
    assert!(page.contains("class=\"comment depth-1\""));

    // A blank comment is shown again with its message, and nothing is written.
    let before = comments_rows(&app).await;
    let refused = app
        .post_form(&format!("{path}/comments"), &uz, &[("body", "  ")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("write something before posting"));
    assert_eq!(comments_rows(&app).await, before);

    // The author withdraws from the page; the other delegation sees the withdrawal.
    let withdrawn = app
        .post_form(&format!("/comments/{first}/withdraw"), &uz, &[])
        .await;
    withdrawn.assert_status(StatusCode::SEE_OTHER);
    let page = app.get(&path, As::Person(&kz)).await.text();
    assert!(page.contains("Withdrawn by its author on"));
    assert!(!page.contains("Volumes by"));

    // The same from a text's page, in Russian.
    let secretariat = app.sign_in("secretariat").await;
    let text = app
        .draft_text(&secretariat, NewText::new("Rail tariffs", "The tariffs."))
        .await
        .id;
    let posted = app
        .post_form(
            &format!("/texts/{text}/comments"),
            &uz,
            &[("body", "Поддерживаем.")],
        )
        .await;
    posted.assert_status(StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/texts/{text}?lang=ru"), As::Person(&kz))
        .await;
    assert!(page.text().contains("Поддерживаем."));
}

both_backends!(
    a_discussion_on_a_listed_paper_is_seen_only_by_those_who_see_the_paper,
    a_comment_on_a_text_is_read_under_the_texts_marking,
    observers_read_a_discussion_but_do_not_comment,
    only_its_author_withdraws_a_comment_once_and_the_withdrawal_is_journaled_and_shown,
    bad_comments_are_refused_and_nothing_is_written,
    comments_are_rendered_from_commonmark_and_sanitised,
    a_delegate_comments_answers_and_withdraws_from_the_pages,
);
