//! Tests of `procedure`: unit tests by sentence and property tests.

use std::collections::BTreeMap;

use jiff::SignedDuration;
use proptest::prelude::*;

use super::*;
use crate::domain::names::PartyCode;
use ProcedureKind::{Consensus, Silence};

/// 2026-01-01T00:00:00Z, when every procedure in these tests opens.
const OPENED: i64 = 1_767_225_600;

fn party(code: &str) -> PartyCode {
    PartyCode::parse(code).expect("valid code")
}

/// The instant `minutes` after the opening.
fn minute(minutes: i64) -> Timestamp {
    Timestamp::from_second(OPENED + minutes * 60).expect("valid instant")
}

fn hour(hours: i64) -> Timestamp {
    minute(hours * 60)
}

fn rules(kind: ProcedureKind, members: &[&str], quorum: u32, hours: i64) -> ProcedureRules {
    ProcedureRules {
        kind,
        members: members.iter().map(|code| party(code)).collect(),
        quorum,
        opened_at: hour(0),
        deadline: hour(hours),
        in_session: false,
    }
}

/// Four members, default quorum (3), 48 hours.
fn round() -> ProcedureRules {
    rules(Consensus, &["KZ", "KG", "TJ", "UZ"], 3, 48)
}

/// Four members, 24 hours of silence.
fn silence() -> ProcedureRules {
    rules(Silence, &["KZ", "KG", "TJ", "UZ"], 3, 24)
}

fn position(code: &str, position: Position, at: Timestamp) -> Event {
    Event::Position {
        party: party(code),
        position,
        at,
    }
}

fn concur(code: &str, at: Timestamp) -> Event {
    position(code, Position::Concur, at)
}

fn object(code: &str, reason: &str, at: Timestamp) -> Event {
    position(code, Position::Object(reason.to_owned()), at)
}

fn stand_aside(code: &str, at: Timestamp) -> Event {
    position(code, Position::StandAside(None), at)
}

fn ad_referendum(code: &str, confirm_by: Timestamp, at: Timestamp) -> Event {
    position(code, Position::AdReferendum { confirm_by }, at)
}

fn break_silence(code: &str, reason: &str, at: Timestamp) -> Event {
    Event::Break {
        party: party(code),
        reason: reason.to_owned(),
        at,
    }
}

/// Records events one by one as the server does, each at its own instant; every one must
/// be accepted.
fn record(rules: &ProcedureRules, events: Vec<Event>) -> Vec<Event> {
    let mut recorded = Vec::new();
    for event in events {
        if let Err(refusal) = check(rules, &recorded, &event, event.at()) {
            panic!("{event:?} was refused: {refusal}");
        }
        recorded.push(event);
    }
    recorded
}

/// What the server answers to `event` after `so_far`, at the event's instant.
fn refused(rules: &ProcedureRules, so_far: &[Event], event: Event) -> Refusal {
    check(rules, so_far, &event, event.at()).expect_err("should be refused")
}

fn outcome(rules: &ProcedureRules, events: &[Event], now: Timestamp) -> Outcome {
    decide(rules, events, now).outcome
}

// Consensus round (§4.1)

#[test]
fn a_folded_round_gives_no_state_for_an_instant_before_its_last_act() {
    let rules = round();
    let mut folded = Round::open(rules.clone());
    let events = record(&rules, vec![object("KZ", "Not yet.", hour(2))]);
    for event in &events {
        folded.fold(event);
    }
    assert_eq!(folded.state_at_if_after_all(hour(1)), None);
    assert_eq!(
        folded.state_at_if_after_all(hour(3)),
        Some(decide(&rules, &events, hour(3)))
    );
}

#[test]
fn the_last_concurrence_adopts_at_its_instant() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            concur("UZ", hour(5)),
        ],
    );

    assert_eq!(outcome(&rules, &events[..3], hour(4)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(5)),
        Outcome::Adopted { at: hour(5) }
    );
}

#[test]
fn a_round_stays_open_before_the_deadline_while_a_party_has_not_answered() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
        ],
    );

    assert_eq!(outcome(&rules, &events, hour(47)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(48)),
        Outcome::NotAdopted {
            at: hour(48),
            reasons: vec![Reason::NotAnswered { party: party("UZ") }],
        }
    );
}

#[test]
fn an_objection_blocks_until_withdrawn_by_a_change_of_position() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            object("KG", "paragraph 3 prejudges the border talks", hour(1)),
            concur("KZ", hour(2)),
            concur("TJ", hour(3)),
            concur("UZ", hour(4)),
        ],
    );
    assert_eq!(outcome(&rules, &events, hour(10)), Outcome::Open);

    let mut changed = events.clone();
    changed.push(concur("KG", hour(11)));
    let changed = record(&rules, changed);

    assert_eq!(
        outcome(&rules, &changed, hour(11)),
        Outcome::Adopted { at: hour(11) }
    );
    assert_eq!(
        decide(&rules, &changed, hour(11))
            .positions
            .get(&party("KG")),
        Some(&Position::Concur)
    );
}

#[test]
fn an_objection_that_stands_at_the_deadline_is_named_with_its_reason() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            object("KG", "the figures are not agreed", hour(2)),
            concur("TJ", hour(3)),
        ],
    );

    assert_eq!(
        outcome(&rules, &events, hour(60)),
        Outcome::NotAdopted {
            at: hour(48),
            reasons: vec![
                Reason::Objected {
                    party: party("KG"),
                    reason: "the figures are not agreed".into(),
                },
                Reason::NotAnswered { party: party("UZ") },
            ],
        }
    );
}

#[test]
fn two_concurrences_and_two_stand_asides_fall_short_of_a_quorum_of_three() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            stand_aside("TJ", hour(3)),
            stand_aside("UZ", hour(4)),
        ],
    );

    assert_eq!(outcome(&rules, &events, hour(47)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(48)),
        Outcome::NotAdopted {
            at: hour(48),
            reasons: vec![Reason::QuorumNotReached {
                concurring: 2,
                quorum: 3,
            }],
        }
    );
}

