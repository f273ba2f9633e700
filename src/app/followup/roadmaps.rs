//! Roadmaps and their action lines (DOMAIN.md §6): the secretariat keeps the plan, the
//! parties on a line report its progress, and everyone who follows the group's business reads
//! the roadmaps with the lines their marking lets them see. A line's status and progress are
//! those of its latest report; whether it is overdue is computed on the group's calendar day.

use jiff::civil::Date;

use super::super::{App, AppError, AppResult, Caller};
use super::{is_party_of, marked_entry, today_at, Sight};
use crate::domain::access;
use crate::domain::figures::Period;
use crate::domain::ids::{ActionLineId, DecisionId, RoadmapId};
use crate::domain::journal::{Action, JournalScope, NewEntry, ObjectRef, Payload};
use crate::domain::marking::{Marking, MarkingChoice};
use crate::domain::message::Message;
use crate::domain::names::{Label, Note, PartyCode};
use crate::domain::roadmap::{self, GroupFacts, LineDraft, Report, Schedule};
use crate::domain::track::TrackCode;
use crate::domain::validation::ValidationErrors;
use crate::store::{
    ActionLineRecord, DecisionRecord, GroupRecord, NewActionLine, NewRoadmap, RoadmapRecord,
};

/// A roadmap as the secretariat proposes it.
#[derive(Debug, Clone)]
pub struct RoadmapPlan {
    pub title: Label,
    pub period: Period,
    /// The group's decision that adopted it.
    pub decision: Option<DecisionId>,
}

/// A new action line and the marking chosen for it.
#[derive(Debug, Clone)]
pub struct LinePlan {
    pub draft: LineDraft,
    pub marking: MarkingChoice,
}

/// What a change of a line gives; what it leaves out stays.
#[derive(Debug, Clone, Default)]
pub struct LineChange {
    pub title: Option<Label>,
    pub track: Option<TrackCode>,
    pub leads: Option<Vec<PartyCode>>,
    pub participants: Option<Vec<PartyCode>>,
    pub starts_on: Option<Date>,
    pub due_on: Option<Date>,
    pub deliverable: Option<String>,
}

impl LineChange {
    /// Whether the change names no field at all.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.track.is_none()
            && self.leads.is_none()
            && self.participants.is_none()
            && self.starts_on.is_none()
            && self.due_on.is_none()
            && self.deliverable.is_none()
    }
}

/// A roadmap with the lines the reader may see, and its decision when the reader may see it.
#[derive(Debug, Clone)]
pub struct RoadmapEntry {
    pub roadmap: RoadmapRecord,
    pub decision: Option<DecisionRecord>,
    pub lines: Vec<ActionLineRecord>,
}

/// A group's roadmaps as a reader sees them, and the group's day (for `overdue`).
pub struct RoadmapList {
    pub group: GroupRecord,
    pub today: Date,
    pub roadmaps: Vec<RoadmapEntry>,
}

/// One roadmap as a reader sees it.
pub struct RoadmapDetail {
    pub group: GroupRecord,
    pub today: Date,
    pub entry: RoadmapEntry,
}

/// One line as a reader sees it, with its roadmap.
pub struct LineDetail {
    pub group: GroupRecord,
    pub today: Date,
    pub roadmap: RoadmapRecord,
    pub line: ActionLineRecord,
}

impl LineDetail {
    pub fn overdue(&self) -> bool {
        overdue(&self.line, self.today)
    }
}

/// A line past its due date on `today` and neither done nor cancelled.
pub fn overdue(line: &ActionLineRecord, today: Date) -> bool {
    roadmap::is_overdue(line.schedule.due_on, line.status, today)
}

impl App {
    /// The group's roadmaps, latest starting first, each with the lines the caller may see.
    pub async fn roadmaps(&self, caller: &Caller, code: &str) -> AppResult<RoadmapList> {
        let group = self.group_for(caller, code).await?;
        let sight = self.sight(caller, &group).await?;
        let mut lines: Vec<ActionLineRecord> = self
            .cached_group_lines(caller, group.id)
            .await?
            .iter()
            .filter(|line| sight.sees(&line.marking))
            .cloned()
            .collect();
        let mut roadmaps = Vec::new();
        for roadmap in self.store.group_roadmaps(group.id).await? {
            let (mine, rest): (Vec<_>, Vec<_>) =
                lines.into_iter().partition(|l| l.roadmap == roadmap.id);
            lines = rest;
            let decision = self.visible_decision(&sight, &roadmap).await?;
            roadmaps.push(RoadmapEntry {
                roadmap,
                decision,
                lines: mine,
            });
        }
        Ok(RoadmapList {
            today: today_at(&group, self.now()),
            group,
            roadmaps,
        })
    }

