//! What a person's inbox is made of, read for all their groups at once: every procedure with
//! its text, its group's code and the party presiding now, and every event recorded in them.
//! Four queries however many groups, texts and procedures there are; the use case decides
//! what the reader may see and what needs them.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::codec::{Count, Flag, Micros};
use super::events::EventRow;
use super::lists::Lists;
use super::procedures::ProcedureRow;
use super::texts::TextRow;
use super::{EventRecord, ProcedureRecord, Store, StoreResult, TextRecord};
use crate::domain::document::{LanguageTag, TextKind};
use crate::domain::ids::{GroupId, MeetingId, ProcedureId, TextId, UserId};
use crate::domain::journal::Hash32;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::meeting::MeetingStatus;
use crate::domain::names::{GroupCode, Label, PartyCode};
use crate::domain::procedure::{OutcomeKind, ProcedureKind};

/// One procedure of one of the person's groups, with what the inbox shows of it.
#[derive(Debug, Clone)]
pub struct InboxRecord {
    pub group_code: GroupCode,
    /// The chair of the group's latest meeting that has begun, else the first of its rotation.
    pub chair_now: Option<PartyCode>,
    pub text: TextRecord,
    pub procedure: ProcedureRecord,
    pub events: Vec<EventRecord>,
}

/// The procedures of the groups `$1` has a seat in, with their text and group.
const THE_PERSONS_PROCEDURES: &str =
    "p.group_id IN (SELECT s.group_id FROM seats s WHERE s.user_id = $1)";

#[derive(sqlx::FromRow)]
struct Row {
    p_id: ProcedureId,
    p_group_id: GroupId,
    p_text_id: TextId,
    p_version_number: i64,
    p_hash: Hash32,
    p_kind: ProcedureKind,
    p_quorum: Count,
    p_opened_at: Micros,
    p_deadline: Micros,
    p_chair: PartyCode,
    p_meeting_id: Option<MeetingId>,
    p_outcome: Option<OutcomeKind>,
    p_parent_id: Option<ProcedureId>,
    p_opened_by: UserId,
    t_title: Label,
    t_kind: TextKind,
    t_language: LanguageTag,
    t_distribution: Distribution,
    t_classification: Classification,
    t_originator: Option<PartyCode>,
    t_penholder: PartyCode,
    t_lists_secretariat: Flag,
    t_meeting_id: Option<MeetingId>,
    g_code: GroupCode,
    chair_now: Option<PartyCode>,
}

impl Row {
    fn split(self) -> (GroupCode, Option<PartyCode>, TextRow, ProcedureRow) {
        let text = TextRow {
            id: self.p_text_id,
            group_id: self.p_group_id,
            title: self.t_title,
            kind: self.t_kind,
            language: self.t_language,
            distribution: self.t_distribution,
            classification: self.t_classification,
            originator: self.t_originator,
            penholder: self.t_penholder,
            lists_secretariat: self.t_lists_secretariat,
            meeting_id: self.t_meeting_id,
        };
        let procedure = ProcedureRow {
            id: self.p_id,
            group_id: self.p_group_id,
            text_id: self.p_text_id,
            version_number: self.p_version_number,
            hash: self.p_hash,
            kind: self.p_kind,
            quorum: self.p_quorum,
            opened_at: self.p_opened_at,
            deadline: self.p_deadline,
            chair: self.p_chair,
            meeting_id: self.p_meeting_id,
            outcome: self.p_outcome,
            parent_id: self.p_parent_id,
            opened_by: self.p_opened_by,
        };
        (self.g_code, self.chair_now, text, procedure)
    }
}

#[derive(sqlx::FromRow)]
struct EventOf {
    procedure_id: ProcedureId,
    #[sqlx(flatten)]
    event: EventRow,
}

