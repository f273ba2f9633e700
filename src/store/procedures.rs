//! Decision procedures, with the members they were opened for kept in `procedure_members` in
//! the order recorded. The outcome is never stored by hand: it is computed by
//! `domain::procedure::decide` from the events (`events.rs`), and written here once, when the
//! procedure closes, so that lists can find open ones. Decisions are in `decisions.rs`.

use jiff::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection};

use super::codec::{Count, Micros};
use super::events::{events_of, EventRecord};
use super::lists::Lists;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{GroupId, MeetingId, ProcedureId, TextId, UserId};
use crate::domain::journal::Hash32;
use crate::domain::names::PartyCode;
use crate::domain::procedure::{OutcomeKind, ProcedureKind, ProcedureRules};

#[derive(Debug, Clone)]
pub struct ProcedureRecord {
    pub id: ProcedureId,
    pub group: GroupId,
    pub text: TextId,
    pub version_number: i64,
    pub hash: Hash32,
    pub rules: ProcedureRules,
    pub chair: PartyCode,
    /// Set for a round held in session at this meeting (DOMAIN.md §4.3).
    pub meeting: Option<MeetingId>,
    /// For the silence procedure that asks the parties absent from a session: that round.
    pub parent: Option<ProcedureId>,
    pub opened_by: UserId,
    /// Written when the procedure closed; `None` while open.
    pub recorded_outcome: Option<OutcomeKind>,
}

/// A procedure about to open.
pub struct NewProcedure<'a> {
    pub group: GroupId,
    pub text: TextId,
    pub version_number: i64,
    pub hash: Hash32,
    pub rules: &'a ProcedureRules,
    pub chair: &'a PartyCode,
    pub meeting: Option<MeetingId>,
    pub parent: Option<ProcedureId>,
    pub opened_by: UserId,
}

#[derive(sqlx::FromRow)]
pub(super) struct ProcedureRow {
    pub(super) id: ProcedureId,
    pub(super) group_id: GroupId,
    pub(super) text_id: TextId,
    pub(super) version_number: i64,
    pub(super) hash: Hash32,
    pub(super) kind: ProcedureKind,
    pub(super) quorum: Count,
    pub(super) opened_at: Micros,
    pub(super) deadline: Micros,
    pub(super) chair: PartyCode,
    pub(super) meeting_id: Option<MeetingId>,
    pub(super) outcome: Option<OutcomeKind>,
    pub(super) parent_id: Option<ProcedureId>,
    pub(super) opened_by: UserId,
}

impl ProcedureRow {
    pub(super) fn into_record(self, members: Vec<PartyCode>) -> ProcedureRecord {
        ProcedureRecord {
            id: self.id,
            group: self.group_id,
            text: self.text_id,
            version_number: self.version_number,
            hash: self.hash,
            rules: ProcedureRules {
                kind: self.kind,
                members,
                quorum: self.quorum.0,
                opened_at: self.opened_at.0,
                deadline: self.deadline.0,
                in_session: self.meeting_id.is_some(),
            },
            chair: self.chair,
            meeting: self.meeting_id,
            parent: self.parent_id,
            opened_by: self.opened_by,
            recorded_outcome: self.outcome,
        }
    }
}

/// Which procedures a read is for; each is one `WHERE` clause over `procedures p` and the
/// order its list comes in.
#[derive(Clone, Copy)]
enum Which {
    Id(ProcedureId),
    OfText(TextId),
    /// Not yet recorded as closed, with the opening deadline at or before this instant.
    UnclosedDueBy(Timestamp),
}

impl Which {
    fn filter(self) -> &'static str {
        match self {
            Which::Id(_) => "p.id = $1",
            Which::OfText(_) => "p.text_id = $1",
            Which::UnclosedDueBy(_) => "p.outcome IS NULL AND p.deadline <= $1",
        }
    }

    fn order(self) -> &'static str {
        match self {
            Which::Id(_) | Which::OfText(_) => "p.id",
            Which::UnclosedDueBy(_) => "p.deadline",
        }
    }

    fn bind<'q, O>(
        self,
        query: QueryAs<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        match self {
            Which::Id(id) => query.bind(id),
            Which::OfText(text) => query.bind(text),
            Which::UnclosedDueBy(instant) => query.bind(Micros(instant)),
        }
    }
}

