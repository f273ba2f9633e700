//! Decision procedures (DOMAIN.md §4): opening a consensus round or a silence procedure on
//! one exact version, the acts of parties and of the chair, closing at the deadline, and the
//! decision an adoption creates. The outcome is always `domain::procedure::decide` over the
//! recorded events at the server's clock, so every read and the scheduler agree.

use jiff::Timestamp;

use super::{micros, App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{DecisionId, MeetingId, ProcedureId, TextId};
use crate::domain::journal::{JournalScope, NewEntry, Payload};
use crate::domain::meeting::MeetingStatus;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{
    check, decide, Event, Outcome, OutcomeKind, Position, ProcedureKind, ProcedureRules, Refusal,
    State,
};
use crate::domain::role::Standing;
use crate::domain::text::{describe, parse};
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::store::{
    DecisionRecord, EventRecord, GroupRecord, NewProcedure, ProcedureRecord, TextRecord, WriteTx,
};

/// What a person asks to record in a procedure.
#[derive(Debug, Clone)]
pub enum Act {
    Position {
        party: PartyCode,
        position: Position,
    },
    Confirm {
        party: PartyCode,
    },
    Decline {
        party: PartyCode,
        reason: String,
    },
    Break {
        party: PartyCode,
        reason: String,
    },
    Statement {
        party: PartyCode,
        text: String,
    },
    Extend {
        deadline: Timestamp,
    },
    Withdraw,
}

impl Act {
    fn into_event(self, at: Timestamp) -> Event {
        match self {
            Act::Position { party, position } => Event::Position {
                party,
                position,
                at,
            },
            Act::Confirm { party } => Event::Confirm { party, at },
            Act::Decline { party, reason } => Event::Decline { party, reason, at },
            Act::Break { party, reason } => Event::Break { party, reason, at },
            Act::Statement { party, text } => Event::Statement { party, text, at },
            Act::Extend { deadline } => Event::Extend { deadline, at },
            Act::Withdraw => Event::Withdraw { at },
        }
    }
}

/// A procedure as its page shows it.
pub struct ProcedureDetail {
    pub group: GroupRecord,
    pub text: TextRecord,
    pub procedure: ProcedureRecord,
    pub events: Vec<EventRecord>,
    pub state: State,
    pub decision: Option<DecisionRecord>,
    /// The party the caller may act for now, if any.
    pub acts_for: Option<PartyCode>,
    pub can_preside: bool,
}

/// A decision with its text and record.
pub struct DecisionDetail {
    pub decision: DecisionRecord,
    pub procedure: ProcedureDetail,
    pub body: String,
}

/// Maps a refusal of the rules to what the caller sees: a closed procedure or a passed
/// deadline is a conflict with the state; anything else is invalid input.
fn refused(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::Closed(_)
        | Refusal::DeadlinePassed { .. }
        | Refusal::BehindLastAct { .. }
        | Refusal::ConfirmationTimePassed { .. } => AppError::Conflict(refusal.to_string()),
        Refusal::NotAMember(_) => {
            AppError::Invalid(ValidationErrors::single("party", refusal.to_string()))
        }
        Refusal::ExtensionNotLater { .. }
        | Refusal::DeadlineNotAfterOpening
        | Refusal::SilenceTooShort { .. } => {
            AppError::Invalid(ValidationErrors::single("deadline", refusal.to_string()))
        }
        Refusal::ConfirmByNotAhead { .. } => {
            AppError::Invalid(ValidationErrors::single("confirm_by", refusal.to_string()))
        }
        Refusal::WrongKind { .. } | Refusal::NoAdReferendum { .. } => {
            AppError::Conflict(refusal.to_string())
        }
        other => AppError::Invalid(ValidationErrors::single("text", other.to_string())),
    }
}

