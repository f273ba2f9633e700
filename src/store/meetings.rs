//! Meetings with their guests, agenda items (kept in order by a position number) and
//! attendance.

use jiff::Timestamp;

use super::{decode, Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{AgendaItemId, AttendanceId, GroupId, MeetingId};
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::names::{Label, Note, PartyCode};
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

#[derive(Debug, Clone)]
pub struct AgendaItemRecord {
    pub id: AgendaItemId,
    pub meeting: MeetingId,
    pub position: i64,
    pub title: Label,
    pub description: Note,
}

#[derive(Debug, Clone)]
pub struct AttendanceRecord {
    pub id: AttendanceId,
    pub meeting: MeetingId,
    pub party: PartyCode,
    pub person_name: Label,
    pub person_title: String,
}

type MeetingRow = (
    i64,
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
);

const MEETING_COLUMNS: &str = "id, group_id, format, ordinal, host, chair, city, venue, \
                               starts_at, ends_at, time_zone, status";

fn instant(micros: i64) -> StoreResult<Timestamp> {
    decode(Timestamp::from_microsecond(micros), "instant")
}

impl Store {
    /// A group's meetings, newest first.
    pub async fn meetings_of_group(&self, group: GroupId) -> StoreResult<Vec<MeetingRecord>> {
        let rows: Vec<MeetingRow> = sqlx::query_as(&format!(
            "SELECT {MEETING_COLUMNS} FROM meetings WHERE group_id = $1 ORDER BY starts_at DESC, id DESC"
        ))
        .bind(group.get())
        .fetch_all(self.pool())
        .await?;
        let guests: Vec<(i64, String)> = sqlx::query_as(
            "SELECT g.meeting_id, g.party_code FROM meeting_guests g \
             JOIN meetings m ON m.id = g.meeting_id WHERE m.group_id = $1",
        )
        .bind(group.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                let id = row.0;
                let invited = guests
                    .iter()
                    .filter(|(m, _)| *m == id)
                    .map(|(_, p)| p.clone());
                meeting_record(row, invited.collect())
            })
            .collect()
    }

    pub async fn meeting(&self, id: MeetingId) -> StoreResult<MeetingRecord> {
        let row: Option<MeetingRow> = sqlx::query_as(&format!(
            "SELECT {MEETING_COLUMNS} FROM meetings WHERE id = $1"
        ))
        .bind(id.get())
        .fetch_optional(self.pool())
        .await?;
        let row = row.ok_or(StoreError::NotFound)?;
        let guests: Vec<(String,)> = sqlx::query_as(
            "SELECT party_code FROM meeting_guests WHERE meeting_id = $1 ORDER BY party_code",
        )
        .bind(id.get())
        .fetch_all(self.pool())
        .await?;
        meeting_record(row, guests.into_iter().map(|(p,)| p).collect())
    }

    pub async fn agenda(&self, meeting: MeetingId) -> StoreResult<Vec<AgendaItemRecord>> {
        let rows: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
            "SELECT id, meeting_id, position, title, description FROM agenda_items \
             WHERE meeting_id = $1 ORDER BY position, id",
        )
        .bind(meeting.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(id, meeting, position, title, description)| {
                Ok(AgendaItemRecord {
                    id: AgendaItemId::new(id),
                    meeting: MeetingId::new(meeting),
                    position,
                    title: decode(Label::from_record(&title), "agenda title")?,
                    description: decode(Note::from_record(&description), "agenda description")?,
                })
            })
            .collect()
    }

    pub async fn agenda_item(&self, id: AgendaItemId) -> StoreResult<AgendaItemRecord> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT meeting_id FROM agenda_items WHERE id = $1")
                .bind(id.get())
                .fetch_optional(self.pool())
                .await?;
        let (meeting,) = row.ok_or(StoreError::NotFound)?;
        self.agenda(MeetingId::new(meeting))
            .await?
            .into_iter()
            .find(|item| item.id == id)
            .ok_or(StoreError::NotFound)
    }

    pub async fn attendance(&self, meeting: MeetingId) -> StoreResult<Vec<AttendanceRecord>> {
        let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
            "SELECT id, meeting_id, party_code, person_name, person_title FROM attendance \
             WHERE meeting_id = $1 ORDER BY party_code, id",
        )
        .bind(meeting.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(id, meeting, party, name, title)| {
                Ok(AttendanceRecord {
                    id: AttendanceId::new(id),
                    meeting: MeetingId::new(meeting),
                    party: decode(PartyCode::parse(&party), "party")?,
                    person_name: decode(Label::from_record(&name), "person name")?,
                    person_title: title,
                })
            })
            .collect()
    }

    pub async fn attendance_entry(&self, id: AttendanceId) -> StoreResult<(MeetingId, PartyCode)> {
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT meeting_id, party_code FROM attendance WHERE id = $1")
                .bind(id.get())
                .fetch_optional(self.pool())
                .await?;
        let (meeting, party) = row.ok_or(StoreError::NotFound)?;
        Ok((
            MeetingId::new(meeting),
            decode(PartyCode::parse(&party), "party")?,
        ))
    }

    /// The chair of the group's latest meeting that has begun and was not cancelled: the
    /// party presiding now (DOMAIN.md §1).
    pub async fn current_chair(
        &self,
        group: GroupId,
        now_micros: i64,
    ) -> StoreResult<Option<PartyCode>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT chair FROM meetings WHERE group_id = $1 AND status <> $2 AND starts_at <= $3 \
             ORDER BY starts_at DESC, id DESC LIMIT 1",
        )
        .bind(group.get())
        .bind(MeetingStatus::Cancelled.as_str())
        .bind(now_micros)
        .fetch_optional(self.pool())
        .await?;
        row.map(|(chair,)| decode(PartyCode::parse(&chair), "chair"))
            .transpose()
    }

    /// The host of the group's latest meeting that was not cancelled, for the rotation.
    pub async fn last_host(&self, group: GroupId) -> StoreResult<Option<PartyCode>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT host FROM meetings WHERE group_id = $1 AND status <> $2 \
             ORDER BY starts_at DESC, id DESC LIMIT 1",
        )
        .bind(group.get())
        .bind(MeetingStatus::Cancelled.as_str())
        .fetch_optional(self.pool())
        .await?;
        row.map(|(host,)| decode(PartyCode::parse(&host), "host"))
            .transpose()
    }
}

