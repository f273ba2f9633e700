//! The roadmap pages as people see them: each page's rows and template, built from what the
//! use cases answer (`mod.rs` has the handlers and the forms).

use askama::Template;

use super::super::figures::words::{bdi, escape, html_sentence};
use super::super::{render_form, Layout, PageResult};
use super::{LineForm, ReportForm, RoadmapForm};
use crate::app::followup::roadmaps::{overdue, LineDetail, RoadmapEntry};
use crate::app::records::{ActionLineRecord, GroupRecord};
use crate::app::Caller;
use crate::domain::access;
use crate::domain::ids::{ActionLineId, RoadmapId};
use crate::domain::marking::{Classification, Distribution};
use crate::domain::names::PartyCode;
use crate::domain::roadmap::LineStatus;
use crate::domain::track::Track;
use crate::domain::validation::ValidationErrors;
use crate::http::vocabulary;
use crate::http::AppState;
use crate::i18n::{self, Locale};

fn notice(done: Option<&str>) -> Option<String> {
    let id = match done? {
        "roadmap" => "roadmaps-notice-roadmap",
        "line" => "roadmaps-notice-line",
        "report" => "roadmaps-notice-report",
        _ => return None,
    };
    Some(i18n::t(id))
}

/// A line's status in the reader's language: `in progress`, `выполняется`.
pub fn line_status(status: LineStatus) -> String {
    i18n::t(match status {
        LineStatus::NotStarted => "roadmaps-status-not-started",
        LineStatus::InProgress => "roadmaps-status-in-progress",
        LineStatus::Done => "roadmaps-status-done",
        LineStatus::Delayed => "roadmaps-status-delayed",
        LineStatus::Cancelled => "roadmaps-status-cancelled",
    })
}

/// A day as the page shows it: its ISO form for `<time datetime>`, and its words.
pub struct Day {
    iso: String,
    words: String,
}

impl Day {
    fn of(date: jiff::civil::Date, locale: Locale) -> Self {
        Day {
            iso: date.to_string(),
            words: locale.date(date),
        }
    }

    /// `<time datetime="2026-09-01">1 September 2026</time>`.
    fn html(&self) -> String {
        format!(
            "<time datetime=\"{}\">{}</time>",
            self.iso,
            escape(&self.words)
        )
    }
}

