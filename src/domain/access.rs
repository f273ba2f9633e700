//! Who may see and do what (DOMAIN.md §1, §2). Every read and write of the application layer
//! asks these functions first; they decide from facts alone and do no I/O.
//!
//! A refusal is either `Invisible` (the caller must not learn that the thing exists: 404) or
//! `Forbidden` (the caller sees it but may not act: 403, with the reason).

mod followup;

pub use followup::{keep_the_plan, record_engagement, record_for_party, report_on_line, widen};

use super::ids::{GroupId, UserId};
use super::journal::JournalScope;
use super::marking::{Classification, Marking, Reader};
use super::message::Message;
use super::names::PartyCode;
use super::procedure::Authority;
use super::role::{Role, Standing};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denied {
    Invisible,
    /// The reason, for the person refused.
    Forbidden(Message),
}

/// A person's seat in one group: their party (none for the secretariat), how that party
/// stands in the group, and their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub group: GroupId,
    pub party: Option<PartyCode>,
    pub standing: Option<Standing>,
    pub role: Role,
}

impl Seat {
    /// Members, observers and the secretariat follow the group's business; guests see only
    /// what they are invited to.
    fn follows_group_business(&self) -> bool {
        match self.role {
            Role::Secretariat => true,
            _ => matches!(self.standing, Some(Standing::Member | Standing::Observer)),
        }
    }

    pub fn reader(&self, chair: Option<PartyCode>) -> Reader {
        match (&self.party, self.standing) {
            (Some(party), Some(standing)) if self.role != Role::Secretariat => Reader::Delegation {
                party: party.clone(),
                standing,
            },
            _ => Reader::Secretariat { chair },
        }
    }
}

/// The signed-in person as the rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub user: UserId,
    pub is_admin: bool,
    pub clearance: Classification,
    pub seats: Vec<Seat>,
}

impl Viewer {
    pub fn seat(&self, group: GroupId) -> Option<&Seat> {
        self.seats.iter().find(|seat| seat.group == group)
    }

    /// The party a person acts for in a group, if any (journal entries name it).
    pub fn party_in(&self, group: GroupId) -> Option<PartyCode> {
        self.seat(group).and_then(|seat| seat.party.clone())
    }
}

/// The group's existence, parties and delegations: anyone with a seat, and the administrator
/// who manages it.
pub fn see_group(viewer: &Viewer, group: GroupId) -> Result<(), Denied> {
    if viewer.is_admin || viewer.seat(group).is_some() {
        Ok(())
    } else {
        Err(Denied::Invisible)
    }
}

/// The group's business (every meeting, who is authorised to speak for a party): members,
/// observers and the secretariat follow it; a guest sees only what it is invited to, and the
/// administrator no content unless also seated.
pub fn follow_group_business(viewer: &Viewer, group: GroupId) -> Result<(), Denied> {
    match viewer.seat(group) {
        Some(seat) if seat.follows_group_business() => Ok(()),
        _ => Err(Denied::Invisible),
    }
}

/// A meeting: members, observers and the secretariat see every meeting of their group;
/// a guest party's people only the meetings their party is invited to. The administrator
/// sees no content unless also in a delegation.
pub fn see_meeting(viewer: &Viewer, group: GroupId, invited: &[PartyCode]) -> Result<(), Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    if seat.follows_group_business() {
        return Ok(());
    }
    match &seat.party {
        Some(party) if invited.contains(party) => Ok(()),
        _ => Err(Denied::Invisible),
    }
}

/// Convening, editing, agenda and attendance of a meeting: the secretariat, or the envoy of
/// the party that chairs it.
pub fn manage_meeting(
    viewer: &Viewer,
    group: GroupId,
    chair: &PartyCode,
    invited: &[PartyCode],
) -> Result<(), Denied> {
    see_meeting(viewer, group, invited)?;
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    let is_chairs_envoy = seat.role == Role::Envoy && seat.party.as_ref() == Some(chair);
    if seat.role == Role::Secretariat || is_chairs_envoy {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-manage-meeting",
        )))
    }
}

/// Accounts, groups and delegations: the installation's administrator.
pub fn administer(viewer: &Viewer) -> Result<(), Denied> {
    if viewer.is_admin {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-administrator-only",
        )))
    }
}

