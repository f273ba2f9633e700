//! The demo group of `majlis serve --demo` (shared/spec/DEMO-DATA.md): the Contact Group on
//! Afghanistan, its delegations, its two past meetings and the planned next one. Loaded only
//! into an empty database, through the same use cases as everything else, so the journal
//! records it like any other change.

use jiff::{SignedDuration, Timestamp};
use rand::Rng;

use super::meetings::{MeetingChange, MeetingPlan};
use super::users::{AccountRequest, Actor};
use super::{App, AppError, AppResult};
use crate::domain::group::{GroupCharter, GroupParty, GroupSettings};
use crate::domain::marking::Classification;
use crate::domain::meeting::{MeetingFormat, MeetingStatus, Schedule};
use crate::domain::names::{GroupCode, Label, Note, PartyCode, Username};
use crate::domain::password::NewPassword;
use crate::domain::role::{Role, Standing};
use crate::domain::time::{local_to_instant, ZoneName};

use super::groups::Placement;
use super::procedures::Act;
use super::texts::{LanguageDraft, TextDraft};
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::marking::Distribution;
use crate::domain::procedure::{Position, ProcedureKind};

/// A demo account and the password it was given.
pub struct DemoAccount {
    pub username: String,
    pub role: String,
    pub password: String,
}

const MEMBERS: [(&str, &str, &str); 4] = [
    ("KZ", "Kazakhstan", "kz"),
    ("KG", "Kyrgyzstan", "kg"),
    ("TJ", "Tajikistan", "tj"),
    ("UZ", "Uzbekistan", "uz"),
];

fn label(text: &str) -> AppResult<Label> {
    Label::parse(text).map_err(|e| AppError::Internal(anyhow::anyhow!("demo label {text:?}: {e}")))
}

fn code(text: &str) -> AppResult<PartyCode> {
    PartyCode::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo party {text:?}: {e}")))
}

fn username(text: &str) -> AppResult<Username> {
    Username::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo username {text:?}: {e}")))
}

fn zone(text: &str) -> AppResult<ZoneName> {
    ZoneName::parse(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("demo zone {text:?}: {e}")))
}

fn schedule(start: &str, end: &str, venue_zone: &ZoneName) -> AppResult<Schedule> {
    let start = local_to_instant(start, venue_zone).map_err(|e| AppError::Internal(e.into()))?;
    let end = local_to_instant(end, venue_zone).map_err(|e| AppError::Internal(e.into()))?;
    Schedule::new(start, end).map_err(|e| AppError::Internal(e.into()))
}

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
        people.push((
            format!("{prefix}.envoy"),
            format!("Special Representative of {country}"),
            "envoy",
            false,
        ));
        people.push((
            format!("{prefix}.deputy"),
            format!("Deputy Special Representative of {country}"),
            "deputy",
            false,
        ));
        people.push((
            format!("{prefix}.delegate"),
            format!("Delegate of {country}"),
            "delegate",
            false,
        ));
    }
    people.push((
        "tm.observer".to_owned(),
        "Envoy of Turkmenistan (observer)".to_owned(),
        "observer envoy",
        false,
    ));
    people
}

