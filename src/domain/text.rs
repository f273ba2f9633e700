//! The source of a negotiated text (DOMAIN.md §3): the body of one version, the canonical form
//! that is hashed and stored, and the bracket syntax that marks passages not yet agreed.
//!
//! A bracket is `[[`, an optional holder list such as `{KZ,UZ}`, one or more alternatives
//! separated by `||`, and `]]`: `The parties [[{KZ,UZ} agree || note]] the roadmap.` is one
//! bracket held by KZ and UZ with the alternatives “agree” and “note”. Brackets do not nest.
//! A text with any bracket left in it cannot go to a decision procedure, so the parser reports
//! every mistake at once, each with its line and column, for the penholder to fix in one pass.

use std::fmt;

use sha2::{Digest, Sha256};

use super::journal::Hash32;
use super::names::PartyCode;

const OPEN: &str = "[[";
const CLOSE: &str = "]]";
const ALTERNATIVE: &str = "||";
/// How much of each alternative `describe` quotes: enough to recognise the passage, short
/// enough that a refusal naming several brackets stays readable.
const DESCRIBE_MAX_CHARS: usize = 60;

/// Line endings unified to LF: CRLF and a lone CR each become one LF. Browsers send the
/// content of a text area with CRLF, so anything quoted from a form goes through this before
/// it is compared with a stored body.
pub fn unify_line_endings(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The canonical form of a body, the one that is stored and hashed: LF line endings, no
/// spaces or tabs at the end of a line, no blank lines at the end and no final newline. These
/// are the differences editors and browsers introduce on their own; removing them means that
/// saving the same words twice gives the same hash. Unicode is left exactly as typed.
pub fn canonical(body: &str) -> String {
    let unified = unify_line_endings(body);
    let lines: Vec<&str> = unified
        .split('\n')
        .map(|line| line.trim_end_matches([' ', '\t']))
        .collect();
    lines.join("\n").trim_end_matches('\n').to_owned()
}

/// SHA-256 of the canonical form as UTF-8, with no tag or prefix, so that anyone can check a
/// published hash with `sha256sum` over the canonical text.
pub fn content_hash(body: &str) -> Hash32 {
    let digest = Sha256::digest(canonical(body).as_bytes());
    Hash32::of_bytes(digest.into())
}

/// A body split into agreed text and brackets, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedText {
    /// Never holds an empty `Agreed` piece; an empty body has no segments.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text outside any bracket, exactly as written (whitespace included).
    Agreed(String),
    Bracket(Bracket),
}

/// A passage not yet agreed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bracket {
    /// 1-based, in order of appearance in the body.
    pub number: usize,
    /// 1-based line of the opening `[[`.
    pub line: usize,
    /// 1-based column of the opening `[[`, counted in characters, not bytes.
    pub column: usize,
    /// The parties holding the bracket, as written, without repeats; may be empty.
    pub holders: Vec<PartyCode>,
    /// Each alternative trimmed. An empty alternative stands for deleting the passage; at
    /// least one alternative has text.
    pub alternatives: Vec<String>,
}

impl ParsedText {
    /// Every bracket in the source is open: closing a bracket means the penholder removes it.
    pub fn open_brackets(&self) -> Vec<&Bracket> {
        self.segments
            .iter()
            .filter_map(|segment| match segment {
                Segment::Bracket(bracket) => Some(bracket),
                Segment::Agreed(_) => None,
            })
            .collect()
    }

    pub fn has_open_brackets(&self) -> bool {
        self.segments
            .iter()
            .any(|segment| matches!(segment, Segment::Bracket(_)))
    }
}

