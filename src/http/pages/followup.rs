//! The agreements registry and the engagement records as pages, with their forms.

use askama::Template;
use axum::extract::{Path, State};
use serde::Deserialize;

use super::chart::compact;
use super::{after_form, path_id, render_form, Layout, PageForm, PageResult};
use crate::app::records::{AgreementRecord, EngagementRecord, GroupRecord};
use crate::domain::figures::Money;
use crate::domain::ids::EngagementId;
use crate::domain::role::Standing;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageSession;
use crate::http::input::followup::{
    AgreementInput, EngagementInput, MoneyInput, SourceInput, WidenInput,
};
use crate::http::AppState;

/// Money as the page says it: `USD 2.5 bn`.
pub fn money_words(money: &Money) -> String {
    format!("{} {}", money.currency, compact(money.major()))
}

struct AgreementRow {
    title: String,
    party: String,
    counterpart: String,
    track: String,
    signed: String,
    count: u32,
    value: String,
    status: String,
    source: String,
    distribution: String,
}

impl From<&AgreementRecord> for AgreementRow {
    fn from(a: &AgreementRecord) -> Self {
        AgreementRow {
            title: a.title.to_string(),
            party: a.party.to_string(),
            counterpart: a.counterpart.to_string(),
            track: a.track.to_string(),
            signed: format!("{}, {}", a.signed_on, a.place),
            count: a.count.get(),
            value: a.value.as_ref().map(money_words).unwrap_or_default(),
            status: a.status.as_str().replace('_', " "),
            source: a.source.citation.clone(),
            distribution: a.marking.distribution.to_string(),
        }
    }
}

struct TotalRow {
    party: String,
    count: u64,
    value: String,
}

#[derive(Template)]
#[template(path = "agreements.html")]
struct AgreementsPage {
    layout: Layout,
    code: String,
    group_name: String,
    agreements: Vec<AgreementRow>,
    totals: Vec<TotalRow>,
    parties: Vec<String>,
    tracks: Vec<(String, String)>,
    can_record: bool,
    errors: ValidationErrors,
}

/// The parties a caller may record for: their own, or every party for the secretariat.
fn recordable_parties(group: &GroupRecord, session: &PageSession) -> Vec<String> {
    match session.caller.viewer.party_in(group.id) {
        Some(party) => vec![party.to_string()],
        None => group
            .parties
            .iter()
            .filter(|p| p.standing != Standing::Guest)
            .map(|p| p.code.to_string())
            .collect(),
    }
}

async fn agreements_page(
    state: &AppState,
    session: &PageSession,
    code: &str,
    errors: ValidationErrors,
) -> PageResult {
    let list = state.app.agreements(&session.caller, code).await?;
    let tracks = state.app.tracks(&session.caller, code).await?;
    let group = &list.group;
    let seat = session.caller.viewer.seat(group.id);
    let can_record = seat.is_some_and(|s| {
        s.role == crate::domain::role::Role::Secretariat
            || s.party.as_ref().is_some_and(|party| {
                crate::domain::access::record_for_party(&session.caller.viewer, group.id, party)
                    .is_ok()
            })
    });
    let invalid = !errors.is_empty();
    let page = AgreementsPage {
        layout: Layout::new(
            format!("Agreements of {}", group.code),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        group_name: group.name.to_string(),
        agreements: list.agreements.iter().map(AgreementRow::from).collect(),
        totals: list
            .totals
            .iter()
            .map(|t| TotalRow {
                party: t.party.to_string(),
                count: t.count,
                value: match t.currency {
                    Some(currency) => Money::new(t.amount_minor, currency)
                        .map(|m| money_words(&m))
                        .unwrap_or_default(),
                    None => "no value recorded".to_owned(),
                },
            })
            .collect(),
        parties: recordable_parties(group, session),
        tracks: tracks
            .iter()
            .map(|t| (t.code.to_string(), t.name.to_string()))
            .collect(),
        can_record,
        errors,
    };
    render_form(&page, invalid)
}

/// The agreements registry of a group.
pub async fn agreements(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
) -> PageResult {
    agreements_page(&state, &session, &code, ValidationErrors::new()).await
}

/// The form that records an agreement; the value is given in major units (2500000000).
#[derive(Debug, Deserialize)]
pub struct AgreementForm {
    title: String,
    party: String,
    counterpart: String,
    track: String,
    signed_on: String,
    place: String,
    #[serde(default)]
    count: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    currency: String,
    status: String,
    citation: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    distribution: String,
}

/// Records an agreement from the form.
pub async fn record_agreement(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
    PageForm(form): PageForm<AgreementForm>,
) -> PageResult {
    let result = match agreement_input(form) {
        Ok(input) => match input.parse() {
            Ok(draft) => state
                .app
                .record_agreement(&session.caller, &code, draft)
                .await
                .map(|_| ()),
            Err(errors) => Err(errors.into()),
        },
        Err(errors) => Err(errors.into()),
    };
    after_form(
        result,
        format!("/groups/{code}/agreements"),
        async |errors| agreements_page(&state, &session, &code, errors).await,
    )
    .await
}

/// The form as the API's input: the count as a number, the value from major units.
fn agreement_input(form: AgreementForm) -> Result<AgreementInput, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let count = match form.count.trim() {
        "" => None,
        text => errors.check(
            "count",
            text.parse::<i64>()
                .map_err(|_| crate::domain::message::Message::new("error-whole-number")),
        ),
    };
    let value = match (form.value.trim(), form.currency.trim()) {
        ("", _) => None,
        (major, currency) => {
            let money = crate::domain::figures::Currency::parse(currency)
                .and_then(|c| Money::from_major(major, c));
            errors.check("value", money).map(|m| MoneyInput {
                amount_minor: m.amount_minor,
                currency: m.currency.code().to_owned(),
            })
        }
    };
    errors.into_result()?;
    Ok(AgreementInput {
        title: form.title,
        party: form.party,
        counterpart: form.counterpart,
        track: form.track,
        signed_on: form.signed_on,
        place: form.place,
        count,
        value,
        status: form.status,
        source: SourceInput {
            citation: form.citation,
            url: Some(form.url),
        },
        distribution: Some(form.distribution),
        classification: None,
        listed: Vec::new(),
    })
}