impl App {
    /// Loads the demo group into an empty database; returns the accounts with passwords, or
    /// `None` when the database already holds accounts (nothing is changed then).
    ///
    /// A `fixed_password` (the operator's `MAJLIS_DEMO_PASSWORD`) must pass the same rule as
    /// any other password, for every demo account; if it does not, nothing is loaded and the
    /// error names the variable and says why.
    pub async fn load_demo(
        &self,
        fixed_password: Option<&str>,
    ) -> AppResult<Option<Vec<DemoAccount>>> {
        if self.store.user_count().await? > 0 {
            return Ok(None);
        }
        let people = demo_people();
        let mut passwords = Vec::with_capacity(people.len());
        for (name, display, _, _) in &people {
            let inputs = [name.as_str(), display.as_str()];
            passwords.push(match fixed_password {
                Some(fixed) => NewPassword::parse(fixed, &inputs).map_err(|reason| {
                    AppError::Invalid(crate::domain::validation::ValidationErrors::single(
                        "MAJLIS_DEMO_PASSWORD",
                        format!(
                            "{reason} (checked for the demo account {name}); choose a stronger one"
                        ),
                    ))
                })?,
                None => random_password_for(&inputs)?,
            });
        }
        let mut accounts = Vec::new();
        let tashkent = zone("Asia/Tashkent")?;
        for ((name, display, role, is_admin), password) in people.into_iter().zip(passwords) {
            let shown = password.expose().to_owned();
            self.create_account(
                Actor::Installation,
                AccountRequest {
                    username: username(&name)?,
                    display_name: label(&display)?,
                    password,
                    is_admin,
                    clearance: Classification::Confidential,
                    time_zone: tashkent.clone(),
                },
            )
            .await?;
            accounts.push(DemoAccount {
                username: name,
                role: role.to_owned(),
                password: shown,
            });
        }

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
        self.create_group(
            Actor::Installation,
            GroupCharter {
                code: group_code.clone(),
                name: label("Contact Group on Afghanistan")?,
                languages: vec![label("Russian")?, label("English")?],
                time_zone: tashkent.clone(),
                parties,
                rotation: ["UZ", "KZ", "KG", "TJ"]
                    .into_iter()
                    .map(code)
                    .collect::<AppResult<_>>()?,
                settings: GroupSettings::default(),
            },
        )
        .await?;

        let seat =
            |name: &str, party: Option<&str>, role: Role, title: &str| -> AppResult<Placement> {
                Ok(Placement {
                    username: username(name)?,
                    party: party.map(code).transpose()?,
                    role,
                    title: title.to_owned(),
                })
            };
        let mut placements = vec![seat(
            "secretariat",
            None,
            Role::Secretariat,
            "Secretariat of the chair",
        )?];
        for (party, _, prefix) in MEMBERS {
            placements.push(seat(
                &format!("{prefix}.envoy"),
                Some(party),
                Role::Envoy,
                "Special Representative for Afghanistan",
            )?);
            placements.push(seat(
                &format!("{prefix}.deputy"),
                Some(party),
                Role::Deputy,
                "Deputy Special Representative",
            )?);
            placements.push(seat(
                &format!("{prefix}.delegate"),
                Some(party),
                Role::Delegate,
                "Counsellor, Ministry of Foreign Affairs",
            )?);
        }
        placements.push(seat(
            "tm.observer",
            Some("TM"),
            Role::Envoy,
            "Special Envoy",
        )?);
        for placement in placements {
            self.place_in_group(Actor::Installation, &group_code, placement)
                .await?;
        }

        let secretariat = self
            .store
            .user_by_username(&username("secretariat")?)
            .await?
            .ok_or(AppError::NotFound)?;
        let secretariat = self.caller(secretariat.id).await?;
        let astana = zone("Asia/Almaty")?;
        let bishkek = zone("Asia/Bishkek")?;

        let first = self
            .plan_meeting(
                &secretariat,
                "CGA",
                MeetingPlan {
                    format: MeetingFormat::Envoys,
                    host: Some(code("UZ")?),
                    chair: None,
                    city: label("Tashkent")?,
                    venue: label("Ministry of Foreign Affairs of the Republic of Uzbekistan")?,
                    schedule: schedule("2025-08-26T10:00", "2025-08-26T17:00", &tashkent)?,
                    time_zone: tashkent.clone(),
                    guests: vec![],
                },
            )
            .await?;
        let first_agenda = [
            "Establishing the Contact Group as a regular format of envoy-level dialogue",
            "A coordinated regional approach to Afghanistan",
            "Trade, transport, logistics and cultural-humanitarian links with Afghanistan",
            "Security cooperation: terrorism, extremism, narcotics trafficking and cross-border crime",
            "Engagement with the de facto authorities in Kabul",
        ];
        for title in first_agenda {
            self.add_agenda_item(&secretariat, first.id, label(title)?, Note::default())
                .await?;
        }
        for (party, country, _) in MEMBERS {
            self.record_attendance(
                &secretariat,
                first.id,
                code(party)?,
                label(&format!("Special Representative of {country}"))?,
                "Head of delegation".into(),
            )
            .await?;
        }
        for status in [MeetingStatus::Convened, MeetingStatus::Concluded] {
            self.change_meeting(
                &secretariat,
                first.id,
                MeetingChange {
                    status: Some(status),
                    ..Default::default()
                },
            )
            .await?;
        }

        let extraordinary = self
            .plan_meeting(
                &secretariat,
                "CGA",
                MeetingPlan {
                    format: MeetingFormat::Extraordinary,
                    host: Some(code("KZ")?),
                    chair: None,
                    city: label("Astana")?,
                    venue: label("Ministry of Foreign Affairs of the Republic of Kazakhstan")?,
                    schedule: schedule("2026-02-16T10:00", "2026-02-16T16:00", &astana)?,
                    time_zone: astana.clone(),
                    guests: vec![],
                },
            )
            .await?;
        for title in [
            "Regional security",
            "Transit corridors through Afghanistan",
            "Trade with Afghanistan",
        ] {
            self.add_agenda_item(
                &secretariat,
                extraordinary.id,
                label(title)?,
                Note::default(),
            )
            .await?;
        }
        for status in [MeetingStatus::Convened, MeetingStatus::Concluded] {
            self.change_meeting(
                &secretariat,
                extraordinary.id,
                MeetingChange {
                    status: Some(status),
                    ..Default::default()
                },
            )
            .await?;
        }

        // The next regular meeting: host left to the rotation (after KZ comes KG), four weeks on.
        let start = next_morning(self.now() + SignedDuration::from_hours(24 * 28), &bishkek)?;
        let next = self
            .plan_meeting(
                &secretariat,
                "CGA",
                MeetingPlan {
                    format: MeetingFormat::Envoys,
                    host: None,
                    chair: None,
                    city: label("Bishkek")?,
                    venue: label("Ministry of Foreign Affairs of the Kyrgyz Republic")?,
                    schedule: Schedule::new(start, start + SignedDuration::from_hours(7))
                        .map_err(|e| AppError::Internal(e.into()))?,
                    time_zone: bishkek.clone(),
                    guests: vec![],
                },
            )
            .await?;
        for title in [
            "Adoption of the agenda",
            "Follow-up of the 1st meeting and the extraordinary meeting",
            "Connectivity projects: the Trans-Afghan railway and CASA-1000",
        ] {
            self.add_agenda_item(&secretariat, next.id, label(title)?, Note::default())
                .await?;
        }
        self.load_demo_texts(&secretariat, first.id).await?;
        Ok(Some(accounts))
    }

