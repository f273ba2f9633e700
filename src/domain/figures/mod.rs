//! Figures the group watches (DOMAIN.md §6): money in minor units, periods of days,
//! indicators' observations with their sources and conflicts, targets with the progress and
//! growth they imply, and reading figures from a table. Exact decimals throughout, never
//! floats.

pub mod comtrade;
pub mod import;
pub mod money;
pub mod observation;
pub mod period;
pub mod target;

#[cfg(test)]
mod import_tests;

pub use money::{Currency, Money, MoneyError, Totals};
pub use observation::{conflicts, Conflict, ConflictKind, Flow, Observation, Source};
pub use period::{Period, PeriodError};
pub use target::{growth_needed, progress, Goal, Progress};
