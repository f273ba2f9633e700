//! The pages of people and the frame in Russian: the sign-in page, the groups, a group and
//! its journal, the profile, the administration, the inbox, the public record and the error
//! pages each speak the language the browser asks for, show no message identifier in place
//! of a word, and a language the person saved wins over the browser's.

use axum::http::{header, HeaderValue, Method, StatusCode};

use crate::both_backends;
use crate::helpers::{build_request, As, Reply, TestApp};
use crate::requests::{NewProcedure, NewText};
use majlis::store::Backend;

/// Every message identifier of the English `.ftl` files (`id = …` at the start of a line).
fn english_message_ids() -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("locales/en is readable") {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_none_or(|extension| extension != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("an .ftl file is readable");
        ids.extend(text.lines().filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            is_id.then(|| id.to_owned())
        }));
    }
    assert!(ids.len() > 100, "the English messages are read: {ids:?}");
    ids
}

/// `method path` as `who`, with `Accept-Language: language`.
async fn in_language(
    app: &TestApp,
    method: Method,
    path: &str,
    who: As<'_>,
    language: &'static str,
) -> Reply {
    let mut request = build_request(method, path, who, None);
    request
        .headers_mut()
        .insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static(language));
    app.send(request).await
}

/// Asserts that the page is Russian: marked so, with each of `words`, and no identifier of
/// a message left where its words should be.
#[track_caller]
fn assert_russian(path: &str, page: &Reply, words: &[&str], ids: &[String]) {
    let html = page.text();
    assert!(
        html.contains("<html lang=\"ru\" dir=\"ltr\">"),
        "{path} is not marked Russian"
    );
    for word in words {
        assert!(html.contains(word), "{path} lacks «{word}»:\n{html}");
    }
    let shown: Vec<&String> = ids.iter().filter(|id| html.contains(id.as_str())).collect();
    assert!(
        shown.is_empty(),
        "{path} shows identifiers {shown:?}:\n{html}"
    );
}

async fn every_page_of_people_speaks_russian_to_a_browser_that_asks_for_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let ids = english_message_ids();
    let secretariat = app.sign_in("secretariat").await;
    let text = app
        .draft_text(
            &secretariat,
            NewText::new("Statement on border crossings", "The parties agree."),
        )
        .await;
    app.open_procedure(
        &secretariat,
        text.id,
        NewProcedure::consensus(1, &app.later(48)),
    )
    .await;
    let envoy = app.sign_in("kz.envoy").await;
    app.create_token(&envoy, "reporting script").await;
    let admin = app.sign_in("admin").await;

    let pages: [(&str, Method, As<'_>, StatusCode, &[&str]); 11] = [
        (
            "/signin",
            Method::GET,
            As::Nobody,
            StatusCode::OK,
            &["Вход в Маджлис", "Имя пользователя", "Пароль"],
        ),
        (
            "/groups",
            Method::GET,
            As::Person(&envoy),
            StatusCode::OK,
            &["Ваши группы", "член", "наблюдател"],
        ),
        (
            "/groups/CGA",
            Method::GET,
            As::Person(&envoy),
            StatusCode::OK,
            &["Заседания", "О группе", "Стороны и делегации", "Кворум"],
        ),
        (
            "/groups/CGA/journal",
            Method::GET,
            As::Person(&envoy),
            StatusCode::OK,
            &[
                "Журнал: <bdi>Contact Group on Afghanistan</bdi>",
                "сентября",
            ],
        ),
        (
            "/me?done=time-zone",
            Method::GET,
            As::Person(&envoy),
            StatusCode::OK,
            &[
                "Часовой пояс сохранён.",
                "Ваши места в группах",
                "Активные сеансы",
                "API-токены",
                "Смена пароля",
                "Наделение заместителя полномочиями",
                "сентября",
            ],
        ),
        (
            "/admin",
            Method::GET,
            As::Person(&admin),
            StatusCode::OK,
            &[
                "Администрирование",
                "Создание учётной записи",
                "Учреждение группы",
            ],
        ),
        (
            "/inbox",
            Method::GET,
            As::Person(&envoy),
            StatusCode::OK,
            &["Входящие", "требуется ответ вашей стороны", "Срок: "],
        ),
        (
            "/public/CGA/decisions",
            Method::GET,
            As::Nobody,
            StatusCode::OK,
            &["Открытый реестр решений"],
        ),
        (
            "/groups/NOPE",
            Method::GET,
            As::Person(&envoy),
            StatusCode::NOT_FOUND,
            &["Страница не найдена", "К списку ваших групп"],
        ),
        (
            "/groups",
            Method::DELETE,
            As::Person(&envoy),
            StatusCode::METHOD_NOT_ALLOWED,
            &["Эта страница не выполняет такое действие"],
        ),
        (
            "/meetings/not-a-number",
            Method::GET,
            As::Person(&envoy),
            StatusCode::NOT_FOUND,
            &["Страница не найдена"],
        ),
    ];
    for (path, method, who, status, words) in pages {
        let page = in_language(&app, method, path, who, "ru").await;
        assert_eq!(page.status, status, "{path}: {}", page.text());
        assert_russian(path, &page, words, &ids);
    }
}

async fn a_saved_language_wins_over_the_browsers(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("kz.envoy").await;
    let english = in_language(&app, Method::GET, "/groups", As::Person(&envoy), "en").await;
    assert!(english.text().contains("Your groups"));

    app.put(
        "/api/v1/me/language",
        As::Person(&envoy),
        serde_json::json!({ "language": "ru" }),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);

    for path in ["/groups", "/me", "/inbox"] {
        let page = in_language(&app, Method::GET, path, As::Person(&envoy), "en").await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let html = page.text();
        assert!(html.contains("<html lang=\"ru\""), "{path}: {html}");
    }
    let groups = in_language(&app, Method::GET, "/groups", As::Person(&envoy), "en").await;
    assert!(groups.text().contains("Ваши группы"), "{}", groups.text());
}

both_backends!(
    every_page_of_people_speaks_russian_to_a_browser_that_asks_for_it,
    a_saved_language_wins_over_the_browsers,
);
