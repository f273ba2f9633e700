//! The demo group of `majlis serve --demo` (shared/spec/DEMO-DATA.md): the Contact Group on
//! Afghanistan, its delegations (`people.rs`), its two past meetings and the planned next one
//! (`meetings.rs`), its texts (`texts.rs`), a background note with an attachment (`papers.rs`), its roadmap (`roadmap.rs`), and its figures and
//! agreements (`figures.rs`). Loaded only into an empty database, through the same use cases
//! as everything else, so the journal records it like any other change.

mod figures;
mod meetings;
mod papers;
mod people;
mod roadmap;
mod texts;

use super::{App, AppError, AppResult};
use crate::domain::names::{Label, PartyCode, Username};
use crate::domain::time::ZoneName;

/// A demo account and the password it was given.
pub struct DemoAccount {
    pub username: String,
    pub role: String,
    pub password: String,
}

/// The member parties: code, name, username prefix.
const MEMBERS: [(&str, &str, &str); 4] = [
    ("KZ", "Kazakhstan", "kz"),
    ("KG", "Kyrgyzstan", "kg"),
    ("TJ", "Tajikistan", "tj"),
    ("UZ", "Uzbekistan", "uz"),
];

// The demo's values are written here and always valid; a failure is a bug, reported as one.

fn label(text: &str) -> AppResult<Label> {
    Label::parse(text).map_err(|e| AppError::Internal(anyhow::anyhow!("demo label {text:?}: {e}")))
}

fn code(text: &str) -> AppResult<PartyCode> {
    PartyCode::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo party {text:?}: {e}")))
}

fn username(text: &str) -> AppResult<Username> {
    Username::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo username {text:?}: {e}")))
}

fn zone(text: &str) -> AppResult<ZoneName> {
    ZoneName::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo zone {text:?}: {e}")))
}

impl App {
    /// Loads the demo group into an empty database; returns the accounts with passwords, or
    /// `None` when the database already holds accounts (nothing is changed then).
    ///
    /// A `fixed_password` (the operator's `MAJLIS_DEMO_PASSWORD`) must pass the same rule as
    /// any other password, for every demo account; if it does not, nothing is loaded and the
    /// error names the variable and says why.
    pub async fn load_demo(
        &self,
        fixed_password: Option<&str>,
    ) -> AppResult<Option<Vec<DemoAccount>>> {
        if self.store.user_count().await? > 0 {
            return Ok(None);
        }
        let accounts = self.create_demo_accounts(fixed_password).await?;
        self.found_demo_group().await?;
        let secretariat = self.caller_by_username(&username("secretariat")?).await?;
        let first = self.load_demo_meetings(&secretariat).await?;
        self.load_demo_texts(&secretariat, first).await?;
        self.load_demo_figures(&secretariat).await?;
        self.load_demo_roadmap(&secretariat).await?;
        self.load_demo_papers(&secretariat).await?;
        Ok(Some(accounts))
    }
}
