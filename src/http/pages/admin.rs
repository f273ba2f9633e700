//! The administrator's page: accounts, founding groups, placing people in delegations.

use askama::Template;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{after_form, render_form, see_other, Layout, PageForm, PageResult};
use crate::app::records::UserRecord;
use crate::app::users::Actor;
use crate::app::{AppError, Caller};
use crate::domain::names::{GroupCode, Username};
use crate::domain::role::Role;
use crate::domain::validation::ValidationErrors;
use crate::http::auth::PageCaller;
use crate::http::input::{DelegationInput, GroupInput, PartyInput, SettingsInput, UserInput};
use crate::http::AppState;
use crate::i18n;

#[derive(Debug, Default, Deserialize)]
pub struct GroupForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    parties: String,
    #[serde(default)]
    rotation: String,
    #[serde(default)]
    quorum: String,
    #[serde(default)]
    min_silence_hours: String,
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    layout: Layout,
    users: Vec<UserRecord>,
    groups: Vec<(String, String)>,
    roles: Vec<&'static str>,
    user_form: (String, String, String),
    group_form: GroupForm,
    notice: Option<String>,
    errors: ValidationErrors,
}

#[derive(Debug, Default)]
struct Filled {
    user_form: Option<(String, String, String)>,
    group_form: Option<GroupForm>,
}

async fn admin_page(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    errors: ValidationErrors,
    notice: Option<String>,
    filled: Filled,
) -> PageResult {
    let users = state.app.accounts(Actor::Person(caller)).await?;
    let groups = state.app.groups_for(caller).await?;
    let invalid = !errors.is_empty();
    let page = AdminPage {
        layout: Layout::new(i18n::t("admin-title"), Some((caller, csrf))),
        users,
        groups: groups
            .iter()
            .map(|g| (g.code.to_string(), format!("{} ({})", g.name, g.code)))
            .collect(),
        roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
        user_form: filled
            .user_form
            .unwrap_or_else(|| (String::new(), String::new(), "UTC".to_owned())),
        group_form: filled.group_form.unwrap_or_else(|| GroupForm {
            min_silence_hours: "24".to_owned(),
            time_zone: "UTC".to_owned(),
            ..GroupForm::default()
        }),
        notice,
        errors,
    };
    render_form(&page, invalid)
}

#[derive(Debug, Default, Deserialize)]
pub struct AdminQuery {
    done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    Query(query): Query<AdminQuery>,
) -> PageResult {
    let notice = match query.done.as_deref() {
        Some("user") => Some("admin-notice-user"),
        Some("group") => Some("admin-notice-group"),
        Some("placed") => Some("admin-notice-placed"),
        Some("disabled") => Some("admin-notice-disabled"),
        Some("password") => Some("admin-notice-password"),
        _ => None,
    };
    admin_page(
        &state,
        &caller,
        &csrf_token,
        ValidationErrors::new(),
        notice.map(i18n::t),
        Filled::default(),
    )
    .await
}

pub async fn create_user(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<UserInput>,
) -> PageResult {
    let result = match form.parse() {
        Ok(request) => state
            .app
            .create_account(Actor::Person(&caller), request)
            .await
            .map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let filled = Filled {
        user_form: Some((
            form.username.clone(),
            form.display_name.clone(),
            form.time_zone.clone().unwrap_or_default(),
        )),
        group_form: None,
    };
    finish(&state, &caller, &csrf_token, result, "user", filled).await
}

/// Reads the group form's plain-text fields into the API's input shape, so both are parsed
/// by the same rules.
fn group_input(form: &GroupForm) -> Result<GroupInput, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let mut parties = Vec::new();
    for (number, line) in form
        .parties
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split(',').map(str::trim).collect();
        match parts.as_slice() {
            [code, name, standing] => parties.push(PartyInput {
                code: (*code).to_owned(),
                name: (*name).to_owned(),
                standing: (*standing).to_owned(),
            }),
            _ => errors.add(
                "parties",
                crate::domain::message::Message::new("error-group-party-line")
                    .with("line", number + 1),
            ),
        }
    }
    let number = |field: &str, text: &str, errors: &mut ValidationErrors| -> Option<u32> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        errors.check(
            field,
            text.parse::<u32>()
                .map_err(|_| crate::domain::message::Message::new("error-must-be-whole-number")),
        )
    };
    let quorum = number("settings.quorum", &form.quorum, &mut errors);
    let min_silence_hours = number(
        "settings.min_silence_hours",
        &form.min_silence_hours,
        &mut errors,
    );
    errors.into_result()?;
    let list = |text: &str| {
        text.split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    Ok(GroupInput {
        code: form.code.clone(),
        name: form.name.clone(),
        languages: list(&form.languages),
        time_zone: form.time_zone.clone(),
        parties,
        rotation: list(&form.rotation),
        settings: SettingsInput {
            quorum: Some(quorum),
            min_silence_hours,
        },
    })
}