#[test]
fn a_stand_aside_does_not_block_when_the_quorum_concurs() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            position(
                "KG",
                Position::StandAside(Some("will not apply article 4".into())),
                hour(2),
            ),
            concur("TJ", hour(3)),
            position(
                "UZ",
                Position::ConcurWithStatement("read with the 2024 roadmap".into()),
                hour(4),
            ),
        ],
    );

    let state = decide(&rules, &events, hour(4));
    assert_eq!(state.outcome, Outcome::Adopted { at: hour(4) });
    assert_eq!(
        state.statements,
        vec![
            (party("KG"), "will not apply article 4".to_owned()),
            (party("UZ"), "read with the 2024 roadmap".to_owned()),
        ]
    );
}

#[test]
fn an_ad_referendum_does_not_yet_count_as_concurring() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            ad_referendum("UZ", hour(30), hour(4)),
        ],
    );

    assert_eq!(outcome(&rules, &events, hour(20)), Outcome::Open);
}

#[test]
fn a_confirmed_ad_referendum_adopts_at_the_confirmation() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            ad_referendum("UZ", hour(30), hour(4)),
            Event::Confirm {
                party: party("UZ"),
                at: hour(29),
            },
        ],
    );

    let state = decide(&rules, &events, hour(29));
    assert_eq!(state.outcome, Outcome::Adopted { at: hour(29) });
    assert_eq!(state.positions.get(&party("UZ")), Some(&Position::Concur));
}

#[test]
fn a_declined_ad_referendum_becomes_an_objection_with_the_capitals_reason() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            ad_referendum("UZ", hour(30), hour(1)),
            Event::Decline {
                party: party("UZ"),
                reason: "the ministry cannot accept paragraph 2".into(),
                at: hour(20),
            },
        ],
    );

    let state = decide(&rules, &events, hour(48));
    assert_eq!(
        state.positions.get(&party("UZ")),
        Some(&Position::Object(
            "the ministry cannot accept paragraph 2".into()
        ))
    );
    let Outcome::NotAdopted { reasons, .. } = state.outcome else {
        panic!("expected not adopted, got {:?}", state.outcome);
    };
    assert!(reasons.contains(&Reason::Objected {
        party: party("UZ"),
        reason: "the ministry cannot accept paragraph 2".into(),
    }));
}

#[test]
fn an_unconfirmed_ad_referendum_fails_the_round_at_the_deadline() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            ad_referendum("UZ", hour(24), hour(4)),
        ],
    );

    assert_eq!(outcome(&rules, &events, hour(30)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(48)),
        Outcome::NotAdopted {
            at: hour(48),
            reasons: vec![Reason::AdReferendumUnconfirmed {
                party: party("UZ"),
                confirm_by: hour(24),
            }],
        }
    );
}

#[test]
fn an_ad_referendum_cannot_be_confirmed_after_its_confirmation_deadline() {
    let rules = round();
    let events = record(&rules, vec![ad_referendum("UZ", hour(24), hour(4))]);
    let late = Event::Confirm {
        party: party("UZ"),
        at: hour(24),
    };

    assert_eq!(
        refused(&rules, &events, late.clone()),
        Refusal::ConfirmationTimePassed {
            party: party("UZ"),
            confirm_by: hour(24),
        }
    );
    let mut with_late = events.clone();
    with_late.push(late);
    assert_eq!(
        decide(&rules, &with_late, hour(25))
            .positions
            .get(&party("UZ")),
        Some(&Position::AdReferendum {
            confirm_by: hour(24)
        })
    );
}

#[test]
fn a_party_whose_capital_answered_late_may_still_record_concur() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            ad_referendum("UZ", hour(24), hour(4)),
            concur("UZ", hour(26)),
        ],
    );

    assert_eq!(
        outcome(&rules, &events, hour(26)),
        Outcome::Adopted { at: hour(26) }
    );
}

#[test]
fn confirming_or_declining_without_an_ad_referendum_is_refused() {
    let rules = round();
    let events = record(&rules, vec![concur("KZ", hour(1))]);

    assert_eq!(
        refused(
            &rules,
            &events,
            Event::Confirm {
                party: party("KZ"),
                at: hour(2),
            }
        ),
        Refusal::NoAdReferendum {
            party: party("KZ"),
            act: "confirm",
        }
    );
    assert_eq!(
        refused(
            &rules,
            &events,
            Event::Decline {
                party: party("KG"),
                reason: "no".into(),
                at: hour(2),
            }
        )
        .to_string(),
        "KG holds no ad referendum position to decline"
    );
}

#[test]
fn a_confirmation_deadline_that_is_not_ahead_is_refused() {
    let rules = round();
    assert_eq!(
        refused(&rules, &[], ad_referendum("UZ", hour(2), hour(2))),
        Refusal::ConfirmByNotAhead {
            confirm_by: hour(2)
        }
    );
    assert!(check(
        &rules,
        &[],
        &ad_referendum("UZ", hour(100), hour(2)),
        hour(2)
    )
    .is_ok());
}

#[test]
fn an_objection_needs_a_reason() {
    let rules = round();
    for reason in ["", "   ", "\n"] {
        assert_eq!(
            refused(&rules, &[], object("KZ", reason, hour(1))),
            Refusal::TextMissing(MissingText::ObjectionReason)
        );
    }
    assert_eq!(
        refused(
            &rules,
            &[],
            object("KZ", &"x".repeat(MAX_TEXT_CHARS + 1), hour(1))
        ),
        Refusal::TextTooLong {
            field: "reason",
            max: MAX_TEXT_CHARS
        }
    );
    assert!(check(
        &rules,
        &[],
        &object("KZ", &"x".repeat(MAX_TEXT_CHARS), hour(1)),
        hour(1)
    )
    .is_ok());
}

#[test]
fn statements_that_go_with_positions_must_not_be_blank() {
    let rules = round();
    assert_eq!(
        refused(
            &rules,
            &[],
            position("KZ", Position::ConcurWithStatement(" ".into()), hour(1))
        ),
        Refusal::TextMissing(MissingText::ConcurStatement)
    );
    assert_eq!(
        refused(
            &rules,
            &[],
            position("KZ", Position::StandAside(Some(String::new())), hour(1))
        ),
        Refusal::TextMissing(MissingText::StandAsideText)
    );
    assert!(check(&rules, &[], &stand_aside("KZ", hour(1)), hour(1)).is_ok());
    assert_eq!(
        refused(
            &rules,
            &[ad_referendum("KZ", hour(9), hour(1))],
            Event::Decline {
                party: party("KZ"),
                reason: String::new(),
                at: hour(2),
            }
        ),
        Refusal::TextMissing(MissingText::DeclineReason)
    );
}

