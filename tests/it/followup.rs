//! Follow-through over the API (DOMAIN.md §6): the group's tracks and the agreements registry,
//! with totals over exactly what each reader may see.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{As, Session, TestApp};
use crate::views::JournalEntry;
use majlis::store::Backend;

fn uz_visit() -> Value {
    json!({
        "title": "Agreements of the prime minister's visit to Kabul",
        "party": "UZ",
        "counterpart": "AF",
        "track": "trade",
        "signed_on": "2024-08-17",
        "place": "Kabul",
        "count": 35,
        "value": { "amount_minor": 250_000_000_000_i64, "currency": "USD" },
        "status": "signed",
        "source": { "citation": "News reports of the visit" }
    })
}

fn kz_national() -> Value {
    json!({
        "title": "Memorandum on grain deliveries",
        "party": "KZ",
        "counterpart": "AF",
        "track": "trade",
        "signed_on": "2025-03-01",
        "place": "Astana",
        "status": "in_force",
        "source": { "citation": "KZ delegation's own record" },
        "distribution": "national"
    })
}

async fn agreements(app: &TestApp, who: &Session) -> Value {
    app.get("/api/v1/groups/CGA/agreements", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json()
}

fn titles(list: &Value) -> Vec<String> {
    list["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .map(|a| a["title"].as_str().expect("title").to_owned())
        .collect()
}

/// A party's total in a currency (`None`: its agreements recorded without a value).
fn total(list: &Value, party: &str, currency: Option<&str>) -> Option<(i64, u64)> {
    list["totals"]
        .as_array()
        .expect("totals")
        .iter()
        .find(|t| t["party"] == party && t["currency"].as_str() == currency)
        .map(|t| {
            (
                t["amount_minor"].as_i64().expect("amount"),
                t["count"].as_u64().expect("count"),
            )
        })
}

async fn the_registry_totals_what_each_reader_may_see(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let kz = app.sign_in("kz.envoy").await;
    let kg = app.sign_in("kg.envoy").await;
    let observer = app.sign_in("tm.observer").await;

    // The demo's registry: Uzbekistan's 35 agreements of the Kabul visit, about USD 2.5 bn.
    let demo = agreements(&app, &kg).await;
    assert_eq!(total(&demo, "UZ", Some("USD")), Some((250_000_000_000, 35)));
    let demo_titles = titles(&demo);

    let uz = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&secretariat),
            uz_visit(),
        )
        .await;
    let uz = uz.assert_status(StatusCode::CREATED).json();
    assert_eq!(uz["value"]["amount_minor"], 250_000_000_000_i64);
    assert_eq!(uz["distribution"], "group");
    let national = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&kz),
            kz_national(),
        )
        .await;
    assert_eq!(
        national.assert_status(StatusCode::CREATED).json()["originator"],
        "KZ"
    );

    // KZ sees its own national record, and its count joins KZ's total.
    let for_kz = agreements(&app, &kz).await;
    assert_eq!(titles(&for_kz).len(), demo_titles.len() + 2);
    assert_eq!(total(&for_kz, "KZ", None), Some((0, 2)));
    // Nobody else learns it exists: not in the list, not in any total.
    for other in [&secretariat, &kg, &observer] {
        let list = agreements(&app, other).await;
        assert_eq!(titles(&list).len(), demo_titles.len() + 1);
        assert!(!titles(&list).contains(&"Memorandum on grain deliveries".to_owned()));
        assert_eq!(total(&list, "KZ", None), Some((0, 1)));
        assert_eq!(total(&list, "UZ", Some("USD")), Some((500_000_000_000, 70)));
    }
    // The journal shows the others only a stub of the national entry.
    let journal: Vec<JournalEntry> = app
        .get("/api/v1/journal?group=CGA&limit=500", As::Person(&kg))
        .await
        .view::<Vec<JournalEntry>>();
    let last = journal.last().expect("entries");
    assert!(last.redacted, "{last:?}");
    let journal: Vec<JournalEntry> = app
        .get("/api/v1/journal?group=CGA&limit=500", As::Person(&kz))
        .await
        .view::<Vec<JournalEntry>>();
    let last = journal.last().expect("entries");
    assert_eq!(last.action.as_deref(), Some("agreement.create"));
}

async fn only_the_secretariat_or_the_partys_own_delegation_records_an_agreement(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kg = app.sign_in("kg.envoy").await;
    let before = titles(&agreements(&app, &kg).await);
    let reply = app
        .post("/api/v1/groups/CGA/agreements", As::Person(&kg), uz_visit())
        .await;
    reply.assert_status(StatusCode::FORBIDDEN);
    let admin = app.sign_in("admin").await;
    let reply = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&admin),
            uz_visit(),
        )
        .await;
    reply.assert_status(StatusCode::NOT_FOUND);
    let secretariat = app.sign_in("secretariat").await;
    let mut national = uz_visit();
    national["distribution"] = json!("national");
    let reply = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&secretariat),
            national,
        )
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    assert!(problem.errors.iter().any(|e| e.field == "distribution"));
    assert_eq!(titles(&agreements(&app, &secretariat).await), before);
}

