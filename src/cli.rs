//! The command line: one binary, `majlis`, whose subcommands call the same use cases as the
//! web pages and the API.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};

use crate::app::users::Actor;
use crate::app::{App, AppError, Settings};
use crate::config::{split_list, Config, Layer};
use crate::domain::figures::IndicatorCode;
use crate::domain::message::{Explain, Message};
use crate::domain::names::{GroupCode, Username};
use crate::domain::receipt::PublicKey;
use crate::domain::validation::ValidationErrors;
use crate::http::input::figures::ImportQuery;
use crate::http::input::{DelegationInput, GroupInput, UserInput};
use crate::i18n::{self, Arg};
use crate::store::Store;

#[derive(Debug, Parser)]
#[command(
    name = "majlis",
    version,
    about = "The record of a contact group of states"
)]
pub struct Cli {
    /// A TOML file of settings (addr, database_url, secure_cookies, session_hours,
    /// trusted_proxies, public_url, max_attachment_bytes).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// sqlite://FILE (default sqlite://majlis.db) or postgres://…; env MAJLIS_DATABASE_URL.
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the web server (pages and API).
    Serve {
        /// Address to listen on; env MAJLIS_ADDR (default 127.0.0.1:8080).
        #[arg(long)]
        addr: Option<String>,
        /// Loads the demo group into an empty database and prints its accounts.
        #[arg(long)]
        demo: bool,
        /// Marks the session cookie Secure (serve over HTTPS); env MAJLIS_SECURE_COOKIES.
        #[arg(long)]
        secure_cookies: bool,
        /// Reverse proxies whose X-Forwarded-For names the client, as addresses or CIDR
        /// ranges separated by commas; env MAJLIS_TRUSTED_PROXIES (default: none).
        #[arg(long, value_name = "LIST")]
        trusted_proxies: Option<String>,
        /// The address people reach the server at, for the links it writes (e.g.
        /// https://majlis.example.org); env MAJLIS_PUBLIC_URL (default http://ADDR).
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
    },
    /// Recomputes the journal chain and checks the signing key; exits 1 naming the first entry
    /// that does not match.
    Verify {
        /// Also checks a kept receipt (from /api/v1/journal/receipt) against the chain, under
        /// the key the journal published (or the one given with --key).
        #[arg(long, value_name = "FILE")]
        receipt: Option<PathBuf>,
        /// The server's public key (64 hex digits) as you kept it from your first receipt; the
        /// receipt must be signed under it, whatever the journal now publishes.
        #[arg(long, value_name = "HEX", requires = "receipt", value_parser = public_key)]
        key: Option<PublicKey>,
    },
    /// Creates or updates the database schema.
    Migrate,
    /// Rebuilds the search index from the record (the index is derived: nothing is lost).
    Reindex,
    /// Checks a decision's evidence bundle (from /api/v1/decisions/{id}/evidence) offline.
    VerifyDecision {
        /// The bundle's JSON file.
        file: PathBuf,
    },
    /// Manages accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manages groups and delegations.
    Group {
        #[command(subcommand)]
        command: GroupCommand,
    },
    /// Works with a group's indicators.
    Indicator {
        #[command(subcommand)]
        command: IndicatorCommand,
    },
    /// Shows the configuration in force.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Creates an account; the password is read from the first line of standard input.
    Add {
        username: String,
        #[arg(long)]
        display_name: String,
        /// Makes the account an installation administrator.
        #[arg(long)]
        admin: bool,
        /// unclassified (default), restricted or confidential.
        #[arg(long)]
        clearance: Option<String>,
        /// IANA time zone (default UTC).
        #[arg(long)]
        time_zone: Option<String>,
        /// Where the person is told things by mail (default: not told).
        #[arg(long)]
        email: Option<String>,
    },
    /// Lists accounts.
    List,
    /// Sets a new password, read from the first line of standard input; every session and
    /// API token of the person ends.
    Passwd { username: String },
    /// Disables an account; its sessions and tokens end.
    Disable { username: String },
}

