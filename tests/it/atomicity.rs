//! No change without its journal entry, and no half change: a fault injected into the
//! journal's INSERT makes every mutating API route answer 500, with nothing of the cause in
//! the answer, and leave the record exactly as it was; once the fault is gone the same call
//! succeeds.
//!
//! The fault is a database trigger installed with the tests' `tamper` helper, as anyone with
//! access to the database could; the product has no test-only code for it. Sessions are
//! deliberately not journaled (they are credentials, not the group's record), so signing in
//! keeps working while the journal refuses every write.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{demo_start, As, Reply, Session, TestApp, PASSWORD};
use crate::requests::{NewProcedure, NewText};
use crate::views::{
    AgendaItem, Amendment, Attendance, Head, Meeting, Opened, Problem, Text, TextSummary,
};
use majlis::store::Backend;

/// Every table of the record but `sessions`, whose rows change on signing in (not journaled).
const TABLES: [&str; 28] = [
    "users",
    "api_tokens",
    "groups",
    "group_languages",
    "group_parties",
    "seats",
    "authorisations",
    "meetings",
    "meeting_guests",
    "agenda_items",
    "attendance",
    "journal",
    "texts",
    "text_listed_parties",
    "text_versions",
    "language_versions",
    "amendments",
    "procedures",
    "procedure_members",
    "procedure_events",
    "decisions",
    "signing_keys",
    "papers",
    "record_listed",
    "attachment_contents",
    "attachment_chunks",
    "paper_attachments",
    "comments",
];

/// Words that would tell a client what failed inside; a 500 must say none of them.
const INTERNALS: [&str; 9] = [
    "injected",
    "fault",
    "journal",
    "trigger",
    "sql",
    "insert",
    "database",
    "raise",
    "constraint",
];

/// A trigger that makes every INSERT into the journal fail.
struct Fault<'a> {
    app: &'a TestApp,
    backend: Backend,
}

impl<'a> Fault<'a> {
    async fn prepare(app: &'a TestApp, backend: Backend) -> Fault<'a> {
        if backend == Backend::Postgres {
            app.tamper(
                "CREATE FUNCTION journal_fault() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$",
            )
            .await;
        }
        Fault { app, backend }
    }

    async fn install(&self) {
        self.app
            .tamper(match self.backend {
                Backend::Sqlite => {
                    "CREATE TRIGGER journal_fault BEFORE INSERT ON journal \
                     BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
                }
                Backend::Postgres => {
                    "CREATE TRIGGER journal_fault BEFORE INSERT ON journal \
                     FOR EACH ROW EXECUTE FUNCTION journal_fault()"
                }
            })
            .await;
    }

    async fn remove(&self) {
        self.app
            .tamper(match self.backend {
                Backend::Sqlite => "DROP TRIGGER journal_fault",
                Backend::Postgres => "DROP TRIGGER journal_fault ON journal",
            })
            .await;
    }
}

/// Those who read the record back: the administrator (accounts, groups, delegations), the
/// secretariat (meetings, texts, procedures, decisions) and a member's envoy (the group's
/// page, which shows the live authorisations).
struct Record<'a> {
    admin: &'a Session,
    secretariat: &'a Session,
    member: &'a Session,
}

