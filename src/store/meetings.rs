//! Meetings with their guests (agenda and attendance are in `agenda.rs`).

use jiff::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection};

use super::codec::{Count, Micros};
use super::lists::Lists;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{GroupId, MeetingId};
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::names::{Label, PartyCode};
use crate::domain::time::ZoneName;

#[derive(Debug, Clone)]
pub struct MeetingRecord {
    pub id: MeetingId,
    pub group: GroupId,
    pub format: MeetingFormat,
    pub ordinal: u32,
    pub host: PartyCode,
    pub chair: PartyCode,
    pub city: Label,
    pub venue: Label,
    pub schedule: Schedule,
    pub time_zone: ZoneName,
    pub status: MeetingStatus,
    pub guests: Vec<PartyCode>,
}

/// A meeting about to be convened; the ordinal is given by the store.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub group: GroupId,
    pub format: MeetingFormat,
    pub host: PartyCode,
    pub chair: PartyCode,
    pub city: Label,
    pub venue: Label,
    pub schedule: Schedule,
    pub time_zone: ZoneName,
    pub guests: Vec<PartyCode>,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: MeetingId,
    group_id: GroupId,
    format: MeetingFormat,
    ordinal: Count,
    host: PartyCode,
    chair: PartyCode,
    city: Label,
    venue: Label,
    starts_at: Micros,
    ends_at: Micros,
    time_zone: ZoneName,
    status: MeetingStatus,
}

impl MeetingRow {
    fn into_record(self, guests: Vec<PartyCode>) -> StoreResult<MeetingRecord> {
        let schedule = Schedule::new(self.starts_at.0, self.ends_at.0)
            .map_err(|e| StoreError::Corrupt(format!("ends_at: {e}")))?;
        Ok(MeetingRecord {
            id: self.id,
            group: self.group_id,
            format: self.format,
            ordinal: self.ordinal.0,
            host: self.host,
            chair: self.chair,
            city: self.city,
            venue: self.venue,
            schedule,
            time_zone: self.time_zone,
            status: self.status,
            guests,
        })
    }
}

/// Which meetings a read is for; each is one `WHERE` clause over `meetings m`.
#[derive(Clone, Copy)]
enum Which {
    Id(MeetingId),
    OfGroup(GroupId),
}

impl Which {
    fn clause(self) -> &'static str {
        match self {
            Which::Id(_) => "m.id = $1",
            Which::OfGroup(_) => "m.group_id = $1",
        }
    }

    fn bind<'q, O>(
        self,
        query: QueryAs<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        match self {
            Which::Id(id) => query.bind(id),
            Which::OfGroup(group) => query.bind(group),
        }
    }
}

/// The meetings `which` names, newest first, each with its guests (by code).
async fn meetings_where(conn: &mut AnyConnection, which: Which) -> StoreResult<Vec<MeetingRecord>> {
    let clause = which.clause();
    let rows: Vec<MeetingRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT m.id, m.group_id, m.format, m.ordinal, m.host, m.chair, m.city, m.venue, \
             m.starts_at, m.ends_at, m.time_zone, m.status FROM meetings m WHERE {clause} \
             ORDER BY m.starts_at DESC, m.id DESC"
        )))
        .fetch_all(&mut *conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut guests: Lists<MeetingId, PartyCode> = Lists::read(
        &mut *conn,
        which.bind(sqlx::query_as(&format!(
            "SELECT g.meeting_id AS owner, g.party_code AS item FROM meeting_guests g \
             JOIN meetings m ON m.id = g.meeting_id WHERE {clause} \
             ORDER BY g.meeting_id, g.party_code"
        ))),
        "meeting_guests.party_code",
    )
    .await?;
    rows.into_iter()
        .map(|row| {
            let invited = guests.take(&row.id);
            row.into_record(invited)
        })
        .collect()
}

impl Store {
    /// A group's meetings, newest first.
    pub async fn meetings_of_group(&self, group: GroupId) -> StoreResult<Vec<MeetingRecord>> {
        meetings_where(&mut *self.conn().await?, Which::OfGroup(group)).await
    }

