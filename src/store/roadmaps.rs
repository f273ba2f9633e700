//! Roadmaps and their action lines (DOMAIN.md §6): a roadmap is group business; each line is a
//! marked record with its lead and participating parties (`action_line_parties`, leads first)
//! and the parties' progress reports (`line_reports`). A line's status and progress are kept
//! on its row as its latest report set them. Lines are read in batches (a roadmap's, a
//! group's, one), with their parties, listed parties and reports in one query each; the
//! caller trims to what the reader may see.

use jiff::civil::Date;
use jiff::Timestamp;
use sqlx::AnyConnection;

use super::codec::{Day, Micros};
use super::lists::Lists;
use super::marked::{listed_sql, read_listed, write_listed, MarkingColumns, RecordKind};
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{ActionLineId, DecisionId, GroupId, RoadmapId, UserId};
use crate::domain::marking::Marking;
use crate::domain::names::{Label, Note, PartyCode, Username};
use crate::domain::roadmap::{LineStatus, Percent, Report, Schedule};
use crate::domain::track::TrackCode;

#[derive(Debug, Clone)]
pub struct RoadmapRecord {
    pub id: RoadmapId,
    pub group: GroupId,
    pub title: Label,
    pub starts_on: Date,
    pub ends_on: Date,
    /// The group's decision that adopted the roadmap, if it names one.
    pub decision: Option<DecisionId>,
    pub created_by: UserId,
    pub created_at: Timestamp,
}

/// A roadmap about to be recorded.
#[derive(Debug, Clone)]
pub struct NewRoadmap {
    pub group: GroupId,
    pub title: Label,
    pub starts_on: Date,
    pub ends_on: Date,
    pub decision: Option<DecisionId>,
    pub created_by: UserId,
}