impl Record<'_> {
    /// Everything readable of the record: the answers of the API and the group's page, and
    /// the row count of every table (for what no answer shows, such as tokens).
    async fn read(&self, app: &TestApp) -> Vec<(String, String)> {
        let mut record = Vec::new();
        let mut read = async |who: &Session, path: String| {
            let reply = app.get(&path, As::Person(who)).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text());
            record.push((path, reply.text()));
            reply
        };
        for path in ["/api/v1/users", "/api/v1/groups", "/api/v1/groups/CGA"] {
            read(self.admin, path.to_owned()).await;
        }
        read(self.member, "/groups/CGA".to_owned()).await;
        read(self.admin, "/api/v1/journal/head".to_owned()).await;
        let meetings: Vec<Meeting> = read(self.secretariat, "/api/v1/groups/CGA/meetings".into())
            .await
            .view();
        for meeting in meetings {
            read(self.secretariat, format!("/api/v1/meetings/{}", meeting.id)).await;
        }
        let texts: Vec<TextSummary> = read(self.secretariat, "/api/v1/groups/CGA/texts".into())
            .await
            .view();
        for text in texts {
            let detail: Text = read(self.secretariat, format!("/api/v1/texts/{}", text.id))
                .await
                .view();
            for procedure in detail.procedures {
                read(
                    self.secretariat,
                    format!("/api/v1/procedures/{}", procedure.id),
                )
                .await;
            }
        }
        read(self.secretariat, "/api/v1/groups/CGA/decisions".into()).await;
        let papers = read(self.secretariat, "/api/v1/groups/CGA/papers".into())
            .await
            .json();
        for paper in papers["papers"].as_array().into_iter().flatten() {
            read(self.secretariat, format!("/api/v1/papers/{}", paper["id"])).await;
        }
        for table in TABLES {
            let count = app.scalar(&format!("SELECT count(*) FROM {table}")).await;
            record.push((table.to_owned(), count.to_string()));
        }
        record
    }
}

/// One call of a mutating route, and what it answers when it succeeds.
struct Call<'a> {
    who: &'a Session,
    method: Method,
    path: String,
    body: Option<Value>,
    done: StatusCode,
}

fn call<'a>(who: &'a Session, method: Method, path: impl Into<String>, body: Value) -> Call<'a> {
    Call {
        who,
        done: match method {
            Method::PATCH => StatusCode::OK,
            Method::DELETE | Method::PUT => StatusCode::NO_CONTENT,
            _ => StatusCode::CREATED,
        },
        method,
        path: path.into(),
        body: Some(body),
    }
}

impl Call<'_> {
    fn answering(mut self, done: StatusCode) -> Self {
        self.done = done;
        self
    }

    fn without_body(mut self) -> Self {
        self.body = None;
        self
    }

    async fn send(&self, app: &TestApp) -> Reply {
        app.request(
            self.method.clone(),
            &self.path,
            As::Person(self.who),
            self.body.clone(),
        )
        .await
    }
}

/// A 500 as the client sees it: problem+json that says only that something failed.
fn assert_tells_nothing(reply: &Reply, what: &str) {
    assert_eq!(
        reply.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {}",
        reply.text()
    );
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some("application/problem+json"),
        "{what}"
    );
    let problem: Problem = reply.view();
    assert_eq!(
        (problem.status, problem.kind.as_str()),
        (500, "/problems/internal")
    );
    let text = reply.text().to_lowercase();
    for word in INTERNALS {
        assert!(!text.contains(word), "{what} tells {word:?}: {text}");
    }
}

/// With the journal failing, `call` answers 500 and the record stays as it was; without the
/// fault, the same call succeeds and is journaled. Returns the successful answer.
async fn refused_then_done(
    app: &TestApp,
    fault: &Fault<'_>,
    record: &Record<'_>,
    call: Call<'_>,
) -> Reply {
    let what = format!("{} {}", call.method, call.path);
    let before = record.read(app).await;
    fault.install().await;
    let refused = call.send(app).await;
    assert_tells_nothing(&refused, &what);
    let after = record.read(app).await;
    assert_eq!(before.len(), after.len(), "{what} changed the record");
    for ((path, was), (_, is)) in before.iter().zip(&after) {
        assert_eq!(was, is, "{what} changed {path}");
    }
    fault.remove().await;
    let head_before = app.journal_head().await;
    let done = call.send(app).await;
    assert_eq!(done.status, call.done, "{what}: {}", done.text());
    assert!(
        app.journal_head().await > head_before,
        "{what} was journaled"
    );
    done
}

/// The demo on the fixed clock with the record's readers signed in: the administrator, the
/// secretariat and `member`, whose view of the group's page is compared.
struct Scene {
    app: TestApp,
    backend: Backend,
    admin: Session,
    secretariat: Session,
    member: Session,
}

impl Scene {
    async fn new(backend: Backend, member: &str) -> Scene {
        let app = TestApp::with_demo_at(backend, demo_start()).await;
        Scene {
            admin: app.sign_in("admin").await,
            secretariat: app.sign_in("secretariat").await,
            member: app.sign_in(member).await,
            app,
            backend,
        }
    }

