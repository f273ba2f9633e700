//! Lists kept in join tables (a group's languages, a procedure's members, a text's listed
//! parties, a meeting's guests): read for a whole batch of owners in one query, ordered by
//! owner and position, then handed to each owner, so a list of N records costs two queries,
//! not N + 1.

use std::collections::HashMap;
use std::hash::Hash;

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection, FromRow};

use super::{StoreError, StoreResult};

/// One item of a list and the id of the record that owns it; queries name their columns
/// `owner` and `item`.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Listed<O, T> {
    owner: O,
    item: T,
}

/// The query that reads a batch of lists.
pub(super) type ListQuery<'q, O, T> = QueryAs<'q, Any, Listed<O, T>, AnyArguments<'q>>;

/// The items read for a batch of owners, each owner's in the order the query gave them.
pub(super) struct Lists<O, T>(HashMap<O, Vec<T>>);

impl<O, T> Lists<O, T>
where
    O: Eq + Hash + Send + Unpin,
    T: Send + Unpin,
    Listed<O, T>: for<'r> FromRow<'r, AnyRow>,
{
    /// Runs `query`; an item that no longer reads is `Corrupt` naming `column`, the stored
    /// column behind the `item` alias.
    pub(super) async fn read(
        conn: &mut AnyConnection,
        query: ListQuery<'_, O, T>,
        column: &str,
    ) -> StoreResult<Self> {
        let rows = query.fetch_all(conn).await.map_err(|error| match error {
            sqlx::Error::ColumnDecode { source, .. } => {
                StoreError::Corrupt(format!("{column}: {source}"))
            }
            other => StoreError::from(other),
        })?;
        let mut lists: HashMap<O, Vec<T>> = HashMap::new();
        for Listed { owner, item } in rows {
            lists.entry(owner).or_default().push(item);
        }
        Ok(Lists(lists))
    }

    /// The list of one owner (empty when it has no item).
    pub(super) fn take(&mut self, owner: &O) -> Vec<T> {
        self.0.remove(owner).unwrap_or_default()
    }
}