    pub async fn meeting(&self, id: MeetingId) -> StoreResult<MeetingRecord> {
        let meetings = meetings_where(&mut *self.conn().await?, Which::Id(id)).await?;
        meetings.into_iter().next().ok_or(StoreError::NotFound)
    }

    /// The chair of the group's latest meeting that has begun and was not cancelled: the
    /// party presiding now (DOMAIN.md §1).
    pub async fn current_chair(
        &self,
        group: GroupId,
        now: Timestamp,
    ) -> StoreResult<Option<PartyCode>> {
        Ok(sqlx::query_scalar(
            "SELECT chair FROM meetings WHERE group_id = $1 AND status <> $2 AND starts_at <= $3 \
             ORDER BY starts_at DESC, id DESC LIMIT 1",
        )
        .bind(group)
        .bind(MeetingStatus::Cancelled)
        .bind(Micros(now))
        .fetch_optional(self.pool())
        .await?)
    }

    /// The host of the group's latest meeting that was not cancelled, for the rotation.
    pub async fn last_host(&self, group: GroupId) -> StoreResult<Option<PartyCode>> {
        Ok(sqlx::query_scalar(
            "SELECT host FROM meetings WHERE group_id = $1 AND status <> $2 \
             ORDER BY starts_at DESC, id DESC LIMIT 1",
        )
        .bind(group)
        .bind(MeetingStatus::Cancelled)
        .fetch_optional(self.pool())
        .await?)
    }
}

impl WriteTx {
    /// Inserts a meeting numbered after the group's previous meetings of the same format.
    pub async fn insert_meeting(
        &mut self,
        meeting: &NewMeeting,
        now: Timestamp,
    ) -> StoreResult<(MeetingId, u32)> {
        let last: Option<Count> = sqlx::query_scalar(
            "SELECT MAX(ordinal) FROM meetings WHERE group_id = $1 AND format = $2",
        )
        .bind(meeting.group)
        .bind(meeting.format)
        .fetch_one(self.conn())
        .await?;
        let ordinal = last
            .map_or(Some(1), |last| last.0.checked_add(1))
            .ok_or_else(|| StoreError::Corrupt("ordinal: no number after the last".into()))?;
        let id: MeetingId = sqlx::query_scalar(
            "INSERT INTO meetings (group_id, format, ordinal, host, chair, city, venue, starts_at, \
             ends_at, time_zone, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(meeting.group)
        .bind(meeting.format)
        .bind(Count(ordinal))
        .bind(&meeting.host)
        .bind(&meeting.chair)
        .bind(&meeting.city)
        .bind(&meeting.venue)
        .bind(Micros(meeting.schedule.starts_at()))
        .bind(Micros(meeting.schedule.ends_at()))
        .bind(&meeting.time_zone)
        .bind(MeetingStatus::Planned)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        self.replace_guests(id, &meeting.guests).await?;
        Ok((id, ordinal))
    }

    /// Writes the editable details of a meeting (all but group, format and ordinal).
    pub async fn update_meeting(&mut self, meeting: &MeetingRecord) -> StoreResult<()> {
        sqlx::query(
            "UPDATE meetings SET host = $1, chair = $2, city = $3, venue = $4, starts_at = $5, \
             ends_at = $6, time_zone = $7, status = $8 WHERE id = $9",
        )
        .bind(&meeting.host)
        .bind(&meeting.chair)
        .bind(&meeting.city)
        .bind(&meeting.venue)
        .bind(Micros(meeting.schedule.starts_at()))
        .bind(Micros(meeting.schedule.ends_at()))
        .bind(&meeting.time_zone)
        .bind(meeting.status)
        .bind(meeting.id)
        .execute(self.conn())
        .await?;
        self.replace_guests(meeting.id, &meeting.guests).await
    }

    async fn replace_guests(
        &mut self,
        meeting: MeetingId,
        guests: &[PartyCode],
    ) -> StoreResult<()> {
        sqlx::query("DELETE FROM meeting_guests WHERE meeting_id = $1")
            .bind(meeting)
            .execute(self.conn())
            .await?;
        for party in guests {
            sqlx::query("INSERT INTO meeting_guests (meeting_id, party_code) VALUES ($1, $2)")
                .bind(meeting)
                .bind(party)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }
}
