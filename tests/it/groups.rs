//! Groups, accounts and delegations: the administrator's work, and who sees what of a group.

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, TestApp, PASSWORD};
use crate::views::{Group, JournalEntry, Me, Role};
use majlis::store::Backend;

fn new_group() -> serde_json::Value {
    json!({
        "code": "WRG",
        "name": "Water Resources Group",
        "languages": ["Russian", "English"],
        "time_zone": "Asia/Almaty",
        "parties": [
            { "code": "KZ", "name": "Kazakhstan", "standing": "member" },
            { "code": "UZ", "name": "Uzbekistan", "standing": "member" },
            { "code": "AF", "name": "Afghanistan", "standing": "guest" }
        ],
        "rotation": ["KZ", "UZ"],
        "settings": { "min_silence_hours": 48 }
    })
}

async fn the_group_page_data_lists_members_observers_and_delegations(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let group = app.group(&envoy).await;
    assert_eq!(group.name, "Contact Group on Afghanistan");
    assert_eq!(group.members, ["KG", "KZ", "TJ", "UZ"]);
    assert_eq!(group.observers, ["TM"]);
    assert_eq!(group.rotation, ["UZ", "KZ", "KG", "TJ"]);
    assert_eq!(group.settings.quorum, 3);
    assert_eq!(group.settings.min_silence_hours, 24);
    let delegations = group.delegations.expect("delegations");
    assert!(delegations.iter().any(|d| d.username == "kz.envoy"
        && d.party.as_deref() == Some("KZ")
        && d.role == "envoy"));
    // Every account of the demo but the administrator holds a seat, each one seat.
    let admin = app.sign_in("admin").await;
    let mut seated: Vec<&str> = delegations.iter().map(|d| d.username.as_str()).collect();
    seated.sort_unstable();
    let users = app.users(&admin).await;
    let mut people: Vec<&str> = users
        .iter()
        .filter(|u| !u.is_admin)
        .map(|u| u.username.as_str())
        .collect();
    people.sort_unstable();
    assert_eq!(seated, people);
    let list: Vec<Group> = app.read("/api/v1/groups", As::Person(&envoy)).await;
    let codes: Vec<&str> = list.iter().map(|g| g.code.as_str()).collect();
    assert_eq!(codes, ["CGA"]);
}

