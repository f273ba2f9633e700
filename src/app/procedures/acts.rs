//! Recording the acts of parties and of the chair in a procedure, each at the server's clock,
//! in one transaction with its journal entry; the act that closes a procedure closes it there.

use jiff::Timestamp;

use super::Act;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::ProcedureId;
use crate::domain::journal::{payload_key, Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::message::Explain;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{decide, Authority, Event, Position, Refusal, State};
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::store::{GroupRecord, ProcedureRecord, WriteTx};

/// Maps a refusal of the rules to what the caller sees: a closed procedure, a passed deadline
/// or an act that does not fit the procedure's state is a conflict with that state; a bad value
/// is invalid input, named by its field. Every refusal is placed here by name: a new one must be
/// placed too, never filed under a default.
pub(super) fn refused(refusal: Refusal) -> AppError {
    let field = match &refusal {
        Refusal::Closed(_)
        | Refusal::DeadlinePassed { .. }
        | Refusal::BeforeOpening { .. }
        | Refusal::NotStampedNow { .. }
        | Refusal::BehindLastAct { .. }
        | Refusal::ConfirmationTimePassed { .. }
        | Refusal::WrongKind { .. }
        | Refusal::NoAdReferendum { .. }
        | Refusal::PartyHasSpoken { .. }
        | Refusal::AlreadyNoted { .. }
        | Refusal::NoteOutsideSession => return AppError::Conflict(refusal.message()),
        Refusal::NotAMember(_) => "party",
        Refusal::ExtensionNotLater { .. }
        | Refusal::DeadlineNotAfterOpening
        | Refusal::SilenceTooShort { .. } => "deadline",
        Refusal::ConfirmByNotAhead { .. } => "confirm_by",
        Refusal::TextMissing(missing) => missing.field(),
        Refusal::TextTooLong { field, .. } => field,
    };
    AppError::Invalid(ValidationErrors::single(field, refusal.message()))
}

fn event_payload(procedure: &ProcedureRecord, event: &Event) -> Payload {
    let mut payload = Payload::new()
        .with("procedure", procedure.id)
        .with("hash", procedure.hash)
        .with("event", event.as_str())
        .with("at", rfc3339_utc(event.at()))
        .with_optional(payload_key::PARTY, event.concerns());
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
        Event::Confirm { .. }
        | Event::ChairNote { .. }
        | Event::Withdraw { .. }
        | Event::Superseded { .. } => {}
    }
    payload
}

impl App {
    /// The party the caller may speak for in the group's procedures now (an envoy, or a
    /// deputy with a live authorisation), if any.
    pub(super) async fn party_spoken_for(
        &self,
        caller: &Caller,
        group: crate::domain::ids::GroupId,
        now: Timestamp,
    ) -> AppResult<Option<PartyCode>> {
        let Some(party) = caller.viewer.party_in(group) else {
            return Ok(None);
        };
        let authorised = self.deputy_authorised(caller, group, &party, now).await?;
        Ok(access::speak_for(&caller.viewer, group, &party, authorised)
            .ok()
            .map(|()| party))
    }

    /// Whether the caller holds a live authorisation to speak for `party` (as its deputy).
    async fn deputy_authorised(
        &self,
        caller: &Caller,
        group: crate::domain::ids::GroupId,
        party: &PartyCode,
        now: Timestamp,
    ) -> AppResult<bool> {
        Ok(self
            .store
            .authorised_until(group, party, caller.viewer.user, now)
            .await?
            .is_some())
    }

    /// Records one act, at the server's clock, if the caller may and the rules allow it now.
    pub async fn act(&self, caller: &Caller, id: ProcedureId, act: Act) -> AppResult<State> {
        let procedure = self.store.procedure(id).await?;
        let (group, _, _) = self.visible_text(caller, procedure.text).await?;
        let now = self.now();
        // Who may record the act is the rule's, not the caller's choice: a party's act is the
        // party's alone, and the chair's note is a kind of its own (DOMAIN.md §4.3).
        let authority = act.authority();
        let deputy_authorised = match authority {
            Authority::Party(party) => self.deputy_authorised(caller, group.id, party, now).await?,
            Authority::Chair => false,
        };
        access::record_act(
            &caller.viewer,
            group.id,
            authority,
            &procedure.chair,
            deputy_authorised,
        )?;
        let app = self.clone();
        let caller = caller.clone();
        // The act waits for the writers' lock beside others and is written in one transaction
        // with them; it is answered once that transaction is durable.
        self.store
            .write_batched(move |tx| {
                Box::pin(async move {
                    // The clock is read after the writers' lock: an act waiting in line is
                    // stamped when it is recorded, never before an act committed ahead of it.
                    let now = app.now();
                    app.record_event(tx, &caller, &group, &procedure, act.at(now))
                        .await
                })
            })
            .await
    }

    /// Records an event in an open transaction with its journal entry, and closes the
    /// procedure (creating the decision on adoption) if the event closes it. The event is
    /// checked against the procedure's round as folded so far (every event committed before
    /// it and those of this transaction), not against a replay of its whole history.
    pub(crate) async fn record_event(
        &self,
        tx: &mut WriteTx,
        caller: &Caller,
        group: &GroupRecord,
        procedure: &ProcedureRecord,
        event: Event,
    ) -> AppResult<State> {
        tx.procedure_round(procedure.id, &procedure.rules)
            .await?
            .check(&event, event.at())
            .map_err(refused)?;
        self.append_event(tx, caller, group, procedure, event).await
    }

    /// A new version of the text was made: an open procedure on an older one is superseded;
    /// one whose deadline passed unrecorded gets its deadline outcome recorded instead.
    pub(crate) async fn supersede(
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
            self.append_event(tx, caller, group, &current, Event::Superseded { at })
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
        event: Event,
    ) -> AppResult<State> {
        let now = event.at();
        let actor = caller.viewer.user;
        let entry = tx
            .journal(NewEntry {
                at_micros: now.as_microsecond(),
                actor: Some(actor),
                // The journal names the party of the person who acted, never the party an act
                // is about: a chair's note about KZ is not KZ's act.
                actor_party: caller.viewer.party_in(group.id),
                scope: JournalScope::Paper(group.id, current.text),
                action: Action::of_event(&event),
                object: ObjectRef::Procedure(current.id),
                payload: event_payload(current, &event),
            })
            .await?;
        tx.insert_event(current.id, &event, actor, entry.seq)
            .await?;
        let state = state_in(tx, current, now).await?;
        if !state.outcome.is_open() {
            self.write_closure(tx, group, current, &state).await?;
        }
        Ok(state)
    }
}

/// A procedure's state at `now` inside a transaction: from the round it holds folded, or, when
/// it holds none or an event is stamped after `now` (a clock that stepped back), from a replay.
async fn state_in(
    tx: &mut WriteTx,
    procedure: &ProcedureRecord,
    now: Timestamp,
) -> AppResult<State> {
    let folded = tx.folded_round(procedure.id);
    if let Some(state) = folded.and_then(|round| round.state_at_if_after_all(now)) {
        return Ok(state);
    }
    let (_, recorded) = tx.procedure_now(procedure.id).await?;
    let events: Vec<Event> = recorded.into_iter().map(|e| e.event).collect();
    Ok(decide(&procedure.rules, &events, now))
}
