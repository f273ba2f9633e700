//! Decision procedures (DOMAIN.md §4.1 consensus round, §4.2 silence procedure) as a pure state
//! machine: a procedure's rules, the events recorded in it in order, and an instant give its
//! state. Outcomes are never written by hand; they are computed here, the same way for the
//! scheduler, for every read and for a replay of the journal. `check` says whether a new event
//! may be recorded now; `decide` leaves out any event that `check` would have refused, so that a
//! journal replayed later gives exactly the answer that was given live.

pub mod attention;
mod event;
mod outcome;
mod position;
mod refusal;
mod round;
mod rules;

use jiff::Timestamp;

pub use event::{Act, Authority, Event};
pub use outcome::{Answer, Outcome, OutcomeKind, Reason, State};
pub use position::Position;
pub use refusal::{MissingText, Refusal};
pub use rules::{check_silence_deadline, ProcedureKind, ProcedureRules};

pub use round::Round;

use super::names::Note;

/// The longest text (reason, statement) a party may attach to an act, in characters.
pub const MAX_TEXT_CHARS: usize = Note::MAX;

/// The state of a procedure at `now`, from its events in journal order.
///
/// Events stamped after `now` have not happened yet and are left out, as is every event that
/// [`check`] would have refused when it was recorded (judged at its own instant): a replay of
/// any journal gives the answer that was given live. Before the deadline and without a closing
/// event the procedure is open; from the deadline on it has its deadline outcome.
pub fn decide(rules: &ProcedureRules, events: &[Event], now: Timestamp) -> State {
    Round::replay(rules.clone(), events, now).state_at(now)
}

/// Whether `event` may be recorded now, after `events_so_far`.
///
/// The server records every act at its own clock, so `event` must be stamped `now`; a client's
/// clock never decides whether a deadline has passed. An act on a procedure that is closed at
/// `now` (by an event, or because its deadline passed) is refused: in particular a new version
/// of the text has nothing to supersede in a procedure that is already closed.
pub fn check(
    rules: &ProcedureRules,
    events_so_far: &[Event],
    event: &Event,
    now: Timestamp,
) -> Result<(), Refusal> {
    // Every recorded event counts here, even one stamped after `now` (a clock that stepped
    // back): it then refuses the new act as behind the last one, and order stays monotonic.
    Round::replay(rules.clone(), events_so_far, Timestamp::MAX).check(event, now)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod who_acts_tests;
