//! A database as the previous release left it (schema up to 0005, lists joined in one
//! column, a journal chained by `domain::journal`) opens with this release: it migrates, every
//! record reads back as it was written, the journal verifies, and the chain goes on.

use std::collections::BTreeMap;

use sqlx::AnyPool;

use super::{at, label, parties, party, start, test_entry};
use crate::both_backends;
use crate::helpers::database_url;
use majlis::app::{App, Settings};
use majlis::domain::ids::{GroupId, MeetingId, ProcedureId, TextId, UserId};
use majlis::domain::journal::{
    append, Action, Entry, Head, JournalScope, NewEntry, ObjectRef, Payload,
};
use majlis::domain::marking::Distribution;
use majlis::domain::procedure::{Event, Position, ProcedureKind};
use majlis::domain::text::content_hash;
use majlis::store::{Backend, NewProcedure, Store};

/// The last schema version the previous release shipped.
const PREVIOUS_RELEASE: i64 = 5;

enum Value {
    Int(i64),
    Text(String),
    Null,
}

use Value::{Int, Null, Text};

fn text(value: &str) -> Value {
    Text(value.to_owned())
}

/// `hours` after the start, as the previous release stored instants.
fn micros(hours: i64) -> Value {
    Int(at(hours).as_microsecond())
}

