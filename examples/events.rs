//! How fast a journal entry reaches many subscribers of `GET /api/v1/events`, and what the
//! server's memory is meanwhile (issue 10's goal: 1,000 subscribers, p99 ≤ 250 ms, under
//! 100 MB).
//!
//! ```text
//! cargo build --release --bin majlis --example events
//! target/release/examples/events [DATABASE_URL] [SUBSCRIBERS] [WRITES]
//! ```
//!
//! It loads the demo into the database (default or "": a temporary SQLite file; a PostgreSQL
//! URL must name an empty database), starts `majlis serve` on it on a free port of 127.0.0.1
//! (the binary beside this example, or `$MAJLIS_BIN`), opens SUBSCRIBERS streams (default
//! 1,000) with an API token of UZ's envoy, then drafts WRITES texts (default 20) one after
//! another through the API with the secretariat's token, a quarter of a second apart. Each
//! text is one journal entry every subscriber may read. The delivery latency of each entry to
//! each subscriber is measured from the moment its write was sent, so it includes the write's
//! own durable commit. The server's memory is read from `/proc/PID/status` (VmRSS now, VmHWM
//! the peak). Every subscriber keeps a socket open, and so does the server: raise the limit of
//! open files first (`ulimit -n 4096`).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use majlis::app::{App, Settings};
use majlis::domain::names::{Label, Username};
use majlis::store::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PASSWORD: &str = "a crowd of subscribers, 2026";

/// When each subscriber received each entry: (subscriber, seq) → instant.
type Arrivals = Arc<Mutex<HashMap<(usize, i64), Instant>>>;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = tempfile::tempdir()?;
    let url = args
        .next()
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("events.db").display()));
    let subscribers: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1000);
    let writes: i64 = args.next().map(|n| n.parse()).transpose()?.unwrap_or(20);

    let (reader, writer) = tokens(&url).await?;
    let server = Server::start(&url).await?;
    println!("server {} ready: {}", server.child.id(), server.memory()?);

    let arrivals: Arrivals = Arc::default();
    let connected = Instant::now();
    let mut streams = tokio::task::JoinSet::new();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel::<()>(subscribers);
    for n in 0..subscribers {
        let (reader, arrivals, ready) = (reader.clone(), arrivals.clone(), ready_tx.clone());
        let addr = server.addr;
        streams.spawn(async move { subscribe(addr, &reader, n, arrivals, ready).await });
    }
    drop(ready_tx);
    for _ in 0..subscribers {
        ready_rx
            .recv()
            .await
            .context("a subscriber failed before its stream opened")?;
    }
    println!(
        "{subscribers} streams open in {:.2} s: {}",
        connected.elapsed().as_secs_f64(),
        server.memory()?
    );

    let head = head(server.addr, &writer).await?;
    let mut sent: HashMap<i64, Instant> = HashMap::new();
    let mut write_times = Vec::new();
    for k in 1..=writes {
        let at = Instant::now();
        draft(server.addr, &writer, k).await?;
        write_times.push(at.elapsed());
        sent.insert(head + k, at);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let expected = subscribers * writes as usize;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let got = arrivals.lock().map_or(0, |a| a.len());
        if got >= expected || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let during = server.memory()?;
    streams.abort_all();

    let mut latencies: Vec<Duration> = arrivals
        .lock()
        .map_err(|_| anyhow::anyhow!("a subscriber panicked"))?
        .iter()
        .filter_map(|((_, seq), at)| {
            sent.get(seq)
                .map(|sent| at.saturating_duration_since(*sent))
        })
        .collect();
    latencies.sort();
    write_times.sort();
    println!(
        "{} of {expected} deliveries ({writes} entries × {subscribers} subscribers)",
        latencies.len()
    );
    println!(
        "delivery latency ms (from the write's request): p50 {:.1}, p90 {:.1}, p99 {:.1}, max {:.1}",
        at(&latencies, 0.5),
        at(&latencies, 0.9),
        at(&latencies, 0.99),
        at(&latencies, 1.0)
    );
    println!(
        "the writes themselves ms: p50 {:.1}, max {:.1}",
        at(&write_times, 0.5),
        at(&write_times, 1.0)
    );
    println!("server with every stream open, after the writes: {during}");
    if latencies.len() < expected {
        bail!("not every subscriber received every entry");
    }
    Ok(())
}

