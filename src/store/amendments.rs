//! Amendments a party proposes to a version of a text, and how each was settled.

use jiff::Timestamp;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{AmendmentId, TextId, UserId};
use crate::domain::names::PartyCode;

/// Where an amendment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmendmentState {
    Proposed,
    Incorporated,
    Declined,
}

impl AmendmentState {
    pub fn as_str(self) -> &'static str {
        match self {
            AmendmentState::Proposed => "proposed",
            AmendmentState::Incorporated => "incorporated",
            AmendmentState::Declined => "declined",
        }
    }
}

impl std::str::FromStr for AmendmentState {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "proposed" => Ok(AmendmentState::Proposed),
            "incorporated" => Ok(AmendmentState::Incorporated),
            "declined" => Ok(AmendmentState::Declined),
            other => Err(format!("unknown amendment state {other}")),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AmendmentRecord {
    pub id: AmendmentId,
    #[sqlx(rename = "text_id")]
    pub text: TextId,
    pub version_number: i64,
    pub party: PartyCode,
    pub passage: String,
    pub replacement: String,
    pub reason: String,
    pub state: AmendmentState,
    pub answer: String,
    pub incorporated_in: Option<i64>,
}

impl Store {
    pub async fn amendments(&self, text: TextId) -> StoreResult<Vec<AmendmentRecord>> {
        Ok(sqlx::query_as(
            "SELECT id, text_id, version_number, party, passage, replacement, reason, state, \
             answer, incorporated_in FROM amendments WHERE text_id = $1 ORDER BY id",
        )
        .bind(text)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn amendment_text(&self, id: AmendmentId) -> StoreResult<TextId> {
        let text: Option<TextId> =
            sqlx::query_scalar("SELECT text_id FROM amendments WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        text.ok_or(StoreError::NotFound)
    }
}

impl WriteTx {
    pub async fn insert_amendment(
        &mut self,
        amendment: &AmendmentRecord,
        proposed_by: UserId,
        now: Timestamp,
    ) -> StoreResult<AmendmentId> {
        Ok(sqlx::query_scalar(
            "INSERT INTO amendments (text_id, version_number, party, passage, replacement, reason, \
             state, proposed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
        )
        .bind(amendment.text)
        .bind(amendment.version_number)
        .bind(&amendment.party)
        .bind(amendment.passage.as_str())
        .bind(amendment.replacement.as_str())
        .bind(amendment.reason.as_str())
        .bind(AmendmentState::Proposed)
        .bind(proposed_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?)
    }

    /// Settles a proposed amendment; refuses (conflict) one already settled.
    pub async fn settle_amendment(
        &mut self,
        id: AmendmentId,
        state: AmendmentState,
        answer: &str,
        incorporated_in: Option<i64>,
    ) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE amendments SET state = $1, answer = $2, incorporated_in = $3 \
             WHERE id = $4 AND state = $5",
        )
        .bind(state)
        .bind(answer)
        .bind(incorporated_in)
        .bind(id)
        .bind(AmendmentState::Proposed)
        .execute(self.conn())
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::Conflict(crate::domain::message::Message::new(
                "error-conflict-amendment-settled",
            )));
        }
        Ok(())
    }
}
