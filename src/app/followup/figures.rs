//! Indicators and their figures: observations with their sources, the conflicts among them,
//! targets with progress, and tables in and out as CSV. Everything computed (conflicts,
//! progress, charts, exports) is computed over the observations the reader may see, so an
//! invisible figure changes nothing anyone else is shown.

use sha2::{Digest, Sha256};

use super::super::{App, AppError, AppResult, Caller};
use super::{is_party_of, marked_entry};
use crate::domain::access;
use crate::domain::figures::import::{read_table, ImportContext, Table, OUR_COLUMNS};
use crate::domain::figures::IndicatorCode;
use crate::domain::figures::{
    conflicts, progress, Conflict, Goal, IndicatorDraft, Observation, ObservationDraft, Progress,
    Source, TargetDraft,
};
use crate::domain::ids::IndicatorId;
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::marking::MarkingChoice;
use crate::domain::message::Message;
use crate::domain::names::{GroupCode, Note, Username};
use crate::domain::role::Role;
use crate::store::{GroupRecord, IndicatorRecord, NewObservation, ObservationRecord, TargetRecord};

/// An indicator as its list shows it.
pub struct IndicatorSummary {
    pub indicator: IndicatorRecord,
    /// How many observations the reader sees.
    pub observations: usize,
    /// The reader's most recent figure (by the end of its period).
    pub latest: Option<ObservationRecord>,
}

/// A target and how far along it is, from the figures the reader sees.
pub struct TargetProgress {
    pub target: TargetRecord,
    pub progress: Option<Progress>,
}

/// An indicator with everything its page and its API answer show.
pub struct IndicatorDetail {
    pub group: GroupRecord,
    pub indicator: IndicatorRecord,
    pub observations: Vec<ObservationRecord>,
    pub conflicts: Vec<Conflict>,
    pub targets: Vec<TargetProgress>,
    /// Whether the caller may record a figure (the secretariat, or a party for itself).
    pub can_record: bool,
    /// Whether the caller may import a table of figures (the secretariat).
    pub can_import: bool,
}

/// The domain's view of a stored figure, for the rules that compare figures.
pub fn as_observation(record: &ObservationRecord) -> Observation {
    Observation {
        id: record.id,
        reporter: record.reporter.clone(),
        partner: record.partner.clone(),
        period: record.period,
        value: record.value,
        source: record.source.clone(),
    }
}

/// Progress of each target over the observations given (already trimmed to the reader's).
pub fn targets_progress(targets: Vec<TargetRecord>, seen: &[Observation]) -> Vec<TargetProgress> {
    targets
        .into_iter()
        .map(|target| {
            let goal = Goal {
                reporter: target.reporter.clone(),
                partner: target.partner.clone(),
                value: target.value,
                by_year: Some(target.by.year()),
            };
            let progress = progress(&goal, seen);
            TargetProgress { target, progress }
        })
        .collect()
}

impl App {
    /// The group's indicators, each with what the caller sees of it.
    pub async fn indicators(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<IndicatorSummary>)> {
        let group = self.group_for(caller, code).await?;
        let sight = self.sight(caller, &group).await?;
        let indicators = self.store.group_indicators(group.id).await?;
        let all = self.cached_group_observations(caller, group.id).await?;
        let observations: Vec<&ObservationRecord> =
            all.iter().filter(|o| sight.sees(&o.marking)).collect();
        let summaries = indicators
            .into_iter()
            .map(|indicator| {
                let mine = observations.iter().filter(|o| o.indicator == indicator.id);
                let count = mine.clone().count();
                let latest = mine
                    .max_by_key(|o| (o.period.end(), o.period.start(), o.id))
                    .map(|o| ObservationRecord::clone(o));
                IndicatorSummary {
                    indicator,
                    observations: count,
                    latest,
                }
            })
            .collect();
        Ok((group, summaries))
    }

