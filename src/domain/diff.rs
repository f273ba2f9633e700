//! Amendments against the version they change (DOMAIN.md §3): applying a replaced passage to a
//! body, and the word-level diff that shows a delegation what an amendment or a new version
//! changes.
//!
//! The diff itself comes from the `similar` crate; this module only shapes its output for
//! reading: pieces of one kind are merged, and the spaces between changed words are folded
//! into the change, so that “agree on” → “take note of” reads as one replaced phrase rather
//! than alternating word-sized pieces. The diff is deterministic (no time limit), so callers
//! keep bodies to the sizes the input layer allows. Whitespace is never dropped: the `Same` and
//! `Removed` pieces spell the old text exactly, the `Same` and `Added` pieces the new one.

use similar::{ChangeTag, TextDiff};
use thiserror::Error;

use super::message::{Explain, Message};
use super::text::unify_line_endings;

/// One piece of a word diff, in reading order. Within a change `Removed` comes before `Added`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Removed(String),
    Added(String),
}

/// The changes that turn `old` into `new`, word by word, with no empty pieces and no two
/// neighbouring pieces of the same kind.
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let (stretches, tail) = stretches(old, new);
    let mut stretches = fold_spaces_between_edits(stretches);
    let tail = move_shared_whitespace_out_of_edits(&mut stretches, tail);
    into_changes(stretches, tail)
}

/// Unchanged text followed by one change: what was removed there and what was added.
#[derive(Debug, Default)]
struct Stretch {
    same: String,
    removed: String,
    added: String,
}

/// The diff from `similar` as stretches, plus the unchanged text after the last change.
fn stretches(old: &str, new: &str) -> (Vec<Stretch>, String) {
    let diff = TextDiff::from_words(old, new);
    let mut stretches = Vec::new();
    let mut current = Stretch::default();
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                if !current.removed.is_empty() || !current.added.is_empty() {
                    stretches.push(std::mem::take(&mut current));
                }
                current.same.push_str(value);
            }
            ChangeTag::Delete => current.removed.push_str(value),
            ChangeTag::Insert => current.added.push_str(value),
        }
    }
    if current.removed.is_empty() && current.added.is_empty() {
        (stretches, current.same)
    } else {
        stretches.push(current);
        (stretches, String::new())
    }
}

/// Joins two changes separated only by spaces or tabs into one: the spaces count as removed
/// and added again, which keeps both texts exact. A line break stays unchanged text, so a
/// change never runs across lines or paragraphs.
fn fold_spaces_between_edits(stretches: Vec<Stretch>) -> Vec<Stretch> {
    let mut folded: Vec<Stretch> = Vec::with_capacity(stretches.len());
    for stretch in stretches {
        match folded.last_mut() {
            Some(previous) if is_spaces(&stretch.same) => {
                previous.removed.push_str(&stretch.same);
                previous.removed.push_str(&stretch.removed);
                previous.added.push_str(&stretch.same);
                previous.added.push_str(&stretch.added);
            }
            _ => folded.push(stretch),
        }
    }
    folded
}

fn is_spaces(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c == ' ' || c == '\t')
}

/// Whitespace that a replacement begins or ends with on both sides is unchanged text:
/// `“agree ” → “note ”` shows as `agree` → `note` and then an unchanged space. Returns the
/// new tail, which may have received the last change's shared ending.
fn move_shared_whitespace_out_of_edits(stretches: &mut [Stretch], mut tail: String) -> String {
    for index in 0..stretches.len() {
        let stretch = &mut stretches[index];
        let prefix = shared_whitespace(stretch.removed.chars(), stretch.added.chars());
        if prefix > 0 {
            stretch.same.push_str(&stretch.removed[..prefix]);
            stretch.removed.drain(..prefix);
            stretch.added.drain(..prefix);
        }
        let suffix = shared_whitespace(stretch.removed.chars().rev(), stretch.added.chars().rev());
        if suffix > 0 {
            let ending = stretch.removed.split_off(stretch.removed.len() - suffix);
            stretch.added.truncate(stretch.added.len() - suffix);
            match stretches.get_mut(index + 1) {
                Some(next) => next.same.insert_str(0, &ending),
                None => tail.insert_str(0, &ending),
            }
        }
    }
    tail
}

