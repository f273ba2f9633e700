//! The full-text index (Tantivy): what was written to the record, made findable by its words
//! in Russian and English with their other forms. It is derived, never the record: it can be
//! thrown away and rebuilt from the database at any time (`majlis reindex`), and it remembers
//! the journal entry it is current with, so that a process catches up from the journal
//! after a restart or after another process wrote to the same database.
//!
//! Visibility is part of every query (`domain::search`): each document carries its group,
//! audience words and classification, and a reader's sight is a filter inside the query, so
//! the total counts only what the reader may see.

use std::path::Path;
use std::sync::Mutex;

use anyhow::Context;
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::domain::marking::Classification;
use crate::domain::search::HitKind;

/// The analyser of every text field: words split on anything not a letter or digit, lower
/// case, then reduced to their stem by the Russian and the English Snowball stemmers in turn
/// (each leaves the other's alphabet alone), so `железной дороги` meets `железная дорога`
/// and `railways` meets `railway`.
const WORDS: &str = "majlis_words";

/// Bumped when the schema or the analyser changes: an index of another version is rebuilt.
const SCHEMA_VERSION: &str = "majlis-search-1";

/// A document to index: one text, paper, comment, decision or meeting.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    /// `text:5`, `comment:9`: the document's one key, for replacing and deleting it.
    pub key: String,
    pub kind: HitKind,
    pub id: i64,
    pub group: i64,
    pub title: String,
    pub body: String,
    pub url: String,
    pub audience: Vec<String>,
    pub classification: Classification,
    /// The parties it is by (an originator, a comment's author's party) or about.
    pub parties: Vec<String>,
    /// The meeting it belongs to, if any (a meeting is its own).
    pub meeting: Option<i64>,
    /// When it was written or held, in microseconds since the epoch.
    pub at_micros: i64,
}

/// What one reader may find in one group.
#[derive(Debug, Clone)]
pub struct GroupSight {
    pub group: i64,
    pub keys: Vec<String>,
    pub levels: Vec<Classification>,
}

/// A search's narrowing choices.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub kind: Option<HitKind>,
    pub party: Option<String>,
    pub meeting: Option<i64>,
    pub from_micros: Option<i64>,
    pub until_micros: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: HitKind,
    pub id: i64,
    pub title: String,
    /// The passage that matched, HTML-escaped, with the words found in `<mark>`.
    pub snippet_html: String,
    pub url: String,
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    id: Field,
    group: Field,
    title: Field,
    body: Field,
    url: Field,
    audience: Field,
    classification: Field,
    party: Field,
    meeting: Field,
    at: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let words = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(WORDS)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        key: builder.add_text_field("key", STRING),
        kind: builder.add_text_field("kind", STRING | STORED),
        id: builder.add_i64_field("id", STORED),
        group: builder.add_text_field("group", STRING),
        title: builder.add_text_field("title", words.clone()),
        body: builder.add_text_field("body", words),
        url: builder.add_text_field("url", STORED),
        audience: builder.add_text_field("audience", STRING),
        classification: builder.add_text_field("classification", STRING),
        party: builder.add_text_field("party", STRING),
        meeting: builder.add_text_field("meeting", STRING),
        at: builder.add_i64_field("at", INDEXED | FAST),
    };
    (builder.build(), fields)
}

fn analyser() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Russian))
        .filter(Stemmer::new(Language::English))
        .build()
}

fn group_term(group: i64) -> String {
    format!("g{group}")
}

