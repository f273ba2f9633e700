//! The agreements registry: every agreement with its marking; the caller trims to what the
//! reader may see before anything is listed or totalled.

use jiff::civil::Date;
use jiff::Timestamp;

use super::codec::{Day, Micros};
use super::marked::{listed_sql, read_listed, write_listed, MarkingColumns, RecordKind};
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::agreement::{AgreementCount, AgreementStatus};
use crate::domain::figures::{Currency, Money, Source};
use crate::domain::ids::{AgreementId, GroupId, UserId};
use crate::domain::marking::Marking;
use crate::domain::names::{Label, PartyCode};
use crate::domain::track::TrackCode;

#[derive(Debug, Clone)]
pub struct AgreementRecord {
    pub id: AgreementId,
    pub group: GroupId,
    pub title: Label,
    pub party: PartyCode,
    pub counterpart: PartyCode,
    pub track: TrackCode,
    pub signed_on: Date,
    pub place: Label,
    pub count: AgreementCount,
    pub value: Option<Money>,
    pub status: AgreementStatus,
    pub source: Source,
    pub marking: Marking,
    pub recorded_by: UserId,
    pub recorded_at: Timestamp,
}

/// An agreement about to be recorded.
#[derive(Debug, Clone)]
pub struct NewAgreement {
    pub group: GroupId,
    pub title: Label,
    pub party: PartyCode,
    pub counterpart: PartyCode,
    pub track: TrackCode,
    pub signed_on: Date,
    pub place: Label,
    pub count: AgreementCount,
    pub value: Option<Money>,
    pub status: AgreementStatus,
    pub source: Source,
    pub marking: Marking,
    pub recorded_by: UserId,
}

#[derive(sqlx::FromRow)]
struct AgreementRow {
    id: AgreementId,
    group_id: GroupId,
    title: Label,
    party: PartyCode,
    counterpart: PartyCode,
    track: TrackCode,
    signed_on: Day,
    place: Label,
    count: i64,
    amount_minor: Option<i64>,
    currency: Option<Currency>,
    status: AgreementStatus,
    source_citation: String,
    source_url: Option<String>,
    #[sqlx(flatten)]
    marking: MarkingColumns,
    recorded_by: UserId,
    recorded_at: Micros,
}

impl AgreementRow {
    fn into_record(self, listed: Vec<PartyCode>) -> StoreResult<AgreementRecord> {
        let count = AgreementCount::new(self.count)
            .map_err(|e| StoreError::Corrupt(format!("agreements.count: {e}")))?;
        let value = match (self.amount_minor, self.currency) {
            (Some(amount), Some(currency)) => Some(
                Money::new(amount, currency)
                    .map_err(|e| StoreError::Corrupt(format!("agreements.amount_minor: {e}")))?,
            ),
            (None, None) => None,
            _ => {
                return Err(StoreError::Corrupt(
                    "agreements.currency: an amount without its currency, or the reverse".into(),
                ))
            }
        };
        Ok(AgreementRecord {
            id: self.id,
            group: self.group_id,
            title: self.title,
            party: self.party,
            counterpart: self.counterpart,
            track: self.track,
            signed_on: self.signed_on.0,
            place: self.place,
            count,
            value,
            status: self.status,
            source: Source {
                citation: self.source_citation,
                url: self.source_url,
            },
            marking: self.marking.into_marking(listed),
            recorded_by: self.recorded_by,
            recorded_at: self.recorded_at.0,
        })
    }
}

const COLUMNS: &str = "r.id, r.group_id, r.title, r.party, r.counterpart, r.track, r.signed_on, \
     r.place, r.count, r.amount_minor, r.currency, r.status, r.source_citation, r.source_url, \
     r.distribution, r.classification, r.originator, r.recorded_by, r.recorded_at";

impl Store {
    /// Every agreement of the group, latest signed first, marked as recorded: the caller
    /// shows only those the reader may see.
    pub async fn group_agreements(&self, group: GroupId) -> StoreResult<Vec<AgreementRecord>> {
        let mut conn = self.conn().await?;
        let clause = "r.group_id = $1";
        let rows: Vec<AgreementRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM agreements r WHERE {clause} \
             ORDER BY r.signed_on DESC, r.id DESC"
        ))
        .bind(group)
        .fetch_all(&mut *conn)
        .await?;
        let mut listed = read_listed(
            &mut conn,
            sqlx::query_as(&listed_sql(RecordKind::Agreement, clause)).bind(group),
        )
        .await?;
        rows.into_iter()
            .map(|row| {
                let parties = listed.take(&row.id);
                row.into_record(parties)
            })
            .collect()
    }
}

impl WriteTx {
    pub async fn insert_agreement(
        &mut self,
        agreement: &NewAgreement,
        now: Timestamp,
    ) -> StoreResult<AgreementId> {
        let (id,): (AgreementId,) = sqlx::query_as(
            "INSERT INTO agreements (group_id, title, party, counterpart, track, signed_on, \
             place, count, amount_minor, currency, status, source_citation, source_url, \
             distribution, classification, originator, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
             $17, $18) RETURNING id",
        )
        .bind(agreement.group)
        .bind(&agreement.title)
        .bind(&agreement.party)
        .bind(&agreement.counterpart)
        .bind(&agreement.track)
        .bind(Day(agreement.signed_on))
        .bind(&agreement.place)
        .bind(i64::from(agreement.count.get()))
        .bind(agreement.value.map(|v| v.amount_minor))
        .bind(agreement.value.map(|v| v.currency))
        .bind(agreement.status)
        .bind(&agreement.source.citation)
        .bind(&agreement.source.url)
        .bind(agreement.marking.distribution)
        .bind(agreement.marking.classification)
        .bind(&agreement.marking.originator)
        .bind(agreement.recorded_by)
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?;
        write_listed(
            self.conn(),
            RecordKind::Agreement,
            id.get(),
            &agreement.marking,
        )
        .await?;
        Ok(id)
    }
}
