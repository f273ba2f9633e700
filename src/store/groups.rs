//! Groups with their parties, working languages, rotation and settings. A group is read with
//! its lists in three queries whatever the number of groups (see `lists.rs`).

use jiff::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::{Any, AnyConnection};

use super::codec::{Count, Micros};
use super::lists::Lists;
use super::{Store, StoreError, StoreResult, WriteTx};
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::ids::GroupId;
use crate::domain::names::{GroupCode, Label, PartyCode};
use crate::domain::role::Standing;
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

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: GroupId,
    code: GroupCode,
    name: Label,
    time_zone: ZoneName,
    quorum: Option<Count>,
    min_silence_hours: Count,
}

impl GroupRow {
    /// The record, with its parties (by code) and rotation taken from `parties`, which may
    /// hold other groups' parties too.
    fn into_record(self, parties: &[PartyRow], languages: Vec<Label>) -> GroupRecord {
        let of_group = parties.iter().filter(|party| party.group_id == self.id);
        let mut rotation: Vec<(i64, PartyCode)> = of_group
            .clone()
            .filter_map(|p| p.rotation_position.map(|at| (at, p.code.clone())))
            .collect();
        rotation.sort();
        GroupRecord {
            id: self.id,
            code: self.code,
            name: self.name,
            languages,
            time_zone: self.time_zone,
            settings: GroupSettings {
                quorum: self.quorum.map(|q| q.0),
                min_silence_hours: self.min_silence_hours.0,
            },
            parties: of_group
                .map(|p| GroupParty {
                    code: p.code.clone(),
                    name: p.name.clone(),
                    standing: p.standing,
                })
                .collect(),
            rotation: rotation.into_iter().map(|(_, code)| code).collect(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct PartyRow {
    group_id: GroupId,
    code: PartyCode,
    name: Label,
    standing: Standing,
    rotation_position: Option<i64>,
}

/// Which groups a read is for; each is one `WHERE` clause over `groups g`.
enum Which<'a> {
    Id(GroupId),
    Code(&'a GroupCode),
    All,
}

impl Which<'_> {
    fn clause(&self) -> &'static str {
        match self {
            Which::Id(_) => "g.id = $1",
            Which::Code(_) => "g.code = $1",
            Which::All => "1 = 1",
        }
    }

    fn bind<'q, O>(
        &self,
        query: QueryAs<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        match *self {
            Which::Id(id) => query.bind(id),
            Which::Code(code) => query.bind(code.clone()),
            Which::All => query,
        }
    }
}

/// The groups `which` names, by code, each with its parties (by code), rotation and
/// languages (in the order recorded).
async fn groups_where(conn: &mut AnyConnection, which: Which<'_>) -> StoreResult<Vec<GroupRecord>> {
    let clause = which.clause();
    let rows: Vec<GroupRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT g.id, g.code, g.name, g.time_zone, g.quorum, g.min_silence_hours \
             FROM groups g WHERE {clause} ORDER BY g.code"
        )))
        .fetch_all(&mut *conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let parties: Vec<PartyRow> = which
        .bind(sqlx::query_as(&format!(
            "SELECT p.group_id, p.code, p.name, p.standing, p.rotation_position \
             FROM group_parties p JOIN groups g ON g.id = p.group_id WHERE {clause} \
             ORDER BY p.group_id, p.code"
        )))
        .fetch_all(&mut *conn)
        .await?;
    let mut languages: Lists<GroupId, Label> = Lists::read(
        &mut *conn,
        which.bind(sqlx::query_as(&format!(
            "SELECT l.group_id AS owner, l.language AS item FROM group_languages l \
             JOIN groups g ON g.id = l.group_id WHERE {clause} \
             ORDER BY l.group_id, l.position"
        ))),
        "group_languages.language",
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let of_group = languages.take(&row.id);
            row.into_record(&parties, of_group)
        })
        .collect())
}

impl Store {
    pub async fn group_by_code(&self, code: &GroupCode) -> StoreResult<Option<GroupRecord>> {
        let groups = groups_where(&mut *self.conn().await?, Which::Code(code)).await?;
        Ok(groups.into_iter().next())
    }

    pub async fn group_by_id(&self, id: GroupId) -> StoreResult<GroupRecord> {
        let groups = groups_where(&mut *self.conn().await?, Which::Id(id)).await?;
        groups.into_iter().next().ok_or(StoreError::NotFound)
    }

    pub async fn groups(&self) -> StoreResult<Vec<GroupRecord>> {
        groups_where(&mut *self.conn().await?, Which::All).await
    }
}

impl WriteTx {
    pub async fn insert_group(
        &mut self,
        charter: &GroupCharter,
        now: Timestamp,
    ) -> StoreResult<GroupId> {
        let id: GroupId = sqlx::query_scalar(
            "INSERT INTO groups (code, name, time_zone, quorum, min_silence_hours, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&charter.code)
        .bind(&charter.name)
        .bind(&charter.time_zone)
        .bind(charter.settings.quorum.map(Count))
        .bind(Count(charter.settings.min_silence_hours))
        .bind(Micros(now))
        .fetch_one(self.conn())
        .await
        .map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-group-code-taken"),
            )
        })?;
        for (position, language) in charter.languages.iter().enumerate() {
            sqlx::query(
                "INSERT INTO group_languages (group_id, position, language) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(language)
            .execute(self.conn())
            .await?;
        }
        for party in &charter.parties {
            let position = charter
                .rotation
                .iter()
                .position(|code| code == &party.code)
                .map(|p| p as i64);
            self.insert_party(id, party, position).await?;
        }
        Ok(id)
    }

    /// Adds a party to a founded group, outside the rotation (an observer or a guest).
    pub async fn insert_group_party(
        &mut self,
        group: GroupId,
        party: &GroupParty,
    ) -> StoreResult<()> {
        self.insert_party(group, party, None).await.map_err(|e| {
            StoreError::unique(
                e,
                crate::domain::message::Message::new("error-conflict-party-in-group"),
            )
        })
    }

    async fn insert_party(
        &mut self,
        group: GroupId,
        party: &GroupParty,
        rotation_position: Option<i64>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO group_parties (group_id, code, name, standing, rotation_position) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(group)
        .bind(&party.code)
        .bind(&party.name)
        .bind(party.standing)
        .bind(rotation_position)
        .execute(self.conn())
        .await?;
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
        .bind(name)
        .bind(settings.quorum.map(Count))
        .bind(Count(settings.min_silence_hours))
        .bind(group)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