fn meeting_term(meeting: i64) -> String {
    format!("m{meeting}")
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

/// The journal entry an index is current with, kept in its commit's payload.
fn payload_seq(payload: Option<&str>) -> Option<i64> {
    let rest = payload?
        .strip_prefix(SCHEMA_VERSION)?
        .strip_prefix(" seq:")?;
    rest.parse().ok()
}

impl SearchIndex {
    /// An index in `dir` (created if absent; rebuilt from nothing if it was written by
    /// another version), or in memory when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> anyhow::Result<SearchIndex> {
        let (schema, fields) = schema();
        let index = match dir {
            None => Index::create_in_ram(schema),
            Some(dir) => {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating the search index at {}", dir.display()))?;
                let opened = MmapDirectory::open(dir)
                    .map_err(anyhow::Error::from)
                    .and_then(|d| Ok(Index::open_or_create(d, schema.clone())?));
                match opened {
                    Ok(index) => index,
                    Err(_) => {
                        // Another schema: the index is derived, so it is rebuilt.
                        std::fs::remove_dir_all(dir)?;
                        std::fs::create_dir_all(dir)?;
                        Index::create_in_dir(dir, schema)?
                    }
                }
            }
        };
        index.tokenizers().register(WORDS, analyser());
        let writer = index
            .writer_with_num_threads(1, 15_000_000)
            .context("opening the search index for writing (is another process using it?)")?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
        })
    }

    /// The journal entry the index is current with (0 when new or of another version).
    pub fn current_with(&self) -> i64 {
        self.index
            .load_metas()
            .ok()
            .and_then(|metas| payload_seq(metas.payload.as_deref()))
            .unwrap_or(0)
    }

    fn document(&self, doc: &SearchDoc) -> TantivyDocument {
        let f = self.fields;
        let mut document = TantivyDocument::default();
        document.add_text(f.key, &doc.key);
        document.add_text(f.kind, doc.kind.as_str());
        document.add_i64(f.id, doc.id);
        document.add_text(f.group, group_term(doc.group));
        document.add_text(f.title, &doc.title);
        document.add_text(f.body, &doc.body);
        document.add_text(f.url, &doc.url);
        for word in &doc.audience {
            document.add_text(f.audience, word);
        }
        document.add_text(f.classification, doc.classification.as_str());
        for party in &doc.parties {
            document.add_text(f.party, party);
        }
        if let Some(meeting) = doc.meeting {
            document.add_text(f.meeting, meeting_term(meeting));
        }
        document.add_i64(f.at, doc.at_micros);
        document
    }

    /// Replaces the documents `keys` name with `docs` (a key without a document is deleted),
    /// or everything when `everything`; then marks the index current with journal entry
    /// `seq` and makes the change visible to searches. One commit for the whole change.
    pub fn apply(
        &self,
        everything: bool,
        keys: &[String],
        docs: &[SearchDoc],
        seq: i64,
    ) -> anyhow::Result<()> {
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the search index's writer panicked"))?;
        if everything {
            writer.delete_all_documents()?;
        }
        for key in keys.iter().chain(docs.iter().map(|d| &d.key)) {
            writer.delete_term(Term::from_field_text(self.fields.key, key));
        }
        for doc in docs {
            writer.add_document(self.document(doc))?;
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&format!("{SCHEMA_VERSION} seq:{seq}"));
        commit.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// How many documents the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The words of `text` as the index keeps them.
    fn terms(&self, text: &str) -> Vec<String> {
        let mut analyser = analyser();
        let mut stream = analyser.token_stream(text);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            if !terms.contains(&token.text) {
                terms.push(token.text.clone());
            }
        }
        terms
    }

    fn any_of(&self, field: Field, words: impl IntoIterator<Item = String>) -> Box<dyn Query> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = words
            .into_iter()
            .map(|word| {
                let term = Term::from_field_text(field, &word);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// Documents whose title or body hold every word of `text` (in any of its forms), among
    /// those `sights` let the reader see and `filters` keep: the total, and the best `limit`
    /// with their snippets.
    pub fn search(
        &self,
        text: &str,
        sights: &[GroupSight],
        filters: &Filters,
        limit: usize,
    ) -> anyhow::Result<(usize, Vec<Hit>)> {
        let f = self.fields;
        let terms = self.terms(text);
        if terms.is_empty() || sights.is_empty() {
            return Ok((0, Vec::new()));
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for term in &terms {
            let either: Vec<(Occur, Box<dyn Query>)> = [f.title, f.body]
                .into_iter()
                .map(|field| {
                    let query: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    ));
                    (Occur::Should, query)
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        // The reader's sight, group by group: inside the query, so nothing else is counted.
        let sight: Vec<(Occur, Box<dyn Query>)> = sights
            .iter()
            .map(|sight| {
                let within: Vec<(Occur, Box<dyn Query>)> = vec![
                    (Occur::Must, self.any_of(f.group, [group_term(sight.group)])),
                    (Occur::Must, self.any_of(f.audience, sight.keys.clone())),
                    (
                        Occur::Must,
                        self.any_of(
                            f.classification,
                            sight.levels.iter().map(|l| l.as_str().to_owned()),
                        ),
                    ),
                ];
                let query: Box<dyn Query> = Box::new(BooleanQuery::new(within));
                (Occur::Should, query)
            })
            .collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(sight))));
        if let Some(kind) = filters.kind {
            clauses.push((Occur::Must, self.any_of(f.kind, [kind.as_str().to_owned()])));
        }
        if let Some(party) = &filters.party {
            clauses.push((Occur::Must, self.any_of(f.party, [party.clone()])));
        }
        if let Some(meeting) = filters.meeting {
            clauses.push((Occur::Must, self.any_of(f.meeting, [meeting_term(meeting)])));
        }
        if filters.from_micros.is_some() || filters.until_micros.is_some() {
            use std::ops::Bound;
            let bound = |micros: Option<i64>, inclusive: bool| match micros {
                None => Bound::Unbounded,
                Some(m) if inclusive => Bound::Included(Term::from_field_i64(f.at, m)),
                Some(m) => Bound::Excluded(Term::from_field_i64(f.at, m)),
            };
            let range = RangeQuery::new(
                bound(filters.from_micros, true),
                bound(filters.until_micros, false),
            );
            clauses.push((Occur::Must, Box::new(range)));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let (total, top) = searcher.search(
            &query,
            &(Count, TopDocs::with_limit(limit.max(1)).order_by_score()),
        )?;
        let mut body_snippets = SnippetGenerator::create(&searcher, &query, f.body)?;
        body_snippets.set_max_num_chars(200);
        let mut hits = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text_of = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            let mut snippet = body_snippets.snippet_from_doc(&doc);
            snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
            let snippet_html = if snippet.is_empty() {
                let body = text_of(f.body);
                html_escape(&body.chars().take(200).collect::<String>())
            } else {
                snippet.to_html()
            };
            hits.push(Hit {
                kind: HitKind::parse(&text_of(f.kind)).unwrap_or(HitKind::Text),
                id: doc.get_first(f.id).and_then(|v| v.as_i64()).unwrap_or(0),
                title: text_of(f.title),
                snippet_html,
                url: text_of(f.url),
            });
        }
        Ok((total, hits))
    }
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(key: &str, title: &str, body: &str, audience: &[&str]) -> SearchDoc {
        SearchDoc {
            key: key.to_owned(),
            kind: HitKind::Paper,
            id: 1,
            group: 1,
            title: title.to_owned(),
            body: body.to_owned(),
            url: format!("/{key}"),
            audience: audience.iter().map(|a| (*a).to_owned()).collect(),
            classification: Classification::Unclassified,
            parties: Vec::new(),
            meeting: None,
            at_micros: 0,
        }
    }

    fn everyone() -> Vec<GroupSight> {
        vec![GroupSight {
            group: 1,
            keys: vec!["member".into()],
            levels: Classification::ALL.to_vec(),
        }]
    }

    #[test]
    fn russian_and_english_words_meet_their_other_forms() {
        let index = SearchIndex::open(None).expect("an index");
        index
            .apply(
                false,
                &[],
                &[
                    doc(
                        "paper:1",
                        "Справка",
                        "Строительство железной дороги Термез — Мазари-Шариф.",
                        &["member"],
                    ),
                    doc(
                        "paper:2",
                        "Note",
                        "Regional railways & <power> lines.",
                        &["member"],
                    ),
                ],
                7,
            )
            .expect("indexed");
        assert_eq!(index.current_with(), 7);
        let (total, hits) = index
            .search("железная дорога", &everyone(), &Filters::default(), 10)
            .expect("searched");
        assert_eq!(total, 1);
        assert!(
            hits[0].snippet_html.contains("<mark>железной</mark>"),
            "{}",
            hits[0].snippet_html
        );
        let (total, hits) = index
            .search("Railway", &everyone(), &Filters::default(), 10)
            .expect("searched");
        assert_eq!(total, 1);
        assert!(
            hits[0].snippet_html.contains("&lt;power&gt;"),
            "{}",
            hits[0].snippet_html
        );
    }

    #[test]
    fn what_the_reader_may_not_see_is_neither_found_nor_counted() {
        let index = SearchIndex::open(None).expect("an index");
        let docs: Vec<SearchDoc> = (0..30)
            .map(|n| doc(&format!("paper:{n}"), "Railway", "railway", &["party:UZ"]))
            .chain([doc("paper:99", "Railway", "railway", &["member"])])
            .collect();
        index.apply(false, &[], &docs, 1).expect("indexed");
        let (total, hits) = index
            .search("railway", &everyone(), &Filters::default(), 5)
            .expect("searched");
        assert_eq!((total, hits.len()), (1, 1));
        // Replacing and deleting by key.
        index
            .apply(false, &["paper:99".to_owned()], &[], 2)
            .expect("deleted");
        let (total, _) = index
            .search("railway", &everyone(), &Filters::default(), 5)
            .expect("searched");
        assert_eq!(total, 0);
    }
}
