//! Invisible means invisible (DOMAIN.md §1, §2), role by role and read path by read path.
//!
//! One world is built through the API on the demo group: an outsider, the observer, a guest
//! party (AF, added by the administrator and invited to one meeting only), the administrator,
//! the secretariat, a member party not listed (KG), the listed parties themselves (UZ, KZ) and
//! a UZ delegate whose clearance is below a confidential paper. Its papers: a `listed` text
//! (UZ, KZ) with a second version, an amendment, a silence procedure and the decision it
//! adopts; a `national` text of UZ; a `members` text; a `group` text classified confidential;
//! a `listed` text (TJ) that does not name the chair's party; a deputy's authorisation; and two
//! meetings, one with the guest invited.
//!
//! Every check that something is absent is paired with the same read showing it to someone
//! entitled (the helpers take both lists of readers), so no assertion passes because the
//! thing was never there. Each item is checked against every role of the cast: those not
//! named as entitled are the unentitled.

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use jiff::SignedDuration;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{demo_start, As, Session, TestApp, PASSWORD};
use crate::requests::NewText;
use crate::views::{
    AgendaItem, Amendment, Attendance, Decision, Evidence, Head, JournalEntry, Listed, Meeting,
    Opened, Problem, Procedure, Stub, Text, TextSummary,
};
use majlis::store::Backend;

/// One role of the cast, signed in.
struct Reader {
    name: &'static str,
    session: Session,
    /// Whether the reader may see the group at all (a seat in it, or administering it); for
    /// anyone else every path under the group answers 404.
    sees_group: bool,
}

impl Reader {
    fn who(&self) -> As<'_> {
        As::Person(&self.session)
    }
}

/// Everyone whose view the stories compare.
struct Cast {
    outsider: Reader,
    observer: Reader,
    guest: Reader,
    admin: Reader,
    secretariat: Reader,
    kg_envoy: Reader,
    uz_envoy: Reader,
    kz_deputy: Reader,
    /// A UZ delegate with `restricted` clearance, below the confidential paper.
    uz_attache: Reader,
}

impl Cast {
    fn all(&self) -> [&Reader; 9] {
        [
            &self.outsider,
            &self.observer,
            &self.guest,
            &self.admin,
            &self.secretariat,
            &self.kg_envoy,
            &self.uz_envoy,
            &self.kz_deputy,
            &self.uz_attache,
        ]
    }

    fn all_mut(&mut self) -> [&mut Reader; 9] {
        [
            &mut self.outsider,
            &mut self.observer,
            &mut self.guest,
            &mut self.admin,
            &mut self.secretariat,
            &mut self.kg_envoy,
            &mut self.uz_envoy,
            &mut self.kz_deputy,
            &mut self.uz_attache,
        ]
    }

    /// Everyone not in `entitled`: each check covers the whole cast.
    fn except(&self, entitled: &[&Reader]) -> Vec<&Reader> {
        self.all()
            .into_iter()
            .filter(|reader| !entitled.iter().any(|e| e.name == reader.name))
            .collect()
    }
}

/// A paper some may see and others not: its id, its title, and words of it that nobody
/// unentitled may ever be shown (the title, a word of its body, an amendment's reason…).
struct Paper {
    id: i64,
    title: &'static str,
    secrets: Vec<&'static str>,
}

/// The lists a reader saw before the world's papers and meetings were made (`None`: 404).
struct Seen {
    texts: Option<BTreeSet<i64>>,
    decisions: Option<BTreeSet<i64>>,
    meetings: Option<BTreeSet<i64>>,
}

struct World {
    app: TestApp,
    cast: Cast,
    listed: Paper,
    national: Paper,
    members: Paper,
    confidential: Paper,
    listed_without_chair: Paper,
    amendment: i64,
    procedure: i64,
    decision: i64,
    invited_meeting: i64,
    uninvited_meeting: i64,
    /// An agenda item and an attendance entry of the meeting the guest is not invited to.
    agenda_item: i64,
    attendance: i64,
    /// The journal's head before the first paper: the entries after it are the world's.
    head_before: Head,
    /// What each reader of `cast.all()` listed before the papers and meetings, in that order.
    before: Vec<Seen>,
}

impl World {
    fn listed_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![&c.uz_envoy, &c.kz_deputy, &c.uz_attache, &c.secretariat]
    }

    fn national_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![&c.uz_envoy, &c.uz_attache]
    }

    fn members_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![
            &c.uz_envoy,
            &c.kz_deputy,
            &c.kg_envoy,
            &c.uz_attache,
            &c.secretariat,
        ]
    }

    fn confidential_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![
            &c.uz_envoy,
            &c.kz_deputy,
            &c.kg_envoy,
            &c.observer,
            &c.secretariat,
        ]
    }

    /// Members, the observer and the secretariat follow the group's business: every
    /// meeting, and who is authorised to speak for a party.
    fn group_business_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![
            &c.observer,
            &c.kg_envoy,
            &c.uz_envoy,
            &c.kz_deputy,
            &c.uz_attache,
            &c.secretariat,
        ]
    }

    fn uninvited_meeting_readers(&self) -> Vec<&Reader> {
        self.group_business_readers()
    }

    fn invited_meeting_readers(&self) -> Vec<&Reader> {
        let mut readers = self.uninvited_meeting_readers();
        readers.push(&self.cast.guest);
        readers
    }

    /// Each paper with those entitled to it.
    /// A listed text that does not name the chair's party (KZ) is not the secretariat's.
    fn listed_without_chair_readers(&self) -> Vec<&Reader> {
        let c = &self.cast;
        vec![&c.uz_envoy, &c.uz_attache]
    }

    fn papers(&self) -> [(&Paper, Vec<&Reader>); 5] {
        [
            (&self.listed, self.listed_readers()),
            (&self.national, self.national_readers()),
            (&self.members, self.members_readers()),
            (&self.confidential, self.confidential_readers()),
            (
                &self.listed_without_chair,
                self.listed_without_chair_readers(),
            ),
        ]
    }
}

