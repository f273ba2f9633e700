//! Accounts, groups, seats, authorisations, sessions and API tokens through the store.

use super::{at, charter, label, new_user, parties, party, start, Fixture};
use crate::both_backends;
use majlis::domain::group::{GroupParty, GroupSettings};
use majlis::domain::ids::{GroupId, SessionId, UserId};
use majlis::domain::marking::Classification;
use majlis::domain::names::{GroupCode, Username};
use majlis::domain::role::{Role, Standing};
use majlis::domain::time::ZoneName;
use majlis::store::{Backend, StoreError};

async fn accounts_read_back_as_written_and_a_taken_username_is_a_named_conflict(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let zed = fixture.user("zed.envoy", "Zed").await;
    let mut amy = new_user("amy.admin", "Amy");
    amy.is_admin = true;
    amy.clearance = Classification::Confidential;
    amy.time_zone = ZoneName::parse("Asia/Almaty").expect("a zone");
    let mut tx = fixture.begin().await;
    let amy_id = tx.insert_user(&amy, start()).await.expect("inserted");
    fixture.commit(tx).await;

    let read = store.user_by_id(amy_id).await.expect("amy");
    assert_eq!(
        (read.username.as_str(), read.display_name.as_str()),
        ("amy.admin", "Amy")
    );
    assert_eq!(read.password_hash, "hash of amy.admin");
    assert!(read.is_admin && !read.disabled);
    assert_eq!(read.clearance, Classification::Confidential);
    assert_eq!(read.time_zone.as_str(), "Asia/Almaty");
    let by_name = store.user_by_username(&amy.username).await.expect("read");
    assert_eq!(by_name.map(|user| user.id), Some(amy_id));
    let names: Vec<String> = store
        .users()
        .await
        .expect("users")
        .iter()
        .map(|user| user.username.to_string())
        .collect();
    assert_eq!(names, ["amy.admin", "zed.envoy"]);
    assert_eq!(store.user_count().await.expect("count"), 2);

    let mut tx = fixture.begin().await;
    match tx.insert_user(&amy, start()).await {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "a user with this username already exists"
            )
        }
        other => panic!("a second amy.admin: {other:?}"),
    }
    drop(tx);
    let unknown = Username::parse("nobody").expect("a username");
    assert!(store
        .user_by_username(&unknown)
        .await
        .expect("read")
        .is_none());
    assert!(matches!(
        store.user_by_id(UserId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));

    let mut tx = fixture.begin().await;
    tx.set_calendar_token_hash(zed, "calendar-hash")
        .await
        .expect("set");
    tx.set_time_zone(zed, &ZoneName::parse("Asia/Kabul").expect("zone"))
        .await
        .expect("set");
    fixture.commit(tx).await;
    let by_token = store.user_by_calendar_token("calendar-hash").await;
    let found = by_token.expect("read").expect("zed by his calendar token");
    assert_eq!((found.id, found.time_zone.as_str()), (zed, "Asia/Kabul"));
    let mut tx = fixture.begin().await;
    tx.set_disabled(zed, true).await.expect("disabled");
    assert!(matches!(
        tx.set_disabled(UserId::new(9_999), true).await,
        Err(StoreError::NotFound)
    ));
    fixture.commit(tx).await;
    assert!(store.user_by_id(zed).await.expect("zed").disabled);
    let by_token = store.user_by_calendar_token("calendar-hash").await;
    assert!(by_token.expect("read").is_none(), "a disabled account");
}