async fn rows(conn: &mut AnyConnection, user: UserId, now: Timestamp) -> StoreResult<Vec<Row>> {
    Ok(sqlx::query_as(&format!(
        "SELECT p.id AS p_id, p.group_id AS p_group_id, p.text_id AS p_text_id, \
         p.version_number AS p_version_number, p.hash AS p_hash, p.kind AS p_kind, \
         p.quorum AS p_quorum, p.opened_at AS p_opened_at, p.deadline AS p_deadline, \
         p.chair AS p_chair, p.meeting_id AS p_meeting_id, p.outcome AS p_outcome, \
         p.parent_id AS p_parent_id, p.opened_by AS p_opened_by, \
         t.title AS t_title, t.kind AS t_kind, t.language AS t_language, \
         t.distribution AS t_distribution, t.classification AS t_classification, \
         t.originator AS t_originator, t.penholder AS t_penholder, \
         t.lists_secretariat AS t_lists_secretariat, t.meeting_id AS t_meeting_id, \
         g.code AS g_code, \
         COALESCE( \
           (SELECT m.chair FROM meetings m WHERE m.group_id = p.group_id AND m.status <> $2 \
            AND m.starts_at <= $3 ORDER BY m.starts_at DESC, m.id DESC LIMIT 1), \
           (SELECT r.code FROM group_parties r WHERE r.group_id = p.group_id \
            AND r.rotation_position IS NOT NULL ORDER BY r.rotation_position LIMIT 1) \
         ) AS chair_now \
         FROM procedures p JOIN texts t ON t.id = p.text_id JOIN groups g ON g.id = p.group_id \
         WHERE {THE_PERSONS_PROCEDURES} ORDER BY p.id"
    ))
    .bind(user)
    .bind(MeetingStatus::Cancelled)
    .bind(Micros(now))
    .fetch_all(conn)
    .await?)
}

impl Store {
    /// Every procedure of the groups `user` has a seat in, with its text, group and events.
    pub async fn inbox_records(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> StoreResult<Vec<InboxRecord>> {
        let mut conn = self.conn().await?;
        let rows = rows(&mut conn, user, now).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let mut members: Lists<ProcedureId, PartyCode> = Lists::read(
            &mut conn,
            sqlx::query_as(&format!(
                "SELECT m.procedure_id AS owner, m.party_code AS item FROM procedure_members m \
                 JOIN procedures p ON p.id = m.procedure_id WHERE {THE_PERSONS_PROCEDURES} \
                 ORDER BY m.procedure_id, m.position"
            ))
            .bind(user),
            "procedure_members.party_code",
        )
        .await?;
        let mut listed: Lists<TextId, PartyCode> = Lists::read(
            &mut conn,
            sqlx::query_as(
                "SELECT l.text_id AS owner, l.party_code AS item FROM text_listed_parties l \
                 JOIN texts t ON t.id = l.text_id \
                 WHERE t.group_id IN (SELECT s.group_id FROM seats s WHERE s.user_id = $1) \
                 ORDER BY l.text_id, l.position",
            )
            .bind(user),
            "text_listed_parties.party_code",
        )
        .await?;
        let events: Vec<EventOf> = sqlx::query_as(&format!(
            "SELECT e.procedure_id, e.id, e.kind, e.party, e.position, e.text, e.instant, e.at, \
             e.recorded_by, e.journal_seq FROM procedure_events e \
             JOIN procedures p ON p.id = e.procedure_id WHERE {THE_PERSONS_PROCEDURES} \
             ORDER BY e.procedure_id, e.id"
        ))
        .bind(user)
        .fetch_all(&mut *conn)
        .await?;
        let mut by_procedure: std::collections::HashMap<ProcedureId, Vec<EventRecord>> =
            std::collections::HashMap::new();
        for EventOf {
            procedure_id,
            event,
        } in events
        {
            by_procedure
                .entry(procedure_id)
                .or_default()
                .push(event.into_record()?);
        }
        Ok(rows
            .into_iter()
            .map(|row| {
                let (group_code, chair_now, text, procedure) = row.split();
                let text = text.into_record(listed.take(&procedure.text_id));
                let events = by_procedure.remove(&procedure.id).unwrap_or_default();
                let of_procedure = members.take(&procedure.id);
                let procedure = procedure.into_record(of_procedure);
                InboxRecord {
                    group_code,
                    chair_now,
                    text,
                    procedure,
                    events,
                }
            })
            .collect())
    }
}
