//! Roadmaps, action lines and progress reports (DOMAIN.md §6), over the API and the pages:
//! the secretariat keeps the plan, the parties on a line report on it, a line's status is its
//! latest report's, overdue lines say so, and a line is seen exactly as its marking allows.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use crate::views::JournalEntry;
use majlis::store::Backend;

/// The demo's roadmap (the only one): its id and its lines by title.
async fn demo_roadmap(app: &TestApp, who: &Session) -> Value {
    let list = app
        .get("/api/v1/groups/CGA/roadmaps", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json();
    let roadmaps = list.as_array().expect("roadmaps");
    assert_eq!(roadmaps.len(), 1, "{list}");
    roadmaps[0].clone()
}

fn line<'v>(roadmap: &'v Value, title: &str) -> &'v Value {
    roadmap["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["title"] == title)
        .unwrap_or_else(|| panic!("no line {title} in {roadmap}"))
}

fn titles(roadmap: &Value) -> Vec<String> {
    roadmap["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["title"].as_str().expect("title").to_owned())
        .collect()
}

fn id(value: &Value) -> i64 {
    value["id"].as_i64().expect("id")
}

/// A line of the transport track led by TJ with UZ taking part, from 2026-01-01 to 2027-06-30.
fn border_crossings() -> Value {
    json!({
        "title": "Modernised border crossings on the Amu Darya",
        "track": "transport_logistics",
        "leads": ["TJ"],
        "participants": ["UZ", "TJ"],
        "starts_on": "2026-01-01",
        "due_on": "2027-06-30",
        "deliverable": "Two crossings with joint customs control"
    })
}

async fn add_line(app: &TestApp, who: &Session, roadmap: i64, body: Value) -> Value {
    app.post(
        &format!("/api/v1/roadmaps/{roadmap}/lines"),
        As::Person(who),
        body,
    )
    .await
    .assert_status(StatusCode::CREATED)
    .json()
}

fn report(party: &str, as_of: &str, status: &str, progress: i64) -> Value {
    json!({
        "party": party,
        "as_of": as_of,
        "status": status,
        "progress": progress,
        "summary": "Design of both crossings agreed"
    })
}

async fn journal(app: &TestApp, who: &Session) -> Vec<JournalEntry> {
    app.get("/api/v1/journal?group=CGA&limit=500", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .view::<Vec<JournalEntry>>()
}

async fn the_demo_roadmap_shows_each_line_with_its_latest_report(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let observer = app.sign_in("tm.observer").await;
    let roadmap = demo_roadmap(&app, &observer).await;
    assert_eq!(roadmap["title"], "Regional cooperation roadmap 2025–2027");
    assert_eq!(roadmap["starts_on"], "2025-01-01");
    assert_eq!(roadmap["ends_on"], "2027-12-31");
    assert_eq!(roadmap["decision"], Value::Null);
    assert_eq!(titles(&roadmap).len(), 4);
    let casa = line(&roadmap, "CASA-1000 power transmission line");
    assert_eq!(casa["leads"], json!(["KG", "TJ"]));
    assert_eq!(casa["track"], "energy");
    assert_eq!(casa["status"], "in_progress");
    assert_eq!(casa["progress"], 55);
    assert_eq!(casa["reports"][0]["party"], "TJ");
    assert_eq!(casa["reports"][0]["as_of"], "2025-03-31");
    assert_eq!(casa["reports"][0]["recorded_by"], "tj.delegate");
    assert_eq!(casa["distribution"], "group");
    assert_eq!(casa["classification"], "unclassified");
    // The railway study was due on 2026-06-30 and is still in progress on 2026-09-01.
    let railway = line(&roadmap, "Trans-Afghan railway feasibility study");
    assert_eq!(railway["overdue"], true);
    let hub = line(&roadmap, "Termez logistics hub");
    assert_eq!(
        (&hub["status"], &hub["overdue"]),
        (&json!("done"), &json!(false))
    );
    // TM, an observer, leads TAPI and reported on it.
    let tapi = line(&roadmap, "TAPI gas pipeline");
    assert_eq!(tapi["reports"][0]["recorded_by"], "tm.observer");
    // The roadmap by id is the same.
    let by_id = app
        .get(
            &format!("/api/v1/roadmaps/{}", id(&roadmap)),
            As::Person(&observer),
        )
        .await
        .assert_status(StatusCode::OK)
        .json();
    assert_eq!(by_id, roadmap);
}

async fn the_secretariat_adds_a_line_and_its_lead_reports_progress(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let tj = app.sign_in("tj.delegate").await;
    let uz = app.sign_in("uz.deputy").await;
    let roadmap = id(&demo_roadmap(&app, &secretariat).await);

    let added = add_line(&app, &secretariat, roadmap, border_crossings()).await;
    assert_eq!(added["roadmap"], roadmap);
    assert_eq!(added["status"], "not_started");
    assert_eq!(added["progress"], 0);
    assert_eq!(added["overdue"], false);
    assert_eq!(added["distribution"], "group");
    // A lead is not listed again among those taking part.
    assert_eq!(added["participants"], json!(["UZ"]));
    let line_url = format!("/api/v1/lines/{}", id(&added));

    let reported = app
        .post(
            &format!("{line_url}/reports"),
            As::Person(&tj),
            report("TJ", "2026-08-31", "in_progress", 40),
        )
        .await;
    let reported = reported.assert_status(StatusCode::CREATED).json();
    assert_eq!(
        (&reported["status"], &reported["progress"]),
        (&json!("in_progress"), &json!(40))
    );
    assert_eq!(reported["reports"][0]["recorded_by"], "tj.delegate");

    // A participant's report as of an earlier day is kept, and does not set the line's state.
    app.post(
        &format!("{line_url}/reports"),
        As::Person(&uz),
        report("UZ", "2026-06-30", "delayed", 20),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let line = app.get(&line_url, As::Person(&uz)).await.json();
    assert_eq!(line["reports"].as_array().expect("reports").len(), 2);
    assert_eq!(
        (&line["status"], &line["progress"]),
        (&json!("in_progress"), &json!(40))
    );

    // The journal names the report, scoped as the line is.
    let entries = journal(&app, &uz).await;
    let last = entries.last().expect("entries");
    assert_eq!(last.action.as_deref(), Some("line.report"));
    assert_eq!(
        last.object.as_deref(),
        Some(format!("line:{}", id(&added)).as_str())
    );

    // The secretariat changes the line; only the fields given change.
    let changed = app
        .patch(
            &line_url,
            As::Person(&secretariat),
            json!({ "due_on": "2027-09-30", "participants": ["KZ"] }),
        )
        .await;
    let changed = changed.assert_status(StatusCode::OK).json();
    assert_eq!(changed["due_on"], "2027-09-30");
    assert_eq!(changed["participants"], json!(["KZ"]));
    assert_eq!(
        changed["title"],
        "Modernised border crossings on the Amu Darya"
    );
    assert_eq!(changed["progress"], 40);
    let last = journal(&app, &secretariat).await;
    assert_eq!(
        last.last().and_then(|e| e.action.as_deref()),
        Some("line.update")
    );
}

async fn only_the_parties_on_a_line_report_and_only_the_secretariat_keeps_the_plan(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let kz = app.sign_in("kz.envoy").await;
    let admin = app.sign_in("admin").await;
    let roadmap = id(&demo_roadmap(&app, &secretariat).await);
    let added = add_line(&app, &secretariat, roadmap, border_crossings()).await;
    let line_url = format!("/api/v1/lines/{}", id(&added));
    let reports = format!("{line_url}/reports");

    // KZ is not on the line: it sees it, and may not report on it, nor for another party.
    for party in ["KZ", "TJ"] {
        app.post(
            &reports,
            As::Person(&kz),
            report(party, "2026-08-31", "in_progress", 10),
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    }
    // The secretariat reports for no party.
    app.post(
        &reports,
        As::Person(&secretariat),
        report("TJ", "2026-08-31", "in_progress", 10),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    // A party's delegation keeps no plan.
    app.post(
        &format!("/api/v1/roadmaps/{roadmap}/lines"),
        As::Person(&kz),
        border_crossings(),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.patch(&line_url, As::Person(&kz), json!({ "title": "Another" }))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let roadmap_body =
        json!({ "title": "Another roadmap", "starts_on": "2026-01-01", "ends_on": "2026-12-31" });
    app.post(
        "/api/v1/groups/CGA/roadmaps",
        As::Person(&kz),
        roadmap_body.clone(),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);

    // The administrator follows no group's business, and learns nothing of it.
    for path in [
        "/api/v1/groups/CGA/roadmaps".to_owned(),
        format!("/api/v1/roadmaps/{roadmap}"),
        line_url.clone(),
    ] {
        app.get(&path, As::Person(&admin))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        app.get(&path, As::Nobody)
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    app.post(
        &reports,
        As::Person(&admin),
        report("TJ", "2026-08-31", "in_progress", 10),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    app.post(
        "/api/v1/groups/CGA/roadmaps",
        As::Person(&admin),
        roadmap_body,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    let line = app.get(&line_url, As::Person(&kz)).await.json();
    assert!(line["reports"].as_array().expect("reports").is_empty());
}

async fn a_line_past_its_due_date_is_overdue_until_it_is_done(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let tj = app.sign_in("tj.envoy").await;
    let roadmap = id(&demo_roadmap(&app, &secretariat).await);
    let mut late = border_crossings();
    late["due_on"] = json!("2026-08-31");
    let added = add_line(&app, &secretariat, roadmap, late).await;
    assert_eq!(added["overdue"], true);
    let done = app
        .post(
            &format!("/api/v1/lines/{}/reports", id(&added)),
            As::Person(&tj),
            report("TJ", "2026-09-01", "done", 100),
        )
        .await;
    assert_eq!(
        done.assert_status(StatusCode::CREATED).json()["overdue"],
        false
    );
    // Due today is not yet overdue.
    let mut today = border_crossings();
    today["due_on"] = json!("2026-09-01");
    assert_eq!(
        add_line(&app, &secretariat, roadmap, today).await["overdue"],
        false
    );
}

async fn a_listed_line_is_seen_only_by_those_it_goes_to(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let tj = app.sign_in("tj.delegate").await;
    let uz = app.sign_in("uz.envoy").await;
    let observer = app.sign_in("tm.observer").await;
    let roadmap = id(&demo_roadmap(&app, &secretariat).await);

    // The chair at the demo's time is KZ (the Astana meeting); listing it lets the secretariat
    // see the line it keeps.
    let mut listed = border_crossings();
    listed["participants"] = json!([]);
    listed["distribution"] = json!("listed");
    listed["listed"] = json!(["TJ", "KZ"]);
    let added = add_line(&app, &secretariat, roadmap, listed).await;
    assert_eq!(added["listed"], json!(["TJ", "KZ"]));
    let line_url = format!("/api/v1/lines/{}", id(&added));
    app.post(
        &format!("{line_url}/reports"),
        As::Person(&tj),
        report("TJ", "2026-08-31", "in_progress", 30),
    )
    .await
    .assert_status(StatusCode::CREATED);

    for (who, sees) in [
        (&tj, true),
        (&secretariat, true),
        (&uz, false),
        (&observer, false),
    ] {
        let roadmap = demo_roadmap(&app, who).await;
        let listed_here =
            titles(&roadmap).contains(&"Modernised border crossings on the Amu Darya".to_owned());
        assert_eq!(listed_here, sees);
        let status = app.get(&line_url, As::Person(who)).await.status;
        let expected = if sees {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        assert_eq!(status, expected);
        // The line's creation and its report: in full, or a stub.
        let entries = journal(&app, who).await;
        let about_line: Vec<&JournalEntry> = entries.iter().rev().take(2).collect();
        for entry in about_line {
            assert_eq!(entry.redacted, !sees, "{entry:?}");
            if !sees {
                assert!(
                    entry.action.is_none() && entry.object.is_none() && entry.payload.is_none()
                );
            }
        }
    }
    // A party outside the listing may not report either: it does not find the line.
    app.post(
        &format!("{line_url}/reports"),
        As::Person(&uz),
        report("UZ", "2026-08-31", "in_progress", 30),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);

    // A listing that leaves out a party on the line, or the chair, or a national line, is
    // refused: nobody on the line or keeping it would fail to see it.
    let mut cases = Vec::new();
    let mut without_lead = border_crossings();
    without_lead["distribution"] = json!("listed");
    without_lead["listed"] = json!(["UZ", "KZ"]);
    cases.push((without_lead, "distribution"));
    let mut without_chair = border_crossings();
    without_chair["distribution"] = json!("listed");
    without_chair["listed"] = json!(["TJ", "UZ"]);
    cases.push((without_chair, "listed"));
    let mut national = border_crossings();
    national["distribution"] = json!("national");
    cases.push((national, "distribution"));
    let mut members_with_observer = border_crossings();
    members_with_observer["distribution"] = json!("members");
    members_with_observer["participants"] = json!(["TM"]);
    cases.push((members_with_observer, "distribution"));
    for (body, field) in cases {
        let reply = app
            .post(
                &format!("/api/v1/roadmaps/{roadmap}/lines"),
                As::Person(&secretariat),
                body,
            )
            .await;
        let problem = reply
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .problem();
        assert!(
            problem.errors.iter().any(|e| e.field == field),
            "{field}: {problem:?}"
        );
    }
}

async fn fields(reply: &crate::helpers::Reply) -> Vec<String> {
    reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem()
        .errors
        .iter()
        .map(|e| e.field.clone())
        .collect()
}

async fn bad_input_is_refused_field_by_field_and_nothing_is_written(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let tj = app.sign_in("tj.delegate").await;
    let roadmap = id(&demo_roadmap(&app, &secretariat).await);
    let lines_url = format!("/api/v1/roadmaps/{roadmap}/lines");
    let added = add_line(&app, &secretariat, roadmap, border_crossings()).await;
    let line_url = format!("/api/v1/lines/{}", id(&added));
    let head = app.journal_head().await;
    let counts = "SELECT (SELECT COUNT(*) FROM roadmaps) * 1000000 \
                  + (SELECT COUNT(*) FROM action_lines) * 1000 \
                  + (SELECT COUNT(*) FROM line_reports)";
    let before = app.scalar(counts).await;

    // What does not parse, named field by field.
    let mut bad = border_crossings();
    bad["starts_on"] = json!("2026-02-30");
    bad["due_on"] = json!("soon");
    bad["track"] = json!("Transport!");
    bad["leads"] = json!(["tajikistan"]);
    bad["title"] = json!(" ");
    bad["distribution"] = json!("everyone");
    let reply = app.post(&lines_url, As::Person(&secretariat), bad).await;
    let refused = fields(&reply).await;
    for field in [
        "starts_on",
        "due_on",
        "track",
        "leads",
        "title",
        "distribution",
    ] {
        assert!(
            refused.contains(&field.to_owned()),
            "{field} in {refused:?}"
        );
    }
    // What parses, checked against the group and the rules.
    let mut bad = border_crossings();
    bad["due_on"] = json!("2025-12-31");
    bad["track"] = json!("space");
    bad["leads"] = json!(["FR"]);
    bad["participants"] = json!(["AF"]);
    let reply = app.post(&lines_url, As::Person(&secretariat), bad).await;
    assert_eq!(
        fields(&reply).await,
        ["leads", "participants", "track", "due_on"]
    );
    let reply = app
        .patch(
            &line_url,
            As::Person(&secretariat),
            json!({ "starts_on": "2027-07-01" }),
        )
        .await;
    assert_eq!(fields(&reply).await, ["due_on"]);
    let reply = app
        .patch(&line_url, As::Person(&secretariat), json!({ "leads": [] }))
        .await;
    assert_eq!(fields(&reply).await, ["leads"]);
    let reply = app
        .patch(&line_url, As::Person(&secretariat), json!({}))
        .await;
    assert_eq!(fields(&reply).await, ["body"]);

    // Reports: out of range, from the future, inconsistent, not a status.
    let reports = format!("{line_url}/reports");
    for (body, field) in [
        (report("TJ", "2026-08-31", "in_progress", 140), "progress"),
        (report("TJ", "2026-08-31", "in_progress", -1), "progress"),
        (report("TJ", "2026-09-02", "in_progress", 10), "as_of"),
        (report("TJ", "2026-08-31", "done", 90), "progress"),
        (report("TJ", "2026-08-31", "not_started", 5), "progress"),
        (report("TJ", "2026-08-31", "finished", 10), "status"),
        (report("TJ", "2026-13-01", "in_progress", 10), "as_of"),
    ] {
        let reply = app.post(&reports, As::Person(&tj), body).await;
        assert_eq!(fields(&reply).await, [field]);
    }
    let fraction =
        json!({ "party": "TJ", "as_of": "2026-08-31", "status": "in_progress", "progress": 10.5 });
    app.post(&reports, As::Person(&tj), fraction)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    // Roadmaps: ending before they start, naming no decision of the group.
    let reply = app
        .post(
            "/api/v1/groups/CGA/roadmaps",
            As::Person(&secretariat),
            json!({ "title": "Backwards", "starts_on": "2026-01-01", "ends_on": "2025-12-31" }),
        )
        .await;
    assert_eq!(fields(&reply).await, ["ends_on"]);
    let reply = app
        .post(
            "/api/v1/groups/CGA/roadmaps",
            As::Person(&secretariat),
            json!({ "title": "Adopted?", "starts_on": "2026-01-01", "ends_on": "2026-12-31", "decision": 999 }),
        )
        .await;
    assert_eq!(fields(&reply).await, ["decision"]);

    assert_eq!(app.journal_head().await, head);
    assert_eq!(app.scalar(counts).await, before);
}

async fn a_roadmap_names_the_decision_that_adopted_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let decisions = app
        .get("/api/v1/groups/CGA/decisions", As::Person(&secretariat))
        .await
        .assert_status(StatusCode::OK)
        .json();
    let decision = decisions[0]["id"].as_i64().expect("a demo decision");
    let created = app
        .post(
            "/api/v1/groups/CGA/roadmaps",
            As::Person(&secretariat),
            json!({ "title": "Work plan of the Contact Group 2026", "starts_on": "2026-01-01",
                    "ends_on": "2026-12-31", "decision": decision }),
        )
        .await;
    let created = created.assert_status(StatusCode::CREATED).json();
    assert_eq!(created["decision"], decision);
    assert!(created["decision_symbol"]
        .as_str()
        .expect("symbol")
        .starts_with("CGA/"));
    assert_eq!(created["lines"], json!([]));
    let kz = app.sign_in("kz.envoy").await;
    let list = app
        .get("/api/v1/groups/CGA/roadmaps", As::Person(&kz))
        .await
        .json();
    // Latest starting first.
    assert_eq!(list[0]["title"], "Work plan of the Contact Group 2026");
    assert_eq!(list[1]["title"], "Regional cooperation roadmap 2025–2027");
    let entries = journal(&app, &kz).await;
    let last = entries.last().expect("entries");
    assert_eq!(last.action.as_deref(), Some("roadmap.create"));
}

async fn the_roadmap_page_flags_the_overdue_line_and_a_lead_reports_from_the_line_page(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let tj = app.sign_in("tj.delegate").await;
    let kz = app.sign_in("kz.envoy").await;
    let roadmap = demo_roadmap(&app, &tj).await;
    let group = app.get("/groups/CGA", As::Person(&tj)).await.text();
    assert!(group.contains("<a href=\"/groups/CGA/roadmaps\">Roadmaps</a>"));
    let list = app
        .get("/groups/CGA/roadmaps", As::Person(&tj))
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(list.contains("Regional cooperation roadmap 2025–2027"));
    assert!(list.contains("1 overdue"));
    assert!(
        !list.contains("Record a roadmap"),
        "only the secretariat keeps the plan"
    );

    let page = app
        .get(&format!("/roadmaps/{}", id(&roadmap)), As::Person(&tj))
        .await
        .assert_status(StatusCode::OK)
        .text();
    for title in [
        "Trans-Afghan railway feasibility study",
        "CASA-1000 power transmission line",
        "TAPI gas pipeline",
        "Termez logistics hub",
    ] {
        assert!(page.contains(title), "{title}");
    }
    // One line is overdue, and the page says so in words.
    assert_eq!(
        page.matches("<span class=\"badge badge-overdue\">overdue</span>")
            .count(),
        1
    );
    assert!(page.contains("<progress max=\"100\" value=\"55\""));
    assert!(page.contains("Transport and logistics"));
    assert!(!page.contains("Add an action line"));

    // The lead's delegate finds the report form with its party filled in.
    let casa = id(line(&roadmap, "CASA-1000 power transmission line"));
    let line_page = format!("/lines/{casa}");
    let form = app.get(&line_page, As::Person(&tj)).await.text();
    assert!(
        form.contains("name=\"party\" required value=\"TJ\""),
        "{form}"
    );
    assert!(form.contains("The 500 kV line between Datka and Sughd was energised"));
    // KZ is not on the line: no form.
    let seen_by_kz = app.get(&line_page, As::Person(&kz)).await.text();
    assert!(!seen_by_kz.contains("Report progress"));

    // An invalid report is shown again with its message, and changes nothing.
    let reports = format!("/lines/{casa}/reports");
    let mut fields = vec![
        ("party", "TJ"),
        ("as_of", "2026-08-31"),
        ("status", "in_progress"),
        ("progress", "120"),
        ("summary", "Tenders for the Afghan section are out"),
    ];
    let again = app.post_form(&reports, &tj, &fields).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let again = again.text();
    assert!(again.contains("must be a whole number from 0 to 100"));
    assert!(again.contains("Tenders for the Afghan section are out"));
    fields[3] = ("progress", "70");
    let done = app.post_form(&reports, &tj, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    assert_eq!(
        done.header("location").as_deref(),
        Some(format!("/lines/{casa}?done=report").as_str())
    );
    let line = app
        .get(&format!("/api/v1/lines/{casa}"), As::Person(&kz))
        .await
        .json();
    assert_eq!(
        (&line["status"], &line["progress"]),
        (&json!("in_progress"), &json!(70))
    );
    let shown = app
        .get(&format!("{line_page}?done=report"), As::Person(&tj))
        .await
        .text();
    assert!(shown.contains("Your report is recorded."));
}

async fn the_secretariat_records_a_roadmap_and_a_line_from_the_pages(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let list = app
        .get("/groups/CGA/roadmaps", As::Person(&secretariat))
        .await
        .text();
    assert!(list.contains("Record a roadmap"));
    let backwards = [
        ("title", "Work plan 2026"),
        ("starts_on", "2026-12-31"),
        ("ends_on", "2026-01-01"),
        ("decision", ""),
    ];
    let again = app
        .post_form("/groups/CGA/roadmaps", &secretariat, &backwards)
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("the period ends before it starts"));
    let plan = [
        ("title", "Work plan 2026"),
        ("starts_on", "2026-01-01"),
        ("ends_on", "2026-12-31"),
        ("decision", ""),
    ];
    let created = app
        .post_form("/groups/CGA/roadmaps", &secretariat, &plan)
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let location = created.header("location").expect("location");
    let roadmap = location
        .trim_start_matches("/roadmaps/")
        .trim_end_matches("?done=roadmap")
        .to_owned();
    let mut line = vec![
        ("title", "Joint customs training"),
        ("track", "border_control"),
        ("leads", "KZ, KG"),
        ("participants", ""),
        ("starts_on", "2026-03-01"),
        ("due_on", "2026-02-01"),
        ("deliverable", "Two courses for customs officers"),
        ("distribution", "group"),
        ("listed", ""),
        ("classification", "unclassified"),
    ];
    let lines = format!("/roadmaps/{roadmap}/lines");
    let again = app.post_form(&lines, &secretariat, &line).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again
        .text()
        .contains("the line cannot be due before it starts"));
    line[5] = ("due_on", "2026-11-30");
    let added = app.post_form(&lines, &secretariat, &line).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let page = app
        .get(&format!("/roadmaps/{roadmap}"), As::Person(&secretariat))
        .await
        .text();
    assert!(page.contains("Joint customs training"));
    assert!(page.contains("KZ, KG"));
    assert!(page.contains("not started"));
}

both_backends!(
    the_demo_roadmap_shows_each_line_with_its_latest_report,
    the_secretariat_adds_a_line_and_its_lead_reports_progress,
    only_the_parties_on_a_line_report_and_only_the_secretariat_keeps_the_plan,
    a_line_past_its_due_date_is_overdue_until_it_is_done,
    a_listed_line_is_seen_only_by_those_it_goes_to,
    bad_input_is_refused_field_by_field_and_nothing_is_written,
    a_roadmap_names_the_decision_that_adopted_it,
    the_roadmap_page_flags_the_overdue_line_and_a_lead_reports_from_the_line_page,
    the_secretariat_records_a_roadmap_and_a_line_from_the_pages,
);