fn event_payload(procedure: &ProcedureRecord, event: &Event) -> Payload {
    let mut payload = Payload::new()
        .with("procedure", procedure.id)
        .with("hash", procedure.hash)
        .with("event", event.as_str())
        .with("at", rfc3339_utc(event.at()))
        .with_optional("party", event.party());
    match event {
        Event::Position { position, .. } => {
            payload = payload
                .with("position", position.as_str())
                .with_optional("text", position.text());
            if let Position::AdReferendum { confirm_by } = position {
                payload = payload.with("confirm_by", rfc3339_utc(*confirm_by));
            }
        }
        Event::Decline { reason, .. } | Event::Break { reason, .. } => {
            payload = payload.with("text", reason)
        }
        Event::Statement { text, .. } => payload = payload.with("text", text),
        Event::Extend { deadline, .. } => {
            payload = payload.with("deadline", rfc3339_utc(*deadline))
        }
        Event::Confirm { .. } | Event::Withdraw { .. } | Event::Superseded { .. } => {}
    }
    payload
}

impl App {
    /// The chair opens a procedure on one exact version of a text.
    pub async fn open_procedure(
        &self,
        caller: &Caller,
        text_id: TextId,
        kind: ProcedureKind,
        version: i64,
        deadline: Timestamp,
    ) -> AppResult<ProcedureId> {
        self.open_procedure_in(caller, text_id, kind, version, deadline, None)
            .await
    }

    /// As `open_procedure`; with `session`, a round held in the room at that convened
    /// meeting among the member parties present there; the absent members are then asked by
    /// a silence procedure before adoption is final (DOMAIN.md §4.3).
    pub async fn open_procedure_in(
        &self,
        caller: &Caller,
        text_id: TextId,
        kind: ProcedureKind,
        version: i64,
        deadline: Timestamp,
        session: Option<MeetingId>,
    ) -> AppResult<ProcedureId> {
        let (group, text, chair) = self.visible_text(caller, text_id).await?;
        let chair = chair.ok_or_else(|| {
            AppError::Conflict("the group has no chair to open a procedure".into())
        })?;
        access::preside(&caller.viewer, group.id, &chair)?;
        if !text.kind.may_be_adopted() {
            return Err(AppError::Conflict(format!(
                "a {} is never adopted",
                text.kind.label()
            )));
        }
        let versions = self.store.versions(text_id).await?;
        let latest = versions.last().ok_or(AppError::NotFound)?;
        if latest.number != version {
            return Err(ValidationErrors::single(
                "version",
                format!(
                    "version {version} is not the latest; the latest is version {}",
                    latest.number
                ),
            )
            .into());
        }
        let parsed = parse(&latest.body).map_err(|errors| {
            AppError::Invalid(ValidationErrors::single(
                "version",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ))
        })?;
        if parsed.has_open_brackets() {
            let mut errors = ValidationErrors::new();
            for bracket in parsed.open_brackets() {
                errors.add("version", format!("open {}", describe(bracket)));
            }
            return Err(errors.into());
        }
        let procedures = self.store.procedures_of_text(text_id).await?;
        let now = self.now();
        for procedure in &procedures {
            let events: Vec<Event> = self
                .store
                .procedure_events(procedure.id)
                .await?
                .into_iter()
                .map(|e| e.event)
                .collect();
            if decide(&procedure.rules, &events, now).outcome.is_open() {
                return Err(AppError::Conflict(format!(
                    "procedure {} on this text is still open",
                    procedure.id
                )));
            }
        }
        let all_members: Vec<PartyCode> = group
            .parties_with(Standing::Member)
            .map(|p| p.code.clone())
            .collect();
        let quorum = group.settings.effective_quorum(all_members.len());
        let (members, quorum) = match session {
            None => (all_members, quorum),
            Some(meeting) => {
                let present = self.parties_present(&group, meeting, kind).await?;
                let quorum = quorum.min(u32::try_from(present.len()).unwrap_or(u32::MAX));
                (present, quorum)
            }
        };
        let rules = ProcedureRules {
            kind,
            quorum,
            members,
            opened_at: now,
            deadline,
        };
        rules
            .check_opening(group.settings.min_silence_hours)
            .map_err(refused)?;
        let mut tx = self.store.begin_write().await?;
        let id = tx
            .insert_procedure(&NewProcedure {
                group: group.id,
                text: text_id,
                version_number: version,
                hash: latest.hash,
                rules: &rules,
                chair: &chair,
                meeting: session,
                parent: None,
                opened_by: caller.viewer.user,
            })
            .await?;
        tx.journal(NewEntry {
            at_micros: micros(now),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text_id),
            action: "procedure.open",
            object: format!("procedure:{id}"),
            payload: Payload::new()
                .with("kind", kind)
                .with("text", text_id)
                .with("version", version)
                .with("hash", latest.hash)
                .with("deadline", rfc3339_utc(deadline))
                .with("quorum", rules.quorum)
                .with(
                    "members",
                    rules
                        .members
                        .iter()
                        .map(PartyCode::as_str)
                        .collect::<Vec<_>>()
                        .join(","),
                )
                .with("chair", &chair)
                .with_optional("in_session_at_meeting", session),
        })
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The member parties with someone present at a convened meeting, for a round in session.
    async fn parties_present(
        &self,
        group: &GroupRecord,
        meeting: MeetingId,
        kind: ProcedureKind,
    ) -> AppResult<Vec<PartyCode>> {
        if kind != ProcedureKind::Consensus {
            return Err(ValidationErrors::single(
                "kind",
                "a decision in session is taken by consensus in the room",
            )
            .into());
        }
        let record = self.store.meeting(meeting).await?;
        if record.group != group.id {
            return Err(
                ValidationErrors::single("meeting", "is not a meeting of this group").into(),
            );
        }
        if record.status != MeetingStatus::Convened {
            return Err(AppError::Conflict(format!(
                "a decision in session needs a convened meeting; this one is {}",
                record.status
            )));
        }
        let mut present: Vec<PartyCode> = self
            .store
            .attendance(meeting)
            .await?
            .into_iter()
            .map(|row| row.party)
            .filter(|party| {
                group
                    .party(party)
                    .is_some_and(|p| p.standing == Standing::Member)
            })
            .collect();
        present.sort();
        present.dedup();
        if present.is_empty() {
            return Err(AppError::Conflict("no member party is recorded as present at the meeting; record the attendance first".into()));
        }
        Ok(present)
    }