#[test]
fn a_party_that_is_not_a_member_has_no_voice() {
    let rules = round();
    let refusal = refused(&rules, &[], concur("TM", hour(1)));

    assert_eq!(refusal, Refusal::NotAMember(party("TM")));
    assert_eq!(
        refusal.to_string(),
        "TM is not a member party with a voice in this procedure"
    );
}

#[test]
fn silence_has_no_place_in_a_consensus_round() {
    let rules = round();
    let refusal = refused(&rules, &[], break_silence("KZ", "no", hour(1)));

    assert_eq!(
        refusal,
        Refusal::WrongKind {
            act: "break",
            kind: Consensus,
        }
    );
    assert_eq!(
        refusal.to_string(),
        "breaking silence has no place in a consensus round: record a position instead (object, or concur with a statement)"
    );
}

#[test]
fn a_position_at_the_deadline_is_refused_and_changes_nothing() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
        ],
    );
    let late = concur("UZ", hour(48));

    assert_eq!(
        refused(&rules, &events, late.clone()),
        Refusal::DeadlinePassed { deadline: hour(48) }
    );
    let mut with_late = events.clone();
    with_late.push(late);
    assert_eq!(
        decide(&rules, &with_late, hour(50)),
        decide(&rules, &events, hour(50))
    );
}

#[test]
fn parties_may_answer_in_the_time_an_extension_adds() {
    let rules = round();
    let events = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            Event::Extend {
                deadline: hour(72),
                at: hour(47),
            },
        ],
    );
    assert_eq!(outcome(&rules, &events, hour(50)), Outcome::Open);
    assert_eq!(decide(&rules, &events, hour(50)).deadline, hour(72));

    let mut answered = events.clone();
    answered.push(concur("UZ", hour(60)));
    let answered = record(&rules, answered);
    assert_eq!(
        outcome(&rules, &answered, hour(60)),
        Outcome::Adopted { at: hour(60) }
    );
}

#[test]
fn an_extension_must_move_the_deadline_later_and_come_before_it_passes() {
    let rules = round();
    assert_eq!(
        refused(
            &rules,
            &[],
            Event::Extend {
                deadline: hour(48),
                at: hour(1),
            }
        ),
        Refusal::ExtensionNotLater { current: hour(48) }
    );
    assert_eq!(
        refused(
            &rules,
            &[],
            Event::Extend {
                deadline: hour(96),
                at: hour(49),
            }
        ),
        Refusal::DeadlinePassed { deadline: hour(48) }
    );
}

#[test]
fn a_withdrawn_round_closes_at_the_withdrawal() {
    let rules = round();
    let events = record(
        &rules,
        vec![concur("KZ", hour(1)), Event::Withdraw { at: hour(5) }],
    );

    assert_eq!(
        outcome(&rules, &events, hour(5)),
        Outcome::Withdrawn { at: hour(5) }
    );
    assert_eq!(
        refused(&rules, &events, concur("KG", hour(6))).to_string(),
        "this procedure is closed: withdrawn"
    );
}

#[test]
fn a_new_version_supersedes_an_open_procedure_but_not_a_closed_one() {
    let open = round();
    let superseded = record(&open, vec![Event::Superseded { at: hour(3) }]);
    assert_eq!(
        outcome(&open, &superseded, hour(100)),
        Outcome::Superseded { at: hour(3) }
    );

    let adopted = record(
        &open,
        ["KZ", "KG", "TJ", "UZ"]
            .iter()
            .map(|code| concur(code, hour(1)))
            .collect(),
    );
    let late = Event::Superseded { at: hour(2) };
    assert_eq!(
        refused(&open, &adopted, late.clone()),
        Refusal::Closed(OutcomeKind::Adopted)
    );
    let mut with_late = adopted.clone();
    with_late.push(late);
    assert_eq!(
        outcome(&open, &with_late, hour(100)),
        Outcome::Adopted { at: hour(1) }
    );
}

#[test]
fn acts_after_adoption_are_refused_and_do_not_reopen_the_round() {
    let rules = round();
    let adopted = record(
        &rules,
        ["KZ", "KG", "TJ", "UZ"]
            .iter()
            .map(|code| concur(code, hour(1)))
            .collect(),
    );
    let change = object("KZ", "second thoughts", hour(1));

    assert_eq!(
        refused(&rules, &adopted, change.clone()).to_string(),
        "this procedure is closed: adopted"
    );
    let mut with_change = adopted.clone();
    with_change.push(change);
    assert_eq!(
        decide(&rules, &with_change, hour(2)),
        decide(&rules, &adopted, hour(2))
    );
}

#[test]
fn the_instant_of_an_outcome_does_not_depend_on_when_it_is_read() {
    let rules = round();
    let events = record(&rules, vec![object("KZ", "not now", hour(1))]);

    for now in [hour(48), hour(49), hour(1_000)] {
        assert_eq!(
            outcome(&rules, &events, now).closed_at(),
            Some(hour(48)),
            "read at {now}"
        );
    }
}

#[test]
fn events_stamped_after_now_have_not_happened_yet() {
    let rules = round();
    let events = record(
        &rules,
        ["KZ", "KG", "TJ", "UZ"]
            .iter()
            .map(|code| concur(code, hour(10)))
            .collect(),
    );

    assert_eq!(outcome(&rules, &events, hour(9)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(10)),
        Outcome::Adopted { at: hour(10) }
    );
}

#[test]
fn an_act_is_recorded_only_at_the_servers_time() {
    let rules = round();
    let refusal = check(&rules, &[], &concur("KZ", hour(1)), hour(2)).expect_err("stale");

    assert_eq!(
        refusal,
        Refusal::NotStampedNow {
            at: hour(1),
            now: hour(2),
        }
    );
}

#[test]
fn an_act_behind_the_last_one_or_before_the_opening_is_refused() {
    let rules = round();
    let events = record(&rules, vec![concur("KZ", hour(5))]);

    assert_eq!(
        refused(&rules, &events, concur("KG", hour(4))),
        Refusal::BehindLastAct { last: hour(5) }
    );
    assert_eq!(
        refused(&rules, &[], concur("KG", hour(-1))),
        Refusal::BeforeOpening { opened_at: hour(0) }
    );
}