    async fn fault(&self) -> Fault<'_> {
        Fault::prepare(&self.app, self.backend).await
    }

    fn record(&self) -> Record<'_> {
        Record {
            admin: &self.admin,
            secretariat: &self.secretariat,
            member: &self.member,
        }
    }

    async fn refused_then_done(&self, fault: &Fault<'_>, call: Call<'_>) -> Reply {
        refused_then_done(&self.app, fault, &self.record(), call).await
    }
}

async fn accounts_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, admin) = (&scene.app, &scene.admin);
    let fault = scene.fault().await;
    let account =
        json!({ "username": "matrix.user", "password": PASSWORD, "display_name": "Matrix User" });
    let created = call(admin, Method::POST, "/api/v1/users", account);
    scene.refused_then_done(&fault, created).await;

    let password = call(
        admin,
        Method::POST,
        "/api/v1/users/matrix.user/password",
        json!({ "password": "another-test-password-456" }),
    )
    .answering(StatusCode::NO_CONTENT);
    // The refused change kept the old password: it still signs in, during the fault too, as
    // sessions are not journaled.
    fault.install().await;
    assert_tells_nothing(&password.send(app).await, "password");
    app.sign_in("matrix.user").await;
    fault.remove().await;
    scene.refused_then_done(&fault, password).await;
    let old = app
        .post(
            "/api/v1/session",
            As::Nobody,
            json!({ "username": "matrix.user", "password": PASSWORD }),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);

    for step in [
        call(
            admin,
            Method::POST,
            "/api/v1/users/matrix.user/disable",
            json!(null),
        )
        .without_body()
        .answering(StatusCode::NO_CONTENT),
        call(
            &scene.member,
            Method::POST,
            "/api/v1/tokens",
            json!({ "name": "nightly export" }),
        ),
    ] {
        scene.refused_then_done(&fault, step).await;
    }
}

async fn group_administration_is_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, admin, envoy) = (&scene.app, &scene.admin, &scene.member);
    let fault = scene.fault().await;
    app.create_user(admin, "matrix.user")
        .await
        .assert_status(StatusCode::CREATED);
    let group = json!({
        "code": "CGB", "name": "Contact Group on the Aral Sea", "languages": ["English"],
        "time_zone": "Asia/Tashkent",
        "parties": [{ "code": "UZ", "name": "Uzbekistan", "standing": "member" }],
        "rotation": ["UZ"]
    });
    for step in [
        call(admin, Method::POST, "/api/v1/groups", group),
        call(
            admin,
            Method::PATCH,
            "/api/v1/groups/CGA",
            json!({ "settings": { "min_silence_hours": 12 } }),
        ),
        call(
            admin,
            Method::POST,
            "/api/v1/groups/CGA/parties",
            json!({ "code": "AF", "name": "Afghanistan", "standing": "guest" }),
        ),
        call(
            admin,
            Method::POST,
            "/api/v1/groups/CGA/delegations",
            json!({ "username": "matrix.user", "party": "AF", "role": "envoy" }),
        ),
        call(
            admin,
            Method::DELETE,
            "/api/v1/groups/CGA/delegations",
            json!({ "username": "matrix.user" }),
        ),
        call(
            envoy,
            Method::POST,
            "/api/v1/groups/CGA/authorisations",
            json!({ "deputy": "uz.deputy", "until": app.later(24 * 7) }),
        ),
        // The first receipt makes the server's signing key and journals its public half.
        call(admin, Method::GET, "/api/v1/journal/receipt", json!(null))
            .without_body()
            .answering(StatusCode::OK),
    ] {
        scene.refused_then_done(&fault, step).await;
    }
    let group = app.group(admin).await;
    assert_eq!(group.guests, ["AF"], "each change was made once");
}

