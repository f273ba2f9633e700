//! Texts with their marking, immutable versions, language versions and amendments.

use super::{decode, Store, StoreError, StoreResult, WriteTx};
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::ids::{AmendmentId, GroupId, MeetingId, TextId, UserId};
use crate::domain::journal::Hash32;
use crate::domain::marking::{Classification, Distribution, Marking};
use crate::domain::names::{Label, PartyCode};

#[derive(Debug, Clone)]
pub struct TextRecord {
    pub id: TextId,
    pub group: GroupId,
    pub title: Label,
    pub kind: TextKind,
    pub language: LanguageTag,
    pub marking: Marking,
    pub penholder: PartyCode,
    pub meeting: Option<MeetingId>,
}

#[derive(Debug, Clone)]
pub struct NewText {
    pub group: GroupId,
    pub title: Label,
    pub kind: TextKind,
    pub language: LanguageTag,
    pub marking: Marking,
    pub penholder: PartyCode,
    pub meeting: Option<MeetingId>,
    pub created_by: UserId,
}

#[derive(Debug, Clone)]
pub struct VersionRecord {
    pub number: i64,
    pub body: String,
    pub hash: Hash32,
    pub credited_party: Option<PartyCode>,
    pub created_at_micros: i64,
}

#[derive(Debug, Clone)]
pub struct LanguageVersionRecord {
    pub version_number: i64,
    pub language: LanguageTag,
    pub body: String,
    pub hash: Hash32,
    pub status: LanguageStatus,
    pub prevailing: bool,
}

/// Where an amendment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmendmentState {
    Proposed,
    Incorporated,
    Declined,
}