    /// Defines an indicator (the secretariat).
    pub async fn define_indicator(
        &self,
        caller: &Caller,
        code: &str,
        draft: IndicatorDraft,
    ) -> AppResult<IndicatorRecord> {
        let group = self.group_for(caller, code).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let id = tx
            .insert_indicator(group.id, &draft, caller.viewer.user, now)
            .await?;
        let payload = Payload::new()
            .with("code", &draft.code)
            .with("name", &draft.name)
            .with("unit", &draft.unit)
            .with_optional("flow", draft.flow.map(|f| f.as_str()));
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: None,
            scope: JournalScope::Group(group.id),
            action: Action::IndicatorCreate,
            object: ObjectRef::Indicator(id),
            payload,
        })
        .await?;
        tx.commit().await?;
        Ok(IndicatorRecord {
            id,
            group: group.id,
            code: draft.code,
            name: draft.name,
            unit: draft.unit,
            flow: draft.flow,
        })
    }

    /// An indicator of a group whose business the caller follows; `NotFound` otherwise.
    async fn indicator_in_view(
        &self,
        caller: &Caller,
        id: IndicatorId,
    ) -> AppResult<(GroupRecord, IndicatorRecord)> {
        let indicator = self.store.indicator(id).await?;
        access::follow_group_business(&caller.viewer, indicator.group)?;
        let group = self.cached_group_by_id(caller, indicator.group).await?;
        Ok((GroupRecord::clone(&group), indicator))
    }

    /// The indicator with the figures the caller sees, their conflicts and the targets'
    /// progress over those figures.
    pub async fn indicator(&self, caller: &Caller, id: IndicatorId) -> AppResult<IndicatorDetail> {
        let (group, indicator) = self.indicator_in_view(caller, id).await?;
        let sight = self.sight(caller, &group).await?;
        let observations: Vec<ObservationRecord> = self
            .cached_observations(caller, id)
            .await?
            .iter()
            .filter(|o| sight.sees(&o.marking))
            .cloned()
            .collect();
        let seen: Vec<Observation> = observations.iter().map(as_observation).collect();
        let conflicts = conflicts(&seen, indicator.flow);
        let targets = targets_progress(self.store.targets(id).await?, &seen);
        let can_import = access::keep_the_plan(&caller.viewer, group.id).is_ok();
        let can_record = can_import
            || caller.viewer.party_in(group.id).is_some_and(|party| {
                access::record_for_party(&caller.viewer, group.id, &party).is_ok()
            });
        Ok(IndicatorDetail {
            group,
            indicator,
            observations,
            conflicts,
            targets,
            can_record,
            can_import,
        })
    }

    /// Records one figure (the secretariat, or the reporting party's own delegation).
    pub async fn record_observation(
        &self,
        caller: &Caller,
        id: IndicatorId,
        draft: ObservationDraft,
    ) -> AppResult<ObservationRecord> {
        let (group, indicator) = self.indicator_in_view(caller, id).await?;
        access::record_for_party(&caller.viewer, group.id, &draft.reporter)?;
        let is_party = |code: &_| is_party_of(&group, code);
        let draft = draft.check(indicator.flow, &is_party)?;
        let marking = draft.marking.clone().check(
            caller.viewer.party_in(group.id),
            caller.viewer.clearance,
            &is_party,
        )?;
        let observation = NewObservation {
            reporter: draft.reporter,
            partner: draft.partner,
            period: draft.period,
            value: draft.value,
            source: draft.source,
            note: draft.note,
            marking,
        };
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let ids = tx
            .insert_observations(
                id,
                std::slice::from_ref(&observation),
                caller.viewer.user,
                now,
            )
            .await?;
        let observation_id = *ids
            .first()
            .ok_or_else(|| anyhow::anyhow!("no id returned"))?;
        let payload = Payload::new()
            .with("indicator", id)
            .with("reporter", &observation.reporter)
            .with("partner", &observation.partner)
            .with("period", observation.period)
            .with("value", observation.value.normalize())
            .with("source", &observation.source.citation)
            .with_optional("source_url", observation.source.url.as_ref())
            .with_optional("note", observation.note.as_ref());
        tx.journal(marked_entry(
            caller,
            &group,
            &observation.marking,
            (
                Action::ObservationCreate,
                ObjectRef::Observation(observation_id),
            ),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(ObservationRecord {
            id: observation_id,
            indicator: id,
            reporter: observation.reporter,
            partner: observation.partner,
            period: observation.period,
            value: observation.value,
            source: observation.source,
            note: observation.note,
            marking: observation.marking,
            recorded_by: caller.viewer.user,
            recorded_at: now,
        })
    }

    /// Sets a target for a pair (the secretariat, or the reporting party's own delegation).
    pub async fn record_target(
        &self,
        caller: &Caller,
        id: IndicatorId,
        draft: TargetDraft,
    ) -> AppResult<TargetRecord> {
        let (group, _) = self.indicator_in_view(caller, id).await?;
        access::record_for_party(&caller.viewer, group.id, &draft.reporter)?;
        let draft = draft.check(&|code| is_party_of(&group, code))?;
        let now = self.now();
        let mut target = TargetRecord {
            id: crate::domain::ids::TargetId::new(0),
            indicator: id,
            reporter: draft.reporter,
            partner: draft.partner,
            value: draft.value,
            by: draft.by,
            source: draft.source,
        };
        let mut tx = self.store.begin_write().await?;
        target.id = tx
            .insert_target(id, &target, caller.viewer.user, now)
            .await?;
        let payload = Payload::new()
            .with("indicator", id)
            .with("reporter", &target.reporter)
            .with("partner", &target.partner)
            .with("value", target.value.normalize())
            .with("by", target.by)
            .with("source", &target.source.citation);
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Group(group.id),
            action: Action::TargetCreate,
            object: ObjectRef::Target(target.id),
            payload,
        })
        .await?;
        tx.commit().await?;
        Ok(target)
    }

    /// Imports a CSV table of figures into the indicator (the secretariat): every row or none.
    /// One journal entry records the import, with the file's SHA-256 and the ids it made.
    pub async fn import_observations(
        &self,
        caller: &Caller,
        id: IndicatorId,
        file: &[u8],
        source: Option<Source>,
        marking: MarkingChoice,
    ) -> AppResult<usize> {
        let (group, indicator) = self.indicator_in_view(caller, id).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        let is_party = |code: &_| is_party_of(&group, code);
        let marking = marking.check(None, caller.viewer.clearance, &is_party)?;
        let figures = {
            // The rules see the group through a `&dyn Fn`, which must not be held across an
            // await: the table is read to the end here.
            let table = read_csv(file)?;
            let context = ImportContext {
                flow: indicator.flow,
                is_party: &is_party,
                source: source.clone(),
            };
            read_table(&table, &context).map_err(AppError::InvalidRows)?
        };
        let observations: Vec<NewObservation> = figures
            .into_iter()
            .map(|figure| NewObservation {
                reporter: figure.reporter,
                partner: figure.partner,
                period: figure.period,
                value: figure.value,
                source: figure.source,
                note: figure.note.and_then(|n| Note::from_record(&n).ok()),
                marking: marking.clone(),
            })
            .collect();
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let ids = tx
            .insert_observations(id, &observations, caller.viewer.user, now)
            .await?;
        let digest = Sha256::digest(file);
        let payload = Payload::new()
            .with("indicator", id)
            .with("rows", ids.len())
            .with_optional("first", ids.first())
            .with_optional("last", ids.last())
            .with("sha256", hex::encode(digest))
            .with_optional("source", source.as_ref().map(|s| &s.citation));
        tx.journal(marked_entry(
            caller,
            &group,
            &marking,
            (Action::ObservationImport, ObjectRef::Indicator(id)),
            payload,
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(ids.len())
    }

    /// For the operator's command line: the group's secretariat account (the one named, or the
    /// only one) and the id of the group's indicator with `indicator` as its code.
    pub async fn importer_for(
        &self,
        code: &str,
        indicator: &IndicatorCode,
        username: Option<&Username>,
    ) -> AppResult<(Caller, IndicatorId)> {
        let group_code = GroupCode::parse(code).map_err(|_| AppError::NotFound)?;
        let group = self
            .store
            .group_by_code(&group_code)
            .await?
            .ok_or(AppError::NotFound)?;
        let secretariat: Vec<_> = self
            .store
            .seats_of_group(group.id)
            .await?
            .into_iter()
            .filter(|seat| seat.role == Role::Secretariat)
            .filter(|seat| username.is_none_or(|name| &seat.username == name))
            .collect();
        let seat = match secretariat.as_slice() {
            [seat] => seat,
            [] => {
                return Err(AppError::Conflict(
                    Message::new("error-import-no-secretariat").with("group", &group_code),
                ))
            }
            _ => {
                return Err(AppError::Conflict(
                    Message::new("error-import-several-secretariats").with("group", &group_code),
                ))
            }
        };
        let caller = self.caller(seat.user).await?;
        let indicator = self
            .store
            .group_indicators(group.id)
            .await?
            .into_iter()
            .find(|i| &i.code == indicator)
            .ok_or(AppError::NotFound)?;
        Ok((caller, indicator.id))
    }

    /// The figures the caller sees, as CSV in our own columns (a header row, then one row per
    /// figure).
    pub async fn observations_csv(&self, caller: &Caller, id: IndicatorId) -> AppResult<String> {
        let detail = self.indicator(caller, id).await?;
        let mut writer = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| AppError::Internal(anyhow::Error::new(e).context("writing CSV"));
        writer.write_record(OUR_COLUMNS).map_err(fail)?;
        for o in &detail.observations {
            writer
                .write_record([
                    o.reporter.as_str(),
                    o.partner.as_str(),
                    &o.period.start().to_string(),
                    &o.period.end().to_string(),
                    &o.value.normalize().to_string(),
                    &o.source.citation,
                    o.note.as_ref().map_or("", |n| n.as_str()),
                ])
                .map_err(fail)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("writing CSV: {e}")))?;
        String::from_utf8(bytes).map_err(|e| AppError::Internal(e.into()))
    }
}

/// Splits a CSV file (UTF-8, a header row, fields quoted as RFC 4180 says) into a table; a
/// file that cannot be read is refused naming the row where reading stopped.
fn read_csv(file: &[u8]) -> AppResult<Table> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(file);
    let refuse = |row: usize, message: Message| {
        AppError::InvalidRows(vec![crate::domain::figures::import::RowError {
            row,
            field: "file".into(),
            message,
        }])
    };
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            refuse(
                1,
                Message::new("error-import-header-unreadable").with("reason", e.to_string()),
            )
        })?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            refuse(
                index + 2,
                Message::new("error-import-row-unreadable").with("reason", e.to_string()),
            )
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    if rows.is_empty() {
        return Err(refuse(2, Message::new("error-import-no-rows")));
    }
    Ok(Table { header, rows })
}