async fn groups_keep_languages_and_rotation_in_the_order_recorded(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let mut other = charter("BGA");
    other.languages = vec![label("Pashto")];
    other.rotation = parties(&["TJ", "UZ", "KZ"]);
    other.settings.quorum = None;
    let mut tx = fixture.begin().await;
    let bga = tx.insert_group(&other, start()).await.expect("founded");
    fixture.commit(tx).await;

    let group = store.group_by_id(cga).await.expect("CGA");
    let expected = charter("CGA");
    assert_eq!(group.code, expected.code);
    assert_eq!(group.name, expected.name);
    assert_eq!(group.languages, expected.languages);
    assert_eq!(group.time_zone, expected.time_zone);
    assert_eq!(group.settings, expected.settings);
    assert_eq!(group.rotation, parties(&["UZ", "KZ", "TJ"]));
    let codes: Vec<&str> = group.parties.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["KZ", "OSCE", "TJ", "UZ"], "parties by code");
    assert_eq!(group.member_count(), 3);
    let by_code = store.group_by_code(&expected.code).await.expect("read");
    assert_eq!(by_code.map(|g| g.id), Some(cga));

    let all = store.groups().await.expect("groups");
    let listed: Vec<(GroupId, Vec<String>, Vec<String>)> = all
        .iter()
        .map(|g| {
            let languages = g.languages.iter().map(ToString::to_string).collect();
            (
                g.id,
                languages,
                g.rotation.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (
                bga,
                vec!["Pashto".into()],
                vec!["TJ".into(), "UZ".into(), "KZ".into()]
            ),
            (
                cga,
                vec!["Russian".into(), "English".into(), "Dari".into()],
                vec!["UZ".into(), "KZ".into(), "TJ".into()]
            ),
        ],
        "by code, each with its own lists"
    );
    assert_eq!(all[0].settings.quorum, None);

    let unknown = GroupCode::parse("ZZZ").expect("a code");
    assert!(store.group_by_code(&unknown).await.expect("read").is_none());
    assert!(matches!(
        store.group_by_id(GroupId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));
    let mut tx = fixture.begin().await;
    match tx.insert_group(&charter("CGA"), start()).await {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "a group with this code already exists"
            )
        }
        other => panic!("a second CGA: {other:?}"),
    }
}

async fn parties_join_and_settings_change_once_founded(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let cga = fixture.group("CGA").await;
    let guest = GroupParty {
        code: party("AF"),
        name: label("Afghanistan"),
        standing: Standing::Guest,
    };
    let mut tx = fixture.begin().await;
    tx.insert_group_party(cga, &guest).await.expect("joins");
    let settings = GroupSettings {
        quorum: None,
        min_silence_hours: 0,
    };
    tx.update_group_settings(cga, &label("Renamed"), settings)
        .await
        .expect("updated");
    fixture.commit(tx).await;

    let group = fixture.store.group_by_id(cga).await.expect("CGA");
    assert_eq!(group.party(&party("AF")), Some(&guest));
    assert_eq!(group.rotation, parties(&["UZ", "KZ", "TJ"]), "outside it");
    assert_eq!((group.name.as_str(), group.settings), ("Renamed", settings));
    let mut tx = fixture.begin().await;
    match tx.insert_group_party(cga, &guest).await {
        Err(StoreError::Conflict(what)) => assert_eq!(
            majlis::i18n::Locale::default().message(&what),
            "this party is already in the group"
        ),
        other => panic!("AF joining twice: {other:?}"),
    }
}

async fn seats_and_authorisations_read_back_with_names_and_times(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let envoy = fixture.user("kz.envoy", "Aigerim").await;
    let deputy = fixture.user("kz.deputy", "Bolat").await;
    let clerk = fixture.user("clerk", "Clerk").await;
    let kz = party("KZ");
    let mut tx = fixture.begin().await;
    tx.insert_seat(cga, deputy, Some(&kz), Role::Deputy, "Counsellor", start())
        .await
        .expect("seat");
    tx.insert_seat(cga, envoy, Some(&kz), Role::Envoy, "", start())
        .await
        .expect("seat");
    tx.insert_seat(cga, clerk, None, Role::Secretariat, "", start())
        .await
        .expect("seat");
    tx.insert_authorisation(cga, &kz, envoy, deputy, at(48), start())
        .await
        .expect("authorised");
    fixture.commit(tx).await;

    let seats = store.seats_of_group(cga).await.expect("seats");
    let order: Vec<(Option<&str>, Role, &str)> = seats
        .iter()
        .map(|s| {
            (
                s.party.as_ref().map(|p| p.as_str()),
                s.role,
                s.display_name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            (None, Role::Secretariat, "Clerk"),
            (Some("KZ"), Role::Envoy, "Aigerim"),
            (Some("KZ"), Role::Deputy, "Bolat"),
        ]
    );
    let mine = store.seats_of_user(deputy).await.expect("seats");
    assert_eq!(mine.len(), 1);
    let seat = &mine[0];
    assert_eq!((seat.group, seat.user), (cga, deputy));
    assert_eq!(
        (seat.username.as_str(), seat.title.as_str()),
        ("kz.deputy", "Counsellor")
    );
    assert_eq!(seat.standing, Some(Standing::Member));

    let until = store.authorised_until(cga, &kz, deputy, start()).await;
    assert_eq!(until.expect("read"), Some(at(48)));
    let lapsed = store.authorised_until(cga, &kz, deputy, at(48)).await;
    assert_eq!(lapsed.expect("read"), None, "over at its end");
    let other = store
        .authorised_until(cga, &party("UZ"), deputy, start())
        .await;
    assert_eq!(other.expect("read"), None, "only for the envoy's party");
    let live = store.live_authorisations(cga, start()).await.expect("live");
    assert_eq!(live.len(), 1);
    assert_eq!(
        (live[0].party.as_str(), live[0].valid_until),
        ("KZ", at(48))
    );
    assert_eq!(
        (live[0].envoy.as_str(), live[0].deputy.as_str()),
        ("Aigerim", "Bolat")
    );

    let mut tx = fixture.begin().await;
    tx.delete_seat(cga, clerk).await.expect("left");
    assert!(matches!(
        tx.delete_seat(cga, clerk).await,
        Err(StoreError::NotFound)
    ));
    match tx
        .insert_seat(cga, envoy, Some(&kz), Role::Envoy, "", start())
        .await
    {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "this person already has a seat in the group"
            )
        }
        other => panic!("a second seat: {other:?}"),
    }
}