/// Runs one statement with its values bound.
async fn write(pool: &AnyPool, sql: &str, values: Vec<Value>) {
    let mut query = sqlx::query(sql);
    for value in values {
        query = match value {
            Int(number) => query.bind(number),
            Text(text) => query.bind(text),
            Null => query.bind(None::<i64>),
        };
    }
    query
        .execute(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// The previous release's rows: accounts, a group whose languages are one per line with its
/// parties and rotation, a meeting with a guest, two texts (one listing parties
/// comma-joined), a version, and a procedure whose members are comma-joined, with an event.
fn previous_release_rows() -> Vec<(&'static str, Vec<Value>)> {
    let draft = content_hash("draft").to_hex();
    vec![
        (
            "INSERT INTO users (username, display_name, password_hash, is_admin, created_at) \
             VALUES ('admin', 'Administrator', 'hash', 1, $1), \
             ('kz.envoy', 'Aigerim', 'hash', 0, $1)",
            vec![micros(0)],
        ),
        (
            "INSERT INTO groups (code, name, languages, time_zone, quorum, min_silence_hours, \
             created_at) VALUES ('CGA', 'Contact Group', $1, 'Asia/Tashkent', NULL, 24, $2)",
            vec![text("Russian\nEnglish\nDari"), micros(0)],
        ),
        (
            "INSERT INTO group_parties (group_id, code, name, standing, rotation_position) \
             VALUES (1, 'UZ', 'Uzbekistan', 'member', 0), (1, 'KZ', 'Kazakhstan', 'member', 1), \
             (1, 'TJ', 'Tajikistan', 'member', 2), (1, 'OSCE', 'OSCE', 'observer', NULL)",
            vec![],
        ),
        (
            "INSERT INTO seats (group_id, user_id, party_code, role, title, created_at) \
             VALUES (1, 2, 'KZ', 'envoy', '', $1)",
            vec![micros(0)],
        ),
        (
            "INSERT INTO meetings (group_id, format, ordinal, host, chair, city, venue, \
             starts_at, ends_at, time_zone, status, created_at) VALUES (1, 'envoys', 1, 'UZ', \
             'UZ', 'Tashkent', 'Forum', $1, $2, 'Asia/Tashkent', 'planned', $3)",
            vec![micros(24), micros(32), micros(0)],
        ),
        (
            "INSERT INTO meeting_guests (meeting_id, party_code) VALUES (1, 'AF')",
            vec![],
        ),
        (
            "INSERT INTO texts (group_id, title, kind, language, distribution, classification, \
             originator, penholder, listed, lists_secretariat, meeting_id, created_by, \
             created_at) VALUES (1, 'Joint statement', 'joint_statement', 'ru', 'listed', \
             'restricted', 'KZ', 'KZ', $1, 1, 1, 2, $2)",
            vec![text("UZ,KZ"), micros(1)],
        ),
        (
            "INSERT INTO texts (group_id, title, kind, language, distribution, classification, \
             penholder, listed, created_by, created_at) VALUES (1, 'Minutes', 'minutes', 'en', \
             'group', 'unclassified', 'UZ', '', 2, $1)",
            vec![micros(2)],
        ),
        (
            "INSERT INTO text_versions (text_id, number, body, hash, created_by, created_at) \
             VALUES (1, 1, 'draft', $1, 2, $2)",
            vec![text(&draft), micros(1)],
        ),
        (
            "INSERT INTO procedures (group_id, text_id, version_number, hash, kind, members, \
             quorum, opened_at, deadline, opened_by, chair) \
             VALUES (1, 1, 1, $1, 'consensus', $2, 2, $3, $4, 2, 'UZ')",
            vec![text(&draft), text("UZ,KZ,TJ"), micros(3), micros(48)],
        ),
        (
            "INSERT INTO procedure_events (procedure_id, kind, party, position, text, at, \
             recorded_by, journal_seq) VALUES (1, 'position', 'KZ', 'concur', '', $1, 2, 4)",
            vec![micros(4)],
        ),
    ]
}

/// The journal the previous release wrote beside those rows, chained by `domain::journal`.
fn previous_release_journal() -> Vec<Entry> {
    let group = GroupId::new(1);
    let paper = JournalScope::Paper(group, TextId::new(1));
    // The strings the previous release wrote, read as the journal's vocabulary knows them.
    let entry = |hours: i64, scope: JournalScope, action: &str, object: &str, payload| NewEntry {
        at_micros: at(hours).as_microsecond(),
        actor: Some(UserId::new(2)),
        actor_party: Some(party("KZ")),
        scope,
        action: Action::parse(action).expect("an action of the previous release"),
        object: ObjectRef::parse(object).expect("an object of the previous release"),
        payload,
    };
    let news = [
        entry(
            0,
            JournalScope::GroupAdministration(group),
            "group.create",
            "group:CGA",
            Payload::new()
                .with("code", "CGA")
                .with("rotation", "UZ,KZ,TJ"),
        ),
        entry(
            0,
            JournalScope::Group(group),
            "meeting.create",
            "meeting:1",
            Payload::new().with("guests", "AF"),
        ),
        entry(
            1,
            paper.clone(),
            "text.create",
            "text:1",
            Payload::new().with("listed", "UZ,KZ"),
        ),
        entry(
            3,
            paper.clone(),
            "procedure.open",
            "procedure:1",
            Payload::new().with("members", "UZ,KZ,TJ"),
        ),
        entry(
            4,
            paper,
            "procedure.position",
            "procedure:1",
            Payload::new().with("position", "concur"),
        ),
    ];
    let mut head = Head::EMPTY;
    news.into_iter()
        .map(|new| {
            let entry = append(head, new);
            head = Head {
                seq: entry.seq,
                hash: entry.hash,
            };
            entry
        })
        .collect()
}

async fn write_journal(pool: &AnyPool, entries: &[Entry]) {
    for entry in entries {
        let payload: BTreeMap<&str, &str> = entry.payload.pairs().collect();
        let scope = entry.scope.group().map_or(Null, |g| Int(g.get()));
        write(
            pool,
            "INSERT INTO journal (seq, at, actor_id, actor_party, scope, group_id, action, \
             object, payload, payload_hash, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            vec![
                Int(entry.seq),
                Int(entry.at_micros),
                entry.actor.map_or(Null, |a| Int(a.get())),
                entry
                    .actor_party
                    .as_ref()
                    .map_or(Null, |p| text(p.as_str())),
                Text(entry.scope.label()),
                scope,
                text(entry.action.as_str()),
                Text(entry.object.to_string()),
                Text(serde_json::to_string(&payload).expect("json")),
                Text(entry.payload_hash.to_hex()),
                Text(entry.prev_hash.to_hex()),
                Text(entry.hash.to_hex()),
            ],
        )
        .await;
    }
}

/// A database written by the previous release, at `url`.
async fn previous_release(url: &str) -> Vec<Entry> {
    let old = Store::connect(url).await.expect("connect");
    let applied = old.migrate_to(PREVIOUS_RELEASE).await.expect("old schema");
    assert_eq!(applied.len(), 5);
    sqlx::any::install_default_drivers();
    let pool = AnyPool::connect(url).await.expect("connect");
    for (sql, values) in previous_release_rows() {
        write(&pool, sql, values).await;
    }
    let journal = previous_release_journal();
    write_journal(&pool, &journal).await;
    pool.close().await;
    journal
}

async fn a_database_of_the_previous_release_migrates_reads_back_and_verifies(backend: Backend) {
    let (url, _dir) = database_url(backend).await;
    let journal = previous_release(&url).await;
    let store = Store::connect(&url).await.expect("connect");
    assert_eq!(
        store.migrate().await.expect("migrated"),
        [
            "0006_lists",
            "0007_journal_signing_key",
            "0008_journal_object",
            "0009_followup",
            "0010_recorded_later",
            "0011_language",
            "0012_papers",
            "0013_comments",
            "0014_mail"
        ]
    );

    let group = store.group_by_id(GroupId::new(1)).await.expect("the group");
    assert_eq!(
        group.languages,
        [label("Russian"), label("English"), label("Dari")]
    );
    assert_eq!(group.rotation, parties(&["UZ", "KZ", "TJ"]));
    assert_eq!(group.parties.len(), 4);
    assert_eq!(group.settings.quorum, None);
    let texts = store.texts_of_group(group.id).await.expect("texts");
    let listed: Vec<(TextId, Vec<String>)> = texts
        .iter()
        .map(|t| {
            (
                t.id,
                t.marking.listed.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (TextId::new(2), vec![]),
            (TextId::new(1), vec!["UZ".to_owned(), "KZ".to_owned()])
        ]
    );
    let marking = &texts[1].marking;
    assert_eq!(marking.distribution, Distribution::Listed);
    assert!(marking.lists_secretariat);
    assert_eq!(texts[1].meeting, Some(MeetingId::new(1)));
    let versions = store.versions(TextId::new(1)).await.expect("versions");
    assert_eq!(
        (versions[0].hash, versions[0].created_at),
        (content_hash("draft"), at(1))
    );
    let procedure = store
        .procedure(ProcedureId::new(1))
        .await
        .expect("the procedure");
    assert_eq!(
        procedure.rules.members,
        parties(&["UZ", "KZ", "TJ"]),
        "as recorded"
    );
    assert_eq!(procedure.rules.kind, ProcedureKind::Consensus);
    assert_eq!(
        (procedure.rules.opened_at, procedure.rules.deadline),
        (at(3), at(48))
    );
    let events = store.procedure_events(procedure.id).await.expect("events");
    let kz_concurs = Event::Position {
        party: party("KZ"),
        position: Position::Concur,
        at: at(4),
    };
    assert_eq!(
        events.iter().map(|e| &e.event).collect::<Vec<_>>(),
        [&kz_concurs]
    );
    let meeting = store.meeting(MeetingId::new(1)).await.expect("the meeting");
    assert_eq!(meeting.guests, parties(&["AF"]));
    let envoy = store.user_by_id(UserId::new(2)).await.expect("the envoy");
    assert_eq!(
        (envoy.display_name, envoy.is_admin),
        (label("Aigerim"), false)
    );
    let seats = store.seats_of_user(envoy.id).await.expect("seats");
    assert_eq!(seats[0].party, Some(party("KZ")));

    let app = App::new(store.clone(), Settings::default());
    let intact = app.verify_journal().await.expect("runs").expect("intact");
    let last = journal.last().expect("entries");
    assert_eq!((intact.entries, intact.head.hash), (5, last.hash));

    let mut tx = store.begin_write().await.expect("a write");
    let chair = party("UZ");
    let mut rules = procedure.rules.clone();
    rules.members = parties(&["TJ", "UZ"]);
    let id = tx
        .insert_procedure(&NewProcedure {
            group: group.id,
            text: TextId::new(1),
            version_number: 1,
            hash: content_hash("draft"),
            rules: &rules,
            chair: &chair,
            meeting: None,
            parent: None,
            opened_by: envoy.id,
        })
        .await
        .expect("opened after the upgrade");
    let appended = tx
        .journal(test_entry(start(), "procedure:2"))
        .await
        .expect("journaled");
    tx.commit().await.expect("committed");
    assert_eq!((appended.seq, appended.prev_hash), (6, last.hash));
    let read = store.procedure(id).await.expect("the new procedure");
    assert_eq!(read.rules.members, parties(&["TJ", "UZ"]));
    let intact = app.verify_journal().await.expect("runs").expect("intact");
    assert_eq!(intact.entries, 6);
}

both_backends!(a_database_of_the_previous_release_migrates_reads_back_and_verifies);
