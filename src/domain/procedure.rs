//! Decision procedures (DOMAIN.md §4.1 consensus round, §4.2 silence procedure) as a pure state
//! machine: a procedure's rules, the events recorded in it in order, and an instant give its
//! state. Outcomes are never written by hand; they are computed here, the same way for the
//! scheduler, for every read and for a replay of the journal. `check` says whether a new event
//! may be recorded now; `decide` leaves out any event that `check` would have refused, so that a
//! journal replayed later gives exactly the answer that was given live.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use jiff::{SignedDuration, Timestamp};
use thiserror::Error;

use super::names::{Note, PartyCode};
use super::role::UnknownVariant;

/// The longest text (reason, statement) a party may attach to an act, in characters.
pub const MAX_TEXT_CHARS: usize = Note::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProcedureKind {
    /// Written consultation: each member records a position (§4.1).
    Consensus,
    /// Adopted at the deadline unless a member breaks silence before it (§4.2).
    Silence,
}

impl ProcedureKind {
    pub const ALL: [ProcedureKind; 2] = [ProcedureKind::Consensus, ProcedureKind::Silence];

    pub fn as_str(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => "consensus",
            ProcedureKind::Silence => "silence",
        }
    }

    /// How a person calls it, e.g. in "breaking silence has no place in a consensus round".
    pub fn label(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => "consensus round",
            ProcedureKind::Silence => "silence procedure",
        }
    }

    /// What a party may do instead, for a refusal of an act of the other procedure.
    fn what_to_do_instead(self) -> &'static str {
        match self {
            ProcedureKind::Consensus => {
                "record a position instead (object, or concur with a statement)"
            }
            ProcedureKind::Silence => "break silence or lodge an interpretive statement instead",
        }
    }
}

impl FromStr for ProcedureKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant("consensus, silence"))
    }
}

impl fmt::Display for ProcedureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is fixed when a procedure opens. Extensions of the deadline are events, not changes
/// to the rules, so that the journal alone tells how the deadline moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureRules {
    pub kind: ProcedureKind,
    /// The member parties with a voice, as the group stood when the procedure opened.
    pub members: Vec<PartyCode>,
    /// Concurring parties needed to adopt by consensus (the group's effective quorum).
    pub quorum: u32,
    pub opened_at: Timestamp,
    /// The deadline set at opening.
    pub deadline: Timestamp,
}

impl ProcedureRules {
    /// Whether the procedure may open as set: its deadline after the opening and, under
    /// silence, at least the group's minimum silence period ahead.
    pub fn check_opening(&self, min_silence_hours: u32) -> Result<(), Refusal> {
        match self.kind {
            ProcedureKind::Consensus if self.deadline <= self.opened_at => {
                Err(Refusal::DeadlineNotAfterOpening)
            }
            ProcedureKind::Consensus => Ok(()),
            ProcedureKind::Silence => {
                check_silence_deadline(self.opened_at, self.deadline, min_silence_hours)
            }
        }
    }
}

/// A silence deadline must be after the opening and at least `min_silence_hours` ahead of it;
/// a group may set 0 hours for urgent business, which still leaves parties some time to break.
pub fn check_silence_deadline(
    opened_at: Timestamp,
    deadline: Timestamp,
    min_silence_hours: u32,
) -> Result<(), Refusal> {
    if deadline <= opened_at {
        return Err(Refusal::DeadlineNotAfterOpening);
    }
    // A minimum beyond the calendar can never be met: its earliest deadline is the end of time.
    let earliest = opened_at
        .checked_add(SignedDuration::from_hours(i64::from(min_silence_hours)))
        .unwrap_or(Timestamp::MAX);
    if deadline < earliest {
        return Err(Refusal::SilenceTooShort {
            min_hours: min_silence_hours,
            earliest,
        });
    }
    Ok(())
}

/// A member party's position in a consensus round (§4.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Concur,
    /// Joins consensus; the interpretive statement is attached to the decision record.
    ConcurWithStatement(String),
    /// Does not block and declines to apply the decision (constructive abstention).
    StandAside(Option<String>),
    /// Concurs subject to confirmation by the party's capital before `confirm_by`.
    AdReferendum {
        confirm_by: Timestamp,
    },
    /// Blocks; the reason is required.
    Object(String),
}

impl Position {
    pub fn as_str(&self) -> &'static str {
        match self {
            Position::Concur => "concur",
            Position::ConcurWithStatement(_) => "concur_with_statement",
            Position::StandAside(_) => "stand_aside",
            Position::AdReferendum { .. } => "ad_referendum",
            Position::Object(_) => "object",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Position::Concur => "concur",
            Position::ConcurWithStatement(_) => "concur with statement",
            Position::StandAside(_) => "stand aside",
            Position::AdReferendum { .. } => "ad referendum",
            Position::Object(_) => "object",
        }
    }

    /// Counts towards the quorum. An ad referendum does not until it is confirmed.
    pub fn is_concurring(&self) -> bool {
        matches!(self, Position::Concur | Position::ConcurWithStatement(_))
    }

    /// Lets the round be adopted: the party concurs or stands aside.
    pub fn allows_adoption(&self) -> bool {
        self.is_concurring() || matches!(self, Position::StandAside(_))
    }

    /// The text that goes with the position into the decision record, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Position::ConcurWithStatement(text) | Position::Object(text) => Some(text),
            Position::StandAside(text) => text.as_deref(),
            Position::Concur | Position::AdReferendum { .. } => None,
        }
    }
}

/// One act recorded in a procedure, with the instant `at` the server recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Consensus: a member records its position or changes it while the round is open.
    Position {
        party: PartyCode,
        position: Position,
        at: Timestamp,
    },
    /// Consensus: the capital confirms an ad referendum position, which becomes `concur`.
    Confirm { party: PartyCode, at: Timestamp },
    /// Consensus: the capital declines an ad referendum position, which becomes `object`.
    Decline {
        party: PartyCode,
        reason: String,
        at: Timestamp,
    },
    /// Silence: a member breaks silence with a written objection or an amendment.
    Break {
        party: PartyCode,
        reason: String,
        at: Timestamp,
    },
    /// Silence: an interpretive statement that does not break silence.
    Statement {
        party: PartyCode,
        text: String,
        at: Timestamp,
    },
    /// The chair moves the deadline later, before it passes.
    Extend { deadline: Timestamp, at: Timestamp },
    /// The chair withdraws the procedure.
    Withdraw { at: Timestamp },
    /// A new version of the text was made: the procedure on the old one closes.
    Superseded { at: Timestamp },
}

impl Event {
    pub fn at(&self) -> Timestamp {
        match self {
            Event::Position { at, .. }
            | Event::Confirm { at, .. }
            | Event::Decline { at, .. }
            | Event::Break { at, .. }
            | Event::Statement { at, .. }
            | Event::Extend { at, .. }
            | Event::Withdraw { at }
            | Event::Superseded { at } => *at,
        }
    }

    /// The party that acts, for acts of a party (not of the chair or of the text).
    pub fn party(&self) -> Option<&PartyCode> {
        match self {
            Event::Position { party, .. }
            | Event::Confirm { party, .. }
            | Event::Decline { party, .. }
            | Event::Break { party, .. }
            | Event::Statement { party, .. } => Some(party),
            Event::Extend { .. } | Event::Withdraw { .. } | Event::Superseded { .. } => None,
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Event::Position { .. } => "position",
            Event::Confirm { .. } => "confirm",
            Event::Decline { .. } => "decline",
            Event::Break { .. } => "break",
            Event::Statement { .. } => "statement",
            Event::Extend { .. } => "extend",
            Event::Withdraw { .. } => "withdraw",
            Event::Superseded { .. } => "superseded",
        }
    }

    /// The act in words, for a refusal that says it does not belong in this procedure.
    fn described(&self) -> &'static str {
        match self {
            Event::Position { .. } => "recording a position",
            Event::Confirm { .. } => "confirming an ad referendum position",
            Event::Decline { .. } => "declining an ad referendum position",
            Event::Break { .. } => "breaking silence",
            Event::Statement { .. } => "a separate interpretive statement",
            Event::Extend { .. } => "extending the deadline",
            Event::Withdraw { .. } => "withdrawing",
            Event::Superseded { .. } => "superseding",
        }
    }

    /// The kind of procedure the act belongs to; `None` for acts that belong to both.
    fn belongs_to(&self) -> Option<ProcedureKind> {
        match self {
            Event::Position { .. } | Event::Confirm { .. } | Event::Decline { .. } => {
                Some(ProcedureKind::Consensus)
            }
            Event::Break { .. } | Event::Statement { .. } => Some(ProcedureKind::Silence),
            Event::Extend { .. } | Event::Withdraw { .. } | Event::Superseded { .. } => None,
        }
    }
}

