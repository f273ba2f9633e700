//! How fast the search index answers with the reader's sight inside the query (issue 10's
//! goal: p99 ≤ 20 ms over 100,000 paragraphs at 16 concurrent searchers, trimmed).
//!
//! ```text
//! cargo build --release --example search
//! target/release/examples/search [PARAGRAPHS] [SEARCHERS] [SEARCHES_EACH]
//! ```
//!
//! It indexes PARAGRAPHS (default 100,000) paragraphs of Russian and English words in one
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

fn paragraph(random: &mut Lcg) -> String {
    (0..40)
        .map(|_| {
            if random.next().is_multiple_of(2) {
                random.pick(&RUSSIAN)
            } else {
                random.pick(&ENGLISH)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let paragraphs: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(100_000);
    let searchers: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(16);
    let each: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(500);

    let index = SearchIndex::open(None)?;
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
                    body: paragraph(&mut random),
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
