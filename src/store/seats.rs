//! Seats (who sits in which delegation of a group, in what role) and envoys' authorisations
//! of deputies to act for their party until a given time.

use jiff::Timestamp;

use super::codec::Micros;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::ids::{AuthorisationId, GroupId, UserId};
use crate::domain::names::{Label, PartyCode, Username};
use crate::domain::role::{Role, Standing};

/// A person's seat in a group, with the person's names.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeatRecord {
    #[sqlx(rename = "group_id")]
    pub group: GroupId,
    #[sqlx(rename = "user_id")]
    pub user: UserId,
    pub username: Username,
    pub display_name: Label,
    #[sqlx(rename = "party_code")]
    pub party: Option<PartyCode>,
    pub standing: Option<Standing>,
    pub role: Role,
    pub title: String,
}

/// A live authorisation of a deputy, with the people's names.
#[derive(Debug, Clone)]
pub struct AuthorisationRecord {
    pub party: PartyCode,
    pub envoy: Label,
    pub deputy: Label,
    pub valid_until: Timestamp,
}

#[derive(sqlx::FromRow)]
struct AuthorisationRow {
    party_code: PartyCode,
    envoy: Label,
    deputy: Label,
    valid_until: Micros,
}

impl From<AuthorisationRow> for AuthorisationRecord {
    fn from(row: AuthorisationRow) -> Self {
        AuthorisationRecord {
            party: row.party_code,
            envoy: row.envoy,
            deputy: row.deputy,
            valid_until: row.valid_until.0,
        }
    }
}

const SEAT_QUERY: &str = "SELECT s.group_id, s.user_id, u.username, u.display_name, s.party_code, \
     p.standing, s.role, s.title FROM seats s JOIN users u ON u.id = s.user_id \
     LEFT JOIN group_parties p ON p.group_id = s.group_id AND p.code = s.party_code";

impl Store {
    /// Everyone seated in a group, delegation by delegation.
    pub async fn seats_of_group(&self, group: GroupId) -> StoreResult<Vec<SeatRecord>> {
        let mut seats: Vec<SeatRecord> = sqlx::query_as(&format!(
            "{SEAT_QUERY} WHERE s.group_id = $1 ORDER BY s.party_code, u.display_name"
        ))
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        seats.sort_by(|a, b| {
            (&a.party, a.role.precedence(), a.display_name.as_str()).cmp(&(
                &b.party,
                b.role.precedence(),
                b.display_name.as_str(),
            ))
        });
        Ok(seats)
    }

    /// Every seat a user holds, in any group.
    pub async fn seats_of_user(&self, user: UserId) -> StoreResult<Vec<SeatRecord>> {
        Ok(
            sqlx::query_as(&format!("{SEAT_QUERY} WHERE s.user_id = $1"))
                .bind(user)
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// The latest instant until which `deputy` may act for `party`, if authorised now. An
    /// authorisation speaks for the party whose envoy gave it, and for no other: a deputy who
    /// later sits for another party brings no authority with them.
    pub async fn authorised_until(
        &self,
        group: GroupId,
        party: &PartyCode,
        deputy: UserId,
        now: Timestamp,
    ) -> StoreResult<Option<Timestamp>> {
        let until: Option<Micros> = sqlx::query_scalar(
            "SELECT MAX(valid_until) FROM authorisations \
             WHERE group_id = $1 AND party_code = $2 AND deputy_id = $3 AND valid_until > $4",
        )
        .bind(group)
        .bind(party)
        .bind(deputy)
        .bind(Micros(now))
        .fetch_one(self.pool())
        .await?;
        Ok(until.map(|at| at.0))
    }

    /// The groups and parties `deputy` is authorised to speak for at `now`, in every group.
    pub async fn authorised_parties(
        &self,
        deputy: UserId,
        now: Timestamp,
    ) -> StoreResult<Vec<(GroupId, PartyCode)>> {
        Ok(sqlx::query_as(
            "SELECT DISTINCT group_id, party_code FROM authorisations \
             WHERE deputy_id = $1 AND valid_until > $2",
        )
        .bind(deputy)
        .bind(Micros(now))
        .fetch_all(self.pool())
        .await?)
    }

    /// Every authorisation of a group, live or lapsed, soonest to end first: what a reader
    /// filters by the time of its own request (`app::cache` keeps it across requests).
    pub async fn authorisations_of_group(
        &self,
        group: GroupId,
    ) -> StoreResult<Vec<AuthorisationRecord>> {
        let rows: Vec<AuthorisationRow> = sqlx::query_as(
            "SELECT a.party_code, e.display_name AS envoy, d.display_name AS deputy, \
             a.valid_until FROM authorisations a JOIN users e ON e.id = a.envoy_id \
             JOIN users d ON d.id = a.deputy_id \
             WHERE a.group_id = $1 ORDER BY a.valid_until",
        )
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(AuthorisationRecord::from).collect())
    }

    /// Authorisations still in force at `now`, soonest to end first.
    pub async fn live_authorisations(
        &self,
        group: GroupId,
        now: Timestamp,
    ) -> StoreResult<Vec<AuthorisationRecord>> {
        let rows: Vec<AuthorisationRow> = sqlx::query_as(
            "SELECT a.party_code, e.display_name AS envoy, d.display_name AS deputy, \
             a.valid_until FROM authorisations a JOIN users e ON e.id = a.envoy_id \
             JOIN users d ON d.id = a.deputy_id \
             WHERE a.group_id = $1 AND a.valid_until > $2 ORDER BY a.valid_until",
        )
        .bind(group)
        .bind(Micros(now))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.into_iter().map(AuthorisationRecord::from).collect())
    }
}

impl WriteTx {
    pub async fn insert_seat(
        &mut self,
        group: GroupId,
        user: UserId,
        party: Option<&PartyCode>,
        role: Role,
        title: &str,
        now: Timestamp,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO seats (group_id, user_id, party_code, role, title, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(group)
        .bind(user)
        .bind(party.cloned())
        .bind(role)
        .bind(title)
        .bind(Micros(now))
        .execute(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-seat-exists"),
            )
        })?;
        Ok(())
    }

    pub async fn delete_seat(&mut self, group: GroupId, user: UserId) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM seats WHERE group_id = $1 AND user_id = $2")
            .bind(group)
            .bind(user)
            .execute(self.conn())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    pub async fn insert_authorisation(
        &mut self,
        group: GroupId,
        party: &PartyCode,
        envoy: UserId,
        deputy: UserId,
        valid_until: Timestamp,
        now: Timestamp,
    ) -> StoreResult<AuthorisationId> {
        Ok(sqlx::query_scalar(
            "INSERT INTO authorisations (group_id, party_code, envoy_id, deputy_id, valid_until, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(group)
        .bind(party)
        .bind(envoy)
        .bind(deputy)
        .bind(Micros(valid_until))
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await?)
    }
}
