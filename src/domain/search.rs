//! What a search may find for whom (DOMAIN.md §2: invisible means not found by search, and
//! not counted). The index cannot call [`Marking::is_visible_to`] for each document without
//! first fetching more than the reader may see, which would leak totals; so each document
//! carries its *audience*, a few words naming who may read it, and each reader brings their
//! *keys*. A document is found when an audience word is one of the reader's keys and its
//! classification is within the reader's clearance. A property test below holds this exactly
//! equal to `is_visible_to` for every marking and reader, so there is still one rule.

use super::marking::{Classification, Distribution, Marking, Reader};
use super::message::Message;
use super::names::PartyCode;
use super::role::Standing;
use super::validation::ValidationErrors;

/// The longest search, in characters: a few words, not a document.
pub const MAX_QUERY_CHARS: usize = 200;

const PUBLIC: &str = "public";
const MEMBER: &str = "member";
const OBSERVER: &str = "observer";
const SECRETARIAT: &str = "secretariat";

fn party(code: &PartyCode) -> String {
    format!("party:{code}")
}

/// The secretariat reads a listed record naming the chair's party while that party chairs.
fn chair(code: &PartyCode) -> String {
    format!("chair:{code}")
}

/// Who may read a record with `marking`, as audience words.
pub fn marking_audience(marking: &Marking) -> Vec<String> {
    let mut words = Vec::new();
    match marking.distribution {
        Distribution::Public => words.push(PUBLIC.to_owned()),
        Distribution::Group => {
            words.extend([MEMBER, OBSERVER, SECRETARIAT].map(str::to_owned));
        }
        Distribution::Members => words.extend([MEMBER, SECRETARIAT].map(str::to_owned)),
        Distribution::Listed => {
            words.extend(marking.originator.iter().map(party));
            words.extend(marking.listed.iter().map(party));
            words.extend(marking.listed.iter().map(chair));
            if marking.lists_secretariat {
                words.push(SECRETARIAT.to_owned());
            }
        }
        Distribution::National => words.extend(marking.originator.iter().map(party)),
    }
    words
}

/// Who may find a meeting (`access::see_meeting`): members, observers and the secretariat,
/// and the guests invited to it.
pub fn meeting_audience(invited: &[PartyCode]) -> Vec<String> {
    let mut words: Vec<String> = [MEMBER, OBSERVER, SECRETARIAT].map(str::to_owned).into();
    words.extend(invited.iter().map(party));
    words
}

/// The words a reader's sight matches.
pub fn reader_keys(reader: &Reader) -> Vec<String> {
    let mut keys = vec![PUBLIC.to_owned()];
    match reader {
        Reader::Outsider => {}
        Reader::Delegation {
            party: code,
            standing,
        } => {
            keys.push(party(code));
            match standing {
                Standing::Member => keys.push(MEMBER.to_owned()),
                Standing::Observer => keys.push(OBSERVER.to_owned()),
                Standing::Guest => {}
            }
        }
        Reader::Secretariat { chair: presiding } => {
            keys.push(SECRETARIAT.to_owned());
            keys.extend(presiding.iter().map(chair));
        }
    }
    keys
}

/// The classifications a reader of `clearance` may see.
pub fn within(clearance: Classification) -> Vec<Classification> {
    Classification::ALL
        .into_iter()
        .filter(|level| *level <= clearance)
        .collect()
}