async fn meetings_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, secretariat) = (&scene.app, &scene.secretariat);
    let fault = scene.fault().await;
    let planned = call(
        secretariat,
        Method::POST,
        "/api/v1/groups/CGA/meetings",
        json!({
            "city": "Dushanbe", "venue": "Ministry of Foreign Affairs of the Republic of Tajikistan",
            "starts_at": "2027-03-10T05:00:00Z", "ends_at": "2027-03-10T12:00:00Z",
            "time_zone": "Asia/Dushanbe"
        }),
    );
    let meeting = scene
        .refused_then_done(&fault, planned)
        .await
        .view::<Meeting>()
        .id;
    let edited = call(
        secretariat,
        Method::PATCH,
        format!("/api/v1/meetings/{meeting}"),
        json!({ "venue": "Palace of the Nation" }),
    );
    scene.refused_then_done(&fault, edited).await;
    let agenda = format!("/api/v1/meetings/{meeting}/agenda");
    let first = call(
        secretariat,
        Method::POST,
        &agenda,
        json!({ "title": "Border crossings" }),
    );
    let first = scene
        .refused_then_done(&fault, first)
        .await
        .view::<AgendaItem>()
        .id;
    let second = app
        .add_agenda_item(secretariat, meeting, "Water and energy")
        .await
        .assert_status(StatusCode::CREATED)
        .view::<AgendaItem>()
        .id;
    for step in [
        call(
            secretariat,
            Method::PUT,
            format!("{agenda}/order"),
            json!({ "items": [second, first] }),
        ),
        call(
            secretariat,
            Method::PATCH,
            format!("/api/v1/agenda/{first}"),
            json!({ "title": "Border crossings and customs" }),
        )
        .answering(StatusCode::NO_CONTENT),
        call(
            secretariat,
            Method::DELETE,
            format!("/api/v1/agenda/{first}"),
            json!(null),
        )
        .without_body(),
    ] {
        scene.refused_then_done(&fault, step).await;
    }
}

async fn attendance_and_forms_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, secretariat) = (&scene.app, &scene.secretariat);
    let fault = scene.fault().await;
    let record = scene.record();
    let meeting = app.planned_meeting(secretariat).await;
    let present = call(
        secretariat,
        Method::POST,
        format!("/api/v1/meetings/{meeting}/attendance"),
        json!({ "party": "TJ", "name": "Special Representative of Tajikistan" }),
    );
    let entry = scene
        .refused_then_done(&fault, present)
        .await
        .view::<Attendance>()
        .id;
    let absent = call(
        secretariat,
        Method::DELETE,
        format!("/api/v1/attendance/{entry}"),
        json!(null),
    )
    .without_body();
    scene.refused_then_done(&fault, absent).await;

    // A person's form meets the same fault as a page that says nothing of it.
    let before = record.read(app).await;
    fault.install().await;
    let form_path = format!("/meetings/{meeting}/agenda");
    let page = app
        .post_form(&form_path, secretariat, &[("title", "Customs")])
        .await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    let html = page.text().to_lowercase();
    assert!(
        html.contains("back to your groups"),
        "an error page: {html}"
    );
    for word in INTERNALS {
        assert!(!html.contains(word), "the page tells {word:?}");
    }
    assert_eq!(record.read(app).await, before);
    fault.remove().await;
    let page = app
        .post_form(&form_path, secretariat, &[("title", "Customs")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text());
}