struct EngagementRow {
    id: i64,
    party: String,
    date: String,
    place: String,
    level: String,
    counterpart: String,
    tracks: String,
    summary: String,
    follow_up: String,
    distribution: String,
    can_widen: bool,
}

#[derive(Template)]
#[template(path = "engagements.html")]
struct EngagementsPage {
    layout: Layout,
    code: String,
    records: Vec<EngagementRow>,
    party: Option<String>,
    tracks: Vec<(String, String)>,
    errors: ValidationErrors,
}

async fn engagements_page(
    state: &AppState,
    session: &PageSession,
    code: &str,
    errors: ValidationErrors,
) -> PageResult {
    let (group, records) = state.app.engagements(&session.caller, code).await?;
    let tracks = state.app.tracks(&session.caller, code).await?;
    let viewer = &session.caller.viewer;
    let party = viewer
        .party_in(group.id)
        .filter(|p| crate::domain::access::record_engagement(viewer, group.id, p).is_ok());
    let rows = records
        .iter()
        .map(|e: &EngagementRecord| EngagementRow {
            id: e.id.get(),
            party: e.party.to_string(),
            date: e.date.to_string(),
            place: e.place.to_string(),
            level: e.level.to_string(),
            counterpart: e.counterpart.to_string(),
            tracks: e
                .tracks
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            summary: e.summary.to_string(),
            follow_up: e
                .follow_up
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            distribution: e.marking.distribution.to_string(),
            can_widen: crate::domain::access::widen(viewer, group.id, Some(&e.party)).is_ok()
                && e.marking.distribution != crate::domain::marking::Distribution::Public,
        })
        .collect();
    let invalid = !errors.is_empty();
    let page = EngagementsPage {
        layout: Layout::new(
            format!("Engagement with the authorities: {}", group.code),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        records: rows,
        party: party.map(|p| p.to_string()),
        tracks: tracks
            .iter()
            .map(|t| (t.code.to_string(), t.name.to_string()))
            .collect(),
        errors,
    };
    render_form(&page, invalid)
}

/// The engagement records the caller may see.
pub async fn engagements(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
) -> PageResult {
    engagements_page(&state, &session, &code, ValidationErrors::new()).await
}

/// The fields of a form as sent, in order; a checkbox group sends its name once per box
/// ticked.
struct Fields(Vec<(String, String)>);

impl Fields {
    fn one(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

/// Records an engagement from the form (its tracks are checkboxes).
pub async fn record_engagement(
    State(state): State<AppState>,
    session: PageSession,
    Path(code): Path<String>,
    PageForm(fields): PageForm<Vec<(String, String)>>,
) -> PageResult {
    let form = Fields(fields);
    let input = EngagementInput {
        party: form.one("party"),
        date: form.one("date"),
        place: form.one("place"),
        level: form.one("level"),
        counterpart: form.one("counterpart"),
        tracks: form.all("tracks"),
        summary: form.one("summary"),
        follow_up: Some(form.one("follow_up")),
        distribution: Some(form.one("distribution")),
        classification: None,
        listed: Vec::new(),
    };
    let result = match input.parse() {
        Ok(draft) => state
            .app
            .record_engagement(&session.caller, &code, draft)
            .await
            .map(|_| ()),
        Err(errors) => Err(errors.into()),
    };
    after_form(
        result,
        format!("/groups/{code}/engagements"),
        async |errors| engagements_page(&state, &session, &code, errors).await,
    )
    .await
}

/// The form that widens a record's distribution.
#[derive(Debug, Deserialize)]
pub struct WidenForm {
    distribution: String,
}

/// Widens an engagement record from its page.
pub async fn widen_engagement(
    State(state): State<AppState>,
    session: PageSession,
    Path(id): Path<String>,
    PageForm(form): PageForm<WidenForm>,
) -> PageResult {
    let id: EngagementId = path_id(&id)?;
    let (group, _) = state.app.engagement(&session.caller, id).await?;
    let code = group.code.to_string();
    let input = WidenInput {
        distribution: form.distribution,
        classification: None,
        listed: Vec::new(),
    };
    let result = match input.parse() {
        Ok(choice) => state
            .app
            .widen_engagement(&session.caller, id, choice)
            .await
            .map(|_| ()),
        Err(errors) => Err(errors.into()),
    };
    after_form(
        result,
        format!("/groups/{code}/engagements"),
        async |errors| engagements_page(&state, &session, &code, errors).await,
    )
    .await
}
