//! The demo's people and group (DEMO-DATA.md): an administrator, the secretariat, an envoy, a
//! deputy and a delegate for each member, the observer's envoy; the Contact Group on
//! Afghanistan with its rotation; and each person's seat.

use rand::Rng;

use super::{code, label, username, zone, DemoAccount, MEMBERS};
use crate::app::groups::Placement;
use crate::app::users::{AccountRequest, Actor};
use crate::app::{App, AppError, AppResult};
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::marking::Classification;
use crate::domain::message::{Explain, Message};
use crate::domain::names::GroupCode;
use crate::domain::password::NewPassword;
use crate::domain::role::{Role, Standing};
use crate::domain::validation::ValidationErrors;

fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..16)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// A random password that passes the rule for this person. Sixteen random characters
/// virtually always do; the retries only make "virtually" certain.
fn random_password_for(user_inputs: &[&str]) -> AppResult<NewPassword> {
    for _ in 0..100 {
        if let Ok(password) = NewPassword::parse(&random_password(), user_inputs) {
            return Ok(password);
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no random demo password passed the password rule"
    )))
}

/// The password of one demo account: the operator's fixed one, which must pass the rule for
/// every account (the error names the variable), or a random one.
fn password_for(fixed: Option<&str>, name: &str, display: &str) -> AppResult<NewPassword> {
    let inputs = [name, display];
    match fixed {
        Some(fixed) => NewPassword::parse(fixed, &inputs).map_err(|reason| {
            AppError::Invalid(ValidationErrors::single(
                "MAJLIS_DEMO_PASSWORD",
                Message::new("error-demo-password-refused")
                    .with("reason", reason.message())
                    .with("account", name),
            ))
        }),
        None => random_password_for(&inputs),
    }
}

/// Every demo account: username, display name, role as printed, administrator or not.
fn demo_people() -> Vec<(String, String, &'static str, bool)> {
    let mut people = vec![
        (
            "admin".to_owned(),
            "Installation administrator".to_owned(),
            "administrator",
            true,
        ),
        (
            "secretariat".to_owned(),
            "Secretariat of the chair".to_owned(),
            "secretariat",
            false,
        ),
    ];
    for (_, country, prefix) in MEMBERS {
        for (role, display) in [
            ("envoy", format!("Special Representative of {country}")),
            (
                "deputy",
                format!("Deputy Special Representative of {country}"),
            ),
            ("delegate", format!("Delegate of {country}")),
        ] {
            people.push((format!("{prefix}.{role}"), display, role, false));
        }
    }
    people.push((
        "tm.observer".to_owned(),
        "Envoy of Turkmenistan (observer)".to_owned(),
        "observer envoy",
        false,
    ));
    people
}

/// Each demo person's seat: username, party, role, title.
fn demo_seats() -> Vec<(String, Option<&'static str>, Role, &'static str)> {
    let mut seats = vec![(
        "secretariat".to_owned(),
        None,
        Role::Secretariat,
        "Secretariat of the chair",
    )];
    for (party, _, prefix) in MEMBERS {
        seats.push((
            format!("{prefix}.envoy"),
            Some(party),
            Role::Envoy,
            "Special Representative for Afghanistan",
        ));
        seats.push((
            format!("{prefix}.deputy"),
            Some(party),
            Role::Deputy,
            "Deputy Special Representative",
        ));
        seats.push((
            format!("{prefix}.delegate"),
            Some(party),
            Role::Delegate,
            "Counsellor, Ministry of Foreign Affairs",
        ));
    }
    seats.push((
        "tm.observer".to_owned(),
        Some("TM"),
        Role::Envoy,
        "Special Envoy",
    ));
    seats
}

impl App {
    /// Creates every demo account; returns them with their passwords. Every password is
    /// checked before the first account is made, so a refused one changes nothing.
    pub(super) async fn create_demo_accounts(
        &self,
        fixed_password: Option<&str>,
    ) -> AppResult<Vec<DemoAccount>> {
        let people = demo_people();
        let passwords = people
            .iter()
            .map(|(name, display, _, _)| password_for(fixed_password, name, display))
            .collect::<AppResult<Vec<NewPassword>>>()?;
        let tashkent = zone("Asia/Tashkent")?;
        let mut accounts = Vec::new();
        for ((name, display, role, is_admin), password) in people.into_iter().zip(passwords) {
            let shown = password.expose().to_owned();
            let request = AccountRequest {
                username: username(&name)?,
                display_name: label(&display)?,
                password,
                is_admin,
                clearance: Classification::Confidential,
                time_zone: tashkent.clone(),
                // API.md: every demo account is reachable at <username>@example.org.
                email: Some(
                    crate::domain::mail::EmailAddress::parse(&format!("{name}@example.org"))
                        .map_err(|e| anyhow::anyhow!("demo address of {name}: {e}"))?,
                ),
            };
            self.create_account(Actor::Installation, request).await?;
            accounts.push(DemoAccount {
                username: name,
                role: role.to_owned(),
                password: shown,
            });
        }
        Ok(accounts)
    }

    /// Founds the Contact Group on Afghanistan and seats every demo person in it.
    pub(super) async fn found_demo_group(&self) -> AppResult<()> {
        let mut parties: Vec<GroupParty> = MEMBERS
            .iter()
            .map(|(party, country, _)| {
                Ok(GroupParty {
                    code: code(party)?,
                    name: label(country)?,
                    standing: Standing::Member,
                })
            })
            .collect::<AppResult<_>>()?;
        parties.push(GroupParty {
            code: code("TM")?,
            name: label("Turkmenistan")?,
            standing: Standing::Observer,
        });
        let group_code = GroupCode::parse("CGA").map_err(|e| AppError::Internal(e.into()))?;
        let charter = GroupCharter {
            code: group_code.clone(),
            name: label("Contact Group on Afghanistan")?,
            languages: vec![label("Russian")?, label("English")?],
            time_zone: zone("Asia/Tashkent")?,
            parties,
            rotation: ["UZ", "KZ", "KG", "TJ"]
                .into_iter()
                .map(code)
                .collect::<AppResult<_>>()?,
            settings: GroupSettings::default(),
        };
        self.create_group(Actor::Installation, charter).await?;
        for (name, party, role, title) in demo_seats() {
            let placement = Placement {
                username: username(&name)?,
                party: party.map(code).transpose()?,
                role,
                title: title.to_owned(),
            };
            self.place_in_group(Actor::Installation, &group_code, placement)
                .await?;
        }
        Ok(())
    }
}
