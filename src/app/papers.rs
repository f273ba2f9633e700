//! Papers circulated between meetings and the files attached to them (issue 10). Every read
//! is trimmed by the paper's marking through `access::see_marked`, the one rule texts and
//! follow-through records use too; an attachment is seen by whoever sees a paper holding it.
//! Each change is one transaction with its journal entry, scoped by the paper's marking.
//!
//! An upload is streamed: each piece of the body is hashed and written to an anonymous
//! temporary file as it arrives, and refused as soon as it passes the size limit; only once
//! it is whole and checked is it copied into the database, a chunk at a time, under the
//! writers' lock (so a slow client never holds the lock, and the same bytes are stored once).

use std::collections::HashMap;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

use super::followup::marked_entry;
use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::attachment::{check_content, too_large, FileName, MediaType, HEAD_BYTES};
use crate::domain::ids::{GroupId, PaperId};
use crate::domain::journal::{Action, Hash32, ObjectRef, Payload};
use crate::domain::message::Message;
use crate::domain::names::PartyCode;
use crate::domain::paper::{PaperContext, PaperDraft};
use crate::domain::text::content_hash;
use crate::domain::validation::ValidationErrors;
use crate::store::{AttachmentRecord, GroupRecord, NewPaper, PaperRecord, CHUNK_BYTES};

/// A paper with everything its page shows.
pub struct PaperDetail {
    pub group: GroupRecord,
    pub paper: PaperRecord,
    pub attachments: Vec<AttachmentRecord>,
    /// Whether the caller may attach files to it.
    pub can_attach: bool,
}

/// What an uploaded file says of itself, parsed before its body is read.
#[derive(Debug, Clone)]
pub struct AttachmentUpload {
    pub filename: FileName,
    pub media_type: MediaType,
    /// The length the request announced, if any: a body announced above the limit is refused
    /// before a byte of it is read.
    pub announced_length: Option<u64>,
}

/// An attachment the caller may download: as attached to the first paper they see that holds
/// it, and how many chunks its content has.
pub struct Download {
    pub attachment: AttachmentRecord,
    pub chunks: i64,
}

/// A body written to a temporary file, with its digest, size and first bytes.
struct Spooled {
    file: tokio::fs::File,
    sha256: Hash32,
    size: u64,
    head: Vec<u8>,
}

/// Writes `body` to an anonymous temporary file while hashing it; refuses it with
/// `TooLarge` as soon as it passes `max` bytes.
async fn spool<S, E>(mut body: S, max: u64) -> AppResult<Spooled>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin + Send,
    E: std::error::Error + Send + Sync + 'static,
{
    let file = tokio::task::spawn_blocking(tempfile::tempfile)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("a temporary file")))?;
    let mut file = tokio::fs::File::from_std(file);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut head = Vec::with_capacity(HEAD_BYTES);
    while let Some(piece) = body.next().await {
        let piece = piece.map_err(|_| {
            AppError::Invalid(ValidationErrors::single(
                "file",
                Message::new("error-attachment-interrupted"),
            ))
        })?;
        size += piece.len() as u64;
        if size > max {
            return Err(AppError::TooLarge(too_large(max)));
        }
        if head.len() < HEAD_BYTES {
            let take = (HEAD_BYTES - head.len()).min(piece.len());
            head.extend_from_slice(&piece[..take]);
        }
        hasher.update(&piece);
        file.write_all(&piece)
            .await
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("spooling a file")))?;
    }
    file.flush()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(Spooled {
        file,
        sha256: Hash32::of_bytes(hasher.finalize().into()),
        size,
        head,
    })
}

impl App {
    /// A paper the caller may see, with its group; `NotFound` otherwise.
    pub(super) async fn visible_paper(
        &self,
        caller: &Caller,
        id: PaperId,
    ) -> AppResult<(GroupRecord, PaperRecord)> {
        let paper = self.store.paper(id).await?;
        let group = self.store.group_by_id(paper.group).await?;
        let chair = self.chair_of(&group).await?;
        access::see_marked(&caller.viewer, group.id, &paper.marking, chair)?;
        Ok((group, paper))
    }

    /// The papers of a group the caller may see, newest first (anyone who sees the group
    /// gets the list; what is not theirs to see is neither listed nor counted).
    pub async fn papers_for(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<PaperRecord>)> {
        let group = self.group_for(caller, code).await?;
        let chair = self.chair_of(&group).await?;
        let papers = match access::marked_sight(&caller.viewer, group.id, chair) {
            Ok(sight) => self
                .store
                .papers_of_group(group.id)
                .await?
                .into_iter()
                .filter(|paper| sight.sees(&paper.marking))
                .collect(),
            Err(_) => Vec::new(),
        };
        Ok((group, papers))
    }

    pub async fn paper_detail(&self, caller: &Caller, id: PaperId) -> AppResult<PaperDetail> {
        let (group, paper) = self.visible_paper(caller, id).await?;
        Ok(PaperDetail {
            can_attach: access::attach_to_paper(
                &caller.viewer,
                group.id,
                paper.marking.originator.as_ref(),
            )
            .is_ok(),
            attachments: self.store.attachments_of_paper(id).await?,
            group,
            paper,
        })
    }