    pub async fn procedure_detail(
        &self,
        caller: &Caller,
        id: ProcedureId,
    ) -> AppResult<ProcedureDetail> {
        let procedure = self.store.procedure(id).await?;
        let (group, text, chair) = self.visible_text(caller, procedure.text).await?;
        let now = self.now();
        let acts_for = self.party_spoken_for(caller, group.id, now).await?;
        let can_preside = chair
            .as_ref()
            .is_some_and(|c| access::preside(&caller.viewer, group.id, c).is_ok());
        self.assemble_procedure(group, text, procedure, acts_for, can_preside)
            .await
    }

    /// A procedure's events, state at the server's clock and decision, for a reader already
    /// allowed to see it.
    async fn assemble_procedure(
        &self,
        group: GroupRecord,
        text: TextRecord,
        procedure: ProcedureRecord,
        acts_for: Option<PartyCode>,
        can_preside: bool,
    ) -> AppResult<ProcedureDetail> {
        let events = self.store.procedure_events(procedure.id).await?;
        let plain: Vec<Event> = events.iter().map(|e| e.event.clone()).collect();
        let state = decide(&procedure.rules, &plain, self.now());
        // A deadline just passed and the scheduler has not written it yet: record it now, so
        // that a page saying "adopted" always has its decision to show.
        if !state.outcome.is_open() && procedure.recorded_outcome.is_none() {
            self.close_if_due(procedure.id, &group).await?;
        }
        Ok(ProcedureDetail {
            decision: self.store.decision_of_procedure(procedure.id).await?,
            group,
            text,
            procedure,
            events,
            state,
            acts_for,
            can_preside,
        })
    }

    /// The group's public record: decisions on texts distributed `public` and unclassified,
    /// readable without signing in.
    pub async fn public_decisions(
        &self,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<DecisionDetail>)> {
        let code = crate::domain::names::GroupCode::parse(code).map_err(|_| AppError::NotFound)?;
        let group = self
            .store
            .group_by_code(&code)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut details = Vec::new();
        for decision in self.store.decisions_of_group(group.id).await? {
            let procedure = self.store.procedure(decision.procedure).await?;
            let text = self.store.text(procedure.text).await?;
            let public = text.marking.distribution == crate::domain::marking::Distribution::Public
                && text.marking.classification
                    == crate::domain::marking::Classification::Unclassified;
            if !public {
                continue;
            }
            let version = procedure.version_number;
            let detail = self
                .assemble_procedure(group.clone(), text, procedure, None, false)
                .await?;
            let body = self
                .store
                .versions(detail.text.id)
                .await?
                .into_iter()
                .find(|v| v.number == version)
                .map(|v| v.body)
                .ok_or(AppError::NotFound)?;
            details.push(DecisionDetail {
                decision,
                procedure: detail,
                body,
            });
        }
        Ok((group, details))
    }

