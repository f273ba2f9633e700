//! The group's dashboard (API.md "Follow-through"): overdue lines, lines due soon, open
//! procedures, the latest figures and the targets, over exactly what each reader may see.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use majlis::store::Backend;

async fn dashboard(app: &TestApp, who: &Session) -> Value {
    app.get("/api/v1/groups/CGA/dashboard", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json()
}

fn titles(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|item| item["title"].as_str().expect("title").to_owned())
        .collect()
}

async fn the_dashboard_shows_what_needs_doing_and_where_the_figures_stand(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let board = dashboard(&app, &kz).await;
    assert_eq!(board["today"], "2026-09-01");
    let overdue = titles(&board["overdue_lines"]);
    assert!(
        overdue.iter().any(|t| t.contains("Trans-Afghan railway")),
        "{overdue:?}"
    );
    assert!(board["overdue_lines"][0]["overdue"] == true);
    let open = titles(&board["open_procedures"]);
    assert!(
        open.contains(&"Statement on the Termez logistics hub".to_owned()),
        "{open:?}"
    );
    let latest = &board["latest_observations"][0];
    assert_eq!(latest["code"], "trade_turnover");
    assert_eq!(latest["observation"]["value"], "1700000000");
    let kz_target = board["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .find(|t| t["reporter"] == "KZ")
        .expect("KZ's target")
        .clone();
    assert_eq!(kz_target["progress_percent"], "18.17");

    // The page shows the same.
    let html = app
        .get("/groups/CGA/dashboard", As::Person(&kz))
        .await
        .assert_status(StatusCode::OK)
        .text();
    for text in [
        "Overdue lines",
        "badge-overdue",
        "Statement on the Termez logistics hub",
        "USD 1.7 bn",
        "18.17 %",
        "/chart.svg",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
}

async fn an_invisible_figure_changes_nobody_elses_dashboard(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let kz = app.sign_in("kz.envoy").await;
    let before = dashboard(&app, &kz).await;
    let id = before["latest_observations"][0]["indicator"]
        .as_i64()
        .expect("indicator");
    let own = json!({
        "reporter": "UZ", "partner": "AF",
        "period": { "start": "2026-01-01", "end": "2026-06-30" },
        "value": "950000000",
        "source": { "citation": "UZ delegation's own count" },
        "distribution": "national"
    });
    app.post(
        &format!("/api/v1/indicators/{id}/observations"),
        As::Person(&uz),
        own,
    )
    .await
    .assert_status(StatusCode::CREATED);
    let for_uz = dashboard(&app, &uz).await;
    assert_eq!(
        for_uz["latest_observations"][0]["observation"]["value"],
        "950000000"
    );
    let after = dashboard(&app, &kz).await;
    assert_eq!(after["latest_observations"], before["latest_observations"]);
    assert_eq!(after["targets"], before["targets"]);
    let admin = app.sign_in("admin").await;
    app.get("/api/v1/groups/CGA/dashboard", As::Person(&admin))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

both_backends!(
    the_dashboard_shows_what_needs_doing_and_where_the_figures_stand,
    an_invisible_figure_changes_nobody_elses_dashboard,
);
