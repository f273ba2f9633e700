//! Groups, delegations and authorisations.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{json, ApiJson, GroupView};
use crate::app::users::Actor;
use crate::app::AppError;
use crate::domain::names::{GroupCode, Username};
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::{
    AuthorisationInput, DelegationInput, DelegationRemoveInput, GroupInput, GroupPatchInput,
    PartyInput,
};
use crate::http::AppState;

/// The groups the caller belongs to (all of them for the administrator).
#[utoipa::path(get, operation_id = "list_groups", path = "/api/v1/groups", tag = "groups",
    responses((status = 200, description = "The caller's groups", body = [GroupView])))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> ApiResult<Response> {
    let groups = state.app.groups_for(&caller).await?;
    Ok(json(
        groups
            .iter()
            .map(|g| GroupView::new(g, None))
            .collect::<Vec<_>>(),
    ))
}

/// One group with its parties, rotation, settings and delegations.
#[utoipa::path(get, operation_id = "get_group", path = "/api/v1/groups/{code}", tag = "groups", params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The group", body = GroupView), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
) -> ApiResult<Response> {
    let overview = state.app.group_overview(&caller, &code).await?;
    Ok(json(GroupView::new(&overview.group, Some(&overview.seats))))
}

/// Founds a group (administrator).
#[utoipa::path(post, operation_id = "create_group", path = "/api/v1/groups", tag = "groups", request_body = GroupInput,
    responses((status = 201, description = "The group", body = GroupView), (status = 403, description = "Only the administrator founds groups"), (status = 409, description = "The code is taken")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<GroupInput>,
) -> ApiResult<Response> {
    let charter = input.parse()?;
    let code = charter.code.clone();
    state
        .app
        .create_group(Actor::Person(&caller), charter)
        .await?;
    let overview = state.app.group_overview(&caller, code.as_str()).await?;
    Ok((
        StatusCode::CREATED,
        json(GroupView::new(&overview.group, Some(&overview.seats))),
    )
        .into_response())
}

/// Changes a group's name or settings (administrator), e.g. `{ "settings": { "min_silence_hours": 0 } }`.
#[utoipa::path(patch, operation_id = "update_group", path = "/api/v1/groups/{code}", tag = "groups", request_body = GroupPatchInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 200, description = "The group as changed", body = GroupView), (status = 403, description = "Only the administrator changes a group"), (status = 404)))]
pub async fn update(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<GroupPatchInput>,
) -> ApiResult<Response> {
    let change = input.parse()?;
    let group = state.app.change_group(&caller, &code, change).await?;
    Ok(json(GroupView::new(&group, None)))
}

/// Adds a party to a founded group as an observer or a guest (administrator).
#[utoipa::path(post, operation_id = "add_party", path = "/api/v1/groups/{code}/parties", tag = "groups", request_body = PartyInput,
    params(("code" = String, Path)),
    responses((status = 201, body = GroupView), (status = 403, description = "Not allowed"), (status = 404, description = "Not found, or not visible to the caller"), (status = 409, description = "Conflicts with the current state"), (status = 422, description = "Invalid input")))]
pub async fn add_party(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<PartyInput>,
) -> ApiResult<Response> {
    let party = input.parse()?;
    let group = state.app.add_party(&caller, &code, party).await?;
    Ok((StatusCode::CREATED, json(GroupView::new(&group, None))).into_response())
}

/// Places a person in a party's delegation, or in the secretariat (administrator).
#[utoipa::path(post, operation_id = "add_to_delegation", path = "/api/v1/groups/{code}/delegations", tag = "groups", request_body = DelegationInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The group with its delegations", body = GroupView), (status = 403, description = "Only the administrator places people"), (status = 404), (status = 409, description = "The person already holds a seat in the group")))]
pub async fn add_delegate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<DelegationInput>,
) -> ApiResult<Response> {
    let group_code = GroupCode::parse(&code).map_err(|_| AppError::NotFound)?;
    let placement = input.parse()?;
    state
        .app
        .place_in_group(Actor::Person(&caller), &group_code, placement)
        .await?;
    let overview = state.app.group_overview(&caller, &code).await?;
    Ok((
        StatusCode::CREATED,
        json(GroupView::new(&overview.group, Some(&overview.seats))),
    )
        .into_response())
}

/// Removes a person from the group (administrator).
#[utoipa::path(delete, operation_id = "remove_from_delegation", path = "/api/v1/groups/{code}/delegations", tag = "groups", request_body = DelegationRemoveInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 204, description = "The person is no longer in the group"), (status = 403, description = "Only the administrator removes people"), (status = 404, description = "No such group, or the person holds no seat in it")))]
pub async fn remove_delegate(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<DelegationRemoveInput>,
) -> ApiResult<StatusCode> {
    let username = Username::parse(&input.username).map_err(|_| AppError::NotFound)?;
    state
        .app
        .remove_from_group(&caller, &code, &username)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An envoy authorises a deputy of their delegation to record positions until a time.
#[utoipa::path(post, operation_id = "authorise_deputy", path = "/api/v1/groups/{code}/authorisations", tag = "groups", request_body = AuthorisationInput,
    params(("code" = super::schemas::GroupCodeText, Path, description = "The group's code, e.g. CGA")),
    responses((status = 201, description = "The deputy may act until the given time"), (status = 403, description = "Only an envoy authorises a deputy of their own delegation"), (status = 404)))]
pub async fn authorise(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<AuthorisationInput>,
) -> ApiResult<StatusCode> {
    let (deputy, until) = input.parse()?;
    state
        .app
        .authorise_deputy(&caller, &code, &deputy, until)
        .await?;
    Ok(StatusCode::CREATED)
}
