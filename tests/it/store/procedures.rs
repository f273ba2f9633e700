//! Procedures with every kind of event, decisions and the journal through the store; and how
//! a value edited behind the store's back reads.

use super::negotiation::new_text;
use super::{at, parties, party, start, test_entry, Fixture};
use crate::both_backends;
use majlis::domain::ids::{DecisionId, GroupId, ProcedureId, TextId, UserId};
use majlis::domain::journal::Hash32;
use majlis::domain::procedure::{Event, OutcomeKind, Position, ProcedureKind, ProcedureRules};
use majlis::domain::text::content_hash;
use majlis::store::{Backend, NewProcedure, StoreError};

/// A group, an author and a text to open procedures on.
async fn negotiation(fixture: &Fixture) -> (GroupId, UserId, TextId) {
    let cga = fixture.group("CGA").await;
    let author = fixture.user("kz.envoy", "Aigerim").await;
    let mut tx = fixture.begin().await;
    let text = tx
        .insert_text(&new_text(cga, author, &["UZ"]), start())
        .await
        .expect("text");
    fixture.commit(tx).await;
    (cga, author, text)
}

fn rules(kind: ProcedureKind, deadline: i64) -> ProcedureRules {
    ProcedureRules {
        kind,
        members: parties(&["UZ", "KZ", "TJ"]),
        quorum: 2,
        opened_at: start(),
        deadline: at(deadline),
        in_session: false,
    }
}

async fn open(
    fixture: &Fixture,
    (group, author, text): (GroupId, UserId, TextId),
    rules: &ProcedureRules,
    parent: Option<ProcedureId>,
) -> ProcedureId {
    let chair = party("UZ");
    let mut tx = fixture.begin().await;
    let id = tx
        .insert_procedure(&NewProcedure {
            group,
            text,
            version_number: 1,
            hash: content_hash("draft"),
            rules,
            chair: &chair,
            meeting: None,
            parent,
            opened_by: author,
        })
        .await
        .expect("opened");
    fixture.commit(tx).await;
    id
}

fn every_kind_of_event() -> Vec<Event> {
    let kz = || party("KZ");
    let position = |position: Position, hour: i64| Event::Position {
        party: kz(),
        position,
        at: at(hour),
    };
    vec![
        position(Position::Concur, 1),
        position(Position::ConcurWithStatement("as we read it".into()), 2),
        position(Position::StandAside(None), 3),
        position(Position::StandAside(Some("we abstain".into())), 4),
        position(Position::AdReferendum { confirm_by: at(30) }, 5),
        position(Position::Object("not yet".into()), 6),
        Event::Confirm {
            party: kz(),
            at: at(7),
        },
        Event::Decline {
            party: kz(),
            reason: "capital says no".into(),
            at: at(8),
        },
        Event::Break {
            party: party("TJ"),
            reason: "objection".into(),
            at: at(9),
        },
        Event::Statement {
            party: party("UZ"),
            text: "our reading".into(),
            at: at(10),
        },
        Event::ChairNote {
            party: party("TJ"),
            at: at(11),
        },
        Event::Extend {
            deadline: at(72),
            at: at(12),
        },
        Event::Withdraw { at: at(13) },
        Event::Superseded { at: at(14) },
    ]
}

