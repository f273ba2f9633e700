//! What is particular to SQLite: the file is created on first start, runs in WAL mode with
//! full fsync on commit (a decision must survive a power cut), and enforces foreign keys.

use sqlx::{AnyPool, Executor};

pub(super) async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    let url = with_create_mode(url);
    let pool = super::pool_options()
        .max_connections(8)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                )
                .await?;
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

/// `sqlite://majlis.db` should create the file when it is missing.
fn with_create_mode(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_url_asks_for_creation() {
        assert_eq!(
            with_create_mode("sqlite://majlis.db"),
            "sqlite://majlis.db?mode=rwc"
        );
        assert_eq!(
            with_create_mode("sqlite://a.db?cache=shared"),
            "sqlite://a.db?cache=shared&mode=rwc"
        );
        assert_eq!(
            with_create_mode("sqlite://a.db?mode=ro"),
            "sqlite://a.db?mode=ro"
        );
    }
}