/// An envoy may authorise a deputy of their own party's delegation in the same group.
pub fn authorise_deputy(
    viewer: &Viewer,
    group: GroupId,
    deputy: &Seat,
) -> Result<PartyCode, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    let party = match (&seat.role, &seat.party) {
        (Role::Envoy, Some(party)) => party.clone(),
        _ => {
            return Err(Denied::Forbidden(Message::new(
                "error-access-authorise-envoy-only",
            )))
        }
    };
    if deputy.role != Role::Deputy || deputy.party.as_ref() != Some(&party) {
        return Err(Denied::Forbidden(Message::new(
            "error-access-authorise-own-deputy",
        )));
    }
    Ok(party)
}

/// The longest an envoy's authorisation of a deputy may run: a year (and a day, for a leap
/// year). An authorisation is renewed deliberately, never left open.
pub const MAX_AUTHORISATION_DAYS: i64 = 366;

/// When an authorisation may end: after `now`, and within `MAX_AUTHORISATION_DAYS`.
pub fn check_authorisation_end(
    now: jiff::Timestamp,
    until: jiff::Timestamp,
) -> Result<(), Message> {
    if until <= now {
        return Err(Message::new("error-access-authorisation-in-past"));
    }
    if until > now + jiff::SignedDuration::from_hours(24 * MAX_AUTHORISATION_DAYS) {
        return Err(Message::new("error-access-authorisation-too-long"));
    }
    Ok(())
}

/// A text or paper with `marking`: visible to seated readers the marking admits, in their
/// group, within their clearance (DOMAIN.md §2). Everyone else is told it does not exist.
pub fn see_marked(
    viewer: &Viewer,
    group: GroupId,
    marking: &Marking,
    chair: Option<PartyCode>,
) -> Result<(), Denied> {
    if marked_sight(viewer, group, chair)?.sees(marking) {
        Ok(())
    } else {
        Err(Denied::Invisible)
    }
}

/// What one reader may see of a group's marked papers and records, worked out once for a
/// whole list: each record is then one comparison, with nothing copied.
#[derive(Debug, Clone)]
pub struct MarkedSight {
    reader: Reader,
    clearance: Classification,
}

impl MarkedSight {
    pub fn sees(&self, marking: &Marking) -> bool {
        marking.is_visible_to(&self.reader, self.clearance)
    }
}

/// The sight of a person with a seat in the group (anyone else sees nothing of it).
pub fn marked_sight(
    viewer: &Viewer,
    group: GroupId,
    chair: Option<PartyCode>,
) -> Result<MarkedSight, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    Ok(MarkedSight {
        reader: seat.reader(chair),
        clearance: viewer.clearance,
    })
}

/// The public record (a group's public decisions, readable without signing in): only what is
/// distributed `public` and unclassified, as an outsider would be shown it.
pub fn see_publicly(marking: &Marking) -> bool {
    marking.is_visible_to(&Reader::Outsider, Classification::Unclassified)
}

/// Drafting a new text: the secretariat, or a member party's envoy, deputy or delegate; the
/// text is then the caller's party's (none for the secretariat).
pub fn draft_text(viewer: &Viewer, group: GroupId) -> Result<Option<PartyCode>, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    match (seat.role, seat.standing, &seat.party) {
        (Role::Secretariat, _, _) => Ok(None),
        (Role::Envoy | Role::Deputy | Role::Delegate, Some(Standing::Member), Some(party)) => {
            Ok(Some(party.clone()))
        }
        _ => Err(Denied::Forbidden(Message::new("error-access-draft-text"))),
    }
}

/// Circulating a paper (DOMAIN.md §1: the secretariat circulates texts; a delegation its own
/// papers): the secretariat, or a member party's envoy, deputy or delegate, for their party.
/// Returns the paper's originator (none for the secretariat). Who may *see* a paper is its
/// marking's business, through `see_marked`, like every text.
pub fn circulate_paper(viewer: &Viewer, group: GroupId) -> Result<Option<PartyCode>, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    match (seat.role, seat.standing, &seat.party) {
        (Role::Secretariat, _, _) => Ok(None),
        (Role::Envoy | Role::Deputy | Role::Delegate, Some(Standing::Member), Some(party)) => {
            Ok(Some(party.clone()))
        }
        _ => Err(Denied::Forbidden(Message::new(
            "error-access-circulate-paper",
        ))),
    }
}

