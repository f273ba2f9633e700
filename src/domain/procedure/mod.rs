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
    // Which characters a reason may hold is checked where it is parsed
    // (`characters::prose`, in `http::input::texts`), not here: this check also judges
    // recorded events on replay, and a rule added here would drop acts recorded before it.
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
mod tests;
