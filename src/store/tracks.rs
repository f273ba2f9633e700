//! A group's tracks, in the order the group set them.

use super::{Store, StoreResult, WriteTx};
use crate::domain::ids::GroupId;
use crate::domain::names::Label;
use crate::domain::track::{Track, TrackCode};

#[derive(sqlx::FromRow)]
struct TrackRow {
    code: TrackCode,
    name: Label,
}

impl Store {
    /// The tracks the group has set; empty when it has set none.
    pub async fn group_tracks(&self, group: GroupId) -> StoreResult<Vec<Track>> {
        let rows: Vec<TrackRow> = sqlx::query_as(
            "SELECT code, name FROM group_tracks WHERE group_id = $1 ORDER BY position",
        )
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| Track {
                code: row.code,
                name: row.name,
            })
            .collect())
    }
}

impl WriteTx {
    /// Replaces the group's tracks with `tracks`, in that order.
    pub async fn set_group_tracks(&mut self, group: GroupId, tracks: &[Track]) -> StoreResult<()> {
        sqlx::query("DELETE FROM group_tracks WHERE group_id = $1")
            .bind(group)
            .execute(self.conn())
            .await?;
        for (position, track) in tracks.iter().enumerate() {
            sqlx::query(
                "INSERT INTO group_tracks (group_id, position, code, name) VALUES ($1, $2, $3, $4)",
            )
            .bind(group)
            .bind(position as i64)
            .bind(&track.code)
            .bind(&track.name)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }
}

impl Store {
    /// Whether any record of the group names the track.
    pub async fn track_in_use(&self, group: GroupId, track: &TrackCode) -> StoreResult<bool> {
        let (used,): (i64,) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM agreements WHERE group_id = $1 AND track = $2) \
             + (SELECT COUNT(*) FROM action_lines l JOIN roadmaps m ON m.id = l.roadmap_id \
                WHERE m.group_id = $1 AND l.track = $2) \
             + (SELECT COUNT(*) FROM engagement_tracks t JOIN engagements e \
                ON e.id = t.engagement_id WHERE e.group_id = $1 AND t.track = $2)",
        )
        .bind(group)
        .bind(track)
        .fetch_one(self.pool())
        .await?;
        Ok(used > 0)
    }
}