/// One mistake in the bracket syntax, at the place a person should look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BracketError {
    pub line: usize,
    pub column: usize,
    pub kind: BracketErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BracketErrorKind {
    /// A `[[` with no `]]` after it; reported at the `[[`.
    Unclosed,
    /// A `]]` outside any bracket.
    StrayClose,
    /// A `[[` inside a bracket; reported at the inner `[[`.
    Nested,
    /// A `{` after `[[` with no `}` before the end of the line or of the bracket.
    HolderListUnclosed,
    /// `{}`: a holder list that names nobody.
    HolderListEmpty,
    /// An entry of the holder list that is not a party code; `code` is empty for a stray comma.
    InvalidHolder { code: String, reason: String },
    /// A bracket whose alternatives are all blank; reported at the `[[`.
    Empty,
}

impl fmt::Display for BracketErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unclosed => f.write_str("bracket opened here is never closed"),
            Self::StrayClose => f.write_str("“]]” closes a bracket that was never opened"),
            Self::Nested => f.write_str(
                "bracket opened inside another bracket; brackets cannot be nested, \
                 write the choices as alternatives separated by “||”",
            ),
            Self::HolderListUnclosed => {
                f.write_str("holder list opened here with “{” is never closed with “}”")
            }
            Self::HolderListEmpty => f.write_str(
                "holder list names no party; name the holders (e.g. {KZ,UZ}) or leave it out",
            ),
            Self::InvalidHolder { code, .. } if code.is_empty() => {
                f.write_str("holder list has an empty entry (a comma too many?)")
            }
            Self::InvalidHolder { code, reason } => {
                write!(
                    f,
                    "“{code}” in the holder list is not a party code: it {reason}"
                )
            }
            Self::Empty => f.write_str("bracket has no text in any alternative"),
        }
    }
}

impl fmt::Display for BracketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.kind
        )
    }
}

impl std::error::Error for BracketError {}

/// Splits a body into agreed text and brackets, or returns every syntax mistake in order of
/// position.
pub fn parse(body: &str) -> Result<ParsedText, Vec<BracketError>> {
    let mut parser = Parser::new(body);
    let mut segments = Vec::new();
    let mut agreed = String::new();
    let mut number = 0;
    while !parser.at_end() {
        if parser.looking_at(OPEN) {
            if !agreed.is_empty() {
                segments.push(Segment::Agreed(std::mem::take(&mut agreed)));
            }
            number += 1;
            if let Some(bracket) = parser.bracket(number) {
                segments.push(Segment::Bracket(bracket));
            }
        } else if parser.looking_at(CLOSE) {
            parser.error_here(BracketErrorKind::StrayClose);
            parser.advance(CLOSE.len());
        } else {
            agreed.push(parser.chars[parser.index]);
            parser.advance(1);
        }
    }
    if !agreed.is_empty() {
        segments.push(Segment::Agreed(agreed));
    }
    if parser.errors.is_empty() {
        Ok(ParsedText { segments })
    } else {
        // An unclosed bracket is only known at the end but is reported at its opening.
        let mut errors = parser.errors;
        errors.sort_by_key(|error| (error.line, error.column));
        Err(errors)
    }
}

/// One line naming a bracket for a person, e.g.
/// `bracket 2 (line 4, column 7) held by KZ, UZ: “agree” or “note”`.
pub fn describe(bracket: &Bracket) -> String {
    let mut text = format!(
        "bracket {} (line {}, column {})",
        bracket.number, bracket.line, bracket.column
    );
    if !bracket.holders.is_empty() {
        let holders: Vec<&str> = bracket.holders.iter().map(PartyCode::as_str).collect();
        text.push_str(" held by ");
        text.push_str(&holders.join(", "));
    }
    let quoted: Vec<String> = bracket
        .alternatives
        .iter()
        .map(|alternative| quote_alternative(alternative))
        .collect();
    text.push_str(": ");
    text.push_str(&join_as_choice(&quoted));
    text
}

