//! A small group founded from nothing, for stories whose output must not depend on the demo's
//! contents (the snapshots of `records.rs`): the administrator, made as `majlis user add
//! --admin` makes it, founds the Water Resources Group of Kazakhstan and Uzbekistan and seats
//! its secretariat and the two envoys, all through the API on the fixed clock. Built by
//! `TestApp::init().with_group()`.

use axum::http::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, PASSWORD};
use majlis::app::users::Actor;
use majlis::http::input::UserInput;

/// The code of the group `with_group` founds.
pub const GROUP: &str = "WRG";

/// The administrator, the group and its people; see the module's documentation.
pub async fn found_group(app: &TestApp) {
    let administrator = UserInput {
        username: "admin".to_owned(),
        password: PASSWORD.to_owned(),
        display_name: "Installation administrator".to_owned(),
        is_admin: true,
        clearance: None,
        time_zone: None,
        email: None,
    };
    let request = administrator.parse().expect("a valid administrator");
    app.app
        .create_account(Actor::Installation, request)
        .await
        .expect("the first account");
    let admin = app.sign_in("admin").await;
    let group = json!({
        "code": GROUP,
        "name": "Water Resources Group",
        "languages": ["English", "Russian"],
        "time_zone": "Asia/Almaty",
        "parties": [
            { "code": "KZ", "name": "Kazakhstan", "standing": "member" },
            { "code": "UZ", "name": "Uzbekistan", "standing": "member" }
        ],
        "rotation": ["KZ", "UZ"]
    });
    app.post("/api/v1/groups", crate::helpers::As::Person(&admin), group)
        .await
        .assert_status(StatusCode::CREATED);
    for (username, party, role) in [
        ("secretariat", None, "secretariat"),
        ("kz.envoy", Some("KZ"), "envoy"),
        ("uz.envoy", Some("UZ"), "envoy"),
    ] {
        app.create_user(&admin, username)
            .await
            .assert_status(StatusCode::CREATED);
        app.place(&admin, GROUP, username, party, role)
            .await
            .assert_status(StatusCode::CREATED);
    }
}
