//! Follow-through over the API: the group's tracks, the agreements registry and the parties'
//! engagement records (DOMAIN.md §6).
//! Every list and total is what the caller may see.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use super::{json, path_id, ApiJson};
use crate::app::records::{AgreementRecord, EngagementRecord};
use crate::domain::agreement::AgreementTotal;
use crate::domain::figures::{Money, Source};
use crate::domain::marking::{Distribution, Marking};
use crate::domain::time::rfc3339_utc;
use crate::domain::track::Track;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::followup::{AgreementInput, EngagementInput, TracksInput, WidenInput};
use crate::http::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct TrackView {
    pub code: String,
    pub name: String,
}

impl From<&Track> for TrackView {
    fn from(track: &Track) -> Self {
        TrackView {
            code: track.code.to_string(),
            name: track.name.to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MoneyView {
    /// Whole minor units (cents for USD).
    pub amount_minor: i64,
    /// ISO 4217.
    pub currency: String,
}

impl From<Money> for MoneyView {
    fn from(money: Money) -> Self {
        MoneyView {
            amount_minor: money.amount_minor,
            currency: money.currency.code().to_owned(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SourceView {
    pub citation: String,
    pub url: Option<String>,
}

impl From<&Source> for SourceView {
    fn from(source: &Source) -> Self {
        SourceView {
            citation: source.citation.clone(),
            url: source.url.clone(),
        }
    }
}

/// A record's marking, as every follow-through object carries it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MarkingView {
    pub distribution: String,
    /// The parties a `listed` record goes to; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listed: Option<Vec<String>>,
    pub classification: String,
    /// The party whose record it is; absent when the secretariat recorded it.
    pub originator: Option<String>,
}

impl From<&Marking> for MarkingView {
    fn from(marking: &Marking) -> Self {
        MarkingView {
            distribution: marking.distribution.to_string(),
            listed: (marking.distribution == Distribution::Listed)
                .then(|| marking.listed.iter().map(ToString::to_string).collect()),
            classification: marking.classification.as_str().to_owned(),
            originator: marking.originator.as_ref().map(ToString::to_string),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgreementView {
    pub id: i64,
    pub title: String,
    pub party: String,
    pub counterpart: String,
    pub track: String,
    /// YYYY-MM-DD.
    pub signed_on: String,
    pub place: String,
    /// How many agreements the entry stands for.
    pub count: u32,
    pub value: Option<MoneyView>,
    pub status: String,
    pub source: SourceView,
    #[serde(flatten)]
    pub marking: MarkingView,
    pub recorded_at: String,
}

impl From<&AgreementRecord> for AgreementView {
    fn from(a: &AgreementRecord) -> Self {
        AgreementView {
            id: a.id.get(),
            title: a.title.to_string(),
            party: a.party.to_string(),
            counterpart: a.counterpart.to_string(),
            track: a.track.to_string(),
            signed_on: a.signed_on.to_string(),
            place: a.place.to_string(),
            count: a.count.get(),
            value: a.value.map(MoneyView::from),
            status: a.status.to_string(),
            source: SourceView::from(&a.source),
            marking: MarkingView::from(&a.marking),
            recorded_at: rfc3339_utc(a.recorded_at),
        }
    }
}

/// A party's agreements in one currency (`currency` absent: those recorded without a value).
#[derive(Debug, Serialize, ToSchema)]
pub struct AgreementTotalView {
    pub party: String,
    pub currency: Option<String>,
    pub amount_minor: i64,
    pub count: u64,
}

impl From<&AgreementTotal> for AgreementTotalView {
    fn from(t: &AgreementTotal) -> Self {
        AgreementTotalView {
            party: t.party.to_string(),
            currency: t.currency.map(|c| c.code().to_owned()),
            amount_minor: t.amount_minor,
            count: t.count,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgreementListView {
    pub agreements: Vec<AgreementView>,
    /// Per party and currency, over the agreements listed (what the caller may see).
    pub totals: Vec<AgreementTotalView>,
}

/// The group's tracks.
#[utoipa::path(get, operation_id = "list_tracks", path = "/api/v1/groups/{code}/tracks", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The tracks, in the group's order", body = [TrackView]), (status = 404)))]
pub async fn tracks(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let tracks = state.app.tracks(&caller, &code).await?;
    Ok(json(tracks.iter().map(TrackView::from).collect::<Vec<_>>()))
}

/// Sets the group's tracks (the secretariat); a track that records use must stay.
#[utoipa::path(put, operation_id = "set_tracks", path = "/api/v1/groups/{code}/tracks", tag = "follow-through", request_body = TracksInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The tracks as set", body = [TrackView]), (status = 403, description = "Only the secretariat sets the tracks"), (status = 404)))]
pub async fn set_tracks(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<TracksInput>,
) -> ApiResult<Response> {
    let tracks = input.parse()?;
    let tracks = state.app.set_tracks(&caller, &code, tracks).await?;
    Ok(json(tracks.iter().map(TrackView::from).collect::<Vec<_>>()))
}

/// The agreements the caller may see, latest signed first, with totals over exactly those.
#[utoipa::path(get, operation_id = "list_agreements", path = "/api/v1/groups/{code}/agreements", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The agreements and their totals", body = AgreementListView), (status = 404)))]
pub async fn agreements(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let list = state.app.agreements(&caller, &code).await?;
    Ok(json(AgreementListView {
        agreements: list.agreements.iter().map(AgreementView::from).collect(),
        totals: list.totals.iter().map(AgreementTotalView::from).collect(),
    }))
}

/// Records an agreement (the secretariat, or the signing party's own delegation).
#[utoipa::path(post, operation_id = "create_agreement", path = "/api/v1/groups/{code}/agreements", tag = "follow-through", request_body = AgreementInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The agreement", body = AgreementView), (status = 403, description = "Only the secretariat or the party's own delegation records its agreements"), (status = 404)))]
pub async fn record_agreement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<AgreementInput>,
) -> ApiResult<Response> {
    let draft = input.parse()?;
    let agreement = state.app.record_agreement(&caller, &code, draft).await?;
    Ok((StatusCode::CREATED, json(AgreementView::from(&agreement))).into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EngagementView {
    pub id: i64,
    pub party: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub place: String,
    pub level: String,
    pub counterpart: String,
    pub tracks: Vec<String>,
    pub summary: String,
    pub follow_up: Option<String>,
    #[serde(flatten)]
    pub marking: MarkingView,
    pub recorded_at: String,
}

impl From<&EngagementRecord> for EngagementView {
    fn from(e: &EngagementRecord) -> Self {
        EngagementView {
            id: e.id.get(),
            party: e.party.to_string(),
            date: e.date.to_string(),
            place: e.place.to_string(),
            level: e.level.to_string(),
            counterpart: e.counterpart.to_string(),
            tracks: e.tracks.iter().map(ToString::to_string).collect(),
            summary: e.summary.to_string(),
            follow_up: e.follow_up.as_ref().map(ToString::to_string),
            marking: MarkingView::from(&e.marking),
            recorded_at: rfc3339_utc(e.recorded_at),
        }
    }
}

/// The engagement records the caller may see, latest first.
#[utoipa::path(get, operation_id = "list_engagements", path = "/api/v1/groups/{code}/engagements", tag = "follow-through",
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The records", body = [EngagementView]), (status = 404)))]
pub async fn engagements(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let (_, records) = state.app.engagements(&caller, &code).await?;
    Ok(json(
        records.iter().map(EngagementView::from).collect::<Vec<_>>(),
    ))
}

/// Records a contact of the caller's own party with a counterpart authority; `national`
/// (its own delegation only) unless another distribution is chosen.
#[utoipa::path(post, operation_id = "create_engagement", path = "/api/v1/groups/{code}/engagements", tag = "follow-through", request_body = EngagementInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The record", body = EngagementView), (status = 403, description = "A party records its own engagements, through its envoy, deputy or delegate"), (status = 404)))]
pub async fn record_engagement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<EngagementInput>,
) -> ApiResult<Response> {
    let draft = input.parse()?;
    let record = state.app.record_engagement(&caller, &code, draft).await?;
    Ok((StatusCode::CREATED, json(EngagementView::from(&record))).into_response())
}

/// One engagement record the caller may see.
#[utoipa::path(get, operation_id = "get_engagement", path = "/api/v1/engagements/{id}", tag = "follow-through",
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The record", body = EngagementView), (status = 404)))]
pub async fn engagement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let (_, record) = state.app.engagement(&caller, path_id(&id)?).await?;
    Ok(json(EngagementView::from(&record)))
}

/// Widens who may see an engagement record (its party's envoy): never narrower, never a
/// higher classification.
#[utoipa::path(post, operation_id = "widen_engagement", path = "/api/v1/engagements/{id}/marking", tag = "follow-through", request_body = WidenInput,
    params(("id" = i64, Path, description = "The resource's id")),
    responses((status = 200, description = "The record as now marked", body = EngagementView), (status = 403, description = "Only the party's envoy widens its records"), (status = 404)))]
pub async fn widen_engagement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<WidenInput>,
) -> ApiResult<Response> {
    let choice = input.parse()?;
    let record = state
        .app
        .widen_engagement(&caller, path_id(&id)?, choice)
        .await?;
    Ok(json(EngagementView::from(&record)))
}