/// A party's report on a line, as recorded.
#[derive(Debug, Clone)]
pub struct LineReportRecord {
    pub report: Report,
    pub recorded_by: UserId,
    pub recorded_by_username: Username,
    pub recorded_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct ActionLineRecord {
    pub id: ActionLineId,
    pub roadmap: RoadmapId,
    pub group: GroupId,
    pub title: Label,
    pub track: TrackCode,
    pub leads: Vec<PartyCode>,
    pub participants: Vec<PartyCode>,
    pub schedule: Schedule,
    pub deliverable: Note,
    pub marking: Marking,
    /// As the latest report set them (not started before any report).
    pub status: LineStatus,
    pub progress: Percent,
    pub created_by: UserId,
    pub created_at: Timestamp,
    /// In the order they were recorded.
    pub reports: Vec<LineReportRecord>,
}

/// A line about to be recorded, or a line's new content (its marking then stays).
#[derive(Debug, Clone)]
pub struct NewActionLine {
    pub roadmap: RoadmapId,
    pub title: Label,
    pub track: TrackCode,
    pub leads: Vec<PartyCode>,
    pub participants: Vec<PartyCode>,
    pub schedule: Schedule,
    pub deliverable: Note,
    pub marking: Marking,
    pub created_by: UserId,
}

#[derive(sqlx::FromRow)]
struct RoadmapRow {
    id: RoadmapId,
    group_id: GroupId,
    title: Label,
    starts_on: Day,
    ends_on: Day,
    decision_id: Option<DecisionId>,
    created_by: UserId,
    created_at: Micros,
}

impl From<RoadmapRow> for RoadmapRecord {
    fn from(row: RoadmapRow) -> Self {
        RoadmapRecord {
            id: row.id,
            group: row.group_id,
            title: row.title,
            starts_on: row.starts_on.0,
            ends_on: row.ends_on.0,
            decision: row.decision_id,
            created_by: row.created_by,
            created_at: row.created_at.0,
        }
    }
}

#[derive(sqlx::FromRow)]
struct LineRow {
    id: ActionLineId,
    roadmap_id: RoadmapId,
    group_id: GroupId,
    title: Label,
    track: TrackCode,
    starts_on: Day,
    due_on: Day,
    deliverable: Note,
    #[sqlx(flatten)]
    marking: MarkingColumns,
    status: LineStatus,
    progress: i64,
    created_by: UserId,
    created_at: Micros,
}

#[derive(sqlx::FromRow)]
struct ReportRow {
    line_id: ActionLineId,
    party: PartyCode,
    as_of: Day,
    status: LineStatus,
    progress: i64,
    summary: Note,
    recorded_by: UserId,
    recorded_by_username: Username,
    recorded_at: Micros,
}

fn percent(value: i64, column: &str) -> StoreResult<Percent> {
    Percent::new(value).map_err(|e| StoreError::Corrupt(format!("{column}: {e}")))
}

impl ReportRow {
    fn into_record(self) -> StoreResult<LineReportRecord> {
        Ok(LineReportRecord {
            report: Report {
                party: self.party,
                as_of: self.as_of.0,
                status: self.status,
                progress: percent(self.progress, "line_reports.progress")?,
                summary: self.summary,
            },
            recorded_by: self.recorded_by,
            recorded_by_username: self.recorded_by_username,
            recorded_at: self.recorded_at.0,
        })
    }
}

const ROADMAP_COLUMNS: &str =
    "id, group_id, title, starts_on, ends_on, decision_id, created_by, created_at";

const LINE_COLUMNS: &str = "r.id, r.roadmap_id, m.group_id, r.title, r.track, r.starts_on, \
     r.due_on, r.deliverable, r.distribution, r.classification, r.originator, r.status, \
     r.progress, r.created_by, r.created_at";

const REPORT_COLUMNS: &str = "x.line_id, x.party, x.as_of, x.status, x.progress, x.summary, \
     x.recorded_by, u.username AS recorded_by_username, x.recorded_at";

/// Which lines a batch read takes: `clause` selects rows of `action_lines` under the alias `r`
/// with one bind, `$1`.
#[derive(Clone, Copy)]
enum Lines {
    OfRoadmap(RoadmapId),
    OfGroup(GroupId),
    One(ActionLineId),
}

impl Lines {
    fn clause(self) -> &'static str {
        match self {
            Lines::OfRoadmap(_) => "r.roadmap_id = $1",
            Lines::OfGroup(_) => "r.roadmap_id IN (SELECT id FROM roadmaps WHERE group_id = $1)",
            Lines::One(_) => "r.id = $1",
        }
    }

    fn bind(self) -> i64 {
        match self {
            Lines::OfRoadmap(id) => id.get(),
            Lines::OfGroup(id) => id.get(),
            Lines::One(id) => id.get(),
        }
    }
}

