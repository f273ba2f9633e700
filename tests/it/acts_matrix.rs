//! Every act of a procedure with every role: a party's acts only by its envoy or a deputy the
//! envoy authorised (and only while authorised), the chair's acts only by the chair's envoy or
//! the secretariat. A refused act answers 403 (404 to whoever may not see the text) and leaves
//! the journal head where it was; an allowed one is recorded.

use axum::http::StatusCode;
use jiff::SignedDuration;
use serde_json::{json, Value};

use crate::both_backends;
use crate::helpers::{Reply, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use majlis::store::Backend;

/// The acts, each with the kind of procedure it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    Position,
    Confirm,
    Decline,
    Break,
    Statement,
    ChairNote,
    Extend,
    Withdraw,
}

const ACTS: [Act; 8] = [
    Act::Position,
    Act::Confirm,
    Act::Decline,
    Act::Break,
    Act::Statement,
    Act::ChairNote,
    Act::Extend,
    Act::Withdraw,
];

impl Act {
    fn route(self) -> &'static str {
        match self {
            Act::Position => "positions",
            Act::Confirm => "confirm",
            Act::Decline => "decline",
            Act::Break => "break",
            Act::Statement => "statements",
            Act::ChairNote => "chair-notes",
            Act::Extend => "extend",
            Act::Withdraw => "withdraw",
        }
    }

    fn body(self, app: &TestApp) -> Value {
        match self {
            Act::Position => json!({ "party": "KZ", "position": "concur" }),
            Act::Confirm | Act::ChairNote => json!({ "party": "KZ" }),
            Act::Decline => json!({ "party": "KZ", "reason": "the capital does not agree" }),
            Act::Break => json!({ "party": "KZ", "reason": "we object to the second paragraph" }),
            Act::Statement => json!({ "party": "KZ", "statement": "we read it as non-binding" }),
            Act::Extend => json!({ "deadline": app.later(72) }),
            Act::Withdraw => json!({}),
        }
    }

    /// Whether the act is KZ's own (else it is the chair's).
    fn is_kzs(self) -> bool {
        !matches!(self, Act::ChairNote | Act::Extend | Act::Withdraw)
    }
}

/// Someone who tries, with the seat they hold.
struct Person {
    username: &'static str,
    session: Session,
}

struct Setting {
    app: TestApp,
    secretariat: Session,
    kz_envoy: Session,
    meeting: i64,
    chair: String,
}

impl Setting {
    async fn new(backend: Backend) -> Setting {
        let app = TestApp::with_demo(backend).await;
        let secretariat = app.sign_in("secretariat").await;
        let kz_envoy = app.sign_in("kz.envoy").await;
        let meeting = app.planned_meeting(&secretariat).await;
        app.convene(&secretariat, meeting, &["KZ", "KG", "TJ", "UZ"])
            .await;
        let mut setting = Setting {
            app,
            secretariat,
            kz_envoy,
            meeting,
            chair: String::new(),
        };
        let probe = setting.procedure_for(Act::Position).await;
        setting.chair = setting
            .app
            .procedure(&setting.secretariat, probe)
            .await
            .chair;
        setting
    }

    /// A fresh procedure in which `act` can be recorded by whoever may record it.
    async fn procedure_for(&self, act: Act) -> i64 {
        let app = &self.app;
        let text = NewText::new(
            &format!("Text for {act:?}"),
            "The participants agree to meet again.",
        );
        let text = app.draft_text(&self.secretariat, text).await.id;
        let procedure = match act {
            Act::Break | Act::Statement => NewProcedure::silence(1, &app.later(48)),
            Act::ChairNote => NewProcedure::in_session(self.meeting, 1, &app.later(6)),
            _ => NewProcedure::consensus(1, &app.later(48)),
        };
        let id = app.open_procedure(&self.secretariat, text, procedure).await;
        if matches!(act, Act::Confirm | Act::Decline) {
            let held = app
                .act(
                    &self.kz_envoy,
                    id,
                    "positions",
                    json!({ "party": "KZ", "position": "ad_referendum", "confirm_by": app.later(24) }),
                )
                .await;
            held.assert_status(StatusCode::OK);
        }
        id
    }

