//! Indicators over the API (DOMAIN.md §6): every figure kept with its source, conflicts shown
//! and never merged, targets' progress computed exactly, CSV in (ours or UN Comtrade's, all
//! rows or none) and out, and the chart; all over what the reader may see.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use majlis::store::Backend;

/// The demo's trade indicator, as `who` sees it.
async fn turnover(app: &TestApp, who: &Session) -> Value {
    let list = app
        .get("/api/v1/groups/CGA/indicators", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json();
    let id = list
        .as_array()
        .expect("indicators")
        .iter()
        .find(|i| i["code"] == "trade_turnover")
        .expect("the demo's indicator")["id"]
        .as_i64()
        .expect("id");
    app.get(&format!("/api/v1/indicators/{id}"), As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json()
}

fn reasons(indicator: &Value) -> Vec<String> {
    indicator["conflicts"]
        .as_array()
        .expect("conflicts")
        .iter()
        .map(|c| c["reason"].as_str().expect("reason").to_owned())
        .collect()
}

fn values(indicator: &Value, reporter: &str) -> Vec<String> {
    indicator["observations"]
        .as_array()
        .expect("observations")
        .iter()
        .filter(|o| o["reporter"] == reporter)
        .map(|o| o["value"].as_str().expect("value").to_owned())
        .collect()
}

async fn send_csv(app: &TestApp, path: &str, who: &Session, body: &str) -> crate::helpers::Reply {
    let request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(header::HOST, "majlis.test")
        .header(header::ORIGIN, "http://majlis.test")
        .header(header::COOKIE, format!("majlis_session={}", who.cookie))
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(body.to_owned()))
        .expect("request");
    app.send(request).await
}

async fn every_figure_is_kept_with_its_source_and_disagreements_are_shown(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let indicator = turnover(&app, &kz).await;
    assert_eq!(indicator["observations"].as_array().map(Vec::len), Some(13));
    assert_eq!(values(&indicator, "KZ").len(), 5);
    let reasons = reasons(&indicator);
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("700000000")
                && r.contains("exceeds 545200000 for the whole of 2024")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("UZ–AF for 2023") && r.contains("disagree")),
        "{reasons:?}"
    );
    let kz_target = indicator["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .find(|t| t["reporter"] == "KZ")
        .expect("KZ's target")
        .clone();
    assert_eq!(kz_target["progress_percent"], "18.17");
    let growth: f64 = kz_target["growth_needed_percent_per_year"]
        .as_str()
        .expect("growth")
        .parse()
        .expect("a number");
    assert!((40.0..42.0).contains(&growth), "{growth}");
}

async fn a_national_figure_changes_nothing_another_party_is_shown(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let uz = app.sign_in("uz.envoy").await;
    let kz = app.sign_in("kz.envoy").await;
    let secretariat = app.sign_in("secretariat").await;
    let before_kz = turnover(&app, &kz).await;
    let id = before_kz["id"].as_i64().expect("id");
    let own = json!({
        "reporter": "UZ", "partner": "AF",
        "period": { "start": "2023-01-01", "end": "2023-12-31" },
        "value": "500000000",
        "source": { "citation": "UZ delegation's own estimate" },
        "distribution": "national"
    });
    app.post(
        &format!("/api/v1/indicators/{id}/observations"),
        As::Person(&uz),
        own,
    )
    .await
    .assert_status(StatusCode::CREATED);
    let for_uz = turnover(&app, &uz).await;
    assert_eq!(values(&for_uz, "UZ").len(), 6);
    assert!(reasons(&for_uz).len() > reasons(&before_kz).len());
    for other in [&kz, &secretariat] {
        let seen = turnover(&app, other).await;
        assert_eq!(seen["observations"], before_kz["observations"]);
        assert_eq!(seen["conflicts"], before_kz["conflicts"]);
        let list = app
            .get("/api/v1/groups/CGA/indicators", As::Person(other))
            .await
            .json();
        assert_eq!(list[0]["observations"], 13);
        let csv = app
            .get(
                &format!("/api/v1/indicators/{id}/observations.csv"),
                As::Person(other),
            )
            .await;
        let csv = csv.assert_status(StatusCode::OK).text();
        assert!(!csv.contains("own estimate"));
        let chart = app
            .get(&format!("/indicators/{id}/chart.svg"), As::Person(other))
            .await
            .text();
        assert!(!chart.contains("own estimate"));
    }
    let csv = app
        .get(
            &format!("/api/v1/indicators/{id}/observations.csv"),
            As::Person(&uz),
        )
        .await
        .text();
    assert!(csv.contains("own estimate"));
}