fn at(sorted: &[Duration], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 * q) as usize).min(sorted.len().saturating_sub(1)))
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Loads the demo and makes two API tokens: UZ's envoy's to read, the secretariat's to write.
async fn tokens(url: &str) -> anyhow::Result<(String, String)> {
    let app = App::new(Store::open(url).await?, Settings::default());
    app.load_demo(Some(PASSWORD))
        .await
        .map_err(|e| anyhow::anyhow!("loading the demo: {e:?}"))?
        .context("the database was not empty")?;
    let mut made = Vec::new();
    for username in ["uz.envoy", "secretariat"] {
        let caller = app
            .caller_by_username(&Username::parse(username)?)
            .await
            .map_err(|e| anyhow::anyhow!("{username}: {e:?}"))?;
        let token = app
            .create_api_token(&caller, Label::parse("events benchmark")?)
            .await
            .map_err(|e| anyhow::anyhow!("a token for {username}: {e:?}"))?;
        made.push(token.token);
    }
    let writer = made.pop().context("two tokens")?;
    let reader = made.pop().context("two tokens")?;
    Ok((reader, writer))
}

/// Opens one stream and records when each entry arrives, until aborted.
async fn subscribe(
    addr: SocketAddr,
    token: &str,
    n: usize,
    arrivals: Arrivals,
    ready: tokio::sync::mpsc::Sender<()>,
) -> anyhow::Result<()> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!(
        "GET /api/v1/events HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await?;
    let mut buffer = Vec::new();
    let mut chunk = vec![0u8; 4096];
    // The answer's head first.
    let body_starts = loop {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            bail!("the server closed stream {n}");
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    if !buffer.starts_with(b"HTTP/1.1 200") {
        bail!("stream {n}: {}", String::from_utf8_lossy(&buffer));
    }
    buffer.drain(..body_starts);
    let _ = ready.send(()).await;
    drop(ready);
    // Then `data:` lines (an event is written in one chunk, so its lines are whole); chunk
    // sizes and comments are skipped.
    loop {
        while let Some(end) = buffer.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buffer.drain(..=end).collect();
            if let Some(data) = line.strip_prefix(b"data: ") {
                let now = Instant::now();
                let seq = serde_json::from_slice::<serde_json::Value>(data)?["seq"]
                    .as_i64()
                    .context("an event without seq")?;
                if let Ok(mut arrivals) = arrivals.lock() {
                    arrivals.insert((n, seq), now);
                }
            }
        }
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            bail!("the server closed stream {n}");
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

/// One request with `Connection: close`; the status and the body.
async fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: &str,
    body: &str,
) -> anyhow::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .get(9..12)
        .and_then(|code| code.parse().ok())
        .context("an HTTP answer")?;
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, body)| body)
        .to_owned();
    Ok((status, body))
}

async fn head(addr: SocketAddr, token: &str) -> anyhow::Result<i64> {
    let (status, body) = call(addr, "GET", "/api/v1/journal/head", token, "").await?;
    if status != 200 {
        bail!("journal head: {status} {body}");
    }
    serde_json::from_str::<serde_json::Value>(&body)?["seq"]
        .as_i64()
        .context("a head")
}

/// Drafts one text in the demo group: one journal entry that every member's envoy may read.
async fn draft(addr: SocketAddr, token: &str, k: i64) -> anyhow::Result<()> {
    let body = serde_json::json!({
        "title": format!("Statement {k} of the benchmark"),
        "kind": "joint_statement",
        "language": "en",
        "body": "The participants met in Tashkent.",
        "distribution": "group",
    })
    .to_string();
    let (status, answer) = call(addr, "POST", "/api/v1/groups/CGA/texts", token, &body).await?;
    if status != 201 {
        bail!("drafting text {k}: {status} {answer}");
    }
    Ok(())
}

/// The server under test, killed when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    async fn start(url: &str) -> anyhow::Result<Self> {
        let binary = match std::env::var_os("MAJLIS_BIN") {
            Some(path) => path.into(),
            // target/release/examples/events → target/release/majlis
            None => std::env::current_exe()?
                .parent()
                .and_then(|examples| examples.parent())
                .context("where is target/release?")?
                .join("majlis"),
        };
        let addr = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
        let child = Command::new(&binary)
            .args(["serve", "--addr", &addr.to_string(), "--database-url", url])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {} (cargo build --release?)", binary.display()))?;
        let server = Self { child, addr };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !matches!(call(addr, "GET", "/readyz", "-", "").await, Ok((200, _))) {
            if Instant::now() > deadline {
                bail!("the server did not become ready within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(server)
    }

    fn memory(&self) -> anyhow::Result<String> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let field = |name: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|rest| rest.trim().strip_suffix("kB"))
                .and_then(|kb| kb.trim().parse::<u64>().ok())
                .map_or_else(
                    || "?".to_owned(),
                    |kb| format!("{:.1} MB", kb as f64 / 1000.0),
                )
        };
        Ok(format!(
            "VmRSS {}, VmHWM {}",
            field("VmRSS:"),
            field("VmHWM:")
        ))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
