//! Closing procedures: the outcome written once, the decision an adoption creates, the silence
//! that asks the parties absent from a session, and the deadlines the scheduler records.

use jiff::Timestamp;

use crate::app::{App, AppResult};
use crate::domain::ids::ProcedureId;
use crate::domain::journal::{payload_key, Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::names::PartyCode;
use crate::domain::procedure::{
    decide, Event, Outcome, OutcomeKind, ProcedureKind, ProcedureRules, State,
};
use crate::domain::role::Standing;
use crate::domain::time::rfc3339_utc;
use crate::store::{GroupRecord, NewProcedure, ProcedureRecord, WriteTx};

impl App {
    /// Writes a closed outcome once, with its journal entry, and the decision on adoption.
    pub(super) async fn write_closure(
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
            .with(payload_key::OUTCOME, kind)
            .with(payload_key::HASH, procedure.hash)
            .with("closed_at", rfc3339_utc(closed_at));
        if let Outcome::NotAdopted { reasons, .. } = &state.outcome {
            let reasons: Vec<String> = reasons.iter().map(ToString::to_string).collect();
            payload = payload.with("reasons", reasons.join("; "));
        }
        for (party, position) in &state.positions {
            payload = payload.with(&format!("position.{party}"), position.as_str());
        }
        for party in &state.chair_notes {
            payload = payload.with(&format!("chair_note.{party}"), "no_objection_heard");
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
            payload = payload
                .with(payload_key::DECISION, decision)
                .with(payload_key::SYMBOL, &symbol);
        }
        tx.journal(NewEntry {
            at_micros: closed_at.as_microsecond(),
            actor: None,
            actor_party: None,
            scope: JournalScope::Paper(group.id, procedure.text),
            action: Action::ProcedureClose,
            object: ObjectRef::Procedure(procedure.id),
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
        let rules = ProcedureRules::asking_the_absent(absent, at, group.settings.min_silence_hours);
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
            at_micros: at.as_microsecond(),
            actor: None,
            actor_party: None,
            scope: JournalScope::Paper(group.id, session.text),
            action: Action::ProcedureOpen,
            object: ObjectRef::Procedure(id),
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
        for procedure in self.store.unclosed_procedures_due(now).await? {
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
    pub(super) async fn close_if_due(
        &self,
        procedure: ProcedureId,
        group: &GroupRecord,
    ) -> AppResult<bool> {
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
}
