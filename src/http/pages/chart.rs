//! An indicator's figures drawn as SVG by the server (no script, no chart library): each
//! figure is a bar across its period at its value, one series per source (told apart by
//! colour, marker shape and dash, so a grey print still shows them), and figures that
//! conflict with another are ringed. The `<title>` and `<desc>` say in words what the chart
//! shows, conflicts included, in the reader's language; the page puts a table of the same
//! numbers beside it.

use std::fmt::Write;

use jiff::civil::Date;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::figures::words::{self, ConflictSentence};
use crate::domain::figures::{Conflict, Observation};
use crate::domain::ids::IndicatorId;
use crate::i18n::{self, Arg};

const WIDTH: f64 = 640.0;
const PLOT_HEIGHT: f64 = 220.0;
/// The plot starts at least this far from the left edge, further when a value's label on
/// the axis is longer (`1,5 млрд долл. США`): an average character of the 12-pixel font is
/// taken to be `CHARACTER` wide.
const LEFT: f64 = 72.0;
const CHARACTER: f64 = 6.5;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const AXIS: f64 = 36.0;
const LEGEND_LINE: f64 = 20.0;

/// Colour, dash and marker of each series, in turn (a palette readable by people with the
/// common colour-vision deficiencies).
const STYLES: [(&str, &str, Marker); 6] = [
    ("#0b6e99", "none", Marker::Circle),
    ("#c45a00", "6 3", Marker::Square),
    ("#5b3d99", "2 3", Marker::Triangle),
    ("#2e7d32", "8 3 2 3", Marker::Diamond),
    ("#8a1c4a", "none", Marker::Square),
    ("#555555", "4 4", Marker::Circle),
];

#[derive(Debug, Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// What a chart shows: the indicator and the figures the reader may see, with the conflicts
/// among them.
pub struct IndicatorChart<'a> {
    pub indicator: IndicatorId,
    pub name: &'a str,
    pub unit: &'a str,
    pub observations: &'a [Observation],
    pub conflicts: &'a [Conflict],
}

/// Characters that would end an XML text or attribute, escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The sources in the order their first figure appears: one series each.
fn series(observations: &[Observation]) -> Vec<&str> {
    let mut sources: Vec<&str> = Vec::new();
    for observation in observations {
        let citation = observation.source.citation.as_str();
        if !sources.contains(&citation) {
            sources.push(citation);
        }
    }
    sources
}

/// Where dates and values fall on the drawing.
struct Scale {
    first_day: i64,
    days: f64,
    top_value: Decimal,
    /// The value axis's labels, from 0 to the top in quarters.
    labels: Vec<String>,
    /// Where the plot starts, leaving room for the longest label.
    left: f64,
}

/// Days since 1970-01-01 (a `Date`'s span in days is exact: no time zone, no leap seconds).
fn day_number(date: Date) -> i64 {
    Date::constant(1970, 1, 1)
        .until(date)
        .map_or(0, |span| i64::from(span.get_days()))
}

/// A value on the axis, in the reader's language: `500 M USD`, `500 млн долл. США`.
fn axis_label(value: Decimal, unit: &str) -> String {
    i18n::t_with(
        "figures-chart-axis-value",
        &[
            ("number", words::scaled(value).into()),
            ("unit", words::unit(unit).into()),
        ],
    )
}

impl Scale {
    fn of(observations: &[Observation], unit: &str) -> Self {
        let first = observations.iter().map(|o| o.period.start()).min();
        let last = observations.iter().map(|o| o.period.end()).max();
        let (first_day, last_day) = match (first, last) {
            (Some(first), Some(last)) => (day_number(first), day_number(last) + 1),
            _ => (0, 1),
        };
        let largest = observations
            .iter()
            .map(|o| o.value)
            .max()
            .unwrap_or_default();
        let top_value = nice_ceiling(largest);
        let labels: Vec<String> = (0..=4)
            .map(|quarter| axis_label(top_value * Decimal::from(quarter) / Decimal::from(4), unit))
            .collect();
        let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        Scale {
            first_day,
            days: (last_day - first_day).max(1) as f64,
            top_value,
            labels,
            left: LEFT.max(longest as f64 * CHARACTER + 12.0),
        }
    }