impl AmendmentState {
    pub fn as_str(self) -> &'static str {
        match self {
            AmendmentState::Proposed => "proposed",
            AmendmentState::Incorporated => "incorporated",
            AmendmentState::Declined => "declined",
        }
    }

    fn parse(text: &str) -> Result<Self, String> {
        match text {
            "proposed" => Ok(AmendmentState::Proposed),
            "incorporated" => Ok(AmendmentState::Incorporated),
            "declined" => Ok(AmendmentState::Declined),
            other => Err(format!("unknown amendment state {other}")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AmendmentRecord {
    pub id: AmendmentId,
    pub text: TextId,
    pub version_number: i64,
    pub party: PartyCode,
    pub passage: String,
    pub replacement: String,
    pub reason: String,
    pub state: AmendmentState,
    pub answer: String,
    pub incorporated_in: Option<i64>,
}

type AmendmentRow = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
);
type TextRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    i64,
    Option<i64>,
);
const TEXT_COLUMNS: &str =
    "id, group_id, title, kind, language, distribution, classification, originator, \
                            penholder, listed, lists_secretariat, meeting_id";

fn party_list(text: &str) -> StoreResult<Vec<PartyCode>> {
    text.split(',')
        .filter(|code| !code.is_empty())
        .map(|code| decode(PartyCode::parse(code), "listed party"))
        .collect()
}

fn text_record(row: TextRow) -> StoreResult<TextRecord> {
    let (
        id,
        group,
        title,
        kind,
        language,
        distribution,
        classification,
        originator,
        penholder,
        listed,
        lists_secretariat,
        meeting,
    ) = row;
    Ok(TextRecord {
        id: TextId::new(id),
        group: GroupId::new(group),
        title: decode(Label::from_record(&title), "title")?,
        kind: decode(kind.parse(), "kind")?,
        language: decode(LanguageTag::parse(&language), "language")?,
        marking: Marking {
            distribution: decode(distribution.parse::<Distribution>(), "distribution")?,
            classification: decode(classification.parse::<Classification>(), "classification")?,
            originator: originator
                .map(|p| decode(PartyCode::parse(&p), "originator"))
                .transpose()?,
            listed: party_list(&listed)?,
            lists_secretariat: lists_secretariat != 0,
        },
        penholder: decode(PartyCode::parse(&penholder), "penholder")?,
        meeting: meeting.map(MeetingId::new),
    })
}

fn hash(text: &str) -> StoreResult<Hash32> {
    Hash32::from_hex(text).ok_or_else(|| StoreError::Corrupt("version hash".into()))
}

impl Store {
    pub async fn text(&self, id: TextId) -> StoreResult<TextRecord> {
        let row: Option<TextRow> =
            sqlx::query_as(&format!("SELECT {TEXT_COLUMNS} FROM texts WHERE id = $1"))
                .bind(id.get())
                .fetch_optional(self.pool())
                .await?;
        text_record(row.ok_or(StoreError::NotFound)?)
    }

    pub async fn texts_of_group(&self, group: GroupId) -> StoreResult<Vec<TextRecord>> {
        let rows: Vec<TextRow> = sqlx::query_as(&format!(
            "SELECT {TEXT_COLUMNS} FROM texts WHERE group_id = $1 ORDER BY id DESC"
        ))
        .bind(group.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(text_record).collect()
    }

    pub async fn versions(&self, text: TextId) -> StoreResult<Vec<VersionRecord>> {
        let rows: Vec<(i64, String, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT number, body, hash, credited_party, created_at FROM text_versions WHERE text_id = $1 ORDER BY number",
        )
        .bind(text.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(number, body, digest, credited, at)| {
                Ok(VersionRecord {
                    number,
                    body,
                    hash: hash(&digest)?,
                    credited_party: credited
                        .map(|p| decode(PartyCode::parse(&p), "credited party"))
                        .transpose()?,
                    created_at_micros: at,
                })
            })
            .collect()
    }

    pub async fn language_versions(&self, text: TextId) -> StoreResult<Vec<LanguageVersionRecord>> {
        let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(
            "SELECT version_number, language, body, hash, status, prevailing FROM language_versions \
             WHERE text_id = $1 ORDER BY version_number, language",
        )
        .bind(text.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(
                |(version_number, language, body, digest, status, prevailing)| {
                    Ok(LanguageVersionRecord {
                        version_number,
                        language: decode(LanguageTag::parse(&language), "language")?,
                        body,
                        hash: hash(&digest)?,
                        status: decode(status.parse(), "status")?,
                        prevailing: prevailing != 0,
                    })
                },
            )
            .collect()
    }

    pub async fn amendments(&self, text: TextId) -> StoreResult<Vec<AmendmentRecord>> {
        let rows: Vec<AmendmentRow> = sqlx::query_as(
            "SELECT id, text_id, version_number, party, passage, replacement, reason, state, answer, incorporated_in \
             FROM amendments WHERE text_id = $1 ORDER BY id",
        )
        .bind(text.get())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(
                |(
                    id,
                    text,
                    version_number,
                    party,
                    passage,
                    replacement,
                    reason,
                    state,
                    answer,
                    incorporated_in,
                )| {
                    Ok(AmendmentRecord {
                        id: AmendmentId::new(id),
                        text: TextId::new(text),
                        version_number,
                        party: decode(PartyCode::parse(&party), "party")?,
                        passage,
                        replacement,
                        reason,
                        state: decode(AmendmentState::parse(&state), "state")?,
                        answer,
                        incorporated_in,
                    })
                },
            )
            .collect()
    }

    pub async fn amendment_text(&self, id: AmendmentId) -> StoreResult<TextId> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT text_id FROM amendments WHERE id = $1")
            .bind(id.get())
            .fetch_optional(self.pool())
            .await?;
        row.map(|(text,)| TextId::new(text))
            .ok_or(StoreError::NotFound)
    }
}

impl WriteTx {
    pub async fn insert_text(&mut self, text: &NewText, now_micros: i64) -> StoreResult<TextId> {
        let listed: Vec<&str> = text.marking.listed.iter().map(PartyCode::as_str).collect();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO texts (group_id, title, kind, language, distribution, classification, originator, \
             penholder, listed, lists_secretariat, meeting_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(text.group.get())
        .bind(text.title.as_str())
        .bind(text.kind.as_str())
        .bind(text.language.as_str())
        .bind(text.marking.distribution.as_str())
        .bind(text.marking.classification.as_str())
        .bind(text.marking.originator.as_ref().map(|p| p.as_str().to_owned()))
        .bind(text.penholder.as_str())
        .bind(listed.join(","))
        .bind(i64::from(text.marking.lists_secretariat))
        .bind(text.meeting.map(MeetingId::get))
        .bind(text.created_by.get())
        .bind(now_micros)
        .fetch_one(self.conn())
        .await?;
        Ok(TextId::new(id))
    }

    /// Appends the next version; numbers are 1, 2, … per text.
    pub async fn insert_version(
        &mut self,
        text: TextId,
        body: &str,
        hash: Hash32,
        credited_party: Option<&PartyCode>,
        created_by: UserId,
        now_micros: i64,
    ) -> StoreResult<i64> {
        let (last,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(number) FROM text_versions WHERE text_id = $1")
                .bind(text.get())
                .fetch_one(self.conn())
                .await?;
        let number = last.unwrap_or(0) + 1;
        sqlx::query(
            "INSERT INTO text_versions (text_id, number, body, hash, credited_party, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(text.get())
        .bind(number)
        .bind(body)
        .bind(hash.to_hex())
        .bind(credited_party.map(|p| p.as_str().to_owned()))
        .bind(created_by.get())
        .bind(now_micros)
        .execute(self.conn())
        .await?;
        Ok(number)
    }

    pub async fn insert_language_version(
        &mut self,
        text: TextId,
        version: &LanguageVersionRecord,
        now_micros: i64,
    ) -> StoreResult<()> {
        if version.prevailing {
            sqlx::query("UPDATE language_versions SET prevailing = 0 WHERE text_id = $1 AND version_number = $2")
                .bind(text.get())
                .bind(version.version_number)
                .execute(self.conn())
                .await?;
        }
        sqlx::query(
            "INSERT INTO language_versions (text_id, version_number, language, body, hash, status, prevailing, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(text.get())
        .bind(version.version_number)
        .bind(version.language.as_str())
        .bind(version.body.as_str())
        .bind(version.hash.to_hex())
        .bind(version.status.as_str())
        .bind(i64::from(version.prevailing))
        .bind(now_micros)
        .execute(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "this version already has a text in that language"))?;
        Ok(())
    }

    pub async fn insert_amendment(
        &mut self,
        amendment: &AmendmentRecord,
        proposed_by: UserId,
        now_micros: i64,
    ) -> StoreResult<AmendmentId> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO amendments (text_id, version_number, party, passage, replacement, reason, state, proposed_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(amendment.text.get())
        .bind(amendment.version_number)
        .bind(amendment.party.as_str())
        .bind(amendment.passage.as_str())
        .bind(amendment.replacement.as_str())
        .bind(amendment.reason.as_str())
        .bind(AmendmentState::Proposed.as_str())
        .bind(proposed_by.get())
        .bind(now_micros)
        .fetch_one(self.conn())
        .await?;
        Ok(AmendmentId::new(id))
    }

    /// Settles a proposed amendment; refuses (conflict) one already settled.
    pub async fn settle_amendment(
        &mut self,
        id: AmendmentId,
        state: AmendmentState,
        answer: &str,
        incorporated_in: Option<i64>,
    ) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE amendments SET state = $1, answer = $2, incorporated_in = $3 WHERE id = $4 AND state = $5",
        )
        .bind(state.as_str())
        .bind(answer)
        .bind(incorporated_in)
        .bind(id.get())
        .bind(AmendmentState::Proposed.as_str())
        .execute(self.conn())
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "this amendment has already been settled".into(),
            ));
        }
        Ok(())
    }
}
