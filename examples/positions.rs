//! Measures how many positions per second Majlis records, each one a transaction with its
//! journal entry and the outcome recomputed, through the same use cases as the API.
//!
//! `cargo run --release --example positions -- [DATABASE_URL] [ROUNDS] [HISTORY]`
//! (default: a temporary SQLite file, 100 rounds of four positions each). With HISTORY, it
//! then records HISTORY objections on one more round, one after another, and reports the rate
//! per 500 acts: whether an act costs more as the round's history grows.

use std::time::Instant;

use jiff::SignedDuration;
use majlis::app::procedures::Act;
use majlis::app::texts::TextDraft;
use majlis::app::{App, Settings};
use majlis::domain::document::{LanguageTag, TextKind};
use majlis::domain::marking::{Classification, Distribution};
use majlis::domain::names::{Label, PartyCode, Username};
use majlis::domain::procedure::{Position, ProcedureKind};
use majlis::store::Store;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = tempfile::tempdir()?;
    let url = args
        .next()
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let rounds: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(100);
    let history: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(0);
    let app = App::new(Store::open(&url).await?, Settings::default());
    app.load_demo(Some("bench-password-123"))
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let caller = |name: &'static str| {
        let app = app.clone();
        async move {
            app.caller_by_username(&Username::parse(name)?)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))
        }
    };
    let secretariat = caller("secretariat").await?;
    let envoys = [
        (caller("kz.envoy").await?, "KZ"),
        (caller("kg.envoy").await?, "KG"),
        (caller("tj.envoy").await?, "TJ"),
        (caller("uz.envoy").await?, "UZ"),
    ];
    let mut positions = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    for round in 0..rounds {
        let draft = TextDraft {
            title: Label::parse(&format!("Benchmark text {round}"))?,
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
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let deadline = app.now() + SignedDuration::from_hours(48);
        let procedure = app
            .open_procedure(&secretariat, text, ProcedureKind::Consensus, 1, deadline)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let started = Instant::now();
        for (envoy, party) in &envoys {
            let act = Act::Position {
                party: PartyCode::parse(party)?,
                position: Position::Concur,
            };
            app.act(envoy, procedure, act)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            positions += 1;
        }
        elapsed += started.elapsed();
    }
    if history > 0 {
        let draft = TextDraft {
            title: Label::parse("Benchmark text with a long history")?,
            kind: TextKind::Decision,
            language: LanguageTag::parse("en")?,
            body: "The participants agree at length.".to_owned(),
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
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let deadline = app.now() + SignedDuration::from_hours(48);
        let procedure = app
            .open_procedure(&secretariat, text, ProcedureKind::Consensus, 1, deadline)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let mut started = Instant::now();
        for act in 1..=history {
            let (envoy, party) = &envoys[act % envoys.len()];
            let act_now = Act::Position {
                party: PartyCode::parse(party)?,
                position: Position::Object(format!("objection {act}")),
            };
            app.act(envoy, procedure, act_now)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            if act % 500 == 0 {
                println!(
                    "one round, acts {:>5}–{act:>5}: {:.0} acts/s",
                    act - 499,
                    500.0 / started.elapsed().as_secs_f64()
                );
                started = Instant::now();
            }
        }
    }
    let verified = app
        .verify_journal()
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    println!(
        "{}: {positions} positions in {:.2} s = {:.0} positions/s (each with its journal entry; every 4th adopts and writes a decision); journal intact: {}",
        app.backend().name(),
        elapsed.as_secs_f64(),
        positions as f64 / elapsed.as_secs_f64(),
        verified.is_ok()
    );
    Ok(())
}
