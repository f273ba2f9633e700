//! The events recorded in a procedure, one row each: the act's kind, the party it concerns,
//! a position word, free text and an instant (a confirmation date or a new deadline), as
//! each kind needs.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::codec::Micros;
use super::{StoreError, StoreResult, WriteTx};
use crate::domain::ids::{ProcedureId, UserId};
use crate::domain::names::PartyCode;
use crate::domain::procedure::{Event, Position};

/// An event with who recorded it and the journal entry that holds it.
#[derive(Debug, Clone)]
pub struct EventRecord {
    pub event: Event,
    pub recorded_by: UserId,
    pub journal_seq: i64,
}

#[derive(sqlx::FromRow)]
pub(super) struct EventRow {
    id: i64,
    kind: String,
    party: Option<PartyCode>,
    position: Option<String>,
    text: String,
    instant: Option<Micros>,
    at: Micros,
    recorded_by: UserId,
    journal_seq: i64,
}

fn missing(column: &str, kind: &str) -> StoreError {
    StoreError::Corrupt(format!("{column}: missing for a {kind} event"))
}

impl EventRow {
    fn party(&self) -> StoreResult<PartyCode> {
        self.party
            .clone()
            .ok_or_else(|| missing("party", &self.kind))
    }

    fn instant(&self) -> StoreResult<Timestamp> {
        self.instant
            .map(|at| at.0)
            .ok_or_else(|| missing("instant", &self.kind))
    }

    fn position(&self) -> StoreResult<Position> {
        let text = self.text.clone();
        Ok(match self.position.as_deref() {
            Some("concur") => Position::Concur,
            Some("concur_with_statement") => Position::ConcurWithStatement(text),
            Some("stand_aside") => Position::StandAside((!text.is_empty()).then_some(text)),
            Some("ad_referendum") => Position::AdReferendum {
                confirm_by: self.instant()?,
            },
            Some("object") => Position::Object(text),
            other => return Err(StoreError::Corrupt(format!("position: {other:?}"))),
        })
    }

    pub(super) fn into_record(self) -> StoreResult<EventRecord> {
        let at = self.at.0;
        let event = match self.kind.as_str() {
            "position" => Event::Position {
                party: self.party()?,
                position: self.position()?,
                at,
            },
            "confirm" => Event::Confirm {
                party: self.party()?,
                at,
            },
            "decline" => Event::Decline {
                party: self.party()?,
                reason: self.text.clone(),
                at,
            },
            "break" => Event::Break {
                party: self.party()?,
                reason: self.text.clone(),
                at,
            },
            "statement" => Event::Statement {
                party: self.party()?,
                text: self.text.clone(),
                at,
            },
            "extend" => Event::Extend {
                deadline: self.instant()?,
                at,
            },
            "chair_note" => Event::ChairNote {
                party: self.party()?,
                at,
            },
            "withdraw" => Event::Withdraw { at },
            "superseded" => Event::Superseded { at },
            other => return Err(StoreError::Corrupt(format!("kind: event kind {other}"))),
        };
        Ok(EventRecord {
            event,
            recorded_by: self.recorded_by,
            journal_seq: self.journal_seq,
        })
    }
}

/// The columns an event is stored in: party, position, text, instant.
fn event_columns(
    event: &Event,
) -> (
    Option<&PartyCode>,
    Option<&'static str>,
    &str,
    Option<Micros>,
) {
    let party = event.concerns();
    match event {
        Event::Position { position, .. } => {
            let moment = match position {
                Position::AdReferendum { confirm_by } => Some(Micros(*confirm_by)),
                _ => None,
            };
            (
                party,
                Some(position.as_str()),
                position.text().unwrap_or_default(),
                moment,
            )
        }
        Event::Decline { reason, .. } | Event::Break { reason, .. } => (party, None, reason, None),
        Event::Statement { text, .. } => (party, None, text, None),
        Event::Extend { deadline, .. } => (None, None, "", Some(Micros(*deadline))),
        Event::Confirm { .. }
        | Event::ChairNote { .. }
        | Event::Withdraw { .. }
        | Event::Superseded { .. } => (party, None, "", None),
    }
}

/// A procedure's events in the order recorded; on the pool or inside a `WriteTx`.
pub(super) async fn events_of(
    conn: &mut AnyConnection,
    procedure: ProcedureId,
) -> StoreResult<Vec<EventRecord>> {
    let rows = rows_after(conn, procedure, 0).await?;
    rows.into_iter().map(EventRow::into_record).collect()
}

/// A procedure's events after the one with id `after` (0: all of them), each with its id, in
/// the order recorded: an indexed read whose cost is what is new, not the whole history.
pub(super) async fn events_after(
    conn: &mut AnyConnection,
    procedure: ProcedureId,
    after: i64,
) -> StoreResult<Vec<(i64, EventRecord)>> {
    let rows = rows_after(conn, procedure, after).await?;
    rows.into_iter()
        .map(|row| {
            let id = row.id;
            row.into_record().map(|record| (id, record))
        })
        .collect()
}

async fn rows_after(
    conn: &mut AnyConnection,
    procedure: ProcedureId,
    after: i64,
) -> StoreResult<Vec<EventRow>> {
    Ok(sqlx::query_as(
        "SELECT id, kind, party, position, text, instant, at, recorded_by, journal_seq \
         FROM procedure_events WHERE procedure_id = $1 AND id > $2 ORDER BY id",
    )
    .bind(procedure)
    .bind(after)
    .fetch_all(conn)
    .await?)
}

impl WriteTx {
    pub async fn insert_event(
        &mut self,
        procedure: ProcedureId,
        event: &Event,
        recorded_by: UserId,
        journal_seq: i64,
    ) -> StoreResult<()> {
        let (party, position, text, moment) = event_columns(event);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO procedure_events (procedure_id, kind, party, position, text, instant, \
             at, recorded_by, journal_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
        )
        .bind(procedure)
        .bind(event.as_str())
        .bind(party)
        .bind(position)
        .bind(text)
        .bind(moment)
        .bind(Micros(event.at()))
        .bind(recorded_by)
        .bind(journal_seq)
        .fetch_one(self.conn())
        .await?;
        self.fold_recorded(procedure, id, event);
        Ok(())
    }
}
