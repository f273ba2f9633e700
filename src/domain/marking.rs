//! Who may see a thing (distribution) and how sensitive it is (classification), DOMAIN.md §2.
//! Two separate fields: classification never widens access, distribution never lowers it.

use std::fmt;
use std::str::FromStr;

use super::message::Message;
use super::names::PartyCode;
use super::role::{Standing, UnknownVariant};
use super::validation::ValidationErrors;

/// Who may see a paper, from widest to narrowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Distribution {
    Public,
    Group,
    Members,
    Listed,
    National,
}

impl Distribution {
    pub const ALL: [Distribution; 5] = [
        Distribution::Public,
        Distribution::Group,
        Distribution::Members,
        Distribution::Listed,
        Distribution::National,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Distribution::Public => "public",
            Distribution::Group => "group",
            Distribution::Members => "members",
            Distribution::Listed => "listed",
            Distribution::National => "national",
        }
    }
}

impl FromStr for Distribution {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|d| d.as_str() == text)
            .ok_or(UnknownVariant("public, group, members, listed, national"))
    }
}

impl fmt::Display for Distribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sensitive a paper is; shown on every page and export, never widens access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Classification {
    #[default]
    Unclassified,
    Restricted,
    Confidential,
}

impl Classification {
    pub const ALL: [Classification; 3] = [
        Classification::Unclassified,
        Classification::Restricted,
        Classification::Confidential,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Unclassified => "unclassified",
            Classification::Restricted => "restricted",
            Classification::Confidential => "confidential",
        }
    }

    /// The banner text printed at the top and bottom of a page.
    pub fn banner(self) -> &'static str {
        match self {
            Classification::Unclassified => "UNCLASSIFIED",
            Classification::Restricted => "RESTRICTED",
            Classification::Confidential => "CONFIDENTIAL",
        }
    }
}

impl FromStr for Classification {
    type Err = UnknownVariant;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
            .ok_or(UnknownVariant("unclassified, restricted, confidential"))
    }
}

/// The marking of one object: who, how sensitive, and for `listed`/`national` which parties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marking {
    pub distribution: Distribution,
    pub classification: Classification,
    pub originator: Option<PartyCode>,
    pub listed: Vec<PartyCode>,
    /// Whether a `listed` distribution names the secretariat.
    pub lists_secretariat: bool,
}

/// How a reader stands towards the group that owns the object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reader {
    /// Signed out, or signed in without a seat in the group.
    Outsider,
    /// In a party's delegation; the party has this standing in the group.
    Delegation {
        party: PartyCode,
        standing: Standing,
    },
    /// Staff of the chair; `chair` is the chair's party, if one presides.
    Secretariat { chair: Option<PartyCode> },
}

impl Marking {
    /// Whether `reader` (with `clearance`) may see an object with this marking.
    pub fn is_visible_to(&self, reader: &Reader, clearance: Classification) -> bool {
        if self.classification > clearance {
            return false;
        }
        match (self.distribution, reader) {
            (Distribution::Public, _) => true,
            (_, Reader::Outsider) => false,
            (Distribution::Group, Reader::Delegation { standing, .. }) => {
                *standing != Standing::Guest
            }
            (Distribution::Group | Distribution::Members, Reader::Secretariat { .. }) => true,
            (Distribution::Members, Reader::Delegation { standing, .. }) => {
                *standing == Standing::Member
            }
            (Distribution::Listed, Reader::Delegation { party, .. }) => {
                self.originator.as_ref() == Some(party) || self.listed.contains(party)
            }
            (Distribution::Listed, Reader::Secretariat { chair }) => {
                self.lists_secretariat
                    || chair
                        .as_ref()
                        .is_some_and(|chair| self.listed.contains(chair))
            }
            (Distribution::National, Reader::Delegation { party, .. }) => {
                self.originator.as_ref() == Some(party)
            }
            (Distribution::National, Reader::Secretariat { .. }) => false,
        }
    }
}

/// The marking a person chooses for a follow-through record (an action line, an agreement, a
/// figure, an engagement), before it is checked against who records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkingChoice {
    pub distribution: Distribution,
    pub classification: Classification,
    pub listed: Vec<PartyCode>,
}

impl MarkingChoice {
    /// Checks the choice for a record originated by `originator` (a party, or `None` for the
    /// secretariat) and recorded by someone of `clearance`: a national record is a party's own,
    /// a listed one names whom it goes to (parties of the group), and nobody marks a record
    /// above their own clearance, which would hide it from them. (The secretariat sees a listed
    /// record when it names the chair's party, as DOMAIN.md §2 says.)
    pub fn check(
        self,
        originator: Option<PartyCode>,
        clearance: Classification,
        is_party: &dyn Fn(&PartyCode) -> bool,
    ) -> Result<Marking, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if self.distribution == Distribution::National && originator.is_none() {
            errors.add(
                "distribution",
                Message::new("error-marking-secretariat-no-national"),
            );
        }
        if self.distribution == Distribution::Listed && self.listed.is_empty() {
            errors.add("listed", Message::new("error-marking-listed-needs-parties"));
        }
        for party in &self.listed {
            if !is_party(party) {
                errors.add(
                    "listed",
                    Message::new("error-group-not-a-party").with("party", party),
                );
            }
        }
        if self.classification > clearance {
            errors.add(
                "classification",
                Message::new("error-marking-above-clearance"),
            );
        }
        errors.into_result()?;
        let listed = if self.distribution == Distribution::Listed {
            self.listed
        } else {
            Vec::new()
        };
        Ok(Marking {
            distribution: self.distribution,
            classification: self.classification,
            originator,
            listed,
            lists_secretariat: false,
        })
    }
}

