//! Texts, versions, language versions and amendments through the store.

use super::{at, label, parties, party, start, Fixture};
use crate::both_backends;
use majlis::domain::document::{LanguageStatus, LanguageTag, TextKind};
use majlis::domain::ids::{AmendmentId, GroupId, TextId, UserId};
use majlis::domain::marking::{Classification, Distribution, Marking};
use majlis::domain::text::content_hash;
use majlis::store::{
    AmendmentRecord, AmendmentState, Backend, LanguageVersionRecord, NewText, StoreError,
};

pub fn new_text(group: GroupId, author: UserId, listed: &[&str]) -> NewText {
    NewText {
        group,
        title: label("Joint statement on water"),
        kind: TextKind::JointStatement,
        language: LanguageTag::parse("ru").expect("a tag"),
        marking: Marking {
            distribution: Distribution::Listed,
            classification: Classification::Restricted,
            originator: Some(party("KZ")),
            listed: parties(listed),
            lists_secretariat: true,
        },
        penholder: party("KZ"),
        meeting: None,
        created_by: author,
    }
}

fn translation(version: i64, tag: &str, prevailing: bool) -> LanguageVersionRecord {
    let body = format!("text in {tag}");
    LanguageVersionRecord {
        version_number: version,
        language: LanguageTag::parse(tag).expect("a tag"),
        hash: content_hash(&body),
        body,
        status: LanguageStatus::Authentic,
        prevailing,
    }
}

async fn texts_keep_their_marking_versions_and_languages(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let author = fixture.user("kz.envoy", "Aigerim").await;
    let listed = new_text(cga, author, &["UZ", "KZ"]);
    let mut open = new_text(cga, author, &[]);
    open.marking.distribution = Distribution::Group;
    open.marking.lists_secretariat = false;
    open.marking.originator = None;
    let mut tx = fixture.begin().await;
    let first = tx.insert_text(&listed, start()).await.expect("text");
    let second = tx.insert_text(&open, start()).await.expect("text");
    let one = tx
        .insert_version(first, "draft", content_hash("draft"), None, author, start())
        .await
        .expect("v1");
    let kz = party("KZ");
    let two = tx
        .insert_version(
            first,
            "final",
            content_hash("final"),
            Some(&kz),
            author,
            at(1),
        )
        .await
        .expect("v2");
    tx.insert_language_version(first, &translation(2, "ru", true), start())
        .await
        .expect("ru");
    tx.insert_language_version(first, &translation(2, "en", true), start())
        .await
        .expect("en");
    fixture.commit(tx).await;

    let read = store.text(first).await.expect("the text");
    assert_eq!(
        (read.id, read.group, read.kind),
        (first, cga, TextKind::JointStatement)
    );
    assert_eq!((read.title, read.language), (listed.title, listed.language));
    assert_eq!(
        read.marking, listed.marking,
        "listed parties in the order recorded"
    );
    assert_eq!((read.penholder, read.meeting), (listed.penholder, None));
    let ids: Vec<TextId> = store
        .texts_of_group(cga)
        .await
        .expect("texts")
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(ids, [second, first], "newest first");
    assert_eq!(
        store.text(second).await.expect("read").marking,
        open.marking
    );

    assert_eq!((one, two), (1, 2));
    let versions = store.versions(first).await.expect("versions");
    let read: Vec<_> = versions
        .iter()
        .map(|v| {
            (
                v.number,
                v.body.as_str(),
                v.hash,
                v.credited_party.clone(),
                v.created_at,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (1, "draft", content_hash("draft"), None, start()),
            (2, "final", content_hash("final"), Some(kz), at(1)),
        ]
    );
    let languages = store.language_versions(first).await.expect("languages");
    let read: Vec<(&str, bool, &str)> = languages
        .iter()
        .map(|l| (l.language.as_str(), l.prevailing, l.body.as_str()))
        .collect();
    assert_eq!(
        read,
        [("en", true, "text in en"), ("ru", false, "text in ru")]
    );
    assert_eq!(languages[0].hash, content_hash("text in en"));

    let mut tx = fixture.begin().await;
    match tx
        .insert_language_version(first, &translation(2, "en", false), start())
        .await
    {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "this version already has a text in that language"
            )
        }
        other => panic!("a second English text: {other:?}"),
    }
    drop(tx);
    assert!(matches!(
        store.text(TextId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));
}

async fn amendments_are_settled_once(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let author = fixture.user("uz.envoy", "Zafar").await;
    let mut tx = fixture.begin().await;
    let text = tx
        .insert_text(&new_text(cga, author, &[]), start())
        .await
        .expect("text");
    let proposed = AmendmentRecord {
        id: AmendmentId::new(0),
        text,
        version_number: 1,
        party: party("UZ"),
        passage: "shall".into(),
        replacement: "should".into(),
        reason: "softer".into(),
        state: AmendmentState::Proposed,
        answer: String::new(),
        incorporated_in: None,
    };
    let id = tx
        .insert_amendment(&proposed, author, start())
        .await
        .expect("amendment");
    fixture.commit(tx).await;

    let mut tx = fixture.begin().await;
    tx.settle_amendment(id, AmendmentState::Incorporated, "taken", Some(2))
        .await
        .expect("settled");
    match tx
        .settle_amendment(id, AmendmentState::Declined, "no", None)
        .await
    {
        Err(StoreError::Conflict(what)) => {
            assert_eq!(
                majlis::i18n::Locale::default().message(&what),
                "this amendment has already been settled"
            )
        }
        other => panic!("settled twice: {other:?}"),
    }
    fixture.commit(tx).await;
    let read = store.amendments(text).await.expect("amendments");
    assert_eq!(read.len(), 1);
    let read = &read[0];
    assert_eq!((read.id, read.text, read.version_number), (id, text, 1));
    assert_eq!(
        (read.party.as_str(), read.passage.as_str()),
        ("UZ", "shall")
    );
    assert_eq!(
        (read.replacement.as_str(), read.reason.as_str()),
        ("should", "softer")
    );
    assert_eq!(read.state, AmendmentState::Incorporated);
    assert_eq!(
        (read.answer.as_str(), read.incorporated_in),
        ("taken", Some(2))
    );
    assert_eq!(store.amendment_text(id).await.expect("its text"), text);
    let missing = store.amendment_text(AmendmentId::new(9_999)).await;
    assert!(matches!(missing, Err(StoreError::NotFound)));
}

both_backends!(
    texts_keep_their_marking_versions_and_languages,
    amendments_are_settled_once,
);
