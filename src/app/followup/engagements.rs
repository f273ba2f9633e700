//! Engagement records: each party's own record of its contacts with the authorities of a
//! counterpart, `national` unless its envoy deliberately widens who sees it.

use super::super::{App, AppResult, Caller};
use super::{is_party_of, marked_entry, today_at};
use crate::domain::access;
use crate::domain::engagement::Engagement;
use crate::domain::ids::EngagementId;
use crate::domain::journal::{Action, ObjectRef, Payload};
use crate::domain::marking::{widens, MarkingChoice};
use crate::domain::message::Message;
use crate::domain::validation::ValidationErrors;
use crate::store::{EngagementRecord, GroupRecord};

/// An engagement as its party records it, with the marking chosen.
pub struct EngagementDraft {
    pub engagement: Engagement,
    pub marking: MarkingChoice,
}

impl App {
    /// The group's engagement records the caller may see, latest first.
    pub async fn engagements(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<EngagementRecord>)> {
        let group = self.group_for(caller, code).await?;
        let sight = self.sight(caller, &group).await?;
        let mut records = self.store.group_engagements(group.id).await?;
        records.retain(|e| sight.sees(&e.marking));
        Ok((group, records))
    }

    /// One engagement record the caller may see; `NotFound` otherwise.
    pub async fn engagement(
        &self,
        caller: &Caller,
        id: EngagementId,
    ) -> AppResult<(GroupRecord, EngagementRecord)> {
        let record = self.store.engagement(id).await?;
        access::follow_group_business(&caller.viewer, record.group)?;
        let group = GroupRecord::clone(&*self.cached_group_by_id(caller, record.group).await?);
        let sight = self.sight(caller, &group).await?;
        if !sight.sees(&record.marking) {
            return Err(crate::app::AppError::NotFound);
        }
        Ok((group, record))
    }

    /// Records an engagement of the caller's own party.
    pub async fn record_engagement(
        &self,
        caller: &Caller,
        code: &str,
        draft: EngagementDraft,
    ) -> AppResult<EngagementRecord> {
        let group = self.group_for(caller, code).await?;
        let party = draft.engagement.party.clone();
        access::record_engagement(&caller.viewer, group.id, &party)?;
        let now = self.now();
        let tracks = self.tracks_of(&group).await?;
        let is_track = |code: &_| tracks.iter().any(|t| &t.code == code);
        let engagement = draft.engagement.check(today_at(&group, now), &is_track)?;
        let is_party = |code: &_| is_party_of(&group, code);
        let marking =
            draft
                .marking
                .check(Some(party.clone()), caller.viewer.clearance, &is_party)?;
        let mut record = EngagementRecord {
            id: EngagementId::new(0),
            group: group.id,
            party,
            date: engagement.date,
            place: engagement.place,
            level: engagement.level,
            counterpart: engagement.counterpart,
            tracks: engagement.tracks,
            summary: engagement.summary,
            follow_up: engagement.follow_up,
            marking,
            recorded_by: caller.viewer.user,
            recorded_at: now,
        };
        let mut tx = self.store.begin_write().await?;
        record.id = tx.insert_engagement(&record).await?;
        let tracks: Vec<&str> = record.tracks.iter().map(|t| t.as_str()).collect();
        let payload = Payload::new()
            .with("party", &record.party)
            .with("date", record.date)
            .with("place", &record.place)
            .with("level", &record.level)
            .with("counterpart", &record.counterpart)
            .with("tracks", tracks.join(","))
            .with("summary", &record.summary)
            .with_optional("follow_up", record.follow_up.as_ref());
        tx.journal(marked_entry(
            caller,
            &group,
            &record.marking,
            (Action::EngagementCreate, ObjectRef::Engagement(record.id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    /// Widens who may see an engagement record (its party's envoy, deliberately): the new
    /// marking lets at least everyone see it who saw it before, at no higher classification.
    pub async fn widen_engagement(
        &self,
        caller: &Caller,
        id: EngagementId,
        choice: MarkingChoice,
    ) -> AppResult<EngagementRecord> {
        let (group, mut record) = self.engagement(caller, id).await?;
        access::widen(&caller.viewer, group.id, Some(&record.party))?;
        let is_party = |code: &_| is_party_of(&group, code);
        let wider = choice.check(
            Some(record.party.clone()),
            caller.viewer.clearance,
            &is_party,
        )?;
        if !widens(&record.marking, &wider) {
            return Err(ValidationErrors::single(
                "distribution",
                Message::new("error-marking-only-widen"),
            )
            .into());
        }
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.set_engagement_marking(id, &wider).await?;
        let listed: Vec<&str> = wider.listed.iter().map(|p| p.as_str()).collect();
        let payload = Payload::new()
            .with("from", record.marking.distribution)
            .with("distribution", wider.distribution)
            .with("classification", wider.classification.as_str())
            .with("listed", listed.join(","));
        tx.journal(marked_entry(
            caller,
            &group,
            &wider,
            (Action::MarkingWiden, ObjectRef::Engagement(id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        record.marking = wider;
        Ok(record)
    }
}
