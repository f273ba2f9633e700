//! Search (issue 10): the index kept in step with the journal, and a reader's search with
//! their sight inside the query.
//!
//! The journal is the ordered list of every change, so the index follows it: before each
//! search (and every second in the background, `spawn_search_follower` in `main.rs`) the
//! entries written since the index was last current are read, the documents they touch are
//! read again from the record and replaced, and the index remembers the last entry applied.
//! Another process writing to the same PostgreSQL database is caught up with the same way.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{Mutex, OnceCell};

use super::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::comment::CommentSubject;
use crate::domain::ids::{CommentId, GroupId, MeetingId, PaperId, ProcedureId, TextId};
use crate::domain::journal::{JournalScope, ObjectRef};
use crate::domain::marking::Marking;
use crate::domain::meeting::meeting_name;
use crate::domain::search::{
    marking_audience, meeting_audience, reader_keys, within, HitKind, SearchText,
};
use crate::search::{Filters, GroupSight, Hit, SearchDoc, SearchIndex};

/// Entries read from the journal per step of catching up.
const CATCH_UP_PAGE: i64 = 500;

/// The most hits a search returns at once.
pub const MAX_HITS: usize = 50;

/// The index, opened on first use, and the lock that lets one task at a time bring it up to
/// date.
pub struct Searching {
    dir: Option<PathBuf>,
    index: OnceCell<Arc<SearchIndex>>,
    catching_up: Mutex<()>,
}

impl Searching {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Searching {
            dir,
            index: OnceCell::new(),
            catching_up: Mutex::new(()),
        }
    }
}

/// A search as the reader asks it.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub text: SearchText,
    pub group: Option<String>,
    pub filters: Filters,
    pub limit: usize,
}

pub struct SearchResults {
    /// How many documents the reader may see match, all of them.
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// A document the index holds, by its key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Text(TextId),
    Paper(PaperId),
    Comment(CommentId),
    Decision(ProcedureId),
    Meeting(MeetingId),
    MeetingsOf(GroupId),
}

fn internal(error: anyhow::Error) -> AppError {
    AppError::Internal(error.context("the search index"))
}

/// Runs blocking index work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> AppResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(internal)
}

impl App {
    async fn search_index(&self) -> AppResult<Arc<SearchIndex>> {
        let dir = self.searching.dir.clone();
        let index = self
            .searching
            .index
            .get_or_try_init(|| async move {
                blocking(move || SearchIndex::open(dir.as_deref()))
                    .await
                    .map(Arc::new)
            })
            .await?;
        Ok(index.clone())
    }

    /// Brings the index up to the journal's head: every document an entry since the last
    /// applied one touches is read again (or removed when it is gone). A new or foreign
    /// index is rebuilt whole.
    pub async fn catch_up_search(&self) -> AppResult<()> {
        let _one_at_a_time = self.searching.catching_up.lock().await;
        let index = self.search_index().await?;
        let head = self.store.journal_head().await?.seq;
        let mut at = index.current_with();
        if at == 0 && head > 0 {
            return self.rebuild_with(index, head).await.map(|_| ());
        }
        while at < head {
            let rows = self.store.journal_rows(None, at, CATCH_UP_PAGE).await?;
            let Some(last) = rows.last().map(|row| row.seq()) else {
                break;
            };
            let mut keys = BTreeSet::new();
            for row in &rows {
                if let Ok(entry) = row.entry() {
                    keys.extend(touched(&entry.object, &entry.scope));
                }
            }
            let (gone, docs) = self.documents(keys).await?;
            let index = index.clone();
            blocking(move || index.apply(false, &gone, &docs, last)).await?;
            at = last;
        }
        Ok(())
    }

    /// Throws the index away and builds it again from the record; returns how many
    /// documents it holds (`majlis reindex`).
    pub async fn rebuild_search(&self) -> AppResult<u64> {
        let _one_at_a_time = self.searching.catching_up.lock().await;
        let index = self.search_index().await?;
        let head = self.store.journal_head().await?.seq;
        self.rebuild_with(index, head).await
    }

    async fn rebuild_with(&self, index: Arc<SearchIndex>, head: i64) -> AppResult<u64> {
        let mut keys = BTreeSet::new();
        for group in self.store.groups().await? {
            for text in self.store.texts_of_group(group.id).await? {
                keys.insert(Key::Text(text.id));
            }
            for paper in self.store.papers_of_group(group.id).await? {
                keys.insert(Key::Paper(paper.id));
            }
            for comment in self.store.comments_of_group(group.id).await? {
                keys.insert(Key::Comment(comment.id));
            }
            for decision in self.store.decisions_of_group(group.id).await? {
                keys.insert(Key::Decision(decision.procedure));
            }
            keys.insert(Key::MeetingsOf(group.id));
        }
        let (_, docs) = self.documents(keys).await?;
        blocking(move || {
            index.apply(true, &[], &docs, head)?;
            Ok(index.len())
        })
        .await
    }