#[test]
fn a_journal_with_refused_entries_decides_as_if_they_were_not_there() {
    let rules = round();
    let clean = record(
        &rules,
        vec![
            concur("KZ", hour(1)),
            concur("KG", hour(2)),
            concur("TJ", hour(3)),
            concur("UZ", hour(4)),
        ],
    );
    let noisy = vec![
        concur("TM", hour(0)),
        concur("KZ", hour(1)),
        object("KG", "", hour(1)),
        concur("KG", hour(2)),
        concur("TJ", hour(3)),
        concur("KZ", hour(2)),
        break_silence("UZ", "no", hour(3)),
        concur("UZ", hour(4)),
        object("UZ", "too late", hour(4)),
        Event::Withdraw { at: hour(5) },
    ];

    assert_eq!(
        decide(&rules, &noisy, hour(50)),
        decide(&rules, &clean, hour(50))
    );
}

// Silence procedure (§4.2)

#[test]
fn unbroken_silence_is_adopted_at_the_exact_deadline() {
    let rules = silence();

    assert_eq!(outcome(&rules, &[], minute(24 * 60 - 1)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &[], hour(24)),
        Outcome::Adopted { at: hour(24) }
    );
    assert_eq!(
        outcome(&rules, &[], hour(500)),
        Outcome::Adopted { at: hour(24) }
    );
}

#[test]
fn silence_broken_before_the_deadline_ends_it_at_once_naming_the_party_and_reason() {
    let rules = silence();
    let events = record(
        &rules,
        vec![break_silence(
            "TJ",
            "amend paragraph 5: add water",
            hour(23),
        )],
    );

    let expected = Outcome::NotAdopted {
        at: hour(23),
        reasons: vec![Reason::BrokeSilence {
            party: party("TJ"),
            reason: "amend paragraph 5: add water".into(),
        }],
    };
    assert_eq!(outcome(&rules, &events, hour(23)), expected);
    assert_eq!(outcome(&rules, &events, hour(30)), expected);
    assert_eq!(
        Reason::BrokeSilence {
            party: party("TJ"),
            reason: "amend paragraph 5: add water".into(),
        }
        .to_string(),
        "TJ broke silence: amend paragraph 5: add water"
    );
}

#[test]
fn silence_broken_after_the_deadline_is_refused() {
    let rules = silence();
    for at in [hour(24), hour(25)] {
        let refusal = refused(&rules, &[], break_silence("KZ", "too late", at));
        assert_eq!(refusal, Refusal::DeadlinePassed { deadline: hour(24) });
        assert_eq!(
            refusal.to_string(),
            "the deadline passed at 2026-01-02T00:00:00Z"
        );
    }
    // A client that claims an earlier time is judged by the server's clock.
    let backdated = break_silence("KZ", "too late", hour(23));
    assert_eq!(
        check(&rules, &[], &backdated, hour(24)),
        Err(Refusal::DeadlinePassed { deadline: hour(24) })
    );
    assert_eq!(
        outcome(&rules, &[break_silence("KZ", "late", hour(24))], hour(30)),
        Outcome::Adopted { at: hour(24) }
    );
}

#[test]
fn interpretive_statements_do_not_break_silence_and_go_with_the_decision() {
    let rules = silence();
    let events = record(
        &rules,
        vec![
            Event::Statement {
                party: party("UZ"),
                text: "understood as without prejudice to 1992 accords".into(),
                at: hour(2),
            },
            Event::Statement {
                party: party("KZ"),
                text: "welcomes the roadmap".into(),
                at: hour(3),
            },
        ],
    );

    let state = decide(&rules, &events, hour(24));
    assert_eq!(state.outcome, Outcome::Adopted { at: hour(24) });
    assert_eq!(
        state.statements,
        vec![
            (
                party("UZ"),
                "understood as without prejudice to 1992 accords".to_owned()
            ),
            (party("KZ"), "welcomes the roadmap".to_owned()),
        ]
    );
}

#[test]
fn positions_have_no_place_in_a_silence_procedure() {
    let rules = silence();
    let refusal = refused(&rules, &[], concur("KZ", hour(1)));

    assert_eq!(
        refusal.to_string(),
        "recording a position has no place in a silence procedure: break silence or lodge an interpretive statement instead"
    );
}

#[test]
fn breaking_silence_needs_a_written_objection_or_amendment() {
    let rules = silence();
    assert_eq!(
        refused(&rules, &[], break_silence("KZ", " ", hour(1))),
        Refusal::TextMissing(MissingText::BreakReason)
    );
    assert_eq!(
        refused(
            &rules,
            &[],
            Event::Statement {
                party: party("KZ"),
                text: String::new(),
                at: hour(1),
            }
        ),
        Refusal::TextMissing(MissingText::InterpretiveStatement)
    );
}

#[test]
fn only_a_member_may_break_silence() {
    let rules = silence();
    assert_eq!(
        refused(&rules, &[], break_silence("TM", "objection", hour(1))),
        Refusal::NotAMember(party("TM"))
    );
}

#[test]
fn an_extended_silence_is_adopted_at_the_new_deadline() {
    let rules = silence();
    let events = record(
        &rules,
        vec![Event::Extend {
            deadline: hour(36),
            at: hour(20),
        }],
    );

    assert_eq!(outcome(&rules, &events, hour(30)), Outcome::Open);
    assert_eq!(
        outcome(&rules, &events, hour(36)),
        Outcome::Adopted { at: hour(36) }
    );
    assert!(check(
        &rules,
        &events,
        &break_silence("KG", "objection", hour(30)),
        hour(30)
    )
    .is_ok());
}

#[test]
fn a_withdrawn_silence_is_never_adopted() {
    let rules = silence();
    let events = record(&rules, vec![Event::Withdraw { at: hour(1) }]);

    assert_eq!(
        outcome(&rules, &events, hour(100)),
        Outcome::Withdrawn { at: hour(1) }
    );
}