/// An alternative on one line, shortened if long; an empty one is the choice to delete.
fn quote_alternative(alternative: &str) -> String {
    if alternative.is_empty() {
        return "nothing".to_owned();
    }
    let one_line = alternative.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= DESCRIBE_MAX_CHARS {
        format!("“{one_line}”")
    } else {
        let start: String = one_line.chars().take(DESCRIBE_MAX_CHARS).collect();
        format!("“{}…”", start.trim_end())
    }
}

/// `a`, `a or b`, `a, b or c`.
fn join_as_choice(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// A cursor over the characters of a body that knows its line and column and collects errors.
struct Parser {
    chars: Vec<char>,
    index: usize,
    line: usize,
    column: usize,
    errors: Vec<BracketError>,
}

/// The place of a character, to report an error there later.
#[derive(Clone, Copy)]
struct Position {
    line: usize,
    column: usize,
}

impl Parser {
    fn new(body: &str) -> Self {
        Self {
            chars: body.chars().collect(),
            index: 0,
            line: 1,
            column: 1,
            errors: Vec::new(),
        }
    }

    fn at_end(&self) -> bool {
        self.index >= self.chars.len()
    }

    fn current(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn looking_at(&self, token: &str) -> bool {
        let mut ahead = self.chars.iter().skip(self.index);
        token
            .chars()
            .all(|expected| ahead.next() == Some(&expected))
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// Moves over `count` characters, counting a CRLF pair or a lone CR as one line break as
    /// `canonical` does, so that positions agree whether or not the body was canonicalised.
    fn advance(&mut self, count: usize) {
        for _ in 0..count {
            let Some(character) = self.current() else {
                return;
            };
            self.index += 1;
            let ends_line =
                character == '\n' || (character == '\r' && self.current() != Some('\n'));
            if ends_line {
                self.line += 1;
                self.column = 1;
            } else if character != '\r' {
                self.column += 1;
            }
        }
    }

    fn error_at(&mut self, position: Position, kind: BracketErrorKind) {
        self.errors.push(BracketError {
            line: position.line,
            column: position.column,
            kind,
        });
    }

    fn error_here(&mut self, kind: BracketErrorKind) {
        self.error_at(self.position(), kind);
    }

    /// Reads one bracket starting at its `[[`. Returns `None` when it has errors (they are
    /// recorded); in every case the cursor ends after the bracket, or at the end of the body.
    fn bracket(&mut self, number: usize) -> Option<Bracket> {
        let opening = self.position();
        let errors_before = self.errors.len();
        self.advance(OPEN.len());
        while self.current().is_some_and(|c| c == ' ' || c == '\t') {
            self.advance(1);
        }
        let holders = if self.current() == Some('{') {
            self.holder_list()
        } else {
            Vec::new()
        };

        let mut alternatives = Vec::new();
        let mut alternative = String::new();
        // Nested brackets are an error, but their `]]` is matched to them rather than to the
        // outer bracket, so one mistake gives one message instead of a cascade.
        let mut nested_depth = 0;
        let mut closed = false;
        while !self.at_end() {
            if self.looking_at(OPEN) {
                self.error_here(BracketErrorKind::Nested);
                nested_depth += 1;
                self.advance(OPEN.len());
            } else if self.looking_at(CLOSE) {
                self.advance(CLOSE.len());
                if nested_depth == 0 {
                    closed = true;
                    break;
                }
                nested_depth -= 1;
            } else if nested_depth == 0 && self.looking_at(ALTERNATIVE) {
                alternatives.push(alternative.trim().to_owned());
                alternative.clear();
                self.advance(ALTERNATIVE.len());
            } else {
                alternative.push(self.chars[self.index]);
                self.advance(1);
            }
        }
        alternatives.push(alternative.trim().to_owned());

        if !closed {
            self.error_at(opening, BracketErrorKind::Unclosed);
        } else if alternatives.iter().all(String::is_empty) {
            self.error_at(opening, BracketErrorKind::Empty);
        }
        if self.errors.len() > errors_before {
            return None;
        }
        Some(Bracket {
            number,
            line: opening.line,
            column: opening.column,
            holders,
            alternatives,
        })
    }

    /// Reads `{KZ, UZ}` starting at its `{`. On a list that is never closed it stops right
    /// after the `{`, so the rest is read as the bracket's text and its own mistakes are found.
    fn holder_list(&mut self) -> Vec<PartyCode> {
        let brace = self.position();
        let start = self.index + 1;
        let mut end = start;
        loop {
            match self.chars.get(end) {
                Some('}') => break,
                Some('\n' | '\r') | None => {
                    self.error_at(brace, BracketErrorKind::HolderListUnclosed);
                    self.advance(1);
                    return Vec::new();
                }
                Some(_) => {}
            }
            let rest = &self.chars[end..];
            if rest.starts_with(&['|', '|']) || rest.starts_with(&[']', ']']) {
                self.error_at(brace, BracketErrorKind::HolderListUnclosed);
                self.advance(1);
                return Vec::new();
            }
            end += 1;
        }
        self.advance(1);

        let mut holders: Vec<PartyCode> = Vec::new();
        if self.chars[start..end].iter().all(|c| c.is_whitespace()) {
            self.error_at(brace, BracketErrorKind::HolderListEmpty);
            self.advance(end - start + 1);
            return holders;
        }
        // One entry per comma-separated piece; each is reported at its first non-blank
        // character, or where it would start if it is blank.
        let mut entry = String::new();
        let mut entry_position: Option<Position> = None;
        for index in start..=end {
            let character = self.chars[index];
            if character == ',' || index == end {
                let position = entry_position.unwrap_or(self.position());
                match PartyCode::parse(&entry) {
                    Ok(code) if !holders.contains(&code) => holders.push(code),
                    Ok(_) => {}
                    Err(error) => self.error_at(
                        position,
                        BracketErrorKind::InvalidHolder {
                            code: entry.trim().to_owned(),
                            reason: error.to_string(),
                        },
                    ),
                }
                entry.clear();
                entry_position = None;
            } else {
                if entry_position.is_none() && !character.is_whitespace() {
                    entry_position = Some(self.position());
                }
                entry.push(character);
            }
            self.advance(1);
        }
        holders
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(text: &str) -> PartyCode {
        PartyCode::parse(text).expect("a valid party code")
    }

    fn brackets(body: &str) -> Vec<Bracket> {
        parse(body)
            .expect("the text parses")
            .open_brackets()
            .into_iter()
            .cloned()
            .collect()
    }

    fn errors(body: &str) -> Vec<(usize, usize, BracketErrorKind)> {
        parse(body)
            .expect_err("the text has bracket errors")
            .into_iter()
            .map(|error| (error.line, error.column, error.kind))
            .collect()
    }

    fn messages(body: &str) -> Vec<String> {
        parse(body)
            .expect_err("the text has bracket errors")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    // canonical and content_hash

    #[test]
    fn canonical_unifies_line_endings() {
        assert_eq!(canonical("a\r\nb\rc\nd"), "a\nb\nc\nd");
    }

    #[test]
    fn canonical_removes_trailing_spaces_and_tabs_of_each_line() {
        assert_eq!(canonical("a \t\nb  \n  c"), "a\nb\n  c");
    }

    #[test]
    fn canonical_removes_trailing_blank_lines_and_the_final_newline() {
        assert_eq!(canonical("a\nb\n\n  \n\t\n"), "a\nb");
        assert_eq!(canonical("a\r\n\r\n"), "a");
    }

    #[test]
    fn canonical_keeps_leading_and_inner_blank_lines_and_indentation() {
        assert_eq!(canonical("\n\n  a\n\n\nb"), "\n\n  a\n\n\nb");
    }

    #[test]
    fn canonical_leaves_unicode_as_typed() {
        // "é" precomposed and decomposed stay different: no normalisation.
        assert_eq!(canonical("caf\u{e9}"), "caf\u{e9}");
        assert_eq!(canonical("cafe\u{301}"), "cafe\u{301}");
        // A no-break space is not a space or a tab, so it stays.
        assert_eq!(canonical("a\u{a0}"), "a\u{a0}");
    }

    #[test]
    fn canonical_of_blank_text_is_empty() {
        assert_eq!(canonical(""), "");
        assert_eq!(canonical(" \r\n\t\n"), "");
    }

    #[test]
    fn content_hash_is_plain_sha256_of_the_canonical_text() {
        // `printf 'hello' | sha256sum`
        assert_eq!(
            content_hash("hello \r\n\r\n").to_hex(),
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        // `printf '' | sha256sum`
        assert_eq!(
            content_hash("").to_hex(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn content_hash_differs_for_different_words() {
        assert_ne!(content_hash("agree"), content_hash("note"));
        assert_ne!(content_hash("caf\u{e9}"), content_hash("cafe\u{301}"));
    }

    // parse: valid texts

    #[test]
    fn text_without_brackets_is_one_agreed_segment() {
        let parsed = parse("The parties agree.\nNext line.").expect("the text parses");
        assert_eq!(
            parsed.segments,
            vec![Segment::Agreed("The parties agree.\nNext line.".to_owned())]
        );
        assert!(!parsed.has_open_brackets());
        assert!(parsed.open_brackets().is_empty());
    }

    #[test]
    fn empty_text_has_no_segments() {
        assert_eq!(parse("").expect("the text parses").segments, vec![]);
    }

    #[test]
    fn bracket_with_holders_and_alternatives() {
        let parsed =
            parse("The parties [[{KZ,UZ} agree || note]] the roadmap.").expect("the text parses");
        assert_eq!(
            parsed.segments,
            vec![
                Segment::Agreed("The parties ".to_owned()),
                Segment::Bracket(Bracket {
                    number: 1,
                    line: 1,
                    column: 13,
                    holders: vec![code("KZ"), code("UZ")],
                    alternatives: vec!["agree".to_owned(), "note".to_owned()],
                }),
                Segment::Agreed(" the roadmap.".to_owned()),
            ]
        );
        assert!(parsed.has_open_brackets());
    }

    #[test]
    fn holders_are_optional() {
        let found = brackets("We [[welcome]] it.");
        assert_eq!(found[0].holders, vec![]);
        assert_eq!(found[0].alternatives, vec!["welcome"]);
    }

    #[test]
    fn holder_list_allows_spaces_and_drops_repeats() {
        let found = brackets("[[ { KZ , UZ,KZ } text ]]");
        assert_eq!(found[0].holders, vec![code("KZ"), code("UZ")]);
        assert_eq!(found[0].alternatives, vec!["text"]);
    }

    #[test]
    fn alternatives_are_trimmed_and_may_span_lines() {
        let found = brackets("[[  first\n  choice  ||\n second ||third  ]]");
        assert_eq!(
            found[0].alternatives,
            vec!["first\n  choice", "second", "third"]
        );
    }

    #[test]
    fn an_empty_alternative_stands_for_deleting_the_passage() {
        let found = brackets("The parties [[{KZ} firmly || ]] agree.");
        assert_eq!(found[0].alternatives, vec!["firmly", ""]);
    }

    #[test]
    fn brace_later_in_an_alternative_is_text_not_holders() {
        let found = brackets("[[see {annex} || none]]");
        assert_eq!(found[0].holders, vec![]);
        assert_eq!(found[0].alternatives, vec!["see {annex}", "none"]);
    }

    #[test]
    fn brackets_are_numbered_in_order_with_line_and_column() {
        let body = "Preamble.\n\n1. The parties [[{KZ} agree]] to meet.\n2. [[{UZ,TJ} In Tashkent || In Dushanbe]].";
        let found = brackets(body);
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].number, found[0].line, found[0].column),
            (1, 3, 16)
        );
        assert_eq!((found[1].number, found[1].line, found[1].column), (2, 4, 4));
        assert_eq!(found[1].holders, vec![code("UZ"), code("TJ")]);
    }

    #[test]
    fn adjacent_brackets_have_no_empty_agreed_segment_between_them() {
        let parsed = parse("[[a]][[b]]").expect("the text parses");
        assert_eq!(parsed.segments.len(), 2);
        assert!(parsed
            .segments
            .iter()
            .all(|segment| matches!(segment, Segment::Bracket(_))));
    }

    #[test]
    fn single_square_brackets_and_bars_outside_brackets_are_text() {
        let body = "See [1] and a || b and [ x ] ]";
        assert_eq!(
            parse(body).expect("the text parses").segments,
            vec![Segment::Agreed(body.to_owned())]
        );
    }

    #[test]
    fn columns_count_characters_in_cyrillic_text() {
        // "Стороны " is 8 characters but 15 bytes.
        let found = brackets("Стороны [[{KZ} согласны || отмечают]] дорожную карту.");
        assert_eq!((found[0].line, found[0].column), (1, 9));
        assert_eq!(found[0].alternatives, vec!["согласны", "отмечают"]);
    }

    #[test]
    fn columns_count_characters_in_arabic_script_text() {
        // Dari: "طرفین " is 6 characters; the bracket is on the second line.
        let body = "مقدمه\nطرفین [[{AF} موافقت || توجه]] دارند.";
        let found = brackets(body);
        assert_eq!((found[0].line, found[0].column), (2, 7));
        assert_eq!(found[0].holders, vec![code("AF")]);
        assert_eq!(found[0].alternatives, vec!["موافقت", "توجه"]);
    }

    #[test]
    fn crlf_and_lone_cr_count_as_one_line_break() {
        assert_eq!(
            (
                brackets("a\r\nb\r\n[[x]]")[0].line,
                brackets("a\rb\r[[x]]")[0].line
            ),
            (3, 3)
        );
        assert_eq!(brackets("a\r\n  [[x]]")[0].column, 3);
    }

    // parse: errors

    #[test]
    fn unclosed_bracket_is_reported_at_its_opening() {
        let body = "Line one.\nLine two.\nThe parties [[{KZ} agree || note the roadmap.";
        assert_eq!(errors(body), vec![(3, 13, BracketErrorKind::Unclosed)]);
        assert_eq!(
            messages(body),
            vec!["line 3, column 13: bracket opened here is never closed"]
        );
    }

    #[test]
    fn stray_closing_is_reported_where_it_stands() {
        let body = "All agreed.\n  done]] here";
        assert_eq!(errors(body), vec![(2, 7, BracketErrorKind::StrayClose)]);
        assert_eq!(
            messages(body),
            vec!["line 2, column 7: “]]” closes a bracket that was never opened"]
        );
    }

    #[test]
    fn nested_bracket_is_reported_once_at_the_inner_opening() {
        let body = "[[{KZ} a [[b]] c]] rest";
        assert_eq!(errors(body), vec![(1, 10, BracketErrorKind::Nested)]);
        assert!(messages(body)[0].starts_with("line 1, column 10: bracket opened inside another"));
    }

    #[test]
    fn unclosed_holder_list_is_reported_at_the_brace() {
        let body = "x [[{KZ, UZ agree || note]]";
        assert_eq!(
            errors(body),
            vec![(1, 5, BracketErrorKind::HolderListUnclosed)]
        );
        assert_eq!(
            messages(body),
            vec!["line 1, column 5: holder list opened here with “{” is never closed with “}”"]
        );
    }

    #[test]
    fn holder_list_is_not_continued_onto_the_next_line() {
        let body = "[[{KZ\n}text]]";
        assert_eq!(
            errors(body),
            vec![(1, 3, BracketErrorKind::HolderListUnclosed)]
        );
    }

    #[test]
    fn invalid_holder_code_is_named_at_its_column() {
        let body = "[[{KZ, kz,Uzbekistan} text]]";
        let found = errors(body);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].0, found[0].1), (1, 8));
        assert!(
            matches!(&found[0].2, BracketErrorKind::InvalidHolder { code, .. } if code == "kz")
        );
        assert_eq!((found[1].0, found[1].1), (1, 11));
        assert!(
            matches!(&found[1].2, BracketErrorKind::InvalidHolder { code, .. } if code == "Uzbekistan")
        );
        assert!(messages(body)[0].starts_with(
            "line 1, column 8: “kz” in the holder list is not a party code: it must be"
        ));
    }

    #[test]
    fn stray_comma_in_holder_list_is_an_empty_entry() {
        let body = "[[{KZ,} text]]";
        assert_eq!(
            messages(body),
            vec!["line 1, column 7: holder list has an empty entry (a comma too many?)"]
        );
    }

    #[test]
    fn empty_holder_list_is_an_error() {
        assert_eq!(
            errors("[[{ } text]]"),
            vec![(1, 3, BracketErrorKind::HolderListEmpty)]
        );
    }

    #[test]
    fn bracket_without_text_is_reported_at_its_opening() {
        for body in ["a [[]]", "a [[ {KZ} ]]", "a [[ || \n ]]"] {
            assert_eq!(
                errors(body),
                vec![(1, 3, BracketErrorKind::Empty)],
                "{body}"
            );
        }
        assert_eq!(
            messages("a [[{KZ}  ]]"),
            vec!["line 1, column 3: bracket has no text in any alternative"]
        );
    }

    #[test]
    fn every_error_is_reported_in_order_of_position() {
        let body = "]] first\n[[{KZ} ok]] and [[ ]]\n[[{xx} bad]]\nТекст [[ never closed";
        assert_eq!(
            errors(body)
                .into_iter()
                .map(|(line, column, kind)| (line, column, std::mem::discriminant(&kind)))
                .collect::<Vec<_>>(),
            vec![
                (1, 1, std::mem::discriminant(&BracketErrorKind::StrayClose)),
                (2, 17, std::mem::discriminant(&BracketErrorKind::Empty)),
                (
                    3,
                    4,
                    std::mem::discriminant(&BracketErrorKind::InvalidHolder {
                        code: String::new(),
                        reason: String::new()
                    })
                ),
                (4, 7, std::mem::discriminant(&BracketErrorKind::Unclosed)),
            ]
        );
    }

    #[test]
    fn unclosed_bracket_reported_after_an_earlier_nested_one() {
        // The unclosed outer bracket is found last but opens first.
        assert_eq!(
            errors("[[a [[b]] c"),
            vec![
                (1, 1, BracketErrorKind::Unclosed),
                (1, 5, BracketErrorKind::Nested)
            ]
        );
    }

    // describe

    #[test]
    fn describe_names_number_place_holders_and_alternatives() {
        let body = "Line 1\nLine 2\n[[x]]\nThe [[{KZ, UZ} agree || note]]";
        let found = brackets(body);
        assert_eq!(
            describe(&found[1]),
            "bracket 2 (line 4, column 5) held by KZ, UZ: “agree” or “note”"
        );
    }

    #[test]
    fn describe_without_holders_and_with_three_alternatives_and_a_deletion() {
        let found = brackets("[[ a || b ||c|| ]]");
        assert_eq!(
            describe(&found[0]),
            "bracket 1 (line 1, column 1): “a”, “b”, “c” or nothing"
        );
    }

    #[test]
    fn describe_puts_long_alternatives_on_one_shortened_line() {
        let long = format!("first line\n{}", "word ".repeat(30));
        let found = brackets(&format!("[[{{TJ}} {long}]]"));
        let description = describe(&found[0]);
        assert!(
            description.starts_with("bracket 1 (line 1, column 1) held by TJ: “first line word")
        );
        assert!(description.ends_with("…”"));
        assert!(!description.contains('\n'));
    }

    // properties

    fn lines_with_line_endings_and_trailing_noise() -> impl Strategy<Value = (String, String)> {
        let line = "[^\r\n]{0,20}";
        let decoration = (prop_oneof![Just("\n"), Just("\r\n")], "[ \t]{0,3}");
        (
            prop::collection::vec((line, decoration), 0..8),
            "[ \t\r\n]{0,6}",
            any::<bool>(),
        )
            .prop_map(|(lines, tail, lone_cr)| {
                let plain = lines
                    .iter()
                    .map(|(text, _)| text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut noisy = String::new();
                for (index, (text, (ending, spaces))) in lines.iter().enumerate() {
                    if index > 0 {
                        noisy.push_str(if lone_cr { "\r" } else { ending });
                    }
                    noisy.push_str(text);
                    noisy.push_str(spaces);
                }
                noisy.push_str(&tail);
                (plain, noisy)
            })
    }

    proptest! {
        #[test]
        fn text_without_square_brackets_is_one_agreed_segment(body in "[^\\[\\]]{0,200}") {
            let parsed = parse(&body).expect("the text parses");
            if body.is_empty() {
                prop_assert!(parsed.segments.is_empty());
            } else {
                prop_assert_eq!(parsed.segments, vec![Segment::Agreed(body.clone())]);
            }
        }

        #[test]
        fn canonical_is_idempotent(body in "(\\PC|[ \t\r\n]){0,200}") {
            let once = canonical(&body);
            prop_assert_eq!(canonical(&once), once.clone());
            prop_assert!(!once.contains('\r'));
            prop_assert!(!once.ends_with('\n'));
            prop_assert!(once.split('\n').all(|line| !line.ends_with([' ', '\t'])));
        }

        #[test]
        fn line_endings_and_trailing_spaces_do_not_change_the_hash(
            (plain, noisy) in lines_with_line_endings_and_trailing_noise()
        ) {
            prop_assert_eq!(canonical(&plain), canonical(&noisy));
            prop_assert_eq!(content_hash(&plain), content_hash(&noisy));
        }

        #[test]
        fn parse_never_panics_and_reports_errors_in_order(body in "([\\[\\]{}|,]|[A-Z ]|\\PC|\n){0,80}") {
            match parse(&body) {
                Ok(parsed) => {
                    for (index, bracket) in parsed.open_brackets().into_iter().enumerate() {
                        prop_assert_eq!(bracket.number, index + 1);
                        prop_assert!(bracket.alternatives.iter().any(|a| !a.is_empty()));
                    }
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    let in_order = errors.windows(2).all(|pair| {
                        (pair[0].line, pair[0].column) <= (pair[1].line, pair[1].column)
                    });
                    prop_assert!(in_order);
                }
            }
        }

        #[test]
        fn agreed_text_around_a_bracket_is_kept_exactly(
            before in "[^\\[\\]\r]{0,40}",
            after in "[^\\[\\]]{0,40}",
            first in "[a-zA-Zа-я ]{0,10}[a-zA-Zа-я]",
            second in "[a-zA-Zа-я ]{0,10}",
        ) {
            let body = format!("{before}[[{{KZ}}{first}||{second}]]{after}");
            let parsed = parse(&body).expect("the text parses");
            let agreed: String = parsed.segments.iter().filter_map(|segment| match segment {
                Segment::Agreed(text) => Some(text.as_str()),
                Segment::Bracket(_) => None,
            }).collect();
            prop_assert_eq!(agreed, format!("{before}{after}"));
            let found = parsed.open_brackets();
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(&found[0].alternatives, &vec![first.trim().to_owned(), second.trim().to_owned()]);
            prop_assert_eq!(found[0].column, before.rsplit('\n').next().map_or(0, |line| line.chars().count()) + 1);
        }
    }
}