async fn create_account(app: &TestApp, admin: &Session, username: &str, clearance: &str) {
    let reply = app
        .post(
            "/api/v1/users",
            As::Person(admin),
            json!({ "username": username, "password": PASSWORD, "display_name": username, "clearance": clearance }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
}

async fn place(app: &TestApp, admin: &Session, username: &str, party: &str, role: &str) {
    let reply = app
        .post(
            "/api/v1/groups/CGA/delegations",
            As::Person(admin),
            json!({ "username": username, "party": party, "role": role }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
}

async fn reader(app: &TestApp, username: &'static str, sees_group: bool) -> Reader {
    Reader {
        name: username,
        session: app.sign_in(username).await,
        sees_group,
    }
}

/// The demo group plus an outsider, the guest party AF with its envoy, and a UZ delegate of
/// lower clearance, all made through the API by the administrator.
async fn cast(app: &TestApp) -> Cast {
    let admin = reader(app, "admin", true).await;
    create_account(app, &admin.session, "outsider", "confidential").await;
    create_account(app, &admin.session, "af.envoy", "confidential").await;
    create_account(app, &admin.session, "uz.attache", "restricted").await;
    let joined = app
        .post(
            "/api/v1/groups/CGA/parties",
            admin.who(),
            json!({ "code": "AF", "name": "Afghanistan", "standing": "guest" }),
        )
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text());
    assert_eq!(joined.view::<crate::views::Group>().guests, ["AF"]);
    place(app, &admin.session, "af.envoy", "AF", "envoy").await;
    place(app, &admin.session, "uz.attache", "UZ", "delegate").await;
    Cast {
        outsider: reader(app, "outsider", false).await,
        observer: reader(app, "tm.observer", true).await,
        guest: reader(app, "af.envoy", true).await,
        secretariat: reader(app, "secretariat", true).await,
        kg_envoy: reader(app, "kg.envoy", true).await,
        uz_envoy: reader(app, "uz.envoy", true).await,
        kz_deputy: reader(app, "kz.deputy", true).await,
        uz_attache: reader(app, "uz.attache", true).await,
        admin,
    }
}

/// Drafts a text marked by `marking`; its body carries `marker`, a word used nowhere else.
async fn draft(
    app: &TestApp,
    by: &Reader,
    title: &'static str,
    marker: &'static str,
    marking: impl FnOnce(NewText) -> NewText,
) -> Paper {
    let body = format!("The participants note the {marker} corridor.");
    let text = app
        .draft_text(&by.session, marking(NewText::new(title, &body)))
        .await;
    assert_eq!(text.title, title);
    Paper {
        id: text.id,
        title,
        secrets: vec![title, marker],
    }
}

async fn plan_meeting(app: &TestApp, secretariat: &Reader, city: &str, guests: &[&str]) -> i64 {
    let reply = app
        .post(
            "/api/v1/groups/CGA/meetings",
            secretariat.who(),
            json!({
                "city": city, "venue": format!("Ministry of Foreign Affairs, {city}"),
                "starts_at": "2027-03-10T05:00:00Z", "ends_at": "2027-03-10T12:00:00Z",
                "guests": guests
            }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    let meeting: Meeting = reply.view();
    assert_eq!(meeting.city, city);
    assert_eq!(meeting.guests, guests);
    meeting.id
}

/// The ids a reader finds in a list, or `None` when the list itself answers 404.
async fn ids_in<T: DeserializeOwned>(
    app: &TestApp,
    reader: &Reader,
    path: &str,
    id: impl Fn(&T) -> i64,
) -> Option<BTreeSet<i64>> {
    let reply = app.get(path, reader.who()).await;
    match reply.status {
        StatusCode::OK => Some(reply.view::<Vec<T>>().iter().map(id).collect()),
        StatusCode::NOT_FOUND => None,
        other => panic!("{} reading {path}: {other} {}", reader.name, reply.text()),
    }
}

async fn seen_by(app: &TestApp, reader: &Reader) -> Seen {
    Seen {
        texts: ids_in(
            app,
            reader,
            "/api/v1/groups/CGA/texts",
            |t: &TextSummary| t.id,
        )
        .await,
        decisions: ids_in(
            app,
            reader,
            "/api/v1/groups/CGA/decisions",
            |d: &Decision| d.id,
        )
        .await,
        meetings: ids_in(app, reader, "/api/v1/groups/CGA/meetings", |m: &Meeting| {
            m.id
        })
        .await,
    }
}

async fn head(app: &TestApp, reader: &Reader) -> Head {
    let reply = app.get("/api/v1/journal/head", reader.who()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    reply.view()
}

/// The listed text (UZ, KZ): amended by KZ's deputy, the amendment incorporated as version 2,
/// and under silence until two days after `demo_start`. Returns the paper, the amendment's id
/// and the procedure's.
async fn listed_paper_under_silence(app: &TestApp, cast: &Cast) -> (Paper, i64, i64) {
    let mut listed = draft(
        app,
        &cast.uz_envoy,
        "Listed note on the Termez corridor",
        "listedmarker",
        |text| text.listed(&["UZ", "KZ"]),
    )
    .await;
    let proposed = app
        .propose_amendment(
            &cast.kz_deputy.session,
            listed.id,
            json!({ "version": 1, "passage": "note", "replacement": "welcome", "reason": "Kazakhstan asks for listedreason" }),
        )
        .await;
    let amendment: Amendment = proposed.assert_status(StatusCode::CREATED).view();
    assert_eq!(amendment.party, "KZ");
    listed.secrets.push("listedreason");
    let incorporated = app.incorporate(&cast.uz_envoy.session, amendment.id).await;
    let versions: Vec<i64> = incorporated
        .assert_status(StatusCode::OK)
        .view::<Text>()
        .versions
        .iter()
        .map(|v| v.number)
        .collect();
    assert_eq!(versions, [1, 2]);
    // Kazakhstan chairs, and a listed text naming the chair's party reaches the secretariat,
    // which opens the silence on the chair's behalf.
    let deadline = demo_start() + SignedDuration::from_hours(48);
    let opened = app
        .post(
            &format!("/api/v1/texts/{}/procedures", listed.id),
            cast.secretariat.who(),
            json!({ "kind": "silence", "version": 2, "deadline": deadline.to_string() }),
        )
        .await;
    let opened: Opened = opened.assert_status(StatusCode::CREATED).view();
    assert_eq!(opened.state, "open");
    (listed, amendment.id, opened.id)
}

/// The two meetings (the guest invited to the first), and an agenda item and an attendance
/// entry of the second.
struct Meetings {
    invited: i64,
    uninvited: i64,
    agenda_item: i64,
    attendance: i64,
}

async fn plan_meetings(app: &TestApp, cast: &Cast) -> Meetings {
    let invited = plan_meeting(app, &cast.secretariat, "Termez", &["AF"]).await;
    let uninvited = plan_meeting(app, &cast.secretariat, "Kulob", &[]).await;
    let item = app
        .add_agenda_item(
            &cast.secretariat.session,
            uninvited,
            "Water sharing on the Panj",
        )
        .await;
    let present = app
        .post(
            &format!("/api/v1/meetings/{uninvited}/attendance"),
            cast.secretariat.who(),
            json!({ "party": "TJ", "name": "Special Representative of Tajikistan" }),
        )
        .await;
    Meetings {
        invited,
        uninvited,
        agenda_item: item
            .assert_status(StatusCode::CREATED)
            .view::<AgendaItem>()
            .id,
        attendance: present
            .assert_status(StatusCode::CREATED)
            .view::<Attendance>()
            .id,
    }
}

/// Silence kept past the deadline adopts the listed text; the first read records it. Two days
/// on, the sessions of the morning have expired: everyone signs in again. Returns the
/// decision's id.
async fn adopted_after_the_deadline(
    app: &TestApp,
    cast: &mut Cast,
    procedure: i64,
    text: i64,
) -> i64 {
    app.app.clock.advance(SignedDuration::from_hours(49));
    for reader in cast.all_mut() {
        reader.session = app.sign_in(reader.name).await;
    }
    let adopted: Procedure = app
        .read(
            &format!("/api/v1/procedures/{procedure}"),
            cast.uz_envoy.who(),
        )
        .await;
    assert_eq!((adopted.id, adopted.text), (procedure, text));
    assert_eq!(adopted.state, "adopted");
    let decision = adopted.decision.expect("a decision");
    assert!(
        decision.symbol.starts_with("CGA/2026/DEC/"),
        "{}",
        decision.symbol
    );
    decision.id
}

impl World {
    async fn build(backend: Backend) -> World {
        let app = TestApp::with_demo_at(backend, demo_start()).await;
        let mut cast = cast(&app).await;
        let mut before = Vec::new();
        for reader in cast.all() {
            before.push(seen_by(&app, reader).await);
        }
        let head_before = head(&app, &cast.admin).await;

        let (listed, amendment, procedure) = listed_paper_under_silence(&app, &cast).await;
        let national = draft(
            &app,
            &cast.uz_envoy,
            "National assessment of the Termez corridor",
            "nationalmarker",
            |text| text.distribution("national"),
        )
        .await;
        let members = draft(
            &app,
            &cast.kg_envoy,
            "Draft of the members on CASA-1000",
            "membersmarker",
            |text| text.distribution("members"),
        )
        .await;
        let confidential = draft(
            &app,
            &cast.uz_envoy,
            "Confidential note on border crossings",
            "confidentialmarker",
            |text| text.classification("confidential"),
        )
        .await;
        let listed_without_chair = draft(
            &app,
            &cast.uz_envoy,
            "Note to Tajikistan on the Kafirnigan bridge",
            "tajikmarker",
            |text| text.listed(&["TJ"]),
        )
        .await;
        let meetings = plan_meetings(&app, &cast).await;
        let until = (demo_start() + SignedDuration::from_hours(24 * 7)).to_string();
        let authorised = app
            .authorise(&cast.uz_envoy.session, "uz.deputy", &until)
            .await;
        authorised.assert_status(StatusCode::CREATED);
        let decision = adopted_after_the_deadline(&app, &mut cast, procedure, listed.id).await;

        World {
            app,
            cast,
            listed,
            national,
            members,
            confidential,
            listed_without_chair,
            amendment,
            procedure,
            decision,
            invited_meeting: meetings.invited,
            uninvited_meeting: meetings.uninvited,
            agenda_item: meetings.agenda_item,
            attendance: meetings.attendance,
            head_before,
            before,
        }
    }
}

/// Whether a path reads something of the group, which a reader without a seat may not see.
fn under_the_group(path: &str) -> bool {
    path.starts_with("/api/v1/groups/CGA") || path.starts_with("/groups/CGA")
}

/// A list: the entitled find the item in it; each of the others gets the list without it
/// (404 for the whole list if they may not see the group).
async fn listed_only_to<T: DeserializeOwned>(
    app: &TestApp,
    path: &str,
    entitled: &[&Reader],
    unentitled: &[&Reader],
    is_item: impl Fn(&T) -> bool,
) {
    assert!(!entitled.is_empty(), "{path}: someone must be entitled");
    for reader in entitled {
        let reply = app.get(path, reader.who()).await;
        assert_eq!(reply.status, StatusCode::OK, "{} {path}", reader.name);
        assert!(
            reply.view::<Vec<T>>().iter().any(&is_item),
            "{} should find the item in {path}",
            reader.name
        );
    }
    for reader in unentitled {
        let reply = app.get(path, reader.who()).await;
        if !reader.sees_group && under_the_group(path) {
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{} {path}",
                reader.name
            );
            continue;
        }
        assert_eq!(reply.status, StatusCode::OK, "{} {path}", reader.name);
        assert!(
            !reply.view::<Vec<T>>().iter().any(&is_item),
            "{} must not find the item in {path}",
            reader.name
        );
    }
}

/// A page: the entitled see `shown` on it; the others get it without any of `secrets` (or a
/// plain 404 page if they may not see the group).
async fn page_shows_only_to(
    app: &TestApp,
    path: &str,
    shown: &str,
    secrets: &[&str],
    entitled: &[&Reader],
    unentitled: &[&Reader],
) {
    assert!(!entitled.is_empty(), "{path}: someone must be entitled");
    for reader in entitled {
        let reply = app.get(path, reader.who()).await;
        assert_eq!(reply.status, StatusCode::OK, "{} {path}", reader.name);
        assert!(
            reply.text().contains(shown),
            "{} should see {shown:?} on {path}",
            reader.name
        );
    }
    for reader in unentitled {
        let reply = app.get(path, reader.who()).await;
        let expected = if !reader.sees_group && under_the_group(path) {
            StatusCode::NOT_FOUND
        } else {
            StatusCode::OK
        };
        assert_eq!(reply.status, expected, "{} {path}", reader.name);
        let html = reply.text();
        for secret in secrets {
            assert!(
                !html.contains(secret),
                "{} must not see {secret:?} on {path}",
                reader.name
            );
        }
    }
}

/// The same path with its id (the first segment that starts with a digit) replaced by one
/// that names nothing.
fn nowhere(path: &str) -> String {
    let mut replaced = false;
    let segments: Vec<String> = path
        .split('/')
        .map(|segment| {
            let digits = segment.chars().take_while(char::is_ascii_digit).count();
            if replaced || digits == 0 {
                return segment.to_owned();
            }
            replaced = true;
            format!("999999{}", &segment[digits..])
        })
        .collect();
    assert!(replaced, "{path} has no id");
    segments.join("/")
}

/// A direct link: the entitled get it; everyone else 404, never 403, and nothing of it.
async fn found_only_by(
    app: &TestApp,
    path: &str,
    secrets: &[&str],
    entitled: &[&Reader],
    unentitled: &[&Reader],
) {
    assert!(!entitled.is_empty(), "{path}: someone must be entitled");
    for reader in entitled {
        let reply = app.get(path, reader.who()).await;
        assert_eq!(
            reply.status,
            StatusCode::OK,
            "{} {path}: {}",
            reader.name,
            reply.text()
        );
    }
    let nowhere = nowhere(path);
    for reader in unentitled {
        let reply = app.get(path, reader.who()).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{} {path} must be 404",
            reader.name
        );
        // Indistinguishable from a link to nothing at all.
        let absent = app.get(&nowhere, reader.who()).await;
        assert_eq!(absent.status, StatusCode::NOT_FOUND, "{nowhere}");
        assert_eq!(reply.text(), absent.text(), "{} {path}", reader.name);
        if path.starts_with("/api/") {
            assert_eq!(
                reply.header("content-type").as_deref(),
                Some("application/problem+json")
            );
            let problem: Problem = reply.view();
            assert_eq!(
                (problem.status, problem.kind.as_str()),
                (404, "/problems/not-found")
            );
        }
        let body = reply.text();
        for secret in secrets {
            assert!(
                !body.contains(secret),
                "{} {path} told {secret:?}",
                reader.name
            );
        }
    }
}

/// The journal: the entitled read the entries about `objects` in full; everyone else finds
/// each of those entries, at the same place with the same hash, as a stub and nothing more.
/// Returns the entries' sequence numbers.
async fn journal_shows_only_stubs(
    app: &TestApp,
    after: i64,
    objects: &[String],
    entitled: &[&Reader],
    unentitled: &[&Reader],
) -> Vec<i64> {
    let group_path = format!("/api/v1/journal?group=CGA&after={after}&limit=500");
    let whole_path = format!("/api/v1/journal?after={after}&limit=500");
    let expected = read_in_full_by(app, &group_path, objects, entitled).await;
    for reader in unentitled {
        let path = if reader.sees_group {
            &group_path
        } else {
            let refused = app.get(&group_path, reader.who()).await;
            assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", reader.name);
            &whole_path
        };
        let listed: Vec<Listed> = app.read(path, reader.who()).await;
        for entry in &listed {
            if let Listed::Full(entry) = entry {
                assert!(
                    !about(entry, objects),
                    "{} reads entry {} about {objects:?}",
                    reader.name,
                    entry.seq
                );
            }
        }
        for stub in &expected {
            let found = listed
                .iter()
                .find(|entry| entry.seq() == stub.seq)
                .unwrap_or_else(|| panic!("{} misses entry {}", reader.name, stub.seq));
            let Listed::Stub(shown) = found else {
                panic!(
                    "{} sees more than a stub of {}: {found:?}",
                    reader.name, stub.seq
                )
            };
            assert_eq!(shown, stub, "{}", reader.name);
        }
    }
    expected.iter().map(|stub| stub.seq).collect()
}

fn about(entry: &JournalEntry, objects: &[String]) -> bool {
    entry
        .object
        .as_ref()
        .is_some_and(|object| objects.contains(object))
}

/// Every entitled reader reads the same entries about `objects` in full, and at least one;
/// returns them as the stubs the others must see in their place.
async fn read_in_full_by(
    app: &TestApp,
    path: &str,
    objects: &[String],
    entitled: &[&Reader],
) -> Vec<Stub> {
    assert!(!entitled.is_empty(), "someone must be entitled");
    let mut expected: Option<Vec<Stub>> = None;
    for reader in entitled {
        let entries: Vec<JournalEntry> = app.read(path, reader.who()).await;
        let full: Vec<Stub> = entries
            .into_iter()
            .filter(|entry| about(entry, objects))
            .map(|entry| {
                assert!(
                    !entry.redacted,
                    "{} reads {} in full",
                    reader.name, entry.seq
                );
                assert!(entry.action.is_some());
                Stub {
                    seq: entry.seq,
                    hash: entry.hash,
                    redacted: true,
                }
            })
            .collect();
        assert!(
            !full.is_empty(),
            "{} finds entries about {objects:?}",
            reader.name
        );
        match &expected {
            Some(seen) => assert_eq!(seen, &full, "{} reads the same entries", reader.name),
            None => expected = Some(full),
        }
    }
    expected.unwrap_or_default()
}

async fn the_api_lists_each_item_only_to_those_entitled(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    for (paper, entitled) in world.papers() {
        let others = cast.except(&entitled);
        listed_only_to(
            app,
            "/api/v1/groups/CGA/texts",
            &entitled,
            &others,
            |text: &TextSummary| text.id == paper.id && text.title == paper.title,
        )
        .await;
    }
    let listed = world.listed_readers();
    listed_only_to(
        app,
        "/api/v1/groups/CGA/decisions",
        &listed,
        &cast.except(&listed),
        |decision: &Decision| decision.id == world.decision,
    )
    .await;
    for (meeting, entitled) in [
        (world.invited_meeting, world.invited_meeting_readers()),
        (world.uninvited_meeting, world.uninvited_meeting_readers()),
    ] {
        listed_only_to(
            app,
            "/api/v1/groups/CGA/meetings",
            &entitled,
            &cast.except(&entitled),
            |m: &Meeting| m.id == meeting,
        )
        .await;
    }

    assert_lists_grew_by_what_each_may_see(&world).await;
    assert_the_group_is_seen_by_its_seats_only(&world).await;
}

/// Not counted: each reader's lists grew by exactly what the reader may see, nothing more.
async fn assert_lists_grew_by_what_each_may_see(world: &World) {
    let (app, cast) = (&world.app, &world.cast);
    for (reader, before) in cast.all().into_iter().zip(&world.before) {
        let now = seen_by(app, reader).await;
        let may_see = |entitled: &[&Reader]| entitled.iter().any(|e| e.name == reader.name);
        let grown = |before: &Option<BTreeSet<i64>>, new: Vec<(i64, Vec<&Reader>)>| {
            before.as_ref().map(|ids| {
                let mut ids = ids.clone();
                ids.extend(
                    new.into_iter()
                        .filter(|(_, e)| may_see(e))
                        .map(|(id, _)| id),
                );
                ids
            })
        };
        let texts = world
            .papers()
            .into_iter()
            .map(|(paper, entitled)| (paper.id, entitled))
            .collect();
        assert_eq!(
            now.texts,
            grown(&before.texts, texts),
            "{} texts",
            reader.name
        );
        assert_eq!(
            now.decisions,
            grown(
                &before.decisions,
                vec![(world.decision, world.listed_readers())]
            ),
            "{} decisions",
            reader.name
        );
        let meetings = vec![
            (world.invited_meeting, world.invited_meeting_readers()),
            (world.uninvited_meeting, world.uninvited_meeting_readers()),
        ];
        assert_eq!(
            now.meetings,
            grown(&before.meetings, meetings),
            "{} meetings",
            reader.name
        );
    }
}

/// The group itself: every seat and the administrator see it, nobody else.
async fn assert_the_group_is_seen_by_its_seats_only(world: &World) {
    let (app, cast) = (&world.app, &world.cast);
    let seated: Vec<&Reader> = cast.all().into_iter().filter(|r| r.sees_group).collect();
    for reader in &seated {
        let reply = app.get("/api/v1/groups/CGA", reader.who()).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reader.name);
    }
    let refused = app.get("/api/v1/groups/CGA", cast.outsider.who()).await;
    let absent = app.get("/api/v1/groups/XYZ", cast.outsider.who()).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(refused.text(), absent.text());
}

async fn a_direct_link_to_an_invisible_item_answers_not_found(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    for (paper, entitled) in world.papers() {
        let others = cast.except(&entitled);
        let secrets = &paper.secrets;
        found_only_by(
            app,
            &format!("/api/v1/texts/{}", paper.id),
            secrets,
            &entitled,
            &others,
        )
        .await;
        found_only_by(
            app,
            &format!("/texts/{}", paper.id),
            secrets,
            &entitled,
            &others,
        )
        .await;
    }
    let listed = world.listed_readers();
    let others = cast.except(&listed);
    let secrets = &world.listed.secrets;
    for path in [
        format!("/api/v1/procedures/{}", world.procedure),
        format!("/procedures/{}", world.procedure),
        format!("/api/v1/decisions/{}", world.decision),
        format!("/decisions/{}", world.decision),
        format!("/decisions/{}.pdf", world.decision),
        format!("/api/v1/decisions/{}.pdf", world.decision),
        format!("/api/v1/decisions/{}/evidence", world.decision),
    ] {
        found_only_by(app, &path, secrets, &listed, &others).await;
    }
    let listed_text: Text = app
        .get(
            &format!("/api/v1/texts/{}", world.listed.id),
            cast.kz_deputy.who(),
        )
        .await
        .view();
    assert!(listed_text
        .amendments
        .iter()
        .any(|a| a.id == world.amendment && a.state == "incorporated"));
    assert_eq!(listed_text.procedures[0].id, world.procedure);
    assert_eq!(listed_text.procedures[0].kind, "silence");
    assert_eq!(
        (
            listed_text.distribution.as_str(),
            listed_text.classification.as_str()
        ),
        ("listed", "unclassified")
    );

    for (meeting, entitled) in [
        (world.invited_meeting, world.invited_meeting_readers()),
        (world.uninvited_meeting, world.uninvited_meeting_readers()),
    ] {
        let others = cast.except(&entitled);
        for path in [
            format!("/api/v1/meetings/{meeting}"),
            format!("/meetings/{meeting}"),
            format!("/meetings/{meeting}.ics"),
            format!("/meetings/{meeting}/minutes.pdf"),
            format!("/api/v1/meetings/{meeting}/minutes.pdf"),
        ] {
            found_only_by(app, &path, &[], &entitled, &others).await;
        }
    }
}

async fn the_pages_show_each_item_only_to_those_entitled(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    for (paper, entitled) in world.papers() {
        let others = cast.except(&entitled);
        page_shows_only_to(
            app,
            "/groups/CGA/texts",
            paper.title,
            &paper.secrets,
            &entitled,
            &others,
        )
        .await;
    }
    let listed = world.listed_readers();
    let others = cast.except(&listed);
    let secrets = &world.listed.secrets;
    // The decision's page and the list of decisions name it by the text's title.
    page_shows_only_to(
        app,
        "/groups/CGA/decisions",
        world.listed.title,
        secrets,
        &listed,
        &others,
    )
    .await;
    // The adopted silence is in the inbox of the listed parties' people and the secretariat.
    page_shows_only_to(app, "/inbox", world.listed.title, secrets, &listed, &others).await;
    // The group's page lists the meetings a reader may see, by city.
    let invited = world.invited_meeting_readers();
    page_shows_only_to(
        app,
        "/groups/CGA",
        "Termez",
        &["Termez"],
        &invited,
        &cast.except(&invited),
    )
    .await;
    let uninvited = world.uninvited_meeting_readers();
    page_shows_only_to(
        app,
        "/groups/CGA",
        "Kulob",
        &["Kulob"],
        &uninvited,
        &cast.except(&uninvited),
    )
    .await;

    // What the journal keeps from a guest (an authorisation, scope `group`), no page shows.
    let business = world.group_business_readers();
    page_shows_only_to(
        app,
        "/groups/CGA",
        "Deputies authorised to record positions",
        &["Deputies authorised", "authorised by"],
        &business,
        &cast.except(&business),
    )
    .await;

    // Each person's calendar feed holds the meetings they may see, by their venue.
    for reader in cast.all() {
        let feed = calendar_feed(app, reader).await;
        for (city, entitled) in [("Termez", &invited), ("Kulob", &uninvited)] {
            let may_see = entitled.iter().any(|e| e.name == reader.name);
            assert_eq!(feed.contains(city), may_see, "{} and {city}", reader.name);
        }
    }
}

/// The reader's calendar feed, from the secret address their profile page gives.
async fn calendar_feed(app: &TestApp, reader: &Reader) -> String {
    let page = app.post_form("/me/calendar", &reader.session, &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", reader.name);
    let html = page.text();
    let start = html.find("/calendar/").expect("a feed address");
    let end = start + html[start..].find(".ics").expect("an .ics address") + ".ics".len();
    let feed = app.get(&html[start..end], As::Nobody).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", reader.name);
    feed.text()
}

async fn the_journal_shows_an_invisible_entry_only_as_its_place_and_hash(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    let after = world.head_before.seq;
    let listed_objects = vec![
        format!("text:{}", world.listed.id),
        format!("amendment:{}", world.amendment),
        format!("procedure:{}", world.procedure),
    ];
    let listed = world.listed_readers();
    let stubs =
        journal_shows_only_stubs(app, after, &listed_objects, &listed, &cast.except(&listed)).await;
    // Created, amended, incorporated as version 2, opened and closed as adopted.
    assert!(stubs.len() >= 5, "{stubs:?}");
    for (paper, entitled) in world.papers().into_iter().skip(1) {
        journal_shows_only_stubs(
            app,
            after,
            &[format!("text:{}", paper.id)],
            &entitled,
            &cast.except(&entitled),
        )
        .await;
    }
    let uninvited = world.uninvited_meeting_readers();
    journal_shows_only_stubs(
        app,
        after,
        &[format!("meeting:{}", world.uninvited_meeting)],
        &uninvited,
        &cast.except(&uninvited),
    )
    .await;

    // The authorisation of a deputy is the group's business, not a guest's.
    let group_path = format!("/api/v1/journal?group=CGA&after={after}");
    let entries: Vec<JournalEntry> = app.get(&group_path, cast.uz_envoy.who()).await.view();
    let authorisation = entries
        .iter()
        .find(|e| e.action.as_deref() == Some("authorisation.create"))
        .and_then(|e| e.object.clone())
        .expect("the authorisation's entry");
    let business = world.group_business_readers();
    journal_shows_only_stubs(
        app,
        after,
        &[authorisation],
        &business,
        &cast.except(&business),
    )
    .await;

    // The journal page: the entries in full for the entitled, for the others the same
    // entries only as "not distributed to you" with their hash.
    let others = cast.except(&listed);
    page_shows_only_to(
        app,
        "/groups/CGA/journal",
        world.listed.title,
        &world.listed.secrets,
        &listed,
        &others,
    )
    .await;
    for reader in others.iter().filter(|r| r.sees_group) {
        let html = app.get("/groups/CGA/journal", reader.who()).await.text();
        for seq in &stubs {
            assert!(
                html.contains(&format!("Entry {seq}, not distributed to you")),
                "{} finds entry {seq} redacted",
                reader.name
            );
        }
    }
}

async fn the_evidence_and_the_public_record_reveal_nothing_invisible(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    let listed_objects = [
        format!("text:{}", world.listed.id),
        format!("procedure:{}", world.procedure),
    ];
    let bundle: Evidence = app
        .read(
            &format!("/api/v1/decisions/{}/evidence", world.decision),
            cast.uz_envoy.who(),
        )
        .await;
    assert_eq!(bundle.title, world.listed.title);
    assert!(bundle
        .entries
        .iter()
        .any(|entry| listed_objects.contains(&entry.object)));

    // The public decision of the demo (found by its distribution, not by its id), whose
    // bundle a member not listed may take: nothing in it about the listed text.
    let decisions: Vec<Decision> = app
        .read("/api/v1/groups/CGA/decisions", cast.uz_envoy.who())
        .await;
    let public: Vec<&Decision> = decisions
        .iter()
        .filter(|d| d.distribution == "public")
        .collect();
    assert!(!public.is_empty(), "the demo adopted a public statement");
    assert!(decisions
        .iter()
        .any(|d| d.id == world.decision && d.text == world.listed.id));
    for decision in &public {
        let reply = app
            .get(
                &format!("/api/v1/decisions/{}/evidence", decision.id),
                cast.kg_envoy.who(),
            )
            .await;
        let other: Evidence = reply.assert_status(StatusCode::OK).view();
        assert_eq!(other.symbol, decision.symbol);
        assert!(!other
            .entries
            .iter()
            .any(|entry| listed_objects.contains(&entry.object)));
        assert!(!other.entries.is_empty() && other.entries.iter().all(|entry| entry.seq > 0));
        for secret in &world.listed.secrets {
            assert!(!reply.text().contains(secret), "{secret}");
        }
    }
    assert_the_public_record_is_the_public_decisions_naming_no_one(&world, &public).await;
    assert_the_public_page_shows_no_paper(&world, &public).await;
}

/// The public record, read by nobody in particular: exactly the public decisions. Who
/// recorded a position is a person of a delegation, whom only those with a seat may see: the
/// public record names parties, never the people or their accounts.
async fn assert_the_public_record_is_the_public_decisions_naming_no_one(
    world: &World,
    public: &[&Decision],
) {
    let (app, cast) = (&world.app, &world.cast);
    let reply = app.public_decisions().await;
    let record: Vec<Decision> = reply.assert_status(StatusCode::OK).view();
    let shown: BTreeSet<i64> = record.iter().map(|d| d.id).collect();
    let expected: BTreeSet<i64> = public.iter().map(|d| d.id).collect();
    assert_eq!(shown, expected);
    let people: Vec<String> = app
        .group(&cast.admin.session)
        .await
        .delegations
        .expect("the delegations")
        .into_iter()
        .map(|seat| seat.username)
        .collect();
    for decision in record {
        assert!(!decision.positions.is_empty());
        for position in &decision.positions {
            assert_eq!(position.recorded_by, None, "{}", position.party);
        }
        let seen = app.decision(&cast.uz_envoy.session, decision.id).await;
        let recorders: Vec<&String> = seen
            .positions
            .iter()
            .filter_map(|p| p.recorded_by.as_ref())
            .collect();
        assert!(!recorders.is_empty(), "a seated reader sees who recorded");
        assert!(recorders.iter().all(|name| people.contains(name)));
    }
    let public_json = reply.text();
    for username in &people {
        assert!(
            !public_json.contains(&format!("\"{username}\"")),
            "the public record names {username}"
        );
    }
}

/// The public page shows the public decisions and not a word of any paper of the world.
async fn assert_the_public_page_shows_no_paper(world: &World, public: &[&Decision]) {
    let page = world.app.get("/public/CGA/decisions", As::Nobody).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    for decision in public {
        assert!(html.contains(&decision.title), "{}", decision.title);
    }
    let decision = format!("/decisions/{}", world.decision);
    let entitled = world.app.get(&decision, world.cast.uz_envoy.who()).await;
    assert!(
        entitled.text().contains(world.listed.title),
        "a listed reader's page shows the listed decision"
    );
    for (paper, _) in world.papers() {
        for secret in &paper.secrets {
            assert!(!html.contains(secret), "public page shows {secret:?}");
        }
    }
}

/// Acts on items the actor may not see, each with a body that would otherwise do: who acts,
/// the method, the path and the body.
fn attempts_on_invisible_items(world: &World) -> Vec<(&Reader, Method, String, Value)> {
    let listed = world.listed.id;
    let amend = |version: i64| json!({ "version": version, "passage": "the", "replacement": "this", "reason": "a try" });
    vec![
        // A member's envoy may propose amendments, to texts it may see.
        (
            &world.cast.kg_envoy,
            Method::POST,
            format!("/api/v1/texts/{listed}/amendments"),
            amend(2),
        ),
        (
            &world.cast.kg_envoy,
            Method::POST,
            format!("/api/v1/texts/{listed}/versions"),
            json!({ "body": "A new text." }),
        ),
        (
            &world.cast.kg_envoy,
            Method::POST,
            format!("/api/v1/procedures/{}/statements", world.procedure),
            json!({ "party": "KG", "statement": "Kyrgyzstan speaks." }),
        ),
        (
            &world.cast.uz_attache,
            Method::POST,
            format!("/api/v1/texts/{}/amendments", world.confidential.id),
            amend(1),
        ),
        (
            &world.cast.observer,
            Method::POST,
            format!("/api/v1/texts/{}/amendments", world.members.id),
            amend(1),
        ),
        (
            &world.cast.secretariat,
            Method::POST,
            format!("/api/v1/texts/{}/procedures", world.national.id),
            json!({ "kind": "consensus", "version": 1, "deadline": "2026-12-01T00:00:00Z" }),
        ),
        (
            &world.cast.guest,
            Method::POST,
            format!("/api/v1/meetings/{}/agenda", world.uninvited_meeting),
            json!({ "title": "Guests at the table" }),
        ),
        (
            &world.cast.guest,
            Method::PATCH,
            format!("/api/v1/agenda/{}", world.agenda_item),
            json!({ "title": "Guests at the table" }),
        ),
        (
            &world.cast.guest,
            Method::DELETE,
            format!("/api/v1/attendance/{}", world.attendance),
            Value::Null,
        ),
        (
            &world.cast.admin,
            Method::POST,
            format!("/api/v1/amendments/{}/decline", world.amendment),
            json!({ "reason": "no" }),
        ),
    ]
}

async fn acting_on_an_invisible_item_answers_not_found_and_changes_nothing(backend: Backend) {
    let world = World::build(backend).await;
    let (app, cast) = (&world.app, &world.cast);
    let head_before = head(app, &cast.admin).await;
    let listed = world.listed.id;
    let attempts = attempts_on_invisible_items(&world);
    for (reader, method, path, body) in attempts {
        let reply = app.request(method, &path, reader.who(), Some(body)).await;
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{} {path}: {}",
            reader.name,
            reply.text()
        );
    }
    // The contrast: who sees the thing but may not do this is told why (403).
    let seen_but_not_penholder = app
        .post(
            &format!("/api/v1/texts/{listed}/versions"),
            cast.kz_deputy.who(),
            json!({ "body": "A new text." }),
        )
        .await;
    assert_eq!(seen_but_not_penholder.status, StatusCode::FORBIDDEN);
    let seen_but_not_managed = app
        .request(
            Method::DELETE,
            &format!("/api/v1/attendance/{}", world.attendance),
            cast.kg_envoy.who(),
            None,
        )
        .await;
    assert_eq!(seen_but_not_managed.status, StatusCode::FORBIDDEN);
    assert_eq!(head(app, &cast.admin).await, head_before);
}

both_backends!(
    the_api_lists_each_item_only_to_those_entitled,
    a_direct_link_to_an_invisible_item_answers_not_found,
    the_pages_show_each_item_only_to_those_entitled,
    the_journal_shows_an_invisible_entry_only_as_its_place_and_hash,
    the_evidence_and_the_public_record_reveal_nothing_invisible,
    acting_on_an_invisible_item_answers_not_found_and_changes_nothing,
);
