//! The whole journal in order, a page at a time, for `majlis verify`: pages are fetched by
//! keyset (`seq > last`) on the runtime, ahead of the thread that checks them, through a
//! bounded channel, so fetching the next page overlaps checking this one and memory holds at
//! most a few pages whatever the journal's length.

use tokio::sync::mpsc;

use super::journal::JournalRow;
use super::{Store, StoreResult};

/// Pages of journal rows in order, fetched ahead; dropping it stops the fetching.
pub struct JournalPages {
    pages: mpsc::Receiver<StoreResult<Vec<JournalRow>>>,
}

impl JournalPages {
    /// The next page, waiting for it; `None` after the last. For a blocking thread only (it
    /// parks the thread while the page is fetched).
    pub fn next_blocking(&mut self) -> Option<StoreResult<Vec<JournalRow>>> {
        self.pages.blocking_recv()
    }
}

impl Store {
    /// Every journal row in order, in pages of `size` rows, with up to `ahead` pages fetched
    /// before they are asked for. Must be called inside the runtime, which does the fetching.
    pub fn journal_pages(&self, size: i64, ahead: usize) -> JournalPages {
        let (sender, pages) = mpsc::channel(ahead.max(1));
        let store = self.clone();
        tokio::spawn(async move {
            let mut after = 0;
            loop {
                let page = store.journal_rows(None, after, size).await;
                let last = page
                    .as_ref()
                    .ok()
                    .and_then(|rows| rows.last())
                    .map(JournalRow::seq);
                // An empty page is the end; an error ends the pages after it is handed on.
                let Some(last) = last else {
                    if let Err(error) = page {
                        let _ = sender.send(Err(error)).await;
                    }
                    break;
                };
                if sender.send(page).await.is_err() {
                    break; // the checker stopped at a broken entry
                }
                after = last;
            }
        });
        JournalPages { pages }
    }
}
