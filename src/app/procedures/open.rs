//! Opening a decision procedure on one exact version of a text: a consensus round, a silence
//! procedure, or a round in session among the parties present at a convened meeting.

use jiff::Timestamp;

use super::acts::refused;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{MeetingId, ProcedureId, TextId};
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::meeting::MeetingStatus;
use crate::domain::message::Message;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{decide, Event, ProcedureKind, ProcedureRules};
use crate::domain::role::Standing;
use crate::domain::text::drafting::check_ready_for_decision;
use crate::domain::time::rfc3339_utc;
use crate::domain::validation::ValidationErrors;
use crate::store::{GroupRecord, NewProcedure, VersionRecord};

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
        let chair =
            chair.ok_or_else(|| AppError::Conflict(Message::new("error-procedure-no-chair")))?;
        access::preside(&caller.viewer, group.id, &chair)?;
        if !text.kind.may_be_adopted() {
            return Err(AppError::Conflict(
                Message::new("error-procedure-never-adopted").with("kind", text.kind.as_str()),
            ));
        }
        let latest = self.version_ready_for_decision(text_id, version).await?;
        let now = self.now();
        self.no_procedure_open(text_id, now).await?;
        let (members, quorum) = self.voices(&group, session, kind).await?;
        let rules = ProcedureRules {
            kind,
            quorum,
            members,
            opened_at: now,
            deadline,
            in_session: session.is_some(),
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
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text_id),
            action: Action::ProcedureOpen,
            object: ObjectRef::Procedure(id),
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

    /// The version asked for, if it is the text's latest and has no open bracket.
    async fn version_ready_for_decision(
        &self,
        text: TextId,
        version: i64,
    ) -> AppResult<VersionRecord> {
        let versions = self.store.versions(text).await?;
        let latest = versions.into_iter().last().ok_or(AppError::NotFound)?;
        check_ready_for_decision(version, latest.number, &latest.body)?;
        Ok(latest)
    }

    /// Refuses while another procedure on the text is open at `now`.
    async fn no_procedure_open(&self, text: TextId, now: Timestamp) -> AppResult<()> {
        for procedure in self.store.procedures_of_text(text).await? {
            let events: Vec<Event> = self
                .store
                .procedure_events(procedure.id)
                .await?
                .into_iter()
                .map(|e| e.event)
                .collect();
            if decide(&procedure.rules, &events, now).outcome.is_open() {
                return Err(AppError::Conflict(
                    Message::new("error-procedure-still-open").with("id", procedure.id.get()),
                ));
            }
        }
        Ok(())
    }

    /// Who has a voice and the quorum: every member party, or in session those present.
    async fn voices(
        &self,
        group: &GroupRecord,
        session: Option<MeetingId>,
        kind: ProcedureKind,
    ) -> AppResult<(Vec<PartyCode>, u32)> {
        let all_members: Vec<PartyCode> = group
            .parties_with(Standing::Member)
            .map(|p| p.code.clone())
            .collect();
        let quorum = group.settings.effective_quorum(all_members.len());
        Ok(match session {
            None => (all_members, quorum),
            Some(meeting) => {
                let present = self.parties_present(group, meeting, kind).await?;
                let quorum = quorum.min(u32::try_from(present.len()).unwrap_or(u32::MAX));
                (present, quorum)
            }
        })
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
                Message::new("error-procedure-session-by-consensus"),
            )
            .into());
        }
        let record = self.store.meeting(meeting).await?;
        if record.group != group.id {
            return Err(ValidationErrors::single(
                "meeting",
                Message::new("error-meeting-not-of-group"),
            )
            .into());
        }
        if record.status != MeetingStatus::Convened {
            return Err(AppError::Conflict(
                Message::new("error-procedure-session-not-convened")
                    .with("status", record.status.as_str()),
            ));
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
            return Err(AppError::Conflict(Message::new(
                "error-procedure-nobody-present",
            )));
        }
        Ok(present)
    }
}
