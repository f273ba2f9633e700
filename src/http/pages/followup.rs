//! The agreements registry and the engagement records as pages, with their forms.

use askama::Template;
use axum::extract::{Path, State};
use serde::Deserialize;

use super::figures::words::{self, bdi, html_sentence};
use super::{after_form, path_id, render_form, Layout, PageForm, PageResult};
use crate::app::records::{AgreementRecord, EngagementRecord, GroupRecord};
use crate::domain::agreement::AgreementStatus;
use crate::domain::figures::Money;
use crate::domain::ids::EngagementId;
use crate::domain::role::Standing;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageSession;
use crate::http::input::followup::{
    AgreementInput, EngagementInput, MoneyInput, SourceInput, WidenInput,
};
use crate::http::vocabulary;
use crate::http::AppState;
use crate::i18n::{self, Locale};

/// An agreement's status in the reader's language.
fn agreement_status(status: AgreementStatus) -> String {
    i18n::t(match status {
        AgreementStatus::Signed => "followup-agreement-status-signed",
        AgreementStatus::InForce => "followup-agreement-status-in-force",
        AgreementStatus::Implemented => "followup-agreement-status-implemented",
        AgreementStatus::Stalled => "followup-agreement-status-stalled",
        AgreementStatus::Terminated => "followup-agreement-status-terminated",
    })
}

struct AgreementRow {
    title: String,
    party: String,
    counterpart: String,
    track: String,
    /// Date and place, as HTML.
    signed: String,
    count: String,
    value: String,
    status: String,
    source: String,
    distribution: String,
}

impl AgreementRow {
    fn of(a: &AgreementRecord, locale: Locale) -> Self {
        AgreementRow {
            title: a.title.to_string(),
            party: a.party.to_string(),
            counterpart: a.counterpart.to_string(),
            track: a.track.to_string(),
            signed: html_sentence(
                "followup-agreement-signed",
                &[("date", locale.date(a.signed_on).into())],
                &[("place", &bdi(a.place.as_str()))],
            ),
            count: locale.integer(i64::from(a.count.get())),
            value: a.value.as_ref().map(words::money).unwrap_or_default(),
            status: agreement_status(a.status),
            source: a.source.citation.clone(),
            distribution: vocabulary::distribution(a.marking.distribution),
        }
    }
}

struct TotalRow {
    party: String,
    count: String,
    value: String,
}

#[derive(Template)]
#[template(path = "agreements.html")]
struct AgreementsPage {
    layout: Layout,
    code: String,
    heading: String,
    agreements: Vec<AgreementRow>,
    totals: Vec<TotalRow>,
    parties: Vec<String>,
    tracks: Vec<(String, String)>,
    /// Each status's stored word and its words in the reader's language.
    statuses: Vec<(&'static str, String)>,
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
    let locale = i18n::current();
    let page = AgreementsPage {
        layout: Layout::new(
            locale.t1("followup-agreements-title", "group", group.code.as_str()),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        heading: html_sentence(
            "followup-agreements-heading",
            &[],
            &[("group", &bdi(group.name.as_str()))],
        ),
        agreements: list
            .agreements
            .iter()
            .map(|a| AgreementRow::of(a, locale))
            .collect(),
        totals: list
            .totals
            .iter()
            .map(|t| TotalRow {
                party: t.party.to_string(),
                count: locale.integer(i64::try_from(t.count).unwrap_or(i64::MAX)),
                value: match t.currency {
                    Some(currency) => Money::new(t.amount_minor, currency)
                        .map(|m| words::money(&m))
                        .unwrap_or_default(),
                    None => locale.t("followup-no-value"),
                },
            })
            .collect(),
        parties: recordable_parties(group, session),
        tracks: tracks
            .iter()
            .map(|t| (t.code.to_string(), t.name.to_string()))
            .collect(),
        statuses: AgreementStatus::ALL
            .into_iter()
            .map(|status| (status.as_str(), agreement_status(status)))
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
    /// Party, counterpart, place and date, as HTML.
    heading: String,
    level: String,
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
    /// The form's heading, naming the party.
    record_heading: String,
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
    let locale = i18n::current();
    let rows = records
        .iter()
        .map(|e: &EngagementRecord| EngagementRow {
            id: e.id.get(),
            heading: html_sentence(
                "followup-engagement-heading",
                &[
                    ("party", e.party.as_str().into()),
                    ("date", locale.date(e.date).into()),
                ],
                &[
                    ("counterpart", &bdi(e.counterpart.as_str())),
                    ("place", &bdi(e.place.as_str())),
                ],
            ),
            level: e.level.to_string(),
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
            distribution: vocabulary::distribution(e.marking.distribution),
            can_widen: crate::domain::access::widen(viewer, group.id, Some(&e.party)).is_ok()
                && e.marking.distribution != crate::domain::marking::Distribution::Public,
        })
        .collect();
    let invalid = !errors.is_empty();
    let party = party.map(|p| p.to_string());
    let page = EngagementsPage {
        layout: Layout::new(
            locale.t1("followup-engagements-title", "group", group.code.as_str()),
            Some((&session.caller, &session.csrf_token)),
        ),
        code: group.code.to_string(),
        records: rows,
        record_heading: party
            .as_deref()
            .map(|p| locale.t1("followup-engagement-record-heading", "party", p))
            .unwrap_or_default(),
        party,
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