async fn a_bad_agreement_is_refused_field_by_field_and_nothing_is_written(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let before = titles(&agreements(&app, &secretariat).await);
    let mut bad = uz_visit();
    bad["count"] = json!(-3);
    bad["value"] = json!({ "amount_minor": 5, "currency": "XYZ" });
    bad["signed_on"] = json!("2025-02-30");
    bad["track"] = json!("space");
    bad["party"] = json!("FR");
    bad["status"] = json!("ratified");
    bad["source"] = json!({ "citation": " ", "url": "javascript:alert(1)" });
    let reply = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&secretariat),
            bad,
        )
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    for field in [
        "count",
        "value.currency",
        "signed_on",
        "status",
        "source.citation",
        "source.url",
    ] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    // Fields that parse are then checked against the group.
    let mut unknown = uz_visit();
    unknown["track"] = json!("space");
    unknown["party"] = json!("FR");
    let reply = app
        .post(
            "/api/v1/groups/CGA/agreements",
            As::Person(&secretariat),
            unknown,
        )
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["party", "track"]);
    assert_eq!(titles(&agreements(&app, &secretariat).await), before);
}

async fn the_group_has_the_first_groups_tracks_until_the_secretariat_sets_its_own(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let tracks = app
        .get("/api/v1/groups/CGA/tracks", As::Person(&secretariat))
        .await
        .json();
    let codes: Vec<&str> = tracks
        .as_array()
        .expect("tracks")
        .iter()
        .map(|t| t["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes.len(), 10);
    assert!(codes.contains(&"transport_logistics"));
    app.post(
        "/api/v1/groups/CGA/agreements",
        As::Person(&secretariat),
        uz_visit(),
    )
    .await
    .assert_status(StatusCode::CREATED);
    // `trade` is in use and must stay; a set with it is accepted.
    let dropping_trade = json!({ "tracks": [{ "code": "energy", "name": "Energy" }] });
    let reply = app
        .put(
            "/api/v1/groups/CGA/tracks",
            As::Person(&secretariat),
            dropping_trade,
        )
        .await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // The demo roadmap's lines use transport, energy and humanitarian support: they stay too.
    let keeping = json!({ "tracks": [
        { "code": "trade", "name": "Trade" },
        { "code": "water", "name": "Water" },
        { "code": "transport_logistics", "name": "Transport and logistics" },
        { "code": "energy", "name": "Energy" },
        { "code": "humanitarian", "name": "Humanitarian support" }
    ] });
    let kz = app.sign_in("kz.envoy").await;
    app.put(
        "/api/v1/groups/CGA/tracks",
        As::Person(&kz),
        keeping.clone(),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.put(
        "/api/v1/groups/CGA/tracks",
        As::Person(&secretariat),
        keeping,
    )
    .await
    .assert_status(StatusCode::OK);
    let tracks = app
        .get("/api/v1/groups/CGA/tracks", As::Person(&kz))
        .await
        .json();
    assert_eq!(tracks[1]["code"], "water");
}

fn kabul_meeting() -> Value {
    json!({
        "party": "UZ",
        "date": "2025-06-10",
        "place": "Kabul",
        "level": "Special representative",
        "counterpart": "Ministry of Commerce and Industry",
        "tracks": ["trade", "transport_logistics"],
        "summary": "Railway financing and the border trade zone at Hairatan.",
        "follow_up": "Technical talks on tariffs next month."
    })
}

async fn engagement_ids(app: &TestApp, who: &Session) -> Vec<i64> {
    app.get("/api/v1/groups/CGA/engagements", As::Person(who))
        .await
        .assert_status(StatusCode::OK)
        .json()
        .as_array()
        .expect("records")
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect()
}

async fn an_engagement_is_its_partys_own_until_its_envoy_widens_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let record = app
        .post(
            "/api/v1/groups/CGA/engagements",
            As::Person(&envoy),
            kabul_meeting(),
        )
        .await;
    let record = record.assert_status(StatusCode::CREATED).json();
    assert_eq!(record["distribution"], "national");
    let id = record["id"].as_i64().expect("id");
    let path = format!("/api/v1/engagements/{id}");

    for own in ["uz.envoy", "uz.deputy", "uz.delegate"] {
        let session = app.sign_in(own).await;
        assert_eq!(engagement_ids(&app, &session).await, [id], "{own}");
        app.get(&path, As::Person(&session))
            .await
            .assert_status(StatusCode::OK);
    }
    let others = ["secretariat", "kz.envoy", "tm.observer", "admin"];
    for other in others {
        let session = app.sign_in(other).await;
        app.get(&path, As::Person(&session))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        if other != "admin" {
            assert!(engagement_ids(&app, &session).await.is_empty(), "{other}");
        }
    }

    // Only the envoy widens, and only wider.
    let delegate = app.sign_in("uz.delegate").await;
    let marking = format!("{path}/marking");
    app.post(
        &marking,
        As::Person(&delegate),
        json!({ "distribution": "group" }),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let widened = app
        .post(
            &marking,
            As::Person(&envoy),
            json!({ "distribution": "members" }),
        )
        .await;
    assert_eq!(
        widened.assert_status(StatusCode::OK).json()["distribution"],
        "members"
    );
    let kz = app.sign_in("kz.envoy").await;
    assert_eq!(engagement_ids(&app, &kz).await, [id]);
    let observer = app.sign_in("tm.observer").await;
    assert!(engagement_ids(&app, &observer).await.is_empty());
    let narrower = app
        .post(
            &marking,
            As::Person(&envoy),
            json!({ "distribution": "national" }),
        )
        .await;
    narrower.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(engagement_ids(&app, &kz).await, [id]);
}

async fn a_party_records_only_its_own_engagements_and_bad_ones_are_refused(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.envoy").await;
    app.post(
        "/api/v1/groups/CGA/engagements",
        As::Person(&kz),
        kabul_meeting(),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let secretariat = app.sign_in("secretariat").await;
    app.post(
        "/api/v1/groups/CGA/engagements",
        As::Person(&secretariat),
        kabul_meeting(),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let uz = app.sign_in("uz.envoy").await;
    let mut bad = kabul_meeting();
    bad["date"] = json!("2099-01-01");
    bad["tracks"] = json!(["space"]);
    let reply = app
        .post("/api/v1/groups/CGA/engagements", As::Person(&uz), bad)
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["date", "tracks"]);
    let mut unreadable = kabul_meeting();
    unreadable["date"] = json!("10.06.2025");
    unreadable["summary"] = json!("  ");
    unreadable["distribution"] = json!("everyone");
    let reply = app
        .post(
            "/api/v1/groups/CGA/engagements",
            As::Person(&uz),
            unreadable,
        )
        .await;
    let problem = reply
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .problem();
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["date", "summary", "distribution"]);
    assert!(engagement_ids(&app, &uz).await.is_empty());
}

async fn the_registry_and_the_engagements_work_as_pages(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kg = app.sign_in("kg.envoy").await;
    let html = app
        .get("/groups/CGA/agreements", As::Person(&kg))
        .await
        .assert_status(StatusCode::OK)
        .text();
    for text in [
        "USD 2.5 bn",
        ">35<",
        "Investment agreements of the Uzbek prime minister",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    let uz = app.sign_in("uz.envoy").await;
    let reply = app
        .post_form(
            "/groups/CGA/engagements",
            &uz,
            &[
                ("party", "UZ"),
                ("date", "2025-06-10"),
                ("place", "Kabul"),
                ("level", "Special representative"),
                ("counterpart", "Ministry of Commerce and Industry"),
                ("tracks", "trade"),
                ("tracks", "transport_logistics"),
                ("summary", "Railway financing."),
                ("follow_up", ""),
                ("distribution", "national"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let deputy = app.sign_in("uz.deputy").await;
    let html = app
        .get("/groups/CGA/engagements", As::Person(&deputy))
        .await
        .text();
    assert!(html.contains(
        "UZ with <bdi>Ministry of Commerce and Industry</bdi>, <bdi>Kabul</bdi>, 10 June 2025"
    ));
    assert!(html.contains("trade, transport_logistics"));
    let kz = app.sign_in("kz.envoy").await;
    let html = app
        .get("/groups/CGA/engagements", As::Person(&kz))
        .await
        .text();
    assert!(!html.contains("UZ with <bdi>Ministry of Commerce"));
    // A form without a track is shown again with its message, and nothing is recorded.
    let reply = app
        .post_form(
            "/groups/CGA/engagements",
            &uz,
            &[
                ("party", "UZ"),
                ("date", "2025-06-11"),
                ("place", "Kabul"),
                ("level", "Deputy"),
                ("counterpart", "Ministry of Economy"),
                ("summary", "Energy."),
            ],
        )
        .await;
    let html = reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY).text();
    assert!(html.contains("name at least one track"));
    assert_eq!(engagement_ids(&app, &uz).await.len(), 1);
}

both_backends!(
    the_registry_totals_what_each_reader_may_see,
    only_the_secretariat_or_the_partys_own_delegation_records_an_agreement,
    a_bad_agreement_is_refused_field_by_field_and_nothing_is_written,
    the_group_has_the_first_groups_tracks_until_the_secretariat_sets_its_own,
    an_engagement_is_its_partys_own_until_its_envoy_widens_it,
    a_party_records_only_its_own_engagements_and_bad_ones_are_refused,
    the_registry_and_the_engagements_work_as_pages,
);