    /// The party the caller may speak for in the group's procedures now (an envoy, or a
    /// deputy with a live authorisation), if any.
    async fn party_spoken_for(
        &self,
        caller: &Caller,
        group: crate::domain::ids::GroupId,
        now: Timestamp,
    ) -> AppResult<Option<PartyCode>> {
        let Some(party) = caller.viewer.party_in(group) else {
            return Ok(None);
        };
        let authorised = self.deputy_authorised(caller, group, now).await?;
        Ok(access::speak_for(&caller.viewer, group, &party, authorised)
            .ok()
            .map(|()| party))
    }

    async fn deputy_authorised(
        &self,
        caller: &Caller,
        group: crate::domain::ids::GroupId,
        now: Timestamp,
    ) -> AppResult<bool> {
        Ok(self
            .store
            .authorised_until(group, caller.viewer.user, micros(now))
            .await?
            .is_some())
    }

    /// Records one act, at the server's clock, if the caller may and the rules allow it now.
    pub async fn act(&self, caller: &Caller, id: ProcedureId, act: Act) -> AppResult<State> {
        let procedure = self.store.procedure(id).await?;
        let (group, _, _) = self.visible_text(caller, procedure.text).await?;
        let now = self.now();
        match &act {
            Act::Extend { .. } | Act::Withdraw => {
                access::preside(&caller.viewer, group.id, &procedure.chair)?
            }
            // In the room the chair may note "no objection" for a party present (§4.3).
            Act::Position {
                position: Position::Concur,
                ..
            } if procedure.meeting.is_some()
                && access::preside(&caller.viewer, group.id, &procedure.chair).is_ok() => {}
            Act::Position { party, .. }
            | Act::Confirm { party }
            | Act::Decline { party, .. }
            | Act::Break { party, .. }
            | Act::Statement { party, .. } => {
                let authorised = self.deputy_authorised(caller, group.id, now).await?;
                access::speak_for(&caller.viewer, group.id, party, authorised)?;
            }
        }
        let mut tx = self.store.begin_write().await?;
        // The clock is read again after the writers' lock: an act waiting in line is stamped
        // when it is recorded, never before an act committed ahead of it.
        let now = self.now();
        let state = self
            .record_event(&mut tx, caller, &group, &procedure, act.into_event(now))
            .await?;
        tx.commit().await?;
        Ok(state)
    }

    /// Records an event in an open transaction with its journal entry, and closes the
    /// procedure (creating the decision on adoption) if the event closes it.
    pub(super) async fn record_event(
        &self,
        tx: &mut WriteTx,
        caller: &Caller,
        group: &GroupRecord,
        procedure: &ProcedureRecord,
        event: Event,
    ) -> AppResult<State> {
        let (current, recorded) = tx.procedure_now(procedure.id).await?;
        let events: Vec<Event> = recorded.into_iter().map(|e| e.event).collect();
        check(&current.rules, &events, &event, event.at()).map_err(refused)?;
        self.append_event(tx, caller, group, &current, events, event)
            .await
    }

    /// A new version of the text was made: an open procedure on an older one is superseded;
    /// one whose deadline passed unrecorded gets its deadline outcome recorded instead.
    pub(super) async fn supersede(
        &self,
        tx: &mut WriteTx,
        caller: &Caller,
        group: &GroupRecord,
        procedure: &ProcedureRecord,
        at: Timestamp,
    ) -> AppResult<()> {
        let (current, recorded) = tx.procedure_now(procedure.id).await?;
        if current.recorded_outcome.is_some() {
            return Ok(());
        }
        let events: Vec<Event> = recorded.into_iter().map(|e| e.event).collect();
        let state = decide(&current.rules, &events, at);
        if state.outcome.is_open() {
            self.append_event(
                tx,
                caller,
                group,
                &current,
                events,
                Event::Superseded { at },
            )
            .await?;
        } else {
            self.write_closure(tx, group, &current, &state).await?;
        }
        Ok(())
    }

