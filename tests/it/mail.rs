//! Mail (issue 10), read from a real SMTP server of the test's own on 127.0.0.1: who is told
//! when a procedure opens (each member party's people, in their language; never the observer,
//! never a party a listed text does not name), what a classified text's mail leaves out,
//! preferences, and a relay that refuses before it accepts.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::both_backends;
use crate::helpers::{As, TestApp};
use crate::requests::{NewProcedure, NewText};
use majlis::mail::Relay;
use majlis::store::Backend;

/// One mail as the SMTP server received it.
#[derive(Debug, Clone)]
struct Received {
    to: Vec<String>,
    data: String,
}

/// A small SMTP server: it answers what lettre says, refuses the first `refusals` mails with
/// a temporary error (451), and keeps every mail it accepted.
#[derive(Clone)]
struct Sink {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
    refusals: Arc<AtomicUsize>,
}

impl Sink {
    async fn start(refusals: usize) -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let url = format!("smtp://{}", listener.local_addr().expect("an address"));
        let sink = Sink {
            url,
            received: Arc::default(),
            refusals: Arc::new(AtomicUsize::new(refusals)),
        };
        let serving = sink.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(serving.clone().session(socket));
            }
        });
        sink
    }

    async fn session(self, socket: tokio::net::TcpStream) {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        let _ = write.write_all(b"220 sink ESMTP\r\n").await;
        let mut to = Vec::new();
        while let Ok(Some(line)) = lines.next_line().await {
            let command = line.to_ascii_uppercase();
            let answer: &[u8] = if command.starts_with("EHLO") {
                b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if command.starts_with("MAIL FROM") {
                let refuse = self
                    .refusals
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                if refuse {
                    b"451 4.3.0 try again later\r\n"
                } else {
                    to.clear();
                    b"250 OK\r\n"
                }
            } else if command.starts_with("RCPT TO") {
                let address = line[8..].trim().trim_start_matches(':').trim();
                to.push(address.trim_matches(['<', '>']).to_owned());
                b"250 OK\r\n"
            } else if command == "DATA" {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut data = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if line == "." {
                        break;
                    }
                    let line = line.strip_prefix('.').unwrap_or(&line);
                    data.push_str(line);
                    data.push('\n');
                }
                // Lines are wrapped for mail; the stories read the words.
                let data = data.split_whitespace().collect::<Vec<_>>().join(" ");
                self.received.lock().expect("the mails").push(Received {
                    to: to.clone(),
                    data,
                });
                b"250 OK queued\r\n"
            } else if command.starts_with("QUIT") {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                b"250 OK\r\n"
            };
            if write.write_all(answer).await.is_err() {
                return;
            }
        }
    }

    fn mails(&self) -> Vec<Received> {
        self.received.lock().expect("the mails").clone()
    }

    fn mails_to(&self, address: &str) -> Vec<Received> {
        self.mails()
            .into_iter()
            .filter(|mail| mail.to.iter().any(|to| to == address))
            .collect()
    }

    /// Waits (up to ten seconds, without timing anything) until `done` holds.
    async fn wait_until(&self, done: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        for _ in 0..200 {
            let mails = self.mails();
            if done(&mails) {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the mail did not arrive: {:#?}", self.mails());
    }
}

/// The demo with its mail tasks started against `sink`.
async fn demo_with_mail(backend: Backend, sink: &Sink) -> TestApp {
    let app = TestApp::with_demo(backend).await;
    let relay = Relay::new(&sink.url, "majlis@example.org").expect("a relay");
    majlis::app::mail::start(app.app.clone(), Some(relay))
        .await
        .expect("mail starts");
    app
}

/// Drafts a text as KZ's envoy (KZ chairs) and opens a consensus round on it.
async fn open_round(app: &TestApp, text: NewText) -> i64 {
    let chair = app.sign_in("kz.envoy").await;
    let text = app.draft_text(&chair, text).await;
    app.open_procedure(&chair, text.id, NewProcedure::consensus(1, &app.later(72)))
        .await
}

/// Everything that arrived for whoever the demo's people are, once the queue is empty.
async fn settled(app: &TestApp, sink: &Sink) -> Vec<Received> {
    for _ in 0..200 {
        let outbox = app.app.outbox().await.expect("the outbox");
        if !outbox.is_empty() && outbox.iter().all(|mail| mail.sent_at.is_some()) {
            return sink.mails();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the outbox did not empty: {:#?}", app.app.outbox().await);
}

both_backends!(
    a_round_on_a_members_text_tells_each_member_party_in_its_language_and_not_the_observer,
    a_restricted_listed_text_is_named_not_quoted_and_reaches_only_the_listed_parties,
    a_person_who_turned_a_kind_off_is_not_told_and_a_digest_collects,
    a_relay_that_refuses_gets_the_mail_again_and_it_arrives_once,
    a_bad_address_is_refused_naming_the_field_and_changes_nothing,
    a_person_chooses_their_mail_on_their_profile_page,
);

/// The profile's mail form: the address and the kinds of notice, saved and shown again; a bad
/// address explained beside its field with nothing changed.
async fn a_person_chooses_their_mail_on_their_profile_page(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kz = app.sign_in("kz.deputy").await;
    let page = app.get("/me", As::Person(&kz)).await.text();
    assert!(
        page.contains("value=\"kz.deputy@example.org\""),
        "the demo's address"
    );
    let saved = app
        .post_form(
            "/me/mail",
            &kz,
            &[
                ("email", "deputy@mfa.kz"),
                ("adopted", "on"),
                ("digest", "on"),
            ],
        )
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let seen = app.get("/api/v1/me/notifications", As::Person(&kz)).await;
    assert_eq!(
        seen.json(),
        json!({ "email": "deputy@mfa.kz", "asked": false, "deadline": false, "adopted": true, "digest": true })
    );
    let page = app.get("/me?done=mail", As::Person(&kz)).await.text();
    assert!(page.contains("Your mail settings are saved."));
    assert!(page.contains("value=\"deputy@mfa.kz\""));

    let head = app.journal_head().await;
    let refused = app
        .post_form(
            "/me/mail",
            &kz,
            &[("email", "deputy at mfa"), ("asked", "on")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("id=\"email-error\""));
    assert_eq!(app.journal_head().await, head);
    let seen = app.get("/api/v1/me/notifications", As::Person(&kz)).await;
    assert_eq!(seen.json()["email"], json!("deputy@mfa.kz"));
    assert_eq!(seen.json()["asked"], json!(false));
}

async fn a_round_on_a_members_text_tells_each_member_party_in_its_language_and_not_the_observer(
    backend: Backend,
) {
    let sink = Sink::start(0).await;
    let app = demo_with_mail(backend, &sink).await;
    let uz = app.sign_in("uz.envoy").await;
    app.put(
        "/api/v1/me/language",
        As::Person(&uz),
        json!({ "language": "uz" }),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);
    let ru = app.sign_in("kg.envoy").await;
    app.put(
        "/api/v1/me/language",
        As::Person(&ru),
        json!({ "language": "ru" }),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);

    let procedure = open_round(
        &app,
        NewText::new(
            "Railway corridor",
            "The parties agree to build the railway.",
        )
        .distribution("members"),
    )
    .await;

    let mails = settled(&app, &sink).await;
    for envoy in ["kz.envoy", "kg.envoy", "tj.envoy", "uz.envoy"] {
        let theirs = sink.mails_to(&format!("{envoy}@example.org"));
        assert_eq!(theirs.len(), 1, "{envoy}: {mails:#?}");
        assert!(
            theirs[0].data.contains(&format!(
                "https://majlis.example.org/procedures/{procedure}"
            )),
            "{}",
            theirs[0].data
        );
        assert!(theirs[0]
            .data
            .contains("The parties agree to build the railway."));
    }
    assert!(sink.mails_to("tm.observer@example.org").is_empty());
    let uzbek = &sink.mails_to("uz.envoy@example.org")[0].data;
    assert!(uzbek.contains("konsensus raundini ochdi"), "{uzbek}");
    let russian = &sink.mails_to("kg.envoy@example.org")[0].data;
    assert!(russian.contains("открыл раунд консенсуса"), "{russian}");
}

async fn a_restricted_listed_text_is_named_not_quoted_and_reaches_only_the_listed_parties(
    backend: Backend,
) {
    let sink = Sink::start(0).await;
    let app = demo_with_mail(backend, &sink).await;

    open_round(
        &app,
        NewText::new("Water sharing", "Secret figures of the water sharing.")
            .listed(&["KZ", "UZ"])
            .classification("restricted"),
    )
    .await;

    let mails = settled(&app, &sink).await;
    let uz = sink.mails_to("uz.envoy@example.org");
    assert_eq!(uz.len(), 1, "{mails:#?}");
    assert!(uz[0].data.contains("Water sharing"));
    assert!(uz[0]
        .data
        .contains("https://majlis.example.org/procedures/"));
    for mail in &mails {
        assert!(!mail.data.contains("Secret figures"), "{}", mail.data);
        for to in &mail.to {
            assert!(
                to.starts_with("kz.") || to.starts_with("uz."),
                "{to} was told of a text listed to KZ and UZ"
            );
        }
    }
    for outsider in [
        "kg.envoy",
        "kg.deputy",
        "kg.delegate",
        "tj.envoy",
        "tm.observer",
    ] {
        assert!(sink.mails_to(&format!("{outsider}@example.org")).is_empty());
    }
}

async fn a_person_who_turned_a_kind_off_is_not_told_and_a_digest_collects(backend: Backend) {
    let sink = Sink::start(0).await;
    let app = demo_with_mail(backend, &sink).await;
    let tj = app.sign_in("tj.envoy").await;
    app.put(
        "/api/v1/me/notifications",
        As::Person(&tj),
        json!({ "asked": false, "deadline": true, "adopted": true, "digest": false }),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);
    let uz = app.sign_in("uz.envoy").await;
    app.put(
        "/api/v1/me/notifications",
        As::Person(&uz),
        json!({ "asked": true, "deadline": true, "adopted": true, "digest": true }),
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);
    let seen = app.get("/api/v1/me/notifications", As::Person(&uz)).await;
    assert_eq!(
        seen.json(),
        json!({ "email": "uz.envoy@example.org", "asked": true, "deadline": true, "adopted": true, "digest": true })
    );

    open_round(
        &app,
        NewText::new("First text", "One.").distribution("members"),
    )
    .await;
    open_round(
        &app,
        NewText::new("Second text", "Two.").distribution("members"),
    )
    .await;
    sink.wait_until(|mails| {
        mails
            .iter()
            .filter(|m| m.to.contains(&"kg.envoy@example.org".to_owned()))
            .count()
            == 2
    })
    .await;
    assert!(sink.mails_to("tj.envoy@example.org").is_empty());
    assert!(sink.mails_to("uz.envoy@example.org").is_empty());

    // The next morning in Tashkent, both notices arrive in one mail.
    app.app.clock.advance(jiff::SignedDuration::from_hours(24));
    let mails = sink
        .wait_until(|mails| {
            mails
                .iter()
                .any(|m| m.to.contains(&"uz.envoy@example.org".to_owned()))
        })
        .await;
    let digests: Vec<_> = mails
        .iter()
        .filter(|m| m.to.contains(&"uz.envoy@example.org".to_owned()))
        .collect();
    assert_eq!(digests.len(), 1);
    assert!(digests[0].data.contains("First text"));
    assert!(digests[0].data.contains("Second text"));
}

async fn a_relay_that_refuses_gets_the_mail_again_and_it_arrives_once(backend: Backend) {
    let sink = Sink::start(1_000).await;
    let app = demo_with_mail(backend, &sink).await;

    // The relay refuses everything: the request is answered all the same.
    open_round(
        &app,
        NewText::new("Patient text", "Waiting.").distribution("members"),
    )
    .await;
    for _ in 0..200 {
        let outbox = app.app.outbox().await.expect("the outbox");
        if !outbox.is_empty() && outbox.iter().all(|mail| mail.attempts >= 1) {
            assert!(outbox.iter().all(|mail| mail.sent_at.is_none()));
            assert!(outbox.iter().all(|mail| mail.last_error.is_some()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(sink.mails().is_empty());

    // The relay takes mail again; once the back-off has passed, each mail arrives once.
    sink.refusals.store(0, Ordering::SeqCst);
    app.app.clock.advance(jiff::SignedDuration::from_mins(10));
    let mails = settled(&app, &sink).await;
    for envoy in ["kz.envoy", "kg.envoy", "tj.envoy", "uz.envoy"] {
        assert_eq!(
            sink.mails_to(&format!("{envoy}@example.org")).len(),
            1,
            "{mails:#?}"
        );
    }
}

async fn a_bad_address_is_refused_naming_the_field_and_changes_nothing(backend: Backend) {
    let sink = Sink::start(0).await;
    let app = demo_with_mail(backend, &sink).await;
    let uz = app.sign_in("uz.envoy").await;
    let refused = app
        .put(
            "/api/v1/me/notifications",
            As::Person(&uz),
            json!({ "asked": false, "deadline": false, "adopted": false, "digest": true, "email": "Envoy <uz@example.org>" }),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("\"field\":\"email\""),
        "{}",
        refused.text()
    );
    let unknown = app
        .put(
            "/api/v1/me/notifications",
            As::Person(&uz),
            json!({ "asked": true, "deadline": true, "adopted": true, "digest": false, "sms": true }),
        )
        .await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.text().contains("sms"), "{}", unknown.text());
    let seen = app.get("/api/v1/me/notifications", As::Person(&uz)).await;
    assert_eq!(
        seen.json(),
        json!({ "email": "uz.envoy@example.org", "asked": true, "deadline": true, "adopted": true, "digest": false })
    );
}