#[test]
fn a_silence_lasts_at_least_the_groups_minimum() {
    assert_eq!(check_silence_deadline(hour(0), hour(24), 24), Ok(()));
    let refusal = check_silence_deadline(hour(0), hour(23), 24).expect_err("too short");
    assert_eq!(
        refusal.to_string(),
        "the silence must last at least 24 hours: the deadline can be 2026-01-02T00:00:00Z at the earliest"
    );
    assert_eq!(check_silence_deadline(hour(0), minute(5), 0), Ok(()));
    assert_eq!(
        check_silence_deadline(hour(0), hour(0), 0),
        Err(Refusal::DeadlineNotAfterOpening)
    );
    assert!(check_silence_deadline(hour(0), hour(1_000), u32::MAX).is_err());
    assert_eq!(silence().check_opening(24), Ok(()));
    assert!(silence().check_opening(25).is_err());
    let mut backwards = round();
    backwards.deadline = hour(0);
    assert_eq!(
        backwards.check_opening(24),
        Err(Refusal::DeadlineNotAfterOpening)
    );
    assert_eq!(round().check_opening(1_000), Ok(()));
}

#[test]
fn names_round_trip_through_their_text() {
    for kind in ProcedureKind::ALL {
        assert_eq!(kind.as_str().parse(), Ok(kind));
    }
    for kind in OutcomeKind::ALL {
        assert_eq!(kind.as_str().parse(), Ok(kind));
    }
    assert!("majority".parse::<ProcedureKind>().is_err());
    let names: Vec<&str> = [
        Position::Concur,
        Position::ConcurWithStatement("s".into()),
        Position::StandAside(None),
        Position::AdReferendum {
            confirm_by: hour(1),
        },
        Position::Object("r".into()),
    ]
    .iter()
    .map(Position::as_str)
    .collect();
    assert_eq!(
        names,
        [
            "concur",
            "concur_with_statement",
            "stand_aside",
            "ad_referendum",
            "object"
        ]
    );
}

// Any interleaving (property tests)

/// KZ, KG, TJ and UZ are members; TM is a party without a voice.
const PARTIES: [&str; 5] = ["KZ", "KG", "TJ", "UZ", "TM"];
const MEMBERS: [&str; 4] = ["KZ", "KG", "TJ", "UZ"];

#[derive(Debug, Clone)]
enum Act {
    Position {
        party: usize,
        choice: u8,
        text: u8,
        confirm_in_minutes: i64,
    },
    Confirm {
        party: usize,
    },
    Decline {
        party: usize,
        text: u8,
    },
    Break {
        party: usize,
        text: u8,
    },
    Statement {
        party: usize,
        text: u8,
    },
    ChairNote {
        party: usize,
    },
    Extend {
        by_minutes: i64,
    },
    Withdraw,
    Superseded,
}

#[derive(Debug, Clone)]
enum Step {
    Tick { minutes: i64 },
    Act { act: Act, skew_minutes: i64 },
}

fn sample_text(choice: u8, party: usize) -> String {
    match choice % 4 {
        0 => String::new(),
        1 => "  ".to_owned(),
        _ => format!("text {choice} of {}", PARTIES[party]),
    }
}

/// The event an act makes at `at`, given the deadline in force (extensions move it).
fn event_of(act: &Act, at: Timestamp, deadline: Timestamp) -> Event {
    let party_of = |index: usize| party(PARTIES[index]);
    match act {
        Act::Position {
            party,
            choice,
            text,
            confirm_in_minutes,
        } => {
            let text_ = sample_text(*text, *party);
            // Concurrence is the common answer, so that rounds are adopted often enough.
            let position = match choice % 8 {
                0..=2 => Position::Concur,
                3 => Position::ConcurWithStatement(text_),
                4 if text % 2 == 0 => Position::StandAside(None),
                4 => Position::StandAside(Some(text_)),
                5 => Position::AdReferendum {
                    confirm_by: at + SignedDuration::from_mins(*confirm_in_minutes),
                },
                _ => Position::Object(text_),
            };
            Event::Position {
                party: party_of(*party),
                position,
                at,
            }
        }
        Act::Confirm { party } => Event::Confirm {
            party: party_of(*party),
            at,
        },
        Act::Decline { party, text } => Event::Decline {
            party: party_of(*party),
            reason: sample_text(*text, *party),
            at,
        },
        Act::Break { party, text } => Event::Break {
            party: party_of(*party),
            reason: sample_text(*text, *party),
            at,
        },
        Act::Statement { party, text } => Event::Statement {
            party: party_of(*party),
            text: sample_text(*text, *party),
            at,
        },
        Act::ChairNote { party } => Event::ChairNote {
            party: party_of(*party),
            at,
        },
        Act::Extend { by_minutes } => Event::Extend {
            deadline: deadline + SignedDuration::from_mins(*by_minutes),
            at,
        },
        Act::Withdraw => Event::Withdraw { at },
        Act::Superseded => Event::Superseded { at },
    }
}

/// Minutes in steps of a quarter of an hour, so that acts often fall exactly on a deadline
/// or a confirmation deadline (which are whole hours or quarters).
fn quarter_hours(range: std::ops::Range<i64>) -> impl Strategy<Value = i64> {
    range.prop_map(|quarters| quarters * 15)
}

/// Mostly members, now and then TM, which has no voice.
fn party_strategy() -> impl Strategy<Value = usize> {
    prop_oneof![9 => 0usize..4, 1 => Just(4)]
}

fn act_strategy() -> impl Strategy<Value = Act> {
    prop_oneof![
        120 => (party_strategy(), 0u8..8, 0u8..8, quarter_hours(-4..60)).prop_map(
            |(party, choice, text, confirm_in_minutes)| Act::Position {
                party,
                choice,
                text,
                confirm_in_minutes,
            }
        ),
        36 => party_strategy().prop_map(|party| Act::Confirm { party }),
        9 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Decline { party, text }),
        6 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Break { party, text }),
        15 => (party_strategy(), 0u8..8).prop_map(|(party, text)| Act::Statement { party, text }),
        20 => party_strategy().prop_map(|party| Act::ChairNote { party }),
        12 => quarter_hours(-8..96).prop_map(|by_minutes| Act::Extend { by_minutes }),
        // Rare, as each one ends the procedure.
        1 => Just(Act::Withdraw),
        1 => Just(Act::Superseded),
    ]
}

fn step_strategy() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => quarter_hours(0..12).prop_map(|minutes| Step::Tick { minutes }),
        6 => act_strategy().prop_map(|act| Step::Act { act, skew_minutes: 0 }),
        1 => (act_strategy(), quarter_hours(-8..8))
            .prop_map(|(act, skew_minutes)| Step::Act { act, skew_minutes }),
    ]
}

