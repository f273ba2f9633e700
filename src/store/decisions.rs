//! Decisions: what an adopted procedure produced, numbered per group and year of adoption.

use jiff::Timestamp;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::document::decision_symbol;
use crate::domain::ids::{DecisionId, GroupId, ProcedureId};
use crate::domain::names::GroupCode;

#[derive(Debug, Clone)]
pub struct DecisionRecord {
    pub id: DecisionId,
    pub symbol: String,
    pub group: GroupId,
    pub procedure: ProcedureId,
    pub adopted_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct DecisionRow {
    id: DecisionId,
    symbol: String,
    group_id: GroupId,
    procedure_id: ProcedureId,
    adopted_at: Micros,
}

impl From<DecisionRow> for DecisionRecord {
    fn from(row: DecisionRow) -> Self {
        DecisionRecord {
            id: row.id,
            symbol: row.symbol,
            group: row.group_id,
            procedure: row.procedure_id,
            adopted_at: row.adopted_at.0,
        }
    }
}

const COLUMNS: &str = "id, symbol, group_id, procedure_id, adopted_at";

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
        .map_err(|e| StoreError::unique(e, "this procedure already has its decision"))?;
        Ok((id, symbol))
    }
}