/// What a search is for: its words, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    /// Something to look for, on one line, not too long.
    pub fn parse(text: &str) -> Result<SearchText, ValidationErrors> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValidationErrors::single(
                "q",
                Message::new("error-search-empty"),
            ));
        }
        if text.chars().count() > MAX_QUERY_CHARS {
            return Err(ValidationErrors::single(
                "q",
                Message::new("error-search-too-long").with("max", MAX_QUERY_CHARS),
            ));
        }
        if text.chars().any(char::is_control) {
            return Err(ValidationErrors::single(
                "q",
                Message::new("error-search-control"),
            ));
        }
        Ok(SearchText(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    Text,
    Paper,
    Comment,
    Decision,
    Meeting,
}

impl HitKind {
    pub const ALL: [HitKind; 5] = [
        HitKind::Text,
        HitKind::Paper,
        HitKind::Comment,
        HitKind::Decision,
        HitKind::Meeting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Text => "text",
            HitKind::Paper => "paper",
            HitKind::Comment => "comment",
            HitKind::Decision => "decision",
            HitKind::Meeting => "meeting",
        }
    }

    pub fn parse(text: &str) -> Option<HitKind> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("valid")
    }

    const PARTIES: [&str; 4] = ["KZ", "UZ", "TM", "AF"];

    fn any_party() -> impl Strategy<Value = PartyCode> {
        proptest::sample::select(PARTIES.to_vec()).prop_map(code)
    }

    fn any_marking() -> impl Strategy<Value = Marking> {
        (
            proptest::sample::select(Distribution::ALL.to_vec()),
            proptest::sample::select(Classification::ALL.to_vec()),
            proptest::option::of(any_party()),
            proptest::collection::vec(any_party(), 0..3),
            any::<bool>(),
        )
            .prop_map(
                |(distribution, classification, originator, listed, lists_secretariat)| Marking {
                    distribution,
                    classification,
                    originator,
                    listed,
                    lists_secretariat,
                },
            )
    }

    fn any_reader() -> impl Strategy<Value = Reader> {
        prop_oneof![
            Just(Reader::Outsider),
            (
                any_party(),
                proptest::sample::select(Standing::ALL.to_vec())
            )
                .prop_map(|(party, standing)| Reader::Delegation { party, standing }),
            proptest::option::of(any_party()).prop_map(|chair| Reader::Secretariat { chair }),
        ]
    }

    fn found(marking: &Marking, reader: &Reader, clearance: Classification) -> bool {
        let keys = reader_keys(reader);
        let audience = marking_audience(marking);
        within(clearance).contains(&marking.classification)
            && audience.iter().any(|word| keys.contains(word))
    }

    proptest! {
        /// A search finds exactly what the reader may see: the audience words are the
        /// visibility rule, not a second one.
        #[test]
        fn a_search_finds_exactly_what_the_marking_lets_the_reader_see(
            marking in any_marking(),
            reader in any_reader(),
            clearance in proptest::sample::select(Classification::ALL.to_vec()),
        ) {
            prop_assert_eq!(
                found(&marking, &reader, clearance),
                marking.is_visible_to(&reader, clearance)
            );
        }
    }

    #[test]
    fn a_meeting_is_found_by_the_group_and_by_the_guests_it_invites() {
        let audience = meeting_audience(&[code("AF")]);
        let finds = |reader: Reader| {
            let keys = reader_keys(&reader);
            audience.iter().any(|word| keys.contains(word))
        };
        assert!(finds(Reader::Delegation {
            party: code("TM"),
            standing: Standing::Observer
        }));
        assert!(finds(Reader::Delegation {
            party: code("AF"),
            standing: Standing::Guest
        }));
        assert!(!finds(Reader::Delegation {
            party: code("IR"),
            standing: Standing::Guest
        }));
        assert!(finds(Reader::Secretariat { chair: None }));
        assert!(!finds(Reader::Outsider));
    }

    #[test]
    fn an_empty_an_overlong_or_a_controlled_search_is_refused() {
        assert_eq!(
            SearchText::parse("  железная дорога ").map(|q| q.as_str().to_owned()),
            Ok("железная дорога".to_owned())
        );
        for bad in ["", "   ", "a\u{7}b"] {
            assert!(SearchText::parse(bad).is_err(), "{bad:?}");
        }
        assert!(SearchText::parse(&"я".repeat(10_000)).is_err());
        assert!(SearchText::parse(&"я".repeat(MAX_QUERY_CHARS)).is_ok());
    }
}
