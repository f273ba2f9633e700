//! What clients send, as the JSON API and the web forms both accept it, and how each input is
//! parsed into domain types with one message per bad field. JSON bodies reject unknown fields.
//! One file per resource: `accounts.rs` (sign-in, tokens, users, passwords), `groups.rs`
//! (charters, delegations, authorisations), `meetings.rs`, `texts.rs` (texts and procedures), `papers.rs` (papers and attachments), `events.rs` (where an event stream resumes).

mod accounts;
pub mod comments;
pub mod events;
pub mod figures;
pub mod followup;
mod groups;
mod meetings;
pub mod object;
pub mod papers;
pub mod roadmaps;
pub mod search;
pub mod texts;
pub mod whole;

pub use accounts::*;
pub use groups::*;
pub use meetings::*;

/// An optional text field: absent and blank mean "not given".
pub(crate) fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}
