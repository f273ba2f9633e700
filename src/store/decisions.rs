//! Decisions: what an adopted procedure produced, numbered per group and year of adoption.
//! A decision recorded later (the group's record from before it used Majlis) also names who
//! recorded it and when, and keeps the positions as the secretariat reported them in
//! `reported_positions`, apart from the parties' own acts (`events`).

use jiff::Timestamp;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::document::decision_symbol;
use crate::domain::ids::{DecisionId, GroupId, ProcedureId, UserId};
use crate::domain::names::{GroupCode, PartyCode};
use crate::domain::procedure::Position;
use crate::domain::recorded_later::ReportedPosition;

#[derive(Debug, Clone)]
pub struct DecisionRecord {
    pub id: DecisionId,
    pub symbol: String,
    pub group: GroupId,
    pub procedure: ProcedureId,
    pub adopted_at: Timestamp,
    /// Set for a decision the group took before it used Majlis, recorded later.
    pub recorded_later: Option<RecordedLater>,
}

/// Who recorded a decision later, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedLater {
    pub by: UserId,
    pub at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct DecisionRow {
    id: DecisionId,
    symbol: String,
    group_id: GroupId,
    procedure_id: ProcedureId,
    adopted_at: Micros,
    recorded_later_by: Option<UserId>,
    recorded_later_at: Option<Micros>,
}

impl From<DecisionRow> for DecisionRecord {
    fn from(row: DecisionRow) -> Self {
        DecisionRecord {
            id: row.id,
            symbol: row.symbol,
            group: row.group_id,
            procedure: row.procedure_id,
            adopted_at: row.adopted_at.0,
            recorded_later: match (row.recorded_later_by, row.recorded_later_at) {
                (Some(by), Some(at)) => Some(RecordedLater { by, at: at.0 }),
                _ => None,
            },
        }
    }
}

const COLUMNS: &str =
    "id, symbol, group_id, procedure_id, adopted_at, recorded_later_by, recorded_later_at";

#[derive(sqlx::FromRow)]
struct ReportedRow {
    party_code: PartyCode,
    answer: String,
    statement: Option<String>,
}

impl TryFrom<ReportedRow> for ReportedPosition {
    type Error = StoreError;

    fn try_from(row: ReportedRow) -> StoreResult<Self> {
        let position = match (row.answer.as_str(), row.statement) {
            ("concur", None) => Position::Concur,
            ("concur_with_statement", Some(text)) => Position::ConcurWithStatement(text),
            (other, _) => {
                return Err(StoreError::Corrupt(format!(
                    "reported_positions.answer: {other:?}"
                )))
            }
        };
        Ok(ReportedPosition {
            party: row.party_code,
            position,
        })
    }
}

impl Store {
    pub async fn decision_of_procedure(
        &self,
        procedure: ProcedureId,
    ) -> StoreResult<Option<DecisionRecord>> {
        let row: Option<DecisionRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM decisions WHERE procedure_id = $1"
        ))
        .bind(procedure)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(DecisionRecord::from))
    }

    pub async fn decision(&self, id: DecisionId) -> StoreResult<DecisionRecord> {
        let row: Option<DecisionRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM decisions WHERE id = $1"))
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.map(DecisionRecord::from).ok_or(StoreError::NotFound)
    }

    /// The positions of a decision recorded later, as the secretariat reported them, in the
    /// order given; empty for any other decision.
    pub async fn reported_positions(
        &self,
        decision: DecisionId,
    ) -> StoreResult<Vec<ReportedPosition>> {
        let rows: Vec<ReportedRow> = sqlx::query_as(
            "SELECT party_code, answer, statement FROM reported_positions \
             WHERE decision_id = $1 ORDER BY position",
        )
        .bind(decision)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(ReportedPosition::try_from).collect()
    }

    /// A group's decisions, latest first.
    pub async fn decisions_of_group(&self, group: GroupId) -> StoreResult<Vec<DecisionRecord>> {
        let rows: Vec<DecisionRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM decisions WHERE group_id = $1 \
             ORDER BY adopted_at DESC, id DESC"
        ))
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(DecisionRecord::from).collect())
    }
}

impl WriteTx {
    /// The next decision of a group in the year of adoption: `{GROUP}/{YEAR}/DEC/{n}`.
    pub async fn insert_decision(
        &mut self,
        group: GroupId,
        code: &GroupCode,
        procedure: ProcedureId,
        adopted_at: Timestamp,
    ) -> StoreResult<(DecisionId, String)> {
        let year = adopted_at.to_zoned(jiff::tz::TimeZone::UTC).year();
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(number) FROM decisions WHERE group_id = $1 AND year = $2",
        )
        .bind(group)
        .bind(i64::from(year))
        .fetch_one(self.conn())
        .await?;
        let number = last.unwrap_or(0) + 1;
        let symbol = decision_symbol(code, year, number);
        let id = sqlx::query_scalar(
            "INSERT INTO decisions (group_id, year, number, symbol, procedure_id, adopted_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(group)
        .bind(i64::from(year))
        .bind(number)
        .bind(symbol.as_str())
        .bind(procedure)
        .bind(Micros(adopted_at))
        .fetch_one(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-decision-exists"),
            )
        })?;
        Ok((id, symbol))
    }

    /// Marks a decision as recorded later by `by` at `at`, with the positions as reported.
    pub async fn record_later(
        &mut self,
        decision: DecisionId,
        by: RecordedLater,
        reported: &[ReportedPosition],
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE decisions SET recorded_later_by = $1, recorded_later_at = $2 WHERE id = $3",
        )
        .bind(by.by)
        .bind(Micros(by.at))
        .bind(decision)
        .execute(self.conn())
        .await?;
        for (position, report) in reported.iter().enumerate() {
            sqlx::query(
                "INSERT INTO reported_positions \
                 (decision_id, position, party_code, answer, statement) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(decision)
            .bind(position as i64)
            .bind(&report.party)
            .bind(report.position.as_str())
            .bind(report.position.text())
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }
}
