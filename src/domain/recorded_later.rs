//! A decision recorded later (issue 8, item 9): the group's record from before it used Majlis.
//! The secretariat writes down a decision the group took earlier, with its date, its meeting,
//! its text and the parties' positions as reported. Those positions are the secretariat's
//! report of them, never the parties' own acts: nobody writes an act under another party's
//! name, so the record keeps them apart from a procedure's events and shows them "as reported
//! by the secretariat".

use std::collections::BTreeSet;

use jiff::Timestamp;

use super::ids::GroupId;
use super::message::Message;
use super::names::PartyCode;
use super::procedure::{Outcome, Position, State};
use super::validation::ValidationErrors;

/// One member party's position as the secretariat reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedPosition {
    pub party: PartyCode,
    pub position: Position,
}

/// The meeting a decision was taken at, as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingFacts {
    pub group: GroupId,
    pub starts_at: Timestamp,
}

/// Whether a decision may be recorded as adopted earlier: on a day that has come, at a meeting
/// of the group that had begun by then, with every member party reported once and each
/// concurring or joining consensus (anything else means the text was not adopted). Every bad
/// field is named.
pub fn check(
    now: Timestamp,
    group: GroupId,
    members: &[PartyCode],
    adopted_at: Timestamp,
    meeting: MeetingFacts,
    reported: &[ReportedPosition],
) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    if adopted_at > now {
        errors.add("adopted_at", Message::new("error-record-later-in-future"));
    }
    if meeting.group != group {
        errors.add("meeting", Message::new("error-meeting-not-of-group"));
    } else if meeting.starts_at > adopted_at {
        errors.add(
            "meeting",
            Message::new("error-record-later-meeting-not-begun"),
        );
    }
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for report in reported {
        if !members.contains(&report.party) {
            problems.push(Message::new("error-group-not-a-member").with("party", &report.party));
        } else if !seen.insert(&report.party) {
            problems.push(
                Message::new("error-record-later-reported-twice").with("party", &report.party),
            );
        } else if !report.position.is_concurring() {
            problems.push(
                Message::new("error-record-later-not-concurring")
                    .with("party", &report.party)
                    .with("position", report.position.as_str()),
            );
        }
    }
    for party in members {
        if !seen.contains(party) && reported.iter().all(|r| &r.party != party) {
            problems.push(Message::new("error-record-later-position-missing").with("party", party));
        }
    }
    if !problems.is_empty() {
        errors.add(
            "positions",
            Message::new("error-text-list-of-problems").with("problems", problems),
        );
    }
    errors.into_result()
}

/// The state of the procedure row that carries a decision recorded later: adopted at the
/// adoption instant. It holds no party's own position (the parties recorded nothing here);
/// the statements are those the secretariat reported, in the order given.
pub fn state(adopted_at: Timestamp, reported: &[ReportedPosition]) -> State {
    State {
        outcome: Outcome::Adopted { at: adopted_at },
        positions: Default::default(),
        chair_notes: Default::default(),
        statements: reported
            .iter()
            .filter_map(|r| Some((r.party.clone(), r.position.text()?.to_owned())))
            .collect(),
        deadline: adopted_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("a party code")
    }

    fn members() -> Vec<PartyCode> {
        ["KZ", "KG", "TJ", "UZ"].into_iter().map(code).collect()
    }

    fn now() -> Timestamp {
        "2026-09-01T06:00:00Z".parse().expect("an instant")
    }

    fn adopted() -> Timestamp {
        "2025-08-26T05:00:00Z".parse().expect("an instant")
    }

    fn meeting() -> MeetingFacts {
        MeetingFacts {
            group: GroupId::new(1),
            starts_at: adopted(),
        }
    }

    fn all_concur() -> Vec<ReportedPosition> {
        members()
            .into_iter()
            .map(|party| ReportedPosition {
                party,
                position: Position::Concur,
            })
            .collect()
    }

    fn fields(result: Result<(), ValidationErrors>) -> Vec<String> {
        result
            .err()
            .map(|e| e.fields().iter().map(|f| f.field.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn every_member_concurring_at_a_begun_meeting_in_the_past_is_recorded() {
        let group = GroupId::new(1);
        assert!(check(
            now(),
            group,
            &members(),
            adopted(),
            meeting(),
            &all_concur()
        )
        .is_ok());
        let mut joined = all_concur();
        joined[1].position = Position::ConcurWithStatement("Read with 1992.".into());
        assert!(check(now(), group, &members(), adopted(), meeting(), &joined).is_ok());
        let state = state(adopted(), &joined);
        assert_eq!(state.outcome, Outcome::Adopted { at: adopted() });
        assert!(state.positions.is_empty(), "no party's own act");
        assert_eq!(
            state.statements,
            vec![(code("KG"), "Read with 1992.".into())]
        );
    }

    #[test]
    fn a_future_day_is_refused() {
        let later = now() + SignedDuration::from_hours(1);
        let meeting = MeetingFacts {
            starts_at: later,
            ..meeting()
        };
        let result = check(
            now(),
            GroupId::new(1),
            &members(),
            later,
            meeting,
            &all_concur(),
        );
        assert_eq!(fields(result), vec!["adopted_at"]);
    }

    #[test]
    fn a_meeting_of_another_group_or_not_yet_begun_is_refused() {
        let other = MeetingFacts {
            group: GroupId::new(2),
            ..meeting()
        };
        let result = check(
            now(),
            GroupId::new(1),
            &members(),
            adopted(),
            other,
            &all_concur(),
        );
        assert_eq!(fields(result), vec!["meeting"]);
        let early = adopted() - SignedDuration::from_hours(1);
        let result = check(
            now(),
            GroupId::new(1),
            &members(),
            early,
            meeting(),
            &all_concur(),
        );
        assert_eq!(fields(result), vec!["meeting"]);
    }

    #[test]
    fn a_missing_twice_foreign_or_non_concurring_party_is_refused() {
        let group = GroupId::new(1);
        let mut missing = all_concur();
        missing.pop();
        let result = check(now(), group, &members(), adopted(), meeting(), &missing);
        assert_eq!(fields(result), vec!["positions"]);
        let mut twice = all_concur();
        twice.push(twice[0].clone());
        let result = check(now(), group, &members(), adopted(), meeting(), &twice);
        assert_eq!(fields(result), vec!["positions"]);
        let mut foreign = all_concur();
        foreign.push(ReportedPosition {
            party: code("AF"),
            position: Position::Concur,
        });
        let result = check(now(), group, &members(), adopted(), meeting(), &foreign);
        assert_eq!(fields(result), vec!["positions"]);
        for position in [
            Position::Object("No.".into()),
            Position::StandAside(None),
            Position::AdReferendum { confirm_by: now() },
        ] {
            let mut refused = all_concur();
            refused[2].position = position;
            let result = check(now(), group, &members(), adopted(), meeting(), &refused);
            assert_eq!(fields(result), vec!["positions"]);
        }
    }
}