    /// The first meeting's joint statement, adopted by a consensus round of the four envoys;
    /// a draft with open brackets; and a statement under silence until three days from now.
    async fn load_demo_texts(
        &self,
        secretariat: &super::Caller,
        first_meeting: crate::domain::ids::MeetingId,
    ) -> AppResult<()> {
        let language =
            |tag: &str| LanguageTag::parse(tag).map_err(|e| AppError::Internal(e.into()));
        let draft = |title: &str,
                     body: &str,
                     translation: &str,
                     distribution: Distribution,
                     meeting|
         -> AppResult<TextDraft> {
            Ok(TextDraft {
                title: label(title)?,
                kind: TextKind::JointStatement,
                language: language("ru")?,
                body: body.to_owned(),
                distribution,
                classification: Classification::Unclassified,
                listed: Vec::new(),
                lists_secretariat: false,
                meeting,
                translations: vec![LanguageDraft {
                    language: language("en")?,
                    body: translation.to_owned(),
                    status: LanguageStatus::Translation,
                    prevailing: false,
                }],
            })
        };
        let founding = self
            .create_text(
                secretariat,
                "CGA",
                draft(
                    "Joint statement of the 1st meeting of the Contact Group on Afghanistan",
                    FOUNDING_STATEMENT_RU,
                    FOUNDING_STATEMENT_EN,
                    Distribution::Public,
                    Some(first_meeting),
                )?,
            )
            .await?;
        let round = self
            .open_procedure(
                secretariat,
                founding,
                ProcedureKind::Consensus,
                1,
                self.now() + SignedDuration::from_hours(24 * 7),
            )
            .await?;
        for (party, _, prefix) in MEMBERS {
            let envoy = self
                .store
                .user_by_username(&username(&format!("{prefix}.envoy"))?)
                .await?
                .ok_or(AppError::NotFound)?;
            let envoy = self.caller(envoy.id).await?;
            self.act(
                &envoy,
                round,
                Act::Position {
                    party: code(party)?,
                    position: Position::Concur,
                },
            )
            .await?;
        }

        self.create_text(
            secretariat,
            "CGA",
            draft(
                "Joint statement of the 2nd meeting (draft)",
                DRAFT_STATEMENT_RU,
                DRAFT_STATEMENT_EN,
                Distribution::Members,
                None,
            )?,
        )
        .await?;

        let hub = self
            .create_text(
                secretariat,
                "CGA",
                draft(
                    "Statement on the Termez logistics hub",
                    HUB_STATEMENT_RU,
                    HUB_STATEMENT_EN,
                    Distribution::Public,
                    None,
                )?,
            )
            .await?;
        self.open_procedure(
            secretariat,
            hub,
            ProcedureKind::Silence,
            1,
            self.now() + SignedDuration::from_hours(24 * 3),
        )
        .await?;
        Ok(())
    }
}

