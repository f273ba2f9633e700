//! Groups with their parties, rotation and settings; seats (who sits in which delegation);
//! envoys' authorisations of deputies.

use super::{decode, Store, StoreError, StoreResult, WriteTx};
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::ids::{GroupId, UserId};
use crate::domain::names::{GroupCode, Label, PartyCode, Username};
use crate::domain::role::{Role, Standing};
use crate::domain::time::ZoneName;

#[derive(Debug, Clone)]
pub struct GroupRecord {
    pub id: GroupId,
    pub code: GroupCode,
    pub name: Label,
    pub languages: Vec<Label>,
    pub time_zone: ZoneName,
    pub settings: GroupSettings,
    pub parties: Vec<GroupParty>,
    pub rotation: Vec<PartyCode>,
}

impl GroupRecord {
    pub fn party(&self, code: &PartyCode) -> Option<&GroupParty> {
        self.parties.iter().find(|party| &party.code == code)
    }

    pub fn parties_with(&self, standing: Standing) -> impl Iterator<Item = &GroupParty> {
        self.parties
            .iter()
            .filter(move |party| party.standing == standing)
    }

    pub fn member_count(&self) -> usize {
        self.parties_with(Standing::Member).count()
    }
}

/// A person's seat in a group, with the person's names.
#[derive(Debug, Clone)]
pub struct SeatRecord {
    pub group: GroupId,
    pub user: UserId,
    pub username: Username,
    pub display_name: Label,
    pub party: Option<PartyCode>,
    pub standing: Option<Standing>,
    pub role: Role,
    pub title: String,
}

/// Languages are stored one per line; a `Label` cannot contain a newline.
const LANGUAGE_SEPARATOR: char = '\n';

type GroupRow = (i64, String, String, String, String, Option<i64>, i64);
type PartyRow = (String, String, String, Option<i64>);
type SeatRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

const SEAT_QUERY: &str = "SELECT s.group_id, s.user_id, u.username, u.display_name, s.party_code, \
     p.standing, s.role, s.title FROM seats s JOIN users u ON u.id = s.user_id \
     LEFT JOIN group_parties p ON p.group_id = s.group_id AND p.code = s.party_code";

fn seat(row: SeatRow) -> StoreResult<SeatRecord> {
    let (group, user, username, display_name, party, standing, role, title) = row;
    Ok(SeatRecord {
        group: GroupId::new(group),
        user: UserId::new(user),
        username: decode(Username::parse(&username), "username")?,
        display_name: decode(Label::from_record(&display_name), "display name")?,
        party: party
            .map(|code| decode(PartyCode::parse(&code), "party"))
            .transpose()?,
        standing: standing
            .map(|text| decode(text.parse::<Standing>(), "standing"))
            .transpose()?,
        role: decode(role.parse(), "role")?,
        title,
    })
}

