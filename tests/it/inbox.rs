//! The inbox reads a fixed number of queries whatever the number of groups, texts and
//! procedures, and still shows each person what needs their party.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use tracing::Instrument;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;

use crate::both_backends;
use crate::helpers::{Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use majlis::domain::names::Username;
use majlis::domain::procedure::attention::Attention;
use majlis::store::Backend;

/// Counts the statements sqlx runs (it reports each as an event with the target
/// `sqlx::query`) inside a span named [`COUNTED`], and nowhere else: a statement that some
/// other task or test runs meanwhile is not the inbox's.
struct CountQueries;

const COUNTED: &str = "counted_inbox";

static QUERIES: AtomicUsize = AtomicUsize::new(0);

impl<S> Layer<S> for CountQueries
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_event(&self, event: &tracing::Event<'_>, context: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let inside = context
            .event_scope(event)
            .is_some_and(|mut scope| scope.any(|span| span.name() == COUNTED));
        if inside {
            QUERIES.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// One counter at a time, installed once for the whole test process. A global subscriber,
/// not a thread's: tracing caches per call site whether anyone listens, and a thread-local
/// subscriber coming and going while other tests run left that cache saying "nobody" now and
/// then, so the count read zero.
static COUNTING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
static INSTALLED: OnceLock<()> = OnceLock::new();

/// The envoy's inbox and the number of statements it took to read it.
async fn inbox_of(app: &TestApp, username: &str) -> (Vec<Attention>, usize) {
    let caller = app
        .app
        .caller_by_username(&Username::parse(username).expect("name"))
        .await
        .expect("caller");
    INSTALLED.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(CountQueries))
            .expect("no other global subscriber in the tests");
    });
    let _alone = COUNTING.lock().await;
    QUERIES.store(0, Ordering::SeqCst);
    let items = app
        .app
        .inbox(&caller)
        .instrument(tracing::info_span!(COUNTED))
        .await
        .expect("inbox");
    let attention = items.into_iter().map(|item| item.attention).collect();
    (attention, QUERIES.load(Ordering::SeqCst))
}

/// Opens a consensus round on a new text of the demo group.
async fn open_a_round(app: &TestApp, secretariat: &Session, title: &str) {
    let text = app
        .draft_text(
            secretariat,
            NewText::new(title, "The participants agree to meet again."),
        )
        .await;
    app.open_procedure(
        secretariat,
        text.id,
        NewProcedure::consensus(1, &app.later(48)),
    )
    .await;
}

async fn the_inbox_takes_the_same_few_queries_however_much_there_is(backend: Backend) {
    let app = TestApp::init().with_demo().spawn(backend).await;
    let secretariat = app.sign_in("secretariat").await;
    let (before, queries_before) = inbox_of(&app, "kz.envoy").await;
    for n in 0..6 {
        open_a_round(&app, &secretariat, &format!("Statement number {n}")).await;
    }
    let (after, queries_after) = inbox_of(&app, "kz.envoy").await;

    assert_eq!(
        after.len(),
        before.len() + 6,
        "each new round is in the inbox"
    );
    let needing_kz = after
        .iter()
        .filter(|a| **a == Attention::NeedsYourParty)
        .count();
    assert!(needing_kz >= 6, "{after:?}");
    // SQLite runs each statement on its connection's own thread, outside the inbox's span; the
    // SQL is the same on both backends, so PostgreSQL's count is the one.
    if backend == Backend::Postgres {
        assert!(queries_before > 0, "the counter sees the store's queries");
        assert!(queries_after <= 5, "{queries_after} queries");
        assert_eq!(
            queries_after, queries_before,
            "no query per text or procedure"
        );
        let (_, deputy_queries) = inbox_of(&app, "kz.deputy").await;
        assert!(deputy_queries <= 5, "{deputy_queries} queries for a deputy");
    }
}

both_backends!(the_inbox_takes_the_same_few_queries_however_much_there_is);