    /// The documents `keys` name as the record holds them now, and the keys of those gone.
    async fn documents(&self, keys: BTreeSet<Key>) -> AppResult<(Vec<String>, Vec<SearchDoc>)> {
        let mut gone = Vec::new();
        let mut docs = Vec::new();
        for key in keys {
            match self.documents_of(&key).await {
                Ok(found) => docs.extend(found),
                Err(AppError::NotFound) => gone.push(key_text(&key)),
                Err(other) => return Err(other),
            }
        }
        Ok((gone, docs))
    }

    async fn documents_of(&self, key: &Key) -> AppResult<Vec<SearchDoc>> {
        let store = &self.store;
        Ok(match *key {
            Key::Text(id) => {
                let text = store.text(id).await?;
                let versions = store.versions(id).await?;
                let latest = versions.last().ok_or(AppError::NotFound)?;
                let mut body = latest.body.clone();
                for version in store.language_versions(id).await? {
                    if version.version_number == latest.number {
                        body.push_str("\n\n");
                        body.push_str(&version.body);
                    }
                }
                vec![SearchDoc {
                    key: key_text(key),
                    kind: HitKind::Text,
                    id: id.get(),
                    group: text.group.get(),
                    title: text.title.to_string(),
                    body,
                    url: format!("/texts/{id}"),
                    audience: marking_audience(&text.marking),
                    classification: text.marking.classification,
                    parties: vec![text.penholder.to_string()],
                    meeting: text.meeting.map(|m| m.get()),
                    at_micros: latest.created_at.as_microsecond(),
                }]
            }
            Key::Paper(id) => {
                let paper = store.paper(id).await?;
                let title = match &paper.symbol {
                    Some(symbol) => format!("{symbol} {}", paper.title),
                    None => paper.title.to_string(),
                };
                vec![SearchDoc {
                    key: key_text(key),
                    kind: HitKind::Paper,
                    id: id.get(),
                    group: paper.group.get(),
                    title,
                    body: plain(&paper.body),
                    url: format!("/papers/{id}"),
                    audience: marking_audience(&paper.marking),
                    classification: paper.marking.classification,
                    parties: paper
                        .marking
                        .originator
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                    meeting: paper.meeting.map(|m| m.get()),
                    at_micros: paper.created_at.as_microsecond(),
                }]
            }
            Key::Comment(id) => {
                let comment = store.comment(id).await?;
                if comment.withdrawn_at.is_some() {
                    // A withdrawn comment's words are no longer part of the discussion.
                    return Err(AppError::NotFound);
                }
                let (title, marking, url, meeting) = match comment.subject {
                    CommentSubject::Paper(paper) => {
                        let paper = store.paper(paper).await?;
                        let url = format!("/papers/{}#comment-{id}", paper.id);
                        (paper.title.to_string(), paper.marking, url, paper.meeting)
                    }
                    CommentSubject::Text(text) => {
                        let text = store.text(text).await?;
                        let url = format!("/texts/{}#comment-{id}", text.id);
                        (text.title.to_string(), text.marking, url, text.meeting)
                    }
                };
                vec![SearchDoc {
                    key: key_text(key),
                    kind: HitKind::Comment,
                    id: id.get(),
                    group: comment.group.get(),
                    title,
                    body: plain(&comment.body),
                    url,
                    audience: marking_audience(&marking),
                    classification: marking.classification,
                    parties: comment
                        .author_party
                        .iter()
                        .map(ToString::to_string)
                        .collect(),
                    meeting: meeting.map(|m| m.get()),
                    at_micros: comment.created_at.as_microsecond(),
                }]
            }
            Key::Decision(procedure) => {
                let decision = store
                    .decision_of_procedure(procedure)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let procedure = store.procedure(procedure).await?;
                let text = store.text(procedure.text).await?;
                let body = store
                    .versions(text.id)
                    .await?
                    .into_iter()
                    .find(|v| v.number == procedure.version_number)
                    .map(|v| v.body)
                    .unwrap_or_default();
                vec![decision_doc(
                    key,
                    &decision,
                    text.title.as_ref(),
                    body,
                    &text.marking,
                    text.meeting,
                )]
            }
            Key::Meeting(id) => vec![self.meeting_doc(id).await?],
            Key::MeetingsOf(group) => {
                let mut docs = Vec::new();
                for meeting in store.meetings_of_group(group).await? {
                    docs.push(self.meeting_doc(meeting.id).await?);
                }
                docs
            }
        })
    }