impl Store {
    pub async fn group_by_code(&self, code: &GroupCode) -> StoreResult<Option<GroupRecord>> {
        let row: Option<GroupRow> = sqlx::query_as(
            "SELECT id, code, name, languages, time_zone, quorum, min_silence_hours \
             FROM groups WHERE code = $1",
        )
        .bind(code.as_str())
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some(self.group_record(row).await?)),
            None => Ok(None),
        }
    }

    pub async fn group_by_id(&self, id: GroupId) -> StoreResult<GroupRecord> {
        let row: Option<GroupRow> = sqlx::query_as(
            "SELECT id, code, name, languages, time_zone, quorum, min_silence_hours \
             FROM groups WHERE id = $1",
        )
        .bind(id.get())
        .fetch_optional(self.pool())
        .await?;
        self.group_record(row.ok_or(StoreError::NotFound)?).await
    }

    pub async fn groups(&self) -> StoreResult<Vec<GroupRecord>> {
        let rows: Vec<GroupRow> = sqlx::query_as(
            "SELECT id, code, name, languages, time_zone, quorum, min_silence_hours \
             FROM groups ORDER BY code",
        )
        .fetch_all(self.pool())
        .await?;
        let mut groups = Vec::with_capacity(rows.len());
        for row in rows {
            groups.push(self.group_record(row).await?);
        }
        Ok(groups)
    }

    async fn group_record(&self, row: GroupRow) -> StoreResult<GroupRecord> {
        let (id, code, name, languages, zone, quorum, min_silence_hours) = row;
        let parties: Vec<PartyRow> = sqlx::query_as(
            "SELECT code, name, standing, rotation_position FROM group_parties \
             WHERE group_id = $1 ORDER BY code",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let mut rotation: Vec<(i64, PartyCode)> = Vec::new();
        let mut group_parties = Vec::with_capacity(parties.len());
        for (party_code, party_name, standing, position) in parties {
            let party_code = decode(PartyCode::parse(&party_code), "party code")?;
            if let Some(position) = position {
                rotation.push((position, party_code.clone()));
            }
            group_parties.push(GroupParty {
                code: party_code,
                name: decode(Label::from_record(&party_name), "party name")?,
                standing: decode(standing.parse(), "standing")?,
            });
        }
        rotation.sort();
        Ok(GroupRecord {
            id: GroupId::new(id),
            code: decode(GroupCode::parse(&code), "group code")?,
            name: decode(Label::from_record(&name), "group name")?,
            languages: languages
                .split(LANGUAGE_SEPARATOR)
                .map(|language| decode(Label::from_record(language), "language"))
                .collect::<StoreResult<_>>()?,
            time_zone: decode(ZoneName::parse(&zone), "time zone")?,
            settings: GroupSettings {
                quorum: quorum
                    .map(|q| decode(u32::try_from(q), "quorum"))
                    .transpose()?,
                min_silence_hours: decode(u32::try_from(min_silence_hours), "silence hours")?,
            },
            parties: group_parties,
            rotation: rotation.into_iter().map(|(_, code)| code).collect(),
        })
    }

    /// Everyone seated in a group, delegation by delegation.
    pub async fn seats_of_group(&self, group: GroupId) -> StoreResult<Vec<SeatRecord>> {
        let rows: Vec<SeatRow> = sqlx::query_as(&format!(
            "{SEAT_QUERY} WHERE s.group_id = $1 ORDER BY s.party_code, u.display_name"
        ))
        .bind(group.get())
        .fetch_all(self.pool())
        .await?;
        let mut seats: Vec<SeatRecord> = rows.into_iter().map(seat).collect::<StoreResult<_>>()?;
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
        let rows: Vec<SeatRow> = sqlx::query_as(&format!("{SEAT_QUERY} WHERE s.user_id = $1"))
            .bind(user.get())
            .fetch_all(self.pool())
            .await?;
        rows.into_iter().map(seat).collect()
    }

    /// The latest instant until which `deputy` may act for `party`, if authorised now. An
    /// authorisation speaks for the party whose envoy gave it, and for no other: a deputy who
    /// later sits for another party brings no authority with them.
    pub async fn authorised_until(
        &self,
        group: GroupId,
        party: &PartyCode,
        deputy: UserId,
        now_micros: i64,
    ) -> StoreResult<Option<i64>> {
        let row: (Option<i64>,) = sqlx::query_as(
            "SELECT MAX(valid_until) FROM authorisations \
             WHERE group_id = $1 AND party_code = $2 AND deputy_id = $3 AND valid_until > $4",
        )
        .bind(group.get())
        .bind(party.as_str())
        .bind(deputy.get())
        .bind(now_micros)
        .fetch_one(self.pool())
        .await?;
        Ok(row.0)
    }
}

/// A live authorisation of a deputy, with the people's names.
#[derive(Debug, Clone)]
pub struct AuthorisationRecord {
    pub party: PartyCode,
    pub envoy: Label,
    pub deputy: Label,
    pub valid_until_micros: i64,
}