/// Attaching a file to a paper the caller sees: whoever circulates for the paper's
/// originator (its party's envoy, deputy or delegate; the secretariat for its own papers).
pub fn attach_to_paper(
    viewer: &Viewer,
    group: GroupId,
    originator: Option<&PartyCode>,
) -> Result<(), Denied> {
    if circulate_paper(viewer, group)?.as_ref() == originator {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new("error-access-attach-paper")))
    }
}

/// Commenting on a paper or text the caller sees (DOMAIN.md §1: every member delegation's
/// people comment, experts included; the secretariat too). Observers and guests read without
/// a voice, and the administrator sees no content. Returns the commenter's party (none for
/// the secretariat), which the comment shows beside their name.
pub fn comment(viewer: &Viewer, group: GroupId) -> Result<Option<PartyCode>, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    match (seat.role, seat.standing, &seat.party) {
        (Role::Secretariat, _, _) => Ok(None),
        (_, Some(Standing::Member), Some(party)) => Ok(Some(party.clone())),
        _ => Err(Denied::Forbidden(Message::new("error-access-comment"))),
    }
}

/// Withdrawing a comment: its author alone; a comment is a person's own word.
pub fn withdraw_comment(viewer: &Viewer, author: UserId) -> Result<(), Denied> {
    if viewer.user == author {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-withdraw-comment",
        )))
    }
}

/// Holding the pen (new versions, incorporating or declining amendments): the penholder
/// party's envoy, deputy or delegate; the secretariat when the chair holds the pen.
pub fn hold_pen(
    viewer: &Viewer,
    group: GroupId,
    penholder: &PartyCode,
    chair: Option<&PartyCode>,
) -> Result<(), Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    let own_party = seat.party.as_ref() == Some(penholder)
        && matches!(seat.role, Role::Envoy | Role::Deputy | Role::Delegate);
    let for_the_chair = seat.role == Role::Secretariat && chair == Some(penholder);
    if own_party || for_the_chair {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new("error-access-change-text")))
    }
}

/// Proposing an amendment: a member party's envoy, deputy or delegate, for their party.
pub fn propose_amendment(viewer: &Viewer, group: GroupId) -> Result<PartyCode, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    match (seat.role, seat.standing, &seat.party) {
        (Role::Envoy | Role::Deputy | Role::Delegate, Some(Standing::Member), Some(party)) => {
            Ok(party.clone())
        }
        _ => Err(Denied::Forbidden(Message::new(
            "error-access-propose-amendment",
        ))),
    }
}

/// Opening, extending or withdrawing a decision procedure: the chair's envoy, or the
/// secretariat on the chair's behalf.
pub fn preside(viewer: &Viewer, group: GroupId, chair: &PartyCode) -> Result<(), Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    let is_chairs_envoy = seat.role == Role::Envoy && seat.party.as_ref() == Some(chair);
    if seat.role == Role::Secretariat || is_chairs_envoy {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-chair-or-secretariat",
        )))
    }
}

/// Speaking for a party in a procedure (positions, breaking silence, statements): the
/// party's envoy, or its deputy while authorised by the envoy (`deputy_authorised`). One
/// acts only for one's own member party; the secretariat never does.
pub fn speak_for(
    viewer: &Viewer,
    group: GroupId,
    party: &PartyCode,
    deputy_authorised: bool,
) -> Result<(), Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    if seat.role == Role::Secretariat {
        return Err(Denied::Forbidden(Message::new(
            "error-access-secretariat-no-position",
        )));
    }
    if seat.standing != Some(Standing::Member) {
        return Err(Denied::Forbidden(Message::new(
            "error-access-members-only-voice",
        )));
    }
    if seat.party.as_ref() != Some(party) {
        return Err(Denied::Forbidden(Message::new(
            "error-access-own-party-only",
        )));
    }
    match seat.role {
        Role::Envoy => Ok(()),
        Role::Deputy if deputy_authorised => Ok(()),
        Role::Deputy => Err(Denied::Forbidden(Message::new(
            "error-access-deputy-unauthorised",
        ))),
        _ => Err(Denied::Forbidden(Message::new("error-access-envoy-speaks"))),
    }
}

