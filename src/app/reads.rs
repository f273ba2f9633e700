//! The journaled records that pages read on every request, through the read cache
//! (`cache.rs`). Each reads the store when the caller carries no journal head (the
//! operator's console, the demo loader) or when the cache holds nothing at the caller's mark.
//! Who may see what is decided by the callers, on these records, on every request.

use std::sync::Arc;

use super::cache::ReadMark;
use super::{App, AppError, AppResult, Caller};
use crate::domain::ids::{GroupId, IndicatorId, MeetingId, UserId};
use crate::domain::journal::Head;
use crate::domain::names::GroupCode;
use crate::store::{
    ActionLineRecord, AgendaItemRecord, AttendanceRecord, AuthorisationRecord, GroupRecord,
    MeetingRecord, ObservationRecord, SeatRecord,
};

impl App {
    /// What a request that saw `head` may reuse. Taken before each read, so that a change
    /// this process committed since (the request's own, say) is never hidden by the cache.
    fn mark(&self, head: Option<Head>) -> Option<ReadMark> {
        head.map(|head| ReadMark::new(head, self.store.commits()))
    }

    pub(super) async fn cached_seats_of_user(
        &self,
        head: Option<Head>,
        user: UserId,
    ) -> AppResult<Arc<Vec<SeatRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.seats_of_user(user).await?) };
        let mark = self.mark(head);
        self.cache
            .get(mark, |s| &mut s.seats_of_user, user, read)
            .await
    }

    /// The group of a code, or `None` where there is none (that is cached too: founding a
    /// group is journaled).
    pub(super) async fn cached_group(
        &self,
        caller: &Caller,
        code: &GroupCode,
    ) -> AppResult<Arc<Option<Arc<GroupRecord>>>> {
        let read =
            || async { Ok::<_, AppError>(self.store.group_by_code(code).await?.map(Arc::new)) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.groups, code.clone(), read)
            .await
    }

    pub(super) async fn cached_group_by_id(
        &self,
        caller: &Caller,
        id: GroupId,
    ) -> AppResult<Arc<GroupRecord>> {
        let read = || async { Ok::<_, AppError>(self.store.group_by_id(id).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.groups_by_id, id, read)
            .await
    }

    pub(super) async fn cached_seats_of_group(
        &self,
        caller: &Caller,
        group: GroupId,
    ) -> AppResult<Arc<Vec<SeatRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.seats_of_group(group).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.seats_of_group, group, read)
            .await
    }

    /// Every authorisation of the group, lapsed ones too: the caller keeps those in force
    /// at the time of its request.
    pub(super) async fn cached_authorisations(
        &self,
        caller: &Caller,
        group: GroupId,
    ) -> AppResult<Arc<Vec<AuthorisationRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.authorisations_of_group(group).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.authorisations, group, read)
            .await
    }

    pub(super) async fn cached_meetings_of_group(
        &self,
        caller: &Caller,
        group: GroupId,
    ) -> AppResult<Arc<Vec<MeetingRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.meetings_of_group(group).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.meetings_of_group, group, read)
            .await
    }

    pub(super) async fn cached_meeting(
        &self,
        caller: &Caller,
        id: MeetingId,
    ) -> AppResult<Arc<MeetingRecord>> {
        let read = || async { Ok::<_, AppError>(self.store.meeting(id).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache.get(mark, |s| &mut s.meetings, id, read).await
    }

    pub(super) async fn cached_agenda(
        &self,
        caller: &Caller,
        meeting: MeetingId,
    ) -> AppResult<Arc<Vec<AgendaItemRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.agenda(meeting).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.agendas, meeting, read)
            .await
    }

    pub(super) async fn cached_attendance(
        &self,
        caller: &Caller,
        meeting: MeetingId,
    ) -> AppResult<Arc<Vec<AttendanceRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.attendance(meeting).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.attendance, meeting, read)
            .await
    }

    /// Every figure of every indicator of the group, marked as recorded (the caller keeps
    /// those the reader may see).
    pub(super) async fn cached_group_observations(
        &self,
        caller: &Caller,
        group: GroupId,
    ) -> AppResult<Arc<Vec<ObservationRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.group_observations(group).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.observations_of_group, group, read)
            .await
    }

    /// Every figure of one indicator, as `cached_group_observations`.
    pub(super) async fn cached_observations(
        &self,
        caller: &Caller,
        indicator: IndicatorId,
    ) -> AppResult<Arc<Vec<ObservationRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.observations(indicator).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.observations, indicator, read)
            .await
    }

    /// Every action line of the group's roadmaps, marked as recorded, with their reports.
    pub(super) async fn cached_group_lines(
        &self,
        caller: &Caller,
        group: GroupId,
    ) -> AppResult<Arc<Vec<ActionLineRecord>>> {
        let read = || async { Ok::<_, AppError>(self.store.group_lines(group).await?) };
        let mark = self.mark(caller.journal_head);
        self.cache
            .get(mark, |s| &mut s.lines_of_group, group, read)
            .await
    }
}
