//! Papers with their marking (listed parties in `record_listed`, kind `papers`) and symbol,
//! and the files attached to them: each content once per SHA-256, in chunks, so that a file
//! goes in and out a chunk at a time. The caller trims to what the reader may see.

use jiff::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection};

use super::codec::{Flag, Micros};
use super::marked::{listed_sql, read_listed, write_listed, RecordKind};
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::attachment::{FileName, MediaType};
use crate::domain::document::{symbol, LanguageTag, SymbolSeries};
use crate::domain::ids::{GroupId, MeetingId, PaperId, UserId};
use crate::domain::journal::Hash32;
use crate::domain::marking::{Classification, Distribution, Marking};
use crate::domain::message::Message;
use crate::domain::names::{GroupCode, Label, PartyCode};
use crate::domain::paper::PaperKind;

/// The largest piece of a file kept in one row: a download or an upload holds one at a time.
pub const CHUNK_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone)]
pub struct PaperRecord {
    pub id: PaperId,
    pub group: GroupId,
    pub kind: PaperKind,
    pub title: Label,
    pub language: LanguageTag,
    /// CommonMark source, as entered.
    pub body: String,
    pub marking: Marking,
    pub meeting: Option<MeetingId>,
    /// `{GROUP}/{YEAR}/INF/{n}`; none for a non-paper.
    pub symbol: Option<String>,
    pub created_by: UserId,
    pub created_at: Timestamp,
}

/// A paper to circulate: its group's code names its symbol.
#[derive(Debug, Clone)]
pub struct NewPaper {
    pub group: GroupId,
    pub code: GroupCode,
    pub kind: PaperKind,
    pub title: Label,
    pub language: LanguageTag,
    pub body: String,
    pub marking: Marking,
    pub meeting: Option<MeetingId>,
    pub created_by: UserId,
}

/// A file as attached to one paper.
#[derive(Debug, Clone)]
pub struct AttachmentRecord {
    pub paper: PaperId,
    pub sha256: Hash32,
    pub size: i64,
    pub filename: FileName,
    pub media_type: MediaType,
    pub added_by: UserId,
    pub added_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct PaperRow {
    id: PaperId,
    group_id: GroupId,
    kind: PaperKind,
    title: Label,
    language: LanguageTag,
    body: String,
    distribution: Distribution,
    classification: Classification,
    originator: Option<PartyCode>,
    lists_secretariat: Flag,
    meeting_id: Option<MeetingId>,
    symbol: Option<String>,
    created_by: UserId,
    created_at: Micros,
}

#[derive(sqlx::FromRow)]
struct AttachmentRow {
    paper_id: PaperId,
    sha256: Hash32,
    size: i64,
    filename: String,
    media_type: String,
    added_by: UserId,
    added_at: Micros,
}

impl AttachmentRow {
    fn into_record(self) -> StoreResult<AttachmentRecord> {
        let corrupt = |column: &str| StoreError::Corrupt(format!("paper_attachments.{column}"));
        Ok(AttachmentRecord {
            paper: self.paper_id,
            sha256: self.sha256,
            size: self.size,
            filename: FileName::parse(&self.filename).map_err(|_| corrupt("filename"))?,
            media_type: MediaType::parse(&self.media_type).map_err(|_| corrupt("media_type"))?,
            added_by: self.added_by,
            added_at: self.added_at.0,
        })
    }
}

const PAPER_COLUMNS: &str = "r.id, r.group_id, r.kind, r.title, r.language, r.body, \
     r.distribution, r.classification, r.originator, r.lists_secretariat, r.meeting_id, \
     r.symbol, r.created_by, r.created_at";

/// Which papers a read is for; each is one `WHERE` clause over `papers r` binding `$1`.
#[derive(Clone, Copy)]
enum Which {
    Id(PaperId),
    OfGroup(GroupId),
    Holding(Hash32),
}

impl Which {
    fn clause(self) -> &'static str {
        match self {
            Which::Id(_) => "r.id = $1",
            Which::OfGroup(_) => "r.group_id = $1",
            Which::Holding(_) => {
                "r.id IN (SELECT a.paper_id FROM paper_attachments a WHERE a.sha256 = $1)"
            }
        }
    }

    fn bind<'q, O>(self, query: ListQueryOf<'q, O>) -> ListQueryOf<'q, O> {
        match self {
            Which::Id(id) => query.bind(id),
            Which::OfGroup(group) => query.bind(group),
            Which::Holding(sha256) => query.bind(sha256),
        }
    }
}

type ListQueryOf<'q, O> = QueryAs<'q, Any, O, AnyArguments<'q>>;

/// The papers `which` names, newest first, each with the parties its marking lists.
async fn papers_where(conn: &mut AnyConnection, which: Which) -> StoreResult<Vec<PaperRecord>> {
    let clause = which.clause();
    let rows: Vec<PaperRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT {PAPER_COLUMNS} FROM papers r WHERE {clause} ORDER BY r.id DESC"
        )))
        .fetch_all(&mut *conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let mut listed = read_listed(
        &mut *conn,
        which.bind(sqlx::query_as(&listed_sql(RecordKind::Paper, clause))),
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let parties = listed.take(&row.id);
            PaperRecord {
                id: row.id,
                group: row.group_id,
                kind: row.kind,
                title: row.title,
                language: row.language,
                body: row.body,
                marking: Marking {
                    distribution: row.distribution,
                    classification: row.classification,
                    originator: row.originator,
                    listed: parties,
                    lists_secretariat: row.lists_secretariat.0,
                },
                meeting: row.meeting_id,
                symbol: row.symbol,
                created_by: row.created_by,
                created_at: row.created_at.0,
            }
        })
        .collect())
}