async fn the_export_and_the_chart_are_read_by_independent_parsers(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let id = turnover(&app, &kz).await["id"].as_i64().expect("id");
    let reply = app
        .get(
            &format!("/api/v1/indicators/{id}/observations.csv"),
            As::Person(&kz),
        )
        .await;
    assert!(reply
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/csv")));
    let mut reader = csv::Reader::from_reader(reply.body.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "reporter",
            "partner",
            "period_start",
            "period_end",
            "value",
            "source",
            "note"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 13);
    assert!(
        rows.iter()
            .any(|r| &r[4] == "545200000"
                && &r[5] == "Kazakh deputy prime minister, via Astana Times")
    );
    let reply = app
        .get(&format!("/indicators/{id}/chart.svg"), As::Person(&kz))
        .await;
    assert!(reply
        .header("content-type")
        .is_some_and(|t| t.starts_with("image/svg+xml")));
    let svg = reply.text();
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    for part in ["title", "desc"] {
        assert!(
            root.children().any(|n| n.tag_name().name() == part),
            "{part}"
        );
    }
    app.get(&format!("/indicators/{id}/chart.svg"), As::Nobody)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
}

async fn a_year_of_comtrade_rows_is_imported_whole_or_not_at_all(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = turnover(&app, &secretariat).await["id"]
        .as_i64()
        .expect("id");
    let path = format!("/api/v1/indicators/{id}/observations.csv?source=UN%20Comtrade");
    let bad = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n\
               2021,UZB,AFG,X,600000000\n\
               2021,UZB,AFG,M,25000000.5\n\
               2021,UZB,ZZZ,M,1\n\
               2021,KAZ,AFG,X,lots\n\
               2021,KAZ,AFG,M,5\n";
    let reply = send_csv(&app, &path, &secretariat, bad).await;
    let problem = reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY).json();
    let errors = problem["errors"].as_array().expect("errors");
    let rows: Vec<(i64, &str)> = errors
        .iter()
        .map(|e| {
            (
                e["row"].as_i64().expect("row"),
                e["field"].as_str().expect("field"),
            )
        })
        .collect();
    // Row 6 is an imports row whose exports row (5) did not read, so its turnover is incomplete.
    assert_eq!(
        rows,
        [(4, "partnerISO"), (5, "primaryValue"), (6, "flowCode")]
    );
    assert_eq!(
        turnover(&app, &secretariat).await["observations"]
            .as_array()
            .map(Vec::len),
        Some(13)
    );

    let good = "refYear,reporterISO,partnerISO,flowCode,primaryValue\n\
                2021,UZB,AFG,X,600000000\n\
                2021,UZB,AFG,M,25000000.5\n\
                2021,KAZ,AFG,X,800000000\n\
                2021,KAZ,AFG,M,1000000\n";
    let reply = send_csv(&app, &path, &secretariat, good).await;
    assert_eq!(
        reply.assert_status(StatusCode::CREATED).json()["imported"],
        2
    );
    let indicator = turnover(&app, &secretariat).await;
    let uz_2021 = indicator["observations"]
        .as_array()
        .expect("observations")
        .iter()
        .find(|o| o["reporter"] == "UZ" && o["period"]["start"] == "2021-01-01")
        .expect("the imported figure")
        .clone();
    assert_eq!(uz_2021["value"], "625000000.5");
    assert_eq!(uz_2021["source"]["citation"], "UN Comtrade");

    // Only the secretariat imports; a form of another kind is refused.
    let kz = app.sign_in("kz.envoy").await;
    send_csv(&app, &path, &kz, good)
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let reply = app.post(&path, As::Person(&secretariat), json!({})).await;
    reply.assert_status(StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

/// Posts a figure that must be refused; answers the fields the problem document names.
async fn refused_fields(app: &TestApp, who: &Session, indicator: i64, body: Value) -> Vec<String> {
    let reply = app
        .post(
            &format!("/api/v1/indicators/{indicator}/observations"),
            As::Person(who),
            body,
        )
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    problem.errors.into_iter().map(|e| e.field).collect()
}

async fn bad_figures_are_refused_naming_each_field(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = turnover(&app, &secretariat).await["id"]
        .as_i64()
        .expect("id");
    let bad = json!({
        "reporter": "uz", "partner": "AF",
        "period": { "start": "2024-09-30", "end": "2024-01-01" },
        "value": "1e9",
        "source": { "citation": "" },
    });
    assert_eq!(
        refused_fields(&app, &secretariat, id, bad).await,
        ["reporter", "period.end", "value", "source.citation"]
    );
    let impossible = json!({
        "reporter": "UZ", "partner": "AF",
        "period": { "start": "2023-02-29", "end": "2023-12-31" },
        "value": "-5",
        "source": { "citation": "Somewhere" },
    });
    let fields = refused_fields(&app, &secretariat, id, impossible).await;
    assert_eq!(fields[0], "period.start");
    let negative = json!({
        "reporter": "UZ", "partner": "AF",
        "period": { "start": "2023-01-01", "end": "2023-12-31" },
        "value": "-5",
        "source": { "citation": "Somewhere" },
    });
    let fields = refused_fields(&app, &secretariat, id, negative).await;
    assert_eq!(fields[0], "value");
    assert_eq!(
        turnover(&app, &secretariat).await["observations"]
            .as_array()
            .map(Vec::len),
        Some(13)
    );
}

async fn the_indicator_page_says_plainly_where_sources_disagree(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    let id = turnover(&app, &kz).await["id"].as_i64().expect("id");
    let page = app.get(&format!("/indicators/{id}"), As::Person(&kz)).await;
    let html = page.assert_status(StatusCode::OK).text();
    for text in [
        "KZ–AF January–September 2024 (USD 700 M, Founding news report, citing CACI Analyst) \
         exceeds the figure for the whole of 2024 (USD 545.2 M, Kazakh deputy prime minister, \
         via Astana Times)",
        "The figures for UZ–AF in 2023 disagree: USD 866 M",
        "USD 266 M (Afghan ministry figure, via Eurasianet)",
        "18.17 %",
        "Growth still needed: <strong>40.6 % a year",
        "<svg",
        "Record a figure",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    assert!(
        !html.contains("Import figures from CSV"),
        "the secretariat imports"
    );

    // The secretariat imports a pasted table from the page; a bad row is listed and nothing
    // is stored.
    let secretariat = app.sign_in("secretariat").await;
    let table = "reporter,partner,period_start,period_end,value,source,note\n\
                 TJ,AF,2024-01-01,2024-12-31,120000000,Tajik statistics,\n\
                 TJ,AF,2024-13-01,2024-12-31,5,Tajik statistics,\n";
    let reply = app
        .post_form(
            &format!("/indicators/{id}/import"),
            &secretariat,
            &[("csv", table), ("source", "")],
        )
        .await;
    let html = reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY).text();
    assert!(html.contains("Nothing was stored"), "{html}");
    assert!(html.contains("row 3, period_start"), "{html}");
    let good = "reporter,partner,period_start,period_end,value,source,note\n\
                TJ,AF,2024-01-01,2024-12-31,120000000,Tajik statistics,\n";
    let reply = app
        .post_form(
            &format!("/indicators/{id}/import"),
            &secretariat,
            &[("csv", good), ("source", "")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/indicators/{id}?imported=1"), As::Person(&kz))
        .await
        .text();
    assert!(page.contains("USD 120 M"));
}

async fn a_long_series_lists_its_latest_figures_and_all_on_request(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let id = turnover(&app, &secretariat).await["id"]
        .as_i64()
        .expect("id");
    let mut table = String::from("reporter,partner,period_start,period_end,value,source,note\n");
    for month in 1..=12 {
        for year in [2020, 2021, 2022] {
            table.push_str(&format!(
                "TJ,AF,{year}-{month:02}-01,{year}-{month:02}-28,{},Monthly bulletin,\n",
                1000 + month
            ));
        }
    }
    send_csv(
        &app,
        &format!("/api/v1/indicators/{id}/observations.csv"),
        &secretariat,
        &table,
    )
    .await
    .assert_status(StatusCode::CREATED);
    let page = app
        .get(&format!("/indicators/{id}"), As::Person(&secretariat))
        .await
        .text();
    // 36 monthly figures and the 2023 one: the latest 24 are listed, 13 are not.
    assert!(page.contains("13 earlier figures of TJ–AF"), "{page}");
    let all = app
        .get(&format!("/indicators/{id}?all=1"), As::Person(&secretariat))
        .await
        .text();
    assert!(!all.contains("earlier figures of TJ–AF"));
    assert_eq!(all.matches("<td>Monthly bulletin</td>").count(), 36);
}

both_backends!(
    every_figure_is_kept_with_its_source_and_disagreements_are_shown,
    a_national_figure_changes_nothing_another_party_is_shown,
    the_export_and_the_chart_are_read_by_independent_parsers,
    a_year_of_comtrade_rows_is_imported_whole_or_not_at_all,
    bad_figures_are_refused_naming_each_field,
    the_indicator_page_says_plainly_where_sources_disagree,
    a_long_series_lists_its_latest_figures_and_all_on_request,
);