pub async fn create_group(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<GroupForm>,
) -> PageResult {
    let result = match group_input(&form).and_then(|input| input.parse()) {
        Ok(charter) => state
            .app
            .create_group(Actor::Person(&caller), charter)
            .await
            .map(|_| ()),
        Err(errors) => Err(AppError::Invalid(errors)),
    };
    let filled = Filled {
        user_form: None,
        group_form: Some(form),
    };
    finish(&state, &caller, &csrf_token, result, "group", filled).await
}

#[derive(Debug, Deserialize)]
pub struct PlaceForm {
    group: String,
    username: String,
    #[serde(default)]
    party: String,
    role: String,
    #[serde(default)]
    title: String,
}

pub async fn place(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<PlaceForm>,
) -> PageResult {
    let input = DelegationInput {
        username: form.username,
        party: Some(form.party),
        role: form.role,
        title: Some(form.title),
    };
    let result = match (GroupCode::parse(&form.group), input.parse()) {
        (Ok(code), Ok(placement)) => {
            state
                .app
                .place_in_group(Actor::Person(&caller), &code, placement)
                .await
        }
        (Err(_), _) => Err(AppError::NotFound),
        (_, Err(errors)) => Err(AppError::Invalid(errors)),
    };
    finish(
        &state,
        &caller,
        &csrf_token,
        result,
        "placed",
        Filled::default(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    username: String,
    new_password: String,
}

/// Sets a person's password; every session and API token of theirs ends.
pub async fn set_password(
    State(state): State<AppState>,
    PageCaller { caller, csrf_token }: PageCaller,
    PageForm(form): PageForm<PasswordForm>,
) -> PageResult {
    let result = match Username::parse(&form.username) {
        Ok(username) => {
            state
                .app
                .set_password(Actor::Person(&caller), &username, &form.new_password)
                .await
        }
        Err(_) => Err(AppError::NotFound),
    };
    // The create form above has its own "password" field; these errors belong here.
    let result = result.map_err(|error| match error {
        AppError::NotFound => AppError::Invalid(ValidationErrors::single(
            "reset_username",
            crate::domain::message::Message::new("error-account-no-such-account"),
        )),
        AppError::Invalid(errors) => {
            let mut renamed = ValidationErrors::new();
            for error in errors.fields() {
                let field = if error.field == "password" {
                    "new_password"
                } else {
                    error.field.as_str()
                };
                renamed.add(field, error.message.clone());
            }
            AppError::Invalid(renamed)
        }
        other => other,
    });
    finish(
        &state,
        &caller,
        &csrf_token,
        result,
        "password",
        Filled::default(),
    )
    .await
}

pub async fn disable(
    State(state): State<AppState>,
    PageCaller { caller, .. }: PageCaller,
    Path(username): Path<String>,
) -> PageResult {
    let username = Username::parse(&username).map_err(|_| AppError::NotFound)?;
    state
        .app
        .disable_account(Actor::Person(&caller), &username)
        .await?;
    see_other("/admin?done=disabled")
}

async fn finish(
    state: &AppState,
    caller: &Caller,
    csrf: &str,
    result: Result<(), AppError>,
    done: &str,
    filled: Filled,
) -> PageResult {
    // "Already exists" belongs beside the form too, not on an error page.
    let result = result.map_err(|error| match error {
        AppError::Conflict(what) => AppError::Invalid(ValidationErrors::single("form", what)),
        other => other,
    });
    after_form(result, format!("/admin?done={done}"), async |errors| {
        admin_page(state, caller, csrf, errors, None, filled).await
    })
    .await
}