/// Why a procedure was not adopted, as the decision record states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The objection stood at the deadline.
    Objected {
        party: PartyCode,
        reason: String,
    },
    /// The party recorded no position before the deadline.
    NotAnswered {
        party: PartyCode,
    },
    /// The party's capital had not confirmed its ad referendum position at the deadline.
    AdReferendumUnconfirmed {
        party: PartyCode,
        confirm_by: Timestamp,
    },
    BrokeSilence {
        party: PartyCode,
        reason: String,
    },
    /// Nobody blocked, but too few parties concurred (the others stood aside).
    QuorumNotReached {
        concurring: u32,
        quorum: u32,
    },
}

impl Reason {
    pub fn party(&self) -> Option<&PartyCode> {
        match self {
            Reason::Objected { party, .. }
            | Reason::NotAnswered { party }
            | Reason::AdReferendumUnconfirmed { party, .. }
            | Reason::BrokeSilence { party, .. } => Some(party),
            Reason::QuorumNotReached { .. } => None,
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Objected { party, reason } => write!(f, "{party} objects: {reason}"),
            Reason::NotAnswered { party } => write!(f, "{party} did not answer"),
            Reason::AdReferendumUnconfirmed { party, confirm_by } => write!(
                f,
                "{party} concurred ad referendum and its capital did not confirm (due by {confirm_by})"
            ),
            Reason::BrokeSilence { party, reason } => write!(f, "{party} broke silence: {reason}"),
            Reason::QuorumNotReached { concurring, quorum } => write!(
                f,
                "{concurring} parties concurred where {quorum} are needed; the others stood aside"
            ),
        }
    }
}

/// Where a procedure stands. Every closed outcome carries the instant it closed, which does
/// not depend on when it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Open,
    Adopted { at: Timestamp },
    NotAdopted { at: Timestamp, reasons: Vec<Reason> },
    Withdrawn { at: Timestamp },
    Superseded { at: Timestamp },
}

impl Outcome {
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::Open => OutcomeKind::Open,
            Outcome::Adopted { .. } => OutcomeKind::Adopted,
            Outcome::NotAdopted { .. } => OutcomeKind::NotAdopted,
            Outcome::Withdrawn { .. } => OutcomeKind::Withdrawn,
            Outcome::Superseded { .. } => OutcomeKind::Superseded,
        }
    }

    /// When the procedure closed; `None` while it is open.
    pub fn closed_at(&self) -> Option<Timestamp> {
        match self {
            Outcome::Open => None,
            Outcome::Adopted { at }
            | Outcome::NotAdopted { at, .. }
            | Outcome::Withdrawn { at }
            | Outcome::Superseded { at } => Some(*at),
        }
    }

    pub fn is_open(&self) -> bool {
        matches!(self, Outcome::Open)
    }
}

/// An outcome without its details, as stored and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeKind {
    Open,
    Adopted,
    NotAdopted,
    Withdrawn,
    Superseded,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::Open,
        OutcomeKind::Adopted,
        OutcomeKind::NotAdopted,
        OutcomeKind::Withdrawn,
        OutcomeKind::Superseded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Open => "open",
            OutcomeKind::Adopted => "adopted",
            OutcomeKind::NotAdopted => "not_adopted",
            OutcomeKind::Withdrawn => "withdrawn",
            OutcomeKind::Superseded => "superseded",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::NotAdopted => "not adopted",
            other => other.as_str(),
        }
    }
}

impl FromStr for OutcomeKind {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or(UnknownVariant(
                "open, adopted, not_adopted, withdrawn, superseded",
            ))
    }
}

impl fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A procedure as of one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub outcome: Outcome,
    /// Consensus: each member's current (once closed, final) position; a member that has not
    /// answered is absent. Empty under silence, where parties record no positions.
    pub positions: BTreeMap<PartyCode, Position>,
    /// Texts that go with the decision: under silence the interpretive statements in the order
    /// lodged; in a consensus round the texts of the current positions that carry one
    /// (concur with statement, stand aside), in the order of the members.
    pub statements: Vec<(PartyCode, String)>,
    /// The deadline after every extension.
    pub deadline: Timestamp,
}

/// Which text an act lacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingText {
    ObjectionReason,
    DeclineReason,
    ConcurStatement,
    StandAsideText,
    BreakReason,
    InterpretiveStatement,
}

impl fmt::Display for MissingText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MissingText::ObjectionReason => "an objection must give its reason",
            MissingText::DeclineReason => {
                "declining an ad referendum position must give the capital's reason, as it stands as an objection"
            }
            MissingText::ConcurStatement => "concurring with a statement needs the statement",
            MissingText::StandAsideText => {
                "the text of a stand aside must not be blank (it may be left out)"
            }
            MissingText::BreakReason => {
                "breaking silence needs the written objection or amendment"
            }
            MissingText::InterpretiveStatement => "an interpretive statement must not be blank",
        })
    }
}

/// Why an act cannot be recorded in a procedure now.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("this procedure is closed: {}", .0.label())]
    Closed(OutcomeKind),
    #[error("the deadline passed at {deadline}")]
    DeadlinePassed { deadline: Timestamp },
    #[error("the procedure opens only at {opened_at}")]
    BeforeOpening { opened_at: Timestamp },
    #[error("this act is dated {at} but the server's time is {now}: acts are recorded at the server's time")]
    NotStampedNow { at: Timestamp, now: Timestamp },
    #[error("the server's clock is behind the last act of this procedure ({last}); try again in a moment")]
    BehindLastAct { last: Timestamp },
    #[error("{act} has no place in a {}: {}", .kind.label(), .kind.what_to_do_instead())]
    WrongKind {
        act: &'static str,
        kind: ProcedureKind,
    },
    #[error("{0} is not a member party with a voice in this procedure")]
    NotAMember(PartyCode),
    #[error("{party} holds no ad referendum position to {act}")]
    NoAdReferendum { party: PartyCode, act: &'static str },
    #[error("the time for the capital of {party} to confirm passed at {confirm_by}; record a position instead")]
    ConfirmationTimePassed {
        party: PartyCode,
        confirm_by: Timestamp,
    },
    #[error("the capital's confirmation deadline ({confirm_by}) must be later than now")]
    ConfirmByNotAhead { confirm_by: Timestamp },
    #[error("{0}")]
    TextMissing(MissingText),
    #[error("a text may have at most {max} characters")]
    TextTooLong { max: usize },
    #[error("the new deadline must be later than the current one, {current}")]
    ExtensionNotLater { current: Timestamp },
    #[error("the deadline must be after the opening")]
    DeadlineNotAfterOpening,
    #[error("the silence must last at least {min_hours} hours: the deadline can be {earliest} at the earliest")]
    SilenceTooShort { min_hours: u32, earliest: Timestamp },
}

/// The state of a procedure at `now`, from its events in journal order.
///
/// Events stamped after `now` have not happened yet and are left out, as is every event that
/// [`check`] would have refused when it was recorded (judged at its own instant): a replay of
/// any journal gives the answer that was given live. Before the deadline and without a closing
/// event the procedure is open; from the deadline on it has its deadline outcome.
pub fn decide(rules: &ProcedureRules, events: &[Event], now: Timestamp) -> State {
    Round::replay(rules, events, now).state_at(now)
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
    let round = Round::replay(rules, events_so_far, Timestamp::MAX);
    if let Some(outcome) = &round.closed {
        return Err(Refusal::Closed(outcome.kind()));
    }
    if now >= round.deadline {
        return Err(Refusal::DeadlinePassed {
            deadline: round.deadline,
        });
    }
    if event.at() != now {
        return Err(Refusal::NotStampedNow {
            at: event.at(),
            now,
        });
    }
    round.refusal(event)
}

/// The machine that replays events. `closed` holds an outcome reached by an event; the
/// deadline outcome is not stored but computed for the instant asked about.
struct Round<'r> {
    rules: &'r ProcedureRules,
    /// Each member once, in the order of the rules, which is the order of the record.
    members: Vec<&'r PartyCode>,
    positions: BTreeMap<PartyCode, Position>,
    statements: Vec<(PartyCode, String)>,
    deadline: Timestamp,
    closed: Option<Outcome>,
    last_at: Option<Timestamp>,
}

