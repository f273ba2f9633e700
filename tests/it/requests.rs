//! Typed request helpers on `TestApp`, one per request the stories repeat, and the builders
//! of their bodies: each helper sends the request a client would and reads the answer into a
//! view of `tests/it/views.rs`. Helpers named for a success (`draft_text`, `open_procedure`)
//! assert it; helpers that return the `Reply` leave the status to the story.

use axum::http::StatusCode;
use jiff::SignedDuration;
use serde_json::{json, Value};

use crate::helpers::{As, Reply, Session, TestApp, PASSWORD};
use crate::views::{
    Decision, Group, Head, JournalEntry, Meeting, NewToken, Opened, Procedure, Text, User,
};

/// A text to draft in the demo group, `joint_statement` in English distributed to the group
/// unless a builder call says otherwise.
pub struct NewText {
    body: Value,
}

impl NewText {
    pub fn new(title: &str, body: &str) -> NewText {
        NewText {
            body: json!({
                "title": title,
                "kind": "joint_statement",
                "language": "en",
                "body": body,
                "distribution": "group",
            }),
        }
    }

    pub fn kind(mut self, kind: &str) -> NewText {
        self.body["kind"] = json!(kind);
        self
    }

    pub fn language(mut self, language: &str) -> NewText {
        self.body["language"] = json!(language);
        self
    }

    /// `group`, `members`, `national` or `public`; `listed` goes through `listed`.
    pub fn distribution(mut self, distribution: &str) -> NewText {
        self.body["distribution"] = json!(distribution);
        self
    }

    pub fn listed(mut self, parties: &[&str]) -> NewText {
        self.body["distribution"] = json!("listed");
        self.body["listed"] = json!(parties);
        self
    }

    pub fn classification(mut self, classification: &str) -> NewText {
        self.body["classification"] = json!(classification);
        self
    }

    pub fn translation(mut self, language: &str, body: &str) -> NewText {
        let translations = self.body["translations"].take();
        let mut translations = translations.as_array().cloned().unwrap_or_default();
        translations.push(json!({ "language": language, "body": body }));
        self.body["translations"] = json!(translations);
        self
    }

    pub fn json(&self) -> Value {
        self.body.clone()
    }
}

/// A procedure to open on a text's version, with its deadline.
pub struct NewProcedure {
    body: Value,
}

impl NewProcedure {
    pub fn consensus(version: i64, deadline: &str) -> NewProcedure {
        NewProcedure::of("consensus", version, deadline)
    }

    pub fn silence(version: i64, deadline: &str) -> NewProcedure {
        NewProcedure::of("silence", version, deadline)
    }

    /// A consensus round among the parties present at a convened meeting.
    pub fn in_session(meeting: i64, version: i64, deadline: &str) -> NewProcedure {
        let mut procedure = NewProcedure::of("in_session", version, deadline);
        procedure.body["meeting"] = json!(meeting);
        procedure
    }

    fn of(kind: &str, version: i64, deadline: &str) -> NewProcedure {
        NewProcedure {
            body: json!({ "kind": kind, "version": version, "deadline": deadline }),
        }
    }

    pub fn json(&self) -> Value {
        self.body.clone()
    }
}

impl TestApp {
    /// The server's clock `hours` from now, as an RFC 3339 instant for a request body.
    pub fn later(&self, hours: i64) -> String {
        (self.app.now() + SignedDuration::from_hours(hours)).to_string()
    }