    /// Circulates a paper: the secretariat, or a member delegation for its party; an issued
    /// paper takes the next symbol of the group's `INF` series.
    pub async fn circulate_paper(
        &self,
        caller: &Caller,
        code: &str,
        draft: PaperDraft,
    ) -> AppResult<PaperId> {
        let group = self.group_for(caller, code).await?;
        let originator = access::circulate_paper(&caller.viewer, group.id)?;
        let meeting_of_group = self.meeting_of_group(group.id, draft.meeting).await?;
        let is_party = |code: &PartyCode| group.party(code).is_some();
        let paper = draft.check(&PaperContext {
            originator: originator.as_ref(),
            clearance: caller.viewer.clearance,
            is_party: &is_party,
            meeting_of_group,
        })?;
        let now = self.now();
        let new = NewPaper {
            group: group.id,
            code: group.code.clone(),
            kind: paper.kind,
            title: paper.title,
            language: paper.language,
            body: paper.body,
            marking: paper.marking,
            meeting: paper.meeting,
            created_by: caller.viewer.user,
        };
        let mut tx = self.store.begin_write().await?;
        let (id, symbol) = tx.insert_paper(&new, now).await?;
        let listed: Vec<&str> = new.marking.listed.iter().map(|p| p.as_str()).collect();
        let payload = Payload::new()
            .with("title", &new.title)
            .with("kind", new.kind)
            .with("language", &new.language)
            .with_optional("symbol", symbol.as_ref())
            .with("distribution", new.marking.distribution)
            .with("classification", new.marking.classification.as_str())
            .with("listed", listed.join(","))
            .with_optional("meeting", new.meeting)
            .with("hash", content_hash(&new.body));
        tx.journal(marked_entry(
            caller,
            &group,
            &new.marking,
            (Action::PaperCreate, ObjectRef::Paper(id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Attaches a file to a paper: its content streamed in, checked, and stored once per
    /// SHA-256; the attachment journaled under the paper's marking.
    pub async fn add_attachment<S, E>(
        &self,
        caller: &Caller,
        id: PaperId,
        upload: AttachmentUpload,
        body: S,
    ) -> AppResult<AttachmentRecord>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin + Send,
        E: std::error::Error + Send + Sync + 'static,
    {
        let (group, paper) = self.visible_paper(caller, id).await?;
        access::attach_to_paper(&caller.viewer, group.id, paper.marking.originator.as_ref())?;
        let max = self.settings.max_attachment_bytes;
        if upload.announced_length.is_some_and(|length| length > max) {
            return Err(AppError::TooLarge(too_large(max)));
        }
        let mut spooled = spool(body, max).await?;
        check_content(&upload.media_type, spooled.size, &spooled.head)?;
        let now = self.now();
        let attachment = AttachmentRecord {
            paper: id,
            sha256: spooled.sha256,
            size: i64::try_from(spooled.size).map_err(|e| AppError::Internal(e.into()))?,
            filename: upload.filename,
            media_type: upload.media_type,
            added_by: caller.viewer.user,
            added_at: now,
        };
        let mut tx = self.store.begin_write().await?;
        if !tx.has_content(attachment.sha256).await? {
            spooled
                .file
                .rewind()
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
            let mut chunk = vec![0u8; CHUNK_BYTES];
            let mut chunks: i64 = 0;
            loop {
                let filled = fill(&mut spooled.file, &mut chunk).await?;
                if filled == 0 {
                    break;
                }
                tx.insert_content_chunk(attachment.sha256, chunks, &chunk[..filled])
                    .await?;
                chunks += 1;
            }
            tx.insert_content(attachment.sha256, attachment.size, chunks, now)
                .await?;
        }
        tx.insert_attachment(&attachment).await?;
        let payload = Payload::new()
            .with("sha256", attachment.sha256)
            .with("size", attachment.size)
            .with("media_type", &attachment.media_type)
            .with("filename", &attachment.filename);
        tx.journal(marked_entry(
            caller,
            &group,
            &paper.marking,
            (Action::AttachmentAdd, ObjectRef::Paper(id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(attachment)
    }

    /// An attachment for download, to whoever sees a paper that holds it; `NotFound` to
    /// everyone else, exactly as if no paper held it.
    pub async fn attachment_download(
        &self,
        caller: &Caller,
        sha256: Hash32,
    ) -> AppResult<Download> {
        let mut chairs: HashMap<GroupId, Option<PartyCode>> = HashMap::new();
        for paper in self.store.papers_holding(sha256).await? {
            let chair = match chairs.get(&paper.group) {
                Some(chair) => chair.clone(),
                None => {
                    // Read without the caller's sight of the group: a paper of a group they
                    // do not see is simply passed over, never an answer of its own.
                    let group = self.store.group_by_id(paper.group).await?;
                    let chair = self.chair_of(&group).await?;
                    chairs.insert(paper.group, chair.clone());
                    chair
                }
            };
            if access::see_marked(&caller.viewer, paper.group, &paper.marking, chair).is_err() {
                continue;
            }
            let attachment = self
                .store
                .attachments_of_paper(paper.id)
                .await?
                .into_iter()
                .find(|a| a.sha256 == sha256)
                .ok_or(AppError::NotFound)?;
            let chunks = self
                .store
                .content_chunks(sha256)
                .await?
                .ok_or(AppError::NotFound)?;
            return Ok(Download { attachment, chunks });
        }
        Err(AppError::NotFound)
    }

    /// The content of a download, a chunk at a time (call after `attachment_download`, which
    /// decides whether the caller may have it).
    pub fn attachment_bytes(
        &self,
        download: &Download,
    ) -> impl Stream<Item = AppResult<Vec<u8>>> + Send + 'static {
        let store = self.store.clone();
        let sha256 = download.attachment.sha256;
        futures_util::stream::iter(0..download.chunks).then(move |position| {
            let store = store.clone();
            async move { Ok(store.content_chunk(sha256, position).await?) }
        })
    }
}

/// Reads from `file` until `buffer` is full or the file ends; returns how much was read.
async fn fill(file: &mut tokio::fs::File, buffer: &mut [u8]) -> AppResult<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        let read = file
            .read(&mut buffer[filled..])
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        if read == 0 {
            break;
        }
        filled += read;
    }
    Ok(filled)
}