impl Store {
    /// Authorisations still in force at `now`, soonest to end first.
    pub async fn live_authorisations(
        &self,
        group: GroupId,
        now_micros: i64,
    ) -> StoreResult<Vec<AuthorisationRecord>> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT a.party_code, e.display_name, d.display_name, a.valid_until \
             FROM authorisations a JOIN users e ON e.id = a.envoy_id JOIN users d ON d.id = a.deputy_id \
             WHERE a.group_id = $1 AND a.valid_until > $2 ORDER BY a.valid_until",
        )
        .bind(group.get())
        .bind(now_micros)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(party, envoy, deputy, until)| {
                Ok(AuthorisationRecord {
                    party: decode(PartyCode::parse(&party), "party")?,
                    envoy: decode(Label::from_record(&envoy), "envoy")?,
                    deputy: decode(Label::from_record(&deputy), "deputy")?,
                    valid_until_micros: until,
                })
            })
            .collect()
    }
}

impl WriteTx {
    pub async fn insert_group(
        &mut self,
        charter: &GroupCharter,
        now_micros: i64,
    ) -> StoreResult<GroupId> {
        let languages: Vec<&str> = charter.languages.iter().map(Label::as_str).collect();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO groups (code, name, languages, time_zone, quorum, min_silence_hours, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(charter.code.as_str())
        .bind(charter.name.as_str())
        .bind(languages.join(&LANGUAGE_SEPARATOR.to_string()))
        .bind(charter.time_zone.as_str())
        .bind(charter.settings.quorum.map(i64::from))
        .bind(i64::from(charter.settings.min_silence_hours))
        .bind(now_micros)
        .fetch_one(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "a group with this code already exists"))?;
        for party in &charter.parties {
            let position = charter
                .rotation
                .iter()
                .position(|code| code == &party.code)
                .map(|p| p as i64);
            sqlx::query(
                "INSERT INTO group_parties (group_id, code, name, standing, rotation_position) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(party.code.as_str())
            .bind(party.name.as_str())
            .bind(party.standing.as_str())
            .bind(position)
            .execute(self.conn())
            .await?;
        }
        Ok(GroupId::new(id))
    }

    /// Adds a party to a founded group, outside the rotation (an observer or a guest).
    pub async fn insert_group_party(
        &mut self,
        group: GroupId,
        party: &GroupParty,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO group_parties (group_id, code, name, standing, rotation_position) \
             VALUES ($1, $2, $3, $4, NULL)",
        )
        .bind(group.get())
        .bind(party.code.as_str())
        .bind(party.name.as_str())
        .bind(party.standing.as_str())
        .execute(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "this party is already in the group"))?;
        Ok(())
    }

    pub async fn update_group_settings(
        &mut self,
        group: GroupId,
        name: &Label,
        settings: GroupSettings,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE groups SET name = $1, quorum = $2, min_silence_hours = $3 WHERE id = $4",
        )
        .bind(name.as_str())
        .bind(settings.quorum.map(i64::from))
        .bind(i64::from(settings.min_silence_hours))
        .bind(group.get())
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn insert_seat(
        &mut self,
        group: GroupId,
        user: UserId,
        party: Option<&PartyCode>,
        role: Role,
        title: &str,
        now_micros: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO seats (group_id, user_id, party_code, role, title, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(group.get())
        .bind(user.get())
        .bind(party.map(|p| p.as_str().to_owned()))
        .bind(role.as_str())
        .bind(title)
        .bind(now_micros)
        .execute(self.conn())
        .await
        .map_err(|e| StoreError::unique(e, "this person already has a seat in the group"))?;
        Ok(())
    }

    pub async fn delete_seat(&mut self, group: GroupId, user: UserId) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM seats WHERE group_id = $1 AND user_id = $2")
            .bind(group.get())
            .bind(user.get())
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
        valid_until_micros: i64,
        now_micros: i64,
    ) -> StoreResult<i64> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO authorisations (group_id, party_code, envoy_id, deputy_id, valid_until, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(group.get())
        .bind(party.as_str())
        .bind(envoy.get())
        .bind(deputy.get())
        .bind(valid_until_micros)
        .bind(now_micros)
        .fetch_one(self.conn())
        .await?;
        Ok(id)
    }
}
