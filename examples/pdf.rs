//! Measures how long the demo decision's record takes to become a PDF: the use case that reads
//! it (as `GET /decisions/{id}.pdf` does) and the typesetting, N times one after another.
//!
//! `cargo run --release --example pdf -- [N]` (default 50). The first render also finds the
//! machine's fonts and builds Typst's library, so it is reported apart; the rest as median,
//! 95th percentile and slowest. Needs the fonts the server needs (Debian's fonts-noto-core).

use std::time::{Duration, Instant};

use majlis::app::{App, Settings};
use majlis::domain::names::Username;
use majlis::http::documents::decision::DecisionDocument;
use majlis::http::documents::{DocumentError, DocumentLanguage};
use majlis::store::Store;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let renders: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(50);
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let app = App::new(Store::open(&url).await?, Settings::default());
    app.load_demo(Some("bench-password-123"))
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let reader = app
        .caller_by_username(&Username::parse("kz.envoy")?)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let (_, decisions) = app
        .decisions_for(&reader, "CGA")
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let id = decisions
        .last()
        .ok_or_else(|| anyhow::anyhow!("the demo has a decision"))?
        .decision
        .id;
    let language = DocumentLanguage::of_request();
    let mut times = Vec::with_capacity(renders);
    let mut size = 0;
    for _ in 0..=renders {
        let started = Instant::now();
        let detail = app
            .decision_detail(&reader, id)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let pdf = DecisionDocument::of(&detail)
            .render(&language)
            .await
            .map_err(|error| match error {
                DocumentError::Fonts(missing) => anyhow::anyhow!("{missing}"),
                DocumentError::Failed(cause) => cause,
            })?;
        times.push(started.elapsed());
        size = pdf.len();
    }
    let first = times.remove(0);
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("demo decision {id}: {size} bytes of PDF");
    println!("first render (finds the fonts): {:.1} ms", ms(first));
    println!(
        "{} renders: median {:.1} ms, p95 {:.1} ms, slowest {:.1} ms",
        times.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
    Ok(())
}
