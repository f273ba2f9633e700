//! Decision procedures, the events recorded in them, and the decisions they produce. The
//! outcome is never stored by hand: it is computed by `domain::procedure::decide` from the
//! events, and written here once, when the procedure closes, so that lists can find open ones.

use jiff::Timestamp;

use super::{decode, Store, StoreError, StoreResult, WriteTx};
use crate::domain::document::decision_symbol;
use crate::domain::ids::{DecisionId, GroupId, MeetingId, ProcedureId, TextId, UserId};
use crate::domain::journal::Hash32;
use crate::domain::names::{GroupCode, PartyCode};
use crate::domain::procedure::{Event, OutcomeKind, Position, ProcedureKind, ProcedureRules};

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

/// An event with who recorded it and the journal entry that holds it.
#[derive(Debug, Clone)]
pub struct EventRecord {
    pub event: Event,
    pub recorded_by: UserId,
    pub journal_seq: i64,
}

#[derive(Debug, Clone)]
pub struct DecisionRecord {
    pub id: DecisionId,
    pub symbol: String,
    pub group: GroupId,
    pub procedure: ProcedureId,
    pub adopted_at: Timestamp,
}

type ProcedureRow = (
    i64,
    i64,
    i64,
    i64,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
    Option<i64>,
    Option<String>,
    Option<i64>,
    i64,
);
const PROCEDURE_COLUMNS: &str =
    "id, group_id, text_id, version_number, hash, kind, members, quorum, opened_at, \
                                 deadline, chair, meeting_id, outcome, parent_id, opened_by";

fn instant(micros: i64) -> StoreResult<Timestamp> {
    decode(Timestamp::from_microsecond(micros), "instant")
}

fn procedure_record(row: ProcedureRow) -> StoreResult<ProcedureRecord> {
    let (
        id,
        group,
        text,
        version_number,
        hash,
        kind,
        members,
        quorum,
        opened_at,
        deadline,
        chair,
        meeting,
        outcome,
        parent,
        opened_by,
    ) = row;
    Ok(ProcedureRecord {
        id: ProcedureId::new(id),
        group: GroupId::new(group),
        text: TextId::new(text),
        version_number,
        hash: Hash32::from_hex(&hash)
            .ok_or_else(|| StoreError::Corrupt("procedure hash".into()))?,
        rules: ProcedureRules {
            kind: decode(kind.parse::<ProcedureKind>(), "kind")?,
            members: members
                .split(',')
                .filter(|code| !code.is_empty())
                .map(|code| decode(PartyCode::parse(code), "member"))
                .collect::<StoreResult<_>>()?,
            quorum: decode(u32::try_from(quorum), "quorum")?,
            opened_at: instant(opened_at)?,
            deadline: instant(deadline)?,
            in_session: meeting.is_some(),
        },
        chair: decode(PartyCode::parse(&chair), "chair")?,
        meeting: meeting.map(MeetingId::new),
        parent: parent.map(ProcedureId::new),
        opened_by: UserId::new(opened_by),
        recorded_outcome: outcome
            .map(|o| decode(o.parse::<OutcomeKind>(), "outcome"))
            .transpose()?,
    })
}

const EVENTS_QUERY: &str =
    "SELECT kind, party, position, text, instant, at, recorded_by, journal_seq \
                            FROM procedure_events WHERE procedure_id = $1 ORDER BY id";

type EventRow = (
    String,
    Option<String>,
    Option<String>,
    String,
    Option<i64>,
    i64,
    i64,
    i64,
);

fn event_record(row: EventRow) -> StoreResult<EventRecord> {
    let (kind, party, position, text, moment, at, recorded_by, journal_seq) = row;
    let party = || -> StoreResult<PartyCode> {
        decode(
            PartyCode::parse(party.as_deref().unwrap_or_default()),
            "event party",
        )
    };
    let at = instant(at)?;
    let moment = || -> StoreResult<Timestamp> {
        instant(moment.ok_or_else(|| StoreError::Corrupt("event instant".into()))?)
    };
    let event = match kind.as_str() {
        "position" => Event::Position {
            party: party()?,
            position: match position.as_deref() {
                Some("concur") => Position::Concur,
                Some("concur_with_statement") => Position::ConcurWithStatement(text),
                Some("stand_aside") => Position::StandAside((!text.is_empty()).then_some(text)),
                Some("ad_referendum") => Position::AdReferendum {
                    confirm_by: moment()?,
                },
                Some("object") => Position::Object(text),
                other => return Err(StoreError::Corrupt(format!("position {other:?}"))),
            },
            at,
        },
        "confirm" => Event::Confirm {
            party: party()?,
            at,
        },
        "decline" => Event::Decline {
            party: party()?,
            reason: text,
            at,
        },
        "break" => Event::Break {
            party: party()?,
            reason: text,
            at,
        },
        "statement" => Event::Statement {
            party: party()?,
            text,
            at,
        },
        "extend" => Event::Extend {
            deadline: moment()?,
            at,
        },
        "chair_note" => Event::ChairNote {
            party: party()?,
            at,
        },
        "withdraw" => Event::Withdraw { at },
        "superseded" => Event::Superseded { at },
        other => return Err(StoreError::Corrupt(format!("event kind {other}"))),
    };
    Ok(EventRecord {
        event,
        recorded_by: UserId::new(recorded_by),
        journal_seq,
    })
}