async fn procedures_keep_their_members_and_every_kind_of_event(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let setting = negotiation(&fixture).await;
    let (cga, author, text) = setting;
    let consensus = rules(ProcedureKind::Consensus, 48);
    let first = open(&fixture, setting, &consensus, None).await;
    let silence = rules(ProcedureKind::Silence, 24);
    let second = open(&fixture, setting, &silence, Some(first)).await;
    let events = every_kind_of_event();
    let mut tx = fixture.begin().await;
    for (seq, event) in events.iter().enumerate() {
        tx.insert_event(first, event, author, seq as i64 + 10)
            .await
            .expect("recorded");
    }
    fixture.commit(tx).await;

    let read = store.procedure(first).await.expect("the procedure");
    assert_eq!((read.id, read.group, read.text), (first, cga, text));
    assert_eq!((read.version_number, read.hash), (1, content_hash("draft")));
    assert_eq!(read.rules, consensus, "members in the order recorded");
    assert_eq!(
        (read.chair.as_str(), read.meeting, read.parent),
        ("UZ", None, None)
    );
    assert_eq!((read.opened_by, read.recorded_outcome), (author, None));
    let of_text = store.procedures_of_text(text).await.expect("procedures");
    let ids: Vec<ProcedureId> = of_text.iter().map(|p| p.id).collect();
    assert_eq!(ids, [first, second]);
    assert_eq!(of_text[1].parent, Some(first));
    assert_eq!(of_text[1].rules, silence);

    let recorded = store.procedure_events(first).await.expect("events");
    let read: Vec<Event> = recorded.iter().map(|r| r.event.clone()).collect();
    assert_eq!(read, events, "every kind, in the order recorded");
    assert!(recorded.iter().all(|r| r.recorded_by == author));
    assert_eq!(recorded[3].journal_seq, 13);
    let mut tx = fixture.begin().await;
    let (now, now_events) = tx.procedure_now(first).await.expect("inside");
    assert_eq!(now.rules, consensus);
    assert_eq!(now_events.len(), events.len());
    drop(tx);

    let due = |hours| async move { store.unclosed_procedures_due(at(hours)).await };
    let ids = |found: Vec<majlis::store::ProcedureRecord>| -> Vec<ProcedureId> {
        found.iter().map(|p| p.id).collect()
    };
    assert_eq!(ids(due(23).await.expect("due")), Vec::<ProcedureId>::new());
    assert_eq!(ids(due(24).await.expect("due")), [second]);
    assert_eq!(
        ids(due(48).await.expect("due")),
        [second, first],
        "by deadline"
    );
    assert!(matches!(
        store.procedure(ProcedureId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));
}

async fn a_procedure_closes_once_and_yields_one_numbered_decision(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let setting = negotiation(&fixture).await;
    let cga = setting.0;
    let first = open(&fixture, setting, &rules(ProcedureKind::Silence, 24), None).await;
    let second = open(&fixture, setting, &rules(ProcedureKind::Silence, 24), None).await;
    let code = store.group_by_id(cga).await.expect("CGA").code;
    let mut tx = fixture.begin().await;
    tx.close_procedure(first, OutcomeKind::Adopted, at(24))
        .await
        .expect("closed");
    match tx
        .close_procedure(first, OutcomeKind::Withdrawn, at(25))
        .await
    {
        Err(StoreError::Conflict(what)) => assert_eq!(
            majlis::i18n::Locale::default().message(&what),
            "this procedure is already closed"
        ),
        other => panic!("closed twice: {other:?}"),
    }
    let (one, one_symbol) = tx
        .insert_decision(cga, &code, first, at(24))
        .await
        .expect("decision");
    let (two, two_symbol) = tx
        .insert_decision(cga, &code, second, at(26))
        .await
        .expect("decision");
    fixture.commit(tx).await;
    assert_eq!(
        (one_symbol.as_str(), two_symbol.as_str()),
        ("CGA/2026/DEC/1", "CGA/2026/DEC/2")
    );

    let read = store.procedure(first).await.expect("read");
    assert_eq!(read.recorded_outcome, Some(OutcomeKind::Adopted));
    let due = store.unclosed_procedures_due(at(48)).await.expect("due");
    assert_eq!(due.iter().map(|p| p.id).collect::<Vec<_>>(), [second]);
    let decision = store.decision(one).await.expect("decision");
    assert_eq!(
        (decision.id, decision.group, decision.procedure),
        (one, cga, first)
    );
    assert_eq!(
        (decision.symbol.as_str(), decision.adopted_at),
        ("CGA/2026/DEC/1", at(24))
    );
    let of_first = store.decision_of_procedure(first).await.expect("read");
    assert_eq!(of_first.map(|d| d.id), Some(one));
    let listed: Vec<DecisionId> = store
        .decisions_of_group(cga)
        .await
        .expect("decisions")
        .iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(listed, [two, one], "latest first");

    let mut tx = fixture.begin().await;
    match tx.insert_decision(cga, &code, first, at(27)).await {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "this procedure already has its decision"
            )
        }
        other => panic!("a second decision: {other:?}"),
    }
    drop(tx);
    assert!(matches!(
        store.decision(DecisionId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));
}