async fn texts_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "kz.envoy").await;
    let (app, secretariat, envoy) = (&scene.app, &scene.secretariat, &scene.member);
    let fault = scene.fault().await;
    let drafted = call(
        secretariat,
        Method::POST,
        "/api/v1/groups/CGA/texts",
        NewText::new(
            "Joint statement on water",
            "The participants discuss water.",
        )
        .distribution("members")
        .json(),
    );
    let text = scene
        .refused_then_done(&fault, drafted)
        .await
        .view::<Text>()
        .id;
    for step in [
        call(
            secretariat,
            Method::POST,
            format!("/api/v1/texts/{text}/versions"),
            json!({ "body": "The participants agree on water." }),
        ),
        call(
            secretariat,
            Method::POST,
            format!("/api/v1/texts/{text}/languages"),
            json!({ "language": "ru", "body": "Участники договорились о воде." }),
        ),
    ] {
        scene.refused_then_done(&fault, step).await;
    }
    let proposed = call(
        envoy,
        Method::POST,
        format!("/api/v1/texts/{text}/amendments"),
        json!({ "version": 2, "passage": "agree on", "replacement": "welcome progress on", "reason": "clearer" }),
    );
    let amendment = scene
        .refused_then_done(&fault, proposed)
        .await
        .view::<Amendment>()
        .id;
    let incorporated = call(
        secretariat,
        Method::POST,
        format!("/api/v1/amendments/{amendment}/incorporate"),
        json!(null),
    )
    .answering(StatusCode::OK);
    let versions = scene
        .refused_then_done(&fault, incorporated)
        .await
        .view::<Text>()
        .versions;
    assert_eq!(versions.len(), 3);
    let second: Amendment = app
        .post(
            &format!("/api/v1/texts/{text}/amendments"),
            As::Person(envoy),
            json!({ "version": 3, "passage": "water", "replacement": "rivers", "reason": "narrower" }),
        )
        .await
        .assert_status(StatusCode::CREATED)
        .view();
    let declined = call(
        secretariat,
        Method::POST,
        format!("/api/v1/amendments/{}/decline", second.id),
        json!({ "reason": "the group means all water" }),
    )
    .answering(StatusCode::OK);
    scene.refused_then_done(&fault, declined).await;
}

/// A members' text by the secretariat for the procedures below.
async fn railway_text(scene: &Scene, title: &str) -> i64 {
    let text = NewText::new(title, "The participants welcome the railway.").distribution("members");
    scene.app.draft_text(&scene.secretariat, text).await.id
}

/// The journal's chain is whole and as long as the head says.
async fn assert_chain_intact(scene: &Scene) {
    let head: Head = scene.app.head(&scene.admin).await;
    let verdict = scene
        .app
        .app
        .verify_journal()
        .await
        .expect("verify runs")
        .expect("the chain is intact after every refused write");
    assert_eq!(verdict.entries, head.seq);
}

async fn consensus_acts_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, secretariat, uz) = (&scene.app, &scene.secretariat, &scene.member);
    let fault = scene.fault().await;
    let kg = app.sign_in("kg.envoy").await;
    let round_text = railway_text(&scene, "Statement on the railway").await;
    let opened = call(
        secretariat,
        Method::POST,
        format!("/api/v1/texts/{round_text}/procedures"),
        NewProcedure::consensus(1, &app.later(72)).json(),
    );
    let round = scene
        .refused_then_done(&fault, opened)
        .await
        .view::<Opened>()
        .id;
    let acts = |path: &str| format!("/api/v1/procedures/{round}/{path}");
    for step in [
        call(
            uz,
            Method::POST,
            acts("positions"),
            json!({ "party": "UZ", "position": "ad_referendum", "confirm_by": app.later(48) }),
        ),
        call(uz, Method::POST, acts("confirm"), json!({ "party": "UZ" })),
        call(
            secretariat,
            Method::POST,
            acts("extend"),
            json!({ "deadline": app.later(96) }),
        ),
    ] {
        scene
            .refused_then_done(&fault, step.answering(StatusCode::OK))
            .await;
    }
    let pending = app
        .act(
            &kg,
            round,
            "positions",
            json!({ "party": "KG", "position": "ad_referendum", "confirm_by": app.later(48) }),
        )
        .await;
    pending.assert_status(StatusCode::OK);
    for step in [
        call(
            &kg,
            Method::POST,
            acts("decline"),
            json!({ "party": "KG", "reason": "the capital does not confirm" }),
        ),
        call(secretariat, Method::POST, acts("withdraw"), json!(null)).without_body(),
    ] {
        scene
            .refused_then_done(&fault, step.answering(StatusCode::OK))
            .await;
    }
    assert_chain_intact(&scene).await;
}

