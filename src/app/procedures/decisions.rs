//! Decisions: the record an adoption creates, the group's list, and the public record.

use super::ProcedureDetail;
use crate::app::meetings::MeetingDetail;
use crate::app::{App, AppError, AppResult, Caller};
use crate::domain::access;
use crate::domain::ids::{DecisionId, MeetingId};
use crate::domain::names::GroupCode;
use crate::store::{DecisionRecord, GroupRecord, LanguageVersionRecord, ProcedureRecord};

/// A decision with its text and record.
pub struct DecisionDetail {
    pub decision: DecisionRecord,
    pub procedure: ProcedureDetail,
    /// The adopted version's text in the negotiating language.
    pub body: String,
    /// The adopted version's other language versions.
    pub languages: Vec<LanguageVersionRecord>,
    /// For a decision in session: the round in the room, whose positions and chair's notes the
    /// record shows (the decision's own procedure is the silence that asked the absent).
    pub session_round: Option<ProcedureDetail>,
}

impl DecisionDetail {
    /// The procedure whose positions the record shows: the round in the room for a decision
    /// in session, the decision's own procedure otherwise.
    pub fn positions_from(&self) -> &ProcedureDetail {
        self.session_round.as_ref().unwrap_or(&self.procedure)
    }
}

/// A meeting with the decisions taken at it, as its minutes record them.
pub struct MeetingMinutes {
    pub meeting: MeetingDetail,
    /// The decisions the caller may see, in the order they were adopted.
    pub decisions: Vec<DecisionDetail>,
}

impl App {
    /// A meeting the caller may see, with the decisions taken at it that the caller may see:
    /// those adopted by a round held in session there, the silence that asked the absent
    /// included, and those recorded later as taken there.
    pub async fn meeting_minutes(
        &self,
        caller: &Caller,
        id: MeetingId,
    ) -> AppResult<MeetingMinutes> {
        let meeting = self.meeting_detail(caller, id).await?;
        let mut decisions = Vec::new();
        for decision in self.store.decisions_of_group(meeting.group.id).await? {
            let procedure = self.store.procedure(decision.procedure).await?;
            let held_at = match (procedure.meeting, procedure.parent) {
                (Some(meeting), _) => Some(meeting),
                (None, Some(parent)) => self.store.procedure(parent).await?.meeting,
                (None, None) => None,
            };
            if held_at != Some(id) {
                continue;
            }
            match self.decision_detail(caller, decision.id).await {
                Ok(detail) => decisions.push(detail),
                Err(AppError::NotFound) => {}
                Err(other) => return Err(other),
            }
        }
        decisions.sort_by_key(|detail| (detail.decision.adopted_at, detail.decision.id));
        Ok(MeetingMinutes { meeting, decisions })
    }

    /// The group's public record: decisions on texts distributed `public` and unclassified,
    /// readable without signing in.
    pub async fn public_decisions(
        &self,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<DecisionDetail>)> {
        let code = GroupCode::parse(code).map_err(|_| AppError::NotFound)?;
        let group = self
            .store
            .group_by_code(&code)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut details = Vec::new();
        for decision in self.store.decisions_of_group(group.id).await? {
            let procedure = self.store.procedure(decision.procedure).await?;
            let text = self.store.text(procedure.text).await?;
            if !access::see_publicly(&text.marking) {
                continue;
            }
            let detail = self
                .assemble_procedure(group.clone(), text, procedure, None, false)
                .await?;
            details.push(self.complete_decision(decision, detail).await?);
        }
        Ok((group, details))
    }

    /// The decisions of a group the caller may see, newest first.
    pub async fn decisions_for(
        &self,
        caller: &Caller,
        code: &str,
    ) -> AppResult<(GroupRecord, Vec<DecisionDetail>)> {
        let group = self.group_for(caller, code).await?;
        let mut details = Vec::new();
        for decision in self.store.decisions_of_group(group.id).await? {
            match self.decision_detail(caller, decision.id).await {
                Ok(detail) => details.push(detail),
                Err(AppError::NotFound) => {}
                Err(other) => return Err(other),
            }
        }
        Ok((group, details))
    }

    pub async fn decision_detail(
        &self,
        caller: &Caller,
        id: DecisionId,
    ) -> AppResult<DecisionDetail> {
        let decision = self.store.decision(id).await?;
        let procedure = self.procedure_detail(caller, decision.procedure).await?;
        self.complete_decision(decision, procedure).await
    }

    /// Adds to a decision its text, its language versions and, for a decision in session,
    /// the round in the room; `procedure` was read for a reader allowed to see it.
    async fn complete_decision(
        &self,
        decision: DecisionRecord,
        procedure: ProcedureDetail,
    ) -> AppResult<DecisionDetail> {
        let version = procedure.procedure.version_number;
        let body = self
            .store
            .versions(procedure.text.id)
            .await?
            .into_iter()
            .find(|v| v.number == version)
            .map(|v| v.body)
            .ok_or(AppError::NotFound)?;
        let languages = self
            .store
            .language_versions(procedure.text.id)
            .await?
            .into_iter()
            .filter(|l| l.version_number == version)
            .collect();
        let session_round = match procedure.procedure.parent {
            Some(parent) => {
                let round: ProcedureRecord = self.store.procedure(parent).await?;
                // The round in the room is on the same text, so the same reader may see it.
                let detail = self
                    .assemble_procedure(
                        procedure.group.clone(),
                        procedure.text.clone(),
                        round,
                        None,
                        false,
                    )
                    .await?;
                Some(detail)
            }
            None => None,
        };
        Ok(DecisionDetail {
            decision,
            procedure,
            body,
            languages,
            session_round,
        })
    }
}