/// Whether `wider` lets at least everyone see what `narrower` did, and the classification is
/// no higher: the only change of marking an originator may make (DOMAIN.md §2).
pub fn widens(narrower: &Marking, wider: &Marking) -> bool {
    let distribution_wider = wider.distribution <= narrower.distribution;
    let keeps_listed = wider.distribution != Distribution::Listed
        || narrower.distribution != Distribution::Listed
        || (narrower.listed.iter().all(|p| wider.listed.contains(p))
            && (wider.lists_secretariat || !narrower.lists_secretariat));
    distribution_wider
        && keeps_listed
        && wider.classification <= narrower.classification
        && wider.originator == narrower.originator
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    fn marking(distribution: Distribution) -> Marking {
        Marking {
            distribution,
            classification: Classification::Unclassified,
            originator: Some(code("UZ")),
            listed: vec![code("KZ")],
            lists_secretariat: false,
        }
    }

    fn delegation(party: &str, standing: Standing) -> Reader {
        Reader::Delegation {
            party: code(party),
            standing,
        }
    }

    #[test]
    fn national_papers_are_seen_by_their_own_delegation_only() {
        let paper = marking(Distribution::National);
        let top = Classification::Confidential;
        assert!(paper.is_visible_to(&delegation("UZ", Standing::Member), top));
        assert!(!paper.is_visible_to(&delegation("KZ", Standing::Member), top));
        let secretariat = Reader::Secretariat {
            chair: Some(code("UZ")),
        };
        assert!(!paper.is_visible_to(&secretariat, top));
    }

    #[test]
    fn observers_see_group_papers_but_not_members_papers() {
        let top = Classification::Confidential;
        let observer = delegation("TM", Standing::Observer);
        assert!(marking(Distribution::Group).is_visible_to(&observer, top));
        assert!(!marking(Distribution::Members).is_visible_to(&observer, top));
        assert!(
            !marking(Distribution::Group).is_visible_to(&delegation("AF", Standing::Guest), top)
        );
    }

    #[test]
    fn listed_papers_reach_named_parties_and_the_chairs_secretariat() {
        let paper = marking(Distribution::Listed);
        let top = Classification::Confidential;
        assert!(paper.is_visible_to(&delegation("KZ", Standing::Member), top));
        assert!(!paper.is_visible_to(&delegation("TJ", Standing::Member), top));
        let kz_chair = Reader::Secretariat {
            chair: Some(code("KZ")),
        };
        assert!(paper.is_visible_to(&kz_chair, top));
        let tj_chair = Reader::Secretariat {
            chair: Some(code("TJ")),
        };
        assert!(!paper.is_visible_to(&tj_chair, top));
    }

    #[test]
    fn a_paper_above_the_readers_clearance_is_invisible() {
        let mut paper = marking(Distribution::Public);
        paper.classification = Classification::Confidential;
        assert!(!paper.is_visible_to(&Reader::Outsider, Classification::Restricted));
        assert!(paper.is_visible_to(&Reader::Outsider, Classification::Confidential));
    }

    fn choice(distribution: Distribution, listed: &[&str]) -> MarkingChoice {
        MarkingChoice {
            distribution,
            classification: Classification::Unclassified,
            listed: listed.iter().map(|p| code(p)).collect(),
        }
    }

    #[test]
    fn a_record_is_national_only_when_a_party_records_it() {
        let any_party = |_: &PartyCode| true;
        let top = Classification::Confidential;
        let national = choice(Distribution::National, &[]);
        assert!(national.clone().check(None, top, &any_party).is_err());
        let marking = national
            .check(Some(code("UZ")), top, &any_party)
            .expect("a party's own");
        assert_eq!(marking.originator, Some(code("UZ")));
    }

    #[test]
    fn a_listed_record_names_parties_of_the_group_and_others_list_nobody() {
        let only_kz = |p: &PartyCode| p.as_str() == "KZ";
        let top = Classification::Confidential;
        let errors = choice(Distribution::Listed, &["KZ", "FR"])
            .check(None, top, &only_kz)
            .expect_err("FR is not a party");
        assert_eq!(
            errors.message_for("listed"),
            Some(&Message::new("error-group-not-a-party").with("party", "FR"))
        );
        assert!(choice(Distribution::Listed, &[])
            .check(None, top, &only_kz)
            .is_err());
        let group = choice(Distribution::Group, &["KZ"])
            .check(None, top, &only_kz)
            .expect("valid");
        assert!(group.listed.is_empty());
    }

    #[test]
    fn nobody_marks_a_record_above_their_own_clearance() {
        let mut secret = choice(Distribution::Group, &[]);
        secret.classification = Classification::Confidential;
        let errors = secret
            .check(None, Classification::Restricted, &|_| true)
            .expect_err("above clearance");
        assert!(errors.message_for("classification").is_some());
    }

    #[test]
    fn widening_lets_more_see_and_never_fewer() {
        let national = marking(Distribution::National);
        let group = marking(Distribution::Group);
        assert!(widens(&national, &group));
        assert!(!widens(&group, &national));
        let mut secret = marking(Distribution::Group);
        secret.classification = Classification::Confidential;
        assert!(!widens(&group, &secret));
        let mut fewer = marking(Distribution::Listed);
        fewer.listed.clear();
        fewer.lists_secretariat = true;
        assert!(!widens(&marking(Distribution::Listed), &fewer));
    }
}