    /// Pixel positions are the only floating-point numbers here; the figures stay decimal.
    fn x(&self, date: Date) -> f64 {
        self.x_of_day(day_number(date))
    }

    fn x_of_day(&self, day: i64) -> f64 {
        self.left + (day - self.first_day) as f64 / self.days * (WIDTH - self.left - RIGHT)
    }

    fn y(&self, value: Decimal) -> f64 {
        let share = (value / self.top_value).to_f64().unwrap_or(0.0);
        TOP + PLOT_HEIGHT - share.clamp(0.0, 1.0) * PLOT_HEIGHT
    }
}

/// The smallest of 1, 2, 5 or 10 times a power of ten that is at least `value` (1 for 0).
fn nice_ceiling(value: Decimal) -> Decimal {
    let mut power = Decimal::ONE;
    while power * Decimal::TEN <= value {
        power *= Decimal::TEN;
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|step| power * Decimal::from(step))
        .find(|candidate| *candidate >= value)
        .unwrap_or(power * Decimal::TEN)
}

/// The chart as an SVG document.
pub fn indicator_chart(chart: &IndicatorChart<'_>) -> String {
    let sources = series(chart.observations);
    let scale = Scale::of(chart.observations, chart.unit);
    let height = TOP + PLOT_HEIGHT + AXIS + LEGEND_LINE * sources.len() as f64;
    let id = chart.indicator.get();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"100%\" role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\" \
         font-family=\"sans-serif\" font-size=\"12\">\
         <title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>",
        escape(chart.name),
        escape(&description(chart, &sources)),
    );
    axes(&mut svg, &scale);
    for (index, source) in sources.iter().enumerate() {
        let (colour, dash, marker) = STYLES[index % STYLES.len()];
        let _ = write!(
            svg,
            "<g class=\"series\" data-source=\"{}\" stroke=\"{colour}\" fill=\"{colour}\">",
            escape(source)
        );
        for observation in chart
            .observations
            .iter()
            .filter(|o| o.source.citation == *source)
        {
            figure(&mut svg, &scale, observation, chart.conflicts, dash, marker);
        }
        svg.push_str("</g>");
        legend(&mut svg, scale.left, index, source, colour, dash, marker);
    }
    svg.push_str("</svg>");
    svg
}

/// What the chart shows, in words, for those who cannot see it: how many figures from how
/// many sources, and each conflict in the sentence the page says it in.
fn description(chart: &IndicatorChart<'_>, sources: &[&str]) -> String {
    let summary = i18n::t_with(
        "figures-chart-summary",
        &[
            ("figures", Arg::from(chart.observations.len())),
            ("unit", words::unit(chart.unit).into()),
            ("sources", Arg::from(sources.len())),
        ],
    );
    let find = |id| chart.observations.iter().find(|o| o.id == id);
    let sentences: Vec<String> = chart
        .conflicts
        .iter()
        .filter_map(|conflict| {
            let (a, b) = (
                find(conflict.observations[0])?,
                find(conflict.observations[1])?,
            );
            Some(ConflictSentence::of(conflict, a, b, chart.unit).text())
        })
        .collect();
    let conflicts = match chart.conflicts.len() {
        0 => i18n::t("figures-chart-no-conflicts"),
        count => i18n::t_with(
            "figures-chart-conflicts",
            &[
                ("count", Arg::from(count)),
                ("sentences", sentences.join(" ").into()),
            ],
        ),
    };
    format!("{summary} {conflicts}")
}