fn rules_strategy() -> impl Strategy<Value = ProcedureRules> {
    (
        prop_oneof![Just(Consensus), Just(Silence)],
        // Now and then a quorum of five that four members can never reach.
        prop_oneof![9 => 1u32..=4, 1 => Just(5)],
        1i64..=48,
        any::<bool>(),
    )
        .prop_map(|(kind, quorum, hours, in_session)| ProcedureRules {
            // Only a consensus round is held in session (the absent are asked by silence).
            in_session: in_session && kind == Consensus,
            ..rules(kind, &MEMBERS, quorum, hours)
        })
}

/// What a reader saw at `now`, when `recorded` events were in the journal.
#[derive(Debug)]
struct Read {
    now: Timestamp,
    recorded: usize,
    state: State,
}

/// An act the server was asked to record: the journal length then, the act, the server's
/// clock, and whether it was accepted.
#[derive(Debug)]
struct Attempt {
    recorded: usize,
    event: Event,
    now: Timestamp,
    accepted: bool,
}

#[derive(Debug)]
struct Played {
    journal: Vec<Event>,
    reads: Vec<Read>,
    attempts: Vec<Attempt>,
}

/// Plays the steps as the server would: each act is checked at the server's clock and
/// recorded only if accepted; the procedure is read after every step.
fn play(rules: &ProcedureRules, steps: &[Step]) -> Played {
    let mut now = rules.opened_at;
    let mut journal: Vec<Event> = Vec::new();
    let mut attempts = Vec::new();
    let mut reads = vec![Read {
        now,
        recorded: 0,
        state: decide(rules, &journal, now),
    }];
    for step in steps {
        match step {
            Step::Tick { minutes } => now += SignedDuration::from_mins(*minutes),
            Step::Act { act, skew_minutes } => {
                let deadline = decide(rules, &journal, now).deadline;
                let at = now + SignedDuration::from_mins(*skew_minutes);
                let event = event_of(act, at, deadline);
                let accepted = check(rules, &journal, &event, now).is_ok();
                attempts.push(Attempt {
                    recorded: journal.len(),
                    event: event.clone(),
                    now,
                    accepted,
                });
                if accepted {
                    journal.push(event);
                }
            }
        }
        reads.push(Read {
            now,
            recorded: journal.len(),
            state: decide(rules, &journal, now),
        });
    }
    Played {
        journal,
        reads,
        attempts,
    }
}

/// The deadline in force and each party's position after the accepted events, replayed
/// plainly.
fn plain_replay(rules: &ProcedureRules, accepted: &[Event]) -> Replayed {
    let mut deadline = rules.deadline;
    let mut positions: BTreeMap<PartyCode, Position> = BTreeMap::new();
    let mut notes: Vec<PartyCode> = Vec::new();
    for event in accepted {
        match event {
            Event::Extend { deadline: new, .. } => deadline = *new,
            Event::Position {
                party, position, ..
            } => {
                notes.retain(|noted| noted != party);
                positions.insert(party.clone(), position.clone());
            }
            Event::ChairNote { party, .. } => notes.push(party.clone()),
            Event::Confirm { party, .. } => {
                positions.insert(party.clone(), Position::Concur);
            }
            Event::Decline { party, reason, .. } => {
                positions.insert(party.clone(), Position::Object(reason.clone()));
            }
            _ => {}
        }
    }
    Replayed {
        deadline,
        positions,
        notes,
    }
}

/// The deadline in force, each party's own position, and the parties the chair noted (without
/// a position of their own since).
struct Replayed {
    deadline: Timestamp,
    positions: BTreeMap<PartyCode, Position>,
    notes: Vec<PartyCode>,
}

/// Whether the spec lets `event` be recorded at `now` after the accepted events.
fn allowed(rules: &ProcedureRules, accepted: &[Event], event: &Event, now: Timestamp) -> bool {
    if !oracle(rules, accepted, now).is_open() || event.at() != now {
        return false;
    }
    let Replayed {
        deadline,
        positions,
        notes,
    } = plain_replay(rules, accepted);
    let member = |party: &PartyCode| MEMBERS.contains(&party.as_str());
    let written = |text: &str| !text.trim().is_empty() && text.chars().count() <= MAX_TEXT_CHARS;
    match (rules.kind, event) {
        (
            Consensus,
            Event::Position {
                party,
                position,
                at,
            },
        ) => {
            member(party)
                && match position {
                    Position::Concur | Position::StandAside(None) => true,
                    Position::ConcurWithStatement(text)
                    | Position::StandAside(Some(text))
                    | Position::Object(text) => written(text),
                    Position::AdReferendum { confirm_by } => confirm_by > at,
                }
        }
        (Consensus, Event::Confirm { party, at }) => {
            member(party)
                && matches!(
                    positions.get(party),
                    Some(Position::AdReferendum { confirm_by }) if at < confirm_by
                )
        }
        (Consensus, Event::Decline { party, reason, .. }) => {
            member(party)
                && matches!(positions.get(party), Some(Position::AdReferendum { .. }))
                && written(reason)
        }
        (Consensus, Event::ChairNote { party, .. }) => {
            rules.in_session
                && member(party)
                && !positions.contains_key(party)
                && !notes.contains(party)
        }
        (Silence, Event::Break { party, reason, .. }) => member(party) && written(reason),
        (Silence, Event::Statement { party, text, .. }) => member(party) && written(text),
        (_, Event::Extend { deadline: new, .. }) => *new > deadline,
        (_, Event::Withdraw { .. } | Event::Superseded { .. }) => true,
        _ => false,
    }
}

