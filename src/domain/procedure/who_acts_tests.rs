//! A property over the rules of who acts (`domain::access::record_act`) and the procedure
//! machine together: whatever anyone in any role asks, in any order, a party's recorded position
//! is only ever changed by that party's envoy or a deputy the envoy authorised.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;

use super::{Act, Authority, Position, ProcedureKind, ProcedureRules, Round};
use crate::domain::access::{record_act, Seat, Viewer};
use crate::domain::ids::{GroupId, UserId};
use crate::domain::marking::Classification;
use crate::domain::names::PartyCode;
use crate::domain::role::{Role, Standing};

const GROUP: GroupId = GroupId::new(1);
const MEMBERS: [&str; 4] = ["KZ", "KG", "TJ", "UZ"];
const CHAIR: &str = "UZ";

fn party(code: &str) -> PartyCode {
    PartyCode::parse(code).expect("valid code")
}

/// Everyone who might try: each member's envoy, deputy, delegate and expert, the secretariat,
/// the observer's envoy, the administrator and a person outside the group.
fn people() -> Vec<Viewer> {
    let seat = |party: Option<&str>, standing, role| Seat {
        group: GROUP,
        party: party.map(self::party),
        standing,
        role,
    };
    let mut people = Vec::new();
    for code in MEMBERS {
        for role in [Role::Envoy, Role::Deputy, Role::Delegate, Role::Expert] {
            people.push(vec![seat(Some(code), Some(Standing::Member), role)]);
        }
    }
    people.push(vec![seat(None, None, Role::Secretariat)]);
    people.push(vec![seat(
        Some("TM"),
        Some(Standing::Observer),
        Role::Envoy,
    )]);
    people.push(Vec::new()); // the administrator
    people.push(Vec::new()); // an outsider
    let count = people.len();
    people
        .into_iter()
        .enumerate()
        .map(|(index, seats)| Viewer {
            user: UserId::new(index as i64 + 1),
            is_admin: index == count - 2,
            clearance: Classification::Confidential,
            seats,
        })
        .collect()
}

/// Whether `viewer` truly speaks for `party`: its envoy, or its deputy while authorised.
fn speaks_for(viewer: &Viewer, party: &PartyCode, authorised: &BTreeMap<PartyCode, bool>) -> bool {
    viewer.seat(GROUP).is_some_and(|seat| {
        seat.party.as_ref() == Some(party)
            && seat.standing == Some(Standing::Member)
            && match seat.role {
                Role::Envoy => true,
                Role::Deputy => authorised.get(party).copied().unwrap_or(false),
                _ => false,
            }
    })
}

#[derive(Debug, Clone)]
struct Attempt {
    person: usize,
    party: usize,
    kind: u8,
}

fn act_of(attempt: &Attempt, now: Timestamp, deadline: Timestamp) -> Act {
    let party = party(["KZ", "KG", "TJ", "UZ", "TM"][attempt.party]);
    match attempt.kind % 10 {
        0 | 1 => Act::Position {
            party,
            position: Position::Concur,
        },
        2 => Act::Position {
            party,
            position: Position::Object("not in this form".into()),
        },
        3 => Act::Position {
            party,
            position: Position::AdReferendum {
                confirm_by: now + SignedDuration::from_hours(1),
            },
        },
        4 => Act::Confirm { party },
        5 => Act::Decline {
            party,
            reason: "the capital says no".into(),
        },
        6 => Act::ChairNote { party },
        7 => Act::break_silence(party, "we object", None),
        8 => Act::Statement {
            party,
            text: "our reading".into(),
        },
        _ => Act::Extend {
            deadline: deadline + SignedDuration::from_hours(1),
        },
    }
}

fn attempt_strategy(people: usize) -> impl Strategy<Value = Attempt> {
    (0..people, 0usize..5, any::<u8>()).prop_map(|(person, party, kind)| Attempt {
        person,
        party,
        kind,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_partys_position_is_changed_by_anyone_but_its_envoy_or_authorised_deputy(
        kind in prop_oneof![Just(ProcedureKind::Consensus), Just(ProcedureKind::Silence)],
        in_session in any::<bool>(),
        authorised in prop::collection::vec(any::<bool>(), 4),
        attempts in prop::collection::vec(attempt_strategy(20), 0..60),
    ) {
        let people = people();
        let authorised: BTreeMap<PartyCode, bool> =
            MEMBERS.iter().map(|code| party(code)).zip(authorised).collect();
        let opened_at = Timestamp::from_second(1_767_225_600).expect("instant");
        let mut round = Round::open(ProcedureRules {
            kind,
            members: MEMBERS.iter().map(|code| party(code)).collect(),
            quorum: 3,
            opened_at,
            deadline: opened_at + SignedDuration::from_hours(48),
            in_session: in_session && kind == ProcedureKind::Consensus,
        });
        let chair = party(CHAIR);
        for (step, attempt) in attempts.iter().enumerate() {
            let now = opened_at + SignedDuration::from_mins(step as i64 + 1);
            let viewer = &people[attempt.person];
            let before = round.state_at(now);
            let act = act_of(attempt, now, before.deadline);
            let deputy_authorised = match act.authority() {
                Authority::Party(party) => authorised.get(party).copied().unwrap_or(false),
                Authority::Chair => false,
            };
            if record_act(viewer, GROUP, act.authority(), &chair, deputy_authorised).is_err() {
                continue;
            }
            let event = act.at(now);
            if round.check(&event, now).is_err() {
                continue;
            }
            round.fold(&event);
            let after = round.state_at(now);
            for code in MEMBERS {
                let member = party(code);
                if before.positions.get(&member) != after.positions.get(&member) {
                    prop_assert!(
                        speaks_for(viewer, &member, &authorised),
                        "{:?} changed the position of {} by {:?}", viewer.seats, code, event
                    );
                }
                let statements = |state: &super::State| {
                    state.statements.iter().filter(|(p, _)| *p == member).count()
                };
                if statements(&before) != statements(&after) {
                    prop_assert!(speaks_for(viewer, &member, &authorised));
                }
            }
        }
    }
}