/// The length in bytes of the whitespace both sequences start with.
fn shared_whitespace(left: impl Iterator<Item = char>, right: impl Iterator<Item = char>) -> usize {
    left.zip(right)
        .take_while(|(l, r)| l == r && l.is_whitespace())
        .map(|(l, _)| l.len_utf8())
        .sum()
}

fn into_changes(stretches: Vec<Stretch>, tail: String) -> Vec<Change> {
    let mut changes: Vec<Change> = Vec::new();
    for stretch in stretches {
        push_same(&mut changes, stretch.same);
        if !stretch.removed.is_empty() {
            changes.push(Change::Removed(stretch.removed));
        }
        if !stretch.added.is_empty() {
            changes.push(Change::Added(stretch.added));
        }
    }
    push_same(&mut changes, tail);
    changes
}

fn push_same(changes: &mut Vec<Change>, same: String) {
    if same.is_empty() {
        return;
    }
    match changes.last_mut() {
        Some(Change::Same(previous)) => previous.push_str(&same),
        _ => changes.push(Change::Same(same)),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AmendmentError {
    #[error("the passage to replace is empty; quote the words the amendment changes")]
    PassageEmpty,
    #[error("the passage to replace does not appear in version {version}")]
    PassageNotFound { version: u32 },
    #[error(
        "the passage to replace appears {occurrences} times in version {version}; \
         quote more of it so it is unique"
    )]
    PassageNotUnique { version: u32, occurrences: usize },
}

impl Explain for AmendmentError {
    fn message(&self) -> Message {
        match self {
            AmendmentError::PassageEmpty => Message::new("error-amendment-passage-empty"),
            AmendmentError::PassageNotFound { version } => {
                Message::new("error-amendment-passage-not-found").with("version", *version)
            }
            AmendmentError::PassageNotUnique {
                version,
                occurrences,
            } => Message::new("error-amendment-passage-not-unique")
                .with("version", *version)
                .with("occurrences", *occurrences),
        }
    }
}

/// The body of `version` with its one occurrence of `passage` replaced by `replacement`.
///
/// Line endings of the passage and the replacement are unified first, because text quoted
/// through a browser form arrives with CRLF while stored bodies are canonical (LF). The result
/// is not canonicalised: the caller stores it through `text::canonical` like any new body.
pub fn apply_amendment(
    body: &str,
    passage: &str,
    replacement: &str,
    version: u32,
) -> Result<String, AmendmentError> {
    let passage = unify_line_endings(passage);
    let replacement = unify_line_endings(replacement);
    if passage.trim().is_empty() {
        return Err(AmendmentError::PassageEmpty);
    }
    let starts = occurrences(body, &passage);
    match starts.as_slice() {
        [] => Err(AmendmentError::PassageNotFound { version }),
        [start] => {
            let mut amended = String::with_capacity(body.len() + replacement.len());
            amended.push_str(&body[..*start]);
            amended.push_str(&replacement);
            amended.push_str(&body[start + passage.len()..]);
            Ok(amended)
        }
        _ => Err(AmendmentError::PassageNotUnique {
            version,
            occurrences: starts.len(),
        }),
    }
}

