//! The agreements registry: what the parties sign with their counterparts, listed and
//! totalled over what the reader may see.

use super::super::{App, AppError, AppResult, Caller};
use super::{is_party_of, marked_entry, today_at};
use crate::domain::access;
use crate::domain::agreement::{totals, AgreementDraft, AgreementTotal, Counted};
use crate::domain::journal::{Action, ObjectRef, Payload};
use crate::domain::message::Explain;
use crate::store::{AgreementRecord, GroupRecord, NewAgreement};

/// The agreements a reader sees, and their totals per party and currency.
pub struct AgreementList {
    pub group: GroupRecord,
    pub agreements: Vec<AgreementRecord>,
    pub totals: Vec<AgreementTotal>,
}

impl App {
    /// The group's agreements the caller may see, latest signed first, with totals over
    /// exactly those: an agreement the caller may not see changes no count and no sum.
    pub async fn agreements(&self, caller: &Caller, code: &str) -> AppResult<AgreementList> {
        let group = self.group_for(caller, code).await?;
        let sight = self.sight(caller, &group).await?;
        let agreements: Vec<AgreementRecord> = self
            .store
            .group_agreements(group.id)
            .await?
            .into_iter()
            .filter(|a| sight.sees(&a.marking))
            .collect();
        let counted: Vec<Counted> = agreements
            .iter()
            .map(|a| Counted {
                party: a.party.clone(),
                count: a.count,
                value: a.value,
            })
            .collect();
        let totals = totals(&counted).map_err(|e| AppError::Conflict(e.message()))?;
        Ok(AgreementList {
            group,
            agreements,
            totals,
        })
    }

    /// Records an agreement (the secretariat, or the party's own delegation).
    pub async fn record_agreement(
        &self,
        caller: &Caller,
        code: &str,
        draft: AgreementDraft,
    ) -> AppResult<AgreementRecord> {
        let group = self.group_for(caller, code).await?;
        access::record_for_party(&caller.viewer, group.id, &draft.party)?;
        let now = self.now();
        let tracks = self.tracks_of(&group).await?;
        let is_party = |code: &_| is_party_of(&group, code);
        let is_track = |code: &_| tracks.iter().any(|t| &t.code == code);
        let draft = draft.check(today_at(&group, now), &is_party, &is_track)?;
        let originator = caller.viewer.party_in(group.id);
        let marking =
            draft
                .marking
                .clone()
                .check(originator, caller.viewer.clearance, &is_party)?;
        let agreement = NewAgreement {
            group: group.id,
            title: draft.title,
            party: draft.party,
            counterpart: draft.counterpart,
            track: draft.track,
            signed_on: draft.signed_on,
            place: draft.place,
            count: draft.count,
            value: draft.value,
            status: draft.status,
            source: draft.source,
            marking,
            recorded_by: caller.viewer.user,
        };
        let mut tx = self.store.begin_write().await?;
        let id = tx.insert_agreement(&agreement, now).await?;
        let payload = Payload::new()
            .with("title", &agreement.title)
            .with("party", &agreement.party)
            .with("counterpart", &agreement.counterpart)
            .with("track", &agreement.track)
            .with("signed_on", agreement.signed_on)
            .with("place", &agreement.place)
            .with("count", agreement.count.get())
            .with_optional("value", agreement.value)
            .with("status", agreement.status)
            .with("source", &agreement.source.citation)
            .with_optional("source_url", agreement.source.url.as_ref());
        tx.journal(marked_entry(
            caller,
            &group,
            &agreement.marking,
            (Action::AgreementCreate, ObjectRef::Agreement(id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(AgreementRecord {
            id,
            group: agreement.group,
            title: agreement.title,
            party: agreement.party,
            counterpart: agreement.counterpart,
            track: agreement.track,
            signed_on: agreement.signed_on,
            place: agreement.place,
            count: agreement.count,
            value: agreement.value,
            status: agreement.status,
            source: agreement.source,
            marking: agreement.marking,
            recorded_by: agreement.recorded_by,
            recorded_at: now,
        })
    }
}
