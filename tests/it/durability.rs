//! Nothing acknowledged is lost: the real `majlis serve` records positions from several clients
//! at once (written by group commit, many acts to one transaction), is killed with SIGKILL in
//! the middle of it, and after a restart every act it had answered 200 is in the record, in
//! the timeline of its procedure, and `majlis verify` passes.

use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::both_backends;
use crate::helpers::TestApp;
use crate::views::Procedure;
use majlis::app::texts::TextDraft;
use majlis::domain::document::{LanguageTag, TextKind};
use majlis::domain::marking::{Classification, Distribution};
use majlis::domain::names::{Label, Username};
use majlis::domain::procedure::ProcedureKind;
use majlis::store::Backend;

const CLIENTS: usize = 8;
const ROUNDS: usize = 4;
const PARTIES: [(&str, &str); 4] = [
    ("kz.envoy", "KZ"),
    ("kg.envoy", "KG"),
    ("tj.envoy", "TJ"),
    ("uz.envoy", "UZ"),
];

/// A `majlis serve` process on a free port of 127.0.0.1.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    async fn start(url: &str) -> Server {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .to_string();
        let child = Command::new(env!("CARGO_BIN_EXE_majlis"))
            .args(["serve", "--addr", &addr, "--database-url", url])
            .env_remove("MAJLIS_DATABASE_URL")
            .env_remove("MAJLIS_CONFIG")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .spawn()
            .expect("the binary runs");
        let server = Server { child, addr };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(mut conn) = TcpStream::connect(&server.addr).await {
                if exchange(&mut conn, "GET", "/readyz", None, "").await.0 == 200 {
                    return server;
                }
            }
            assert!(Instant::now() < deadline, "the server did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on a kept-alive connection; the status and body (status 0 if the
/// connection failed, as when the server was killed).
async fn exchange(
    conn: &mut TcpStream,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, Vec<u8>) {
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    if conn.write_all(request.as_bytes()).await.is_err() {
        return (0, Vec::new());
    }
    read_answer(conn).await.unwrap_or((0, Vec::new()))
}

async fn read_answer(conn: &mut TcpStream) -> Option<(u16, Vec<u8>)> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let read = conn.read(&mut chunk).await.ok().filter(|n| *n > 0)?;
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let status = head.get(9..12)?.parse().ok()?;
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let read = conn.read(&mut chunk).await.ok().filter(|n| *n > 0)?;
        buffer.extend_from_slice(&chunk[..read]);
    }
    Some((status, buffer[head_end..head_end + length].to_vec()))
}

/// Opens `ROUNDS` consensus rounds at the real clock (the server's), and a bearer token for
/// each envoy.
async fn rounds_and_tokens(app: &TestApp) -> (Vec<i64>, Vec<(String, &'static str)>) {
    let app = &app.app;
    let secretariat = app
        .caller_by_username(&Username::parse("secretariat").expect("name"))
        .await
        .expect("the secretariat");
    let mut rounds = Vec::new();
    for round in 0..ROUNDS {
        let draft = TextDraft {
            title: Label::parse(&format!("Durable text {round}")).expect("label"),
            kind: TextKind::Decision,
            language: LanguageTag::parse("en").expect("tag"),
            body: format!("The participants agree on item {round}."),
            distribution: Distribution::Group,
            classification: Classification::Unclassified,
            listed: Vec::new(),
            lists_secretariat: false,
            meeting: None,
            translations: Vec::new(),
        };
        let text = app
            .create_text(&secretariat, "CGA", draft)
            .await
            .expect("text");
        let deadline = Timestamp::now() + SignedDuration::from_hours(48);
        let id = app
            .open_procedure(&secretariat, text, ProcedureKind::Consensus, 1, deadline)
            .await
            .expect("round");
        rounds.push(id.get());
    }
    let mut tokens = Vec::new();
    for (username, party) in PARTIES {
        let caller = app
            .caller_by_username(&Username::parse(username).expect("name"))
            .await
            .expect("envoy");
        let token = app
            .create_api_token(&caller, Label::parse("durability").expect("label"))
            .await
            .expect("token");
        tokens.push((token.token, party));
    }
    (rounds, tokens)
}

/// One client: objections, each with a reason of its own, until the server stops answering.
/// Returns the (round, party, reason) of each act answered 200.
async fn client(
    addr: String,
    n: usize,
    rounds: Vec<i64>,
    token: String,
    party: &'static str,
) -> Vec<(i64, String, String)> {
    let mut acknowledged = Vec::new();
    let Ok(mut conn) = TcpStream::connect(&addr).await else {
        return acknowledged;
    };
    for act in 0.. {
        let round = rounds[(n + act) % rounds.len()];
        let reason = format!("client {n}, act {act}");
        let body = format!(r#"{{"party":"{party}","position":"object","reason":"{reason}"}}"#);
        let path = format!("/api/v1/procedures/{round}/positions");
        match exchange(&mut conn, "POST", &path, Some(&token), &body)
            .await
            .0
        {
            200 => acknowledged.push((round, party.to_owned(), reason)),
            0 => break,
            other => panic!("an act was answered {other}"),
        }
    }
    acknowledged
}

async fn every_acknowledged_position_survives_a_kill_9(backend: Backend) {
    let app = TestApp::with_demo_at(backend, Timestamp::now()).await;
    let (rounds, tokens) = rounds_and_tokens(&app).await;
    let mut server = Server::start(&app.database_url).await;
    let mut clients = tokio::task::JoinSet::new();
    for n in 0..CLIENTS {
        let (token, party) = tokens[n % tokens.len()].clone();
        clients.spawn(client(server.addr.clone(), n, rounds.clone(), token, party));
    }
    // Killed while the clients are sending, with acts waiting and in flight.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.child.kill().expect("SIGKILL");
    server.child.wait().expect("the server ended");
    let acknowledged: Vec<(i64, String, String)> =
        clients.join_all().await.into_iter().flatten().collect();
    assert!(
        acknowledged.len() > CLIENTS,
        "the clients had acts acknowledged before the kill: {}",
        acknowledged.len()
    );

    let server = Server::start(&app.database_url).await;
    let mut recorded = BTreeSet::new();
    let mut conn = TcpStream::connect(&server.addr).await.expect("connect");
    for round in &rounds {
        let path = format!("/api/v1/procedures/{round}");
        let (status, body) = exchange(&mut conn, "GET", &path, Some(&tokens[0].0), "").await;
        assert_eq!(status, 200);
        let procedure: Procedure = serde_json::from_slice(&body).expect("a procedure");
        let mut last_seq = 0;
        for entry in procedure.timeline {
            assert_eq!(entry.event, "position");
            assert!(entry.journal_seq > last_seq, "acts in journal order");
            last_seq = entry.journal_seq;
            let party = entry.party.unwrap_or_default();
            recorded.insert((*round, party, entry.text.unwrap_or_default()));
        }
    }
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|act| !recorded.contains(*act))
        .collect();
    assert!(lost.is_empty(), "acknowledged but not recorded: {lost:?}");
    drop(server);

    let verify = Command::new(env!("CARGO_BIN_EXE_majlis"))
        .args(["verify", "--database-url", &app.database_url])
        .env_remove("MAJLIS_DATABASE_URL")
        .env_remove("MAJLIS_CONFIG")
        .output()
        .expect("verify runs");
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}

both_backends!(; multi_thread: every_acknowledged_position_survives_a_kill_9);