fn meeting_record(row: MeetingRow, guests: Vec<String>) -> StoreResult<MeetingRecord> {
    let (id, group, format, ordinal, host, chair, city, venue, starts, ends, zone, status) = row;
    Ok(MeetingRecord {
        id: MeetingId::new(id),
        group: GroupId::new(group),
        format: decode(format.parse(), "format")?,
        ordinal: decode(u32::try_from(ordinal), "ordinal")?,
        host: decode(PartyCode::parse(&host), "host")?,
        chair: decode(PartyCode::parse(&chair), "chair")?,
        city: decode(Label::from_record(&city), "city")?,
        venue: decode(Label::from_record(&venue), "venue")?,
        schedule: decode(Schedule::new(instant(starts)?, instant(ends)?), "schedule")?,
        time_zone: decode(ZoneName::parse(&zone), "time zone")?,
        status: decode(status.parse(), "status")?,
        guests: guests
            .iter()
            .map(|code| decode(PartyCode::parse(code), "guest"))
            .collect::<StoreResult<_>>()?,
    })
}

impl WriteTx {
    /// Inserts a meeting numbered after the group's previous meetings of the same format.
    pub async fn insert_meeting(
        &mut self,
        meeting: &NewMeeting,
        now_micros: i64,
    ) -> StoreResult<(MeetingId, u32)> {
        let (last,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(ordinal) FROM meetings WHERE group_id = $1 AND format = $2")
                .bind(meeting.group.get())
                .bind(meeting.format.as_str())
                .fetch_one(self.conn())
                .await?;
        let ordinal = last.unwrap_or(0) + 1;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO meetings (group_id, format, ordinal, host, chair, city, venue, starts_at, \
             ends_at, time_zone, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(meeting.group.get())
        .bind(meeting.format.as_str())
        .bind(ordinal)
        .bind(meeting.host.as_str())
        .bind(meeting.chair.as_str())
        .bind(meeting.city.as_str())
        .bind(meeting.venue.as_str())
        .bind(meeting.schedule.starts_at().as_microsecond())
        .bind(meeting.schedule.ends_at().as_microsecond())
        .bind(meeting.time_zone.as_str())
        .bind(MeetingStatus::Planned.as_str())
        .bind(now_micros)
        .fetch_one(self.conn())
        .await?;
        self.replace_guests(MeetingId::new(id), &meeting.guests)
            .await?;
        Ok((
            MeetingId::new(id),
            decode(u32::try_from(ordinal), "ordinal")?,
        ))
    }

    /// Writes the editable details of a meeting (all but group, format and ordinal).
    pub async fn update_meeting(&mut self, meeting: &MeetingRecord) -> StoreResult<()> {
        sqlx::query(
            "UPDATE meetings SET host = $1, chair = $2, city = $3, venue = $4, starts_at = $5, \
             ends_at = $6, time_zone = $7, status = $8 WHERE id = $9",
        )
        .bind(meeting.host.as_str())
        .bind(meeting.chair.as_str())
        .bind(meeting.city.as_str())
        .bind(meeting.venue.as_str())
        .bind(meeting.schedule.starts_at().as_microsecond())
        .bind(meeting.schedule.ends_at().as_microsecond())
        .bind(meeting.time_zone.as_str())
        .bind(meeting.status.as_str())
        .bind(meeting.id.get())
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
            .bind(meeting.get())
            .execute(self.conn())
            .await?;
        for party in guests {
            sqlx::query("INSERT INTO meeting_guests (meeting_id, party_code) VALUES ($1, $2)")
                .bind(meeting.get())
                .bind(party.as_str())
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub async fn insert_agenda_item(
        &mut self,
        meeting: MeetingId,
        title: &Label,
        description: &Note,
    ) -> StoreResult<AgendaItemId> {
        let (last,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(position) FROM agenda_items WHERE meeting_id = $1")
                .bind(meeting.get())
                .fetch_one(self.conn())
                .await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO agenda_items (meeting_id, position, title, description) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(meeting.get())
        .bind(last.unwrap_or(0) + 1)
        .bind(title.as_str())
        .bind(description.as_str())
        .fetch_one(self.conn())
        .await?;
        Ok(AgendaItemId::new(id))
    }

    pub async fn update_agenda_item(
        &mut self,
        item: AgendaItemId,
        title: &Label,
        description: &Note,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE agenda_items SET title = $1, description = $2 WHERE id = $3")
            .bind(title.as_str())
            .bind(description.as_str())
            .bind(item.get())
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn delete_agenda_item(&mut self, item: AgendaItemId) -> StoreResult<()> {
        sqlx::query("DELETE FROM agenda_items WHERE id = $1")
            .bind(item.get())
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Renumbers a meeting's agenda in the given order (every item of the meeting, once).
    pub async fn reorder_agenda(&mut self, order: &[AgendaItemId]) -> StoreResult<()> {
        for (index, item) in order.iter().enumerate() {
            sqlx::query("UPDATE agenda_items SET position = $1 WHERE id = $2")
                .bind(index as i64 + 1)
                .bind(item.get())
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub async fn insert_attendance(
        &mut self,
        meeting: MeetingId,
        party: &PartyCode,
        person_name: &Label,
        person_title: &str,
    ) -> StoreResult<AttendanceId> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO attendance (meeting_id, party_code, person_name, person_title) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(meeting.get())
        .bind(party.as_str())
        .bind(person_name.as_str())
        .bind(person_title)
        .fetch_one(self.conn())
        .await?;
        Ok(AttendanceId::new(id))
    }

    pub async fn delete_attendance(&mut self, id: AttendanceId) -> StoreResult<()> {
        sqlx::query("DELETE FROM attendance WHERE id = $1")
            .bind(id.get())
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