impl<'r> Round<'r> {
    fn open(rules: &'r ProcedureRules) -> Self {
        let mut round = Self {
            rules,
            members: Vec::with_capacity(rules.members.len()),
            positions: BTreeMap::new(),
            statements: Vec::new(),
            deadline: rules.deadline,
            closed: None,
            last_at: None,
        };
        for party in &rules.members {
            if !round.members.contains(&party) {
                round.members.push(party);
            }
        }
        // Only a degenerate round (no members, no quorum) agrees before anyone acts; it is
        // adopted as it opens rather than at a deadline that would wait for nobody.
        round.adopt_if_agreed(rules.opened_at);
        round
    }

    fn replay(rules: &'r ProcedureRules, events: &[Event], until: Timestamp) -> Self {
        let mut round = Self::open(rules);
        for event in events {
            if event.at() <= until && round.refusal(event).is_ok() {
                round.apply(event);
            }
        }
        round
    }

    /// Whether `event` may follow the events applied so far, judged at its own instant.
    fn refusal(&self, event: &Event) -> Result<(), Refusal> {
        let at = event.at();
        if let Some(outcome) = &self.closed {
            return Err(Refusal::Closed(outcome.kind()));
        }
        if at >= self.deadline {
            return Err(Refusal::DeadlinePassed {
                deadline: self.deadline,
            });
        }
        if at < self.rules.opened_at {
            return Err(Refusal::BeforeOpening {
                opened_at: self.rules.opened_at,
            });
        }
        if let Some(last) = self.last_at.filter(|last| *last > at) {
            return Err(Refusal::BehindLastAct { last });
        }
        if event
            .belongs_to()
            .is_some_and(|kind| kind != self.rules.kind)
        {
            return Err(Refusal::WrongKind {
                act: event.described(),
                kind: self.rules.kind,
            });
        }
        if let Some(party) = event.party().filter(|party| !self.members.contains(party)) {
            return Err(Refusal::NotAMember(party.clone()));
        }
        match event {
            Event::Position { position, .. } => check_position(position, at),
            Event::Confirm { party, .. } => match self.positions.get(party) {
                Some(Position::AdReferendum { confirm_by }) if at >= *confirm_by => {
                    Err(Refusal::ConfirmationTimePassed {
                        party: party.clone(),
                        confirm_by: *confirm_by,
                    })
                }
                Some(Position::AdReferendum { .. }) => Ok(()),
                _ => Err(Refusal::NoAdReferendum {
                    party: party.clone(),
                    act: "confirm",
                }),
            },
            Event::Decline { party, reason, .. } => match self.positions.get(party) {
                // A capital may say no even after its time to confirm: the answer is the same.
                Some(Position::AdReferendum { .. }) => {
                    check_text(reason, MissingText::DeclineReason)
                }
                _ => Err(Refusal::NoAdReferendum {
                    party: party.clone(),
                    act: "decline",
                }),
            },
            Event::Break { reason, .. } => check_text(reason, MissingText::BreakReason),
            Event::Statement { text, .. } => check_text(text, MissingText::InterpretiveStatement),
            Event::Extend { deadline, .. } if *deadline <= self.deadline => {
                Err(Refusal::ExtensionNotLater {
                    current: self.deadline,
                })
            }
            Event::Extend { .. } | Event::Withdraw { .. } | Event::Superseded { .. } => Ok(()),
        }
    }

    /// Applies an event that `refusal` accepted.
    fn apply(&mut self, event: &Event) {
        let at = event.at();
        self.last_at = Some(at);
        match event {
            Event::Position {
                party, position, ..
            } => {
                self.positions.insert(party.clone(), position.clone());
                self.adopt_if_agreed(at);
            }
            Event::Confirm { party, .. } => {
                self.positions.insert(party.clone(), Position::Concur);
                self.adopt_if_agreed(at);
            }
            Event::Decline { party, reason, .. } => {
                self.positions
                    .insert(party.clone(), Position::Object(reason.clone()));
            }
            Event::Break { party, reason, .. } => {
                self.closed = Some(Outcome::NotAdopted {
                    at,
                    reasons: vec![Reason::BrokeSilence {
                        party: party.clone(),
                        reason: reason.clone(),
                    }],
                });
            }
            Event::Statement { party, text, .. } => {
                self.statements.push((party.clone(), text.clone()));
            }
            Event::Extend { deadline, .. } => self.deadline = *deadline,
            Event::Withdraw { .. } => self.closed = Some(Outcome::Withdrawn { at }),
            Event::Superseded { .. } => self.closed = Some(Outcome::Superseded { at }),
        }
    }

    fn concurring(&self) -> u32 {
        let count = self
            .members
            .iter()
            .filter(|party| {
                self.positions
                    .get(**party)
                    .is_some_and(Position::is_concurring)
            })
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    fn every_member_allows_adoption(&self) -> bool {
        self.members.iter().all(|party| {
            self.positions
                .get(*party)
                .is_some_and(Position::allows_adoption)
        })
    }

    /// Consensus is reached at the first instant the last blocking position is lifted with
    /// the quorum concurring; adoption closes the round there and then.
    fn adopt_if_agreed(&mut self, at: Timestamp) {
        if self.rules.kind == ProcedureKind::Consensus
            && self.every_member_allows_adoption()
            && self.concurring() >= self.rules.quorum
        {
            self.closed = Some(Outcome::Adopted { at });
        }
    }

    fn outcome_at(&self, now: Timestamp) -> Outcome {
        if let Some(outcome) = &self.closed {
            return outcome.clone();
        }
        if now < self.deadline {
            return Outcome::Open;
        }
        let at = self.deadline;
        match self.rules.kind {
            ProcedureKind::Silence => Outcome::Adopted { at },
            ProcedureKind::Consensus => Outcome::NotAdopted {
                at,
                reasons: self.reasons_at_the_deadline(),
            },
        }
    }

    /// Each member that kept the round from consensus, in the order of the members. Only when
    /// nobody did is the quorum the reason: the record must name a party's objection or silence.
    fn reasons_at_the_deadline(&self) -> Vec<Reason> {
        let reasons: Vec<Reason> = self
            .members
            .iter()
            .filter_map(|party| {
                let party = (*party).clone();
                match self.positions.get(&party) {
                    None => Some(Reason::NotAnswered { party }),
                    Some(Position::Object(reason)) => Some(Reason::Objected {
                        party,
                        reason: reason.clone(),
                    }),
                    Some(Position::AdReferendum { confirm_by }) => {
                        Some(Reason::AdReferendumUnconfirmed {
                            party,
                            confirm_by: *confirm_by,
                        })
                    }
                    Some(_) => None,
                }
            })
            .collect();
        if reasons.is_empty() {
            vec![Reason::QuorumNotReached {
                concurring: self.concurring(),
                quorum: self.rules.quorum,
            }]
        } else {
            reasons
        }
    }

    fn state_at(self, now: Timestamp) -> State {
        let outcome = self.outcome_at(now);
        let statements = match self.rules.kind {
            ProcedureKind::Silence => self.statements,
            ProcedureKind::Consensus => self
                .members
                .iter()
                .filter_map(|party| {
                    let position = self.positions.get(*party)?;
                    let text = position.text().filter(|_| position.allows_adoption())?;
                    Some(((*party).clone(), text.to_owned()))
                })
                .collect(),
        };
        State {
            outcome,
            positions: self.positions,
            statements,
            deadline: self.deadline,
        }
    }
}

fn check_position(position: &Position, at: Timestamp) -> Result<(), Refusal> {
    match position {
        Position::Concur | Position::StandAside(None) => Ok(()),
        Position::ConcurWithStatement(text) => check_text(text, MissingText::ConcurStatement),
        Position::StandAside(Some(text)) => check_text(text, MissingText::StandAsideText),
        Position::Object(reason) => check_text(reason, MissingText::ObjectionReason),
        Position::AdReferendum { confirm_by } if *confirm_by <= at => {
            Err(Refusal::ConfirmByNotAhead {
                confirm_by: *confirm_by,
            })
        }
        Position::AdReferendum { .. } => Ok(()),
    }
}

fn check_text(text: &str, missing: MissingText) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        return Err(Refusal::TextMissing(missing));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(Refusal::TextTooLong {
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ProcedureKind::{Consensus, Silence};

    /// 2026-01-01T00:00:00Z, when every procedure in these tests opens.
    const OPENED: i64 = 1_767_225_600;

    fn party(code: &str) -> PartyCode {
        PartyCode::parse(code).expect("valid code")
    }

    /// The instant `minutes` after the opening.
    fn minute(minutes: i64) -> Timestamp {
        Timestamp::from_second(OPENED + minutes * 60).expect("valid instant")
    }

    fn hour(hours: i64) -> Timestamp {
        minute(hours * 60)
    }

    fn rules(kind: ProcedureKind, members: &[&str], quorum: u32, hours: i64) -> ProcedureRules {
        ProcedureRules {
            kind,
            members: members.iter().map(|code| party(code)).collect(),
            quorum,
            opened_at: hour(0),
            deadline: hour(hours),
        }
    }

    /// Four members, default quorum (3), 48 hours.
    fn round() -> ProcedureRules {
        rules(Consensus, &["KZ", "KG", "TJ", "UZ"], 3, 48)
    }

    /// Four members, 24 hours of silence.
    fn silence() -> ProcedureRules {
        rules(Silence, &["KZ", "KG", "TJ", "UZ"], 3, 24)
    }

    fn position(code: &str, position: Position, at: Timestamp) -> Event {
        Event::Position {
            party: party(code),
            position,
            at,
        }
    }

    fn concur(code: &str, at: Timestamp) -> Event {
        position(code, Position::Concur, at)
    }

    fn object(code: &str, reason: &str, at: Timestamp) -> Event {
        position(code, Position::Object(reason.to_owned()), at)
    }

    fn stand_aside(code: &str, at: Timestamp) -> Event {
        position(code, Position::StandAside(None), at)
    }

    fn ad_referendum(code: &str, confirm_by: Timestamp, at: Timestamp) -> Event {
        position(code, Position::AdReferendum { confirm_by }, at)
    }

    fn break_silence(code: &str, reason: &str, at: Timestamp) -> Event {
        Event::Break {
            party: party(code),
            reason: reason.to_owned(),
            at,
        }
    }

    /// Records events one by one as the server does, each at its own instant; every one must
    /// be accepted.
    fn record(rules: &ProcedureRules, events: Vec<Event>) -> Vec<Event> {
        let mut recorded = Vec::new();
        for event in events {
            if let Err(refusal) = check(rules, &recorded, &event, event.at()) {
                panic!("{event:?} was refused: {refusal}");
            }
            recorded.push(event);
        }
        recorded
    }

    /// What the server answers to `event` after `so_far`, at the event's instant.
    fn refused(rules: &ProcedureRules, so_far: &[Event], event: Event) -> Refusal {
        check(rules, so_far, &event, event.at()).expect_err("should be refused")
    }

    fn outcome(rules: &ProcedureRules, events: &[Event], now: Timestamp) -> Outcome {
        decide(rules, events, now).outcome
    }

    // Consensus round (§4.1)

    #[test]
    fn the_last_concurrence_adopts_at_its_instant() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                concur("UZ", hour(5)),
            ],
        );