    /// One roadmap of a group whose business the caller follows.
    pub async fn roadmap_detail(&self, caller: &Caller, id: RoadmapId) -> AppResult<RoadmapDetail> {
        let roadmap = self.store.roadmap(id).await?;
        let group = self.cached_group_by_id(caller, roadmap.group).await?;
        let group = GroupRecord::clone(&group);
        let sight = self.sight(caller, &group).await?;
        let mut lines = self.store.roadmap_lines(id).await?;
        lines.retain(|line| sight.sees(&line.marking));
        let decision = self.visible_decision(&sight, &roadmap).await?;
        Ok(RoadmapDetail {
            today: today_at(&group, self.now()),
            group,
            entry: RoadmapEntry {
                roadmap,
                decision,
                lines,
            },
        })
    }

    /// One line the caller may see; `NotFound` for anyone else.
    pub async fn line_detail(&self, caller: &Caller, id: ActionLineId) -> AppResult<LineDetail> {
        let line = self.store.action_line(id).await?;
        let group = self.cached_group_by_id(caller, line.group).await?;
        let group = GroupRecord::clone(&group);
        let sight = self.sight(caller, &group).await?;
        if !sight.sees(&line.marking) {
            return Err(AppError::NotFound);
        }
        let roadmap = self.store.roadmap(line.roadmap).await?;
        Ok(LineDetail {
            today: today_at(&group, self.now()),
            group,
            roadmap,
            line,
        })
    }

    /// Records a roadmap (the secretariat); the decision it names must be one of the group's
    /// that the secretariat may see.
    pub async fn create_roadmap(
        &self,
        caller: &Caller,
        code: &str,
        plan: RoadmapPlan,
    ) -> AppResult<RoadmapDetail> {
        let group = self.group_for(caller, code).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        let sight = self.sight(caller, &group).await?;
        let mut decision = None;
        if let Some(id) = plan.decision {
            let known = self.store.decision(id).await.ok();
            decision = match known.filter(|d| d.group == group.id) {
                Some(record) => self.decision_seen(&sight, &record).await?.then_some(record),
                None => None,
            };
            if decision.is_none() {
                return Err(ValidationErrors::single(
                    "decision",
                    Message::new("error-roadmap-no-such-decision").with("id", id.get()),
                )
                .into());
            }
        }
        let now = self.now();
        let roadmap = NewRoadmap {
            group: group.id,
            title: plan.title,
            starts_on: plan.period.start(),
            ends_on: plan.period.end(),
            decision: plan.decision,
            created_by: caller.viewer.user,
        };
        let mut tx = self.store.begin_write().await?;
        let id = tx.insert_roadmap(&roadmap, now).await?;
        tx.journal(NewEntry {
            at_micros: now.as_microsecond(),
            actor: Some(caller.viewer.user),
            actor_party: caller.viewer.party_in(group.id),
            scope: JournalScope::Group(group.id),
            action: Action::RoadmapCreate,
            object: ObjectRef::Roadmap(id),
            payload: Payload::new()
                .with("title", &roadmap.title)
                .with("starts_on", roadmap.starts_on)
                .with("ends_on", roadmap.ends_on)
                .with_optional("decision", roadmap.decision),
        })
        .await?;
        tx.commit().await?;
        let roadmap = RoadmapRecord {
            id,
            group: roadmap.group,
            title: roadmap.title,
            starts_on: roadmap.starts_on,
            ends_on: roadmap.ends_on,
            decision: roadmap.decision,
            created_by: roadmap.created_by,
            created_at: now,
        };
        Ok(RoadmapDetail {
            today: today_at(&group, now),
            group,
            entry: RoadmapEntry {
                roadmap,
                decision,
                lines: Vec::new(),
            },
        })
    }