/// The procedures `which` names, each with its members in the order recorded: two queries
/// however many there are.
async fn procedures_where(
    conn: &mut AnyConnection,
    which: Which,
) -> StoreResult<Vec<ProcedureRecord>> {
    let rows: Vec<ProcedureRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT p.id, p.group_id, p.text_id, p.version_number, p.hash, p.kind, p.quorum, \
             p.opened_at, p.deadline, p.chair, p.meeting_id, p.outcome, p.parent_id, \
             p.opened_by FROM procedures p WHERE {} ORDER BY {}",
            which.filter(),
            which.order()
        )))
        .fetch_all(&mut *conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut members: Lists<ProcedureId, PartyCode> = Lists::read(
        &mut *conn,
        which.bind(sqlx::query_as(&format!(
            "SELECT m.procedure_id AS owner, m.party_code AS item FROM procedure_members m \
             JOIN procedures p ON p.id = m.procedure_id WHERE {} \
             ORDER BY m.procedure_id, m.position",
            which.filter()
        ))),
        "procedure_members.party_code",
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let of_procedure = members.take(&row.id);
            row.into_record(of_procedure)
        })
        .collect())
}

/// One procedure, or `NotFound`.
async fn procedure(conn: &mut AnyConnection, id: ProcedureId) -> StoreResult<ProcedureRecord> {
    let found = procedures_where(conn, Which::Id(id)).await?;
    found.into_iter().next().ok_or(StoreError::NotFound)
}

impl Store {
    pub async fn procedure(&self, id: ProcedureId) -> StoreResult<ProcedureRecord> {
        procedure(&mut *self.conn().await?, id).await
    }

    pub async fn procedures_of_text(&self, text: TextId) -> StoreResult<Vec<ProcedureRecord>> {
        procedures_where(&mut *self.conn().await?, Which::OfText(text)).await
    }

    /// Procedures not yet recorded as closed whose opening deadline has passed by `now`, for
    /// the scheduler. An act that closes a procedure records it at once, and an extension
    /// only moves a deadline later, so no other procedure can be due.
    pub async fn unclosed_procedures_due(
        &self,
        now: Timestamp,
    ) -> StoreResult<Vec<ProcedureRecord>> {
        procedures_where(&mut *self.conn().await?, Which::UnclosedDueBy(now)).await
    }

    pub async fn procedure_events(&self, procedure: ProcedureId) -> StoreResult<Vec<EventRecord>> {
        events_of(&mut *self.conn().await?, procedure).await
    }
}

impl WriteTx {
    /// A procedure as it stands inside this transaction (after the writers' lock), so that a
    /// decision is taken on every event committed before it.
    pub async fn procedure_now(
        &mut self,
        id: ProcedureId,
    ) -> StoreResult<(ProcedureRecord, Vec<EventRecord>)> {
        let found = procedure(self.conn(), id).await?;
        let events = events_of(self.conn(), id).await?;
        Ok((found, events))
    }

    pub async fn insert_procedure(
        &mut self,
        procedure: &NewProcedure<'_>,
    ) -> StoreResult<ProcedureId> {
        let rules = procedure.rules;
        let id: ProcedureId = sqlx::query_scalar(
            "INSERT INTO procedures (group_id, text_id, version_number, hash, kind, quorum, \
             opened_at, deadline, opened_by, chair, meeting_id, parent_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(procedure.group)
        .bind(procedure.text)
        .bind(procedure.version_number)
        .bind(procedure.hash)
        .bind(rules.kind)
        .bind(Count(rules.quorum))
        .bind(Micros(rules.opened_at))
        .bind(Micros(rules.deadline))
        .bind(procedure.opened_by)
        .bind(procedure.chair)
        .bind(procedure.meeting)
        .bind(procedure.parent)
        .fetch_one(self.conn())
        .await?;
        for (position, party) in rules.members.iter().enumerate() {
            sqlx::query(
                "INSERT INTO procedure_members (procedure_id, position, party_code) \
                 VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(party)
            .execute(self.conn())
            .await?;
        }
        Ok(id)
    }

    /// Records that a procedure closed; exactly once (a second close is a conflict).
    pub async fn close_procedure(
        &mut self,
        procedure: ProcedureId,
        outcome: OutcomeKind,
        closed_at: Timestamp,
    ) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE procedures SET outcome = $1, closed_at = $2 WHERE id = $3 AND outcome IS NULL",
        )
        .bind(outcome)
        .bind(Micros(closed_at))
        .bind(procedure)
        .execute(self.conn())
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::Conflict(crate::domain::message::Message::new(
                "error-conflict-procedure-closed",
            )));
        }
        Ok(())
    }
}
