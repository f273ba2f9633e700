//! The demo's texts: the first meeting's joint statement, adopted at Tashkent on 26 August 2025
//! before the group used Majlis and recorded later by the secretariat (CGA/2025/DEC/1), a
//! draft with open brackets, and a statement under silence until three days after loading.

use jiff::SignedDuration;

use super::{code, label, MEMBERS};
use crate::app::procedures::DecisionTakenEarlier;
use crate::app::texts::{LanguageDraft, TextDraft};
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::ids::MeetingId;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::procedure::{Position, ProcedureKind};
use crate::domain::recorded_later::ReportedPosition;
use crate::domain::time::{local_to_instant, ZoneName};

impl App {
    /// The first meeting's joint statement, recorded later as adopted at that meeting with the
    /// four members concurring as reported; a draft with open brackets; and a statement under
    /// silence until three days from now.
    pub(super) async fn load_demo_texts(
        &self,
        secretariat: &Caller,
        first_meeting: MeetingId,
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
        // The group adopted it before it used Majlis: the secretariat records it later, with
        // the four members' concurrence as reported.
        let zone = ZoneName::parse("Asia/Tashkent").map_err(|e| AppError::Internal(e.into()))?;
        let adopted_at = local_to_instant("2025-08-26T10:00", &zone)
            .map_err(|e| AppError::Internal(e.into()))?;
        let positions = MEMBERS
            .iter()
            .map(|(party, _, _)| {
                Ok(ReportedPosition {
                    party: code(party)?,
                    position: Position::Concur,
                })
            })
            .collect::<AppResult<Vec<_>>>()?;
        self.record_decision_later(
            secretariat,
            founding,
            DecisionTakenEarlier {
                version: 1,
                adopted_at,
                meeting: first_meeting,
                positions,
            },
        )
        .await?;

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