/// The columns an event is stored in: party, position, text, instant.
fn event_columns(event: &Event) -> (Option<String>, Option<&'static str>, String, Option<i64>) {
    let party = event.concerns().map(|p| p.as_str().to_owned());
    match event {
        Event::Position { position, .. } => {
            let moment = match position {
                Position::AdReferendum { confirm_by } => Some(confirm_by.as_microsecond()),
                _ => None,
            };
            (
                party,
                Some(position.as_str()),
                position.text().unwrap_or_default().to_owned(),
                moment,
            )
        }
        Event::Decline { reason, .. } | Event::Break { reason, .. } => {
            (party, None, reason.clone(), None)
        }
        Event::Statement { text, .. } => (party, None, text.clone(), None),
        Event::Extend { deadline, .. } => {
            (None, None, String::new(), Some(deadline.as_microsecond()))
        }
        Event::Confirm { .. }
        | Event::ChairNote { .. }
        | Event::Withdraw { .. }
        | Event::Superseded { .. } => (party, None, String::new(), None),
    }
}

impl Store {
    pub async fn procedure(&self, id: ProcedureId) -> StoreResult<ProcedureRecord> {
        let row: Option<ProcedureRow> = sqlx::query_as(&format!(
            "SELECT {PROCEDURE_COLUMNS} FROM procedures WHERE id = $1"
        ))
        .bind(id.get())
        .fetch_optional(self.pool())
        .await?;
        procedure_record(row.ok_or(StoreError::NotFound)?)
    }