async fn the_journal_chains_every_change_and_no_change_commits_without_it(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let mut tx = fixture.begin().await;
    tx.insert_user(&super::new_user("ghost", "Ghost"), start())
        .await
        .expect("inserted");
    assert!(matches!(tx.commit().await, Err(StoreError::Unjournaled)));
    assert_eq!(
        store.user_count().await.expect("count"),
        0,
        "nothing was written"
    );

    let cga = fixture.group("CGA").await;
    let mut tx = fixture.begin().await;
    let mut entry = test_entry(at(1), "group:CGA");
    entry.scope = majlis::domain::journal::JournalScope::Group(cga);
    entry.actor_party = Some(party("KZ"));
    entry.payload = entry.payload.with("title", "Agenda");
    let second = tx.journal(entry).await.expect("journaled");
    tx.insert_signing_key("secret", "public", start())
        .await
        .expect("key");
    fixture.commit(tx).await;

    let head = store.journal_head().await.expect("head");
    assert_eq!((head.seq, second.seq), (3, 2));
    let rows = store.journal_rows(None, 0, 10).await.expect("rows");
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1].entry().expect("an entry"),
        second,
        "read back as chained"
    );
    assert_eq!(rows[2].hash_text(), head.hash.to_hex());
    let of_group = store.journal_rows(Some(cga), 0, 10).await.expect("rows");
    assert_eq!(of_group.iter().map(|r| r.seq()).collect::<Vec<_>>(), [2]);
    let latest = store.journal_latest(cga, 5).await.expect("rows");
    assert_eq!(latest.iter().map(|r| r.seq()).collect::<Vec<_>>(), [2]);
    let group_cga = majlis::domain::journal::ObjectRef::parse("group:CGA").expect("object");
    let about = store.journal_rows_about(&[group_cga]).await;
    assert_eq!(about.expect("rows").len(), 1);
    let links = store.journal_links(1, 3).await.expect("links");
    assert_eq!(
        links[1],
        (2, rows[0].hash_text().to_owned(), second.hash.to_hex())
    );
    let first = store.journal_signing_key_entry().await;
    assert_eq!(first.expect("read").map(|r| r.seq()), Some(1));
    let hash = store.journal_hash_at(2).await.expect("read");
    assert_eq!(
        hash.as_deref().and_then(Hash32::from_hex),
        Some(second.hash)
    );
    assert_eq!(store.journal_hash_at(99).await.expect("read"), None);

    let key = store.signing_key().await.expect("read").expect("one key");
    assert_eq!(
        (key.secret.as_str(), key.public.as_str()),
        ("secret", "public")
    );
    let mut tx = fixture.begin().await;
    match tx.insert_signing_key("other", "other", start()).await {
        Err(StoreError::Conflict(what)) => assert_eq!(
            majlis::i18n::Locale::default().message(&what),
            "the signing key exists already"
        ),
        other => panic!("a second key: {other:?}"),
    }
}

async fn a_value_edited_behind_the_stores_back_is_corrupt_naming_its_column(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let setting = negotiation(&fixture).await;
    let id = open(
        &fixture,
        setting,
        &rules(ProcedureKind::Consensus, 48),
        None,
    )
    .await;
    let corrupt = |result: Result<_, StoreError>| match result {
        Err(StoreError::Corrupt(what)) => what,
        other => panic!("expected corrupt data, got {other:?}"),
    };

    fixture.raw("UPDATE procedures SET kind = 'vote'").await;
    let what = corrupt(store.procedure(id).await.map(|_| ()));
    assert!(what.starts_with("kind: "), "{what}");
    fixture
        .raw("UPDATE procedures SET kind = 'consensus'")
        .await;
    fixture
        .raw("UPDATE procedure_members SET party_code = 'kz' WHERE position = 1")
        .await;
    let what = corrupt(store.procedure(id).await.map(|_| ()));
    assert!(what.starts_with("procedure_members.party_code: "), "{what}");
    fixture.raw("UPDATE users SET is_admin = 2").await;
    let what = corrupt(store.users().await.map(|_| ()));
    assert!(what.starts_with("is_admin: "), "{what}");
    fixture
        .raw("UPDATE groups SET time_zone = 'Mars/Olympus'")
        .await;
    let what = corrupt(store.groups().await.map(|_| ()));
    assert!(what.starts_with("time_zone: "), "{what}");
    fixture.raw("UPDATE texts SET penholder = ''").await;
    let what = corrupt(store.text(setting.2).await.map(|_| ()));
    assert!(what.starts_with("penholder: "), "{what}");
}

both_backends!(
    procedures_keep_their_members_and_every_kind_of_event,
    a_procedure_closes_once_and_yields_one_numbered_decision,
    the_journal_chains_every_change_and_no_change_commits_without_it,
    a_value_edited_behind_the_stores_back_is_corrupt_naming_its_column,
);
