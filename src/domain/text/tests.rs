//! Tests of `text`: unit tests by sentence and property tests.

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
    assert!(matches!(&found[0].2, BracketErrorKind::InvalidHolder { code, .. } if code == "kz"));
    assert_eq!((found[1].0, found[1].1), (1, 11));
    assert!(
        matches!(&found[1].2, BracketErrorKind::InvalidHolder { code, .. } if code == "Uzbekistan")
    );
    assert!(messages(body)[0]
        .starts_with("line 1, column 8: “kz” in the holder list is not a party code: it must be"));
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
                    reason: crate::domain::names::NameError::Empty
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
    assert!(description.starts_with("bracket 1 (line 1, column 1) held by TJ: “first line word"));
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