    pub async fn procedures_of_text(&self, text: TextId) -> StoreResult<Vec<ProcedureRecord>> {
        let rows: Vec<ProcedureRow> = sqlx::query_as(&format!(
            "SELECT {PROCEDURE_COLUMNS} FROM procedures WHERE text_id = $1 ORDER BY id"
        ))
        .bind(text.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(procedure_record).collect()
    }

    /// Procedures not yet recorded as closed, in every group, for the scheduler.
    /// Procedures not yet recorded as closed whose opening deadline has passed, for the
    /// scheduler. An act that closes a procedure records it at once, and an extension only
    /// moves a deadline later, so no other procedure can be due.
    pub async fn unclosed_procedures_due(
        &self,
        now_micros: i64,
    ) -> StoreResult<Vec<ProcedureRecord>> {
        let rows: Vec<ProcedureRow> = sqlx::query_as(&format!(
            "SELECT {PROCEDURE_COLUMNS} FROM procedures WHERE outcome IS NULL AND deadline <= $1 ORDER BY deadline"
        ))
        .bind(now_micros)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(procedure_record).collect()
    }

    pub async fn procedure_events(&self, procedure: ProcedureId) -> StoreResult<Vec<EventRecord>> {
        let rows: Vec<EventRow> = sqlx::query_as(EVENTS_QUERY)
            .bind(procedure.get())
            .fetch_all(self.pool())
            .await?;
        rows.into_iter().map(event_record).collect()
    }

    pub async fn decision_of_procedure(
        &self,
        procedure: ProcedureId,
    ) -> StoreResult<Option<DecisionRecord>> {
        let row: Option<(i64, String, i64, i64, i64)> = sqlx::query_as(
            "SELECT id, symbol, group_id, procedure_id, adopted_at FROM decisions WHERE procedure_id = $1",
        )
        .bind(procedure.get())
        .fetch_optional(self.pool())
        .await?;
        row.map(decision_record).transpose()
    }

    pub async fn decision(&self, id: DecisionId) -> StoreResult<DecisionRecord> {
        let row: Option<(i64, String, i64, i64, i64)> = sqlx::query_as(
            "SELECT id, symbol, group_id, procedure_id, adopted_at FROM decisions WHERE id = $1",
        )
        .bind(id.get())
        .fetch_optional(self.pool())
        .await?;
        decision_record(row.ok_or(StoreError::NotFound)?)
    }

    pub async fn decisions_of_group(&self, group: GroupId) -> StoreResult<Vec<DecisionRecord>> {
        let rows: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(
            "SELECT id, symbol, group_id, procedure_id, adopted_at FROM decisions WHERE group_id = $1 \
             ORDER BY adopted_at DESC, id DESC",
        )
        .bind(group.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(decision_record).collect()
    }
}

fn decision_record(
    (id, symbol, group, procedure, adopted_at): (i64, String, i64, i64, i64),
) -> StoreResult<DecisionRecord> {
    Ok(DecisionRecord {
        id: DecisionId::new(id),
        symbol,
        group: GroupId::new(group),
        procedure: ProcedureId::new(procedure),
        adopted_at: instant(adopted_at)?,
    })
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

impl WriteTx {
    /// A procedure as it stands inside this transaction (after the writers' lock), so that a
    /// decision is taken on every event committed before it.
    pub async fn procedure_now(
        &mut self,
        id: ProcedureId,
    ) -> StoreResult<(ProcedureRecord, Vec<EventRecord>)> {
        let row: Option<ProcedureRow> = sqlx::query_as(&format!(
            "SELECT {PROCEDURE_COLUMNS} FROM procedures WHERE id = $1"
        ))
        .bind(id.get())
        .fetch_optional(self.conn())
        .await?;
        let procedure = procedure_record(row.ok_or(StoreError::NotFound)?)?;
        let rows: Vec<EventRow> = sqlx::query_as(EVENTS_QUERY)
            .bind(id.get())
            .fetch_all(self.conn())
            .await?;
        let events = rows
            .into_iter()
            .map(event_record)
            .collect::<StoreResult<_>>()?;
        Ok((procedure, events))
    }

    pub async fn insert_procedure(
        &mut self,
        procedure: &NewProcedure<'_>,
    ) -> StoreResult<ProcedureId> {
        let members: Vec<&str> = procedure
            .rules
            .members
            .iter()
            .map(PartyCode::as_str)
            .collect();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO procedures (group_id, text_id, version_number, hash, kind, members, quorum, opened_at, \
             deadline, opened_by, chair, meeting_id, parent_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(procedure.group.get())
        .bind(procedure.text.get())
        .bind(procedure.version_number)
        .bind(procedure.hash.to_hex())
        .bind(procedure.rules.kind.as_str())
        .bind(members.join(","))
        .bind(i64::from(procedure.rules.quorum))
        .bind(procedure.rules.opened_at.as_microsecond())
        .bind(procedure.rules.deadline.as_microsecond())
        .bind(procedure.opened_by.get())
        .bind(procedure.chair.as_str())
        .bind(procedure.meeting.map(MeetingId::get))
        .bind(procedure.parent.map(ProcedureId::get))
        .fetch_one(self.conn())
        .await?;
        Ok(ProcedureId::new(id))
    }

    pub async fn insert_event(
        &mut self,
        procedure: ProcedureId,
        event: &Event,
        recorded_by: UserId,
        journal_seq: i64,
    ) -> StoreResult<()> {
        let (party, position, text, moment) = event_columns(event);
        sqlx::query(
            "INSERT INTO procedure_events (procedure_id, kind, party, position, text, instant, at, recorded_by, journal_seq) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(procedure.get())
        .bind(event.as_str())
        .bind(party)
        .bind(position.map(str::to_owned))
        .bind(text)
        .bind(moment)
        .bind(event.at().as_microsecond())
        .bind(recorded_by.get())
        .bind(journal_seq)
        .execute(self.conn())
        .await?;
        Ok(())
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
        .bind(outcome.as_str())
        .bind(closed_at.as_microsecond())
        .bind(procedure.get())
        .execute(self.conn())
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "this procedure is already closed".into(),
            ));
        }
        Ok(())
    }

    /// The next decision of a group in the year of adoption: `{GROUP}/{YEAR}/DEC/{n}`.
    pub async fn insert_decision(
        &mut self,
        group: GroupId,
        code: &GroupCode,
        procedure: ProcedureId,
        adopted_at: Timestamp,
    ) -> StoreResult<(DecisionId, String)> {
        let year = adopted_at.to_zoned(jiff::tz::TimeZone::UTC).year();
        let (last,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(number) FROM decisions WHERE group_id = $1 AND year = $2")
                .bind(group.get())
                .bind(i64::from(year))
                .fetch_one(self.conn())
                .await?;
        let number = last.unwrap_or(0) + 1;
        let symbol = decision_symbol(code, year, number);
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO decisions (group_id, year, number, symbol, procedure_id, adopted_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(group.get())
        .bind(i64::from(year))
        .bind(number)
        .bind(symbol.as_str())
        .bind(procedure.get())
        .bind(adopted_at.as_microsecond())
        .fetch_one(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "this procedure already has its decision"))?;
        Ok((DecisionId::new(id), symbol))
    }
}