    /// Appends an accepted event with its journal entry, closing the procedure if it closes.
    async fn append_event(
        &self,
        tx: &mut WriteTx,
        caller: &Caller,
        group: &GroupRecord,
        current: &ProcedureRecord,
        mut events: Vec<Event>,
        event: Event,
    ) -> AppResult<State> {
        let now = event.at();
        let actor = caller.viewer.user;
        let entry = tx
            .journal(NewEntry {
                at_micros: micros(now),
                actor: Some(actor),
                actor_party: event.party().cloned(),
                scope: JournalScope::Paper(group.id, current.text),
                action: match &event {
                    Event::Position { .. } => "procedure.position",
                    Event::Confirm { .. } => "procedure.confirm",
                    Event::Decline { .. } => "procedure.decline",
                    Event::Break { .. } => "procedure.break",
                    Event::Statement { .. } => "procedure.statement",
                    Event::Extend { .. } => "procedure.extend",
                    Event::Withdraw { .. } => "procedure.withdraw",
                    Event::Superseded { .. } => "procedure.supersede",
                },
                object: format!("procedure:{}", current.id),
                payload: event_payload(current, &event),
            })
            .await?;
        tx.insert_event(current.id, &event, actor, entry.seq)
            .await?;
        events.push(event);
        let state = decide(&current.rules, &events, now);
        if !state.outcome.is_open() {
            self.write_closure(tx, group, current, &state).await?;
        }
        Ok(state)
    }

    /// Writes a closed outcome once, with its journal entry, and the decision on adoption.
    async fn write_closure(
        &self,
        tx: &mut WriteTx,
        group: &GroupRecord,
        procedure: &ProcedureRecord,
        state: &State,
    ) -> AppResult<()> {
        let Some(closed_at) = state.outcome.closed_at() else {
            return Ok(());
        };
        let kind = state.outcome.kind();
        tx.close_procedure(procedure.id, kind, closed_at).await?;
        let mut payload = Payload::new()
            .with("outcome", kind)
            .with("hash", procedure.hash)
            .with("closed_at", rfc3339_utc(closed_at));
        if let Outcome::NotAdopted { reasons, .. } = &state.outcome {
            let reasons: Vec<String> = reasons.iter().map(ToString::to_string).collect();
            payload = payload.with("reasons", reasons.join("; "));
        }
        for (party, position) in &state.positions {
            payload = payload.with(&format!("position.{party}"), position.as_str());
        }
        let absent: Vec<PartyCode> = match procedure.meeting {
            Some(_) => group
                .parties_with(Standing::Member)
                .map(|p| p.code.clone())
                .filter(|party| !procedure.rules.members.contains(party))
                .collect(),
            None => Vec::new(),
        };
        if kind == OutcomeKind::Adopted && absent.is_empty() {
            let (decision, symbol) = tx
                .insert_decision(group.id, &group.code, procedure.id, closed_at)
                .await?;
            payload = payload.with("decision", decision).with("symbol", &symbol);
        }
        tx.journal(NewEntry {
            at_micros: micros(closed_at),
            actor: None,
            actor_party: None,
            scope: JournalScope::Paper(group.id, procedure.text),
            action: "procedure.close",
            object: format!("procedure:{}", procedure.id),
            payload,
        })
        .await?;
        if kind == OutcomeKind::Adopted && !absent.is_empty() {
            self.ask_the_absent(tx, group, procedure, absent, closed_at)
                .await?;
        }
        Ok(())
    }

