//! The page of one text: its latest version with the brackets drawn, language versions,
//! amendments as word diffs, versions, and the forms its reader may use.

use askama::Template;

use crate::app::records::{AmendmentRecord, LanguageVersionRecord};
use crate::app::texts::TextDetail;
use crate::app::Caller;
use crate::domain::diff::{word_diff, Change};
use crate::domain::text::{Bracket, Segment};
use crate::domain::validation::ValidationErrors;
use crate::http::pages::comments::DiscussionBlock;
use crate::http::pages::Layout;
use crate::http::vocabulary;
use crate::i18n;

pub struct SegmentView {
    bracket: bool,
    text: String,
    alternatives: Vec<String>,
    holders: String,
    title: String,
}

pub struct LanguageView {
    language: String,
    status: String,
    prevailing: bool,
    rtl: bool,
    body: String,
}

pub struct AmendmentRow {
    id: i64,
    party: String,
    version: i64,
    state: String,
    state_label: String,
    reason: String,
    answer: String,
    diff: Vec<(&'static str, String)>,
}

impl SegmentView {
    /// Agreed text as it is; a bracket with its alternatives (an empty one reads "delete")
    /// and its holders.
    fn of(segment: &Segment) -> Self {
        match segment {
            Segment::Agreed(text) => SegmentView {
                bracket: false,
                text: text.clone(),
                alternatives: vec![],
                holders: String::new(),
                title: String::new(),
            },
            Segment::Bracket(b) => SegmentView {
                bracket: true,
                text: String::new(),
                alternatives: b
                    .alternatives
                    .iter()
                    .map(|a| match a.is_empty() {
                        true => i18n::t("texts-bracket-delete"),
                        false => a.clone(),
                    })
                    .collect(),
                holders: match b.holders.is_empty() {
                    true => String::new(),
                    false => {
                        let holders: Vec<String> =
                            b.holders.iter().map(ToString::to_string).collect();
                        format!(" {}", holders.join(", "))
                    }
                },
                title: describe(b),
            },
        }
    }
}

/// How long a quoted alternative may be in a bracket's description before it is shortened.
const DESCRIBE_MAX_CHARS: usize = 60;

/// One line naming a bracket for the reader, in their language (the domain's `describe` is
/// the English of refusals): `bracket 2 (line 4, column 7) held by KZ, UZ: “agree” or “note”`.
fn describe(bracket: &Bracket) -> String {
    let alternatives: Vec<String> = bracket.alternatives.iter().map(|a| quote(a)).collect();
    let mut args = vec![
        ("number", i18n::Arg::from(bracket.number)),
        ("line", i18n::Arg::from(bracket.line)),
        ("column", i18n::Arg::from(bracket.column)),
        (
            "alternatives",
            i18n::Arg::from(join_as_choice(alternatives)),
        ),
    ];
    if bracket.holders.is_empty() {
        return i18n::t_with("texts-bracket-describe", &args);
    }
    let holders: Vec<&str> = bracket.holders.iter().map(|p| p.as_str()).collect();
    args.push(("holders", i18n::Arg::from(holders.join(", "))));
    i18n::t_with("texts-bracket-describe-held", &args)
}

/// An alternative on one line in the language's quotation marks, shortened if long; an
/// empty one is the choice to delete.
fn quote(alternative: &str) -> String {
    if alternative.is_empty() {
        return i18n::t("texts-bracket-alternative-nothing");
    }
    let one_line = alternative.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= DESCRIBE_MAX_CHARS {
        return i18n::t_with("texts-bracket-alternative", &[("text", one_line.into())]);
    }
    let start: String = one_line.chars().take(DESCRIBE_MAX_CHARS).collect();
    i18n::t_with(
        "texts-bracket-alternative-long",
        &[("text", start.trim_end().to_owned().into())],
    )
}

/// `a`, `a or b`, `a, b or c`, each joint as the language writes it.
fn join_as_choice(mut items: Vec<String>) -> String {
    let Some(mut joined) = items.pop() else {
        return String::new();
    };
    if let Some(before_last) = items.pop() {
        joined = i18n::t_with(
            "texts-bracket-or",
            &[("first", before_last.into()), ("last", joined.into())],
        );
    }
    while let Some(earlier) = items.pop() {
        joined = i18n::t_with(
            "texts-bracket-list",
            &[("first", earlier.into()), ("rest", joined.into())],
        );
    }
    joined
}

/// The status of a language version in words.
fn language_status(status: &str) -> String {
    match status {
        "authentic" => i18n::t("texts-language-status-authentic"),
        "translation" => i18n::t("texts-language-status-translation"),
        other => other.to_owned(),
    }
}

impl LanguageView {
    fn of(l: &LanguageVersionRecord) -> Self {
        LanguageView {
            language: l.language.to_string(),
            status: language_status(l.status.as_str()),
            prevailing: l.prevailing,
            rtl: l.language.is_right_to_left(),
            body: l.body.clone(),
        }
    }
}

impl AmendmentRow {
    /// An amendment with its passage and replacement as a word diff.
    fn of(a: &AmendmentRecord) -> Self {
        AmendmentRow {
            id: a.id.get(),
            party: a.party.to_string(),
            version: a.version_number,
            state: a.state.as_str().to_owned(),
            state_label: match a.state.as_str() {
                "proposed" => i18n::t("texts-amendment-proposed"),
                "incorporated" => i18n::t("texts-amendment-incorporated"),
                "declined" => i18n::t("texts-amendment-declined"),
                other => other.to_owned(),
            },
            reason: a.reason.clone(),
            answer: a.answer.clone(),
            diff: word_diff(&a.passage, &a.replacement)
                .into_iter()
                .map(|change| match change {
                    Change::Same(t) => ("same", t),
                    Change::Removed(t) => ("removed", t),
                    Change::Added(t) => ("added", t),
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "text.html")]
pub(super) struct TextPage {
    layout: Layout,
    id: i64,
    code: String,
    title: String,
    kind: String,
    marking_line: String,
    language: String,
    rtl: bool,
    version: i64,
    credited: Option<String>,
    hash: String,
    body: String,
    brackets: usize,
    segments: Vec<SegmentView>,
    languages: Vec<LanguageView>,
    procedures: Vec<(i64, String)>,
    amendments: Vec<AmendmentRow>,
    versions: Vec<(i64, String, String)>,
    can_hold_pen: bool,
    can_amend: bool,
    can_preside: bool,
    viewer_zone: String,
    pub(super) convened: Vec<(i64, String)>,
    notice: Option<String>,
    errors: ValidationErrors,
    discussion: DiscussionBlock,
}

pub(super) fn text_page_view(
    detail: &TextDetail,
    caller: &Caller,
    csrf: &str,
    notice: Option<String>,
    errors: ValidationErrors,
    discussion: DiscussionBlock,
) -> TextPage {
    let latest = detail.latest_version();
    let version = latest.map(|v| v.number).unwrap_or(0);
    let segments = detail.latest.segments.iter().map(SegmentView::of).collect();
    TextPage {
        layout: Layout::marked(
            detail.text.title.to_string(),
            Some((caller, csrf)),
            detail.text.marking.classification,
        ),
        id: detail.text.id.get(),
        code: detail.group.code.to_string(),
        title: detail.text.title.to_string(),
        kind: vocabulary::text_kind(detail.text.kind),
        marking_line: i18n::t_with(
            "texts-lede-marking",
            &[
                ("penholder", detail.text.penholder.to_string().into()),
                (
                    "distribution",
                    vocabulary::distribution(detail.text.marking.distribution).into(),
                ),
                (
                    "classification",
                    vocabulary::classification(detail.text.marking.classification).into(),
                ),
                ("language", detail.text.language.to_string().into()),
            ],
        ),
        language: detail.text.language.to_string(),
        rtl: detail.text.language.is_right_to_left(),
        version,
        credited: latest.and_then(|v| v.credited_party.as_ref().map(ToString::to_string)),
        hash: latest.map(|v| v.hash.to_hex()).unwrap_or_default(),
        body: latest.map(|v| v.body.clone()).unwrap_or_default(),
        brackets: detail.latest.open_brackets().len(),
        segments,
        languages: detail
            .language_versions
            .iter()
            .filter(|l| l.version_number == version && l.language != detail.text.language)
            .map(LanguageView::of)
            .collect(),
        procedures: detail
            .procedures
            .iter()
            .map(|p| {
                (
                    p.id.get(),
                    i18n::t_with(
                        "texts-procedure-on-version",
                        &[
                            ("kind", vocabulary::procedure_kind(p.rules.kind).into()),
                            ("version", p.version_number.into()),
                        ],
                    ),
                )
            })
            .collect(),
        amendments: detail.amendments.iter().map(AmendmentRow::of).collect(),
        versions: detail
            .versions
            .iter()
            .rev()
            .map(|v| {
                (
                    v.number,
                    v.hash.to_hex(),
                    v.credited_party
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                )
            })
            .collect(),
        can_hold_pen: detail.can_hold_pen,
        can_amend: detail.can_amend,
        can_preside: detail.can_preside && detail.text.kind.may_be_adopted(),
        viewer_zone: caller.account.time_zone.to_string(),
        convened: Vec::new(),
        notice,
        errors,
        discussion,
    }
}
