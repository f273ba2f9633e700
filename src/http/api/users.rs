//! Accounts, for the administrator.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{json, ApiJson, UserView};
use crate::app::users::Actor;
use crate::app::AppError;
use crate::domain::names::Username;
use crate::http::auth::ApiCaller;
use crate::http::error::ApiResult;
use crate::http::input::{PasswordInput, UserInput};
use crate::http::AppState;

/// Creates an account (administrator).
#[utoipa::path(post, operation_id = "create_user", path = "/api/v1/users", tag = "users", request_body = UserInput,
    responses((status = 201, description = "The account", body = UserView), (status = 403, description = "Only the administrator manages accounts"), (status = 409, description = "The username is taken")))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<UserInput>,
) -> ApiResult<Response> {
    let request = input.parse()?;
    let username = request.username.clone();
    state
        .app
        .create_account(Actor::Person(&caller), request)
        .await?;
    let account = state
        .app
        .account_by_username(Actor::Person(&caller), &username)
        .await?;
    Ok((StatusCode::CREATED, json(UserView::from(&account))).into_response())
}

/// Lists accounts (administrator).
#[utoipa::path(get, operation_id = "list_users", path = "/api/v1/users", tag = "users",
    responses((status = 200, description = "Every account", body = [UserView]), (status = 403, description = "Only the administrator manages accounts")))]
pub async fn list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> ApiResult<Response> {
    let accounts = state.app.accounts(Actor::Person(&caller)).await?;
    Ok(json(
        accounts.iter().map(UserView::from).collect::<Vec<_>>(),
    ))
}

fn username(text: &str) -> Result<Username, AppError> {
    Username::parse(text).map_err(|_| AppError::NotFound)
}

/// Sets a new password (administrator); every session and API token of the person ends.
#[utoipa::path(post, operation_id = "set_user_password", path = "/api/v1/users/{username}/password", tag = "users", request_body = PasswordInput,
    params(("username" = super::schemas::UsernameText, Path)),
    responses((status = 204, description = "The password is changed"), (status = 403, description = "Only the administrator manages accounts"), (status = 404, description = "No such account")))]
pub async fn set_password(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(name): Path<String>,
    ApiJson(input): ApiJson<PasswordInput>,
) -> ApiResult<StatusCode> {
    state
        .app
        .set_password(Actor::Person(&caller), &username(&name)?, &input.password)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Disables an account; its sessions and tokens end at once (administrator).
#[utoipa::path(post, operation_id = "disable_user", path = "/api/v1/users/{username}/disable", tag = "users",
    params(("username" = super::schemas::UsernameText, Path)),
    responses((status = 204, description = "The account is disabled"), (status = 403, description = "Only the administrator manages accounts"), (status = 404, description = "No such account")))]
pub async fn disable(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(name): Path<String>,
) -> ApiResult<StatusCode> {
    state
        .app
        .disable_account(Actor::Person(&caller), &username(&name)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
