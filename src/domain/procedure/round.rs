//! The machine that folds a procedure's events into its state, one event at a time. The events
//! stay the truth: folding them in journal order from the opening gives the state, and a state
//! kept folded as events arrive is the same as a replay of all of them (a property test shows
//! it), so an act or a read costs the same however long the procedure's history is.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;

use super::{
    Answer, Event, MissingText, Outcome, Position, ProcedureKind, ProcedureRules, Reason, Refusal,
    State, MAX_TEXT_CHARS,
};
use crate::domain::names::PartyCode;

/// A procedure's events folded so far. `closed` holds an outcome reached by an event; the
/// deadline outcome is not stored but computed for the instant asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    rules: ProcedureRules,
    /// Each member once, in the order of the rules, which is the order of the record.
    members: Vec<PartyCode>,
    positions: BTreeMap<PartyCode, Position>,
    chair_notes: BTreeSet<PartyCode>,
    statements: Vec<(PartyCode, String)>,
    deadline: Timestamp,
    closed: Option<Outcome>,
    last_at: Option<Timestamp>,
}

impl Round {
    /// A procedure as it opens, before any act.
    pub fn open(rules: ProcedureRules) -> Self {
        let mut members: Vec<PartyCode> = Vec::with_capacity(rules.members.len());
        for party in &rules.members {
            if !members.contains(party) {
                members.push(party.clone());
            }
        }
        let mut round = Self {
            deadline: rules.deadline,
            members,
            positions: BTreeMap::new(),
            chair_notes: BTreeSet::new(),
            statements: Vec::new(),
            closed: None,
            last_at: None,
            rules,
        };
        // Only a degenerate round (no members, no quorum) agrees before anyone acts; it is
        // adopted as it opens rather than at a deadline that would wait for nobody.
        round.adopt_if_agreed(round.rules.opened_at);
        round
    }

    /// Replays `events` in journal order, leaving out those stamped after `until`.
    pub fn replay(rules: ProcedureRules, events: &[Event], until: Timestamp) -> Self {
        let mut round = Self::open(rules);
        for event in events.iter().filter(|event| event.at() <= until) {
            round.fold(event);
        }
        round
    }

    pub fn rules(&self) -> &ProcedureRules {
        &self.rules
    }

    /// The instant of the last event folded in, if any.
    pub fn last_at(&self) -> Option<Timestamp> {
        self.last_at
    }

    /// Folds in the next recorded event. An event that the rules would have refused when it
    /// was recorded (judged at its own instant) changes nothing, so that a replay of any journal
    /// gives the answer that was given live.
    pub fn fold(&mut self, event: &Event) {
        if self.refusal(event).is_ok() {
            self.apply(event);
        }
    }

    /// Whether `event` may be recorded now, after everything folded in (see `super::check`).
    pub fn check(&self, event: &Event, now: Timestamp) -> Result<(), Refusal> {
        if let Some(outcome) = &self.closed {
            return Err(Refusal::Closed(outcome.kind()));
        }
        if now >= self.deadline {
            return Err(Refusal::DeadlinePassed {
                deadline: self.deadline,
            });
        }
        if event.at() != now {
            return Err(Refusal::NotStampedNow {
                at: event.at(),
                now,
            });
        }
        self.refusal(event)
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
                act: event.as_str(),
                kind: self.rules.kind,
            });
        }
        if let Some(party) = event.concerns().filter(|p| !self.members.contains(p)) {
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
            Event::ChairNote { party, .. } => self.check_chair_note(party),
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

    /// The chair's note is for a present party that has said nothing: a party's own act always
    /// stands, and the chair never speaks over it (§4.3).
    fn check_chair_note(&self, party: &PartyCode) -> Result<(), Refusal> {
        if !self.rules.in_session {
            return Err(Refusal::NoteOutsideSession);
        }
        if self.positions.contains_key(party) {
            return Err(Refusal::PartyHasSpoken {
                party: party.clone(),
            });
        }
        if self.chair_notes.contains(party) {
            return Err(Refusal::AlreadyNoted {
                party: party.clone(),
            });
        }
        Ok(())
    }

    /// Applies an event that `refusal` accepted.
    fn apply(&mut self, event: &Event) {
        let at = event.at();
        self.last_at = Some(at);
        match event {
            Event::Position {
                party, position, ..
            } => {
                // The party's own position replaces any note the chair made for it.
                self.chair_notes.remove(party);
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
            Event::ChairNote { party, .. } => {
                self.chair_notes.insert(party.clone());
                self.adopt_if_agreed(at);
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

    fn answer(&self, party: &PartyCode) -> Option<Answer<'_>> {
        match self.positions.get(party) {
            Some(position) => Some(Answer::Own(position)),
            None if self.chair_notes.contains(party) => Some(Answer::NoObjectionHeard),
            None => None,
        }
    }

    fn concurring(&self) -> u32 {
        let count = self
            .members
            .iter()
            .filter(|party| self.answer(party).is_some_and(Answer::is_concurring))
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    fn every_member_allows_adoption(&self) -> bool {
        self.members
            .iter()
            .all(|party| self.answer(party).is_some_and(Answer::allows_adoption))
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
                let party = party.clone();
                match self.answer(&party) {
                    None => Some(Reason::NotAnswered { party }),
                    Some(Answer::Own(Position::Object(reason))) => Some(Reason::Objected {
                        reason: reason.clone(),
                        party,
                    }),
                    Some(Answer::Own(Position::AdReferendum { confirm_by })) => {
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

    /// The procedure as of `now`, if no event folded in is stamped after `now`; otherwise
    /// (a clock that stepped back) only a replay up to `now` gives it, and this is `None`.
    pub fn state_at_if_after_all(&self, now: Timestamp) -> Option<State> {
        self.last_at
            .is_none_or(|last| last <= now)
            .then(|| self.state_at(now))
    }

    /// The procedure as of `now`.
    pub fn state_at(&self, now: Timestamp) -> State {
        let statements = match self.rules.kind {
            ProcedureKind::Silence => self.statements.clone(),
            ProcedureKind::Consensus => self
                .members
                .iter()
                .filter_map(|party| {
                    let position = self.positions.get(party)?;
                    let text = position.text().filter(|_| position.allows_adoption())?;
                    Some((party.clone(), text.to_owned()))
                })
                .collect(),
        };
        State {
            outcome: self.outcome_at(now),
            positions: self.positions.clone(),
            chair_notes: self.chair_notes.clone(),
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
            field: missing.field(),
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}
