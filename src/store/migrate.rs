//! Schema migrations: one plain SQL tree per backend with the same file names, embedded in
//! the binary and applied in order, each in its own transaction, at start.

use sqlx::{AnyPool, Executor};

use super::codec::Micros;
use super::Backend;

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_foundation",
        sqlite: include_str!("../../migrations/sqlite/0001_foundation.sql"),
        postgres: include_str!("../../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "0002_texts",
        sqlite: include_str!("../../migrations/sqlite/0002_texts.sql"),
        postgres: include_str!("../../migrations/postgres/0002_texts.sql"),
    },
    Migration {
        version: 3,
        name: "0003_sessions",
        sqlite: include_str!("../../migrations/sqlite/0003_sessions.sql"),
        postgres: include_str!("../../migrations/postgres/0003_sessions.sql"),
    },
    Migration {
        version: 4,
        name: "0004_signing_key",
        sqlite: include_str!("../../migrations/sqlite/0004_signing_key.sql"),
        postgres: include_str!("../../migrations/postgres/0004_signing_key.sql"),
    },
    Migration {
        version: 5,
        name: "0005_credentials",
        sqlite: include_str!("../../migrations/sqlite/0005_credentials.sql"),
        postgres: include_str!("../../migrations/postgres/0005_credentials.sql"),
    },
    Migration {
        version: 6,
        name: "0006_lists",
        sqlite: include_str!("../../migrations/sqlite/0006_lists.sql"),
        postgres: include_str!("../../migrations/postgres/0006_lists.sql"),
    },
    Migration {
        version: 7,
        name: "0007_journal_signing_key",
        sqlite: include_str!("../../migrations/sqlite/0007_journal_signing_key.sql"),
        postgres: include_str!("../../migrations/postgres/0007_journal_signing_key.sql"),
    },
    Migration {
        version: 8,
        name: "0008_journal_object",
        sqlite: include_str!("../../migrations/sqlite/0008_journal_object.sql"),
        postgres: include_str!("../../migrations/postgres/0008_journal_object.sql"),
    },
    Migration {
        version: 9,
        name: "0009_followup",
        sqlite: include_str!("../../migrations/sqlite/0009_followup.sql"),
        postgres: include_str!("../../migrations/postgres/0009_followup.sql"),
    },
    Migration {
        version: 10,
        name: "0010_recorded_later",
        sqlite: include_str!("../../migrations/sqlite/0010_recorded_later.sql"),
        postgres: include_str!("../../migrations/postgres/0010_recorded_later.sql"),
    },
    Migration {
        version: 11,
        name: "0011_language",
        sqlite: include_str!("../../migrations/sqlite/0011_language.sql"),
        postgres: include_str!("../../migrations/postgres/0011_language.sql"),
    },
    Migration {
        version: 12,
        name: "0012_papers",
        sqlite: include_str!("../../migrations/sqlite/0012_papers.sql"),
        postgres: include_str!("../../migrations/postgres/0012_papers.sql"),
    },
    Migration {
        version: 13,
        name: "0013_comments",
        sqlite: include_str!("../../migrations/sqlite/0013_comments.sql"),
        postgres: include_str!("../../migrations/postgres/0013_comments.sql"),
    },
    Migration {
        version: 14,
        name: "0014_mail",
        sqlite: include_str!("../../migrations/sqlite/0014_mail.sql"),
        postgres: include_str!("../../migrations/postgres/0014_mail.sql"),
    },
];

/// Applies the migrations not yet applied, up to and including `up_to`; returns the names of
/// those it applied.
pub(super) async fn run(
    pool: &AnyPool,
    backend: Backend,
    up_to: i64,
) -> anyhow::Result<Vec<String>> {
    pool.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .await?;
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations")
        .fetch_all(pool)
        .await?;
    let mut done = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| m.version <= up_to) {
        if applied.contains(&migration.version) {
            continue;
        }
        let sql = match backend {
            Backend::Sqlite => migration.sqlite,
            Backend::Postgres => migration.postgres,
        };
        let mut tx = pool.begin().await?;
        tx.execute(sql).await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(migration.version)
        .bind(migration.name)
        .bind(Micros(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        done.push(migration.name.to_owned());
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    fn names(dir: &str) -> BTreeSet<String> {
        std::fs::read_dir(format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
            .expect("migration folder exists")
            .map(|entry| {
                entry
                    .expect("readable")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }

    #[test]
    fn both_backends_have_the_same_migrations_and_all_are_embedded() {
        let sqlite = names("sqlite");
        assert_eq!(sqlite, names("postgres"));
        let embedded: BTreeSet<String> = super::MIGRATIONS
            .iter()
            .map(|m| format!("{}.sql", m.name))
            .collect();
        assert_eq!(sqlite, embedded);
    }
}
