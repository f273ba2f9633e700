//! Who may record what the group follows through (DOMAIN.md §6): roadmaps, action lines and
//! their reports, agreements, figures and engagement records. Who may *see* each of them is
//! decided by its marking, through `see_marked`, like every paper.

use super::{Denied, Seat, Viewer};
use crate::domain::ids::GroupId;
use crate::domain::message::Message;
use crate::domain::names::PartyCode;
use crate::domain::role::{Role, Standing};

fn seat(viewer: &Viewer, group: GroupId) -> Result<&Seat, Denied> {
    let seat = viewer.seat(group).ok_or(Denied::Invisible)?;
    if seat.follows_group_business() {
        Ok(seat)
    } else {
        Err(Denied::Invisible)
    }
}

/// Whether the seat is a working member of a member or observer party's delegation (an
/// expert advises, and does not file for the party).
fn works_for_own_party(seat: &Seat) -> Option<&PartyCode> {
    let working = matches!(seat.role, Role::Envoy | Role::Deputy | Role::Delegate);
    let standing = matches!(seat.standing, Some(Standing::Member | Standing::Observer));
    seat.party.as_ref().filter(|_| working && standing)
}

/// Roadmaps and their action lines, indicators and targets: the secretariat keeps them.
pub fn keep_the_plan(viewer: &Viewer, group: GroupId) -> Result<(), Denied> {
    match seat(viewer, group)?.role {
        Role::Secretariat => Ok(()),
        _ => Err(Denied::Forbidden(Message::new(
            "error-access-secretariat-only",
        ))),
    }
}

/// A progress report on an action line: the envoy, deputy or delegate of a party that leads
/// the line or takes part in it, for that party.
pub fn report_on_line(
    viewer: &Viewer,
    group: GroupId,
    party: &PartyCode,
    leads: &[PartyCode],
    participants: &[PartyCode],
) -> Result<(), Denied> {
    let seat = seat(viewer, group)?;
    if works_for_own_party(seat) != Some(party) {
        return Err(Denied::Forbidden(Message::new(
            "error-access-report-own-party",
        )));
    }
    if !leads.contains(party) && !participants.contains(party) {
        return Err(Denied::Forbidden(Message::new("error-access-report-line")));
    }
    Ok(())
}

/// A figure or an agreement of a party: the secretariat, or that party's envoy, deputy or
/// delegate.
pub fn record_for_party(viewer: &Viewer, group: GroupId, party: &PartyCode) -> Result<(), Denied> {
    let seat = seat(viewer, group)?;
    if seat.role == Role::Secretariat || works_for_own_party(seat) == Some(party) {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-record-for-party",
        )))
    }
}

/// An engagement record: the party's own delegation alone (the secretariat keeps none).
pub fn record_engagement(viewer: &Viewer, group: GroupId, party: &PartyCode) -> Result<(), Denied> {
    let seat = seat(viewer, group)?;
    if works_for_own_party(seat) == Some(party) {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new(
            "error-access-own-engagements",
        )))
    }
}

/// Widening an object's distribution or lowering its classification (DOMAIN.md §2): the
/// originating party's envoy alone; the secretariat for what it originated.
pub fn widen(
    viewer: &Viewer,
    group: GroupId,
    originator: Option<&PartyCode>,
) -> Result<(), Denied> {
    let seat = seat(viewer, group)?;
    let allowed = match originator {
        Some(party) => seat.role == Role::Envoy && seat.party.as_ref() == Some(party),
        None => seat.role == Role::Secretariat,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden(Message::new("error-access-widen")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::UserId;
    use crate::domain::marking::Classification;

    const CGA: GroupId = GroupId::new(1);

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    fn person(party: Option<&str>, standing: Option<Standing>, role: Role) -> Viewer {
        Viewer {
            user: UserId::new(9),
            is_admin: false,
            clearance: Classification::Confidential,
            seats: vec![Seat {
                group: CGA,
                party: party.map(code),
                standing,
                role,
            }],
        }
    }

    fn secretariat() -> Viewer {
        person(None, None, Role::Secretariat)
    }
    fn member(party: &str, role: Role) -> Viewer {
        person(Some(party), Some(Standing::Member), role)
    }
    fn admin() -> Viewer {
        Viewer {
            user: UserId::new(1),
            is_admin: true,
            clearance: Classification::Confidential,
            seats: vec![],
        }
    }

    #[test]
    fn only_the_secretariat_keeps_the_plan_and_outsiders_do_not_learn_it_exists() {
        assert_eq!(keep_the_plan(&secretariat(), CGA), Ok(()));
        assert!(matches!(
            keep_the_plan(&member("UZ", Role::Envoy), CGA),
            Err(Denied::Forbidden(_))
        ));
        assert_eq!(keep_the_plan(&admin(), CGA), Err(Denied::Invisible));
        let guest = person(Some("AF"), Some(Standing::Guest), Role::Envoy);
        assert_eq!(keep_the_plan(&guest, CGA), Err(Denied::Invisible));
    }

    #[test]
    fn a_leading_partys_delegate_reports_and_a_party_not_on_the_line_cannot() {
        let leads = [code("TJ"), code("KG")];
        let participants = [code("UZ")];
        let tj = code("TJ");
        let report = |viewer: &Viewer, party: &PartyCode| {
            report_on_line(viewer, CGA, party, &leads, &participants)
        };
        assert_eq!(report(&member("TJ", Role::Delegate), &tj), Ok(()));
        assert_eq!(report(&member("UZ", Role::Deputy), &code("UZ")), Ok(()));
        assert!(matches!(
            report(&member("KZ", Role::Envoy), &code("KZ")),
            Err(Denied::Forbidden(_))
        ));
        // Nobody reports in another party's name, the secretariat and experts included.
        assert!(matches!(
            report(&member("KZ", Role::Envoy), &tj),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            report(&secretariat(), &tj),
            Err(Denied::Forbidden(_))
        ));
        assert!(matches!(
            report(&member("TJ", Role::Expert), &tj),
            Err(Denied::Forbidden(_))
        ));
    }

    #[test]
    fn engagements_are_recorded_by_the_partys_own_delegation_only() {
        let uz = code("UZ");
        assert_eq!(
            record_engagement(&member("UZ", Role::Envoy), CGA, &uz),
            Ok(())
        );
        assert!(record_engagement(&member("KZ", Role::Envoy), CGA, &uz).is_err());
        assert!(record_engagement(&secretariat(), CGA, &uz).is_err());
        let observer = person(Some("TM"), Some(Standing::Observer), Role::Envoy);
        assert_eq!(record_engagement(&observer, CGA, &code("TM")), Ok(()));
    }

    #[test]
    fn agreements_and_figures_are_recorded_by_the_secretariat_or_the_party_itself() {
        let uz = code("UZ");
        assert_eq!(record_for_party(&secretariat(), CGA, &uz), Ok(()));
        assert_eq!(
            record_for_party(&member("UZ", Role::Delegate), CGA, &uz),
            Ok(())
        );
        assert!(record_for_party(&member("KZ", Role::Envoy), CGA, &uz).is_err());
    }

    #[test]
    fn only_the_originators_envoy_widens_distribution() {
        let uz = code("UZ");
        assert_eq!(widen(&member("UZ", Role::Envoy), CGA, Some(&uz)), Ok(()));
        assert!(widen(&member("UZ", Role::Delegate), CGA, Some(&uz)).is_err());
        assert!(widen(&secretariat(), CGA, Some(&uz)).is_err());
        assert_eq!(widen(&secretariat(), CGA, None), Ok(()));
    }
}
