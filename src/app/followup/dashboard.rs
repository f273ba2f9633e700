//! The group's dashboard: what needs doing and where the figures stand, at a glance, over
//! what the reader may see: overdue lines, lines due soon, open procedures with their
//! deadlines, the latest figure of each indicator with its source, and the targets' progress.

use jiff::civil::Date;

use super::super::procedures::InboxItem;
use super::super::{App, AppResult, Caller};
use super::figures::{as_observation, targets_progress, TargetProgress};
use super::today_at;
use crate::domain::figures::Observation;
use crate::domain::roadmap::{is_due_within, is_overdue, DUE_SOON_DAYS};
use crate::store::{ActionLineRecord, GroupRecord, IndicatorRecord, ObservationRecord};

pub struct Dashboard {
    pub group: GroupRecord,
    pub today: Date,
    /// Past their due date and neither done nor cancelled, the longest overdue first.
    pub overdue_lines: Vec<ActionLineRecord>,
    /// Open and due within `DUE_SOON_DAYS`, the soonest first.
    pub lines_due_soon: Vec<ActionLineRecord>,
    /// The group's open procedures, the nearest deadline first.
    pub open_procedures: Vec<InboxItem>,
    /// Each indicator with its latest figure the reader sees (by the end of its period).
    pub latest: Vec<(IndicatorRecord, Option<ObservationRecord>)>,
    pub targets: Vec<(IndicatorRecord, TargetProgress)>,
}

impl App {
    pub async fn dashboard(&self, caller: &Caller, code: &str) -> AppResult<Dashboard> {
        let group = self.group_for(caller, code).await?;
        let sight = self.sight(caller, &group).await?;
        let today = today_at(&group, self.now());

        let lines = self.cached_group_lines(caller, group.id).await?;
        let mut overdue_lines: Vec<ActionLineRecord> = Vec::new();
        let mut lines_due_soon: Vec<ActionLineRecord> = Vec::new();
        for line in lines.iter().filter(|line| sight.sees(&line.marking)) {
            let due = line.schedule.due_on;
            if is_overdue(due, line.status, today) {
                overdue_lines.push(line.clone());
            } else if is_due_within(due, line.status, today, DUE_SOON_DAYS) {
                lines_due_soon.push(line.clone());
            }
        }
        overdue_lines.sort_by_key(|l| (l.schedule.due_on, l.id));
        lines_due_soon.sort_by_key(|l| (l.schedule.due_on, l.id));

        let mut open_procedures: Vec<InboxItem> = self
            .inbox(caller)
            .await?
            .into_iter()
            .filter(|item| item.group == group.code && item.closed_at.is_none())
            .collect();
        open_procedures.sort_by_key(|item| item.deadline);

        let indicators = self.store.group_indicators(group.id).await?;
        let all = self.cached_group_observations(caller, group.id).await?;
        let seen: Vec<&ObservationRecord> = all.iter().filter(|o| sight.sees(&o.marking)).collect();
        let latest = indicators
            .iter()
            .map(|indicator| {
                let figure = seen
                    .iter()
                    .filter(|o| o.indicator == indicator.id)
                    .max_by_key(|o| (o.period.end(), o.period.start(), o.id))
                    .map(|o| ObservationRecord::clone(o));
                (indicator.clone(), figure)
            })
            .collect();
        let mut targets = Vec::new();
        for target in self.store.group_targets(group.id).await? {
            let Some(indicator) = indicators.iter().find(|i| i.id == target.indicator) else {
                continue;
            };
            // Progress reads only the target's own pair: only those figures are converted.
            let figures: Vec<Observation> = seen
                .iter()
                .filter(|o| {
                    o.indicator == indicator.id
                        && o.reporter == target.reporter
                        && o.partner == target.partner
                })
                .map(|o| as_observation(o))
                .collect();
            if let Some(progress) = targets_progress(vec![target], &figures).pop() {
                targets.push((indicator.clone(), progress));
            }
        }
        Ok(Dashboard {
            group,
            today,
            overdue_lines,
            lines_due_soon,
            open_procedures,
            latest,
            targets,
        })
    }
}