    /// Adds an action line to a roadmap (the secretariat): parties and track of the group, due
    /// no earlier than it starts, and marked so that every party on it sees it.
    pub async fn add_line(
        &self,
        caller: &Caller,
        roadmap: RoadmapId,
        plan: LinePlan,
    ) -> AppResult<LineDetail> {
        let roadmap = self.store.roadmap(roadmap).await?;
        let group = self.cached_group_by_id(caller, roadmap.group).await?;
        let group = GroupRecord::clone(&group);
        let sight = self.sight(caller, &group).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        let is_party = |code: &PartyCode| is_party_of(&group, code);
        let draft = self.check_line(&group, plan.draft).await;
        let marking = plan.marking.check(
            caller.viewer.party_in(group.id),
            caller.viewer.clearance,
            &is_party,
        );
        let (draft, marking) = both(draft, marking)?;
        reaches_its_parties(&group, &marking, &draft)?;
        if !sight.sees(&marking) {
            // The secretariat sees a listed record only when it names the chair's party.
            return Err(ValidationErrors::single(
                "listed",
                Message::new("error-roadmap-line-hidden-from-you"),
            )
            .into());
        }
        let line = NewActionLine {
            roadmap: roadmap.id,
            title: draft.title,
            track: draft.track,
            leads: draft.leads,
            participants: draft.participants,
            schedule: draft.schedule,
            deliverable: note(draft.deliverable)?,
            marking,
            created_by: caller.viewer.user,
        };
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        let id = tx.insert_action_line(&line, now).await?;
        tx.journal(marked_entry(
            caller,
            &group,
            &line.marking,
            (Action::LineCreate, ObjectRef::ActionLine(id)),
            line_payload(&line).with("roadmap", roadmap.id),
            now,
        ))
        .await?;
        let line = tx.action_line(id).await?;
        tx.commit().await?;
        Ok(LineDetail {
            today: today_at(&group, now),
            group,
            roadmap,
            line,
        })
    }

    /// Changes a line's content (the secretariat, on a line it sees); the result is checked
    /// as a new line would be.
    pub async fn change_line(
        &self,
        caller: &Caller,
        id: ActionLineId,
        change: LineChange,
    ) -> AppResult<LineDetail> {
        let LineDetail {
            group,
            roadmap,
            line,
            ..
        } = self.line_detail(caller, id).await?;
        access::keep_the_plan(&caller.viewer, group.id)?;
        if change.is_empty() {
            return Err(
                ValidationErrors::single("body", Message::new("error-nothing-to-change")).into(),
            );
        }
        let draft = LineDraft {
            title: change.title.unwrap_or_else(|| line.title.clone()),
            track: change.track.unwrap_or_else(|| line.track.clone()),
            leads: change.leads.unwrap_or_else(|| line.leads.clone()),
            participants: change
                .participants
                .unwrap_or_else(|| line.participants.clone()),
            schedule: Schedule {
                starts_on: change.starts_on.unwrap_or(line.schedule.starts_on),
                due_on: change.due_on.unwrap_or(line.schedule.due_on),
            },
            deliverable: change
                .deliverable
                .unwrap_or_else(|| line.deliverable.to_string()),
        };
        let draft = self.check_line(&group, draft).await?;
        reaches_its_parties(&group, &line.marking, &draft)?;
        let changed = NewActionLine {
            roadmap: line.roadmap,
            title: draft.title,
            track: draft.track,
            leads: draft.leads,
            participants: draft.participants,
            schedule: draft.schedule,
            deliverable: note(draft.deliverable)?,
            marking: line.marking.clone(),
            created_by: line.created_by,
        };
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.update_action_line(id, &changed).await?;
        tx.journal(marked_entry(
            caller,
            &group,
            &line.marking,
            (Action::LineUpdate, ObjectRef::ActionLine(id)),
            line_payload(&changed),
            now,
        ))
        .await?;
        let line = tx.action_line(id).await?;
        tx.commit().await?;
        Ok(LineDetail {
            today: today_at(&group, now),
            group,
            roadmap,
            line,
        })
    }