/// The spec read plainly from the accepted events alone. Nothing is accepted once a
/// procedure closes, so whatever closed it is its last accepted event, and a round that
/// agrees on its final positions was adopted by that last event.
fn oracle(rules: &ProcedureRules, accepted: &[Event], now: Timestamp) -> Outcome {
    let Replayed {
        deadline,
        mut positions,
        notes,
    } = plain_replay(rules, accepted);
    // In the room, "no objection heard" counts as concurring for a party without a position.
    for noted in notes {
        positions.entry(noted).or_insert(Position::Concur);
    }
    match accepted.last() {
        Some(Event::Withdraw { at }) => return Outcome::Withdrawn { at: *at },
        Some(Event::Superseded { at }) => return Outcome::Superseded { at: *at },
        Some(Event::Break { party, reason, at }) => {
            return Outcome::NotAdopted {
                at: *at,
                reasons: vec![Reason::BrokeSilence {
                    party: party.clone(),
                    reason: reason.clone(),
                }],
            }
        }
        _ => {}
    }
    let members: Vec<PartyCode> = MEMBERS.iter().map(|code| party(code)).collect();
    let concurring = members
        .iter()
        .filter(|member| {
            matches!(
                positions.get(*member),
                Some(Position::Concur | Position::ConcurWithStatement(_))
            )
        })
        .count() as u32;
    let nobody_blocks = members.iter().all(|member| {
        matches!(
            positions.get(member),
            Some(Position::Concur | Position::ConcurWithStatement(_) | Position::StandAside(_))
        )
    });
    if rules.kind == Consensus && nobody_blocks && concurring >= rules.quorum {
        return Outcome::Adopted {
            at: accepted.last().map_or(rules.opened_at, Event::at),
        };
    }
    if now < deadline {
        return Outcome::Open;
    }
    if rules.kind == Silence {
        return Outcome::Adopted { at: deadline };
    }
    let mut reasons = Vec::new();
    for member in members {
        match positions.get(&member) {
            None => reasons.push(Reason::NotAnswered { party: member }),
            Some(Position::Object(reason)) => reasons.push(Reason::Objected {
                party: member,
                reason: reason.clone(),
            }),
            Some(Position::AdReferendum { confirm_by }) => {
                reasons.push(Reason::AdReferendumUnconfirmed {
                    party: member,
                    confirm_by: *confirm_by,
                })
            }
            Some(_) => {}
        }
    }
    if reasons.is_empty() {
        reasons.push(Reason::QuorumNotReached {
            concurring,
            quorum: rules.quorum,
        });
    }
    Outcome::NotAdopted {
        at: deadline,
        reasons,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_interleaving_ends_in_the_outcome_the_spec_defines(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, reads, .. } = play(&rules, &steps);
        for read in &reads {
            prop_assert_eq!(
                &read.state.outcome,
                &oracle(&rules, &journal[..read.recorded], read.now),
                "read at {}", read.now
            );
        }
        let later = reads.last().map_or(rules.opened_at, |read| read.now)
            + SignedDuration::from_hours(24 * 30);
        prop_assert_eq!(
            decide(&rules, &journal, later).outcome,
            oracle(&rules, &journal, later)
        );
    }

    #[test]
    fn the_server_accepts_exactly_the_acts_the_spec_allows(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, attempts, .. } = play(&rules, &steps);
        for attempt in &attempts {
            prop_assert_eq!(
                attempt.accepted,
                allowed(&rules, &journal[..attempt.recorded], &attempt.event, attempt.now),
                "{:?} at {}", attempt.event, attempt.now
            );
        }
    }

    #[test]
    fn a_closed_procedure_never_changes_its_outcome(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, reads, .. } = play(&rules, &steps);
        let first_closed = reads.iter().position(|read| !read.state.outcome.is_open());
        if let Some(index) = first_closed {
            let first = &reads[index];
            let closed_at = first.state.outcome.closed_at();
            prop_assert!(closed_at <= Some(first.now));
            for read in &reads[index..] {
                prop_assert_eq!(&read.state.outcome, &first.state.outcome);
            }
            prop_assert_eq!(journal.len(), reads.last().map_or(0, |read| read.recorded));
            let far = first.now + SignedDuration::from_hours(24 * 365);
            prop_assert_eq!(decide(&rules, &journal, far).outcome, first.state.outcome.clone());
        }
    }

    #[test]
    fn replaying_the_journal_at_any_later_instant_gives_what_was_read_live(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, reads, .. } = play(&rules, &steps);
        for read in &reads {
            // Reading the whole journal as of a past instant shows what was shown then,
            // unless a later act was recorded at that very instant.
            if journal[read.recorded..].iter().all(|event| event.at() > read.now) {
                prop_assert_eq!(&decide(&rules, &journal, read.now), &read.state);
            }
            if let Some(at) = read.state.outcome.closed_at() {
                for extra_hours in [0, 1, 1_000] {
                    let later = read.now + SignedDuration::from_hours(extra_hours);
                    let replayed = decide(&rules, &journal, later);
                    prop_assert_eq!(&replayed.outcome, &read.state.outcome);
                    prop_assert_eq!(replayed.outcome.closed_at(), Some(at));
                }
            }
        }
    }

    #[test]
    fn adoption_never_happens_while_a_member_objects_or_has_not_answered(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, reads, .. } = play(&rules, &steps);
        for read in &reads {
            let Outcome::Adopted { at } = read.state.outcome else { continue };
            match rules.kind {
                Consensus => {
                    for member in &rules.members {
                        let held = read.state.answer(member);
                        prop_assert!(
                            held.is_some_and(Answer::allows_adoption),
                            "{} holds {:?}", member, held
                        );
                    }
                    let concurring = rules.members.iter()
                        .filter(|member| read.state.answer(member).is_some_and(Answer::is_concurring))
                        .count();
                    prop_assert!(concurring as u32 >= rules.quorum);
                    prop_assert!(at < read.state.deadline);
                }
                Silence => {
                    prop_assert_eq!(at, read.state.deadline);
                    let broken = journal[..read.recorded]
                        .iter()
                        .any(|event| matches!(event, Event::Break { .. }));
                    prop_assert!(!broken, "adopted although silence was broken");
                }
            }
        }
    }

    #[test]
    fn refused_entries_in_any_journal_change_nothing(
        rules in rules_strategy(),
        acts in prop::collection::vec((act_strategy(), -120i64..4_000), 0..40),
        read_minutes in -60i64..4_000,
    ) {
        // Any list at all, out of order and full of mistakes: decide must give what the
        // accepted entries alone give, as if the server had filtered them as they came.
        let raw: Vec<Event> = acts
            .iter()
            .map(|(act, minutes)| event_of(act, minute(*minutes), rules.deadline))
            .collect();
        let now = minute(read_minutes);
        let mut accepted = Vec::new();
        for event in raw.iter().filter(|event| event.at() <= now) {
            if check(&rules, &accepted, event, event.at()).is_ok() {
                accepted.push(event.clone());
            }
        }
        prop_assert_eq!(decide(&rules, &raw, now), decide(&rules, &accepted, now));
        prop_assert_eq!(
            decide(&rules, &accepted, now).outcome,
            oracle(&rules, &accepted, now)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_round_folded_as_events_arrive_is_the_replay_of_its_journal(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, reads, .. } = play(&rules, &steps);
        let mut folded = Round::open(rules.clone());
        let mut applied = 0;
        for read in &reads {
            for event in &journal[applied..read.recorded] {
                folded.fold(event);
            }
            applied = read.recorded;
            if folded.last_at().is_none_or(|last| last <= read.now) {
                prop_assert_eq!(&folded.state_at(read.now), &read.state);
            }
            // What the server reads from a round it keeps folded: the live answer, or nothing
            // (and then a replay) when an act is stamped after the instant asked about.
            match folded.state_at_if_after_all(read.now) {
                Some(state) => prop_assert_eq!(&state, &read.state),
                None => prop_assert!(folded.last_at().is_some_and(|last| last > read.now)),
            }
        }
    }

    #[test]
    fn the_chairs_note_never_changes_a_partys_own_position(
        rules in rules_strategy(),
        steps in prop::collection::vec(step_strategy(), 0..80),
    ) {
        let Played { journal, .. } = play(&rules, &steps);
        for (index, event) in journal.iter().enumerate() {
            if let Event::ChairNote { party, at } = event {
                let before = decide(&rules, &journal[..index], *at);
                let after = decide(&rules, &journal[..=index], *at);
                prop_assert_eq!(&before.positions, &after.positions);
                prop_assert!(!before.positions.contains_key(party));
                prop_assert_eq!(after.answer(party), Some(Answer::NoObjectionHeard));
            }
        }
    }
}