    async fn meeting_doc(&self, id: MeetingId) -> AppResult<SearchDoc> {
        let meeting = self.store.meeting(id).await?;
        let agenda = self.store.agenda(id).await?;
        let body: Vec<String> = agenda
            .iter()
            .map(|item| format!("{}\n{}", item.title, item.description))
            .collect();
        Ok(SearchDoc {
            key: key_text(&Key::Meeting(id)),
            kind: HitKind::Meeting,
            id: id.get(),
            group: meeting.group.get(),
            title: format!(
                "{}, {}",
                meeting_name(meeting.format, meeting.ordinal),
                meeting.city
            ),
            body: body.join("\n\n"),
            url: format!("/meetings/{id}"),
            audience: meeting_audience(&meeting.guests),
            classification: crate::domain::marking::Classification::Unclassified,
            parties: vec![meeting.host.to_string()],
            meeting: Some(id.get()),
            at_micros: meeting.schedule.starts_at().as_microsecond(),
        })
    }

    /// What the caller may find: the index caught up first, so that what they just wrote
    /// is there, then their sight in each group they sit in (or the one they name) inside
    /// the query.
    pub async fn search(&self, caller: &Caller, query: SearchQuery) -> AppResult<SearchResults> {
        let only = match &query.group {
            Some(code) => Some(self.group_for(caller, code).await?.id),
            None => None,
        };
        let mut sights = Vec::new();
        for seat in &caller.viewer.seats {
            if only.is_some_and(|group| group != seat.group) {
                continue;
            }
            let group = self.store.group_by_id(seat.group).await?;
            let chair = self.chair_of(&group).await?;
            if access::marked_sight(&caller.viewer, group.id, chair.clone()).is_err() {
                continue;
            }
            sights.push(GroupSight {
                group: group.id.get(),
                keys: reader_keys(&seat.reader(chair)),
                levels: within(caller.viewer.clearance),
            });
        }
        self.catch_up_search().await?;
        let index = self.search_index().await?;
        let limit = query.limit.clamp(1, MAX_HITS);
        let (total, hits) =
            blocking(move || index.search(query.text.as_str(), &sights, &query.filters, limit))
                .await?;
        Ok(SearchResults { total, hits })
    }
}

fn decision_doc(
    key: &Key,
    decision: &crate::store::DecisionRecord,
    title: &str,
    body: String,
    marking: &Marking,
    meeting: Option<MeetingId>,
) -> SearchDoc {
    SearchDoc {
        key: key_text(key),
        kind: HitKind::Decision,
        id: decision.id.get(),
        group: decision.group.get(),
        title: format!("{} {title}", decision.symbol),
        body,
        url: format!("/decisions/{}", decision.id),
        audience: marking_audience(marking),
        classification: marking.classification,
        parties: Vec::new(),
        meeting: meeting.map(|m| m.get()),
        at_micros: decision.adopted_at.as_microsecond(),
    }
}

/// A paper's or comment's CommonMark as the words a reader sees: no `##` or `**` in what is
/// indexed and shown in a snippet; blocks end with a line break so words do not run together.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(words) | Event::Code(words) => text.push_str(&words),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    text
}

fn key_text(key: &Key) -> String {
    match key {
        Key::Text(id) => format!("text:{id}"),
        Key::Paper(id) => format!("paper:{id}"),
        Key::Comment(id) => format!("comment:{id}"),
        Key::Decision(id) => format!("decision-of:{id}"),
        Key::Meeting(id) => format!("meeting:{id}"),
        Key::MeetingsOf(group) => format!("meetings-of:{group}"),
    }
}

/// The documents a journal entry about `object` may have changed.
fn touched(object: &ObjectRef, scope: &JournalScope) -> Vec<Key> {
    match object {
        ObjectRef::Text(id) => vec![Key::Text(*id)],
        ObjectRef::Paper(id) => vec![Key::Paper(*id)],
        ObjectRef::Comment(id) => vec![Key::Comment(*id)],
        ObjectRef::Procedure(id) => vec![Key::Decision(*id)],
        ObjectRef::Meeting(id) => vec![Key::Meeting(*id)],
        // An agenda item or attendance names no meeting in its reference; the group's
        // meetings are few, so all of them are read again.
        ObjectRef::AgendaItem(_) | ObjectRef::Attendance(_) => {
            scope.group().map(Key::MeetingsOf).into_iter().collect()
        }
        _ => Vec::new(),
    }
}
