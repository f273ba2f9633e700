//! `majlis`: the server and its administrative commands.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use majlis::app::{App, Settings};
use majlis::cli::{Cli, Command, ConfigCommand};
use majlis::domain::receipt::PublicKey;
use majlis::http::{self, AppState};
use majlis::i18n;
use majlis::store::Store;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    // The operator reads what the command prints in their shell's language.
    match i18n::scope(i18n::from_environment(), run(cli)).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("majlis: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = cli.config()?;
    match &cli.command {
        Command::Serve { demo, .. } => serve(&config, *demo).await?,
        Command::Verify { receipt, key } => {
            let store = Store::connect(config.database_url.expose()).await?;
            let app = App::new(store, Settings::default());
            return verify(&app, receipt.as_deref(), *key).await;
        }
        Command::VerifyDecision { file } => return verify_decision(file),
        Command::Reindex => {
            let store = Store::open(config.database_url.expose()).await?;
            let app = App::new(
                store,
                Settings {
                    search_dir: config.search_dir(),
                    ..Settings::default()
                },
            );
            let documents = app.rebuild_search().await.map_err(majlis::cli::explain)?;
            let tr = i18n::current();
            let place = match config.search_dir() {
                Some(dir) => dir.display().to_string(),
                None => tr.t("cli-reindex-in-memory"),
            };
            println!(
                "{}",
                tr.t2(
                    "cli-reindexed",
                    "documents",
                    documents,
                    "place",
                    place.as_str()
                )
            );
        }
        Command::Migrate => {
            let store = Store::connect(config.database_url.expose()).await?;
            let applied = store.migrate().await?;
            let tr = i18n::current();
            let backend = store.backend().name();
            if applied.is_empty() {
                println!("{}", tr.t1("cli-schema-up-to-date", "backend", backend));
            } else {
                println!(
                    "{}",
                    tr.t2(
                        "cli-schema-applied",
                        "migrations",
                        applied.join(", "),
                        "backend",
                        backend
                    )
                );
            }
        }
        Command::User { .. } | Command::Group { .. } | Command::Indicator { .. } => {
            majlis::cli::run_admin(&cli.command, &config).await?
        }
        Command::Config {
            command: ConfigCommand::Print,
        } => print!("{}", config.as_toml()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Serves until stopped, with the deadline scheduler and the session sweeper running.
async fn serve(config: &majlis::config::Config, demo: bool) -> anyhow::Result<()> {
    let store = Store::open(config.database_url.expose()).await?;
    let app = App::new(
        store,
        Settings {
            session_hours: config.session_hours,
            max_attachment_bytes: config.max_attachment_bytes,
            search_dir: config.search_dir(),
            public_url: config.public_url.clone(),
            ..Settings::default()
        },
    );
    if demo {
        load_demo(&app).await?;
    }
    let relay = match &config.smtp_url {
        Some(url) => Some(majlis::mail::Relay::new(url, &config.mail_from)?),
        None => None,
    };
    majlis::app::mail::start(app.clone(), relay)
        .await
        .map_err(majlis::cli::explain)?;
    spawn_session_sweeper(app.clone());
    spawn_search_follower(app.clone());
    spawn_deadline_scheduler(app.clone());
    http::serve(
        AppState {
            app,
            secure_cookies: config.secure_cookies,
            trusted_proxies: config.trusted_proxies.clone(),
            public_url: config.public_url.clone(),
        },
        config.addr,
    )
    .await
}

/// Checks a kept receipt (when given), the whole chain and the signing key, printing a line
/// for each; exits 1 when any of them fails.
async fn verify(
    app: &App,
    receipt: Option<&std::path::Path>,
    pinned: Option<PublicKey>,
) -> anyhow::Result<ExitCode> {
    let mut failed = false;
    if let Some(file) = receipt {
        let text = std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("reading {}: {e}", file.display()))?;
        let view: majlis::http::api::journal::ReceiptView = serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{} is not a receipt: {e}", file.display()))?;
        let kept = view
            .to_domain()
            .map_err(|reason| anyhow::anyhow!("{} is malformed: {reason}", file.display()))?;
        match app
            .check_receipt(&kept, pinned)
            .await
            .map_err(majlis::cli::explain)?
        {
            Ok(under) => println!(
                "receipt for entry {} matches the journal and its signature is valid under {under}",
                kept.seq
            ),
            Err(reason) => {
                println!("receipt does NOT match: {reason}");
                failed = true;
            }
        }
    }
    match app.verify_journal().await.map_err(majlis::cli::explain)? {
        Ok(intact) => println!(
            "journal intact: {} entries, head {} {}",
            intact.entries, intact.head.seq, intact.head.hash
        ),
        Err(broken) => {
            println!(
                "journal broken at entry {}: {} (entries 1 to {} are intact)",
                broken.seq, broken.reason, broken.intact_before
            );
            failed = true;
        }
    }
    match app
        .check_signing_key()
        .await
        .map_err(majlis::cli::explain)?
    {
        Ok(None) => {}
        Ok(Some(published)) => println!(
            "signing key {} (published in journal entry {}; the signing_keys table agrees)",
            published.key, published.seq
        ),
        Err(trouble) => {
            println!("signing key does NOT agree: {trouble}");
            failed = true;
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Checks an evidence bundle without any database or network.
fn verify_decision(file: &std::path::Path) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", file.display()))?;
    let bundle: majlis::http::api::evidence::EvidenceBundle = serde_json::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{} is not an evidence bundle: {e}", file.display()))?;
    let checked = bundle
        .to_domain()
        .map_err(|reason| anyhow::anyhow!("{} is malformed: {reason}", file.display()))?;
    match majlis::domain::evidence::verify(&checked) {
        Ok(verified) => {
            println!(
                "decision {} verified: text SHA-256 {}, {} journal entries in a chain of {} links ending at entry {}",
                bundle.symbol,
                bundle.text_hash,
                verified.entries,
                verified.links,
                verified.head.map(|h| h.seq).unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            println!("decision {} does NOT verify: {error}", bundle.symbol);
            Ok(ExitCode::FAILURE)
        }
    }
}

async fn load_demo(app: &App) -> anyhow::Result<()> {
    let tr = i18n::current();
    let fixed = std::env::var("MAJLIS_DEMO_PASSWORD").ok();
    match app.load_demo(fixed.as_deref()).await.map_err(|e| {
        // The operator's MAJLIS_DEMO_PASSWORD failed the password rule: say why.
        let reason = majlis::cli::explain(e);
        anyhow::anyhow!(
            "{}",
            tr.t1("cli-demo-refused", "reason", format!("{reason:#}"))
        )
    })? {
        Some(accounts) => {
            println!("{}", tr.t("cli-demo-loaded"));
            for account in accounts {
                println!(
                    "  {:<14} {:<20} {}",
                    account.username, account.password, account.role
                );
            }
        }
        None => println!("{}", tr.t("cli-demo-not-loaded")),
    }
    Ok(())
}

/// Closes procedures whose deadline has passed, within about a second of it. Reads never
/// wait for it: they compute the outcome at the server's clock, and this only records it.
fn spawn_deadline_scheduler(app: App) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(500));
        loop {
            tick.tick().await;
            if let Err(error) = app.close_due_procedures().await {
                tracing::warn!(error = %error, "could not close due procedures");
            }
        }
    });
}

/// Ends expired sessions once an hour so the table does not grow without bound.
/// Keeps the search index in step with the journal, also with what other processes write
/// to the same database; a search catches up by itself too, so this only keeps it warm.
fn spawn_search_follower(app: App) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(1));
        loop {
            tick.tick().await;
            if let Err(error) = app.catch_up_search().await {
                tracing::warn!(%error, "could not bring the search index up to date");
            }
        }
    });
}

fn spawn_session_sweeper(app: App) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(error) = app.end_expired_sessions().await {
                tracing::warn!(%error, "could not remove expired sessions");
            }
        }
    });
}
