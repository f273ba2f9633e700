//! Which characters typed text may hold, written once for every input: *prose* (bodies of
//! texts, amendments, reasons, statements, descriptions), *labels* (names and titles) and
//! *secrets* (passwords). All three refuse control characters: no keyboard types them,
//! PostgreSQL cannot store NUL at all, and terminals, logs and exports act on the others.
//! Labels also refuse the invisible characters that let two names look alike or show their
//! letters in another order than they are stored, but keep the joiners that Dari, Pashto,
//! Persian and the Indic scripts need inside words.

use std::fmt;

use thiserror::Error;
use unicode_properties::UnicodeGeneralCategory;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeEmoji};

use super::message::{Explain, Message};
use super::text::unify_line_endings;

const ZERO_WIDTH_NON_JOINER: char = '\u{200C}';
const ZERO_WIDTH_JOINER: char = '\u{200D}';

/// Where an unwanted character stands, counted in characters from 1 as a person counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In prose, which has lines.
    Line { line: usize, column: usize },
    /// In a label or a secret, which are one line.
    Character(usize),
}

/// One unwanted character and its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub character: char,
    pub place: Place,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "U+{:04X}", u32::from(self.character))?;
        if let Some(name) = character_name(self.character) {
            write!(f, " ({name})")?;
        }
        match self.place {
            Place::Line { line, column } => write!(f, " at line {line}, column {column}"),
            Place::Character(at) => write!(f, " at character {at}"),
        }
    }
}

impl Found {
    /// `U+200B (zero width space) at character 3`, the place in the reader's words; the
    /// code point and its Unicode name stay as they are, to be searched for.
    fn message(&self) -> Message {
        let mut code = format!("U+{:04X}", u32::from(self.character));
        if let Some(name) = character_name(self.character) {
            code.push_str(&format!(" ({name})"));
        }
        match self.place {
            Place::Line { line, column } => Message::new("error-characters-at-line")
                .with("character", code)
                .with("line", line)
                .with("column", column),
            Place::Character(at) => Message::new("error-characters-at")
                .with("character", code)
                .with("at", at),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CharacterError {
    #[error("must not contain control characters; remove {0}")]
    Control(Found),
    #[error("must be a single line; remove the line break {0}")]
    LineBreak(Found),
    #[error(
        "must not contain invisible direction controls, which make text show in another order \
         than it is stored; remove {0}"
    )]
    DirectionControl(Found),
    #[error("must not contain invisible characters; remove {0}")]
    Invisible(Found),
    #[error(
        "may hold a zero width joiner or non-joiner only between two letters of a word; \
         remove {0}"
    )]
    StrayJoiner(Found),
    #[error("must contain a visible character")]
    NothingVisible,
}

impl Explain for CharacterError {
    fn message(&self) -> Message {
        let (id, found) = match self {
            CharacterError::Control(found) => ("error-characters-control", found),
            CharacterError::LineBreak(found) => ("error-characters-line-break", found),
            CharacterError::DirectionControl(found) => {
                ("error-characters-direction-control", found)
            }
            CharacterError::Invisible(found) => ("error-characters-invisible", found),
            CharacterError::StrayJoiner(found) => ("error-characters-stray-joiner", found),
            CharacterError::NothingVisible => {
                return Message::new("error-characters-nothing-visible")
            }
        };
        Message::new(id).with("found", found.message())
    }
}

/// Prose as it is kept: line endings unified to LF (browsers send a text area's lines with
/// CRLF, and a hashed body is canonical with LF already), then checked. Tabs and line breaks
/// are the only control characters prose may hold.
///
/// Direction marks (LRM, RLM, ALM) and isolates (U+2066–U+2069) stay: mixed Dari and English
/// or Russian needs them to show punctuation and numbers on the right side, and they cannot
/// reverse the letters of a word. The embeddings and overrides U+202A–U+202E are refused:
/// an override shows a passage's letters in another order than the words that are hashed,
/// signed and adopted (the "Trojan Source" trick), which a negotiated text must never allow,
/// and whatever an embedding does legitimately an isolate or a mark does as well.
pub fn prose(text: &str) -> Result<String, CharacterError> {
    let text = unify_line_endings(text);
    let (mut line, mut column) = (1, 0);
    for character in text.chars() {
        if character == '\n' {
            line += 1;
            column = 0;
            continue;
        }
        column += 1;
        let found = Found {
            character,
            place: Place::Line { line, column },
        };
        if character.is_control() && character != '\t' {
            return Err(CharacterError::Control(found));
        }
        if is_embedding_or_override(character) {
            return Err(CharacterError::DirectionControl(found));
        }
    }
    Ok(text)
}