fn axes(svg: &mut String, scale: &Scale) {
    let bottom = TOP + PLOT_HEIGHT;
    let left = scale.left;
    let _ = write!(
        svg,
        "<g class=\"axes\" stroke=\"#999\" fill=\"#333\">\
         <line x1=\"{left}\" y1=\"{bottom}\" x2=\"{}\" y2=\"{bottom}\"/>",
        WIDTH - RIGHT
    );
    for (quarter, label) in scale.labels.iter().enumerate() {
        let value = scale.top_value * Decimal::from(quarter) / Decimal::from(4);
        let y = scale.y(value);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke-opacity=\"0.3\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" stroke=\"none\">{}</text>",
            WIDTH - RIGHT,
            left - 6.0,
            y + 4.0,
            escape(label)
        );
    }
    let first_year = jiff::Timestamp::from_second(scale.first_day * 86_400)
        .map_or(2000, |t| t.to_zoned(jiff::tz::TimeZone::UTC).year());
    let last_day = scale.first_day + scale.days as i64;
    for year in first_year..=first_year + 100 {
        let Ok(january) = Date::new(year, 1, 1) else {
            break;
        };
        let day = day_number(january);
        if day > last_day {
            break;
        }
        if day < scale.first_day {
            continue;
        }
        let x = scale.x_of_day(day);
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{bottom}\" x2=\"{x:.1}\" y2=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{}\" stroke=\"none\">{year}</text>",
            bottom + 5.0,
            x + 3.0,
            bottom + 18.0
        );
    }
    svg.push_str("</g>");
}

fn figure(
    svg: &mut String,
    scale: &Scale,
    observation: &Observation,
    conflicts: &[Conflict],
    dash: &str,
    marker: Marker,
) {
    let x1 = scale.x(observation.period.start());
    let x2 = scale.x_of_day(day_number(observation.period.end()) + 1);
    let y = scale.y(observation.value);
    let conflicting = conflicts
        .iter()
        .any(|c| c.observations.contains(&observation.id));
    let class = if conflicting {
        "figure conflict"
    } else {
        "figure"
    };
    let title = i18n::t_with(
        if conflicting {
            "figures-chart-figure-in-conflict"
        } else {
            "figures-chart-figure"
        },
        &[
            (
                "pair",
                words::pair(observation.reporter.as_str(), observation.partner.as_str()).into(),
            ),
            ("period", words::period(&observation.period).into()),
            ("value", words::scaled(observation.value).into()),
            ("source", observation.source.citation.as_str().into()),
        ],
    );
    let _ = write!(
        svg,
        "<g class=\"{class}\" data-observation=\"{}\"><title>{}</title>\
         <line x1=\"{x1:.1}\" y1=\"{y:.1}\" x2=\"{x2:.1}\" y2=\"{y:.1}\" stroke-width=\"3\" \
         stroke-dasharray=\"{dash}\"/>",
        observation.id.get(),
        escape(&title),
    );
    draw_marker(svg, marker, x2, y);
    if conflicting {
        let _ = write!(
            svg,
            "<circle cx=\"{x2:.1}\" cy=\"{y:.1}\" r=\"9\" fill=\"none\" stroke=\"#b00020\" \
             stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
        );
    }
    svg.push_str("</g>");
}