/// Reads the lines `which` selects, each with its parties, listed parties and reports, in
/// the order they were added; on the pool or inside a transaction.
async fn read_lines(conn: &mut AnyConnection, which: Lines) -> StoreResult<Vec<ActionLineRecord>> {
    let clause = which.clause();
    let rows: Vec<LineRow> = sqlx::query_as(&format!(
        "SELECT {LINE_COLUMNS} FROM action_lines r JOIN roadmaps m ON m.id = r.roadmap_id \
         WHERE {clause} ORDER BY r.id"
    ))
    .bind(which.bind())
    .fetch_all(&mut *conn)
    .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let parties_sql = |leads: i64| {
        format!(
            "SELECT p.line_id AS owner, p.party_code AS item FROM action_line_parties p \
             JOIN action_lines r ON r.id = p.line_id WHERE {clause} AND p.leads = {leads} \
             ORDER BY p.line_id, p.position"
        )
    };
    let leads_sql = parties_sql(1);
    let mut leads: Lists<ActionLineId, PartyCode> = Lists::read(
        conn,
        sqlx::query_as(&leads_sql).bind(which.bind()),
        "action_line_parties.party_code",
    )
    .await?;
    let participants_sql = parties_sql(0);
    let mut participants: Lists<ActionLineId, PartyCode> = Lists::read(
        conn,
        sqlx::query_as(&participants_sql).bind(which.bind()),
        "action_line_parties.party_code",
    )
    .await?;
    let listed_query = listed_sql(RecordKind::ActionLine, clause);
    let mut listed = read_listed(conn, sqlx::query_as(&listed_query).bind(which.bind())).await?;
    let report_rows: Vec<ReportRow> = sqlx::query_as(&format!(
        "SELECT {REPORT_COLUMNS} FROM line_reports x JOIN action_lines r ON r.id = x.line_id \
         JOIN users u ON u.id = x.recorded_by WHERE {clause} ORDER BY x.line_id, x.id"
    ))
    .bind(which.bind())
    .fetch_all(&mut *conn)
    .await?;
    let mut reports: std::collections::HashMap<ActionLineId, Vec<LineReportRecord>> =
        std::collections::HashMap::new();
    for row in report_rows {
        let line = row.line_id;
        reports.entry(line).or_default().push(row.into_record()?);
    }
    rows.into_iter()
        .map(|row| {
            let id = row.id;
            Ok(ActionLineRecord {
                id,
                roadmap: row.roadmap_id,
                group: row.group_id,
                title: row.title,
                track: row.track,
                leads: leads.take(&id),
                participants: participants.take(&id),
                schedule: Schedule {
                    starts_on: row.starts_on.0,
                    due_on: row.due_on.0,
                },
                deliverable: row.deliverable,
                marking: row.marking.into_marking(listed.take(&id)),
                status: row.status,
                progress: percent(row.progress, "action_lines.progress")?,
                created_by: row.created_by,
                created_at: row.created_at.0,
                reports: reports.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
}

async fn one_line(conn: &mut AnyConnection, id: ActionLineId) -> StoreResult<ActionLineRecord> {
    read_lines(conn, Lines::One(id))
        .await?
        .pop()
        .ok_or(StoreError::NotFound)
}

impl Store {
    /// The group's roadmaps, latest starting first.
    pub async fn group_roadmaps(&self, group: GroupId) -> StoreResult<Vec<RoadmapRecord>> {
        let rows: Vec<RoadmapRow> = sqlx::query_as(&format!(
            "SELECT {ROADMAP_COLUMNS} FROM roadmaps WHERE group_id = $1 \
             ORDER BY starts_on DESC, id DESC"
        ))
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(RoadmapRecord::from).collect())
    }

    pub async fn roadmap(&self, id: RoadmapId) -> StoreResult<RoadmapRecord> {
        let row: Option<RoadmapRow> = sqlx::query_as(&format!(
            "SELECT {ROADMAP_COLUMNS} FROM roadmaps WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(RoadmapRecord::from).ok_or(StoreError::NotFound)
    }

    /// A roadmap's lines, marked as recorded, in the order they were added.
    pub async fn roadmap_lines(&self, roadmap: RoadmapId) -> StoreResult<Vec<ActionLineRecord>> {
        let mut conn = self.conn().await?;
        read_lines(&mut conn, Lines::OfRoadmap(roadmap)).await
    }

    /// Every line of every roadmap of the group, marked as recorded.
    pub async fn group_lines(&self, group: GroupId) -> StoreResult<Vec<ActionLineRecord>> {
        let mut conn = self.conn().await?;
        read_lines(&mut conn, Lines::OfGroup(group)).await
    }

    pub async fn action_line(&self, id: ActionLineId) -> StoreResult<ActionLineRecord> {
        let mut conn = self.conn().await?;
        one_line(&mut conn, id).await
    }
}

impl WriteTx {
    pub async fn insert_roadmap(
        &mut self,
        roadmap: &NewRoadmap,
        now: Timestamp,
    ) -> StoreResult<RoadmapId> {
        let (id,): (RoadmapId,) = sqlx::query_as(
            "INSERT INTO roadmaps (group_id, title, starts_on, ends_on, decision_id, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(roadmap.group)
        .bind(&roadmap.title)
        .bind(Day(roadmap.starts_on))
        .bind(Day(roadmap.ends_on))
        .bind(roadmap.decision)
        .bind(roadmap.created_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        Ok(id)
    }

    pub async fn insert_action_line(
        &mut self,
        line: &NewActionLine,
        now: Timestamp,
    ) -> StoreResult<ActionLineId> {
        let (id,): (ActionLineId,) = sqlx::query_as(
            "INSERT INTO action_lines (roadmap_id, title, track, starts_on, due_on, deliverable, \
             distribution, classification, originator, status, progress, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             RETURNING id",
        )
        .bind(line.roadmap)
        .bind(&line.title)
        .bind(&line.track)
        .bind(Day(line.schedule.starts_on))
        .bind(Day(line.schedule.due_on))
        .bind(&line.deliverable)
        .bind(line.marking.distribution)
        .bind(line.marking.classification)
        .bind(&line.marking.originator)
        .bind(LineStatus::NotStarted)
        .bind(0_i64)
        .bind(line.created_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        self.write_line_parties(id, &line.leads, &line.participants)
            .await?;
        write_listed(self.conn(), RecordKind::ActionLine, id.get(), &line.marking).await?;
        Ok(id)
    }

    /// Replaces a line's content (title, track, parties, dates, deliverable); its marking,
    /// status and reports stay.
    pub async fn update_action_line(
        &mut self,
        id: ActionLineId,
        line: &NewActionLine,
    ) -> StoreResult<()> {
        let changed = sqlx::query(
            "UPDATE action_lines SET title = $1, track = $2, starts_on = $3, due_on = $4, \
             deliverable = $5 WHERE id = $6",
        )
        .bind(&line.title)
        .bind(&line.track)
        .bind(Day(line.schedule.starts_on))
        .bind(Day(line.schedule.due_on))
        .bind(&line.deliverable)
        .bind(id)
        .execute(self.conn())
        .await?
        .rows_affected();
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM action_line_parties WHERE line_id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        self.write_line_parties(id, &line.leads, &line.participants)
            .await
    }

    async fn write_line_parties(
        &mut self,
        id: ActionLineId,
        leads: &[PartyCode],
        participants: &[PartyCode],
    ) -> StoreResult<()> {
        let parties = leads
            .iter()
            .map(|p| (p, 1_i64))
            .chain(participants.iter().map(|p| (p, 0_i64)));
        for (position, (party, leads)) in parties.enumerate() {
            sqlx::query(
                "INSERT INTO action_line_parties (line_id, position, party_code, leads) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(party)
            .bind(leads)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Records a party's report and sets the line's status and progress to `current`
    /// (computed by the caller over every report, this one included).
    pub async fn insert_line_report(
        &mut self,
        line: ActionLineId,
        report: &Report,
        recorded_by: UserId,
        now: Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO line_reports (line_id, party, as_of, status, progress, summary, \
             recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(line)
        .bind(&report.party)
        .bind(Day(report.as_of))
        .bind(report.status)
        .bind(i64::from(report.progress.get()))
        .bind(&report.summary)
        .bind(recorded_by)
        .bind(Micros(now))
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Sets a line's status and progress, as its latest report gives them.
    pub async fn set_line_state(
        &mut self,
        line: ActionLineId,
        status: LineStatus,
        progress: Percent,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE action_lines SET status = $1, progress = $2 WHERE id = $3")
            .bind(status)
            .bind(i64::from(progress.get()))
            .bind(line)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// A line as the transaction sees it (its reports included).
    pub async fn action_line(&mut self, id: ActionLineId) -> StoreResult<ActionLineRecord> {
        one_line(self.conn(), id).await
    }
}