    /// Records a party's progress report on a line (the party's envoy, deputy or delegate,
    /// when the party leads the line or takes part in it); the line's status and progress
    /// become those of its latest report. The entry is marked as the line is.
    pub async fn report_on_line(
        &self,
        caller: &Caller,
        id: ActionLineId,
        report: Report,
    ) -> AppResult<LineDetail> {
        let LineDetail {
            group,
            today,
            roadmap,
            line,
        } = self.line_detail(caller, id).await?;
        access::report_on_line(
            &caller.viewer,
            group.id,
            &report.party,
            &line.leads,
            &line.participants,
        )?;
        let report = report.check(today)?;
        let now = self.now();
        let mut tx = self.store.begin_write().await?;
        tx.insert_line_report(id, &report, caller.viewer.user, now)
            .await?;
        let recorded = tx.action_line(id).await?;
        let (status, progress) = roadmap::current(recorded.reports.iter().map(|r| &r.report));
        tx.set_line_state(id, status, progress).await?;
        tx.journal(marked_entry(
            caller,
            &group,
            &line.marking,
            (Action::LineReport, ObjectRef::ActionLine(id)),
            Payload::new()
                .with("party", &report.party)
                .with("as_of", report.as_of)
                .with("status", report.status)
                .with("progress", report.progress.get())
                .with("summary", &report.summary),
            now,
        ))
        .await?;
        tx.commit().await?;
        Ok(LineDetail {
            today,
            group,
            roadmap,
            line: ActionLineRecord {
                status,
                progress,
                ..recorded
            },
        })
    }

    /// Checks a line against the group's parties and tracks.
    async fn check_line(&self, group: &GroupRecord, draft: LineDraft) -> AppResult<LineDraft> {
        let tracks = self.tracks_of(group).await?;
        let is_party = |code: &PartyCode| is_party_of(group, code);
        let is_track = |code: &TrackCode| tracks.iter().any(|t| &t.code == code);
        let facts = GroupFacts {
            is_party: &is_party,
            is_track: &is_track,
        };
        Ok(draft.check(&facts)?)
    }

    /// The roadmap's decision, when the reader may see its text.
    async fn visible_decision(
        &self,
        sight: &Sight,
        roadmap: &RoadmapRecord,
    ) -> AppResult<Option<DecisionRecord>> {
        let Some(id) = roadmap.decision else {
            return Ok(None);
        };
        let decision = self.store.decision(id).await?;
        Ok(self
            .decision_seen(sight, &decision)
            .await?
            .then_some(decision))
    }

    async fn decision_seen(&self, sight: &Sight, decision: &DecisionRecord) -> AppResult<bool> {
        let procedure = self.store.procedure(decision.procedure).await?;
        let text = self.store.text(procedure.text).await?;
        Ok(sight.sees(&text.marking))
    }
}

/// Both results, or every field error of either.
fn both<A, B>(a: Result<A, AppError>, b: Result<B, ValidationErrors>) -> Result<(A, B), AppError> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Err(AppError::Invalid(mut errors)), Err(more)) => {
            for error in more.fields() {
                errors.add(&error.field, error.message.clone());
            }
            Err(AppError::Invalid(errors))
        }
        (Err(error), _) => Err(error),
        (_, Err(errors)) => Err(AppError::Invalid(errors)),
    }
}

fn reaches_its_parties(
    group: &GroupRecord,
    marking: &Marking,
    draft: &LineDraft,
) -> Result<(), ValidationErrors> {
    let standing = |code: &PartyCode| group.party(code).map(|p| p.standing);
    roadmap::reaches_its_parties(marking, &draft.leads, &draft.participants, &standing)
}

/// The deliverable as `LineDraft::check` left it: already checked as a note.
fn note(text: String) -> AppResult<Note> {
    Note::parse(&text).map_err(|e| AppError::Internal(anyhow::anyhow!("deliverable: {e}")))
}

fn line_payload(line: &NewActionLine) -> Payload {
    let codes = |parties: &[PartyCode]| {
        parties
            .iter()
            .map(PartyCode::as_str)
            .collect::<Vec<_>>()
            .join(",")
    };
    Payload::new()
        .with("title", &line.title)
        .with("track", &line.track)
        .with("leads", codes(&line.leads))
        .with("participants", codes(&line.participants))
        .with("starts_on", line.schedule.starts_on)
        .with("due_on", line.schedule.due_on)
        .with("deliverable", &line.deliverable)
}
