//! The follow-through pages in Russian (issue 9): the dashboard, the indicators, the
//! agreements, the engagements and the roadmaps speak the reader's language, write numbers,
//! money and dates the Russian way (`545,2 млн долл. США`, `1 сентября 2026 г.`), and show no
//! message identifier in place of a word.

use std::collections::BTreeSet;
use std::path::Path;

use axum::http::{header, HeaderValue, Method, StatusCode};
use serde_json::Value;

use crate::both_backends;
use crate::helpers::{build_request, As, Session, TestApp};
use majlis::store::Backend;

/// Every message identifier of the English locale (`id = …` at the start of a line).
fn english_message_ids() -> BTreeSet<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(folder).expect("the English locale") {
        let path = entry.expect("a readable folder").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable .ftl file");
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// A page as a browser that asks for Russian gets it.
async fn in_russian(app: &TestApp, path: &str, who: &Session) -> String {
    let mut request = build_request(Method::GET, path, As::Person(who), None);
    request
        .headers_mut()
        .insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("ru"));
    let reply = app.send(request).await;
    reply.assert_status(StatusCode::OK);
    reply.text()
}

#[track_caller]
fn assert_says(page: &str, path: &str, words: &[&str]) {
    for text in words {
        assert!(page.contains(text), "{path} lacks «{text}»:\n{page}");
    }
}

#[track_caller]
/// Whether `id` stands on the page as a word of its own, as a message left unwritten shows;
/// not as part of a longer name (an element's `id="open-procedures-heading"`).
fn shows(page: &str, id: &str) -> bool {
    let part_of_a_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    page.match_indices(id).any(|(at, _)| {
        let before = page[..at].chars().next_back();
        let after = page[at + id.len()..].chars().next();
        !before.is_some_and(part_of_a_name) && !after.is_some_and(part_of_a_name)
    })
}

fn assert_no_identifier(page: &str, path: &str, ids: &BTreeSet<String>) {
    let shown: Vec<&String> = ids.iter().filter(|id| shows(page, id)).collect();
    assert!(shown.is_empty(), "{path} shows identifiers {shown:?}");
}

async fn id_of(app: &TestApp, who: &Session, list: &str, key: &str, value: &str) -> i64 {
    let items: Value = app
        .get(list, As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json();
    items
        .as_array()
        .expect("a list")
        .iter()
        .find(|item| item[key] == value)
        .and_then(|item| item["id"].as_i64())
        .unwrap_or_else(|| panic!("no {key} = {value} in {items}"))
}

async fn the_follow_through_pages_speak_russian(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let ids = english_message_ids();
    let turnover = id_of(
        &app,
        &kz,
        "/api/v1/groups/CGA/indicators",
        "code",
        "trade_turnover",
    )
    .await;
    let roadmap = id_of(
        &app,
        &kz,
        "/api/v1/groups/CGA/roadmaps",
        "title",
        "Regional cooperation roadmap 2025–2027",
    )
    .await;

    let pages: Vec<(String, Vec<&str>)> = vec![
        (
            "/groups/CGA/dashboard".to_owned(),
            vec![
                "<html lang=\"ru\"",
                "<h1>Сводная панель: <bdi>",
                "По состоянию на 1 сентября 2026\u{202f}г.",
                "Просроченные направления работы",
                "Открытые процедуры",
                "Последние значения показателей",
                "1,7 млрд долл. США",
                "18,17 %",
            ],
        ),
        (
            "/groups/CGA/indicators".to_owned(),
            vec!["<h1>Показатели: <bdi>", "Единица измерения", "долл. США"],
        ),
        (
            format!("/indicators/{turnover}"),
            vec![
                "Расхождения между источниками",
                "545,2 млн долл. США",
                "Значение для KZ–AF за январь–сентябрь 2024 г. (700 млн долл. США, \
                 <bdi>Founding news report, citing CACI Analyst</bdi>) превышает значение за \
                 весь 2024 год (545,2 млн долл. США,",
                "Необходимый ежегодный рост: <strong>40,6 % в год</strong>",
                "Порядок расчёта",
                "расхождени",
            ],
        ),
        (
            format!("/indicators/{turnover}/chart.svg"),
            vec![
                "единица измерения — долл. США",
                "расхождени",
                "млн долл. США",
            ],
        ),
        (
            "/groups/CGA/agreements".to_owned(),
            vec![
                "Соглашения сторон группы «<bdi>",
                "Реестр",
                "2,5 млрд долл. США",
                "Зарегистрировать соглашение",
            ],
        ),
        (
            "/groups/CGA/engagements".to_owned(),
            vec!["<h1>Контакты с властями</h1>", "Кому доступно"],
        ),
        (
            "/groups/CGA/roadmaps".to_owned(),
            vec!["<h1>Дорожные карты: <bdi>", "просрочено: 1"],
        ),
        (
            format!("/roadmaps/{roadmap}"),
            vec![
                "Дорожная карта группы «<bdi>",
                "<h2 id=\"lines-heading\">Направления работы</h2>",
                "Ведущие стороны",
                "<span class=\"badge badge-overdue\">просрочено</span>",
                "выполняется",
            ],
        ),
    ];
    for (path, words) in &pages {
        let page = in_russian(&app, path, &kz).await;
        assert_says(&page, path, words);
        assert_no_identifier(&page, path, &ids);
        for english in [
            "Overdue lines",
            "Where the sources disagree",
            "Registry",
            "Action lines",
            "USD 545.2 M",
            "figures in USD",
        ] {
            assert!(!page.contains(english), "{path} still says «{english}»");
        }
    }

    // A line's page, with its reports, in Russian too.
    let line_page = in_russian(&app, &format!("/roadmaps/{roadmap}"), &kz).await;
    let line = line_page
        .split("href=\"/lines/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a line's link")
        .to_owned();
    let path = format!("/lines/{line}");
    let page = in_russian(&app, &path, &kz).await;
    assert_says(
        &page,
        &path,
        &["Отчёты о ходе выполнения", "Уровень секретности"],
    );
    assert_no_identifier(&page, &path, &ids);
}

both_backends!(the_follow_through_pages_speak_russian);