fn draw_marker(svg: &mut String, marker: Marker, x: f64, y: f64) {
    let _ = match marker {
        Marker::Circle => write!(svg, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\"/>"),
        Marker::Square => write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\"/>",
            x - 4.0,
            y - 4.0
        ),
        Marker::Triangle => write!(
            svg,
            "<path d=\"M{x:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z\"/>",
            y - 5.0,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
        Marker::Diamond => write!(
            svg,
            "<path d=\"M{x:.1} {:.1} L{:.1} {y:.1} L{x:.1} {:.1} L{:.1} {y:.1} Z\"/>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
    };
}

fn legend(
    svg: &mut String,
    left: f64,
    index: usize,
    source: &str,
    colour: &str,
    dash: &str,
    marker: Marker,
) {
    let y = TOP + PLOT_HEIGHT + AXIS + LEGEND_LINE * index as f64;
    let _ = write!(
        svg,
        "<g class=\"legend\" stroke=\"{colour}\" fill=\"{colour}\">\
         <line x1=\"{left}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke-width=\"3\" \
         stroke-dasharray=\"{dash}\"/>",
        left + 28.0
    );
    draw_marker(svg, marker, left + 28.0, y);
    let _ = write!(
        svg,
        "<text x=\"{}\" y=\"{}\" stroke=\"none\" fill=\"#333\">{}</text></g>",
        left + 40.0,
        y + 4.0,
        escape(source)
    );
}

/// At most this many points of one source are drawn; a longer series is thinned.
pub const MAX_POINTS_PER_SERIES: usize = 240;

/// The figures a chart draws: every figure of a short series; of a long one, the lowest and
/// the highest figure of each stretch of time (so no peak or trough is lost), and always every
/// figure in conflict. The tables and the CSV keep every figure.
pub fn thinned<'a>(
    observations: &'a [Observation],
    conflicts: &[Conflict],
) -> Vec<&'a Observation> {
    let in_conflict = |o: &Observation| conflicts.iter().any(|c| c.observations.contains(&o.id));
    let mut kept = Vec::with_capacity(observations.len().min(MAX_POINTS_PER_SERIES * 8));
    for source in series(observations) {
        let mut points: Vec<&Observation> = observations
            .iter()
            .filter(|o| o.source.citation == source)
            .collect();
        if points.len() <= MAX_POINTS_PER_SERIES {
            kept.extend(points);
            continue;
        }
        points.sort_by_key(|o| (o.period.start(), o.id));
        let stretch = points.len().div_ceil(MAX_POINTS_PER_SERIES / 2);
        for bucket in points.chunks(stretch) {
            let low = bucket.iter().min_by_key(|o| o.value);
            let high = bucket.iter().max_by_key(|o| o.value);
            for point in bucket {
                let extreme =
                    low.is_some_and(|l| l.id == point.id) || high.is_some_and(|h| h.id == point.id);
                if extreme || in_conflict(point) {
                    kept.push(*point);
                }
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::{conflicts, Flow, Period, Source};
    use crate::domain::ids::ObservationId;
    use crate::domain::names::PartyCode;

    fn figure(id: i64, pair: &str, period: Period, value: &str, citation: &str) -> Observation {
        let (reporter, partner) = pair.split_once('-').expect("a pair");
        Observation {
            id: ObservationId::new(id),
            reporter: PartyCode::parse(reporter).expect("valid"),
            partner: PartyCode::parse(partner).expect("valid"),
            period,
            value: value.parse().expect("a decimal"),
            source: Source {
                citation: citation.to_owned(),
                url: None,
            },
        }
    }

    fn kazakh_trade() -> Vec<Observation> {
        let nine_months = Period::parse("2024-01-01", "2024-09-30").expect("valid");
        vec![
            figure(
                1,
                "KZ-AF",
                Period::year(2023).expect("valid"),
                "567500000",
                "Interfax",
            ),
            figure(2, "KZ-AF", nine_months, "700000000", "CACI Analyst"),
            figure(
                3,
                "KZ-AF",
                Period::year(2024).expect("valid"),
                "545200000",
                "Astana Times & co",
            ),
        ]
    }

    fn drawn(observations: &[Observation]) -> String {
        let found = conflicts(observations, Some(Flow::Turnover));
        indicator_chart(&IndicatorChart {
            indicator: IndicatorId::new(4),
            name: "Trade turnover with Afghanistan",
            unit: "USD",
            observations,
            conflicts: &found,
        })
    }

    #[test]
    fn the_chart_is_well_formed_svg_that_says_what_it_shows() {
        let svg = drawn(&kazakh_trade());
        let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(root.attribute("role"), Some("img"));
        let text_of = |tag: &str| {
            root.children()
                .find(|n| n.has_tag_name(tag))
                .and_then(|n| n.text())
                .map(str::to_owned)
        };
        assert_eq!(
            text_of("title").as_deref(),
            Some("Trade turnover with Afghanistan")
        );
        let desc = text_of("desc").expect("a description");
        assert!(
            desc.starts_with("3 figures in USD from 3 sources. 1 conflict:"),
            "{desc}"
        );
        // The conflict in the sentence the indicator's page says it in.
        assert!(
            desc.contains(
                "KZ–AF January–September 2024 (USD 700 M, CACI Analyst) exceeds the figure for \
                 the whole of 2024 (USD 545.2 M, Astana Times & co), which contains it."
            ),
            "{desc}"
        );
    }

    #[test]
    fn each_source_is_a_series_and_conflicting_figures_are_marked() {
        let svg = drawn(&kazakh_trade());
        let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let series: Vec<&str> = document
            .descendants()
            .filter(|n| n.attribute("class") == Some("series"))
            .filter_map(|n| n.attribute("data-source"))
            .collect();
        assert_eq!(series, ["Interfax", "CACI Analyst", "Astana Times & co"]);
        let conflicting: Vec<&str> = document
            .descendants()
            .filter(|n| n.attribute("class") == Some("figure conflict"))
            .filter_map(|n| n.attribute("data-observation"))
            .collect();
        assert_eq!(conflicting, ["2", "3"]);
        let figure_titles: Vec<String> = document
            .descendants()
            .filter(|n| {
                n.attribute("class")
                    .is_some_and(|c| c.starts_with("figure"))
            })
            .filter_map(|n| n.children().find(|c| c.has_tag_name("title")))
            .filter_map(|t| t.text().map(str::to_owned))
            .collect();
        assert_eq!(figure_titles[0], "KZ–AF 2023: 567.5 M (Interfax)");
        assert_eq!(
            figure_titles[2],
            "KZ–AF 2024: 545.2 M (Astana Times & co); conflicts with another figure"
        );
    }

    #[test]
    fn a_longer_period_draws_a_longer_bar_and_a_larger_value_a_higher_one() {
        let observations = kazakh_trade();
        let scale = Scale::of(&observations, "USD");
        let year = &observations[2].period;
        let nine = &observations[1].period;
        let width = |p: &Period| scale.x_of_day(day_number(p.end()) + 1) - scale.x(p.start());
        assert!(width(year) > width(nine));
        assert!(scale.y(observations[1].value) < scale.y(observations[2].value));
        assert_eq!(scale.top_value, Decimal::from(1_000_000_000));
    }

    #[test]
    fn an_empty_chart_is_still_a_valid_document() {
        let svg = drawn(&[]);
        roxmltree::Document::parse(&svg).expect("well-formed XML");
        assert!(svg.contains("0 figures in USD from 0 sources. No figures conflict."));
    }

    #[tokio::test]
    async fn a_russian_chart_speaks_russian_and_makes_room_for_its_longer_labels() {
        let observations = kazakh_trade();
        let svg = crate::i18n::scope(Some(crate::domain::language::UiLanguage::Russian), async {
            drawn(&observations)
        })
        .await;
        let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let desc = document
            .descendants()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|n| n.text())
            .expect("a description");
        assert!(
            desc.starts_with("3 значения из 3 источников; единица измерения — долл. США."),
            "{desc}"
        );
        assert!(svg.contains(">1 млрд долл. США</text>"), "{svg}");
        let english = Scale::of(&observations, "USD");
        let russian =
            crate::i18n::scope(Some(crate::domain::language::UiLanguage::Russian), async {
                Scale::of(&observations, "USD")
            })
            .await;
        assert_eq!(english.left, LEFT);
        assert!(russian.left > english.left);
    }

    #[test]
    fn a_long_series_is_thinned_to_its_extremes_and_its_conflicts() {
        let many: Vec<Observation> = (0..2_000)
            .map(|n| {
                let year = Period::year(1000 + i16::try_from(n).expect("small")).expect("a year");
                let value = (1000 + n % 7).to_string();
                figure(n, "KZ-AF", year, &value, "Monthly bulletin")
            })
            .collect();
        let conflict = Conflict {
            observations: [ObservationId::new(5), ObservationId::new(6)],
            kind: crate::domain::figures::ConflictKind::SamePeriodDifferentValues,
            reason: String::new(),
        };
        let drawn = thinned(&many, std::slice::from_ref(&conflict));
        assert!(drawn.len() <= MAX_POINTS_PER_SERIES + 2, "{}", drawn.len());
        assert!(drawn.iter().any(|o| o.id == ObservationId::new(5)));
        assert!(drawn.iter().any(|o| o.id == ObservationId::new(6)));
        let few = &many[..10];
        assert_eq!(thinned(few, &[]).len(), 10);
    }
}
