//! A decision recorded later (issue 8, item 9): the group's record from before it used Majlis.
//!
//! Design: a decision row needs its procedure row (`decisions.procedure_id`), so recording one
//! creates a consensus round held in session at the meeting that adopted the text, opened and
//! closed as adopted at the adoption instant, whose members are the parties reported. It has
//! no events: the parties recorded nothing in Majlis, and nobody writes an act under another
//! party's name. The positions are the secretariat's report of them, kept beside the decision
//! (`reported_positions`) and shown "as reported by the secretariat"; the decision names who
//! recorded it and when. One transaction writes all of it with one journal entry, the
//! `procedure.close` that a decision's evidence needs (`outcome = adopted`, `symbol`, `hash`),
//! by the secretariat at the server's clock, with `recorded_later = true`, `adopted_at`,
//! `meeting` and `reported.{PARTY}`. Reads take such a procedure's state from the record
//! (`domain::recorded_later::state`), never from `decide`, which would find nobody answered.

use jiff::Timestamp;

use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{DecisionId, MeetingId, TextId};
use crate::domain::journal::{payload_key, Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::message::Message;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{OutcomeKind, ProcedureKind, ProcedureRules};
use crate::domain::recorded_later::{self, MeetingFacts, ReportedPosition};
use crate::domain::role::Standing;
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::store::{NewProcedure, RecordedLater, StoreError};

/// A decision the group took before it used Majlis, as the secretariat reports it.
#[derive(Debug, Clone)]
pub struct DecisionTakenEarlier {
    pub version: i64,
    pub adopted_at: Timestamp,
    pub meeting: MeetingId,
    pub positions: Vec<ReportedPosition>,
}

impl App {
    /// The secretariat records a decision taken earlier; returns the decision and its symbol
    /// (numbered in the year of adoption).
    pub async fn record_decision_later(
        &self,
        caller: &Caller,
        text_id: TextId,
        taken: DecisionTakenEarlier,
    ) -> AppResult<(DecisionId, String)> {
        let (group, text, _) = self.visible_text(caller, text_id).await?;
        access::record_later(&caller.viewer, group.id)?;
        if !text.kind.may_be_adopted() {
            return Err(AppError::Conflict(
                Message::new("error-procedure-never-adopted").with("kind", text.kind.as_str()),
            ));
        }
        let version = self
            .store
            .versions(text_id)
            .await?
            .into_iter()
            .find(|v| v.number == taken.version)
            .ok_or_else(|| {
                ValidationErrors::single("version", Message::new("error-procedure-no-such-version"))
            })?;
        let meeting = match self.store.meeting(taken.meeting).await {
            Ok(meeting) => meeting,
            Err(StoreError::NotFound) => {
                return Err(ValidationErrors::single(
                    "meeting",
                    Message::new("error-procedure-no-such-meeting"),
                )
                .into())
            }
            Err(other) => return Err(other.into()),
        };
        let members: Vec<PartyCode> = group
            .parties_with(Standing::Member)
            .map(|p| p.code.clone())
            .collect();
        let now = self.now();
        recorded_later::check(
            now,
            group.id,
            &members,
            taken.adopted_at,
            MeetingFacts {
                group: meeting.group,
                starts_at: meeting.schedule.starts_at(),
            },
            &taken.positions,
        )?;
        let at = taken.adopted_at;
        let reported: Vec<PartyCode> = taken.positions.iter().map(|r| r.party.clone()).collect();
        let rules = ProcedureRules {
            kind: ProcedureKind::Consensus,
            quorum: group.settings.effective_quorum(members.len()),
            members: reported,
            opened_at: at,
            deadline: at,
            in_session: true,
        };
        let mut tx = self.store.begin_write().await?;
        let procedure = tx
            .insert_procedure(&NewProcedure {
                group: group.id,
                text: text_id,
                version_number: version.number,
                hash: version.hash,
                rules: &rules,
                chair: &meeting.chair,
                meeting: Some(meeting.id),
                parent: None,
                opened_by: caller.viewer.user,
            })
            .await?;
        tx.close_procedure(procedure, OutcomeKind::Adopted, at)
            .await?;
        let (decision, symbol) = tx
            .insert_decision(group.id, &group.code, procedure, at)
            .await?;
        let by = RecordedLater {
            by: caller.viewer.user,
            at: now,
        };
        tx.record_later(decision, by, &taken.positions).await?;
        let mut payload = Payload::new()
            .with(payload_key::OUTCOME, OutcomeKind::Adopted)
            .with(payload_key::HASH, version.hash)
            .with(payload_key::DECISION, decision)
            .with(payload_key::SYMBOL, &symbol)
            .with(payload_key::RECORDED_LATER, true)
            .with(payload_key::ADOPTED_AT, rfc3339_utc(at))
            .with(payload_key::MEETING, meeting.id)
            .with("kind", ProcedureKind::Consensus)
            .with("text", text_id)
            .with("version", version.number)
            .with("chair", &meeting.chair);
        for report in &taken.positions {
            payload = payload.with(
                &format!("{}.{}", payload_key::REPORTED, report.party),
                report.position.as_str(),
            );
            if let Some(statement) = report.position.text() {
                payload = payload.with(&format!("statement.{}", report.party), statement);
            }
        }
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text_id),
            action: Action::ProcedureClose,
            object: ObjectRef::Procedure(procedure),
            payload,
        })
        .await?;
        tx.commit().await?;
        Ok((decision, symbol))
    }
}
