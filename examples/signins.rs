//! Fires many sign-ins at once at a release server and reports what each got, how long it
//! took, and the server's memory: VmRSS and VmHWM (its peak) from `/proc/PID/status`.
//!
//! ```text
//! cargo build --release --bin majlis --example signins
//! target/release/examples/signins [DATABASE_URL] [N] [spread|one]
//! ```
//!
//! It makes N accounts (default 200) in the database (default or "": a temporary SQLite file; a
//! PostgreSQL URL must name an empty database), starts `target/release/majlis serve` on it on
//! a free port of 127.0.0.1 (or `$MAJLIS_BIN`), opens N connections, and once all are open
//! sends every `POST /api/v1/session` at the same moment, each account once.
//!
//! `spread` (the default) sends each sign-in from its own loopback address (127.0.0.2, …),
//! as N people at N desks would: no sign-in limit applies, and anything but 200 is a failure
//! (the program exits 1). `one` sends them all from 127.0.0.1, as from behind one NAT: the
//! limit per address (`domain::sign_in::MAX_FAILURES_PER_ADDRESS`, which counts attempts
//! still being checked) then answers 429 to all but the first 30, by design.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use majlis::app::users::{AccountRequest, Actor};
use majlis::app::{App, Settings};
use majlis::domain::marking::Classification;
use majlis::domain::names::{Label, Username};
use majlis::domain::password::NewPassword;
use majlis::domain::time::ZoneName;
use majlis::store::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;
use tokio::sync::Barrier;

const PASSWORD: &str = "a load of sign-ins, 2026";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = tempfile::tempdir()?;
    let url = args
        .next()
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("signins.db").display()));
    let count: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(200);
    let spread = match args.next().as_deref() {
        None | Some("spread") => true,
        Some("one") => false,
        Some(other) => bail!("the third argument is spread or one, not {other:?}"),
    };

    let made = Instant::now();
    make_accounts(&url, count).await?;
    println!(
        "{count} accounts made in {:.1} s",
        made.elapsed().as_secs_f64()
    );

    let server = Server::start(&url).await?;
    let before = server.memory()?;
    println!("server {} ready: {before}", server.child.id());

    let started = Instant::now();
    let results = sign_in_all(server.addr, count, spread).await;
    let wall = started.elapsed();
    let after = server.memory()?;

    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    let mut latencies = Vec::new();
    for result in &results {
        match result {
            Ok((status, took)) => {
                *statuses.entry(status.to_string()).or_default() += 1;
                latencies.push(*took);
            }
            Err(error) => *statuses.entry(format!("error: {error:#}")).or_default() += 1,
        }
    }
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "{count} sign-ins from {} in {:.2} s: {statuses:?}",
        if spread {
            "as many addresses"
        } else {
            "one address"
        },
        wall.as_secs_f64(),
    );
    println!(
        "latency ms: p50 {:.0}, p90 {:.0}, p99 {:.0}, max {:.0}",
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    );
    println!("server after: {after}");
    let all_ok = statuses.get("200") == Some(&count);
    if spread && !all_ok {
        bail!("not every sign-in was answered 200");
    }
    Ok(())
}

/// `load.0` … `load.{count-1}`, all with `PASSWORD`, made through the same use case as
/// `majlis user add` (each password hashed, in turn, with its own salt).
async fn make_accounts(url: &str, count: usize) -> anyhow::Result<()> {
    let app = App::new(Store::open(url).await?, Settings::default());
    let utc = ZoneName::parse("UTC")?;
    let mut made = tokio::task::JoinSet::new();
    for n in 0..count {
        let (app, utc) = (app.clone(), utc.clone());
        made.spawn(async move {
            let username = format!("load.{n}");
            let request = AccountRequest {
                username: Username::parse(&username)?,
                display_name: Label::parse(&format!("Load tester {n}"))?,
                password: NewPassword::parse(PASSWORD, &[&username])
                    .map_err(|reason| anyhow::anyhow!("{reason}"))?,
                is_admin: false,
                clearance: Classification::Unclassified,
                time_zone: utc,
                email: None,
            };
            app.create_account(Actor::Installation, request)
                .await
                .map_err(|e| anyhow::anyhow!("making {username}: {e:?}"))
        });
    }
    while let Some(done) = made.join_next().await {
        done??;
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
            // target/release/examples/signins → target/release/majlis
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
        while !server.ready().await {
            if Instant::now() > deadline {
                bail!("the server did not become ready within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(server)
    }

    async fn ready(&self) -> bool {
        let request = format!(
            "GET /readyz HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        );
        let Ok(socket) = TcpSocket::new_v4() else {
            return false;
        };
        let Ok(stream) = socket.connect(self.addr).await else {
            return false;
        };
        matches!(exchange(stream, request.as_bytes()).await, Ok(200))
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
            "VmRSS {}, VmHWM {}, threads {}",
            field("VmRSS:"),
            field("VmHWM:"),
            status
                .lines()
                .find_map(|line| line.strip_prefix("Threads:"))
                .map_or("?", str::trim)
        ))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Opens `count` connections, then sends every sign-in at once; each result is the status
/// and the time from sending to the end of the answer.
async fn sign_in_all(
    server: SocketAddr,
    count: usize,
    spread: bool,
) -> Vec<anyhow::Result<(u16, Duration)>> {
    let all_connected = Arc::new(Barrier::new(count));
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..count {
        let all_connected = Arc::clone(&all_connected);
        tasks.spawn(async move {
            let from = if spread {
                // 127.0.0.2, 127.0.0.3, … : all of 127/8 is the loopback on Linux.
                let [_, _, high, low] = u32::try_from(n + 2)?.to_be_bytes();
                Ipv4Addr::new(127, 0, high, low)
            } else {
                Ipv4Addr::LOCALHOST
            };
            let socket = TcpSocket::new_v4()?;
            socket.bind(SocketAddr::V4(SocketAddrV4::new(from, 0)))?;
            let stream = socket.connect(server).await;
            all_connected.wait().await;
            let body = format!(r#"{{"username":"load.{n}","password":"{PASSWORD}"}}"#);
            let request = format!(
                "POST /api/v1/session HTTP/1.1\r\nHost: {server}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let sent = Instant::now();
            let status = exchange(stream?, request.as_bytes()).await?;
            Ok((status, sent.elapsed()))
        });
    }
    tasks.join_all().await
}

/// Sends one HTTP/1.1 request and reads the answer to its end; returns its status.
async fn exchange(mut stream: tokio::net::TcpStream, request: &[u8]) -> anyhow::Result<u16> {
    stream.write_all(request).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let status = answer
        .get(9..12)
        .and_then(|code| std::str::from_utf8(code).ok())
        .and_then(|code| code.parse().ok())
        .context("no HTTP status line in the answer")?;
    Ok(status)
}