/// Byte offsets of every occurrence of `passage`, overlapping ones included: in “that that
/// that”, “that that” appears twice, and replacing either would be a guess.
fn occurrences(body: &str, passage: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(found) = body[from..].find(passage) {
        let start = from + found;
        starts.push(start);
        // Step one character, not one byte, so the next search starts on a char boundary.
        from = start + body[start..].chars().next().map_or(1, char::len_utf8);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use Change::{Added, Removed, Same};

    fn same(text: &str) -> Change {
        Same(text.to_owned())
    }
    fn removed(text: &str) -> Change {
        Removed(text.to_owned())
    }
    fn added(text: &str) -> Change {
        Added(text.to_owned())
    }

    fn old_side(changes: &[Change]) -> String {
        changes
            .iter()
            .filter_map(|change| match change {
                Same(text) | Removed(text) => Some(text.as_str()),
                Added(_) => None,
            })
            .collect()
    }

    fn new_side(changes: &[Change]) -> String {
        changes
            .iter()
            .filter_map(|change| match change {
                Same(text) | Added(text) => Some(text.as_str()),
                Removed(_) => None,
            })
            .collect()
    }

    // word_diff

    #[test]
    fn identical_texts_are_one_same_piece() {
        assert_eq!(
            word_diff("The parties agree.", "The parties agree."),
            vec![same("The parties agree.")]
        );
        assert_eq!(word_diff("", ""), vec![]);
    }

    #[test]
    fn replaced_word_is_removed_then_added() {
        assert_eq!(
            word_diff("The parties agree to meet.", "The parties decide to meet."),
            vec![
                same("The parties "),
                removed("agree"),
                added("decide"),
                same(" to meet."),
            ]
        );
    }

    #[test]
    fn replaced_phrase_reads_as_one_change() {
        let changes = word_diff(
            "The parties agree on the roadmap.",
            "The parties take note of the roadmap.",
        );
        assert_eq!(
            changes,
            vec![
                same("The parties "),
                removed("agree on"),
                added("take note of"),
                same(" the roadmap."),
            ]
        );
    }

    #[test]
    fn inserted_words_are_one_added_piece() {
        let changes = word_diff("We meet in Astana.", "We meet again next year in Astana.");
        assert_eq!(old_side(&changes), "We meet in Astana.");
        assert_eq!(new_side(&changes), "We meet again next year in Astana.");
        assert_eq!(
            changes
                .iter()
                .filter(|change| matches!(change, Added(_)))
                .count(),
            1
        );
        assert!(!changes.iter().any(|change| matches!(change, Removed(_))));
    }

    #[test]
    fn deleted_words_are_one_removed_piece() {
        assert_eq!(
            word_diff("We strongly and firmly condemn it.", "We condemn it."),
            vec![
                same("We "),
                removed("strongly and firmly "),
                same("condemn it.")
            ]
        );
    }

    #[test]
    fn everything_replaced() {
        assert_eq!(word_diff("", "new text"), vec![added("new text")]);
        assert_eq!(word_diff("old text", ""), vec![removed("old text")]);
    }

    #[test]
    fn a_change_does_not_run_across_a_line_break() {
        let changes = word_diff("1. agree\n2. agree", "1. note\n2. note");
        assert_eq!(
            changes,
            vec![
                same("1. "),
                removed("agree"),
                added("note"),
                same("\n2. "),
                removed("agree"),
                added("note"),
            ]
        );
    }

    #[test]
    fn diff_works_on_cyrillic_and_arabic_script_words() {
        assert_eq!(
            word_diff("Стороны согласны с картой.", "Стороны отмечают с картой."),
            vec![
                same("Стороны "),
                removed("согласны"),
                added("отмечают"),
                same(" с картой."),
            ]
        );
        let changes = word_diff("طرفین موافقت دارند", "طرفین توجه دارند");
        assert_eq!(
            changes,
            vec![
                same("طرفین "),
                removed("موافقت"),
                added("توجه"),
                same(" دارند"),
            ]
        );
    }

    // apply_amendment

    #[test]
    fn amendment_replaces_the_one_occurrence() {
        assert_eq!(
            apply_amendment("The parties agree on the roadmap.", "agree on", "note", 3),
            Ok("The parties note the roadmap.".to_owned())
        );
    }

    #[test]
    fn amendment_may_delete_a_passage() {
        assert_eq!(
            apply_amendment("We firmly condemn it.", "firmly ", "", 1),
            Ok("We condemn it.".to_owned())
        );
    }

    #[test]
    fn amendment_quoted_with_crlf_matches_a_body_with_lf() {
        assert_eq!(
            apply_amendment(
                "1. One.\n2. Two.\n3. Three.",
                "One.\r\n2. Two.",
                "One and two.",
                2
            ),
            Ok("1. One and two.\n3. Three.".to_owned())
        );
    }

    #[test]
    fn amendment_works_on_cyrillic_text() {
        assert_eq!(
            apply_amendment("Стороны согласны.", "согласны", "отмечают", 1),
            Ok("Стороны отмечают.".to_owned())
        );
    }

    #[test]
    fn empty_passage_is_refused() {
        for passage in ["", "  ", "\r\n"] {
            assert_eq!(
                apply_amendment("text", passage, "x", 1),
                Err(AmendmentError::PassageEmpty)
            );
        }
        assert_eq!(
            AmendmentError::PassageEmpty.to_string(),
            "the passage to replace is empty; quote the words the amendment changes"
        );
    }

    #[test]
    fn passage_not_in_the_version_is_refused_naming_the_version() {
        let error = apply_amendment("The parties agree.", "disagree", "x", 4)
            .expect_err("the amendment is refused");
        assert_eq!(error, AmendmentError::PassageNotFound { version: 4 });
        assert_eq!(
            error.to_string(),
            "the passage to replace does not appear in version 4"
        );
    }

    #[test]
    fn passage_found_more_than_once_is_refused_with_the_count() {
        let error = apply_amendment("agree, agree and agree", "agree", "note", 2)
            .expect_err("the amendment is refused");
        assert_eq!(
            error,
            AmendmentError::PassageNotUnique {
                version: 2,
                occurrences: 3
            }
        );
        assert_eq!(
            error.to_string(),
            "the passage to replace appears 3 times in version 2; quote more of it so it is unique"
        );
    }

    #[test]
    fn overlapping_occurrences_count_as_more_than_one() {
        assert_eq!(
            apply_amendment("that that that", "that that", "this", 1),
            Err(AmendmentError::PassageNotUnique {
                version: 1,
                occurrences: 2
            })
        );
    }

    // properties

    fn words() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("the"),
                Just("parties"),
                Just("agree"),
                Just("стороны"),
                Just("طرفین"),
                Just(" "),
                Just("  "),
                Just("\t"),
                Just("\n"),
                Just(","),
                Just("."),
            ],
            0..30,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn diff_spells_both_texts_exactly(old in words(), new in words()) {
            let changes = word_diff(&old, &new);
            prop_assert_eq!(old_side(&changes), old);
            prop_assert_eq!(new_side(&changes), new);
        }

        #[test]
        fn diff_spells_arbitrary_texts_exactly(old in "\\PC{0,60}", new in "\\PC{0,60}") {
            let changes = word_diff(&old, &new);
            prop_assert_eq!(old_side(&changes), old);
            prop_assert_eq!(new_side(&changes), new);
        }

        #[test]
        fn diff_has_no_empty_pieces_and_no_neighbours_of_one_kind(old in words(), new in words()) {
            let changes = word_diff(&old, &new);
            for change in &changes {
                let (Same(text) | Removed(text) | Added(text)) = change;
                prop_assert!(!text.is_empty());
            }
            for pair in changes.windows(2) {
                prop_assert_ne!(std::mem::discriminant(&pair[0]), std::mem::discriminant(&pair[1]));
                prop_assert!(!matches!(pair, [Added(_), Removed(_)]));
            }
        }

        #[test]
        fn diff_of_a_text_with_itself_has_no_change(text in words()) {
            let changes = word_diff(&text, &text);
            prop_assert!(changes.iter().all(|change| matches!(change, Same(_))));
        }

        #[test]
        fn applied_amendment_diff_spells_both_versions(
            before in "[a-z ]{0,20}",
            passage in "#[a-z ]{0,10}",
            after in "[a-z ]{0,20}",
            replacement in "[a-z ]{0,10}",
        ) {
            let body = format!("{before}{passage}{after}");
            let amended = apply_amendment(&body, &passage, &replacement, 1).expect("the amendment applies");
            prop_assert_eq!(&amended, &format!("{before}{replacement}{after}"));
            let changes = word_diff(&body, &amended);
            prop_assert_eq!(old_side(&changes), body);
            prop_assert_eq!(new_side(&changes), amended);
        }
    }
}