/// Checks a label (already trimmed): one line, no control characters, no direction
/// controls, no invisible characters, joiners only inside words, something visible.
///
/// Invisible means a format character (Unicode category Cf: zero width space, word joiner,
/// byte order mark, Mongolian vowel separator, soft hyphen, tags…) or a blank filler letter,
/// with these exceptions a person writing a name needs:
/// - U+200C (ZWNJ) and U+200D (ZWJ) between two letters (or marks) of a non-Latin script:
///   Dari, Pashto and Persian write "می‌شود" with a ZWNJ inside the word, and Indic scripts
///   shape conjuncts with a ZWJ after a virama. A ZWJ may also join two emoji (👩‍💻);
/// - the direction marks LRM, RLM and ALM, for the same reason as in prose;
/// - the Arabic and Syriac signs that span the digits after them (U+0600–U+0605…), which
///   are visible;
/// - the tags that spell out a subdivision flag after U+1F3F4 (🏴).
pub fn check_label(text: &str) -> Result<(), CharacterError> {
    let characters: Vec<char> = text.chars().collect();
    for (index, &character) in characters.iter().enumerate() {
        let before = index.checked_sub(1).map(|i| characters[i]);
        let after = characters.get(index + 1).copied();
        let found = Found {
            character,
            place: Place::Character(index + 1),
        };
        if is_line_break(character) {
            return Err(CharacterError::LineBreak(found));
        }
        if character.is_control() {
            return Err(CharacterError::Control(found));
        }
        if is_embedding_or_override(character) || is_isolate(character) {
            return Err(CharacterError::DirectionControl(found));
        }
        if character == ZERO_WIDTH_NON_JOINER || character == ZERO_WIDTH_JOINER {
            if !joins(before, character, after) {
                return Err(CharacterError::StrayJoiner(found));
            }
            continue;
        }
        if is_invisible(character, before) {
            return Err(CharacterError::Invisible(found));
        }
    }
    if !characters.iter().copied().any(is_visible) {
        return Err(CharacterError::NothingVisible);
    }
    Ok(())
}

/// Checks a secret such as a password: any character a keyboard can type, but no control
/// characters (a browser's password field cannot type them, so the account could never
/// sign in again).
pub fn check_secret(text: &str) -> Result<(), CharacterError> {
    match text.chars().enumerate().find(|(_, c)| c.is_control()) {
        Some((index, character)) => Err(CharacterError::Control(Found {
            character,
            place: Place::Character(index + 1),
        })),
        None => Ok(()),
    }
}

/// The characters of the Basic Multilingual Plane that prose never holds, as ranges: what a
/// description of the rule (the OpenAPI document's patterns) can state without context.
pub fn refused_in_prose() -> Vec<(char, char)> {
    ranges(|c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_embedding_or_override(c))
}

/// The characters of the Basic Multilingual Plane that a label never holds, wherever they
/// stand. The joiners are left out: whether one is allowed depends on its neighbours.
pub fn refused_in_labels() -> Vec<(char, char)> {
    ranges(|c| {
        c != ZERO_WIDTH_NON_JOINER
            && c != ZERO_WIDTH_JOINER
            && (is_line_break(c)
                || c.is_control()
                || is_embedding_or_override(c)
                || is_isolate(c)
                || is_invisible(c, None))
    })
}

/// The runs of Basic Multilingual Plane characters for which `refused` holds.
fn ranges(refused: impl Fn(char) -> bool) -> Vec<(char, char)> {
    let mut runs: Vec<(char, char)> = Vec::new();
    for character in ('\0'..='\u{FFFF}').filter(|c| refused(*c)) {
        match runs.last_mut() {
            Some((_, end)) if u32::from(*end) + 1 == u32::from(character) => *end = character,
            _ => runs.push((character, character)),
        }
    }
    runs
}

