//! A meeting's agenda items (kept in order by a position number) and its attendance list.

use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{AgendaItemId, AttendanceId, MeetingId};
use crate::domain::names::{Label, Note, PartyCode};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgendaItemRecord {
    pub id: AgendaItemId,
    #[sqlx(rename = "meeting_id")]
    pub meeting: MeetingId,
    pub position: i64,
    pub title: Label,
    pub description: Note,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendanceRecord {
    pub id: AttendanceId,
    #[sqlx(rename = "meeting_id")]
    pub meeting: MeetingId,
    #[sqlx(rename = "party_code")]
    pub party: PartyCode,
    pub person_name: Label,
    pub person_title: String,
}

impl Store {
    pub async fn agenda(&self, meeting: MeetingId) -> StoreResult<Vec<AgendaItemRecord>> {
        Ok(sqlx::query_as(
            "SELECT id, meeting_id, position, title, description FROM agenda_items \
             WHERE meeting_id = $1 ORDER BY position, id",
        )
        .bind(meeting)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn agenda_item(&self, id: AgendaItemId) -> StoreResult<AgendaItemRecord> {
        let item: Option<AgendaItemRecord> = sqlx::query_as(
            "SELECT id, meeting_id, position, title, description FROM agenda_items WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        item.ok_or(StoreError::NotFound)
    }

    pub async fn attendance(&self, meeting: MeetingId) -> StoreResult<Vec<AttendanceRecord>> {
        Ok(sqlx::query_as(
            "SELECT id, meeting_id, party_code, person_name, person_title FROM attendance \
             WHERE meeting_id = $1 ORDER BY party_code, id",
        )
        .bind(meeting)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn attendance_entry(&self, id: AttendanceId) -> StoreResult<(MeetingId, PartyCode)> {
        let row: Option<(MeetingId, PartyCode)> =
            sqlx::query_as("SELECT meeting_id, party_code FROM attendance WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.ok_or(StoreError::NotFound)
    }
}

impl WriteTx {
    pub async fn insert_agenda_item(
        &mut self,
        meeting: MeetingId,
        title: &Label,
        description: &Note,
    ) -> StoreResult<AgendaItemId> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(position) FROM agenda_items WHERE meeting_id = $1")
                .bind(meeting)
                .fetch_one(self.conn())
                .await?;
        Ok(sqlx::query_scalar(
            "INSERT INTO agenda_items (meeting_id, position, title, description) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(meeting)
        .bind(last.unwrap_or(0) + 1)
        .bind(title)
        .bind(description)
        .fetch_one(self.conn())
        .await?)
    }

    pub async fn update_agenda_item(
        &mut self,
        item: AgendaItemId,
        title: &Label,
        description: &Note,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE agenda_items SET title = $1, description = $2 WHERE id = $3")
            .bind(title)
            .bind(description)
            .bind(item)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn delete_agenda_item(&mut self, item: AgendaItemId) -> StoreResult<()> {
        sqlx::query("DELETE FROM agenda_items WHERE id = $1")
            .bind(item)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Renumbers a meeting's agenda in the given order (every item of the meeting, once).
    pub async fn reorder_agenda(&mut self, order: &[AgendaItemId]) -> StoreResult<()> {
        for (index, item) in order.iter().enumerate() {
            sqlx::query("UPDATE agenda_items SET position = $1 WHERE id = $2")
                .bind(index as i64 + 1)
                .bind(item)
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
        Ok(sqlx::query_scalar(
            "INSERT INTO attendance (meeting_id, party_code, person_name, person_title) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(meeting)
        .bind(party)
        .bind(person_name)
        .bind(person_title)
        .fetch_one(self.conn())
        .await?)
    }

    pub async fn delete_attendance(&mut self, id: AttendanceId) -> StoreResult<()> {
        sqlx::query("DELETE FROM attendance WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
