//! A group's shape: its parties and how they stand, the rotation of the chair, and the
//! settings that later drive decisions (quorum, minimum silence period).

use std::collections::BTreeSet;

use super::message::Message;
use super::names::{GroupCode, Label, PartyCode};
use super::role::Standing;
use super::time::ZoneName;
use super::validation::ValidationErrors;

/// A party as it sits in one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupParty {
    pub code: PartyCode,
    pub name: Label,
    pub standing: Standing,
}

/// Decision settings of a group (DOMAIN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupSettings {
    /// Concurring parties needed to adopt; `None` means more than half of the members.
    pub quorum: Option<u32>,
    /// Shortest silence period the chair may set, in hours (0 allows urgent business).
    pub min_silence_hours: u32,
}

impl Default for GroupSettings {
    fn default() -> Self {
        Self {
            quorum: None,
            min_silence_hours: 24,
        }
    }
}

impl GroupSettings {
    pub const MAX_SILENCE_HOURS: u32 = 24 * 90;

    /// The quorum in force for a group of `member_count` members.
    pub fn effective_quorum(&self, member_count: usize) -> u32 {
        let default = u32::try_from(member_count / 2 + 1).unwrap_or(u32::MAX);
        self.quorum.unwrap_or(default)
    }
}

/// Everything needed to found a group, already checked for consistency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCharter {
    pub code: GroupCode,
    pub name: Label,
    pub languages: Vec<Label>,
    pub time_zone: ZoneName,
    pub parties: Vec<GroupParty>,
    pub rotation: Vec<PartyCode>,
    pub settings: GroupSettings,
}

impl GroupCharter {
    /// Checks the rules that tie the parts together: at least one member, each party once,
    /// the rotation made of members only, each once, and a quorum members can reach.
    pub fn check(self) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut seen = BTreeSet::new();
        for party in &self.parties {
            if !seen.insert(party.code.clone()) {
                errors.add(
                    "parties",
                    Message::new("error-group-party-twice").with("party", &party.code),
                );
            }
        }
        let members: BTreeSet<&PartyCode> = self
            .parties
            .iter()
            .filter(|party| party.standing == Standing::Member)
            .map(|party| &party.code)
            .collect();
        if members.is_empty() {
            errors.add("parties", Message::new("error-group-no-member"));
        }
        let mut in_rotation = BTreeSet::new();
        for code in &self.rotation {
            if !members.contains(code) {
                errors.add(
                    "rotation",
                    Message::new("error-group-not-a-member").with("party", code),
                );
            }
            if !in_rotation.insert(code) {
                errors.add(
                    "rotation",
                    Message::new("error-group-twice-in-rotation").with("party", code),
                );
            }
        }
        if let Some(quorum) = self.settings.quorum {
            if quorum == 0 || quorum as usize > members.len() {
                errors.add(
                    "settings.quorum",
                    Message::new("error-group-quorum-out-of-range").with("members", members.len()),
                );
            }
        }
        if self.settings.min_silence_hours > GroupSettings::MAX_SILENCE_HOURS {
            errors.add(
                "settings.min_silence_hours",
                Message::new("error-group-silence-too-long")
                    .with("max", GroupSettings::MAX_SILENCE_HOURS),
            );
        }
        if self.languages.is_empty() {
            errors.add("languages", Message::new("error-group-no-language"));
        }
        errors.into_result().map(|()| self)
    }
}

/// Checks a party joining a group after its founding: it must not be there already, and it
/// joins as an observer or a guest. A new member would change the rotation and the quorum of
/// every decision to come, which is a new charter rather than an invitation.
pub fn check_joining_party(
    parties: &[GroupParty],
    joining: &GroupParty,
) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    if parties.iter().any(|party| party.code == joining.code) {
        errors.add(
            "code",
            Message::new("error-group-already-a-party").with("party", &joining.code),
        );
    }
    if joining.standing == Standing::Member {
        errors.add("standing", Message::new("error-group-joins-as-member"));
    }
    errors.into_result()
}

