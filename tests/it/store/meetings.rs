//! Meetings, their guests, agendas and attendance through the store.

use super::{at, label, parties, party, start, Fixture};
use crate::both_backends;
use majlis::domain::ids::{AgendaItemId, AttendanceId, GroupId, MeetingId};
use majlis::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use majlis::domain::names::Note;
use majlis::domain::time::ZoneName;
use majlis::store::{Backend, NewMeeting, StoreError};

fn meeting(group: GroupId, format: MeetingFormat, starts: i64, host: &str) -> NewMeeting {
    NewMeeting {
        group,
        format,
        host: party(host),
        chair: party(host),
        city: label("Tashkent"),
        venue: label("Palace of International Forums"),
        schedule: Schedule::new(at(starts), at(starts + 8)).expect("ends after it starts"),
        time_zone: ZoneName::parse("Asia/Tashkent").expect("a zone"),
        guests: parties(&["UZ", "AF"]),
    }
}

async fn meetings_are_numbered_by_format_and_keep_their_guests(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let first = meeting(cga, MeetingFormat::Envoys, 24, "UZ");
    let mut tx = fixture.begin().await;
    let (first_id, first_ordinal) = tx.insert_meeting(&first, start()).await.expect("one");
    let second = meeting(cga, MeetingFormat::Envoys, 72, "KZ");
    let (second_id, second_ordinal) = tx.insert_meeting(&second, start()).await.expect("two");
    let ministers = meeting(cga, MeetingFormat::Ministers, 48, "TJ");
    let (ministers_id, ministers_ordinal) =
        tx.insert_meeting(&ministers, start()).await.expect("three");
    fixture.commit(tx).await;
    assert_eq!(
        (first_ordinal, second_ordinal, ministers_ordinal),
        (1, 2, 1)
    );

    let read = store.meeting(first_id).await.expect("the first");
    assert_eq!(
        (read.id, read.group, read.format),
        (first_id, cga, MeetingFormat::Envoys)
    );
    assert_eq!(read.ordinal, 1);
    assert_eq!((read.host.as_str(), read.chair.as_str()), ("UZ", "UZ"));
    assert_eq!((&read.city, &read.venue), (&first.city, &first.venue));
    assert_eq!(read.schedule, first.schedule);
    assert_eq!(read.time_zone, first.time_zone);
    assert_eq!(read.status, MeetingStatus::Planned);
    assert_eq!(read.guests, parties(&["AF", "UZ"]), "guests by code");
    let order: Vec<MeetingId> = store
        .meetings_of_group(cga)
        .await
        .expect("meetings")
        .iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(order, [second_id, ministers_id, first_id], "newest first");

    let mut changed = read.clone();
    changed.status = MeetingStatus::Cancelled;
    changed.chair = party("KZ");
    changed.guests = Vec::new();
    let mut tx = fixture.begin().await;
    tx.update_meeting(&changed).await.expect("updated");
    fixture.commit(tx).await;
    let read = store.meeting(first_id).await.expect("the first");
    assert_eq!(
        (read.status, read.chair.as_str()),
        (MeetingStatus::Cancelled, "KZ")
    );
    assert!(read.guests.is_empty());
    let every = store.meetings_of_group(cga).await.expect("meetings");
    assert!(every
        .iter()
        .all(|m| m.id == first_id || m.guests.len() == 2));

    let chair = store.current_chair(cga, at(60)).await.expect("read");
    assert_eq!(
        chair,
        Some(party("TJ")),
        "the ministers began; the first was cancelled"
    );
    assert_eq!(store.current_chair(cga, at(1)).await.expect("read"), None);
    assert_eq!(store.last_host(cga).await.expect("read"), Some(party("KZ")));
    assert!(matches!(
        store.meeting(MeetingId::new(9_999)).await,
        Err(StoreError::NotFound)
    ));
}

async fn agendas_keep_their_order_and_attendance_its_parties(backend: Backend) {
    let fixture = Fixture::new(backend).await;
    let store = &fixture.store;
    let cga = fixture.group("CGA").await;
    let mut tx = fixture.begin().await;
    let (id, _) = tx
        .insert_meeting(&meeting(cga, MeetingFormat::Envoys, 24, "UZ"), start())
        .await
        .expect("meeting");
    let note = |text: &str| Note::parse(text).expect("a note");
    let mut items = Vec::new();
    for title in ["Opening", "Water", "Borders"] {
        let item = tx
            .insert_agenda_item(id, &label(title), &note(&format!("On {title}")))
            .await
            .expect("item");
        items.push(item);
    }
    tx.reorder_agenda(&[items[2], items[0], items[1]])
        .await
        .expect("reordered");
    tx.update_agenda_item(items[1], &label("Water and energy"), &note(""))
        .await
        .expect("updated");
    let zafar = tx
        .insert_attendance(id, &party("UZ"), &label("Zafar"), "Envoy")
        .await
        .expect("attends");
    let aliya = tx
        .insert_attendance(id, &party("KZ"), &label("Aliya"), "")
        .await
        .expect("attends");
    fixture.commit(tx).await;

    let agenda = store.agenda(id).await.expect("agenda");
    let read: Vec<(AgendaItemId, i64, &str, &str)> = agenda
        .iter()
        .map(|i| (i.id, i.position, i.title.as_str(), i.description.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            (items[2], 1, "Borders", "On Borders"),
            (items[0], 2, "Opening", "On Opening"),
            (items[1], 3, "Water and energy", ""),
        ]
    );
    let one = store.agenda_item(items[0]).await.expect("an item");
    assert_eq!((one.meeting, one.position), (id, 2));
    let attendance = store.attendance(id).await.expect("attendance");
    let present: Vec<(AttendanceId, &str, &str, &str)> = attendance
        .iter()
        .map(|a| {
            (
                a.id,
                a.party.as_str(),
                a.person_name.as_str(),
                a.person_title.as_str(),
            )
        })
        .collect();
    assert_eq!(
        present,
        [(aliya, "KZ", "Aliya", ""), (zafar, "UZ", "Zafar", "Envoy")]
    );
    let entry = store.attendance_entry(zafar).await.expect("an entry");
    assert_eq!(entry, (id, party("UZ")));

    let mut tx = fixture.begin().await;
    tx.delete_agenda_item(items[0]).await.expect("deleted");
    tx.delete_attendance(aliya).await.expect("deleted");
    fixture.commit(tx).await;
    assert!(matches!(
        store.agenda_item(items[0]).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.attendance_entry(aliya).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.agenda(id).await.expect("agenda").len(), 2);
}

both_backends!(
    meetings_are_numbered_by_format_and_keep_their_guests,
    agendas_keep_their_order_and_attendance_its_parties,
);