// The chair's note in a decision in session (§4.3)

fn in_session() -> ProcedureRules {
    ProcedureRules {
        in_session: true,
        ..rules(Consensus, &["KZ", "KG", "TJ"], 2, 6)
    }
}

fn note(code: &str, at: Timestamp) -> Event {
    Event::ChairNote {
        party: party(code),
        at,
    }
}

#[test]
fn the_chairs_note_never_replaces_a_position_the_party_recorded() {
    let rules = in_session();
    let so_far = record(&rules, vec![object("KZ", "not yet", minute(1))]);
    assert_eq!(
        refused(&rules, &so_far, note("KZ", minute(2))),
        Refusal::PartyHasSpoken { party: party("KZ") }
    );
    let state = decide(&rules, &so_far, minute(3));
    assert_eq!(
        state.answer(&party("KZ")),
        Some(Answer::Own(&Position::Object("not yet".into())))
    );
}

#[test]
fn a_party_replaces_the_chairs_note_with_its_own_position() {
    let rules = in_session();
    let events = record(
        &rules,
        vec![
            note("KZ", minute(1)),
            object("KZ", "on reflection, no", minute(2)),
        ],
    );
    let state = decide(&rules, &events, minute(3));
    assert!(state.chair_notes.is_empty());
    assert_eq!(
        state.answer(&party("KZ")),
        Some(Answer::Own(&Position::Object("on reflection, no".into())))
    );
    assert_eq!(
        refused(&rules, &events, note("KZ", minute(4))),
        Refusal::PartyHasSpoken { party: party("KZ") }
    );
}

#[test]
fn notes_of_no_objection_adopt_in_session_and_are_shown_as_the_chairs() {
    let rules = in_session();
    let events = record(
        &rules,
        vec![
            concur("KZ", minute(1)),
            note("KG", minute(2)),
            note("TJ", minute(3)),
        ],
    );
    let state = decide(&rules, &events, minute(3));
    assert_eq!(state.outcome, Outcome::Adopted { at: minute(3) });
    assert_eq!(state.answer(&party("KG")), Some(Answer::NoObjectionHeard));
    assert!(
        !state.positions.contains_key(&party("KG")),
        "the note is not KG's act"
    );
}

#[test]
fn the_chair_notes_a_party_once_and_only_in_session() {
    let rules = in_session();
    let events = record(&rules, vec![note("KG", minute(1))]);
    assert_eq!(
        refused(&rules, &events, note("KG", minute(2))),
        Refusal::AlreadyNoted { party: party("KG") }
    );
    assert_eq!(
        refused(&round(), &[], note("KG", minute(2))),
        Refusal::NoteOutsideSession
    );
    assert!(matches!(
        refused(&silence(), &[], note("KG", minute(2))),
        Refusal::WrongKind { .. }
    ));
    assert_eq!(
        refused(&rules, &[], note("UZ", minute(2))),
        Refusal::NotAMember(party("UZ")),
        "UZ is not present"
    );
}

#[test]
fn every_act_says_who_may_record_it() {
    let kz = party("KZ");
    let parties_acts = [
        super::Act::Position {
            party: kz.clone(),
            position: Position::Concur,
        },
        super::Act::Confirm { party: kz.clone() },
        super::Act::Decline {
            party: kz.clone(),
            reason: "r".into(),
        },
        super::Act::Break {
            party: kz.clone(),
            reason: "r".into(),
        },
        super::Act::Statement {
            party: kz.clone(),
            text: "t".into(),
        },
    ];
    for act in &parties_acts {
        assert_eq!(act.authority(), Authority::Party(&kz), "{act:?}");
    }
    let chairs_acts = [
        super::Act::ChairNote { party: kz.clone() },
        super::Act::Extend { deadline: hour(1) },
        super::Act::Withdraw,
    ];
    for act in &chairs_acts {
        assert_eq!(act.authority(), Authority::Chair, "{act:?}");
    }
}

#[test]
fn the_absent_are_asked_for_the_groups_minimum_or_a_day_when_it_is_zero() {
    let absent = vec![party("UZ")];
    let asked = ProcedureRules::asking_the_absent(absent.clone(), hour(0), 48);
    assert_eq!(asked.kind, Silence);
    assert_eq!(asked.deadline, hour(48));
    assert_eq!(asked.members, absent);
    let urgent = ProcedureRules::asking_the_absent(absent, hour(0), 0);
    assert_eq!(urgent.deadline, hour(24));
}
