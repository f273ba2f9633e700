//! Drives a release `majlis serve` over HTTP: many clients record positions at once, each
//! acknowledged only after its durable commit, and it reports acts per second, in total and
//! second by second (which shows whether the rate falls as the rounds' history grows).
//!
//! ```text
//! cargo build --release --bin majlis --example positions_http
//! target/release/examples/positions_http [DATABASE_URL] [ROUNDS=200] [CLIENTS=32] [SECONDS=10]
//! ```
//!
//! It loads the demo into the database (default or "": a temporary SQLite file; a PostgreSQL
//! URL must name an empty database), opens ROUNDS consensus rounds and a bearer token for
//! each of the four envoys, starts `target/release/majlis serve` (or `$MAJLIS_BIN`) on a free
//! port of 127.0.0.1, and runs CLIENTS clients, each on one kept-alive connection, for SECONDS
//! seconds. Each act is `POST /api/v1/procedures/{id}/positions` with an objection (so that
//! no round closes), client by client over the rounds in turn. `ROUNDS=1` measures one round
//! whose history grows.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use jiff::{SignedDuration, Timestamp};
use majlis::app::texts::TextDraft;
use majlis::app::{App, Settings};
use majlis::domain::document::{LanguageTag, TextKind};
use majlis::domain::marking::{Classification, Distribution};
use majlis::domain::names::{Label, Username};
use majlis::domain::procedure::ProcedureKind;
use majlis::store::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ENVOYS: [(&str, &str); 4] = [
    ("kz.envoy", "KZ"),
    ("kg.envoy", "KG"),
    ("tj.envoy", "TJ"),
    ("uz.envoy", "UZ"),
];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = tempfile::tempdir()?;
    let url = args
        .next()
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("positions.db").display()));
    let mut number = |default: usize| -> anyhow::Result<usize> {
        Ok(args
            .next()
            .map(|n| n.parse())
            .transpose()?
            .unwrap_or(default))
    };
    let (rounds, clients, seconds) = (number(200)?, number(32)?, number(10)?);
    let (rounds, tokens) = prepare(&url, rounds).await?;
    let server = Server::start(&url).await?;

    let acknowledged = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..clients {
        let (token, party) = tokens[n % tokens.len()].clone();
        let client = Client {
            addr: server.addr.clone(),
            n,
            rounds: rounds.clone(),
            token,
            party,
        };
        tasks.spawn(client.run(acknowledged.clone(), stop.clone()));
    }
    let started = Instant::now();
    let mut last = 0;
    for second in 1..=seconds {
        tokio::time::sleep_until((started + Duration::from_secs(second as u64)).into()).await;
        let now = acknowledged.load(Ordering::Relaxed);
        println!(
            "second {second:>3}: {:>6} acts/s ({now} in all)",
            now - last
        );
        last = now;
    }
    stop.store(true, Ordering::Relaxed);
    let wall = started.elapsed().as_secs_f64();
    let refused: u64 = tasks
        .join_all()
        .await
        .into_iter()
        .sum::<anyhow::Result<u64>>()?;
    println!(
        "{}: {last} positions in {wall:.1} s = {:.0}/s over HTTP, {clients} clients, {} rounds; {refused} not 200",
        Store::connect(&url).await?.backend().name(),
        last as f64 / wall,
        rounds.len(),
    );
    drop(server);
    let verify = Command::new(majlis_binary()?)
        .args(["verify", "--database-url", &url])
        .output()?;
    print!("{}", String::from_utf8_lossy(&verify.stdout));
    Ok(())
}

