//! Signing in, API tokens, accounts and passwords.

use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::users::AccountRequest;
use crate::domain::language::UiLanguage;
use crate::domain::mail::{EmailAddress, MailPreferences};
use crate::domain::marking::Classification;
use crate::domain::message::{Explain, Message};
use crate::domain::names::{Label, Username};
use crate::domain::password::NewPassword;
use crate::domain::time::ZoneName;
use crate::domain::validation::ValidationErrors;
use crate::http::api::schemas as shape;

use super::given;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInInput {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenInput {
    /// What the token is for, e.g. "nightly export".
    #[schema(value_type = shape::LabelText)]
    pub name: String,
}

impl TokenInput {
    pub fn parse(&self) -> Result<Label, ValidationErrors> {
        Label::parse(&self.name).map_err(|e| ValidationErrors::single("name", e.message()))
    }
}

/// The interface language to save.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageInput {
    #[schema(value_type = shape::UiLanguageText)]
    pub language: String,
}

impl LanguageInput {
    pub fn parse(&self) -> Result<UiLanguage, ValidationErrors> {
        UiLanguage::ALL
            .into_iter()
            .find(|offered| offered.tag() == self.language)
            .ok_or_else(|| {
                let offered: Vec<&str> = UiLanguage::ALL.iter().map(|l| l.tag()).collect();
                ValidationErrors::single(
                    "language",
                    Message::new("error-language-not-offered").with("offered", offered.join(", ")),
                )
            })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserInput {
    #[schema(value_type = shape::UsernameText)]
    pub username: String,
    #[schema(value_type = shape::PasswordText)]
    pub password: String,
    #[schema(value_type = shape::LabelText)]
    pub display_name: String,
    #[serde(default)]
    pub is_admin: bool,
    /// unclassified, restricted or confidential (default unclassified).
    #[schema(value_type = Option<shape::ClassificationOrBlank>)]
    pub clearance: Option<String>,
    /// IANA time zone (default UTC).
    #[schema(value_type = Option<shape::ZoneNameOrBlank>)]
    pub time_zone: Option<String>,
    /// Where the person is told things by mail (none: not told).
    #[serde(default)]
    #[schema(value_type = Option<shape::EmailOrBlank>)]
    pub email: Option<String>,
}

impl UserInput {
    pub fn parse(&self) -> Result<AccountRequest, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check("username", Username::parse(&self.username));
        // The person's own names are what a guesser of this account tries first.
        let password = errors.check(
            "password",
            NewPassword::parse(
                &self.password,
                &[self.username.trim(), self.display_name.trim()],
            ),
        );
        let display_name = errors.check("display_name", Label::parse(&self.display_name));
        let clearance = errors.check(
            "clearance",
            given(&self.clearance).map_or(Ok(Classification::Unclassified), str::parse),
        );
        let time_zone = errors.check(
            "time_zone",
            given(&self.time_zone).map_or(Ok(ZoneName::utc()), ZoneName::parse),
        );
        let email = errors.check(
            "email",
            EmailAddress::parse_optional(self.email.as_deref().unwrap_or_default()),
        );
        match (
            username,
            password,
            display_name,
            clearance,
            time_zone,
            email,
        ) {
            (
                Some(username),
                Some(password),
                Some(display_name),
                Some(clearance),
                Some(time_zone),
                Some(email),
            ) => {
                errors.into_result()?;
                Ok(AccountRequest {
                    username,
                    display_name,
                    password,
                    is_admin: self.is_admin,
                    clearance,
                    time_zone,
                    email,
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordInput {
    #[schema(value_type = shape::PasswordText)]
    pub password: String,
}

/// A person's change of their own password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnPasswordInput {
    pub current_password: String,
    /// At least 12 characters and not easy to guess (nor built from one's own names).
    pub new_password: String,
}

/// What a person wants to be told by mail (`PUT /api/v1/me/notifications`, the profile's
/// form): each kind on or off, or all of them in one daily digest; and, when given, their
/// address (blank removes it).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationsInput {
    /// When their party is asked for a position, or a silence procedure opens.
    pub asked: bool,
    /// A day before a deadline their party has not answered.
    pub deadline: bool,
    /// When a decision is adopted.
    pub adopted: bool,
    /// Collect the chosen notices into one mail each morning instead of one mail each.
    pub digest: bool,
    /// The person's address; left out: unchanged; blank: removed.
    #[serde(default)]
    #[schema(value_type = Option<shape::EmailOrBlank>)]
    pub email: Option<String>,
}

impl NotificationsInput {
    /// The preferences, and the address when one was given (`Some(None)`: remove it).
    #[allow(clippy::type_complexity)]
    pub fn parse(
        &self,
    ) -> Result<(MailPreferences, Option<Option<EmailAddress>>), ValidationErrors> {
        let email = match &self.email {
            None => None,
            Some(text) => Some(
                EmailAddress::parse_optional(text)
                    .map_err(|e| ValidationErrors::single("email", e.message()))?,
            ),
        };
        Ok((
            MailPreferences {
                asked: self.asked,
                deadline: self.deadline,
                adopted: self.adopted,
                digest: self.digest,
            },
            email,
        ))
    }
}
