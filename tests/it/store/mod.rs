//! The store's conformance: every resource's reads and writes through `Store` and `WriteTx`,
//! run on SQLite and on PostgreSQL with the same assertions, so the two backends agree on
//! round trips of every record type, on order, and on how a missing record (`NotFound`), a
//! second write of something unique (`Conflict` naming it) and a stored value that no longer
//! parses (`Corrupt` naming its column) come back. `upgrade.rs` opens a database as the
//! previous release left it.

mod meetings;
mod negotiation;
mod people;
mod procedures;
mod upgrade;

use jiff::{SignedDuration, Timestamp};

use crate::helpers::database_url;
use majlis::domain::group::{GroupCharter, GroupParty, GroupSettings};
use majlis::domain::ids::{GroupId, UserId};
use majlis::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use majlis::domain::marking::Classification;
use majlis::domain::names::{GroupCode, Label, PartyCode, Username};
use majlis::domain::role::Standing;
use majlis::domain::time::ZoneName;
use majlis::store::{Backend, NewUser, Store, WriteTx};

/// The fixed instant the stories count from (2026-09-01T06:00:00Z).
pub fn start() -> Timestamp {
    Timestamp::from_second(1_788_242_400).expect("a valid instant")
}

/// `hours` after `start()`.
pub fn at(hours: i64) -> Timestamp {
    start() + SignedDuration::from_hours(hours)
}

pub fn party(code: &str) -> PartyCode {
    PartyCode::parse(code).expect("a party code")
}

pub fn parties(codes: &[&str]) -> Vec<PartyCode> {
    codes.iter().map(|code| party(code)).collect()
}

pub fn label(text: &str) -> Label {
    Label::parse(text).expect("a label")
}

/// A migrated, empty store on a fresh database.
pub struct Fixture {
    pub store: Store,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// The one journal entry the stories' changes carry (the store refuses a change without one).
pub fn test_entry(at: Timestamp, object: &str) -> NewEntry {
    let object = ObjectRef::parse(object).expect("an object the journal knows");
    NewEntry {
        at_micros: at.as_microsecond(),
        actor: None,
        actor_party: None,
        scope: JournalScope::Installation,
        action: Action::InstallationSigningKey,
        object,
        payload: Payload::new(),
    }
}

impl Fixture {
    pub async fn new(backend: Backend) -> Fixture {
        let (url, dir) = database_url(backend).await;
        let store = Store::open(&url).await.expect("open the store");
        Fixture {
            store,
            url,
            _dir: dir,
        }
    }

    pub async fn begin(&self) -> WriteTx {
        self.store.begin_write().await.expect("a write transaction")
    }

    /// Journals the change and commits it.
    pub async fn commit(&self, mut tx: WriteTx) {
        tx.journal(test_entry(start(), "installation"))
            .await
            .expect("journal entry");
        tx.commit().await.expect("commit");
    }

    pub async fn user(&self, username: &str, display_name: &str) -> UserId {
        let mut tx = self.begin().await;
        let id = tx
            .insert_user(&new_user(username, display_name), start())
            .await
            .expect("user inserted");
        self.commit(tx).await;
        id
    }

    /// A group of three members in a rotation that is not alphabetical, an observer, and
    /// working languages that are not alphabetical either.
    pub async fn group(&self, code: &str) -> GroupId {
        let mut tx = self.begin().await;
        let id = tx
            .insert_group(&charter(code), start())
            .await
            .expect("group founded");
        self.commit(tx).await;
        id
    }

    /// Runs raw SQL, as someone with access to the database could.
    pub async fn raw(&self, sql: &str) {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.url).await.expect("connect");
        sqlx::query(sql)
            .execute(&pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        pool.close().await;
    }
}

pub fn new_user(username: &str, display_name: &str) -> NewUser {
    NewUser {
        username: Username::parse(username).expect("a username"),
        display_name: label(display_name),
        password_hash: format!("hash of {username}"),
        is_admin: false,
        clearance: Classification::Unclassified,
        time_zone: ZoneName::utc(),
        email: None,
    }
}

pub fn charter(code: &str) -> GroupCharter {
    let member = |code: &str, name: &str| GroupParty {
        code: party(code),
        name: label(name),
        standing: Standing::Member,
    };
    GroupCharter {
        code: GroupCode::parse(code).expect("a group code"),
        name: label("Contact Group on Central Asia"),
        languages: vec![label("Russian"), label("English"), label("Dari")],
        time_zone: ZoneName::parse("Asia/Tashkent").expect("a zone"),
        parties: vec![
            member("UZ", "Uzbekistan"),
            member("KZ", "Kazakhstan"),
            member("TJ", "Tajikistan"),
            GroupParty {
                code: party("OSCE"),
                name: label("OSCE"),
                standing: Standing::Observer,
            },
        ],
        rotation: parties(&["UZ", "KZ", "TJ"]),
        settings: GroupSettings {
            quorum: Some(2),
            min_silence_hours: 48,
        },
    }
}