/// Loads the demo, opens `count` consensus rounds at the real clock, and makes a token for
/// each envoy.
async fn prepare(
    url: &str,
    count: usize,
) -> anyhow::Result<(Vec<i64>, Vec<(String, &'static str)>)> {
    let app = App::new(Store::open(url).await?, Settings::default());
    let fail = |e: majlis::app::AppError| anyhow::anyhow!("{e:?}");
    app.load_demo(Some("bench-password-123"))
        .await
        .map_err(fail)?;
    let caller = |name: &str| {
        let (app, name) = (app.clone(), Username::parse(name));
        async move { app.caller_by_username(&name?).await.map_err(fail) }
    };
    let secretariat = caller("secretariat").await?;
    let mut rounds = Vec::with_capacity(count);
    for round in 0..count {
        let draft = TextDraft {
            title: Label::parse(&format!("Load text {round}"))?,
            kind: TextKind::Decision,
            language: LanguageTag::parse("en")?,
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
            .map_err(fail)?;
        let deadline = Timestamp::now() + SignedDuration::from_hours(48);
        let procedure = app
            .open_procedure(&secretariat, text, ProcedureKind::Consensus, 1, deadline)
            .await
            .map_err(fail)?;
        rounds.push(procedure.get());
    }
    let mut tokens = Vec::new();
    for (username, party) in ENVOYS {
        let envoy = caller(username).await?;
        let token = app
            .create_api_token(&envoy, Label::parse("load")?)
            .await
            .map_err(fail)?;
        tokens.push((token.token, party));
    }
    Ok((rounds, tokens))
}

struct Client {
    addr: String,
    n: usize,
    rounds: Vec<i64>,
    token: String,
    party: &'static str,
}

impl Client {
    /// Records objections until told to stop; returns how many were not answered 200.
    async fn run(self, acknowledged: Arc<AtomicU64>, stop: Arc<AtomicBool>) -> anyhow::Result<u64> {
        let mut conn = TcpStream::connect(&self.addr).await?;
        let mut refused = 0;
        let mut act = 0usize;
        while !stop.load(Ordering::Relaxed) {
            let round = self.rounds[(self.n + act) % self.rounds.len()];
            let body = format!(
                r#"{{"party":"{}","position":"object","reason":"client {} act {act}"}}"#,
                self.party, self.n
            );
            let request = format!(
                "POST /api/v1/procedures/{round}/positions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                self.token,
                body.len()
            );
            conn.write_all(request.as_bytes()).await?;
            match read_answer(&mut conn).await? {
                200 => {
                    acknowledged.fetch_add(1, Ordering::Relaxed);
                }
                _ => refused += 1,
            }
            act += 1;
        }
        Ok(refused)
    }
}

/// Reads one HTTP/1.1 answer (with a Content-Length) to its end; returns its status.
async fn read_answer(conn: &mut TcpStream) -> anyhow::Result<u16> {
    let mut buffer = Vec::with_capacity(16 * 1024);
    let mut chunk = vec![0u8; 64 * 1024];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let read = conn.read(&mut chunk).await?;
        if read == 0 {
            bail!("the server closed the connection");
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let status = head.get(9..12).context("no status")?.parse()?;
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .context("no content-length")?
        .trim()
        .parse()?;
    while buffer.len() < head_end + length {
        let read = conn.read(&mut chunk).await?;
        if read == 0 {
            bail!("the server closed the connection");
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    Ok(status)
}

fn majlis_binary() -> anyhow::Result<std::path::PathBuf> {
    Ok(match std::env::var_os("MAJLIS_BIN") {
        Some(path) => path.into(),
        // target/release/examples/positions_http → target/release/majlis
        None => std::env::current_exe()?
            .parent()
            .and_then(|examples| examples.parent())
            .context("where is target/release?")?
            .join("majlis"),
    })
}

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    async fn start(url: &str) -> anyhow::Result<Server> {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .to_string();
        let child = Command::new(majlis_binary()?)
            .args(["serve", "--addr", &addr, "--database-url", url])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .context("starting majlis (cargo build --release?)")?;
        let server = Server { child, addr };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(&server.addr).await.is_err() {
            if Instant::now() > deadline {
                bail!("the server did not start within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(server)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