    /// After a round in session, the member parties that were absent are asked by a silence
    /// procedure on the same version; the decision is final only when it ends unbroken.
    async fn ask_the_absent(
        &self,
        tx: &mut WriteTx,
        group: &GroupRecord,
        session: &ProcedureRecord,
        absent: Vec<PartyCode>,
        at: Timestamp,
    ) -> AppResult<()> {
        let hours = match group.settings.min_silence_hours {
            0 => 24,
            hours => i64::from(hours),
        };
        let rules = ProcedureRules {
            kind: ProcedureKind::Silence,
            quorum: u32::try_from(absent.len()).unwrap_or(u32::MAX),
            members: absent,
            opened_at: at,
            deadline: at + jiff::SignedDuration::from_hours(hours),
        };
        let id = tx
            .insert_procedure(&NewProcedure {
                group: group.id,
                text: session.text,
                version_number: session.version_number,
                hash: session.hash,
                rules: &rules,
                chair: &session.chair,
                meeting: None,
                parent: Some(session.id),
                opened_by: session.opened_by,
            })
            .await?;
        tx.journal(NewEntry {
            at_micros: micros(at),
            actor: None,
            actor_party: None,
            scope: JournalScope::Paper(group.id, session.text),
            action: "procedure.open",
            object: format!("procedure:{id}"),
            payload: Payload::new()
                .with("kind", ProcedureKind::Silence)
                .with("text", session.text)
                .with("version", session.version_number)
                .with("hash", session.hash)
                .with("deadline", rfc3339_utc(rules.deadline))
                .with(
                    "members",
                    rules
                        .members
                        .iter()
                        .map(PartyCode::as_str)
                        .collect::<Vec<_>>()
                        .join(","),
                )
                .with("asks_the_absent_of", session.id),
        })
        .await?;
        Ok(())
    }

    /// Closes every procedure whose deadline has passed; returns how many it closed. Each
    /// closes once: the recheck happens after the writers' lock, and the store refuses a
    /// second close, so two server processes never close one twice.
    pub async fn close_due_procedures(&self) -> AppResult<usize> {
        let mut closed = 0;
        let now = self.now();
        for procedure in self.store.unclosed_procedures_due(micros(now)).await? {
            // An extended procedure may still be open: check with a read before taking the
            // writers' lock.
            let events: Vec<Event> = self
                .store
                .procedure_events(procedure.id)
                .await?
                .into_iter()
                .map(|e| e.event)
                .collect();
            if decide(&procedure.rules, &events, now).outcome.is_open() {
                continue;
            }
            let group = self.store.group_by_id(procedure.group).await?;
            if self.close_if_due(procedure.id, &group).await? {
                closed += 1;
            }
        }
        Ok(closed)
    }

    /// Records the closing of one procedure if it is due and not yet recorded; `true` if this
    /// call recorded it. Safe to call from anywhere, any number of times, in any process.
    async fn close_if_due(&self, procedure: ProcedureId, group: &GroupRecord) -> AppResult<bool> {
        let mut tx = self.store.begin_write().await?;
        let (current, recorded) = tx.procedure_now(procedure).await?;
        if current.recorded_outcome.is_some() {
            return Ok(false);
        }
        let events: Vec<Event> = recorded.into_iter().map(|e| e.event).collect();
        let state = decide(&current.rules, &events, self.now());
        if state.outcome.is_open() {
            return Ok(false);
        }
        self.write_closure(&mut tx, group, &current, &state).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The decisions of a group the caller may see, newest first.
    pub async fn decisions_for(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<DecisionDetail>)> {
        let group = self.group_for(caller, code).await?;
        let mut details = Vec::new();
        for decision in self.store.decisions_of_group(group.id).await? {
            match self.decision_detail(caller, decision.id).await {
                Ok(detail) => details.push(detail),
                Err(AppError::NotFound) => {}
                Err(other) => return Err(other),
            }
        }
        Ok((group, details))
    }

    pub async fn decision_detail(
        &self,
        caller: &Caller,
        id: DecisionId,
    ) -> AppResult<DecisionDetail> {
        let decision = self.store.decision(id).await?;
        let procedure = self.procedure_detail(caller, decision.procedure).await?;
        let body = self
            .store
            .versions(procedure.text.id)
            .await?
            .into_iter()
            .find(|v| v.number == procedure.procedure.version_number)
            .map(|v| v.body)
            .ok_or(AppError::NotFound)?;
        Ok(DecisionDetail {
            decision,
            procedure,
            body,
        })
    }
}

/// Why something is in a person's inbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboxReason {
    /// A procedure is open and the caller's party has not answered (or may break silence).
    NeedsYourParty,
    /// A procedure's deadline is within a day.
    DeadlineSoon,
    /// A procedure is open for the group.
    Open,
    Adopted,
    NotAdopted,
    SilenceBroken,
}