async fn sessions_and_api_tokens_live_until_they_expire(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let amy = fixture.user("amy", "Amy").await;
    let zed = fixture.user("zed", "Zed").await;
    store
        .insert_session(amy, "cookie-hash", "csrf", start(), at(12))
        .await
        .expect("session");
    let live = store
        .live_session("cookie-hash", at(1))
        .await
        .expect("read");
    let live = live.expect("live an hour later");
    assert_eq!((live.account.id, live.csrf_token.as_str()), (amy, "csrf"));
    assert_eq!(live.last_seen_at, Some(start()));
    store.touch_session(live.id, at(2)).await.expect("touched");
    let listed = store.sessions_of(amy, at(2)).await.expect("sessions");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            listed[0].id,
            listed[0].created_at,
            listed[0].expires_at,
            listed[0].last_seen_at
        ),
        (live.id, start(), at(12), Some(at(2)))
    );
    assert!(matches!(
        store.delete_session_of(zed, live.id).await,
        Err(StoreError::NotFound)
    ));
    assert!(store
        .live_session("cookie-hash", at(12))
        .await
        .expect("read")
        .is_none());
    assert_eq!(
        store.delete_expired_sessions(at(12)).await.expect("swept"),
        1
    );

    let mut tx = fixture.begin().await;
    let token = tx
        .insert_api_token(amy, "Deploy script", "token-hash", start(), at(24 * 90))
        .await
        .expect("token");
    fixture.commit(tx).await;
    let live = store
        .live_api_token("token-hash", at(1))
        .await
        .expect("read");
    let live = live.expect("a live token");
    assert_eq!((live.id, live.user, live.last_used_at), (token, amy, None));
    store.touch_api_token(token, at(3)).await.expect("touched");
    let tokens = store.api_tokens_of(amy, at(3)).await.expect("tokens");
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].name.as_str(), "Deploy script");
    assert_eq!(
        (
            tokens[0].created_at,
            tokens[0].expires_at,
            tokens[0].last_used_at
        ),
        (start(), at(24 * 90), Some(at(3)))
    );
    store
        .insert_session(amy, "kept-cookie", "csrf", start(), at(12))
        .await
        .expect("session");
    store
        .insert_session(amy, "ended-cookie", "csrf", start(), at(12))
        .await
        .expect("session");
    let kept = store
        .live_session("kept-cookie", at(1))
        .await
        .expect("read");
    let kept = kept.expect("live").id;
    let mut tx = fixture.begin().await;
    assert!(matches!(
        tx.delete_api_token_of(zed, token).await,
        Err(StoreError::NotFound)
    ));
    let name = tx.delete_api_token_of(amy, token).await.expect("revoked");
    assert_eq!(name.as_str(), "Deploy script");
    let revoked = tx.end_credentials(amy, Some(kept)).await.expect("ended");
    assert_eq!(revoked, 0, "the only token was revoked already");
    fixture.commit(tx).await;
    assert!(store
        .live_api_token("token-hash", at(1))
        .await
        .expect("read")
        .is_none());
    assert!(store
        .live_session("ended-cookie", at(1))
        .await
        .expect("read")
        .is_none());
    let left: Vec<SessionId> = store
        .sessions_of(amy, at(1))
        .await
        .expect("sessions")
        .iter()
        .map(|session| session.id)
        .collect();
    assert_eq!(left, [kept]);
}

both_backends!(
    accounts_read_back_as_written_and_a_taken_username_is_a_named_conflict,
    groups_keep_languages_and_rotation_in_the_order_recorded,
    parties_join_and_settings_change_once_founded,
    seats_and_authorisations_read_back_with_names_and_times,
    sessions_and_api_tokens_live_until_they_expire,
);
