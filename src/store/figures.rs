//! Indicators, their observations (each with its source and marking) and targets. Reads give
//! every observation; the caller keeps only those the reader may see before anything is
//! listed, compared, charted or exported.

use jiff::civil::Date;
use jiff::Timestamp;
use rust_decimal::Decimal;

use super::codec::{Day, Exact, Micros};
use super::marked::{listed_sql, read_listed, write_listed, MarkingColumns, RecordKind};
use super::{Backend, Store, StoreError, StoreResult, WriteTx};
use crate::domain::figures::{Flow, IndicatorCode, IndicatorDraft, Period, Source};
use crate::domain::ids::{GroupId, IndicatorId, ObservationId, TargetId, UserId};
use crate::domain::marking::Marking;
use crate::domain::names::{Label, Note, PartyCode};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IndicatorRecord {
    pub id: IndicatorId,
    #[sqlx(rename = "group_id")]
    pub group: GroupId,
    pub code: IndicatorCode,
    pub name: Label,
    pub unit: Label,
    pub flow: Option<Flow>,
}

#[derive(Debug, Clone)]
pub struct ObservationRecord {
    pub id: ObservationId,
    pub indicator: IndicatorId,
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub period: Period,
    pub value: Decimal,
    pub source: Source,
    pub note: Option<Note>,
    pub marking: Marking,
    pub recorded_by: UserId,
    pub recorded_at: Timestamp,
}

/// An observation about to be recorded.
#[derive(Debug, Clone)]
pub struct NewObservation {
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub period: Period,
    pub value: Decimal,
    pub source: Source,
    pub note: Option<Note>,
    pub marking: Marking,
}

#[derive(Debug, Clone)]
pub struct TargetRecord {
    pub id: TargetId,
    pub indicator: IndicatorId,
    pub reporter: PartyCode,
    pub partner: PartyCode,
    pub value: Decimal,
    pub by: Date,
    pub source: Source,
}

#[derive(sqlx::FromRow)]
struct ObservationRow {
    id: ObservationId,
    indicator_id: IndicatorId,
    reporter: PartyCode,
    partner: PartyCode,
    period_start: Day,
    period_end: Day,
    value: Exact,
    source_citation: String,
    source_url: Option<String>,
    note: Option<Note>,
    #[sqlx(flatten)]
    marking: MarkingColumns,
    recorded_by: UserId,
    recorded_at: Micros,
}