/// One thing that needs the caller, or that they should know.
#[derive(Debug, Clone)]
pub struct InboxItem {
    pub reason: InboxReason,
    pub procedure: ProcedureId,
    pub title: String,
    pub kind: ProcedureKind,
    pub deadline: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub detail: String,
}

const RECENT_DAYS: i64 = 14;

impl App {
    /// What needs the caller now, across their groups, most urgent first; and what was
    /// decided in the last two weeks.
    pub async fn inbox(&self, caller: &Caller) -> AppResult<Vec<InboxItem>> {
        let now = self.now();
        let mut items = Vec::new();
        for group in self.groups_for(caller).await? {
            if caller.viewer.seat(group.id).is_none() {
                continue;
            }
            let (_, texts) = self.texts_for(caller, group.code.as_str()).await?;
            let acts_for = self.party_spoken_for(caller, group.id, now).await?;
            for text in texts {
                for procedure in self.store.procedures_of_text(text.id).await? {
                    let events: Vec<Event> = self
                        .store
                        .procedure_events(procedure.id)
                        .await?
                        .into_iter()
                        .map(|e| e.event)
                        .collect();
                    let state = decide(&procedure.rules, &events, now);
                    let title = format!("{}: {}", group.code, text.title);
                    let item = |reason, detail: String| InboxItem {
                        reason,
                        procedure: procedure.id,
                        title: title.clone(),
                        kind: procedure.rules.kind,
                        deadline: state.deadline,
                        closed_at: state.outcome.closed_at(),
                        detail,
                    };
                    match &state.outcome {
                        Outcome::Open => {
                            let unanswered = acts_for.as_ref().is_some_and(|party| {
                                procedure.rules.kind == ProcedureKind::Silence
                                    || !state
                                        .positions
                                        .get(party)
                                        .is_some_and(Position::allows_adoption)
                            });
                            let soon = state.deadline <= now + jiff::SignedDuration::from_hours(24);
                            let reason = match (unanswered, soon) {
                                (true, _) => InboxReason::NeedsYourParty,
                                (false, true) => InboxReason::DeadlineSoon,
                                (false, false) => InboxReason::Open,
                            };
                            let detail = match (procedure.rules.kind, unanswered) {
                                (ProcedureKind::Consensus, true) => "Your party's position is needed.".to_owned(),
                                (ProcedureKind::Silence, true) => "Under silence: keep silent to adopt, or break it with an objection.".to_owned(),
                                _ => format!("The {} is open.", procedure.rules.kind.label()),
                            };
                            items.push(item(reason, detail));
                        }
                        Outcome::Adopted { at }
                            if *at + jiff::SignedDuration::from_hours(24 * RECENT_DAYS) > now =>
                        {
                            items.push(item(InboxReason::Adopted, "Adopted.".to_owned()));
                        }
                        Outcome::NotAdopted { at, reasons }
                            if *at + jiff::SignedDuration::from_hours(24 * RECENT_DAYS) > now =>
                        {
                            let broken = reasons.iter().find_map(|r| match r {
                                crate::domain::procedure::Reason::BrokeSilence {
                                    party, ..
                                } => Some(party.clone()),
                                _ => None,
                            });
                            match broken {
                                Some(party) => items.push(item(
                                    InboxReason::SilenceBroken,
                                    format!("Silence broken by {party}."),
                                )),
                                None => items.push(item(
                                    InboxReason::NotAdopted,
                                    reasons
                                        .iter()
                                        .map(ToString::to_string)
                                        .collect::<Vec<_>>()
                                        .join("; "),
                                )),
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        items.sort_by_key(|item| (urgency(item.reason), item.deadline));
        Ok(items)
    }
}

fn urgency(reason: InboxReason) -> u8 {
    match reason {
        InboxReason::NeedsYourParty => 0,
        InboxReason::DeadlineSoon => 1,
        InboxReason::SilenceBroken => 2,
        InboxReason::Open => 3,
        InboxReason::NotAdopted => 4,
        InboxReason::Adopted => 5,
    }
}