impl Store {
    pub async fn paper(&self, id: PaperId) -> StoreResult<PaperRecord> {
        papers_where(&mut *self.conn().await?, Which::Id(id))
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    /// Every paper of the group, newest first.
    pub async fn papers_of_group(&self, group: GroupId) -> StoreResult<Vec<PaperRecord>> {
        papers_where(&mut *self.conn().await?, Which::OfGroup(group)).await
    }

    /// Every paper that holds the content `sha256`.
    pub async fn papers_holding(&self, sha256: Hash32) -> StoreResult<Vec<PaperRecord>> {
        papers_where(&mut *self.conn().await?, Which::Holding(sha256)).await
    }

    pub async fn attachments_of_paper(&self, paper: PaperId) -> StoreResult<Vec<AttachmentRecord>> {
        let rows: Vec<AttachmentRow> = sqlx::query_as(
            "SELECT a.paper_id, a.sha256, c.size, a.filename, a.media_type, a.added_by, \
             a.added_at FROM paper_attachments a \
             JOIN attachment_contents c ON c.sha256 = a.sha256 \
             WHERE a.paper_id = $1 ORDER BY a.added_at, a.sha256",
        )
        .bind(paper)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(AttachmentRow::into_record).collect()
    }

    /// How many chunks a stored content has, if it is stored.
    pub async fn content_chunks(&self, sha256: Hash32) -> StoreResult<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT chunks FROM attachment_contents WHERE sha256 = $1")
                .bind(sha256)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// One chunk of a stored content (0 first).
    pub async fn content_chunk(&self, sha256: Hash32, position: i64) -> StoreResult<Vec<u8>> {
        sqlx::query_scalar(
            "SELECT bytes FROM attachment_chunks WHERE sha256 = $1 AND position = $2",
        )
        .bind(sha256)
        .bind(position)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)
    }
}

impl WriteTx {
    /// Writes a paper; an issued one takes the next number of its group's `INF` series in the
    /// year of issue. Returns its id and symbol.
    pub async fn insert_paper(
        &mut self,
        paper: &NewPaper,
        now: Timestamp,
    ) -> StoreResult<(PaperId, Option<String>)> {
        let (year, number, symbol) = if paper.kind.carries_symbol() {
            let year = now.to_zoned(jiff::tz::TimeZone::UTC).year();
            let last: Option<i64> = sqlx::query_scalar(
                "SELECT MAX(number) FROM papers WHERE group_id = $1 AND year = $2",
            )
            .bind(paper.group)
            .bind(i64::from(year))
            .fetch_one(self.conn())
            .await?;
            let number = last.unwrap_or(0) + 1;
            let symbol = symbol(&paper.code, year, SymbolSeries::Information, number);
            (Some(i64::from(year)), Some(number), Some(symbol))
        } else {
            (None, None, None)
        };
        let id: PaperId = sqlx::query_scalar(
            "INSERT INTO papers (group_id, kind, title, language, body, distribution, \
             classification, originator, lists_secretariat, meeting_id, year, number, symbol, \
             created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
             RETURNING id",
        )
        .bind(paper.group)
        .bind(paper.kind)
        .bind(&paper.title)
        .bind(&paper.language)
        .bind(paper.body.as_str())
        .bind(paper.marking.distribution)
        .bind(paper.marking.classification)
        .bind(paper.marking.originator.clone())
        .bind(Flag(paper.marking.lists_secretariat))
        .bind(paper.meeting)
        .bind(year)
        .bind(number)
        .bind(symbol.clone())
        .bind(paper.created_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, Message::new("error-conflict-paper-symbol")))?;
        write_listed(self.conn(), RecordKind::Paper, id.get(), &paper.marking).await?;
        Ok((id, symbol))
    }

    /// Whether a content is stored already (checked under the writers' lock, so two uploads
    /// of the same bytes store it once).
    pub async fn has_content(&mut self, sha256: Hash32) -> StoreResult<bool> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT size FROM attachment_contents WHERE sha256 = $1")
                .bind(sha256)
                .fetch_optional(self.conn())
                .await?;
        Ok(found.is_some())
    }

    /// Writes one chunk of a content being stored.
    pub async fn insert_content_chunk(
        &mut self,
        sha256: Hash32,
        position: i64,
        bytes: &[u8],
    ) -> StoreResult<()> {
        sqlx::query("INSERT INTO attachment_chunks (sha256, position, bytes) VALUES ($1, $2, $3)")
            .bind(sha256)
            .bind(position)
            .bind(bytes)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Records a content whose `chunks` chunks are written.
    pub async fn insert_content(
        &mut self,
        sha256: Hash32,
        size: i64,
        chunks: i64,
        now: Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO attachment_contents (sha256, size, chunks, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(sha256)
        .bind(size)
        .bind(chunks)
        .bind(Micros(now))
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Attaches a stored content to a paper; the same content twice to one paper is a
    /// conflict.
    pub async fn insert_attachment(&mut self, attachment: &AttachmentRecord) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO paper_attachments (paper_id, sha256, filename, media_type, added_by, \
             added_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(attachment.paper)
        .bind(attachment.sha256)
        .bind(attachment.filename.as_str())
        .bind(attachment.media_type.as_str())
        .bind(attachment.added_by)
        .bind(Micros(attachment.added_at))
        .execute(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, Message::new("error-conflict-attachment-exists")))?;
        Ok(())
    }
}