/// Recording an act in a procedure (DOMAIN.md §4): a party's own act (a position, a
/// confirmation, a decline, breaking silence, a statement) only by that party's envoy or a deputy
/// the envoy authorised (`speak_for`); the chair's acts (extending, withdrawing, the note of no
/// objection in session) only by the chair's envoy or the secretariat (`preside`). Nobody else
/// can write an act in a party's name, and the chair's note is never the party's act.
pub fn record_act(
    viewer: &Viewer,
    group: GroupId,
    authority: Authority<'_>,
    chair: &PartyCode,
    deputy_authorised: bool,
) -> Result<(), Denied> {
    match authority {
        Authority::Party(party) => speak_for(viewer, group, party, deputy_authorised),
        Authority::Chair => preside(viewer, group, chair),
    }
}

/// Recording a decision the group took before it used Majlis, with the positions as reported
/// (issue 8, item 9): the secretariat only, which keeps the group's record. The caller must see
/// the text first (`see_marked`); anyone else in the group is refused with the reason.
pub fn record_later(viewer: &Viewer, group: GroupId) -> Result<(), Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    if seat.role == Role::Secretariat {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new("error-access-record-later")))
    }
}

/// Whether a journal entry is shown in full to `viewer` (others see only its hash).
pub fn read_journal_entry(viewer: &Viewer, scope: &JournalScope) -> bool {
    match scope {
        JournalScope::Installation => viewer.is_admin,
        JournalScope::GroupAdministration(group) => {
            viewer.is_admin || viewer.seat(*group).is_some()
        }
        JournalScope::Group(group) => follow_group_business(viewer, *group).is_ok(),
        // Decided by the text's marking, which the caller looks up (`see_marked`).
        JournalScope::Paper(..) => false,
        // Decided by the marking in the scope and the group's chair (`see_marked`).
        JournalScope::Marked(..) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CGA: GroupId = GroupId::new(1);
    const OTHER: GroupId = GroupId::new(2);

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    fn viewer(seat: Option<(Option<&str>, Option<Standing>, Role)>) -> Viewer {
        Viewer {
            user: UserId::new(7),
            is_admin: false,
            clearance: Classification::Confidential,
            seats: seat
                .map(|(party, standing, role)| Seat {
                    group: CGA,
                    party: party.map(code),
                    standing,
                    role,
                })
                .into_iter()
                .collect(),
        }
    }

    fn admin() -> Viewer {
        Viewer {
            is_admin: true,
            ..viewer(None)
        }
    }

    #[test]
    fn a_person_outside_the_group_sees_nothing_of_it() {
        let outsider = viewer(None);
        assert_eq!(see_group(&outsider, CGA), Err(Denied::Invisible));
        assert_eq!(see_meeting(&outsider, CGA, &[]), Err(Denied::Invisible));
        let kz = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        assert_eq!(see_group(&kz, OTHER), Err(Denied::Invisible));
    }

    #[test]
    fn only_the_secretariat_records_a_decision_later() {
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        assert_eq!(record_later(&secretariat, CGA), Ok(()));
        let kz = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        assert!(matches!(record_later(&kz, CGA), Err(Denied::Forbidden(_))));
        assert_eq!(record_later(&viewer(None), CGA), Err(Denied::Invisible));
        assert_eq!(record_later(&admin(), CGA), Err(Denied::Invisible));
    }

    #[test]
    fn the_administrator_sees_the_group_but_not_its_meetings() {
        assert_eq!(see_group(&admin(), CGA), Ok(()));
        assert_eq!(see_meeting(&admin(), CGA, &[]), Err(Denied::Invisible));
    }

    #[test]
    fn guests_and_the_administrator_do_not_follow_the_groups_business() {
        let guest = viewer(Some((Some("AF"), Some(Standing::Guest), Role::Envoy)));
        let observer = viewer(Some((Some("TM"), Some(Standing::Observer), Role::Envoy)));
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        assert_eq!(follow_group_business(&guest, CGA), Err(Denied::Invisible));
        assert_eq!(follow_group_business(&admin(), CGA), Err(Denied::Invisible));
        assert_eq!(follow_group_business(&observer, CGA), Ok(()));
        assert_eq!(follow_group_business(&secretariat, CGA), Ok(()));
        assert_eq!(
            follow_group_business(&observer, OTHER),
            Err(Denied::Invisible)
        );
    }

    #[test]
    fn guests_see_only_the_meetings_they_are_invited_to() {
        let guest = viewer(Some((Some("AF"), Some(Standing::Guest), Role::Envoy)));
        assert_eq!(see_meeting(&guest, CGA, &[]), Err(Denied::Invisible));
        assert_eq!(see_meeting(&guest, CGA, &[code("AF")]), Ok(()));
    }

    #[test]
    fn only_the_secretariat_and_the_chairs_envoy_manage_a_meeting() {
        let uz = code("UZ");
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let uz_envoy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Envoy)));
        let kz_envoy = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        let uz_deputy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Deputy)));
        let observer = viewer(Some((Some("TM"), Some(Standing::Observer), Role::Envoy)));
        assert_eq!(manage_meeting(&secretariat, CGA, &uz, &[]), Ok(()));
        assert_eq!(manage_meeting(&uz_envoy, CGA, &uz, &[]), Ok(()));
        for refused in [kz_envoy, uz_deputy, observer] {
            assert!(matches!(
                manage_meeting(&refused, CGA, &uz, &[]),
                Err(Denied::Forbidden(_))
            ));
        }
        assert_eq!(
            manage_meeting(&admin(), CGA, &uz, &[]),
            Err(Denied::Invisible)
        );
    }

    #[test]
    fn an_envoy_authorises_only_a_deputy_of_the_same_party() {
        let uz_envoy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Envoy)));
        let deputy = |party: &str, role| Seat {
            group: CGA,
            party: Some(code(party)),
            standing: Some(Standing::Member),
            role,
        };
        assert_eq!(
            authorise_deputy(&uz_envoy, CGA, &deputy("UZ", Role::Deputy)),
            Ok(code("UZ"))
        );
        assert!(authorise_deputy(&uz_envoy, CGA, &deputy("KZ", Role::Deputy)).is_err());
        assert!(authorise_deputy(&uz_envoy, CGA, &deputy("UZ", Role::Delegate)).is_err());
        let uz_delegate = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Delegate)));
        assert!(authorise_deputy(&uz_delegate, CGA, &deputy("UZ", Role::Deputy)).is_err());
    }

    #[test]
    fn only_the_envoy_or_an_authorised_deputy_speaks_for_a_party() {
        let uz = code("UZ");
        let envoy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Envoy)));
        let deputy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Deputy)));
        let delegate = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Delegate)));
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let observer = viewer(Some((Some("TM"), Some(Standing::Observer), Role::Envoy)));
        let kz_envoy = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        assert_eq!(speak_for(&envoy, CGA, &uz, false), Ok(()));
        assert_eq!(speak_for(&deputy, CGA, &uz, true), Ok(()));
        assert!(matches!(
            speak_for(&deputy, CGA, &uz, false),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            speak_for(&delegate, CGA, &uz, true),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            speak_for(&secretariat, CGA, &uz, true),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            speak_for(&observer, CGA, &code("TM"), false),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            speak_for(&kz_envoy, CGA, &uz, false),
            Err(Denied::Forbidden(_))
        ));
        assert_eq!(
            speak_for(&viewer(None), CGA, &uz, false),
            Err(Denied::Invisible)
        );
    }

    #[test]
    fn the_pen_is_held_by_the_penholders_delegation_or_the_chairs_secretariat() {
        let uz = code("UZ");
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let uz_delegate = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Delegate)));
        let kz_envoy = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        assert_eq!(hold_pen(&uz_delegate, CGA, &uz, None), Ok(()));
        assert_eq!(hold_pen(&secretariat, CGA, &uz, Some(&uz)), Ok(()));
        assert!(hold_pen(&secretariat, CGA, &uz, Some(&code("KZ"))).is_err());
        assert!(hold_pen(&kz_envoy, CGA, &uz, Some(&uz)).is_err());
    }

    #[test]
    fn the_chair_never_records_a_partys_act_and_a_party_never_the_chairs() {
        let kz = code("KZ");
        let uz = code("UZ");
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let uz_envoy = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Envoy)));
        let kz_envoy = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        // The chair (UZ) and the secretariat may not write KZ's act.
        for chair_side in [&secretariat, &uz_envoy] {
            assert!(matches!(
                record_act(chair_side, CGA, Authority::Party(&kz), &uz, true),
                Err(Denied::Forbidden(_))
            ));
            assert_eq!(
                record_act(chair_side, CGA, Authority::Chair, &uz, false),
                Ok(())
            );
        }
        // KZ writes its own act and none of the chair's.
        assert_eq!(
            record_act(&kz_envoy, CGA, Authority::Party(&kz), &uz, false),
            Ok(())
        );
        assert!(matches!(
            record_act(&kz_envoy, CGA, Authority::Chair, &uz, false),
            Err(Denied::Forbidden(_))
        ));
    }

    #[test]
    fn an_authorisation_ends_in_the_future_and_within_a_year() {
        let now = jiff::Timestamp::from_second(1_767_225_600).expect("instant");
        let day = jiff::SignedDuration::from_hours(24);
        assert!(check_authorisation_end(now, now).is_err());
        assert_eq!(check_authorisation_end(now, now + day), Ok(()));
        assert_eq!(check_authorisation_end(now, now + day * 366), Ok(()));
        assert_eq!(
            check_authorisation_end(now, now + day * 367),
            Err(Message::new("error-access-authorisation-too-long"))
        );
    }

    #[test]
    fn papers_are_circulated_by_member_delegations_and_the_secretariat_and_attached_to_by_their_originator(
    ) {
        let uz = code("UZ");
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let uz_delegate = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Delegate)));
        let kz_envoy = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Envoy)));
        let uz_expert = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Expert)));
        let observer = viewer(Some((Some("TM"), Some(Standing::Observer), Role::Envoy)));
        assert_eq!(circulate_paper(&secretariat, CGA), Ok(None));
        assert_eq!(circulate_paper(&uz_delegate, CGA), Ok(Some(uz.clone())));
        for refused in [&uz_expert, &observer] {
            assert!(matches!(
                circulate_paper(refused, CGA),
                Err(Denied::Forbidden(_))
            ));
        }
        assert_eq!(circulate_paper(&admin(), CGA), Err(Denied::Invisible));
        assert_eq!(attach_to_paper(&uz_delegate, CGA, Some(&uz)), Ok(()));
        assert_eq!(attach_to_paper(&secretariat, CGA, None), Ok(()));
        assert!(matches!(
            attach_to_paper(&kz_envoy, CGA, Some(&uz)),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            attach_to_paper(&secretariat, CGA, Some(&uz)),
            Err(Denied::Forbidden(_))
        ));
    }

    #[test]
    fn every_member_delegation_and_the_secretariat_comment_and_only_the_author_withdraws() {
        let secretariat = viewer(Some((None, None, Role::Secretariat)));
        let uz_expert = viewer(Some((Some("UZ"), Some(Standing::Member), Role::Expert)));
        let observer = viewer(Some((Some("TM"), Some(Standing::Observer), Role::Envoy)));
        let guest = viewer(Some((Some("AF"), Some(Standing::Guest), Role::Envoy)));
        assert_eq!(comment(&secretariat, CGA), Ok(None));
        assert_eq!(comment(&uz_expert, CGA), Ok(Some(code("UZ"))));
        for refused in [&observer, &guest] {
            assert!(matches!(comment(refused, CGA), Err(Denied::Forbidden(_))));
        }
        assert_eq!(comment(&admin(), CGA), Err(Denied::Invisible));
        assert_eq!(withdraw_comment(&uz_expert, UserId::new(7)), Ok(()));
        assert!(matches!(
            withdraw_comment(&uz_expert, UserId::new(8)),
            Err(Denied::Forbidden(_))
        ));
    }

    #[test]
    fn journal_entries_are_trimmed_by_scope() {
        let member = viewer(Some((Some("KZ"), Some(Standing::Member), Role::Delegate)));
        let guest = viewer(Some((Some("AF"), Some(Standing::Guest), Role::Envoy)));
        assert!(read_journal_entry(&member, &JournalScope::Group(CGA)));
        assert!(!read_journal_entry(&member, &JournalScope::Group(OTHER)));
        assert!(!read_journal_entry(&member, &JournalScope::Installation));
        assert!(!read_journal_entry(&guest, &JournalScope::Group(CGA)));
        assert!(read_journal_entry(&admin(), &JournalScope::Installation));
        assert!(read_journal_entry(
            &admin(),
            &JournalScope::GroupAdministration(CGA)
        ));
        assert!(!read_journal_entry(&admin(), &JournalScope::Group(CGA)));
    }
}
