//! The markings of follow-through records (action lines, agreements, observations,
//! engagements) and of papers: each record's table holds its distribution, classification and originator,
//! and the parties a `listed` marking names are rows of `record_listed`, written with the
//! record and read for a whole batch of records in one query.

use sqlx::AnyConnection;

use super::lists::{ListQuery, Lists};
use super::StoreResult;
use crate::domain::marking::{Classification, Distribution, Marking};
use crate::domain::names::PartyCode;

/// Which table a marked record lives in; `record_listed.kind` holds the table's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RecordKind {
    Agreement,
    Observation,
    Engagement,
    ActionLine,
    Paper,
}

impl RecordKind {
    pub(super) fn table(self) -> &'static str {
        match self {
            RecordKind::Agreement => "agreements",
            RecordKind::Observation => "observations",
            RecordKind::Engagement => "engagements",
            RecordKind::ActionLine => "action_lines",
            RecordKind::Paper => "papers",
        }
    }
}

/// A record's marking columns, as a row struct flattens them.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct MarkingColumns {
    pub distribution: Distribution,
    pub classification: Classification,
    pub originator: Option<PartyCode>,
}

impl MarkingColumns {
    pub(super) fn into_marking(self, listed: Vec<PartyCode>) -> Marking {
        Marking {
            distribution: self.distribution,
            classification: self.classification,
            originator: self.originator,
            listed,
            lists_secretariat: false,
        }
    }
}

/// Writes the parties `marking` lists for the record `id` of `kind`.
pub(super) async fn write_listed(
    conn: &mut AnyConnection,
    kind: RecordKind,
    id: i64,
    marking: &Marking,
) -> StoreResult<()> {
    for (position, party) in marking.listed.iter().enumerate() {
        sqlx::query(
            "INSERT INTO record_listed (kind, record_id, position, party_code) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(kind.table())
        .bind(id)
        .bind(position as i64)
        .bind(party)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Replaces a record's distribution, classification and listed parties (a widening).
pub(super) async fn set_marking(
    conn: &mut AnyConnection,
    kind: RecordKind,
    id: i64,
    marking: &Marking,
) -> StoreResult<()> {
    sqlx::query(&format!(
        "UPDATE {} SET distribution = $1, classification = $2 WHERE id = $3",
        kind.table()
    ))
    .bind(marking.distribution)
    .bind(marking.classification)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM record_listed WHERE kind = $1 AND record_id = $2")
        .bind(kind.table())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    write_listed(conn, kind, id, marking).await
}

/// The SQL that reads the listed parties of the records of `kind` that `clause` selects from
/// the record's table under the alias `r`; binds are the clause's own.
pub(super) fn listed_sql(kind: RecordKind, clause: &str) -> String {
    format!(
        "SELECT l.record_id AS owner, l.party_code AS item FROM record_listed l \
         JOIN {table} r ON r.id = l.record_id AND l.kind = '{table}' WHERE {clause} \
         ORDER BY l.record_id, l.position",
        table = kind.table()
    )
}

/// Runs a query built on [`listed_sql`].
pub(super) async fn read_listed<O>(
    conn: &mut AnyConnection,
    query: ListQuery<'_, O, PartyCode>,
) -> StoreResult<Lists<O, PartyCode>>
where
    O: Eq + std::hash::Hash + Send + Unpin,
    super::lists::Listed<O, PartyCode>: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>,
{
    Lists::read(conn, query, "record_listed.party_code").await
}
