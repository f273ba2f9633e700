//! Comments on papers and texts, with their authors' names. The caller trims to what the
//! reader may see: a comment is read under the marking of what it is on.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::comment::CommentSubject;
use crate::domain::ids::{CommentId, GroupId, PaperId, TextId, UserId};
use crate::domain::names::{Label, PartyCode};

#[derive(Debug, Clone)]
pub struct CommentRecord {
    pub id: CommentId,
    pub group: GroupId,
    pub subject: CommentSubject,
    pub reply_to: Option<CommentId>,
    /// CommonMark source, as entered.
    pub body: String,
    pub author: UserId,
    pub author_name: Label,
    /// The author's party when they wrote it; none for the secretariat.
    pub author_party: Option<PartyCode>,
    pub created_at: Timestamp,
    pub withdrawn_at: Option<Timestamp>,
}

/// A comment to write.
#[derive(Debug, Clone)]
pub struct NewComment {
    pub group: GroupId,
    pub subject: CommentSubject,
    pub reply_to: Option<CommentId>,
    pub body: String,
    pub author: UserId,
    pub author_party: Option<PartyCode>,
}

#[derive(sqlx::FromRow)]
struct CommentRow {
    id: CommentId,
    group_id: GroupId,
    paper_id: Option<PaperId>,
    text_id: Option<TextId>,
    reply_to: Option<CommentId>,
    body: String,
    author: UserId,
    display_name: Label,
    author_party: Option<PartyCode>,
    created_at: Micros,
    withdrawn_at: Option<Micros>,
}

impl CommentRow {
    fn into_record(self) -> StoreResult<CommentRecord> {
        let subject = match (self.paper_id, self.text_id) {
            (Some(paper), None) => CommentSubject::Paper(paper),
            (None, Some(text)) => CommentSubject::Text(text),
            _ => return Err(StoreError::Corrupt("comments.paper_id/text_id".into())),
        };
        Ok(CommentRecord {
            id: self.id,
            group: self.group_id,
            subject,
            reply_to: self.reply_to,
            body: self.body,
            author: self.author,
            author_name: self.display_name,
            author_party: self.author_party,
            created_at: self.created_at.0,
            withdrawn_at: self.withdrawn_at.map(|at| at.0),
        })
    }
}

const SELECT_COMMENTS: &str = "SELECT c.id, c.group_id, c.paper_id, c.text_id, c.reply_to, \
     c.body, c.author, u.display_name, c.author_party, c.created_at, c.withdrawn_at \
     FROM comments c JOIN users u ON u.id = c.author";

/// One comment, on the pool or inside a write.
async fn comment_by_id(conn: &mut AnyConnection, id: CommentId) -> StoreResult<CommentRecord> {
    let row: CommentRow = sqlx::query_as(&format!("{SELECT_COMMENTS} WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    row.into_record()
}

impl Store {
    pub async fn comment(&self, id: CommentId) -> StoreResult<CommentRecord> {
        comment_by_id(&mut *self.conn().await?, id).await
    }

    /// Every comment on a paper or a text, oldest first.
    pub async fn comments_on(&self, subject: CommentSubject) -> StoreResult<Vec<CommentRecord>> {
        let (clause, id) = match subject {
            CommentSubject::Paper(paper) => ("c.paper_id", paper.get()),
            CommentSubject::Text(text) => ("c.text_id", text.get()),
        };
        let rows: Vec<CommentRow> = sqlx::query_as(&format!(
            "{SELECT_COMMENTS} WHERE {clause} = $1 ORDER BY c.id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(CommentRow::into_record).collect()
    }
}

impl Store {
    /// Every comment of a group, oldest first (for rebuilding the search index).
    pub async fn comments_of_group(&self, group: GroupId) -> StoreResult<Vec<CommentRecord>> {
        let rows: Vec<CommentRow> = sqlx::query_as(&format!(
            "{SELECT_COMMENTS} WHERE c.group_id = $1 ORDER BY c.id"
        ))
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(CommentRow::into_record).collect()
    }
}

impl WriteTx {
    /// The comment a new one answers, read under the writers' lock so that it cannot be
    /// withdrawn between the check and the write.
    pub async fn comment(&mut self, id: CommentId) -> StoreResult<CommentRecord> {
        comment_by_id(self.conn(), id).await
    }

    pub async fn insert_comment(
        &mut self,
        comment: &NewComment,
        now: Timestamp,
    ) -> StoreResult<CommentId> {
        let (paper, text) = match comment.subject {
            CommentSubject::Paper(paper) => (Some(paper), None),
            CommentSubject::Text(text) => (None, Some(text)),
        };
        Ok(sqlx::query_scalar(
            "INSERT INTO comments (group_id, paper_id, text_id, reply_to, body, author, \
             author_party, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(comment.group)
        .bind(paper)
        .bind(text)
        .bind(comment.reply_to)
        .bind(comment.body.as_str())
        .bind(comment.author)
        .bind(comment.author_party.clone())
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?)
    }

    /// Marks a standing comment withdrawn; `false` when it was withdrawn already.
    pub async fn withdraw_comment(&mut self, id: CommentId, now: Timestamp) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE comments SET withdrawn_at = $1 WHERE id = $2 AND withdrawn_at IS NULL",
        )
        .bind(Micros(now))
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
