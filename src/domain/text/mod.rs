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
use super::message::{Explain, Message};
use super::names::{NameError, PartyCode};

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
    InvalidHolder { code: String, reason: NameError },
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

impl Explain for BracketErrorKind {
    fn message(&self) -> Message {
        match self {
            Self::Unclosed => Message::new("error-text-bracket-unclosed"),
            Self::StrayClose => Message::new("error-text-bracket-stray-close"),
            Self::Nested => Message::new("error-text-bracket-nested"),
            Self::HolderListUnclosed => Message::new("error-text-holder-list-unclosed"),
            Self::HolderListEmpty => Message::new("error-text-holder-list-empty"),
            Self::InvalidHolder { code, .. } if code.is_empty() => {
                Message::new("error-text-holder-list-empty-entry")
            }
            Self::InvalidHolder { code, reason } => Message::new("error-text-holder-not-a-party")
                .with("code", code)
                .with("reason", reason.message()),
            Self::Empty => Message::new("error-text-bracket-empty"),
        }
    }
}

impl Explain for BracketError {
    fn message(&self) -> Message {
        Message::new("error-text-bracket-at")
            .with("line", self.line)
            .with("column", self.column)
            .with("problem", self.kind.message())
    }
}

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

/// A bracket still open, as [`describe`] names it, as a message for a person reading in
/// their language (a version with one cannot go to a decision yet).
pub fn open_bracket_message(bracket: &Bracket) -> Message {
    let id = if bracket.holders.is_empty() {
        "error-text-open-bracket"
    } else {
        "error-text-open-bracket-held"
    };
    let holders: Vec<&str> = bracket.holders.iter().map(PartyCode::as_str).collect();
    let mut alternatives: Vec<Message> = bracket
        .alternatives
        .iter()
        .map(|alternative| {
            if alternative.is_empty() {
                Message::new("error-text-alternative-nothing")
            } else {
                Message::new("error-text-alternative").with("text", shortened(alternative))
            }
        })
        .collect();
    let choice = match alternatives.pop() {
        None => Message::new("error-text-alternative-nothing"),
        Some(last) if alternatives.is_empty() => last,
        Some(last) => {
            let mut rest = alternatives.into_iter();
            let listed = rest.next().map(|first| {
                rest.fold(first, |list, next| {
                    Message::new("error-text-list")
                        .with("first", list)
                        .with("next", next)
                })
            });
            match listed {
                Some(listed) => Message::new("error-text-choice")
                    .with("first", listed)
                    .with("last", last),
                None => last,
            }
        }
    };
    Message::new(id)
        .with("number", bracket.number)
        .with("line", bracket.line)
        .with("column", bracket.column)
        .with("holders", holders.join(", "))
        .with("alternatives", choice)
}

/// An alternative on one line, shortened (with "…") if long.
fn shortened(alternative: &str) -> String {
    let one_line = alternative.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= DESCRIBE_MAX_CHARS {
        one_line
    } else {
        let start: String = one_line.chars().take(DESCRIBE_MAX_CHARS).collect();
        format!("{}…", start.trim_end())
    }
}

/// An alternative on one line, shortened if long; an empty one is the choice to delete.
fn quote_alternative(alternative: &str) -> String {
    if alternative.is_empty() {
        return "nothing".to_owned();
    }
    format!("“{}”", shortened(alternative))
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
                            reason: error,
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

pub mod drafting;

#[cfg(test)]
mod tests;
