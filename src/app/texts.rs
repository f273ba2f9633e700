//! Texts under negotiation: drafting, immutable versions, language versions, amendments and
//! the penholder's answer to them. Every read is trimmed by the text's marking.

use jiff::Timestamp;

use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::characters;
use crate::domain::diff::apply_amendment;
use crate::domain::document::LanguageStatus;
use crate::domain::ids::{AmendmentId, GroupId, MeetingId, TextId};
use crate::domain::journal::{Action, Hash32, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::marking::Marking;
use crate::domain::message::{Explain, Message};
use crate::domain::names::PartyCode;
use crate::domain::text::drafting::{check_language_version, check_translations, DraftingContext};
use crate::domain::text::{content_hash, parse, ParsedText};
use crate::domain::validation::ValidationErrors;
use crate::store::{
    AmendmentRecord, AmendmentState, GroupRecord, LanguageVersionRecord, NewText, ProcedureRecord,
    TextRecord, VersionRecord, WriteTx,
};

pub use crate::domain::text::drafting::{
    check_body, AmendmentDraft, LanguageDraft, TextDraft, MAX_BODY_CHARS,
};

/// A text with everything its page shows.
pub struct TextDetail {
    pub group: GroupRecord,
    pub text: TextRecord,
    pub chair: Option<PartyCode>,
    pub versions: Vec<VersionRecord>,
    pub language_versions: Vec<LanguageVersionRecord>,
    pub amendments: Vec<AmendmentRecord>,
    pub procedures: Vec<ProcedureRecord>,
    pub latest: ParsedText,
    pub can_hold_pen: bool,
    pub can_amend: bool,
    pub can_preside: bool,
}

impl TextDetail {
    pub fn latest_version(&self) -> Option<&VersionRecord> {
        self.versions.last()
    }
}

impl App {
    /// The party presiding now: the chair of the latest meeting that has begun, or the first
    /// party of the rotation before any meeting.
    pub async fn chair_of(&self, group: &GroupRecord) -> AppResult<Option<PartyCode>> {
        let chair = self.store.current_chair(group.id, self.now()).await?;
        Ok(chair.or_else(|| group.rotation.first().cloned()))
    }

    /// A text the caller may see, with its group and the chair; `NotFound` otherwise.
    pub(super) async fn visible_text(
        &self,
        caller: &Caller,
        id: TextId,
    ) -> AppResult<(GroupRecord, TextRecord, Option<PartyCode>)> {
        let text = self.store.text(id).await?;
        let group = self.store.group_by_id(text.group).await?;
        let chair = self.chair_of(&group).await?;
        access::see_marked(&caller.viewer, group.id, &text.marking, chair.clone())?;
        Ok((group, text, chair))
    }

    /// The texts of a group the caller may see, newest first.
    pub async fn texts_for(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<TextRecord>)> {
        let group = self.group_for(caller, code).await?;
        let chair = self.chair_of(&group).await?;
        let texts = self
            .store
            .texts_of_group(group.id)
            .await?
            .into_iter()
            .filter(|text| {
                access::see_marked(&caller.viewer, group.id, &text.marking, chair.clone()).is_ok()
            })
            .collect();
        Ok((group, texts))
    }

    pub async fn text_detail(&self, caller: &Caller, id: TextId) -> AppResult<TextDetail> {
        let (group, text, chair) = self.visible_text(caller, id).await?;
        let versions = self.store.versions(id).await?;
        let latest = versions
            .last()
            .map(|version| parse(&version.body).unwrap_or(ParsedText { segments: vec![] }))
            .unwrap_or(ParsedText { segments: vec![] });
        Ok(TextDetail {
            can_hold_pen: access::hold_pen(
                &caller.viewer,
                group.id,
                &text.penholder,
                chair.as_ref(),
            )
            .is_ok(),
            can_amend: access::propose_amendment(&caller.viewer, group.id).is_ok(),
            can_preside: chair
                .as_ref()
                .is_some_and(|chair| access::preside(&caller.viewer, group.id, chair).is_ok()),
            language_versions: self.store.language_versions(id).await?,
            amendments: self.store.amendments(id).await?,
            procedures: self.store.procedures_of_text(id).await?,
            versions,
            latest,
            group,
            text,
            chair,
        })
    }

    pub async fn create_text(
        &self,
        caller: &Caller,
        code: &str,
        draft: TextDraft,
    ) -> AppResult<TextId> {
        let group = self.group_for(caller, code).await?;
        let party = access::draft_text(&caller.viewer, group.id)?;
        let chair = self.chair_of(&group).await?;
        let penholder = party
            .clone()
            .or(chair.clone())
            .ok_or_else(|| AppError::Conflict(Message::new("error-text-no-chair-to-hold-pen")))?;
        let meeting_of_group = self.meeting_of_group(group.id, draft.meeting).await?;
        let is_party = |code: &PartyCode| group.party(code).is_some();
        let draft = draft.check(&DraftingContext {
            drafter: party.as_ref(),
            clearance: caller.viewer.clearance,
            is_party: &is_party,
            meeting_of_group,
        })?;
        let marking = Marking {
            distribution: draft.distribution,
            classification: draft.classification,
            originator: party.clone().or(chair),
            listed: draft.listed.clone(),
            lists_secretariat: draft.lists_secretariat,
        };
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let new_text = NewText {
            group: group.id,
            title: draft.title.clone(),
            kind: draft.kind,
            language: draft.language.clone(),
            marking,
            penholder: penholder.clone(),
            meeting: draft.meeting,
            created_by: caller.viewer.user,
        };
        let id = tx.insert_text(&new_text, now).await?;
        let hash = write_first_version(&mut tx, id, &draft, caller, now).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: party,
            scope: JournalScope::Paper(group.id, id),
            action: Action::TextCreate,
            object: ObjectRef::Text(id),
            payload: Payload::new()
                .with("title", &draft.title)
                .with("kind", draft.kind)
                .with("language", &draft.language)
                .with("distribution", draft.distribution)
                .with("classification", draft.classification.as_str())
                .with("penholder", &penholder)
                .with("version", 1)
                .with("hash", hash),
        })
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Whether the meeting a draft names (if any) is one of the group's; a meeting that does
    /// not exist is simply not the group's, so the drafting rules report it on its field.
    pub(super) async fn meeting_of_group(
        &self,
        group: GroupId,
        meeting: Option<MeetingId>,
    ) -> AppResult<bool> {
        let Some(meeting) = meeting else {
            return Ok(true);
        };
        match self.store.meeting(meeting).await {
            Ok(record) => Ok(record.group == group),
            Err(crate::store::StoreError::NotFound) => Ok(false),
            Err(other) => Err(other.into()),
        }
    }

    /// The penholder issues a new version; open procedures on older versions are superseded.
    pub async fn add_version(
        &self,
        caller: &Caller,
        id: TextId,
        body: &str,
        translations: Vec<LanguageDraft>,
    ) -> AppResult<i64> {
        let (group, text, chair) = self.visible_text(caller, id).await?;
        access::hold_pen(&caller.viewer, group.id, &text.penholder, chair.as_ref())?;
        let mut errors = ValidationErrors::new();
        let body = errors.check_all(check_body("body", body));
        let checked = errors.check_all(check_translations(&translations, &text.language));
        errors.into_result()?;
        let (body, checked) = (body.unwrap_or_default(), checked.unwrap_or_default());
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let number = self
            .write_version(&mut tx, caller, &group, &text, &body, None, &checked, now)
            .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Writes a version with its journal entry and supersedes procedures on older versions.
    #[allow(clippy::too_many_arguments)]
    async fn write_version(
        &self,
        tx: &mut WriteTx,
        caller: &Caller,
        group: &GroupRecord,
        text: &TextRecord,
        body: &str,
        credited: Option<&PartyCode>,
        translations: &[LanguageDraft],
        now: Timestamp,
    ) -> AppResult<i64> {
        let hash = content_hash(body);
        let number = tx
            .insert_version(text.id, body, hash, credited, caller.viewer.user, now)
            .await?;
        tx.insert_language_version(
            text.id,
            &LanguageVersionRecord {
                version_number: number,
                language: text.language.clone(),
                body: body.to_owned(),
                hash,
                status: LanguageStatus::Authentic,
                prevailing: false,
            },
            now,
        )
        .await?;
        for translation in translations {
            insert_translation(tx, text.id, number, translation, now).await?;
        }
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text.id),
            action: Action::TextVersion,
            object: ObjectRef::Text(text.id),
            payload: Payload::new()
                .with("version", number)
                .with("hash", hash)
                .with_optional("credited_party", credited),
        })
        .await?;
        for procedure in self.store.procedures_of_text(text.id).await? {
            self.supersede(tx, caller, group, &procedure, now).await?;
        }
        Ok(number)
    }

    pub async fn add_language_version(
        &self,
        caller: &Caller,
        id: TextId,
        version: Option<i64>,
        draft: LanguageDraft,
    ) -> AppResult<()> {
        let (group, text, chair) = self.visible_text(caller, id).await?;
        access::hold_pen(&caller.viewer, group.id, &text.penholder, chair.as_ref())?;
        let versions = self.store.versions(id).await?;
        // Without a number, the language version belongs to the latest version.
        let version = version
            .or_else(|| versions.last().map(|v| v.number))
            .unwrap_or(1);
        if !versions.iter().any(|v| v.number == version) {
            return Err(ValidationErrors::single(
                "version",
                Message::new("error-text-no-such-version").with("version", version),
            )
            .into());
        }
        let draft = check_language_version(&draft, &text.language, "")?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        insert_translation(&mut tx, id, version, &draft, now).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, id),
            action: Action::TextLanguageVersion,
            object: ObjectRef::Text(id),
            payload: Payload::new()
                .with("version", version)
                .with("language", &draft.language)
                .with("status", draft.status.as_str())
                .with("prevailing", draft.prevailing)
                .with("hash", content_hash(&draft.body)),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn propose_amendment(
        &self,
        caller: &Caller,
        id: TextId,
        draft: AmendmentDraft,
    ) -> AppResult<AmendmentId> {
        let (group, text, _) = self.visible_text(caller, id).await?;
        let party = access::propose_amendment(&caller.viewer, group.id)?;
        let versions = self.store.versions(id).await?;
        let version = versions
            .iter()
            .find(|v| v.number == draft.version)
            .ok_or_else(|| {
                AppError::from(ValidationErrors::single(
                    "version",
                    Message::new("error-text-no-such-version").with("version", draft.version),
                ))
            })?;
        let version_number = u32::try_from(version.number).unwrap_or(u32::MAX);
        let (passage, replacement, reason) = draft.check(&version.body, version_number)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let record = AmendmentRecord {
            id: AmendmentId::new(0),
            text: id,
            version_number: version.number,
            party: party.clone(),
            passage,
            replacement,
            reason,
            state: AmendmentState::Proposed,
            answer: String::new(),
            incorporated_in: None,
        };
        let amendment = tx
            .insert_amendment(&record, caller.viewer.user, now)
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: Some(party),
            scope: JournalScope::Paper(group.id, text.id),
            action: Action::AmendmentPropose,
            object: ObjectRef::Amendment(amendment),
            payload: Payload::new()
                .with("version", version.number)
                .with("passage", &record.passage)
                .with("replacement", &record.replacement)
                .with("reason", &record.reason),
        })
        .await?;
        tx.commit().await?;
        Ok(amendment)
    }

    /// The text an amendment was proposed to, if the caller may see it.
    pub async fn text_of_amendment(&self, caller: &Caller, id: AmendmentId) -> AppResult<TextId> {
        let text_id = self.store.amendment_text(id).await?;
        self.visible_text(caller, text_id).await?;
        Ok(text_id)
    }

    async fn amendment_for_penholder(
        &self,
        caller: &Caller,
        id: AmendmentId,
    ) -> AppResult<(GroupRecord, TextRecord, AmendmentRecord)> {
        let text_id = self.store.amendment_text(id).await?;
        let (group, text, chair) = self.visible_text(caller, text_id).await?;
        access::hold_pen(&caller.viewer, group.id, &text.penholder, chair.as_ref())?;
        let amendment = self
            .store
            .amendments(text_id)
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(AppError::NotFound)?;
        if amendment.state != AmendmentState::Proposed {
            return Err(AppError::Conflict(
                Message::new("error-amendment-already-settled")
                    .with("state", amendment.state.as_str()),
            ));
        }
        Ok((group, text, amendment))
    }

    /// The penholder incorporates an amendment into a new version, crediting its party. The
    /// amendment applies to the latest version when its passage is still there unchanged.
    pub async fn incorporate_amendment(&self, caller: &Caller, id: AmendmentId) -> AppResult<i64> {
        let (group, text, amendment) = self.amendment_for_penholder(caller, id).await?;
        let versions = self.store.versions(text.id).await?;
        let latest = versions.last().ok_or(AppError::NotFound)?;
        let latest_number = u32::try_from(latest.number).unwrap_or(u32::MAX);
        let body = apply_amendment(
            &latest.body,
            &amendment.passage,
            &amendment.replacement,
            latest_number,
        )
        .map_err(|error| {
            AppError::Conflict(
                Message::new("error-amendment-cannot-incorporate").with("reason", error.message()),
            )
        })?;
        let body = check_body("replacement", &body)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let number = self
            .write_version(
                &mut tx,
                caller,
                &group,
                &text,
                &body,
                Some(&amendment.party),
                &[],
                now,
            )
            .await?;
        tx.settle_amendment(id, AmendmentState::Incorporated, "", Some(number))
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text.id),
            action: Action::AmendmentIncorporate,
            object: ObjectRef::Amendment(id),
            payload: Payload::new()
                .with("version", number)
                .with("party", &amendment.party),
        })
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    pub async fn decline_amendment(
        &self,
        caller: &Caller,
        id: AmendmentId,
        reason: &str,
    ) -> AppResult<()> {
        let reason = characters::prose(reason.trim())
            .map_err(|error| ValidationErrors::single("reason", error.message()))?;
        if reason.is_empty() {
            return Err(ValidationErrors::single(
                "reason",
                Message::new("error-amendment-decline-reason-missing"),
            )
            .into());
        }
        let (group, text, _) = self.amendment_for_penholder(caller, id).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.settle_amendment(id, AmendmentState::Declined, &reason, None)
            .await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Paper(group.id, text.id),
            action: Action::AmendmentDecline,
            object: ObjectRef::Amendment(id),
            payload: Payload::new().with("reason", &reason),
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Version 1 of a new text: its body, the authentic language version in the text's own
/// language, and the translations filed with it. Answers the body's hash.
async fn write_first_version(
    tx: &mut WriteTx,
    id: TextId,
    draft: &TextDraft,
    caller: &Caller,
    now: Timestamp,
) -> AppResult<Hash32> {
    let hash = content_hash(&draft.body);
    tx.insert_version(id, &draft.body, hash, None, caller.viewer.user, now)
        .await?;
    let authentic = LanguageVersionRecord {
        version_number: 1,
        language: draft.language.clone(),
        body: draft.body.clone(),
        hash,
        status: LanguageStatus::Authentic,
        prevailing: false,
    };
    tx.insert_language_version(id, &authentic, now).await?;
    for translation in &draft.translations {
        insert_translation(tx, id, 1, translation, now).await?;
    }
    Ok(hash)
}

async fn insert_translation(
    tx: &mut WriteTx,
    text: TextId,
    version: i64,
    draft: &LanguageDraft,
    now: Timestamp,
) -> AppResult<()> {
    tx.insert_language_version(
        text,
        &LanguageVersionRecord {
            version_number: version,
            language: draft.language.clone(),
            body: draft.body.clone(),
            hash: content_hash(&draft.body),
            status: draft.status,
            prevailing: draft.prevailing,
        },
        now,
    )
    .await?;
    Ok(())
}