async fn the_administrator_founds_a_group_creates_people_and_places_them(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let created = app
        .post("/api/v1/groups", As::Person(&admin), new_group())
        .await;
    let created: Group = created.assert_status(StatusCode::CREATED).view();
    assert_eq!(created.guests, ["AF"]);
    assert_eq!(created.settings.min_silence_hours, 48);
    let user = app
        .post("/api/v1/users", As::Person(&admin), json!({ "username": "af.envoy", "password": PASSWORD, "display_name": "Envoy of Afghanistan" }))
        .await;
    assert_eq!(user.status, StatusCode::CREATED, "{}", user.text());
    let placed = app
        .place(&admin, "WRG", "af.envoy", Some("AF"), "envoy")
        .await;
    placed.assert_status(StatusCode::CREATED);
    let guest = app.sign_in("af.envoy").await;
    let me: Me = app.read("/api/v1/me", As::Person(&guest)).await;
    assert_eq!(
        me.roles,
        [Role {
            group: "WRG".into(),
            party: Some("AF".into()),
            role: "envoy".into()
        }]
    );
    let twice = app
        .place(&admin, "WRG", "af.envoy", Some("AF"), "deputy")
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let removed = app
        .request(
            axum::http::Method::DELETE,
            "/api/v1/groups/WRG/delegations",
            As::Person(&admin),
            Some(json!({ "username": "af.envoy" })),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let me: Me = app.read("/api/v1/me", As::Person(&guest)).await;
    assert!(me.roles.is_empty(), "the seat is gone: {me:?}");
    assert_eq!(
        app.get("/api/v1/groups/WRG", As::Person(&guest))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn only_the_administrator_founds_groups_and_creates_accounts(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let envoy = app.sign_in("uz.envoy").await;
    let head = app.journal_head().await;
    let group = app
        .post("/api/v1/groups", As::Person(&envoy), new_group())
        .await;
    assert_eq!(group.status, StatusCode::FORBIDDEN);
    assert_eq!(group.problem().detail, "only the administrator may do this");
    let user = app
        .post(
            "/api/v1/users",
            As::Person(&envoy),
            json!({ "username": "x.someone", "password": PASSWORD, "display_name": "X" }),
        )
        .await;
    assert_eq!(user.status, StatusCode::FORBIDDEN);
    let patch = app
        .patch(
            "/api/v1/groups/CGA",
            As::Person(&envoy),
            json!({ "settings": { "min_silence_hours": 0 } }),
        )
        .await;
    assert_eq!(patch.status, StatusCode::FORBIDDEN);
    assert_eq!(app.journal_head().await, head);
}

async fn an_inconsistent_group_is_refused_field_by_field(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let head = app.journal_head().await;
    let group = json!({
        "code": "w",
        "name": "Water Resources Group",
        "languages": ["Russian", "English"],
        "time_zone": "Asia/Atlantis",
        "parties": [
            { "code": "KZ", "name": "Kazakhstan", "standing": "member" },
            { "code": "UZ", "name": "Uzbekistan", "standing": "friend" },
            { "code": "AF", "name": "Afghanistan", "standing": "guest" }
        ],
        "rotation": ["KZ", "UZ"]
    });
    let reply = app.post("/api/v1/groups", As::Person(&admin), group).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.problem().fields(),
        ["code", "time_zone", "parties[1].standing"]
    );
    let mut rotation = new_group();
    rotation["rotation"] = json!(["KZ", "AF"]);
    let reply = app
        .post("/api/v1/groups", As::Person(&admin), rotation)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    insta::assert_json_snapshot!("guest_in_rotation", reply.json());
    let short = app
        .post(
            "/api/v1/users",
            As::Person(&admin),
            json!({ "username": "new.user", "password": "short", "display_name": "New" }),
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        short.problem().first_message(),
        "must be at least 12 characters"
    );
    assert_eq!(app.journal_head().await, head, "nothing was recorded");
}

async fn the_administrator_may_allow_urgent_silence(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let reply = app
        .patch(
            "/api/v1/groups/CGA",
            As::Person(&admin),
            json!({ "settings": { "min_silence_hours": 0 } }),
        )
        .await;
    let group: Group = reply.assert_status(StatusCode::OK).view();
    assert_eq!(group.settings.min_silence_hours, 0);
    let bad = app
        .patch(
            "/api/v1/groups/CGA",
            As::Person(&admin),
            json!({ "settings": { "quorum": 9 } }),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn a_person_outside_the_group_finds_nothing_of_it(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    app.create_user(&admin, "outsider")
        .await
        .assert_status(StatusCode::CREATED);
    let outsider = app.sign_in("outsider").await;
    let secretariat = app.sign_in("secretariat").await;
    let meeting = app.planned_meeting(&secretariat).await;
    let seen: Vec<Group> = app.read("/api/v1/groups", As::Person(&secretariat)).await;
    assert!(
        seen.iter().any(|g| g.code == "CGA"),
        "a seat shows the group"
    );
    let groups: Vec<Group> = app.read("/api/v1/groups", As::Person(&outsider)).await;
    assert!(groups.is_empty(), "{groups:?}");
    for path in [
        "/api/v1/groups/CGA".to_owned(),
        "/api/v1/groups/CGA/meetings".to_owned(),
        format!("/api/v1/meetings/{meeting}"),
        "/api/v1/journal?group=CGA".to_owned(),
        format!("/meetings/{meeting}.ics"),
    ] {
        let reply = app.get(&path, As::Person(&outsider)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        let seated = app.get(&path, As::Person(&secretariat)).await;
        assert_eq!(seated.status, StatusCode::OK, "{path} is there for a seat");
    }
    let agenda = app.add_agenda_item(&outsider, meeting, "Intrusion").await;
    assert_eq!(agenda.status, StatusCode::NOT_FOUND);
}

async fn envoys_authorise_their_own_deputies_only(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let until = app.later(72);
    let envoy = app.sign_in("uz.envoy").await;
    let head = app.journal_head().await;
    let ok = app
        .post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(&envoy),
            json!({ "deputy": "uz.deputy", "until": until }),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text());
    let foreign = app
        .post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(&envoy),
            json!({ "deputy": "kz.deputy", "until": until }),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    let delegate = app.sign_in("uz.delegate").await;
    let by_delegate = app
        .post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(&delegate),
            json!({ "deputy": "uz.deputy", "until": until }),
        )
        .await;
    assert_eq!(by_delegate.status, StatusCode::FORBIDDEN);
    let past = app
        .post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(&envoy),
            json!({ "deputy": "uz.deputy", "until": "2020-01-01T00:00:00Z" }),
        )
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    let journal = app
        .journal(&envoy, &format!("group=CGA&after={head}"))
        .await;
    let recorded = journal
        .iter()
        .filter(|e| e.action.as_deref() == Some("authorisation.create"))
        .count();
    assert_eq!(recorded, 1);
}

async fn a_party_joins_a_founded_group_as_an_observer_or_a_guest(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let admin = app.sign_in("admin").await;
    let envoy = app.sign_in("uz.envoy").await;
    let afghanistan = json!({ "code": "AF", "name": "Afghanistan", "standing": "guest" });
    let head = app.journal_head().await;
    let by_envoy = app
        .post(
            "/api/v1/groups/CGA/parties",
            As::Person(&envoy),
            afghanistan.clone(),
        )
        .await;
    assert_eq!(by_envoy.status, StatusCode::FORBIDDEN);
    for (party, field) in [
        (
            json!({ "code": "TM", "name": "Turkmenistan", "standing": "guest" }),
            "code",
        ),
        (
            json!({ "code": "AZ", "name": "Azerbaijan", "standing": "member" }),
            "standing",
        ),
        (
            json!({ "code": "af", "name": "Afghanistan", "standing": "guest" }),
            "code",
        ),
    ] {
        let refused = app
            .post("/api/v1/groups/CGA/parties", As::Person(&admin), party)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused.problem().fields(), [field]);
    }
    let nowhere = app
        .post(
            "/api/v1/groups/XYZ/parties",
            As::Person(&admin),
            afghanistan.clone(),
        )
        .await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert_eq!(app.journal_head().await, head, "nothing changed");

    let joined = app
        .post(
            "/api/v1/groups/CGA/parties",
            As::Person(&admin),
            afghanistan,
        )
        .await;
    let group: Group = joined.assert_status(StatusCode::CREATED).view();
    assert_eq!(group.guests, ["AF"]);
    assert_eq!(group.rotation, ["UZ", "KZ", "KG", "TJ"]);
    assert_eq!(group.settings.quorum, 3, "guests have no voice");
    let entries: Vec<JournalEntry> = app
        .journal(&envoy, &format!("group=CGA&after={head}"))
        .await;
    assert_eq!(entries[0].action.as_deref(), Some("group.party_add"));
    let payload = entries[0].payload.as_ref().expect("in full");
    assert_eq!(payload.get("standing").map(String::as_str), Some("guest"));
}

both_backends!(
    the_group_page_data_lists_members_observers_and_delegations,
    the_administrator_founds_a_group_creates_people_and_places_them,
    only_the_administrator_founds_groups_and_creates_accounts,
    an_inconsistent_group_is_refused_field_by_field,
    the_administrator_may_allow_urgent_silence,
    a_person_outside_the_group_finds_nothing_of_it,
    envoys_authorise_their_own_deputies_only,
    a_party_joins_a_founded_group_as_an_observer_or_a_guest,
);