    /// GETs `path` as `who`, asserts 200 and reads the answer.
    pub async fn read<T: serde::de::DeserializeOwned>(&self, path: &str, who: As<'_>) -> T {
        let reply = self.get(path, who).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text());
        reply.view()
    }

    pub async fn group(&self, who: &Session) -> Group {
        self.read("/api/v1/groups/CGA", As::Person(who)).await
    }

    pub async fn meetings(&self, who: &Session) -> Vec<Meeting> {
        self.read("/api/v1/groups/CGA/meetings", As::Person(who))
            .await
    }

    pub async fn meeting(&self, who: &Session, id: i64) -> Meeting {
        self.read(&format!("/api/v1/meetings/{id}"), As::Person(who))
            .await
    }

    /// The demo group's planned meeting (its 2nd meeting of envoys).
    pub async fn planned_meeting(&self, who: &Session) -> i64 {
        self.meetings(who)
            .await
            .into_iter()
            .find(|m| m.status == "planned")
            .expect("a planned meeting")
            .id
    }

    pub async fn text(&self, who: &Session, id: i64) -> Text {
        self.read(&format!("/api/v1/texts/{id}"), As::Person(who))
            .await
    }

    pub async fn procedure(&self, who: &Session, id: i64) -> Procedure {
        self.read(&format!("/api/v1/procedures/{id}"), As::Person(who))
            .await
    }

    pub async fn decision(&self, who: &Session, id: i64) -> Decision {
        self.read(&format!("/api/v1/decisions/{id}"), As::Person(who))
            .await
    }

    /// The demo group's decisions that `who` may see.
    pub async fn decisions(&self, who: &Session) -> Vec<Decision> {
        self.read("/api/v1/groups/CGA/decisions", As::Person(who))
            .await
    }

    /// How many of `who`'s decisions came from `procedure`.
    pub async fn decisions_of(&self, who: &Session, procedure: i64) -> usize {
        self.decisions(who)
            .await
            .iter()
            .filter(|d| d.procedure.id == procedure)
            .count()
    }

    /// The journal entries `who` reads with `query` (`group=CGA&after=0`, say).
    pub async fn journal(&self, who: &Session, query: &str) -> Vec<JournalEntry> {
        self.read(&format!("/api/v1/journal?{query}"), As::Person(who))
            .await
    }

    pub async fn head(&self, who: &Session) -> Head {
        self.read("/api/v1/journal/head", As::Person(who)).await
    }

    /// The public record of the demo group, as a program asks for it.
    pub async fn public_decisions(&self) -> Reply {
        let request = axum::http::Request::builder()
            .uri("/public/CGA/decisions")
            .header(axum::http::header::HOST, "majlis.test")
            .header(axum::http::header::ACCEPT, "application/json")
            .body(axum::body::Body::empty())
            .expect("request");
        self.send(request).await
    }

    /// Creates an account with `PASSWORD`, as the administrator.
    pub async fn create_user(&self, admin: &Session, username: &str) -> Reply {
        self.post(
            "/api/v1/users",
            As::Person(admin),
            json!({ "username": username, "password": PASSWORD, "display_name": username }),
        )
        .await
    }

    /// Every account, as the administrator lists them.
    pub async fn users(&self, admin: &Session) -> Vec<User> {
        self.read("/api/v1/users", As::Person(admin)).await
    }

    /// Gives `username` a seat in group `group`.
    pub async fn place(
        &self,
        admin: &Session,
        group: &str,
        username: &str,
        party: Option<&str>,
        role: &str,
    ) -> Reply {
        self.post(
            &format!("/api/v1/groups/{group}/delegations"),
            As::Person(admin),
            json!({ "username": username, "party": party, "role": role }),
        )
        .await
    }

    /// An API token of `who`: its id and its secret.
    pub async fn create_token(&self, who: &Session, name: &str) -> NewToken {
        self.post("/api/v1/tokens", As::Person(who), json!({ "name": name }))
            .await
            .assert_status(StatusCode::CREATED)
            .view()
    }

    /// An envoy authorises its deputy until `until`.
    pub async fn authorise(&self, envoy: &Session, deputy: &str, until: &str) -> Reply {
        self.post(
            "/api/v1/groups/CGA/authorisations",
            As::Person(envoy),
            json!({ "deputy": deputy, "until": until }),
        )
        .await
    }

    /// Adds an agenda item to a meeting.
    pub async fn add_agenda_item(&self, who: &Session, meeting: i64, title: &str) -> Reply {
        self.post(
            &format!("/api/v1/meetings/{meeting}/agenda"),
            As::Person(who),
            json!({ "title": title }),
        )
        .await
    }

    /// Convenes a meeting and records `present` parties as attending, as the secretariat.
    pub async fn convene(&self, secretariat: &Session, meeting: i64, present: &[&str]) {
        let convened = self
            .patch(
                &format!("/api/v1/meetings/{meeting}"),
                As::Person(secretariat),
                json!({ "status": "convened" }),
            )
            .await;
        convened.assert_status(StatusCode::OK);
        for party in present {
            self.attend(secretariat, meeting, party).await;
        }
    }

    /// Records that `party`'s envoy attends a meeting.
    pub async fn attend(&self, secretariat: &Session, meeting: i64, party: &str) {
        self.post(
            &format!("/api/v1/meetings/{meeting}/attendance"),
            As::Person(secretariat),
            json!({ "party": party, "name": format!("Envoy of {party}") }),
        )
        .await
        .assert_status(StatusCode::CREATED);
    }

    /// Proposes an amendment (`version`, `passage`, `replacement`, `reason`) to a text.
    pub async fn propose_amendment(&self, who: &Session, text: i64, amendment: Value) -> Reply {
        self.post(
            &format!("/api/v1/texts/{text}/amendments"),
            As::Person(who),
            amendment,
        )
        .await
    }

    /// Incorporates an amendment into a new version of its text, as the penholder.
    pub async fn incorporate(&self, who: &Session, amendment: i64) -> Reply {
        self.post(
            &format!("/api/v1/amendments/{amendment}/incorporate"),
            As::Person(who),
            json!(null),
        )
        .await
    }

    /// Drafts a text in the demo group.
    pub async fn draft_text(&self, who: &Session, text: NewText) -> Text {
        self.draft_text_in("CGA", who, text).await
    }

    /// Drafts a text in `group`.
    pub async fn draft_text_in(&self, group: &str, who: &Session, text: NewText) -> Text {
        self.post(
            &format!("/api/v1/groups/{group}/texts"),
            As::Person(who),
            text.json(),
        )
        .await
        .assert_status(StatusCode::CREATED)
        .view()
    }

    pub async fn try_open_procedure(
        &self,
        who: &Session,
        text: i64,
        procedure: &NewProcedure,
    ) -> Reply {
        self.post(
            &format!("/api/v1/texts/{text}/procedures"),
            As::Person(who),
            procedure.json(),
        )
        .await
    }

    /// Opens a procedure on a text; returns its id.
    pub async fn open_procedure(&self, who: &Session, text: i64, procedure: NewProcedure) -> i64 {
        let opened: Opened = self
            .try_open_procedure(who, text, &procedure)
            .await
            .assert_status(StatusCode::CREATED)
            .view();
        assert_eq!(opened.state, "open");
        opened.id
    }

    /// Records a party's plain position (`concur`, `stand_aside`…) in a procedure.
    pub async fn record_position(
        &self,
        who: &Session,
        procedure: i64,
        party: &str,
        position: &str,
    ) -> Reply {
        self.act(
            who,
            procedure,
            "positions",
            json!({ "party": party, "position": position }),
        )
        .await
    }

    /// Any act in a procedure: `route` is `positions`, `confirm`, `break`, `statements`,
    /// `chair-notes`, `extend`…, with its body.
    pub async fn act(&self, who: &Session, procedure: i64, route: &str, body: Value) -> Reply {
        self.post(
            &format!("/api/v1/procedures/{procedure}/{route}"),
            As::Person(who),
            body,
        )
        .await
    }
}
