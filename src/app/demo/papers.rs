//! The demo's paper: the secretariat's background note on the Termez–Mazar-i-Sharif railway,
//! in Russian, `listed` to Uzbekistan and Kazakhstan and `restricted`, with a small table of
//! figures attached, as issue 10's first story circulates it.

use std::convert::Infallible;

use bytes::Bytes;

use super::{code, label, username};
use crate::app::papers::AttachmentUpload;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::attachment::{FileName, MediaType};
use crate::domain::comment::{CommentDraft, CommentSubject};
use crate::domain::document::LanguageTag;
use crate::domain::ids::PaperId;
use crate::domain::marking::{Classification, Distribution, MarkingChoice};
use crate::domain::paper::{PaperDraft, PaperKind};

const BACKGROUND_NOTE_RU: &str = "## Справочная записка\n\n\
Железная дорога **Термез — Мазари-Шариф** связывает сети Узбекистана и Афганистана. \
Секретариат предлагает обсудить:\n\n\
1. график перевозок в 2026 году;\n\
2. пограничные процедуры на станции Хайратон;\n\
3. финансирование продления линии.\n";

const KZ_QUESTION_RU: &str = "Просим уточнить, учтены ли в графике перевозок на 2026 год \
транзитные грузы из Казахстана через Хайратон.";

const UZ_ANSWER_RU: &str = "Да, учтены: см. пункт 1 записки. Данные по транзиту приложены \
в файле *freight.csv*.";

const FIGURES_CSV: &str = "year,freight_thousand_tonnes\n2024,4800\n2025,5300\n";

impl App {
    pub(super) async fn load_demo_papers(&self, secretariat: &Caller) -> AppResult<()> {
        let internal = |e: &dyn std::fmt::Debug| AppError::Internal(anyhow::anyhow!("{e:?}"));
        let paper = self
            .circulate_paper(
                secretariat,
                "CGA",
                PaperDraft {
                    title: label("Termez–Mazar-i-Sharif railway: background note")?,
                    kind: PaperKind::Background,
                    language: LanguageTag::parse("ru").map_err(|e| internal(&e))?,
                    body: BACKGROUND_NOTE_RU.to_owned(),
                    marking: MarkingChoice {
                        distribution: Distribution::Listed,
                        classification: Classification::Restricted,
                        listed: vec![code("UZ")?, code("KZ")?],
                    },
                    meeting: None,
                },
            )
            .await?;
        let upload = AttachmentUpload {
            filename: FileName::parse("freight.csv").map_err(|e| internal(&e))?,
            media_type: MediaType::parse("text/csv").map_err(|e| internal(&e))?,
            announced_length: None,
        };
        let body = futures_util::stream::iter([Ok::<_, Infallible>(Bytes::from_static(
            FIGURES_CSV.as_bytes(),
        ))]);
        self.add_attachment(secretariat, paper, upload, body)
            .await?;
        self.load_demo_discussion(paper).await
    }

    /// Kazakhstan's envoy asks about the border crossing; Uzbekistan's envoy answers.
    async fn load_demo_discussion(&self, paper: PaperId) -> AppResult<()> {
        let on = CommentSubject::Paper(paper);
        let kz = self.caller_by_username(&username("kz.envoy")?).await?;
        let question = self
            .add_comment(
                &kz,
                on,
                CommentDraft {
                    body: KZ_QUESTION_RU.to_owned(),
                    reply_to: None,
                },
            )
            .await?;
        let uz = self.caller_by_username(&username("uz.envoy")?).await?;
        self.add_comment(
            &uz,
            on,
            CommentDraft {
                body: UZ_ANSWER_RU.to_owned(),
                reply_to: Some(question.id),
            },
        )
        .await?;
        Ok(())
    }
}