#[derive(Debug, Subcommand)]
pub enum IndicatorCommand {
    /// Imports figures from a CSV file (our columns or UN Comtrade's) into an indicator, as the
    /// group's secretariat: every row or none.
    Import {
        /// The group's code, e.g. CGA.
        group: String,
        /// The indicator's code, e.g. trade_turnover.
        indicator: String,
        file: PathBuf,
        /// The source of every row (required for UN Comtrade files).
        #[arg(long)]
        source: Option<String>,
        /// The secretariat account the figures are recorded by (needed when the group has
        /// several).
        #[arg(long = "as", value_name = "USERNAME")]
        username: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Founds a group from a JSON file in the shape of `POST /api/v1/groups`.
    Create { file: PathBuf },
    /// Lists groups.
    List,
    /// Places a person in a party's delegation (or the secretariat, without --party).
    Place {
        group: String,
        username: String,
        #[arg(long)]
        party: Option<String>,
        /// envoy, deputy, delegate, expert or secretariat.
        #[arg(long)]
        role: String,
        #[arg(long)]
        title: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Prints the configuration, secrets hidden.
    Print,
}

impl Cli {
    /// The configuration with this command's flags on top.
    pub fn config(&self) -> anyhow::Result<Config> {
        let file = match &self.config {
            Some(path) => Some(Layer::from_file(path)?),
            None => std::env::var_os("MAJLIS_CONFIG")
                .map(PathBuf::from)
                .map(|p| Layer::from_file(&p))
                .transpose()?,
        };
        let env = Layer::from_env(|name| std::env::var(name).ok())?;
        let mut flags = Layer {
            database_url: self.database_url.clone(),
            ..Layer::default()
        };
        if let Command::Serve {
            addr,
            secure_cookies,
            trusted_proxies,
            public_url,
            ..
        } = &self.command
        {
            flags.addr = addr.clone();
            flags.public_url = public_url.clone();
            flags.secure_cookies = secure_cookies.then_some(true);
            flags.trusted_proxies = trusted_proxies.as_deref().map(split_list);
        }
        Config::build(file, env, flags)
    }
}

/// Parses `--key`: an Ed25519 public key as 64 hex digits.
fn public_key(text: &str) -> Result<PublicKey, String> {
    PublicKey::from_hex(text)
        .ok_or_else(|| "not 32 bytes of hex (an Ed25519 public key)".to_owned())
}

/// The first line of standard input; the rule for passwords is applied where the account
/// (and so its username and name) is known.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}

/// An application error as the operator reads it, in the language of their shell: the
/// fields of invalid input, every bad row of a table, and the whole cause chain of an
/// internal error (never only its last line).
pub fn explain(error: AppError) -> anyhow::Error {
    let tr = i18n::current();
    match error {
        AppError::Invalid(errors) => invalid(&errors),
        AppError::InvalidRows(rows) => {
            let rows: Vec<String> = rows.iter().map(|row| tr.row(row)).collect();
            anyhow::anyhow!("{}\n{}", tr.t("cli-nothing-imported"), rows.join("\n"))
        }
        AppError::Internal(cause) => cause,
        AppError::NotFound => anyhow::anyhow!("{}", tr.t("cli-not-found")),
        AppError::Forbidden(reason) | AppError::Conflict(reason) | AppError::TooLarge(reason) => {
            anyhow::anyhow!("{}", tr.message(&reason))
        }
        AppError::Unauthenticated => anyhow::anyhow!("{}", tr.t("problem-unauthenticated-detail")),
        AppError::BadCredentials => anyhow::anyhow!("{}", tr.t("problem-bad-credentials-detail")),
        AppError::TooManyAttempts {
            retry_after_minutes,
        } => anyhow::anyhow!(
            "{}",
            tr.message(
                &Message::new("problem-too-many-attempts-detail")
                    .with("minutes", retry_after_minutes)
            )
        ),
    }
}

/// Input refused field by field: `invalid input: password: must be at least 12 characters`.
pub fn invalid(errors: &ValidationErrors) -> anyhow::Error {
    let tr = i18n::current();
    anyhow::anyhow!(
        "{}",
        tr.t1("cli-invalid-input", "fields", tr.fields(errors))
    )
}

/// One refused argument, named as the operator typed it: `--as: must be …`.
fn refused(argument: &str, error: impl Explain) -> anyhow::Error {
    let tr = i18n::current();
    let field = Message::new("problem-field")
        .with("field", argument)
        .with("message", error.message());
    anyhow::anyhow!(
        "{}",
        tr.t1("cli-invalid-input", "fields", tr.message(&field))
    )
}

/// A line of the command's report, in the operator's language.
fn say(id: &str, args: &[(&'static str, Arg<'_>)]) {
    println!("{}", i18n::current().t_with(id, args));
}

/// Runs one of the administrative subcommands against the database.
pub async fn run_admin(command: &Command, config: &Config) -> anyhow::Result<()> {
    let store = Store::open(config.database_url.expose()).await?;
    let app = App::new(
        store,
        Settings {
            session_hours: config.session_hours,
            max_attachment_bytes: config.max_attachment_bytes,
            search_dir: config.search_dir(),
            ..Settings::default()
        },
    );
    match command {
        Command::User { command, .. } => user(&app, command).await,
        Command::Group { command, .. } => group(&app, command).await,
        Command::Indicator { command } => indicator(&app, command).await,
        _ => bail!("not an administrative command"),
    }
}

async fn user(app: &App, command: &UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add {
            username,
            display_name,
            admin,
            clearance,
            time_zone,
            email,
        } => {
            let password = read_password()?;
            let input = UserInput {
                username: username.clone(),
                password,
                display_name: display_name.clone(),
                is_admin: *admin,
                clearance: clearance.clone(),
                time_zone: time_zone.clone(),
                email: email.clone(),
            };
            let request = input.parse().map_err(|errors| invalid(&errors))?;
            app.create_account(Actor::Installation, request)
                .await
                .map_err(explain)?;
            say(
                "cli-user-created",
                &[("username", username.as_str().into())],
            );
        }
        UserCommand::List => list_users(app).await?,
        UserCommand::Passwd { username } => {
            let username = Username::parse(username).map_err(|e| refused("username", e))?;
            let password = read_password()?;
            app.set_password(Actor::Installation, &username, &password)
                .await
                .map_err(explain)?;
            say(
                "cli-password-changed",
                &[("username", username.as_str().into())],
            );
        }
        UserCommand::Disable { username } => {
            let username = Username::parse(username).map_err(|e| refused("username", e))?;
            app.disable_account(Actor::Installation, &username)
                .await
                .map_err(explain)?;
            say(
                "cli-user-disabled",
                &[("username", username.as_str().into())],
            );
        }
    }
    Ok(())
}

/// One line per account: username, name, clearance, and whether it is active or an
/// administrator's.
async fn list_users(app: &App) -> anyhow::Result<()> {
    let tr = i18n::current();
    for account in app.accounts(Actor::Installation).await.map_err(explain)? {
        let state = tr.t(if account.disabled {
            "cli-account-disabled"
        } else {
            "cli-account-active"
        });
        let admin = if account.is_admin {
            format!(" {}", tr.t("cli-account-administrator"))
        } else {
            String::new()
        };
        println!(
            "{}\t{}\t{}\t{state}{admin}",
            account.username,
            account.display_name,
            account.clearance.as_str()
        );
    }
    Ok(())
}

async fn group(app: &App, command: &GroupCommand) -> anyhow::Result<()> {
    match command {
        GroupCommand::Create { file } => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            let input: GroupInput = serde_json::from_str(&text)
                .with_context(|| format!("parsing {}", file.display()))?;
            let charter = input.parse().map_err(|errors| invalid(&errors))?;
            let code = charter.code.clone();
            app.create_group(Actor::Installation, charter)
                .await
                .map_err(explain)?;
            say("cli-group-founded", &[("code", code.as_str().into())]);
        }
        GroupCommand::List => {
            for group in app.all_groups(Actor::Installation).await.map_err(explain)? {
                let parties = i18n::current().t1("cli-group-parties", "count", group.parties.len());
                println!("{}\t{}\t{parties}", group.code, group.name);
            }
        }
        GroupCommand::Place {
            group,
            username,
            party,
            role,
            title,
        } => {
            let code = GroupCode::parse(group).map_err(|e| refused("group", e))?;
            let placement = DelegationInput {
                username: username.clone(),
                party: party.clone(),
                role: role.clone(),
                title: title.clone(),
            }
            .parse()
            .map_err(|errors| invalid(&errors))?;
            app.place_in_group(Actor::Installation, &code, placement)
                .await
                .map_err(explain)?;
            say(
                "cli-placed",
                &[
                    ("username", username.as_str().into()),
                    ("code", code.as_str().into()),
                ],
            );
        }
    }
    Ok(())
}

async fn indicator(app: &App, command: &IndicatorCommand) -> anyhow::Result<()> {
    let IndicatorCommand::Import {
        group,
        indicator,
        file,
        source,
        username,
    } = command;
    let code = IndicatorCode::parse(indicator).map_err(|e| refused("indicator", e))?;
    let username = username
        .as_deref()
        .map(Username::parse)
        .transpose()
        .map_err(|e| refused("--as", e))?;
    let table = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let query = ImportQuery {
        source: source.clone(),
        ..ImportQuery::default()
    };
    let (source, marking) = query.parse().map_err(|errors| invalid(&errors))?;
    let (caller, id) = app
        .importer_for(group, &code, username.as_ref())
        .await
        .map_err(explain)?;
    let count = app
        .import_observations(&caller, id, &table, source, marking)
        .await
        .map_err(explain)?;
    say(
        "cli-imported",
        &[
            ("count", count.into()),
            ("group", group.as_str().into()),
            ("indicator", code.as_str().into()),
        ],
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
