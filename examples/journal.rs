//! Writes a valid journal of N generated entries into a database, through the store's own
//! append path (`WriteTx::journal`, which chains each entry to the head), so that `majlis
//! verify` and a cold start can be measured on a journal of any length.
//!
//! ```text
//! cargo run --release --example journal -- DATABASE_URL [N=1000000] [--demo]
//! ```
//!
//! The database is migrated first. With `--demo` the demo group is loaded before the
//! generated entries (if the database holds no accounts yet), and a session is opened for
//! `uz.envoy`, whose cookie is printed for a signed-in request (`majlis_session=…`).
//! Entries are written in transactions of 10,000; the mix of actions, scopes and payloads
//! resembles a group's business (agenda items, positions, versions of papers).

use std::time::Instant;

use anyhow::Context;
use majlis::app::{App, Settings};
use majlis::domain::ids::{GroupId, MeetingId, ProcedureId, TextId, UserId};
use majlis::domain::journal::{payload_key, Action, JournalScope, NewEntry, ObjectRef, Payload};
use majlis::domain::names::PartyCode;
use majlis::store::Store;

const BATCH: u64 = 10_000;
const DEMO_PASSWORD: &str = "journal-bench-password-2026";
const PARTIES: [&str; 4] = ["KZ", "KG", "TJ", "UZ"];
/// Starts the generated entries in 2027, a microsecond apart, after anything the demo wrote.
const FIRST_MICROS: i64 = 1_798_761_600_000_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let demo = args.iter().any(|a| a == "--demo");
    args.retain(|a| a != "--demo");
    let url = args
        .first()
        .context("usage: journal DATABASE_URL [N] [--demo]")?;
    let count: u64 = args
        .get(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let store = Store::open(url).await?;
    let app = App::new(store.clone(), Settings::default());
    if demo {
        load_demo(&app).await?;
    }
    let started = Instant::now();
    let mut written = 0;
    while written < count {
        let mut tx = store.begin_write().await?;
        for n in written..count.min(written + BATCH) {
            tx.journal(generated(n)).await?;
        }
        tx.commit().await?;
        written = count.min(written + BATCH);
    }
    let seconds = started.elapsed().as_secs_f64();
    let head = store.journal_head().await?;
    println!(
        "wrote {count} entries in {seconds:.1} s ({:.0}/s); head {} {}",
        count as f64 / seconds,
        head.seq,
        head.hash
    );
    Ok(())
}

/// Loads the demo and prints a session cookie of one of its envoys.
async fn load_demo(app: &App) -> anyhow::Result<()> {
    app.load_demo(Some(DEMO_PASSWORD))
        .await
        .map_err(|e| anyhow::anyhow!("loading the demo: {e:?}"))?;
    let session = app
        .sign_in("uz.envoy", DEMO_PASSWORD, "127.0.0.1")
        .await
        .map_err(|e| anyhow::anyhow!("signing in: {e:?}"))?;
    println!("cookie: majlis_session={}", session.token);
    Ok(())
}

/// The `n`th generated entry: a group's everyday business, in a repeating mix.
fn generated(n: u64) -> NewEntry {
    let party = PARTIES[(n % 4) as usize];
    let group = GroupId::new(1);
    let id = (n / 8 + 1) as i64;
    let at_micros = FIRST_MICROS + n as i64;
    let actor = Some(UserId::new((n % 12 + 1) as i64));
    let (scope, action, object, payload) = match n % 8 {
        0 => (
            JournalScope::Group(group),
            Action::AgendaAdd,
            ObjectRef::Meeting(MeetingId::new(id)),
            Payload::new().with("title", format!("Border crossings, item {n}")),
        ),
        1 => (
            JournalScope::Paper(group, TextId::new(id)),
            Action::TextVersion,
            ObjectRef::Text(TextId::new(id)),
            Payload::new()
                .with(payload_key::HASH, format!("{:064x}", n))
                .with("version", n % 5 + 1),
        ),
        2..=5 => (
            JournalScope::Paper(group, TextId::new(id)),
            Action::ProcedurePosition,
            ObjectRef::Procedure(ProcedureId::new(id)),
            Payload::new()
                .with(payload_key::PARTY, party)
                .with("position", "support")
                .with("reason", "We join the consensus on this text."),
        ),
        6 => (
            JournalScope::Group(group),
            Action::MeetingUpdate,
            ObjectRef::Meeting(MeetingId::new(id)),
            Payload::new()
                .with("status", "planned")
                .with("venue", "Tashkent, Uzbekistan"),
        ),
        _ => (
            JournalScope::Installation,
            Action::UserTimeZone,
            ObjectRef::User(UserId::new((n % 12 + 1) as i64)),
            Payload::new().with("zone", "Asia/Tashkent"),
        ),
    };
    NewEntry {
        at_micros,
        actor,
        actor_party: (n % 8 != 7).then(|| PartyCode::parse(party).expect("a party code")),
        scope,
        action,
        object,
        payload,
    }
}