async fn silence_acts_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, secretariat) = (&scene.app, &scene.secretariat);
    let fault = scene.fault().await;
    let tj = app.sign_in("tj.envoy").await;
    let kz = app.sign_in("kz.envoy").await;
    let silence_text = railway_text(&scene, "Statement on the power line").await;
    let silence = app
        .open_procedure(
            secretariat,
            silence_text,
            NewProcedure::silence(1, &app.later(48)),
        )
        .await;
    for step in [
        call(
            &tj,
            Method::POST,
            format!("/api/v1/procedures/{silence}/statements"),
            json!({ "party": "TJ", "statement": "Tajikistan reads the line as CASA-1000." }),
        ),
        call(
            &kz,
            Method::POST,
            format!("/api/v1/procedures/{silence}/break"),
            json!({ "party": "KZ", "reason": "Kazakhstan needs more time" }),
        ),
    ] {
        scene
            .refused_then_done(&fault, step.answering(StatusCode::OK))
            .await;
    }
    assert_chain_intact(&scene).await;
}

/// A paper, and a file attached to it (its content, chunks and attachment row written before
/// the journal entry that fails), leave nothing behind.
async fn papers_and_attachments_are_rolled_back_when_the_journal_fails(backend: Backend) {
    let scene = Scene::new(backend, "uz.envoy").await;
    let (app, secretariat) = (&scene.app, &scene.secretariat);
    let fault = scene.fault().await;
    let paper = scene
        .refused_then_done(
            &fault,
            call(
                secretariat,
                Method::POST,
                "/api/v1/groups/CGA/papers",
                json!({
                    "title": "Border crossings: background", "kind": "background",
                    "body": "Hairatan and *Termez*.", "language": "en",
                    "distribution": "listed", "listed": ["UZ", "KZ"],
                    "classification": "restricted"
                }),
            ),
        )
        .await;
    let paper = paper.json()["id"].as_i64().expect("the paper's id");
    let upload = || {
        axum::http::Request::builder()
            .method(Method::POST)
            .uri(format!(
                "/api/v1/papers/{paper}/attachments?filename=notes.pdf"
            ))
            .header(axum::http::header::HOST, "majlis.test")
            .header(
                axum::http::header::COOKIE,
                format!("majlis_session={}", secretariat.cookie),
            )
            .header("sec-fetch-site", "same-origin")
            .header(axum::http::header::CONTENT_TYPE, "application/pdf")
            .body(axum::body::Body::from(&b"%PDF-1.7\n%%EOF\n"[..]))
            .expect("request")
    };
    let record = scene.record();
    let before = record.read(app).await;
    fault.install().await;
    assert_tells_nothing(&app.send(upload()).await, "an attachment");
    assert_eq!(
        record.read(app).await,
        before,
        "an attachment changed the record"
    );
    fault.remove().await;
    let done = app.send(upload()).await;
    assert_eq!(done.status, StatusCode::CREATED, "{}", done.text());

    // A comment, an answer to it, and its withdrawal.
    let comment = scene
        .refused_then_done(
            &fault,
            call(
                &scene.member,
                Method::POST,
                format!("/api/v1/papers/{paper}/comments"),
                json!({ "body": "Hairatan first." }),
            ),
        )
        .await;
    let comment = comment.json()["id"].as_i64().expect("the comment's id");
    scene
        .refused_then_done(
            &fault,
            call(
                secretariat,
                Method::POST,
                format!("/api/v1/papers/{paper}/comments"),
                json!({ "body": "Agreed.", "reply_to": comment }),
            ),
        )
        .await;
    scene
        .refused_then_done(
            &fault,
            call(
                &scene.member,
                Method::POST,
                format!("/api/v1/comments/{comment}/withdraw"),
                json!({}),
            )
            .answering(StatusCode::OK)
            .without_body(),
        )
        .await;
}

both_backends!(
    papers_and_attachments_are_rolled_back_when_the_journal_fails,
    accounts_are_rolled_back_when_the_journal_fails,
    group_administration_is_rolled_back_when_the_journal_fails,
    meetings_are_rolled_back_when_the_journal_fails,
    attendance_and_forms_are_rolled_back_when_the_journal_fails,
    texts_are_rolled_back_when_the_journal_fails,
    consensus_acts_are_rolled_back_when_the_journal_fails,
    silence_acts_are_rolled_back_when_the_journal_fails,
);
