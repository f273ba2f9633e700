//! A decision's evidence: the journal entries that opened, recorded and closed its procedure
//! (and made its text), with the chain links from the first of them to the head, so that anyone
//! can check the decision offline (`majlis verify-decision`).

use super::DecisionDetail;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::evidence::Link;
use crate::domain::ids::DecisionId;
use crate::domain::journal::{Entry, Hash32, ObjectRef};

/// What the evidence bundle of a decision holds.
pub struct Evidence {
    pub decision: DecisionDetail,
    pub entries: Vec<Entry>,
    pub links: Vec<Link>,
}

impl App {
    /// The evidence of a decision the caller may see.
    pub async fn decision_evidence(&self, caller: &Caller, id: DecisionId) -> AppResult<Evidence> {
        let decision = self.decision_detail(caller, id).await?;
        let procedure = &decision.procedure;
        let objects = [
            ObjectRef::Procedure(procedure.procedure.id),
            ObjectRef::Text(procedure.text.id),
        ];
        let rows = self.store.journal_rows_about(&objects).await?;
        let head = self.store.journal_head().await?;
        let first = rows.first().map(|r| r.seq()).unwrap_or(head.seq);
        // An entry that cannot be read back is a damaged journal, never left out quietly.
        let entries = rows
            .iter()
            .map(|row| row.entry())
            .collect::<Result<Vec<Entry>, String>>()
            .map_err(|error| AppError::Internal(anyhow::anyhow!("journal entry: {error}")))?;
        let links = self
            .store
            .journal_links(first, head.seq)
            .await?
            .into_iter()
            .map(|(seq, prev_hash, hash)| {
                match (Hash32::from_hex(&prev_hash), Hash32::from_hex(&hash)) {
                    (Some(prev_hash), Some(hash)) => Ok(Link {
                        seq,
                        prev_hash,
                        hash,
                    }),
                    _ => Err(AppError::Internal(anyhow::anyhow!(
                        "journal entry {seq} has a malformed hash"
                    ))),
                }
            })
            .collect::<AppResult<Vec<Link>>>()?;
        Ok(Evidence {
            decision,
            entries,
            links,
        })
    }
}