    /// Whether `username` may record `act` (KZ's deputy is authorised when `deputy_authorised`).
    fn may(&self, username: &str, act: Act, deputy_authorised: bool) -> bool {
        if act.is_kzs() {
            username == "kz.envoy" || (username == "kz.deputy" && deputy_authorised)
        } else {
            username == "secretariat" || username == format!("{}.envoy", self.chair.to_lowercase())
        }
    }

    async fn attempt(&self, who: &Person, act: Act, procedure: i64) -> Reply {
        self.app
            .act(&who.session, procedure, act.route(), act.body(&self.app))
            .await
    }
}

async fn people(app: &TestApp) -> Vec<Person> {
    let admin = app.sign_in("admin").await;
    let outsider = app.create_user(&admin, "outsider").await;
    outsider.assert_status(StatusCode::CREATED);
    let mut people = Vec::new();
    for username in [
        "kz.envoy",
        "kz.deputy",
        "kz.delegate",
        "kg.envoy",
        "kg.deputy",
        "uz.envoy",
        "tj.envoy",
        "secretariat",
        "tm.observer",
        "admin",
        "outsider",
    ] {
        people.push(Person {
            username,
            session: app.sign_in(username).await,
        });
    }
    people
}

async fn every_act_with_every_role_is_refused_unless_the_rules_allow_it(backend: Backend) {
    let setting = Setting::new(backend).await;
    let app = &setting.app;
    let authorised = app
        .authorise(&setting.kz_envoy, "kz.deputy", &app.later(240))
        .await;
    authorised.assert_status(StatusCode::CREATED);
    let people = people(app).await;
    for act in ACTS {
        let shared = setting.procedure_for(act).await;
        for person in &people {
            let allowed = setting.may(person.username, act, true);
            let procedure = if allowed {
                setting.procedure_for(act).await
            } else {
                shared
            };
            let head = app.journal_head().await;
            let reply = setting.attempt(person, act, procedure).await;
            let case = format!(
                "{} {act:?} (chair {}): {}",
                person.username,
                setting.chair,
                reply.text()
            );
            if allowed {
                assert_eq!(reply.status, StatusCode::OK, "{case}");
                assert!(app.journal_head().await > head, "{case}");
            } else {
                let invisible = matches!(person.username, "admin" | "outsider");
                let expected = if invisible {
                    StatusCode::NOT_FOUND
                } else {
                    StatusCode::FORBIDDEN
                };
                assert_eq!(reply.status, expected, "{case}");
                assert_eq!(app.journal_head().await, head, "refused, unchanged: {case}");
            }
        }
    }
}

async fn a_deputy_speaks_only_while_authorised_and_only_for_its_own_party(backend: Backend) {
    let setting = Setting::new(backend).await;
    let app = &setting.app;
    let deputy = Person {
        username: "kz.deputy",
        session: app.sign_in("kz.deputy").await,
    };
    let procedure = setting.procedure_for(Act::Position).await;
    let head = app.journal_head().await;
    let unauthorised = setting.attempt(&deputy, Act::Position, procedure).await;
    assert_eq!(unauthorised.status, StatusCode::FORBIDDEN);
    assert_eq!(app.journal_head().await, head);

    let granted = app
        .authorise(&setting.kz_envoy, "kz.deputy", &app.later(1))
        .await;
    granted.assert_status(StatusCode::CREATED);
    let for_another = app
        .record_position(&deputy.session, procedure, "KG", "concur")
        .await;
    assert_eq!(
        for_another.status,
        StatusCode::FORBIDDEN,
        "an authorisation speaks for KZ alone"
    );
    let recorded = setting.attempt(&deputy, Act::Position, procedure).await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.text());

    app.app.clock.advance(SignedDuration::from_hours(2));
    let head = app.journal_head().await;
    let expired = app
        .act(
            &deputy.session,
            procedure,
            "positions",
            json!({ "party": "KZ", "position": "object", "reason": "changed our mind" }),
        )
        .await;
    assert_eq!(
        expired.status,
        StatusCode::FORBIDDEN,
        "the authorisation ran out: {}",
        expired.text()
    );
    assert_eq!(app.journal_head().await, head);
}

both_backends!(
    every_act_with_every_role_is_refused_unless_the_rules_allow_it,
    a_deputy_speaks_only_while_authorised_and_only_for_its_own_party,
);