const FOUNDING_STATEMENT_RU: &str = "Специальные представители Казахстана, Кыргызстана, Таджикистана и Узбекистана, \
собравшиеся в Ташкенте 26 августа 2025 года, учредили Контактную группу по Афганистану как постоянный формат \
регионального диалога.

Участники будут проводить общую, сбалансированную и реалистичную политику на основе консенсуса, восстанавливать \
торговые, транспортные, логистические и культурно-гуманитарные связи с Афганистаном и расширять сотрудничество \
в противодействии терроризму, экстремизму, незаконному обороту наркотиков и трансграничной преступности.";

const FOUNDING_STATEMENT_EN: &str = "The special representatives of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, \
meeting in Tashkent on 26 August 2025, established the Contact Group on Afghanistan as a standing format of regional \
dialogue.

The participants will pursue a common, balanced and realistic policy based on consensus, restore trade, transport, \
logistics and cultural and humanitarian links with Afghanistan, and widen their cooperation against terrorism, \
extremism, narcotics trafficking and cross-border crime.";

const DRAFT_STATEMENT_RU: &str =
    "Участники [[{KZ,UZ} приветствуют || принимают к сведению]] ход технико-экономического \
обоснования Трансафганской железной дороги.

Участники [[{TJ} поддерживают || ожидают]] завершение проекта CASA-1000.";

const DRAFT_STATEMENT_EN: &str =
    "The participants [welcome / take note of] the progress of the feasibility study of the \
Trans-Afghan railway.

The participants [support / look forward to] the completion of CASA-1000.";

const HUB_STATEMENT_RU: &str = "Участники отмечают присоединение логистического хаба в Термезе к глобальной сети \
снабжения УВКБ ООН в феврале 2025 года и призывают использовать его для гуманитарных поставок в Афганистан.";

const HUB_STATEMENT_EN: &str =
    "The participants note that the Termez logistics hub joined the global supply network of \
UNHCR in February 2025 and call for its use for humanitarian deliveries to Afghanistan.";

/// 10:00 local time on the day of `instant` in `zone`.
fn next_morning(instant: Timestamp, zone: &ZoneName) -> AppResult<Timestamp> {
    let day = instant.to_zoned(zone.zone().clone()).date();
    let morning = day.at(10, 0, 0, 0);
    morning
        .to_zoned(zone.zone().clone())
        .map(|zoned| zoned.timestamp())
        .map_err(|e| AppError::Internal(e.into()))
}
