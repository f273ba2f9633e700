//! How fast the search index answers with the reader's sight inside the query (issue 10's
//! goal: p99 ≤ 20 ms over 100,000 paragraphs at 16 concurrent searchers, trimmed).
//!
//! ```text
//! cargo build --release --example search
//! target/release/examples/search [PARAGRAPHS] [SEARCHERS] [SEARCHES_EACH] [--common]
//! ```
//!
//! It indexes PARAGRAPHS (default 100,000) paragraphs of 40 words (see `Words`) in one
//! group, a fifth of them listed to UZ, a fifth national to KG and the rest distributed to
//! the group, through `majlis::search::SearchIndex` (the index the server uses, in memory),
//! then runs SEARCHERS threads (default 16) that each search SEARCHES_EACH times (default
//! 500) for one or two words, as KZ's envoy: every answer counts only what KZ may see. It
//! prints the time to index, the latency percentiles and the searches per second.

use std::time::{Duration, Instant};

use majlis::domain::marking::Classification;
use majlis::domain::search::HitKind;
use majlis::search::{Filters, GroupSight, SearchDoc, SearchIndex};

const RUSSIAN: [&str; 16] = [
    "железная",
    "дорога",
    "железной",
    "дороги",
    "транзит",
    "грузов",
    "граница",
    "станция",
    "энергия",
    "линия",
    "электропередачи",
    "торговля",
    "соглашение",
    "проект",
    "финансирование",
    "перевозки",
];
const ENGLISH: [&str; 16] = [
    "railway",
    "railways",
    "transit",
    "freight",
    "border",
    "station",
    "power",
    "lines",
    "trade",
    "agreement",
    "project",
    "financing",
    "corridor",
    "water",
    "energy",
    "customs",
];

/// A small deterministic generator, so that every run indexes the same paragraphs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
}

/// The words paragraphs are written with: `VOCABULARY` made-up words, Cyrillic and Latin,
/// drawn by Zipf's law as in real prose (a few words very often, most rarely), with the
/// domain's words above placed at ranks 100 to 131, so that a search for one of them meets a
/// few thousand paragraphs, as a search for "railway" would in a group's real papers. With
/// `--common`, paragraphs are written with the domain's words only, the worst case: every
/// search meets over half of all paragraphs.
struct Words {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

const VOCABULARY: usize = 5_000;

impl Words {
    fn new(common: bool) -> Words {
        if common {
            let words: Vec<String> = RUSSIAN
                .iter()
                .chain(ENGLISH.iter())
                .map(|w| (*w).to_owned())
                .collect();
            let cumulative = (1..=words.len()).map(|n| n as f64).collect();
            return Words { words, cumulative };
        }
        const CYRILLIC: [&str; 12] = [
            "ка", "ра", "ми", "то", "ле", "ви", "на", "до", "бе", "су", "жи", "по",
        ];
        const LATIN: [&str; 12] = [
            "ka", "ro", "mi", "te", "la", "vu", "ne", "di", "bo", "sa", "zu", "pe",
        ];
        let mut words = Vec::with_capacity(VOCABULARY);
        for n in 0..VOCABULARY {
            let syllables = if n % 2 == 0 { &CYRILLIC } else { &LATIN };
            let mut word = String::new();
            let mut rest = n + 144;
            while rest > 0 {
                word.push_str(syllables[rest % 12]);
                rest /= 12;
            }
            words.push(word);
        }
        for (rank, word) in RUSSIAN.iter().chain(ENGLISH.iter()).enumerate() {
            words[100 + rank] = (*word).to_owned();
        }
        let mut total = 0.0;
        let cumulative = (0..VOCABULARY)
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0);
                total
            })
            .collect();
        Words { words, cumulative }
    }

    fn pick(&self, random: &mut Lcg) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let at = (random.next() % 1_000_000) as f64 / 1_000_000.0 * total;
        let index = self
            .cumulative
            .partition_point(|c| *c < at)
            .min(self.words.len() - 1);
        &self.words[index]
    }
}

fn paragraph(words: &Words, random: &mut Lcg) -> String {
    (0..40)
        .map(|_| words.pick(random))
        .collect::<Vec<_>>()
        .join(" ")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() -> anyhow::Result<()> {
    let common = std::env::args().any(|a| a == "--common");
    let mut args = std::env::args().skip(1).filter(|a| a != "--common");
    let paragraphs: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(100_000);
    let searchers: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(16);
    let each: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(500);

    let index = SearchIndex::open(None)?;
    let words = Words::new(common);
    let mut random = Lcg(2026);
    let started = Instant::now();
    let batch = 10_000;
    for start in (0..paragraphs).step_by(batch) {
        let docs: Vec<SearchDoc> = (start..(start + batch).min(paragraphs))
            .map(|n| {
                let audience = match n % 5 {
                    0 => vec!["party:UZ".to_owned(), "chair:UZ".to_owned()],
                    1 => vec!["party:KG".to_owned()],
                    _ => vec!["member".into(), "observer".into(), "secretariat".into()],
                };
                SearchDoc {
                    key: format!("text:{n}"),
                    kind: HitKind::Text,
                    id: n as i64,
                    group: 1,
                    title: format!("Paragraph {n}"),
                    body: paragraph(&words, &mut random),
                    url: format!("/texts/{n}"),
                    audience,
                    classification: Classification::Unclassified,
                    parties: Vec::new(),
                    meeting: None,
                    at_micros: n as i64,
                }
            })
            .collect();
        index.apply(false, &[], &docs, start as i64 + 1)?;
    }
    let indexing = started.elapsed();
    println!(
        "indexed {} paragraphs in {:.1} s",
        index.len(),
        indexing.as_secs_f64()
    );

    let kz = vec![GroupSight {
        group: 1,
        keys: vec!["public".into(), "party:KZ".into(), "member".into()],
        levels: vec![Classification::Unclassified, Classification::Restricted],
    }];
    let index = std::sync::Arc::new(index);
    let started = Instant::now();
    let handles: Vec<_> = (0..searchers)
        .map(|searcher| {
            let index = index.clone();
            let kz = kz.clone();
            std::thread::spawn(move || -> anyhow::Result<(Vec<Duration>, usize)> {
                let mut random = Lcg(searcher as u64 + 7);
                let mut latencies = Vec::with_capacity(each);
                let mut seen = 0;
                for _ in 0..each {
                    let words = if random.next().is_multiple_of(2) {
                        random.pick(&ENGLISH).to_owned()
                    } else {
                        format!("{} {}", random.pick(&RUSSIAN), random.pick(&RUSSIAN))
                    };
                    let asked = Instant::now();
                    let (total, hits) = index.search(&words, &kz, &Filters::default(), 20)?;
                    latencies.push(asked.elapsed());
                    seen = seen.max(total);
                    assert!(hits.len() <= 20);
                }
                Ok((latencies, seen))
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut largest = 0;
    for handle in handles {
        let (mine, seen) = handle
            .join()
            .map_err(|_| anyhow::anyhow!("a searcher panicked"))??;
        latencies.extend(mine);
        largest = largest.max(seen);
    }
    let wall = started.elapsed();
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1_000.0;
    println!(
        "{} searches by {searchers} searchers in {:.1} s: {:.0} searches/s",
        latencies.len(),
        wall.as_secs_f64(),
        latencies.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms; the largest total KZ was shown: {largest} of {paragraphs}",
        ms(percentile(&latencies, 0.50)),
        ms(percentile(&latencies, 0.90)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap_or(&Duration::ZERO)),
    );
    Ok(())
}
