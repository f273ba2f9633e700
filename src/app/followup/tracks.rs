//! A group's tracks: those it set, or the first group's until it sets its own.

use super::super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::message::Message;
use crate::domain::names::Label;
use crate::domain::track::{Track, TrackCode, FIRST_GROUP_TRACKS};
use crate::domain::validation::ValidationErrors;
use crate::store::GroupRecord;

impl App {
    /// The tracks of a group whose business the caller follows.
    pub async fn tracks(&self, caller: &Caller, code: &str) -> AppResult<Vec<Track>> {
        let group = self.group_for(caller, code).await?;
        access::follow_group_business(&caller.viewer, group.id)?;
        self.tracks_of(&group).await
    }

    /// The group's tracks, for the rules that check a track.
    pub(crate) async fn tracks_of(&self, group: &GroupRecord) -> AppResult<Vec<Track>> {
        let tracks = self.store.group_tracks(group.id).await?;
        if !tracks.is_empty() {
            return Ok(tracks);
        }
        FIRST_GROUP_TRACKS
            .into_iter()
            .map(|(code, name)| {
                Ok(Track {
                    code: TrackCode::parse(code).map_err(|e| anyhow::anyhow!("{code}: {e}"))?,
                    name: Label::parse(name).map_err(|e| anyhow::anyhow!("{name}: {e}"))?,
                })
            })
            .collect::<Result<_, anyhow::Error>>()
            .map_err(AppError::Internal)
    }

    /// Sets the group's tracks (the secretariat): codes are unique, and a code already used by
    /// a record stays (its records would otherwise name a track the group no longer has).
    pub async fn set_tracks(
        &self,
        caller: &Caller,
        code: &str,
        tracks: Vec<Track>,
    ) -> AppResult<Vec<Track>> {
        let group = self.group_for(caller, code).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        let mut errors = ValidationErrors::new();
        if tracks.is_empty() {
            errors.add("tracks", Message::new("error-engagement-no-track"));
        }
        for (n, track) in tracks.iter().enumerate() {
            if tracks[..n].iter().any(|t| t.code == track.code) {
                errors.add(
                    "tracks",
                    Message::new("error-track-named-twice").with("track", &track.code),
                );
            }
        }
        for old in self.tracks_of(&group).await? {
            if !tracks.iter().any(|t| t.code == old.code)
                && self.track_in_use(&group, &old.code).await?
            {
                errors.add(
                    "tracks",
                    Message::new("error-track-in-use").with("track", &old.code),
                );
            }
        }
        errors.into_result()?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_group_tracks(group.id, &tracks).await?;
        let listed = tracks
            .iter()
            .map(|t| t.code.as_str())
            .collect::<Vec<_>>()
            .join(",");
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Group(group.id),
            action: Action::GroupTracks,
            object: ObjectRef::Group(group.code.clone()),
            payload: Payload::new().with("tracks", listed),
        })
        .await?;
        tx.commit().await?;
        Ok(tracks)
    }

    async fn track_in_use(&self, group: &GroupRecord, track: &TrackCode) -> AppResult<bool> {
        Ok(self.store.track_in_use(group.id, track).await?)
    }
}
