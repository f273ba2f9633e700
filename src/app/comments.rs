//! Comments on papers and texts (issue 10). A comment is read under the marking of what it
//! is on: whoever may see the paper or text sees its discussion, everyone else gets
//! `NotFound` for the discussion and for every comment in it. Writing a comment and
//! withdrawing one are each one transaction with its journal entry, in the scope of the
//! paper or text, so the journal trims them by the same rule as the rest.

use jiff::Timestamp;

use super::followup::marked_entry;
use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::comment::{
    check_withdrawal, threads, Answered, CommentDraft, CommentSubject, Placed,
};
use crate::domain::ids::CommentId;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::marking::Marking;
use crate::domain::message::Explain;
use crate::domain::text::content_hash;
use crate::store::{CommentRecord, GroupRecord, NewComment};

/// A paper's or text's discussion as its reader sees it.
pub struct Discussion {
    pub subject: CommentSubject,
    /// Every comment in thread order, with its depth.
    pub comments: Vec<Threaded>,
    /// Whether the reader may comment (and answer).
    pub can_comment: bool,
}

/// One comment in its place, and whether the reader may withdraw it.
pub struct Threaded {
    pub comment: CommentRecord,
    pub depth: usize,
    pub withdrawable: bool,
}

/// What a comment is on, as far as the rules need it.
struct InSight {
    group: GroupRecord,
    marking: Marking,
}

impl InSight {
    /// The journal entry of a change to the discussion: in the text's scope for a text (the
    /// scope every entry about a text has), under the paper's marking for a paper.
    fn entry(
        &self,
        caller: &Caller,
        subject: CommentSubject,
        change: (Action, ObjectRef),
        payload: Payload,
        now: Timestamp,
    ) -> NewEntry {
        match subject {
            CommentSubject::Paper(_) => {
                marked_entry(caller, &self.group, &self.marking, change, payload, now)
            }
            CommentSubject::Text(text) => NewEntry {
                at_micros: now.as_microsecond(),
                actor: Some(caller.viewer.user),
                actor_party: caller.viewer.party_in(self.group.id),
                scope: JournalScope::Paper(self.group.id, text),
                action: change.0,
                object: change.1,
                payload,
            },
        }
    }
}

/// How a subject is named in a journal payload.
fn subject_ref(subject: CommentSubject) -> ObjectRef {
    match subject {
        CommentSubject::Paper(paper) => ObjectRef::Paper(paper),
        CommentSubject::Text(text) => ObjectRef::Text(text),
    }
}

impl App {
    /// The paper or text a discussion is on, if the caller may see it; `NotFound` otherwise.
    async fn subject_in_sight(
        &self,
        caller: &Caller,
        subject: CommentSubject,
    ) -> AppResult<InSight> {
        let (group, marking) = match subject {
            CommentSubject::Paper(id) => {
                let (group, paper) = self.visible_paper(caller, id).await?;
                (group, paper.marking)
            }
            CommentSubject::Text(id) => {
                let (group, text, _) = self.visible_text(caller, id).await?;
                (group, text.marking)
            }
        };
        Ok(InSight { group, marking })
    }

    /// The discussion of a paper or text the caller sees, in threads.
    pub async fn discussion(
        &self,
        caller: &Caller,
        subject: CommentSubject,
    ) -> AppResult<Discussion> {
        let sight = self.subject_in_sight(caller, subject).await?;
        let comments = self.store.comments_on(subject).await?;
        let order: Vec<_> = comments.iter().map(|c| (c.id, c.reply_to)).collect();
        let placed = threads(&order);
        let mut slots: Vec<Option<CommentRecord>> = comments.into_iter().map(Some).collect();
        let comments = placed
            .into_iter()
            .filter_map(|Placed { index, depth }| {
                let comment = slots[index].take()?;
                Some(Threaded {
                    withdrawable: comment.withdrawn_at.is_none()
                        && access::withdraw_comment(&caller.viewer, comment.author).is_ok(),
                    comment,
                    depth,
                })
            })
            .collect();
        Ok(Discussion {
            subject,
            comments,
            can_comment: access::comment(&caller.viewer, sight.group.id).is_ok(),
        })
    }

    /// One comment, if the caller sees what it is on.
    pub async fn comment(&self, caller: &Caller, id: CommentId) -> AppResult<CommentRecord> {
        let comment = self.store.comment(id).await?;
        self.subject_in_sight(caller, comment.subject).await?;
        Ok(comment)
    }

    /// Writes a comment on a paper or text the caller sees, as an answer when it names one.
    pub async fn add_comment(
        &self,
        caller: &Caller,
        subject: CommentSubject,
        draft: CommentDraft,
    ) -> AppResult<CommentRecord> {
        let sight = self.subject_in_sight(caller, subject).await?;
        let party = access::comment(&caller.viewer, sight.group.id)?;
        let mut tx = self.store.begin_write().await?;
        let answered = match draft.reply_to {
            Some(id) => match tx.comment(id).await {
                Ok(answered) => Some(Answered {
                    subject: answered.subject,
                    withdrawn: answered.withdrawn_at.is_some(),
                }),
                Err(crate::store::StoreError::NotFound) => None,
                Err(other) => return Err(other.into()),
            },
            None => None,
        };
        let checked = draft.check(subject, answered)?;
        let now = self.now();
        let new = NewComment {
            group: sight.group.id,
            subject,
            reply_to: checked.reply_to,
            body: checked.body,
            author: caller.viewer.user,
            author_party: party,
        };
        let id = tx.insert_comment(&new, now).await?;
        let payload = Payload::new()
            .with("on", subject_ref(subject))
            .with_optional("reply_to", new.reply_to)
            .with("hash", content_hash(&new.body));
        tx.journal(sight.entry(
            caller,
            subject,
            (Action::CommentCreate, ObjectRef::Comment(id)),
            payload,
            now,
        ))
        .await?;
        let written = tx.comment(id).await?;
        tx.commit().await?;
        Ok(written)
    }

    /// Withdraws the caller's own comment: it stays in the record, shown as withdrawn.
    pub async fn withdraw_comment(
        &self,
        caller: &Caller,
        id: CommentId,
    ) -> AppResult<CommentRecord> {
        let comment = self.store.comment(id).await?;
        let sight = self.subject_in_sight(caller, comment.subject).await?;
        access::withdraw_comment(&caller.viewer, comment.author)?;
        let mut tx = self.store.begin_write().await?;
        let now = self.now();
        let standing = tx.withdraw_comment(id, now).await?;
        check_withdrawal(!standing).map_err(|refused| AppError::Conflict(refused.message()))?;
        tx.journal(sight.entry(
            caller,
            comment.subject,
            (Action::CommentWithdraw, ObjectRef::Comment(id)),
            Payload::new().with("on", subject_ref(comment.subject)),
            now,
        ))
        .await?;
        let withdrawn = tx.comment(id).await?;
        tx.commit().await?;
        Ok(withdrawn)
    }
}
