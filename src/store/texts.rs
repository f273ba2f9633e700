//! Texts with their marking (the parties it lists kept in `text_listed_parties`), immutable
//! versions and language versions. Amendments are in `amendments.rs`.

use jiff::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection};

use super::codec::{Flag, Micros};
use super::lists::Lists;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::ids::{GroupId, MeetingId, TextId, UserId};
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
    pub created_at: Timestamp,
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

#[derive(sqlx::FromRow)]
pub(super) struct TextRow {
    pub(super) id: TextId,
    pub(super) group_id: GroupId,
    pub(super) title: Label,
    pub(super) kind: TextKind,
    pub(super) language: LanguageTag,
    pub(super) distribution: Distribution,
    pub(super) classification: Classification,
    pub(super) originator: Option<PartyCode>,
    pub(super) penholder: PartyCode,
    pub(super) lists_secretariat: Flag,
    pub(super) meeting_id: Option<MeetingId>,
}

impl TextRow {
    pub(super) fn into_record(self, listed: Vec<PartyCode>) -> TextRecord {
        TextRecord {
            id: self.id,
            group: self.group_id,
            title: self.title,
            kind: self.kind,
            language: self.language,
            marking: Marking {
                distribution: self.distribution,
                classification: self.classification,
                originator: self.originator,
                listed,
                lists_secretariat: self.lists_secretariat.0,
            },
            penholder: self.penholder,
            meeting: self.meeting_id,
        }
    }
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    number: i64,
    body: String,
    hash: Hash32,
    credited_party: Option<PartyCode>,
    created_at: Micros,
}

#[derive(sqlx::FromRow)]
struct LanguageVersionRow {
    version_number: i64,
    language: LanguageTag,
    body: String,
    hash: Hash32,
    status: LanguageStatus,
    prevailing: Flag,
}

/// Which texts a read is for; each is one `WHERE` clause over `texts t`.
#[derive(Clone, Copy)]
enum Which {
    Id(TextId),
    OfGroup(GroupId),
}

impl Which {
    fn clause(self) -> &'static str {
        match self {
            Which::Id(_) => "t.id = $1",
            Which::OfGroup(_) => "t.group_id = $1",
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

/// The texts `which` names, newest first, each with the parties its marking lists.
async fn texts_where(conn: &mut AnyConnection, which: Which) -> StoreResult<Vec<TextRecord>> {
    let clause = which.clause();
    let rows: Vec<TextRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT t.id, t.group_id, t.title, t.kind, t.language, t.distribution, \
             t.classification, t.originator, t.penholder, t.lists_secretariat, t.meeting_id \
             FROM texts t WHERE {clause} ORDER BY t.id DESC"
        )))
        .fetch_all(&mut *conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut listed: Lists<TextId, PartyCode> = Lists::read(
        &mut *conn,
        which.bind(sqlx::query_as(&format!(
            "SELECT l.text_id AS owner, l.party_code AS item FROM text_listed_parties l \
             JOIN texts t ON t.id = l.text_id WHERE {clause} ORDER BY l.text_id, l.position"
        ))),
        "text_listed_parties.party_code",
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let parties = listed.take(&row.id);
            row.into_record(parties)
        })
        .collect())
}

impl Store {
    pub async fn text(&self, id: TextId) -> StoreResult<TextRecord> {
        let texts = texts_where(&mut *self.conn().await?, Which::Id(id)).await?;
        texts.into_iter().next().ok_or(StoreError::NotFound)
    }

    pub async fn texts_of_group(&self, group: GroupId) -> StoreResult<Vec<TextRecord>> {
        texts_where(&mut *self.conn().await?, Which::OfGroup(group)).await
    }

    pub async fn versions(&self, text: TextId) -> StoreResult<Vec<VersionRecord>> {
        let rows: Vec<VersionRow> = sqlx::query_as(
            "SELECT number, body, hash, credited_party, created_at FROM text_versions \
             WHERE text_id = $1 ORDER BY number",
        )
        .bind(text)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| VersionRecord {
                number: row.number,
                body: row.body,
                hash: row.hash,
                credited_party: row.credited_party,
                created_at: row.created_at.0,
            })
            .collect())
    }

    pub async fn language_versions(&self, text: TextId) -> StoreResult<Vec<LanguageVersionRecord>> {
        let rows: Vec<LanguageVersionRow> = sqlx::query_as(
            "SELECT version_number, language, body, hash, status, prevailing FROM language_versions \
             WHERE text_id = $1 ORDER BY version_number, language",
        )
        .bind(text)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| LanguageVersionRecord {
                version_number: row.version_number,
                language: row.language,
                body: row.body,
                hash: row.hash,
                status: row.status,
                prevailing: row.prevailing.0,
            })
            .collect())
    }
}

impl WriteTx {
    pub async fn insert_text(&mut self, text: &NewText, now: Timestamp) -> StoreResult<TextId> {
        let id: TextId = sqlx::query_scalar(
            "INSERT INTO texts (group_id, title, kind, language, distribution, classification, \
             originator, penholder, lists_secretariat, meeting_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(text.group)
        .bind(&text.title)
        .bind(text.kind)
        .bind(&text.language)
        .bind(text.marking.distribution)
        .bind(text.marking.classification)
        .bind(text.marking.originator.clone())
        .bind(&text.penholder)
        .bind(Flag(text.marking.lists_secretariat))
        .bind(text.meeting)
        .bind(text.created_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        for (position, party) in text.marking.listed.iter().enumerate() {
            sqlx::query(
                "INSERT INTO text_listed_parties (text_id, position, party_code) \
                 VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(party)
            .execute(self.conn())
            .await?;
        }
        Ok(id)
    }

    /// Appends the next version; numbers are 1, 2, … per text.
    pub async fn insert_version(
        &mut self,
        text: TextId,
        body: &str,
        hash: Hash32,
        credited_party: Option<&PartyCode>,
        created_by: UserId,
        now: Timestamp,
    ) -> StoreResult<i64> {
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(number) FROM text_versions WHERE text_id = $1")
                .bind(text)
                .fetch_one(self.conn())
                .await?;
        let number = last.unwrap_or(0) + 1;
        sqlx::query(
            "INSERT INTO text_versions (text_id, number, body, hash, credited_party, created_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(text)
        .bind(number)
        .bind(body)
        .bind(hash)
        .bind(credited_party.cloned())
        .bind(created_by)
        .bind(Micros(now))
        .execute(self.conn())
        .await?;
        Ok(number)
    }

    pub async fn insert_language_version(
        &mut self,
        text: TextId,
        version: &LanguageVersionRecord,
        now: Timestamp,
    ) -> StoreResult<()> {
        if version.prevailing {
            sqlx::query(
                "UPDATE language_versions SET prevailing = $1 \
                 WHERE text_id = $2 AND version_number = $3",
            )
            .bind(Flag(false))
            .bind(text)
            .bind(version.version_number)
            .execute(self.conn())
            .await?;
        }
        sqlx::query(
            "INSERT INTO language_versions (text_id, version_number, language, body, hash, status, \
             prevailing, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(text)
        .bind(version.version_number)
        .bind(&version.language)
        .bind(version.body.as_str())
        .bind(version.hash)
        .bind(version.status)
        .bind(Flag(version.prevailing))
        .bind(Micros(now))
        .execute(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, crate::domain::message::Message::new("error-conflict-language-version-exists")))?;
        Ok(())
    }
}