impl ObservationRow {
    fn into_record(self, listed: Vec<PartyCode>) -> StoreResult<ObservationRecord> {
        let period = Period::new(self.period_start.0, self.period_end.0)
            .map_err(|e| StoreError::Corrupt(format!("observations.period_end: {e}")))?;
        Ok(ObservationRecord {
            id: self.id,
            indicator: self.indicator_id,
            reporter: self.reporter,
            partner: self.partner,
            period,
            value: self.value.0,
            source: Source {
                citation: self.source_citation,
                url: self.source_url,
            },
            note: self.note,
            marking: self.marking.into_marking(listed),
            recorded_by: self.recorded_by,
            recorded_at: self.recorded_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
struct TargetRow {
    id: TargetId,
    indicator_id: IndicatorId,
    reporter: PartyCode,
    partner: PartyCode,
    value: Exact,
    by_on: Day,
    source_citation: String,
    source_url: Option<String>,
}

impl From<TargetRow> for TargetRecord {
    fn from(row: TargetRow) -> Self {
        TargetRecord {
            id: row.id,
            indicator: row.indicator_id,
            reporter: row.reporter,
            partner: row.partner,
            value: row.value.0,
            by: row.by_on.0,
            source: Source {
                citation: row.source_citation,
                url: row.source_url,
            },
        }
    }
}

const INDICATOR_COLUMNS: &str = "id, group_id, code, name, unit, flow";

const OBSERVATION_COLUMNS: &str = "r.id, r.indicator_id, r.reporter, r.partner, \
     r.period_start, r.period_end, r.value, r.source_citation, r.source_url, r.note, \
     r.distribution, r.classification, r.originator, r.recorded_by, r.recorded_at";

/// Rows per INSERT of an import, 14 values each. PostgreSQL takes many (its limit is 65,535
/// bound values, and each statement is a round trip). SQLite takes few: sqlx binds a `$N`
/// parameter by searching the statement's parameter names, so a statement's binding costs the
/// square of its values (a profile of a 100,000-row import at 500 rows per statement spent
/// 87 % of its time in `sqlite3_bind_parameter_name`), and SQLite has no round trip to save.
fn import_chunk(backend: Backend) -> usize {
    match backend {
        Backend::Postgres => 500,
        Backend::Sqlite => 16,
    }
}

impl Store {
    pub async fn group_indicators(&self, group: GroupId) -> StoreResult<Vec<IndicatorRecord>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE group_id = $1 ORDER BY id"
        ))
        .bind(group)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn indicator(&self, id: IndicatorId) -> StoreResult<IndicatorRecord> {
        sqlx::query_as(&format!(
            "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)
    }

    /// Every observation of the indicators `which` selects (`r` is the observation), by
    /// reporter, partner and period.
    async fn observations_where(
        &self,
        clause: &str,
        bind: i64,
    ) -> StoreResult<Vec<ObservationRecord>> {
        let mut conn = self.conn().await?;
        let rows: Vec<ObservationRow> = sqlx::query_as(&format!(
            "SELECT {OBSERVATION_COLUMNS} FROM observations r WHERE {clause} \
             ORDER BY r.reporter, r.partner, r.period_start, r.period_end, r.id"
        ))
        .bind(bind)
        .fetch_all(&mut *conn)
        .await?;
        let mut listed = read_listed(
            &mut conn,
            sqlx::query_as(&listed_sql(RecordKind::Observation, clause)).bind(bind),
        )
        .await?;
        rows.into_iter()
            .map(|row| {
                let parties = listed.take(&row.id);
                row.into_record(parties)
            })
            .collect()
    }

    pub async fn observations(
        &self,
        indicator: IndicatorId,
    ) -> StoreResult<Vec<ObservationRecord>> {
        self.observations_where("r.indicator_id = $1", indicator.get())
            .await
    }

    /// Every observation of every indicator of the group (for the dashboard).
    pub async fn group_observations(&self, group: GroupId) -> StoreResult<Vec<ObservationRecord>> {
        self.observations_where(
            "r.indicator_id IN (SELECT id FROM indicators WHERE group_id = $1)",
            group.get(),
        )
        .await
    }

    pub async fn targets(&self, indicator: IndicatorId) -> StoreResult<Vec<TargetRecord>> {
        let rows: Vec<TargetRow> = sqlx::query_as(
            "SELECT id, indicator_id, reporter, partner, value, by_on, source_citation, \
             source_url FROM targets WHERE indicator_id = $1 ORDER BY id",
        )
        .bind(indicator)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(TargetRecord::from).collect())
    }

    pub async fn group_targets(&self, group: GroupId) -> StoreResult<Vec<TargetRecord>> {
        let rows: Vec<TargetRow> = sqlx::query_as(
            "SELECT t.id, t.indicator_id, t.reporter, t.partner, t.value, t.by_on, \
             t.source_citation, t.source_url FROM targets t \
             JOIN indicators i ON i.id = t.indicator_id WHERE i.group_id = $1 ORDER BY t.id",
        )
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(TargetRecord::from).collect())
    }
}

impl WriteTx {
    pub async fn insert_indicator(
        &mut self,
        group: GroupId,
        indicator: &IndicatorDraft,
        by: UserId,
        now: Timestamp,
    ) -> StoreResult<IndicatorId> {
        let code = &indicator.code;
        let (id,): (IndicatorId,) = sqlx::query_as(
            "INSERT INTO indicators (group_id, code, name, unit, flow, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(group)
        .bind(code)
        .bind(&indicator.name)
        .bind(&indicator.unit)
        .bind(indicator.flow)
        .bind(by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-indicator-exists")
                    .with("code", code.as_str()),
            )
        })?;
        Ok(id)
    }

    /// Records observations of one indicator, many rows per statement; answers their ids in
    /// the order given.
    pub async fn insert_observations(
        &mut self,
        indicator: IndicatorId,
        observations: &[NewObservation],
        by: UserId,
        now: Timestamp,
    ) -> StoreResult<Vec<ObservationId>> {
        let mut ids = Vec::with_capacity(observations.len());
        for chunk in observations.chunks(import_chunk(self.backend)) {
            let mut sql = String::from(
                "INSERT INTO observations (indicator_id, reporter, partner, period_start, \
                 period_end, value, source_citation, source_url, note, distribution, \
                 classification, originator, recorded_by, recorded_at) VALUES ",
            );
            for n in 0..chunk.len() {
                let base = n * 14;
                let places: Vec<String> = (1..=14).map(|k| format!("${}", base + k)).collect();
                if n > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                sql.push_str(&places.join(", "));
                sql.push(')');
            }
            sql.push_str(" RETURNING id");
            let mut query = sqlx::query_as::<_, (ObservationId,)>(&sql);
            for o in chunk {
                query = query
                    .bind(indicator)
                    .bind(&o.reporter)
                    .bind(&o.partner)
                    .bind(Day(o.period.start()))
                    .bind(Day(o.period.end()))
                    .bind(Exact(o.value))
                    .bind(&o.source.citation)
                    .bind(&o.source.url)
                    .bind(&o.note)
                    .bind(o.marking.distribution)
                    .bind(o.marking.classification)
                    .bind(&o.marking.originator)
                    .bind(by)
                    .bind(Micros(now));
            }
            let mut chunk_ids: Vec<ObservationId> = query
                .fetch_all(self.conn())
                .await?
                .into_iter()
                .map(|(id,)| id)
                .collect();
            // RETURNING gives the rows of one statement in the order of its VALUES on both
            // backends; sorting guards against a planner that would not.
            chunk_ids.sort_unstable();
            ids.extend(chunk_ids);
        }
        for (id, o) in ids.iter().zip(observations) {
            write_listed(self.conn(), RecordKind::Observation, id.get(), &o.marking).await?;
        }
        Ok(ids)
    }

    pub async fn insert_target(
        &mut self,
        indicator: IndicatorId,
        target: &TargetRecord,
        by: UserId,
        now: Timestamp,
    ) -> StoreResult<TargetId> {
        let (id,): (TargetId,) = sqlx::query_as(
            "INSERT INTO targets (indicator_id, reporter, partner, value, by_on, \
             source_citation, source_url, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(indicator)
        .bind(&target.reporter)
        .bind(&target.partner)
        .bind(Exact(target.value))
        .bind(Day(target.by))
        .bind(&target.source.citation)
        .bind(&target.source.url)
        .bind(by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        Ok(id)
    }
}
