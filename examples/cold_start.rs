//! Measures a cold start: the time from starting `majlis serve` on an existing database to the
//! first 200 answer of a path, polled every millisecond over loopback.
//!
//! ```text
//! cargo build --release --bin majlis --example cold_start
//! target/release/examples/cold_start DATABASE_URL [PATH=/healthz] [COOKIE] [RUNS=5]
//! ```
//!
//! Each run starts `target/release/majlis` (or `$MAJLIS_BIN`) on a free port of 127.0.0.1,
//! polls PATH (with `Cookie: COOKIE` when given, e.g. `majlis_session=…` as printed by
//! `examples/journal.rs --demo`) until it answers 200, and stops the server. Prints each run
//! and the median and the slowest.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const GIVE_UP: Duration = Duration::from_secs(30);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let url = args
        .first()
        .context("usage: cold_start DATABASE_URL [PATH] [COOKIE] [RUNS]")?;
    let path = args.get(1).map_or("/healthz", String::as_str);
    let cookie = args.get(2).filter(|c| !c.is_empty());
    let runs: usize = args
        .get(3)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(5)
        .max(1);
    let mut times = Vec::with_capacity(runs);
    for run in 1..=runs {
        let elapsed = one_start(url, path, cookie.map(String::as_str)).await?;
        println!("run {run}: first 200 of {path} after {:.1} ms", ms(elapsed));
        times.push(elapsed);
    }
    times.sort();
    println!(
        "{path}: median {:.1} ms, slowest {:.1} ms over {runs} starts",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1])
    );
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Starts a server, waits for the first 200 of `path`, stops it; the time from spawn to 200.
async fn one_start(url: &str, path: &str, cookie: Option<&str>) -> anyhow::Result<Duration> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let addr = format!("127.0.0.1:{port}");
    let started = Instant::now();
    let mut server = spawn_server(url, &addr)?;
    let outcome = poll(&addr, path, cookie, started).await;
    let elapsed = started.elapsed();
    server.kill()?;
    server.wait()?;
    outcome.map(|()| elapsed)
}

fn spawn_server(url: &str, addr: &str) -> anyhow::Result<Child> {
    let bin = std::env::var("MAJLIS_BIN").unwrap_or_else(|_| "target/release/majlis".to_owned());
    Command::new(&bin)
        .args(["--database-url", url, "serve", "--addr", addr])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("starting {bin}"))
}

/// Asks for `path` every millisecond until it answers 200.
async fn poll(
    addr: &str,
    path: &str,
    cookie: Option<&str>,
    started: Instant,
) -> anyhow::Result<()> {
    let cookie = cookie
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{cookie}Connection: close\r\n\r\n");
    loop {
        if let Ok(mut stream) = TcpStream::connect(addr).await {
            stream.write_all(request.as_bytes()).await?;
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).await?;
            if answer.starts_with(b"HTTP/1.1 200") {
                return Ok(());
            }
            let status = String::from_utf8_lossy(&answer[..answer.len().min(12)]).into_owned();
            bail!("{path} answered {status:?}, not 200");
        }
        if started.elapsed() > GIVE_UP {
            bail!("no answer from {addr} within {GIVE_UP:?}");
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}