        assert_eq!(outcome(&rules, &events[..3], hour(4)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(5)),
            Outcome::Adopted { at: hour(5) }
        );
    }

    #[test]
    fn a_round_stays_open_before_the_deadline_while_a_party_has_not_answered() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
            ],
        );

        assert_eq!(outcome(&rules, &events, hour(47)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(48)),
            Outcome::NotAdopted {
                at: hour(48),
                reasons: vec![Reason::NotAnswered { party: party("UZ") }],
            }
        );
    }

    #[test]
    fn an_objection_blocks_until_withdrawn_by_a_change_of_position() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                object("KG", "paragraph 3 prejudges the border talks", hour(1)),
                concur("KZ", hour(2)),
                concur("TJ", hour(3)),
                concur("UZ", hour(4)),
            ],
        );
        assert_eq!(outcome(&rules, &events, hour(10)), Outcome::Open);

        let mut changed = events.clone();
        changed.push(concur("KG", hour(11)));
        let changed = record(&rules, changed);

        assert_eq!(
            outcome(&rules, &changed, hour(11)),
            Outcome::Adopted { at: hour(11) }
        );
        assert_eq!(
            decide(&rules, &changed, hour(11))
                .positions
                .get(&party("KG")),
            Some(&Position::Concur)
        );
    }

    #[test]
    fn an_objection_that_stands_at_the_deadline_is_named_with_its_reason() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                object("KG", "the figures are not agreed", hour(2)),
                concur("TJ", hour(3)),
            ],
        );

        assert_eq!(
            outcome(&rules, &events, hour(60)),
            Outcome::NotAdopted {
                at: hour(48),
                reasons: vec![
                    Reason::Objected {
                        party: party("KG"),
                        reason: "the figures are not agreed".into(),
                    },
                    Reason::NotAnswered { party: party("UZ") },
                ],
            }
        );
    }

    #[test]
    fn two_concurrences_and_two_stand_asides_fall_short_of_a_quorum_of_three() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                stand_aside("TJ", hour(3)),
                stand_aside("UZ", hour(4)),
            ],
        );

        assert_eq!(outcome(&rules, &events, hour(47)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(48)),
            Outcome::NotAdopted {
                at: hour(48),
                reasons: vec![Reason::QuorumNotReached {
                    concurring: 2,
                    quorum: 3,
                }],
            }
        );
    }

    #[test]
    fn a_stand_aside_does_not_block_when_the_quorum_concurs() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                position(
                    "KG",
                    Position::StandAside(Some("will not apply article 4".into())),
                    hour(2),
                ),
                concur("TJ", hour(3)),
                position(
                    "UZ",
                    Position::ConcurWithStatement("read with the 2024 roadmap".into()),
                    hour(4),
                ),
            ],
        );

        let state = decide(&rules, &events, hour(4));
        assert_eq!(state.outcome, Outcome::Adopted { at: hour(4) });
        assert_eq!(
            state.statements,
            vec![
                (party("KG"), "will not apply article 4".to_owned()),
                (party("UZ"), "read with the 2024 roadmap".to_owned()),
            ]
        );
    }

    #[test]
    fn an_ad_referendum_does_not_yet_count_as_concurring() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                ad_referendum("UZ", hour(30), hour(4)),
            ],
        );

        assert_eq!(outcome(&rules, &events, hour(20)), Outcome::Open);
    }

    #[test]
    fn a_confirmed_ad_referendum_adopts_at_the_confirmation() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                ad_referendum("UZ", hour(30), hour(4)),
                Event::Confirm {
                    party: party("UZ"),
                    at: hour(29),
                },
            ],
        );

        let state = decide(&rules, &events, hour(29));
        assert_eq!(state.outcome, Outcome::Adopted { at: hour(29) });
        assert_eq!(state.positions.get(&party("UZ")), Some(&Position::Concur));
    }

    #[test]
    fn a_declined_ad_referendum_becomes_an_objection_with_the_capitals_reason() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                ad_referendum("UZ", hour(30), hour(1)),
                Event::Decline {
                    party: party("UZ"),
                    reason: "the ministry cannot accept paragraph 2".into(),
                    at: hour(20),
                },
            ],
        );

        let state = decide(&rules, &events, hour(48));
        assert_eq!(
            state.positions.get(&party("UZ")),
            Some(&Position::Object(
                "the ministry cannot accept paragraph 2".into()
            ))
        );
        let Outcome::NotAdopted { reasons, .. } = state.outcome else {
            panic!("expected not adopted, got {:?}", state.outcome);
        };
        assert!(reasons.contains(&Reason::Objected {
            party: party("UZ"),
            reason: "the ministry cannot accept paragraph 2".into(),
        }));
    }

    #[test]
    fn an_unconfirmed_ad_referendum_fails_the_round_at_the_deadline() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                ad_referendum("UZ", hour(24), hour(4)),
            ],
        );

        assert_eq!(outcome(&rules, &events, hour(30)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(48)),
            Outcome::NotAdopted {
                at: hour(48),
                reasons: vec![Reason::AdReferendumUnconfirmed {
                    party: party("UZ"),
                    confirm_by: hour(24),
                }],
            }
        );
    }

    #[test]
    fn an_ad_referendum_cannot_be_confirmed_after_its_confirmation_deadline() {
        let rules = round();
        let events = record(&rules, vec![ad_referendum("UZ", hour(24), hour(4))]);
        let late = Event::Confirm {
            party: party("UZ"),
            at: hour(24),
        };

        assert_eq!(
            refused(&rules, &events, late.clone()),
            Refusal::ConfirmationTimePassed {
                party: party("UZ"),
                confirm_by: hour(24),
            }
        );
        let mut with_late = events.clone();
        with_late.push(late);
        assert_eq!(
            decide(&rules, &with_late, hour(25))
                .positions
                .get(&party("UZ")),
            Some(&Position::AdReferendum {
                confirm_by: hour(24)
            })
        );
    }

    #[test]
    fn a_party_whose_capital_answered_late_may_still_record_concur() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                ad_referendum("UZ", hour(24), hour(4)),
                concur("UZ", hour(26)),
            ],
        );

        assert_eq!(
            outcome(&rules, &events, hour(26)),
            Outcome::Adopted { at: hour(26) }
        );
    }

    #[test]
    fn confirming_or_declining_without_an_ad_referendum_is_refused() {
        let rules = round();
        let events = record(&rules, vec![concur("KZ", hour(1))]);

        assert_eq!(
            refused(
                &rules,
                &events,
                Event::Confirm {
                    party: party("KZ"),
                    at: hour(2),
                }
            ),
            Refusal::NoAdReferendum {
                party: party("KZ"),
                act: "confirm",
            }
        );
        assert_eq!(
            refused(
                &rules,
                &events,
                Event::Decline {
                    party: party("KG"),
                    reason: "no".into(),
                    at: hour(2),
                }
            )
            .to_string(),
            "KG holds no ad referendum position to decline"
        );
    }

    #[test]
    fn a_confirmation_deadline_that_is_not_ahead_is_refused() {
        let rules = round();
        assert_eq!(
            refused(&rules, &[], ad_referendum("UZ", hour(2), hour(2))),
            Refusal::ConfirmByNotAhead {
                confirm_by: hour(2)
            }
        );
        assert!(check(
            &rules,
            &[],
            &ad_referendum("UZ", hour(100), hour(2)),
            hour(2)
        )
        .is_ok());
    }

    #[test]
    fn an_objection_needs_a_reason() {
        let rules = round();
        for reason in ["", "   ", "\n"] {
            assert_eq!(
                refused(&rules, &[], object("KZ", reason, hour(1))),
                Refusal::TextMissing(MissingText::ObjectionReason)
            );
        }
        assert_eq!(
            refused(
                &rules,
                &[],
                object("KZ", &"x".repeat(MAX_TEXT_CHARS + 1), hour(1))
            ),
            Refusal::TextTooLong {
                max: MAX_TEXT_CHARS
            }
        );
        assert!(check(
            &rules,
            &[],
            &object("KZ", &"x".repeat(MAX_TEXT_CHARS), hour(1)),
            hour(1)
        )
        .is_ok());
    }

    #[test]
    fn statements_that_go_with_positions_must_not_be_blank() {
        let rules = round();
        assert_eq!(
            refused(
                &rules,
                &[],
                position("KZ", Position::ConcurWithStatement(" ".into()), hour(1))
            ),
            Refusal::TextMissing(MissingText::ConcurStatement)
        );
        assert_eq!(
            refused(
                &rules,
                &[],
                position("KZ", Position::StandAside(Some(String::new())), hour(1))
            ),
            Refusal::TextMissing(MissingText::StandAsideText)
        );
        assert!(check(&rules, &[], &stand_aside("KZ", hour(1)), hour(1)).is_ok());
        assert_eq!(
            refused(
                &rules,
                &[ad_referendum("KZ", hour(9), hour(1))],
                Event::Decline {
                    party: party("KZ"),
                    reason: String::new(),
                    at: hour(2),
                }
            ),
            Refusal::TextMissing(MissingText::DeclineReason)
        );
    }

    #[test]
    fn a_party_that_is_not_a_member_has_no_voice() {
        let rules = round();
        let refusal = refused(&rules, &[], concur("TM", hour(1)));

        assert_eq!(refusal, Refusal::NotAMember(party("TM")));
        assert_eq!(
            refusal.to_string(),
            "TM is not a member party with a voice in this procedure"
        );
    }

    #[test]
    fn silence_has_no_place_in_a_consensus_round() {
        let rules = round();
        let refusal = refused(&rules, &[], break_silence("KZ", "no", hour(1)));

        assert_eq!(
            refusal,
            Refusal::WrongKind {
                act: "breaking silence",
                kind: Consensus,
            }
        );
        assert_eq!(
            refusal.to_string(),
            "breaking silence has no place in a consensus round: record a position instead (object, or concur with a statement)"
        );
    }

    #[test]
    fn a_position_at_the_deadline_is_refused_and_changes_nothing() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
            ],
        );
        let late = concur("UZ", hour(48));

        assert_eq!(
            refused(&rules, &events, late.clone()),
            Refusal::DeadlinePassed { deadline: hour(48) }
        );
        let mut with_late = events.clone();
        with_late.push(late);
        assert_eq!(
            decide(&rules, &with_late, hour(50)),
            decide(&rules, &events, hour(50))
        );
    }

    #[test]
    fn parties_may_answer_in_the_time_an_extension_adds() {
        let rules = round();
        let events = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                Event::Extend {
                    deadline: hour(72),
                    at: hour(47),
                },
            ],
        );
        assert_eq!(outcome(&rules, &events, hour(50)), Outcome::Open);
        assert_eq!(decide(&rules, &events, hour(50)).deadline, hour(72));

        let mut answered = events.clone();
        answered.push(concur("UZ", hour(60)));
        let answered = record(&rules, answered);
        assert_eq!(
            outcome(&rules, &answered, hour(60)),
            Outcome::Adopted { at: hour(60) }
        );
    }

    #[test]
    fn an_extension_must_move_the_deadline_later_and_come_before_it_passes() {
        let rules = round();
        assert_eq!(
            refused(
                &rules,
                &[],
                Event::Extend {
                    deadline: hour(48),
                    at: hour(1),
                }
            ),
            Refusal::ExtensionNotLater { current: hour(48) }
        );
        assert_eq!(
            refused(
                &rules,
                &[],
                Event::Extend {
                    deadline: hour(96),
                    at: hour(49),
                }
            ),
            Refusal::DeadlinePassed { deadline: hour(48) }
        );
    }

    #[test]
    fn a_withdrawn_round_closes_at_the_withdrawal() {
        let rules = round();
        let events = record(
            &rules,
            vec![concur("KZ", hour(1)), Event::Withdraw { at: hour(5) }],
        );

        assert_eq!(
            outcome(&rules, &events, hour(5)),
            Outcome::Withdrawn { at: hour(5) }
        );
        assert_eq!(
            refused(&rules, &events, concur("KG", hour(6))).to_string(),
            "this procedure is closed: withdrawn"
        );
    }

    #[test]
    fn a_new_version_supersedes_an_open_procedure_but_not_a_closed_one() {
        let open = round();
        let superseded = record(&open, vec![Event::Superseded { at: hour(3) }]);
        assert_eq!(
            outcome(&open, &superseded, hour(100)),
            Outcome::Superseded { at: hour(3) }
        );

        let adopted = record(
            &open,
            ["KZ", "KG", "TJ", "UZ"]
                .iter()
                .map(|code| concur(code, hour(1)))
                .collect(),
        );
        let late = Event::Superseded { at: hour(2) };
        assert_eq!(
            refused(&open, &adopted, late.clone()),
            Refusal::Closed(OutcomeKind::Adopted)
        );
        let mut with_late = adopted.clone();
        with_late.push(late);
        assert_eq!(
            outcome(&open, &with_late, hour(100)),
            Outcome::Adopted { at: hour(1) }
        );
    }

    #[test]
    fn acts_after_adoption_are_refused_and_do_not_reopen_the_round() {
        let rules = round();
        let adopted = record(
            &rules,
            ["KZ", "KG", "TJ", "UZ"]
                .iter()
                .map(|code| concur(code, hour(1)))
                .collect(),
        );
        let change = object("KZ", "second thoughts", hour(1));

        assert_eq!(
            refused(&rules, &adopted, change.clone()).to_string(),
            "this procedure is closed: adopted"
        );
        let mut with_change = adopted.clone();
        with_change.push(change);
        assert_eq!(
            decide(&rules, &with_change, hour(2)),
            decide(&rules, &adopted, hour(2))
        );
    }

    #[test]
    fn the_instant_of_an_outcome_does_not_depend_on_when_it_is_read() {
        let rules = round();
        let events = record(&rules, vec![object("KZ", "not now", hour(1))]);

        for now in [hour(48), hour(49), hour(1_000)] {
            assert_eq!(
                outcome(&rules, &events, now).closed_at(),
                Some(hour(48)),
                "read at {now}"
            );
        }
    }

    #[test]
    fn events_stamped_after_now_have_not_happened_yet() {
        let rules = round();
        let events = record(
            &rules,
            ["KZ", "KG", "TJ", "UZ"]
                .iter()
                .map(|code| concur(code, hour(10)))
                .collect(),
        );

        assert_eq!(outcome(&rules, &events, hour(9)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(10)),
            Outcome::Adopted { at: hour(10) }
        );
    }

    #[test]
    fn an_act_is_recorded_only_at_the_servers_time() {
        let rules = round();
        let refusal = check(&rules, &[], &concur("KZ", hour(1)), hour(2)).expect_err("stale");

        assert_eq!(
            refusal,
            Refusal::NotStampedNow {
                at: hour(1),
                now: hour(2),
            }
        );
    }

    #[test]
    fn an_act_behind_the_last_one_or_before_the_opening_is_refused() {
        let rules = round();
        let events = record(&rules, vec![concur("KZ", hour(5))]);

        assert_eq!(
            refused(&rules, &events, concur("KG", hour(4))),
            Refusal::BehindLastAct { last: hour(5) }
        );
        assert_eq!(
            refused(&rules, &[], concur("KG", hour(-1))),
            Refusal::BeforeOpening { opened_at: hour(0) }
        );
    }

    #[test]
    fn a_journal_with_refused_entries_decides_as_if_they_were_not_there() {
        let rules = round();
        let clean = record(
            &rules,
            vec![
                concur("KZ", hour(1)),
                concur("KG", hour(2)),
                concur("TJ", hour(3)),
                concur("UZ", hour(4)),
            ],
        );
        let noisy = vec![
            concur("TM", hour(0)),
            concur("KZ", hour(1)),
            object("KG", "", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            concur("KZ", hour(2)),
            break_silence("UZ", "no", hour(3)),
            concur("UZ", hour(4)),
            object("UZ", "too late", hour(4)),
            Event::Withdraw { at: hour(5) },
        ];

        assert_eq!(
            decide(&rules, &noisy, hour(50)),
            decide(&rules, &clean, hour(50))
        );
    }

    // Silence procedure (§4.2)

    #[test]
    fn unbroken_silence_is_adopted_at_the_exact_deadline() {
        let rules = silence();

        assert_eq!(outcome(&rules, &[], minute(24 * 60 - 1)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &[], hour(24)),
            Outcome::Adopted { at: hour(24) }
        );
        assert_eq!(
            outcome(&rules, &[], hour(500)),
            Outcome::Adopted { at: hour(24) }
        );
    }

    #[test]
    fn silence_broken_before_the_deadline_ends_it_at_once_naming_the_party_and_reason() {
        let rules = silence();
        let events = record(
            &rules,
            vec![break_silence(
                "TJ",
                "amend paragraph 5: add water",
                hour(23),
            )],
        );

        let expected = Outcome::NotAdopted {
            at: hour(23),
            reasons: vec![Reason::BrokeSilence {
                party: party("TJ"),
                reason: "amend paragraph 5: add water".into(),
            }],
        };
        assert_eq!(outcome(&rules, &events, hour(23)), expected);
        assert_eq!(outcome(&rules, &events, hour(30)), expected);
        assert_eq!(
            Reason::BrokeSilence {
                party: party("TJ"),
                reason: "amend paragraph 5: add water".into(),
            }
            .to_string(),
            "TJ broke silence: amend paragraph 5: add water"
        );
    }

    #[test]
    fn silence_broken_after_the_deadline_is_refused() {
        let rules = silence();
        for at in [hour(24), hour(25)] {
            let refusal = refused(&rules, &[], break_silence("KZ", "too late", at));
            assert_eq!(refusal, Refusal::DeadlinePassed { deadline: hour(24) });
            assert_eq!(
                refusal.to_string(),
                "the deadline passed at 2026-01-02T00:00:00Z"
            );
        }
        // A client that claims an earlier time is judged by the server's clock.
        let backdated = break_silence("KZ", "too late", hour(23));
        assert_eq!(
            check(&rules, &[], &backdated, hour(24)),
            Err(Refusal::DeadlinePassed { deadline: hour(24) })
        );
        assert_eq!(
            outcome(&rules, &[break_silence("KZ", "late", hour(24))], hour(30)),
            Outcome::Adopted { at: hour(24) }
        );
    }

    #[test]
    fn interpretive_statements_do_not_break_silence_and_go_with_the_decision() {
        let rules = silence();
        let events = record(
            &rules,
            vec![
                Event::Statement {
                    party: party("UZ"),
                    text: "understood as without prejudice to 1992 accords".into(),
                    at: hour(2),
                },
                Event::Statement {
                    party: party("KZ"),
                    text: "welcomes the roadmap".into(),
                    at: hour(3),
                },
            ],
        );

        let state = decide(&rules, &events, hour(24));
        assert_eq!(state.outcome, Outcome::Adopted { at: hour(24) });
        assert_eq!(
            state.statements,
            vec![
                (
                    party("UZ"),
                    "understood as without prejudice to 1992 accords".to_owned()
                ),
                (party("KZ"), "welcomes the roadmap".to_owned()),
            ]
        );
    }

    #[test]
    fn positions_have_no_place_in_a_silence_procedure() {
        let rules = silence();
        let refusal = refused(&rules, &[], concur("KZ", hour(1)));

        assert_eq!(
            refusal.to_string(),
            "recording a position has no place in a silence procedure: break silence or lodge an interpretive statement instead"
        );
    }

    #[test]
    fn breaking_silence_needs_a_written_objection_or_amendment() {
        let rules = silence();
        assert_eq!(
            refused(&rules, &[], break_silence("KZ", " ", hour(1))),
            Refusal::TextMissing(MissingText::BreakReason)
        );
        assert_eq!(
            refused(
                &rules,
                &[],
                Event::Statement {
                    party: party("KZ"),
                    text: String::new(),
                    at: hour(1),
                }
            ),
            Refusal::TextMissing(MissingText::InterpretiveStatement)
        );
    }

    #[test]
    fn only_a_member_may_break_silence() {
        let rules = silence();
        assert_eq!(
            refused(&rules, &[], break_silence("TM", "objection", hour(1))),
            Refusal::NotAMember(party("TM"))
        );
    }

    #[test]
    fn an_extended_silence_is_adopted_at_the_new_deadline() {
        let rules = silence();
        let events = record(
            &rules,
            vec![Event::Extend {
                deadline: hour(36),
                at: hour(20),
            }],
        );

        assert_eq!(outcome(&rules, &events, hour(30)), Outcome::Open);
        assert_eq!(
            outcome(&rules, &events, hour(36)),
            Outcome::Adopted { at: hour(36) }
        );
        assert!(check(
            &rules,
            &events,
            &break_silence("KG", "objection", hour(30)),
            hour(30)
        )
        .is_ok());
    }

    #[test]
    fn a_withdrawn_silence_is_never_adopted() {
        let rules = silence();
        let events = record(&rules, vec![Event::Withdraw { at: hour(1) }]);

        assert_eq!(
            outcome(&rules, &events, hour(100)),
            Outcome::Withdrawn { at: hour(1) }
        );
    }

    #[test]
    fn a_silence_lasts_at_least_the_groups_minimum() {
        assert_eq!(check_silence_deadline(hour(0), hour(24), 24), Ok(()));
        let refusal = check_silence_deadline(hour(0), hour(23), 24).expect_err("too short");
        assert_eq!(
            refusal.to_string(),
            "the silence must last at least 24 hours: the deadline can be 2026-01-02T00:00:00Z at the earliest"
        );
        assert_eq!(check_silence_deadline(hour(0), minute(5), 0), Ok(()));
        assert_eq!(
            check_silence_deadline(hour(0), hour(0), 0),
            Err(Refusal::DeadlineNotAfterOpening)
        );
        assert!(check_silence_deadline(hour(0), hour(1_000), u32::MAX).is_err());
        assert_eq!(silence().check_opening(24), Ok(()));
        assert!(silence().check_opening(25).is_err());
        let mut backwards = round();
        backwards.deadline = hour(0);
        assert_eq!(
            backwards.check_opening(24),
            Err(Refusal::DeadlineNotAfterOpening)
        );
        assert_eq!(round().check_opening(1_000), Ok(()));
    }

    #[test]
    fn names_round_trip_through_their_text() {
        for kind in ProcedureKind::ALL {
            assert_eq!(kind.as_str().parse(), Ok(kind));
        }
        for kind in OutcomeKind::ALL {
            assert_eq!(kind.as_str().parse(), Ok(kind));
        }
        assert!("majority".parse::<ProcedureKind>().is_err());
        let names: Vec<&str> = [
            Position::Concur,
            Position::ConcurWithStatement("s".into()),
            Position::StandAside(None),
            Position::AdReferendum {
                confirm_by: hour(1),
            },
            Position::Object("r".into()),
        ]
        .iter()
        .map(Position::as_str)
        .collect();
        assert_eq!(
            names,
            [
                "concur",
                "concur_with_statement",
                "stand_aside",
                "ad_referendum",
                "object"
            ]
        );
    }

    // Any interleaving (property tests)

    /// KZ, KG, TJ and UZ are members; TM is a party without a voice.
    const PARTIES: [&str; 5] = ["KZ", "KG", "TJ", "UZ", "TM"];
    const MEMBERS: [&str; 4] = ["KZ", "KG", "TJ", "UZ"];

    #[derive(Debug, Clone)]
    enum Act {
        Position {
            party: usize,
            choice: u8,
            text: u8,
            confirm_in_minutes: i64,
        },
        Confirm {
            party: usize,
        },
        Decline {
            party: usize,
            text: u8,
        },
        Break {
            party: usize,
            text: u8,
        },
        Statement {
            party: usize,
            text: u8,
        },
        Extend {
            by_minutes: i64,
        },
        Withdraw,
        Superseded,
    }

    #[derive(Debug, Clone)]
    enum Step {
        Tick { minutes: i64 },
        Act { act: Act, skew_minutes: i64 },
    }

    fn sample_text(choice: u8, party: usize) -> String {
        match choice % 4 {
            0 => String::new(),
            1 => "  ".to_owned(),
            _ => format!("text {choice} of {}", PARTIES[party]),
        }
    }

    /// The event an act makes at `at`, given the deadline in force (extensions move it).
    fn event_of(act: &Act, at: Timestamp, deadline: Timestamp) -> Event {
        let party_of = |index: usize| party(PARTIES[index]);
        match act {
            Act::Position {
                party,
                choice,
                text,
                confirm_in_minutes,
            } => {
                let text_ = sample_text(*text, *party);
                // Concurrence is the common answer, so that rounds are adopted often enough.
                let position = match choice % 8 {
                    0..=2 => Position::Concur,
                    3 => Position::ConcurWithStatement(text_),
                    4 if text % 2 == 0 => Position::StandAside(None),
                    4 => Position::StandAside(Some(text_)),
                    5 => Position::AdReferendum {
                        confirm_by: at + SignedDuration::from_mins(*confirm_in_minutes),
                    },
                    _ => Position::Object(text_),
                };
                Event::Position {
                    party: party_of(*party),
                    position,
                    at,
                }
            }
            Act::Confirm { party } => Event::Confirm {
                party: party_of(*party),
                at,
            },
            Act::Decline { party, text } => Event::Decline {
                party: party_of(*party),
                reason: sample_text(*text, *party),
                at,
            },
            Act::Break { party, text } => Event::Break {
                party: party_of(*party),
                reason: sample_text(*text, *party),
                at,
            },
            Act::Statement { party, text } => Event::Statement {
                party: party_of(*party),
                text: sample_text(*text, *party),
                at,
            },
            Act::Extend { by_minutes } => Event::Extend {
                deadline: deadline + SignedDuration::from_mins(*by_minutes),
                at,
            },
            Act::Withdraw => Event::Withdraw { at },
            Act::Superseded => Event::Superseded { at },
        }
    }

    /// Minutes in steps of a quarter of an hour, so that acts often fall exactly on a deadline
    /// or a confirmation deadline (which are whole hours or quarters).
    fn quarter_hours(range: std::ops::Range<i64>) -> impl Strategy<Value = i64> {
        range.prop_map(|quarters| quarters * 15)
    }

    /// Mostly members, now and then TM, which has no voice.
    fn party_strategy() -> impl Strategy<Value = usize> {
        prop_oneof![9 => 0usize..4, 1 => Just(4)]
    }

    fn act_strategy() -> impl Strategy<Value = Act> {
        prop_oneof![
            120 => (party_strategy(), 0u8..8, 0u8..8, quarter_hours(-4..60)).prop_map(
                |(party, choice, text, confirm_in_minutes)| Act::Position {
                    party,
                    choice,
                    text,
                    confirm_in_minutes,
                }
            ),
            36 => party_strategy().prop_map(|party| Act::Confirm { party }),
            9 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Decline { party, text }),
            6 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Break { party, text }),
            15 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Statement { party, text }),
            12 => quarter_hours(-8..96).prop_map(|by_minutes| Act::Extend { by_minutes }),
            // Rare, as each one ends the procedure.
            1 => Just(Act::Withdraw),
            1 => Just(Act::Superseded),
        ]
    }

    fn step_strategy() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => quarter_hours(0..12).prop_map(|minutes| Step::Tick { minutes }),
            6 => act_strategy().prop_map(|act| Step::Act { act, skew_minutes: 0 }),
            1 => (act_strategy(), quarter_hours(-8..8))
                .prop_map(|(act, skew_minutes)| Step::Act { act, skew_minutes }),
        ]
    }

    fn rules_strategy() -> impl Strategy<Value = ProcedureRules> {
        (
            prop_oneof![Just(Consensus), Just(Silence)],
            // Now and then a quorum of five that four members can never reach.
            prop_oneof![9 => 1u32..=4, 1 => Just(5)],
            1i64..=48,
        )
            .prop_map(|(kind, quorum, hours)| rules(kind, &MEMBERS, quorum, hours))
    }

    /// What a reader saw at `now`, when `recorded` events were in the journal.
    #[derive(Debug)]
    struct Read {
        now: Timestamp,
        recorded: usize,
        state: State,
    }

    /// An act the server was asked to record: the journal length then, the act, the server's
    /// clock, and whether it was accepted.
    #[derive(Debug)]
    struct Attempt {
        recorded: usize,
        event: Event,
        now: Timestamp,
        accepted: bool,
    }

    #[derive(Debug)]
    struct Played {
        journal: Vec<Event>,
        reads: Vec<Read>,
        attempts: Vec<Attempt>,
    }

    /// Plays the steps as the server would: each act is checked at the server's clock and
    /// recorded only if accepted; the procedure is read after every step.
    fn play(rules: &ProcedureRules, steps: &[Step]) -> Played {
        let mut now = rules.opened_at;
        let mut journal: Vec<Event> = Vec::new();
        let mut attempts = Vec::new();
        let mut reads = vec![Read {
            now,
            recorded: 0,
            state: decide(rules, &journal, now),
        }];
        for step in steps {
            match step {
                Step::Tick { minutes } => now += SignedDuration::from_mins(*minutes),
                Step::Act { act, skew_minutes } => {
                    let deadline = decide(rules, &journal, now).deadline;
                    let at = now + SignedDuration::from_mins(*skew_minutes);
                    let event = event_of(act, at, deadline);
                    let accepted = check(rules, &journal, &event, now).is_ok();
                    attempts.push(Attempt {
                        recorded: journal.len(),
                        event: event.clone(),
                        now,
                        accepted,
                    });
                    if accepted {
                        journal.push(event);
                    }
                }
            }
            reads.push(Read {
                now,
                recorded: journal.len(),
                state: decide(rules, &journal, now),
            });
        }
        Played {
            journal,
            reads,
            attempts,
        }
    }

    /// The deadline in force and each party's position after the accepted events, replayed
    /// plainly.
    fn plain_replay(
        rules: &ProcedureRules,
        accepted: &[Event],
    ) -> (Timestamp, BTreeMap<PartyCode, Position>) {
        let mut deadline = rules.deadline;
        let mut positions: BTreeMap<PartyCode, Position> = BTreeMap::new();
        for event in accepted {
            match event {
                Event::Extend { deadline: new, .. } => deadline = *new,
                Event::Position {
                    party, position, ..
                } => {
                    positions.insert(party.clone(), position.clone());
                }
                Event::Confirm { party, .. } => {
                    positions.insert(party.clone(), Position::Concur);
                }
                Event::Decline { party, reason, .. } => {
                    positions.insert(party.clone(), Position::Object(reason.clone()));
                }
                _ => {}
            }
        }
        (deadline, positions)
    }

    /// Whether the spec lets `event` be recorded at `now` after the accepted events.
    fn allowed(rules: &ProcedureRules, accepted: &[Event], event: &Event, now: Timestamp) -> bool {
        if !oracle(rules, accepted, now).is_open() || event.at() != now {
            return false;
        }
        let (deadline, positions) = plain_replay(rules, accepted);
        let member = |party: &PartyCode| MEMBERS.contains(&party.as_str());
        let written =
            |text: &str| !text.trim().is_empty() && text.chars().count() <= MAX_TEXT_CHARS;
        match (rules.kind, event) {
            (
                Consensus,
                Event::Position {
                    party,
                    position,
                    at,
                },
            ) => {
                member(party)
                    && match position {
                        Position::Concur | Position::StandAside(None) => true,
                        Position::ConcurWithStatement(text)
                        | Position::StandAside(Some(text))
                        | Position::Object(text) => written(text),
                        Position::AdReferendum { confirm_by } => confirm_by > at,
                    }
            }
            (Consensus, Event::Confirm { party, at }) => {
                member(party)
                    && matches!(
                        positions.get(party),
                        Some(Position::AdReferendum { confirm_by }) if at < confirm_by
                    )
            }
            (Consensus, Event::Decline { party, reason, .. }) => {
                member(party)
                    && matches!(positions.get(party), Some(Position::AdReferendum { .. }))
                    && written(reason)
            }
            (Silence, Event::Break { party, reason, .. }) => member(party) && written(reason),
            (Silence, Event::Statement { party, text, .. }) => member(party) && written(text),
            (_, Event::Extend { deadline: new, .. }) => *new > deadline,
            (_, Event::Withdraw { .. } | Event::Superseded { .. }) => true,
            _ => false,
        }
    }

    /// The spec read plainly from the accepted events alone. Nothing is accepted once a
    /// procedure closes, so whatever closed it is its last accepted event, and a round that
    /// agrees on its final positions was adopted by that last event.
    fn oracle(rules: &ProcedureRules, accepted: &[Event], now: Timestamp) -> Outcome {
        let (deadline, positions) = plain_replay(rules, accepted);
        match accepted.last() {
            Some(Event::Withdraw { at }) => return Outcome::Withdrawn { at: *at },
            Some(Event::Superseded { at }) => return Outcome::Superseded { at: *at },
            Some(Event::Break { party, reason, at }) => {
                return Outcome::NotAdopted {
                    at: *at,
                    reasons: vec![Reason::BrokeSilence {
                        party: party.clone(),
                        reason: reason.clone(),
                    }],
                }
            }
            _ => {}
        }
        let members: Vec<PartyCode> = MEMBERS.iter().map(|code| party(code)).collect();
        let concurring = members
            .iter()
            .filter(|member| {
                matches!(
                    positions.get(*member),
                    Some(Position::Concur | Position::ConcurWithStatement(_))
                )
            })
            .count() as u32;
        let nobody_blocks = members.iter().all(|member| {
            matches!(
                positions.get(member),
                Some(Position::Concur | Position::ConcurWithStatement(_) | Position::StandAside(_))
            )
        });
        if rules.kind == Consensus && nobody_blocks && concurring >= rules.quorum {
            return Outcome::Adopted {
                at: accepted.last().map_or(rules.opened_at, Event::at),
            };
        }
        if now < deadline {
            return Outcome::Open;
        }
        if rules.kind == Silence {
            return Outcome::Adopted { at: deadline };
        }
        let mut reasons = Vec::new();
        for member in members {
            match positions.get(&member) {
                None => reasons.push(Reason::NotAnswered { party: member }),
                Some(Position::Object(reason)) => reasons.push(Reason::Objected {
                    party: member,
                    reason: reason.clone(),
                }),
                Some(Position::AdReferendum { confirm_by }) => {
                    reasons.push(Reason::AdReferendumUnconfirmed {
                        party: member,
                        confirm_by: *confirm_by,
                    })
                }
                Some(_) => {}
            }
        }
        if reasons.is_empty() {
            reasons.push(Reason::QuorumNotReached {
                concurring,
                quorum: rules.quorum,
            });
        }
        Outcome::NotAdopted {
            at: deadline,
            reasons,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_interleaving_ends_in_the_outcome_the_spec_defines(
            rules in rules_strategy(),
            steps in prop::collection::vec(step_strategy(), 0..80),
        ) {
            let Played { journal, reads, .. } = play(&rules, &steps);
            for read in &reads {
                prop_assert_eq!(
                    &read.state.outcome,
                    &oracle(&rules, &journal[..read.recorded], read.now),
                    "read at {}", read.now
                );
            }
            let later = reads.last().map_or(rules.opened_at, |read| read.now)
                + SignedDuration::from_hours(24 * 30);
            prop_assert_eq!(
                decide(&rules, &journal, later).outcome,
                oracle(&rules, &journal, later)
            );
        }

        #[test]
        fn the_server_accepts_exactly_the_acts_the_spec_allows(
            rules in rules_strategy(),
            steps in prop::collection::vec(step_strategy(), 0..80),
        ) {
            let Played { journal, attempts, .. } = play(&rules, &steps);
            for attempt in &attempts {
                prop_assert_eq!(
                    attempt.accepted,
                    allowed(&rules, &journal[..attempt.recorded], &attempt.event, attempt.now),
                    "{:?} at {}", attempt.event, attempt.now
                );
            }
        }

        #[test]
        fn a_closed_procedure_never_changes_its_outcome(
            rules in rules_strategy(),
            steps in prop::collection::vec(step_strategy(), 0..80),
        ) {
            let Played { journal, reads, .. } = play(&rules, &steps);
            let first_closed = reads.iter().position(|read| !read.state.outcome.is_open());
            if let Some(index) = first_closed {
                let first = &reads[index];
                let closed_at = first.state.outcome.closed_at();
                prop_assert!(closed_at <= Some(first.now));
                for read in &reads[index..] {
                    prop_assert_eq!(&read.state.outcome, &first.state.outcome);
                }
                prop_assert_eq!(journal.len(), reads.last().map_or(0, |read| read.recorded));
                let far = first.now + SignedDuration::from_hours(24 * 365);
                prop_assert_eq!(decide(&rules, &journal, far).outcome, first.state.outcome.clone());
            }
        }

        #[test]
        fn replaying_the_journal_at_any_later_instant_gives_what_was_read_live(
            rules in rules_strategy(),
            steps in prop::collection::vec(step_strategy(), 0..80),
        ) {
            let Played { journal, reads, .. } = play(&rules, &steps);
            for read in &reads {
                // Reading the whole journal as of a past instant shows what was shown then,
                // unless a later act was recorded at that very instant.
                if journal[read.recorded..].iter().all(|event| event.at() > read.now) {
                    prop_assert_eq!(&decide(&rules, &journal, read.now), &read.state);
                }
                if let Some(at) = read.state.outcome.closed_at() {
                    for extra_hours in [0, 1, 1_000] {
                        let later = read.now + SignedDuration::from_hours(extra_hours);
                        let replayed = decide(&rules, &journal, later);
                        prop_assert_eq!(&replayed.outcome, &read.state.outcome);
                        prop_assert_eq!(replayed.outcome.closed_at(), Some(at));
                    }
                }
            }
        }

        #[test]
        fn adoption_never_happens_while_a_member_objects_or_has_not_answered(
            rules in rules_strategy(),
            steps in prop::collection::vec(step_strategy(), 0..80),
        ) {
            let Played { journal, reads, .. } = play(&rules, &steps);
            for read in &reads {
                let Outcome::Adopted { at } = read.state.outcome else { continue };
                match rules.kind {
                    Consensus => {
                        for member in &rules.members {
                            let held = read.state.positions.get(member);
                            prop_assert!(
                                held.is_some_and(Position::allows_adoption),
                                "{} holds {:?}", member, held
                            );
                        }
                        let concurring = read.state.positions.values()
                            .filter(|position| position.is_concurring())
                            .count();
                        prop_assert!(concurring as u32 >= rules.quorum);
                        prop_assert!(at < read.state.deadline);
                    }
                    Silence => {
                        prop_assert_eq!(at, read.state.deadline);
                        let broken = journal[..read.recorded]
                            .iter()
                            .any(|event| matches!(event, Event::Break { .. }));
                        prop_assert!(!broken, "adopted although silence was broken");
                    }
                }
            }
        }

        #[test]
        fn refused_entries_in_any_journal_change_nothing(
            rules in rules_strategy(),
            acts in prop::collection::vec((act_strategy(), -120i64..4_000), 0..40),
            read_minutes in -60i64..4_000,
        ) {
            // Any list at all, out of order and full of mistakes: decide must give what the
            // accepted entries alone give, as if the server had filtered them as they came.
            let raw: Vec<Event> = acts
                .iter()
                .map(|(act, minutes)| event_of(act, minute(*minutes), rules.deadline))
                .collect();
            let now = minute(read_minutes);
            let mut accepted = Vec::new();
            for event in raw.iter().filter(|event| event.at() <= now) {
                if check(&rules, &accepted, event, event.at()).is_ok() {
                    accepted.push(event.clone());
                }
            }
            prop_assert_eq!(decide(&rules, &raw, now), decide(&rules, &accepted, now));
            prop_assert_eq!(
                decide(&rules, &accepted, now).outcome,
                oracle(&rules, &accepted, now)
            );
        }
    }
}