fn codes(parties: &[PartyCode]) -> String {
    parties
        .iter()
        .map(PartyCode::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn track_name(tracks: &[Track], line: &ActionLineRecord) -> String {
    tracks
        .iter()
        .find(|t| t.code == line.track)
        .map_or_else(|| line.track.to_string(), |t| t.name.to_string())
}

/// The page's banner: the most sensitive of the lines shown.
fn highest(lines: &[ActionLineRecord]) -> Classification {
    lines
        .iter()
        .map(|l| l.marking.classification)
        .max()
        .unwrap_or_default()
}

pub struct RoadmapRow {
    id: i64,
    title: String,
    starts_on: Day,
    ends_on: Day,
    decision: Option<(i64, String)>,
    lines: String,
    overdue: usize,
}

#[derive(Template)]
#[template(path = "roadmaps/list.html")]
struct ListPage {
    layout: Layout,
    code: String,
    heading: String,
    roadmaps: Vec<RoadmapRow>,
    can_keep: bool,
    decisions: Vec<(String, String)>,
    form: RoadmapForm,
    errors: ValidationErrors,
}

fn decision_of(entry: &RoadmapEntry) -> Option<(i64, String)> {
    entry
        .decision
        .as_ref()
        .map(|d| (d.id.get(), d.symbol.clone()))
}

pub(super) async fn list_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    code: &str,
    form: Option<RoadmapForm>,
    errors: ValidationErrors,
) -> PageResult {
    let list = state.app.roadmaps(caller, code).await?;
    let group = &list.group;
    let can_keep = access::keep_the_plan(&caller.viewer, group.id).is_ok();
    let decisions = match can_keep {
        true => state.app.decisions_for(caller, code).await?.1,
        false => Vec::new(),
    };
    let invalid = !errors.is_empty();
    let all_lines: Vec<ActionLineRecord> = list
        .roadmaps
        .iter()
        .flat_map(|r| r.lines.iter().cloned())
        .collect();
    let locale = i18n::current();
    let page = ListPage {
        layout: Layout::marked(
            locale.t1("roadmaps-list-title", "group", group.code.as_str()),
            Some((caller, csrf)),
            highest(&all_lines),
        ),
        code: group.code.to_string(),
        heading: html_sentence(
            "roadmaps-list-heading",
            &[],
            &[("group", &bdi(group.name.as_str()))],
        ),
        roadmaps: list
            .roadmaps
            .iter()
            .map(|entry| RoadmapRow {
                id: entry.roadmap.id.get(),
                title: entry.roadmap.title.to_string(),
                starts_on: Day::of(entry.roadmap.starts_on, locale),
                ends_on: Day::of(entry.roadmap.ends_on, locale),
                decision: decision_of(entry),
                lines: locale.integer(i64::try_from(entry.lines.len()).unwrap_or(i64::MAX)),
                overdue: entry
                    .lines
                    .iter()
                    .filter(|l| overdue(l, list.today))
                    .count(),
            })
            .collect(),
        can_keep,
        decisions: decisions
            .iter()
            .map(|d| (d.decision.id.to_string(), d.decision.symbol.clone()))
            .collect(),
        form: form.unwrap_or_default(),
        errors,
    };
    render_form(&page, invalid)
}

pub struct LineRow {
    id: i64,
    title: String,
    track: String,
    leads: String,
    due_on: Day,
    status: String,
    status_words: String,
    progress: u8,
    overdue: bool,
    /// Who sees the line, in words, when it is not the whole group.
    distribution: Option<String>,
}

#[derive(Template)]
#[template(path = "roadmaps/roadmap.html")]
struct RoadmapPage {
    layout: Layout,
    code: String,
    id: i64,
    title: String,
    /// The group, the roadmap's dates and the decision that adopted it, as HTML.
    lede: String,
    lines: Vec<LineRow>,
    can_keep: bool,
    tracks: Vec<(String, String)>,
    /// Each distribution a line may have: its stored word and its words.
    distributions: Vec<(&'static str, String)>,
    classifications: Vec<(&'static str, String)>,
    form: LineForm,
    errors: ValidationErrors,
    notice: Option<String>,
}

/// `A roadmap of the {group}, from {start} to {end} · adopted by {decision}`, as HTML.
fn roadmap_lede(entry: &RoadmapEntry, group: &GroupRecord, locale: Locale) -> String {
    let roadmap = &entry.roadmap;
    let group_name = bdi(group.name.as_str());
    let (from, to) = (
        Day::of(roadmap.starts_on, locale).html(),
        Day::of(roadmap.ends_on, locale).html(),
    );
    match decision_of(entry) {
        None => html_sentence(
            "roadmaps-roadmap-lede",
            &[],
            &[("group", &group_name), ("from", &from), ("to", &to)],
        ),
        Some((id, symbol)) => {
            let decision = format!("<a href=\"/decisions/{id}\">{}</a>", bdi(&symbol));
            html_sentence(
                "roadmaps-roadmap-lede-adopted",
                &[],
                &[
                    ("group", &group_name),
                    ("from", &from),
                    ("to", &to),
                    ("decision", &decision),
                ],
            )
        }
    }
}

pub(super) async fn roadmap_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: RoadmapId,
    done: Option<&str>,
    form: Option<LineForm>,
    errors: ValidationErrors,
) -> PageResult {
    let detail = state.app.roadmap_detail(caller, id).await?;
    let (group, entry, today) = (&detail.group, &detail.entry, detail.today);
    let tracks = state.app.tracks(caller, group.code.as_str()).await?;
    let invalid = !errors.is_empty();
    let roadmap = &entry.roadmap;
    let locale = i18n::current();
    let page = RoadmapPage {
        layout: Layout::marked(
            roadmap.title.to_string(),
            Some((caller, csrf)),
            highest(&entry.lines),
        ),
        code: group.code.to_string(),
        id: roadmap.id.get(),
        title: roadmap.title.to_string(),
        lede: roadmap_lede(entry, group, locale),
        lines: entry
            .lines
            .iter()
            .map(|line| LineRow {
                id: line.id.get(),
                title: line.title.to_string(),
                track: track_name(&tracks, line),
                leads: codes(&line.leads),
                due_on: Day::of(line.schedule.due_on, locale),
                status: line.status.to_string(),
                status_words: line_status(line.status),
                progress: line.progress.get(),
                overdue: overdue(line, today),
                distribution: (line.marking.distribution != Distribution::Group)
                    .then(|| vocabulary::distribution(line.marking.distribution)),
            })
            .collect(),
        can_keep: access::keep_the_plan(&caller.viewer, group.id).is_ok(),
        tracks: tracks
            .iter()
            .map(|t| (t.code.to_string(), t.name.to_string()))
            .collect(),
        distributions: [
            Distribution::Group,
            Distribution::Public,
            Distribution::Members,
            Distribution::Listed,
        ]
        .into_iter()
        .map(|d| (d.as_str(), vocabulary::distribution(d)))
        .collect(),
        classifications: Classification::ALL
            .into_iter()
            .map(|c| (c.as_str(), vocabulary::classification(c)))
            .collect(),
        form: form.unwrap_or_else(|| LineForm {
            distribution: Distribution::Group.as_str().to_owned(),
            ..LineForm::default()
        }),
        errors,
        notice: notice(done),
    };
    render_form(&page, invalid)
}

pub struct ReportRow {
    as_of: Day,
    party: String,
    status: String,
    status_words: String,
    progress: u8,
    summary: String,
    recorded_by: String,
}

#[derive(Template)]
#[template(path = "roadmaps/line.html")]
struct LinePage {
    layout: Layout,
    code: String,
    roadmap_id: i64,
    roadmap_title: String,
    id: i64,
    title: String,
    track: String,
    leads: String,
    participants: String,
    starts_on: Day,
    due_on: Day,
    deliverable: String,
    status: String,
    status_words: String,
    progress: u8,
    overdue: bool,
    distribution: String,
    classification: String,
    reports: Vec<ReportRow>,
    /// The viewer's party, when it may report on the line.
    report_party: Option<String>,
    statuses: Vec<(String, String)>,
    form: ReportForm,
    errors: ValidationErrors,
    notice: Option<String>,
}

/// The party the viewer may report for on this line, if any.
fn reporting_party(
    caller: &Caller,
    group: &GroupRecord,
    line: &ActionLineRecord,
) -> Option<String> {
    let party = caller.viewer.party_in(group.id)?;
    access::report_on_line(
        &caller.viewer,
        group.id,
        &party,
        &line.leads,
        &line.participants,
    )
    .ok()
    .map(|()| party.to_string())
}

pub(super) async fn line_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    id: ActionLineId,
    done: Option<&str>,
    form: Option<ReportForm>,
    errors: ValidationErrors,
) -> PageResult {
    let LineDetail {
        group,
        today,
        roadmap,
        line,
    } = state.app.line_detail(caller, id).await?;
    let tracks = state.app.tracks(caller, group.code.as_str()).await?;
    let report_party = reporting_party(caller, &group, &line);
    let invalid = !errors.is_empty();
    let form = form.unwrap_or_else(|| ReportForm {
        party: report_party.clone().unwrap_or_default(),
        as_of: today.to_string(),
        status: line.status.to_string(),
        progress: line.progress.get().to_string(),
        summary: String::new(),
    });
    let locale = i18n::current();
    let page = LinePage {
        layout: Layout::marked(
            line.title.to_string(),
            Some((caller, csrf)),
            line.marking.classification,
        ),
        code: group.code.to_string(),
        roadmap_id: roadmap.id.get(),
        roadmap_title: roadmap.title.to_string(),
        id: line.id.get(),
        title: line.title.to_string(),
        track: track_name(&tracks, &line),
        leads: codes(&line.leads),
        participants: codes(&line.participants),
        starts_on: Day::of(line.schedule.starts_on, locale),
        due_on: Day::of(line.schedule.due_on, locale),
        deliverable: line.deliverable.to_string(),
        status: line.status.to_string(),
        status_words: line_status(line.status),
        progress: line.progress.get(),
        overdue: overdue(&line, today),
        distribution: vocabulary::distribution(line.marking.distribution),
        classification: vocabulary::classification(line.marking.classification),
        reports: line
            .reports
            .iter()
            .rev()
            .map(|r| ReportRow {
                as_of: Day::of(r.report.as_of, locale),
                party: r.report.party.to_string(),
                status: r.report.status.to_string(),
                status_words: line_status(r.report.status),
                progress: r.report.progress.get(),
                summary: r.report.summary.to_string(),
                recorded_by: r.recorded_by_username.to_string(),
            })
            .collect(),
        report_party,
        statuses: LineStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), line_status(*s)))
            .collect(),
        form,
        errors,
        notice: notice(done),
    };
    render_form(&page, invalid)
}