/// The party that hosts next: the one after `last_host` in the rotation, wrapping around;
/// the first of the rotation when there was no meeting yet or the last host is not in it.
pub fn next_host<'a>(
    rotation: &'a [PartyCode],
    last_host: Option<&PartyCode>,
) -> Option<&'a PartyCode> {
    let position = last_host.and_then(|host| rotation.iter().position(|code| code == host));
    match position {
        Some(index) => rotation.get((index + 1) % rotation.len()),
        None => rotation.first(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid code")
    }

    fn party(text: &str, standing: Standing) -> GroupParty {
        GroupParty {
            code: code(text),
            name: Label::parse(text).expect("valid"),
            standing,
        }
    }

    fn charter(rotation: &[&str]) -> GroupCharter {
        GroupCharter {
            code: GroupCode::parse("CGA").expect("valid"),
            name: Label::parse("Contact Group").expect("valid"),
            languages: vec![Label::parse("Russian").expect("valid")],
            time_zone: ZoneName::parse("Asia/Tashkent").expect("valid"),
            parties: vec![
                party("KZ", Standing::Member),
                party("KG", Standing::Member),
                party("TJ", Standing::Member),
                party("UZ", Standing::Member),
                party("TM", Standing::Observer),
            ],
            rotation: rotation.iter().map(|text| code(text)).collect(),
            settings: GroupSettings::default(),
        }
    }

    #[test]
    fn rotation_moves_to_the_next_party_and_wraps() {
        let rotation = vec![code("UZ"), code("KZ"), code("KG"), code("TJ")];
        assert_eq!(next_host(&rotation, None), Some(&code("UZ")));
        assert_eq!(next_host(&rotation, Some(&code("UZ"))), Some(&code("KZ")));
        assert_eq!(next_host(&rotation, Some(&code("KZ"))), Some(&code("KG")));
        assert_eq!(next_host(&rotation, Some(&code("TJ"))), Some(&code("UZ")));
        assert_eq!(next_host(&rotation, Some(&code("TM"))), Some(&code("UZ")));
        assert_eq!(next_host(&[], Some(&code("UZ"))), None);
    }

    #[test]
    fn default_quorum_is_more_than_half_of_the_members() {
        let settings = GroupSettings::default();
        assert_eq!(settings.effective_quorum(4), 3);
        assert_eq!(settings.effective_quorum(5), 3);
        assert_eq!(settings.effective_quorum(1), 1);
    }

    #[test]
    fn a_charter_with_an_observer_in_the_rotation_is_refused() {
        let errors = charter(&["UZ", "TM"])
            .check()
            .expect_err("observer in rotation");
        assert_eq!(
            errors.message_for("rotation"),
            Some(&Message::new("error-group-not-a-member").with("party", "TM"))
        );
    }

    #[test]
    fn a_consistent_charter_passes() {
        assert!(charter(&["UZ", "KZ", "KG", "TJ"]).check().is_ok());
    }

    #[test]
    fn a_guest_may_join_a_founded_group() {
        let parties = charter(&["UZ"]).parties;
        assert!(check_joining_party(&parties, &party("AF", Standing::Guest)).is_ok());
        assert!(check_joining_party(&parties, &party("AZ", Standing::Observer)).is_ok());
    }

    #[test]
    fn a_party_already_in_the_group_or_a_new_member_is_refused() {
        let parties = charter(&["UZ"]).parties;
        let twice = check_joining_party(&parties, &party("TM", Standing::Guest))
            .expect_err("already a party");
        assert_eq!(
            twice.message_for("code"),
            Some(&Message::new("error-group-already-a-party").with("party", "TM"))
        );
        let member = check_joining_party(&parties, &party("AF", Standing::Member))
            .expect_err("members are chartered");
        assert!(member.message_for("standing").is_some());
    }

    #[test]
    fn an_unreachable_quorum_is_refused() {
        let mut too_high = charter(&["UZ"]);
        too_high.settings.quorum = Some(5);
        assert!(too_high.check().is_err());
    }
}
