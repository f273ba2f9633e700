//! Engagement records: a party's contacts with a counterpart authority, each with its tracks
//! and marking (`national` unless widened). The caller trims to what the reader may see.

use jiff::civil::Date;
use jiff::Timestamp;

use super::codec::{Day, Micros};
use super::lists::Lists;
use super::marked::{listed_sql, read_listed, write_listed, MarkingColumns, RecordKind};
use super::{Store, StoreResult, WriteTx};
use crate::domain::ids::{EngagementId, GroupId, UserId};
use crate::domain::marking::Marking;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::track::TrackCode;

#[derive(Debug, Clone)]
pub struct EngagementRecord {
    pub id: EngagementId,
    pub group: GroupId,
    pub party: PartyCode,
    pub date: Date,
    pub place: Label,
    pub level: Label,
    pub counterpart: Label,
    pub tracks: Vec<TrackCode>,
    pub summary: Note,
    pub follow_up: Option<Note>,
    pub marking: Marking,
    pub recorded_by: UserId,
    pub recorded_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct EngagementRow {
    id: EngagementId,
    group_id: GroupId,
    party: PartyCode,
    held_on: Day,
    place: Label,
    level: Label,
    counterpart: Label,
    summary: Note,
    follow_up: Option<Note>,
    #[sqlx(flatten)]
    marking: MarkingColumns,
    recorded_by: UserId,
    recorded_at: Micros,
}

const COLUMNS: &str = "r.id, r.group_id, r.party, r.held_on, r.place, r.level, r.counterpart, \
     r.summary, r.follow_up, r.distribution, r.classification, r.party AS originator, \
     r.recorded_by, r.recorded_at";

impl Store {
    async fn engagements_where(
        &self,
        clause: &str,
        bind: i64,
    ) -> StoreResult<Vec<EngagementRecord>> {
        let mut conn = self.conn().await?;
        let rows: Vec<EngagementRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM engagements r WHERE {clause} ORDER BY r.held_on DESC, r.id DESC"
        ))
        .bind(bind)
        .fetch_all(&mut *conn)
        .await?;
        let mut tracks: Lists<EngagementId, TrackCode> = Lists::read(
            &mut conn,
            sqlx::query_as(&format!(
                "SELECT t.engagement_id AS owner, t.track AS item FROM engagement_tracks t \
                 JOIN engagements r ON r.id = t.engagement_id WHERE {clause} \
                 ORDER BY t.engagement_id, t.position"
            ))
            .bind(bind),
            "engagement_tracks.track",
        )
        .await?;
        let mut listed = read_listed(
            &mut conn,
            sqlx::query_as(&listed_sql(RecordKind::Engagement, clause)).bind(bind),
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| EngagementRecord {
                tracks: tracks.take(&row.id),
                marking: row.marking.into_marking(listed.take(&row.id)),
                id: row.id,
                group: row.group_id,
                party: row.party,
                date: row.held_on.0,
                place: row.place,
                level: row.level,
                counterpart: row.counterpart,
                summary: row.summary,
                follow_up: row.follow_up,
                recorded_by: row.recorded_by,
                recorded_at: row.recorded_at.0,
            })
            .collect())
    }

    /// Every engagement record of the group, latest first.
    pub async fn group_engagements(&self, group: GroupId) -> StoreResult<Vec<EngagementRecord>> {
        self.engagements_where("r.group_id = $1", group.get()).await
    }

    pub async fn engagement(&self, id: EngagementId) -> StoreResult<EngagementRecord> {
        self.engagements_where("r.id = $1", id.get())
            .await?
            .pop()
            .ok_or(super::StoreError::NotFound)
    }
}

impl WriteTx {
    /// Records an engagement; its originator is its party.
    pub async fn insert_engagement(&mut self, e: &EngagementRecord) -> StoreResult<EngagementId> {
        let (id,): (EngagementId,) = sqlx::query_as(
            "INSERT INTO engagements (group_id, party, held_on, place, level, counterpart, \
             summary, follow_up, distribution, classification, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(e.group)
        .bind(&e.party)
        .bind(Day(e.date))
        .bind(&e.place)
        .bind(&e.level)
        .bind(&e.counterpart)
        .bind(&e.summary)
        .bind(&e.follow_up)
        .bind(e.marking.distribution)
        .bind(e.marking.classification)
        .bind(e.recorded_by)
        .bind(Micros(e.recorded_at))
        .fetch_one(self.conn())
        .await?;
        for (position, track) in e.tracks.iter().enumerate() {
            sqlx::query(
                "INSERT INTO engagement_tracks (engagement_id, position, track) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(track)
            .execute(self.conn())
            .await?;
        }
        write_listed(self.conn(), RecordKind::Engagement, id.get(), &e.marking).await?;
        Ok(id)
    }

    /// Replaces an engagement's marking (its originator stays its party).
    pub async fn set_engagement_marking(
        &mut self,
        id: EngagementId,
        marking: &Marking,
    ) -> StoreResult<()> {
        super::marked::set_marking(self.conn(), RecordKind::Engagement, id.get(), marking).await
    }
}