fn is_line_break(character: char) -> bool {
    matches!(
        character,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// LRE, RLE, PDF, LRO, RLO.
fn is_embedding_or_override(character: char) -> bool {
    matches!(character, '\u{202A}'..='\u{202E}')
}

/// LRI, RLI, FSI, PDI.
fn is_isolate(character: char) -> bool {
    matches!(character, '\u{2066}'..='\u{2069}')
}

/// LRM, RLM and the Arabic letter mark.
fn is_direction_mark(character: char) -> bool {
    matches!(character, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Format characters that are drawn: they span the digits that follow them
/// (Unicode's Prepended_Concatenation_Mark).
fn is_spanning_sign(character: char) -> bool {
    matches!(
        character,
        '\u{0600}'..='\u{0605}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{110BD}'
            | '\u{110CD}'
    )
}

/// Letters that are drawn as nothing at all: the Hangul fillers and the Khmer inherent
/// vowels, which Unicode advises against and which make blank-looking names.
fn is_blank_letter(character: char) -> bool {
    matches!(
        character,
        '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{3164}' | '\u{FFA0}'
    )
}

fn is_invisible(character: char, before: Option<char>) -> bool {
    if is_blank_letter(character) {
        return true;
    }
    if character.general_category() != GeneralCategory::Format
        || is_direction_mark(character)
        || is_spanning_sign(character)
    {
        return false;
    }
    let in_flag_tags = unicode_properties::emoji::is_tag_character(character)
        && before
            .is_some_and(|b| b == '\u{1F3F4}' || unicode_properties::emoji::is_tag_character(b));
    !in_flag_tags
}

/// A letter or combining mark outside ASCII: what a joiner may stand between.
fn is_word_letter(character: char) -> bool {
    !character.is_ascii()
        && matches!(
            character.general_category_group(),
            GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark
        )
}

fn joins(before: Option<char>, joiner: char, after: Option<char>) -> bool {
    let (Some(before), Some(after)) = (before, after) else {
        return false;
    };
    if is_word_letter(before) && is_word_letter(after) {
        return true;
    }
    // Emoji sequences: 👩 ZWJ 💻, or 🏳 VS16 ZWJ 🌈 (the selector is an emoji component).
    joiner == ZERO_WIDTH_JOINER
        && !before.is_ascii()
        && before != ZERO_WIDTH_JOINER
        && before.is_emoji_char_or_emoji_component()
        && !after.is_ascii()
        && after.is_emoji_char()
}

fn is_visible(character: char) -> bool {
    !character.is_whitespace()
        && !is_blank_letter(character)
        && !matches!(
            character.general_category(),
            GeneralCategory::Control
                | GeneralCategory::Format
                | GeneralCategory::SpaceSeparator
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
        )
}

/// The names people search for, for the characters a refusal most often names.
fn character_name(character: char) -> Option<&'static str> {
    Some(match character {
        '\u{0}' => "null",
        '\u{7}' => "bell",
        '\u{8}' => "backspace",
        '\t' => "tab",
        '\n' => "line feed",
        '\u{B}' => "line tabulation",
        '\u{C}' => "form feed",
        '\r' => "carriage return",
        '\u{1B}' => "escape",
        '\u{7F}' => "delete",
        '\u{85}' => "next line",
        '\u{AD}' => "soft hyphen",
        '\u{180E}' => "mongolian vowel separator",
        '\u{200B}' => "zero width space",
        '\u{200C}' => "zero width non-joiner",
        '\u{200D}' => "zero width joiner",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2060}' => "word joiner",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{3164}' => "hangul filler",
        '\u{FEFF}' => "zero width no-break space",
        _ => return None,
    })
}

#[cfg(test)]
mod ranges_tests {
    use super::*;

    #[test]
    fn the_stated_ranges_are_exactly_what_the_checks_refuse_alone() {
        for (start, end) in refused_in_labels() {
            for character in start..=end {
                assert!(
                    check_label(&format!("a{character}b")).is_err(),
                    "{character:?}"
                );
            }
        }
        for (start, end) in refused_in_prose() {
            for character in start..=end {
                assert!(prose(&format!("a{character}b")).is_err(), "{character:?}");
            }
        }
        assert!(check_label("a\u{AD}b").is_err());
        assert!(refused_in_labels()
            .iter()
            .any(|(s, e)| (*s..=*e).contains(&'\u{AD}')));
        assert!(!refused_in_labels()
            .iter()
            .any(|(s, e)| (*s..=*e).contains(&'\u{200C}')));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_refusal(text: &str) -> CharacterError {
        check_label(text).expect_err(text)
    }

    #[test]
    fn dari_words_with_a_non_joiner_inside_are_labels() {
        for word in [
            "می\u{200C}شود",
            "گفت\u{200C}وگو",
            "وزارت امور خارجه\u{200C}ها",
        ] {
            assert_eq!(check_label(word), Ok(()), "{word}");
        }
    }

    #[test]
    fn a_joiner_after_a_virama_and_between_emoji_is_kept() {
        assert_eq!(check_label("क्\u{200D}ष"), Ok(()));
        assert_eq!(check_label("👩\u{200D}💻 Delegation"), Ok(()));
        assert_eq!(check_label("🏳\u{FE0F}\u{200D}🌈"), Ok(()));
    }

    #[test]
    fn a_non_joiner_at_an_edge_doubled_or_beside_a_space_or_latin_is_refused() {
        for text in [
            "\u{200C}می",
            "می\u{200C}",
            "می\u{200C}\u{200C}شود",
            "می\u{200C} شود",
            "Kab\u{200C}ul",
            "Kabul\u{200D}",
            "\u{200C}",
        ] {
            assert!(
                matches!(label_refusal(text), CharacterError::StrayJoiner(_)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn zero_width_spaces_and_their_kin_are_refused_in_labels() {
        for (text, invisible) in [
            ("Ka\u{200B}bul", '\u{200B}'),
            ("Kabul\u{2060}", '\u{2060}'),
            ("\u{FEFF}Kabul", '\u{FEFF}'),
            ("Ulaan\u{180E}baatar", '\u{180E}'),
            ("Tash\u{AD}kent", '\u{AD}'),
            ("\u{3164}", '\u{3164}'),
        ] {
            match label_refusal(text) {
                CharacterError::Invisible(found) => assert_eq!(found.character, invisible),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn direction_overrides_embeddings_and_isolates_are_refused_in_labels() {
        for control in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}']
            .into_iter()
            .chain('\u{2066}'..='\u{2069}')
        {
            let text = format!("Kabul{control}x");
            assert!(
                matches!(label_refusal(&text), CharacterError::DirectionControl(_)),
                "{control:?}"
            );
        }
    }

    #[test]
    fn direction_marks_are_kept_but_are_not_a_label_on_their_own() {
        assert_eq!(check_label("سفارت (UN)\u{200F}"), Ok(()));
        assert_eq!(label_refusal("\u{200E}"), CharacterError::NothingVisible);
    }

    #[test]
    fn a_subdivision_flag_keeps_its_tags_but_a_stray_tag_is_invisible() {
        let wales = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}";
        assert_eq!(check_label(wales), Ok(()));
        assert!(matches!(
            label_refusal("Wales\u{E0067}"),
            CharacterError::Invisible(_)
        ));
    }

    #[test]
    fn control_characters_and_line_breaks_are_refused_in_labels_with_their_place() {
        let refusal = label_refusal("Bish\u{0}kek");
        assert_eq!(
            refusal.to_string(),
            "must not contain control characters; remove U+0000 (null) at character 5"
        );
        assert!(matches!(
            label_refusal("two\nlines"),
            CharacterError::LineBreak(_)
        ));
        assert!(matches!(
            label_refusal("a\u{2028}b"),
            CharacterError::LineBreak(_)
        ));
        assert!(matches!(label_refusal("a\tb"), CharacterError::Control(_)));
        assert!(matches!(
            label_refusal("a\u{9B}b"),
            CharacterError::Control(_)
        ));
    }

    #[test]
    fn prose_unifies_line_endings_and_keeps_tabs() {
        assert_eq!(
            prose("one\r\n\ttwo\rthree\n"),
            Ok("one\n\ttwo\nthree\n".to_owned())
        );
    }

    #[test]
    fn prose_refuses_control_characters_at_their_line_and_column() {
        for control in ['\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}'] {
            let refusal = prose(&format!("first line\r\nab{control}c")).expect_err("control");
            assert_eq!(
                refusal,
                CharacterError::Control(Found {
                    character: control,
                    place: Place::Line { line: 2, column: 3 },
                })
            );
        }
        assert!(prose("bell\u{7}")
            .expect_err("bell")
            .to_string()
            .ends_with("U+0007 (bell) at line 1, column 5"));
    }

    #[test]
    fn prose_keeps_marks_isolates_and_joiners_of_mixed_direction_text() {
        let mixed =
            "متن \u{2068}Joint Statement\u{2069} و\u{200F} بند ۳\u{200E}: می\u{200C}شود\u{200B}";
        assert_eq!(prose(mixed), Ok(mixed.to_owned()));
    }

    #[test]
    fn prose_refuses_embeddings_and_overrides() {
        for control in '\u{202A}'..='\u{202E}' {
            assert!(matches!(
                prose(&format!("The parties {control}eerga{control}")),
                Err(CharacterError::DirectionControl(_))
            ));
        }
    }

    #[test]
    fn secrets_may_hold_anything_typed_but_no_control_character() {
        assert_eq!(check_secret("correct horse \u{200C} battery €"), Ok(()));
        assert!(matches!(
            check_secret("correct\u{0}horse"),
            Err(CharacterError::Control(_))
        ));
    }
}
