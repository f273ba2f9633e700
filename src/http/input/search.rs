//! A search as a query string (`/api/v1/search?q=…` and the search page), parsed into the
//! use case's query with one message per bad parameter.

use serde::Deserialize;
use utoipa::IntoParams;

use super::followup::date;
use crate::app::search::{SearchQuery, MAX_HITS};
use crate::domain::message::Message;
use crate::domain::names::PartyCode;
use crate::domain::search::{HitKind, SearchText};
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;
use crate::search::Filters;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// The words to find, in any of their forms: one line, at most 200 characters.
    #[serde(default)]
    #[param(required = true, value_type = String, min_length = 1, max_length = 200, pattern = r"^[^\u0000-\u001F\u007F-\u009F]*[^\s\u0000-\u001F\u007F-\u009F][^\u0000-\u001F\u007F-\u009F]*$")]
    pub q: String,
    /// Only this group's records (its code, e.g. CGA).
    #[param(value_type = Option<shape::GroupCodeText>)]
    pub group: Option<String>,
    /// Only this kind.
    #[param(value_type = Option<shape::HitKindName>)]
    pub kind: Option<String>,
    /// Only records by or about this party (its code, e.g. UZ).
    #[param(value_type = Option<shape::PartyCodeText>)]
    pub party: Option<String>,
    /// Only the records of this meeting (its id).
    #[param(value_type = Option<i64>, minimum = 1)]
    pub meeting: Option<String>,
    /// Only records written (or meetings held) on or after this day (UTC).
    #[param(value_type = Option<shape::DateText>)]
    pub from: Option<String>,
    /// Only records written on or before this day (UTC).
    #[param(value_type = Option<shape::DateText>)]
    pub until: Option<String>,
    /// How many hits to return (20 unless said).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 50)]
    pub limit: Option<String>,
}

/// A parameter that was sent, as sent: an empty one is refused by its parser like any other
/// malformed value (the document says what each must look like; the page's form leaves out
/// what is not chosen).
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim)
}

fn day_micros(text: &str, days_after: i64) -> Result<i64, Message> {
    let day = date(text)?;
    let start = day
        .checked_add(jiff::Span::new().days(days_after))
        .map_err(|_| Message::new("error-date-not-in-calendar"))?
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|_| Message::new("error-date-not-in-calendar"))?;
    Ok(start.timestamp().as_microsecond())
}

impl SearchParams {
    pub fn parse(&self) -> Result<SearchQuery, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let text = errors.check_all(SearchText::parse(&self.q));
        let kind = given(&self.kind).and_then(|kind| {
            let parsed = HitKind::parse(kind);
            if parsed.is_none() {
                errors.add(
                    "kind",
                    Message::new("error-choice-one-of")
                        .with("values", "text, paper, comment, decision, meeting"),
                );
            }
            parsed
        });
        let party = given(&self.party)
            .and_then(|party| errors.check("party", PartyCode::parse(party)))
            .map(|party| party.to_string());
        let meeting = given(&self.meeting).and_then(|meeting| match meeting.parse::<i64>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                errors.add("meeting", Message::new("error-search-meeting"));
                None
            }
        });
        let mut bound = |field: &str, value: &Option<String>, days_after: i64| {
            given(value).and_then(|day| match day_micros(day, days_after) {
                Ok(micros) => Some(micros),
                Err(message) => {
                    errors.add(field, message);
                    None
                }
            })
        };
        let from_micros = bound("from", &self.from, 0);
        let until_micros = bound("until", &self.until, 1);
        let limit = match given(&self.limit) {
            None => 20,
            Some(limit) => match limit.parse::<usize>() {
                Ok(n) if (1..=MAX_HITS).contains(&n) => n,
                _ => {
                    errors.add(
                        "limit",
                        Message::new("error-search-limit").with("max", MAX_HITS),
                    );
                    20
                }
            },
        };
        errors.into_result()?;
        let text = text.ok_or_else(ValidationErrors::new)?;
        Ok(SearchQuery {
            text,
            group: given(&self.group).map(str::to_owned),
            filters: Filters {
                kind,
                party,
                meeting,
                from_micros,
                until_micros,
            },
            limit,
        })
    }
}
