//! Comments on a paper or a text (DOMAIN.md §1: every member delegation's people comment;
//! §2: a comment inherits the marking of what it is on). A comment has no marking of its own:
//! whoever sees its paper or text sees it, and nobody else, now and after any widening.
//!
//! Comments form threads: a comment may answer another one on the same paper or text. Its
//! author may withdraw it; the withdrawal is journaled and shown in its place, and nothing is
//! ever deleted from the record.

use std::collections::HashMap;

use super::characters;
use super::ids::{CommentId, PaperId, TextId};
use super::message::{Explain, Message};
use super::validation::ValidationErrors;

/// The longest comment, in characters: a comment is a note in a discussion, not a paper.
pub const MAX_COMMENT_CHARS: usize = 10_000;

/// How deep a thread is drawn indented; answers deeper than this are drawn at this depth,
/// still in their thread's order.
pub const MAX_DRAWN_DEPTH: usize = 4;

/// What a comment is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommentSubject {
    Paper(PaperId),
    Text(TextId),
}

/// A comment as its author wrote it, before the rules.
#[derive(Debug, Clone)]
pub struct CommentDraft {
    pub body: String,
    pub reply_to: Option<CommentId>,
}

/// A comment that passed every rule: its body with its line endings unified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedComment {
    pub body: String,
    pub reply_to: Option<CommentId>,
}

/// The comment a draft answers, as the store found it (if it exists at all).
#[derive(Debug, Clone, Copy)]
pub struct Answered {
    pub subject: CommentSubject,
    pub withdrawn: bool,
}

impl CommentDraft {
    /// Checks the draft for `subject`: prose characters, something written, not too long;
    /// an answer only to a standing comment on the same paper or text. Every problem is
    /// reported at once, each on its field.
    pub fn check(
        self,
        subject: CommentSubject,
        answered: Option<Answered>,
    ) -> Result<CheckedComment, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let body = match characters::prose(&self.body) {
            Err(error) => {
                errors.add("body", error.message());
                None
            }
            Ok(body) if body.trim().is_empty() => {
                errors.add("body", Message::new("error-comment-empty"));
                None
            }
            Ok(body) if body.chars().count() > MAX_COMMENT_CHARS => {
                errors.add(
                    "body",
                    Message::new("error-comment-too-long").with("max", MAX_COMMENT_CHARS),
                );
                None
            }
            Ok(body) => Some(body),
        };
        if self.reply_to.is_some() {
            match answered {
                Some(answered) if answered.subject != subject => {
                    errors.add("reply_to", Message::new("error-comment-reply-elsewhere"))
                }
                None => errors.add("reply_to", Message::new("error-comment-reply-elsewhere")),
                Some(answered) if answered.withdrawn => {
                    errors.add("reply_to", Message::new("error-comment-reply-withdrawn"))
                }
                Some(_) => {}
            }
        }
        errors.into_result()?;
        Ok(CheckedComment {
            body: body.unwrap_or_default(),
            reply_to: self.reply_to,
        })
    }
}

/// Why a comment cannot be withdrawn now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlreadyWithdrawn;

impl Explain for AlreadyWithdrawn {
    fn message(&self) -> Message {
        Message::new("error-comment-already-withdrawn")
    }
}

/// A comment is withdrawn once; withdrawing it again would write a second entry saying
/// nothing new.
pub fn check_withdrawal(already_withdrawn: bool) -> Result<(), AlreadyWithdrawn> {
    if already_withdrawn {
        Err(AlreadyWithdrawn)
    } else {
        Ok(())
    }
}

/// One comment's place in a list of threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// Its index in the list given to [`threads`].
    pub index: usize,
    /// 0 for a comment that starts a thread, 1 for an answer to it, and so on, drawn at
    /// most [`MAX_DRAWN_DEPTH`].
    pub depth: usize,
}

/// Orders comments (given oldest first, as `(id, reply_to)`) into threads: each thread after
/// the one started before it, each answer right after what it answers and after the earlier
/// answers to the same comment. An answer to a comment not in the list (which the store does
/// not produce) starts a thread of its own rather than being lost.
pub fn threads(comments: &[(CommentId, Option<CommentId>)]) -> Vec<Placed> {
    let position: HashMap<CommentId, usize> = comments
        .iter()
        .enumerate()
        .map(|(index, (id, _))| (*id, index))
        .collect();
    let mut answers: Vec<Vec<usize>> = vec![Vec::new(); comments.len()];
    let mut roots = Vec::new();
    for (index, (_, reply_to)) in comments.iter().enumerate() {
        match reply_to.and_then(|parent| position.get(&parent)) {
            Some(&parent) if parent < index => answers[parent].push(index),
            _ => roots.push(index),
        }
    }
    let mut placed = Vec::with_capacity(comments.len());
    // Depth first without recursion: a long chain of answers cannot exhaust the stack.
    let mut stack: Vec<(usize, usize)> = roots.into_iter().rev().map(|i| (i, 0)).collect();
    while let Some((index, depth)) = stack.pop() {
        placed.push(Placed {
            index,
            depth: depth.min(MAX_DRAWN_DEPTH),
        });
        stack.extend(answers[index].iter().rev().map(|&i| (i, depth + 1)));
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn draft(body: &str, reply_to: Option<i64>) -> CommentDraft {
        CommentDraft {
            body: body.to_owned(),
            reply_to: reply_to.map(CommentId::new),
        }
    }

    const PAPER: CommentSubject = CommentSubject::Paper(PaperId::new(1));

    #[test]
    fn a_comment_keeps_its_words_with_its_line_endings_unified() {
        let checked = draft("Согласны.\r\nСм. п. 2.", None)
            .check(PAPER, None)
            .expect("valid");
        assert_eq!(checked.body, "Согласны.\nСм. п. 2.");
    }

    #[test]
    fn an_empty_an_overlong_or_a_controlled_comment_is_refused_on_its_body() {
        for body in [
            " \n\t".to_owned(),
            "я".repeat(MAX_COMMENT_CHARS + 1),
            "a\u{0}b".into(),
        ] {
            let errors = draft(&body, None).check(PAPER, None).expect_err("refused");
            assert!(errors.message_for("body").is_some(), "{body:?}");
        }
        assert!(draft(&"я".repeat(MAX_COMMENT_CHARS), None)
            .check(PAPER, None)
            .is_ok());
    }

    #[test]
    fn an_answer_must_answer_a_standing_comment_on_the_same_paper() {
        let here = Answered {
            subject: PAPER,
            withdrawn: false,
        };
        assert!(draft("Yes.", Some(4)).check(PAPER, Some(here)).is_ok());
        let elsewhere = Answered {
            subject: CommentSubject::Text(TextId::new(1)),
            withdrawn: false,
        };
        for answered in [None, Some(elsewhere)] {
            let errors = draft("Yes.", Some(4))
                .check(PAPER, answered)
                .expect_err("elsewhere");
            assert_eq!(
                errors.message_for("reply_to"),
                Some(&Message::new("error-comment-reply-elsewhere"))
            );
        }
        let withdrawn = Answered {
            subject: PAPER,
            withdrawn: true,
        };
        let errors = draft("", Some(4))
            .check(PAPER, Some(withdrawn))
            .expect_err("withdrawn");
        assert!(errors.message_for("body").is_some());
        assert_eq!(
            errors.message_for("reply_to"),
            Some(&Message::new("error-comment-reply-withdrawn"))
        );
    }

    #[test]
    fn a_comment_is_withdrawn_once() {
        assert_eq!(check_withdrawal(false), Ok(()));
        assert_eq!(check_withdrawal(true), Err(AlreadyWithdrawn));
    }

    fn id(raw: i64) -> CommentId {
        CommentId::new(raw)
    }

    #[test]
    fn answers_follow_what_they_answer_in_the_order_they_were_written() {
        // 1 starts a thread; 2 starts another; 3 answers 1; 4 answers 3; 5 answers 1.
        let comments = [
            (id(1), None),
            (id(2), None),
            (id(3), Some(id(1))),
            (id(4), Some(id(3))),
            (id(5), Some(id(1))),
        ];
        let order: Vec<(i64, usize)> = threads(&comments)
            .into_iter()
            .map(|p| (comments[p.index].0.get(), p.depth))
            .collect();
        assert_eq!(order, [(1, 0), (3, 1), (4, 2), (5, 1), (2, 0)]);
    }

    #[test]
    fn a_long_chain_of_answers_is_drawn_no_deeper_than_the_limit() {
        let comments: Vec<_> = (1..=2_000)
            .map(|n| (id(n), (n > 1).then(|| id(n - 1))))
            .collect();
        let placed = threads(&comments);
        assert_eq!(placed.len(), 2_000);
        assert!(placed.iter().all(|p| p.depth <= MAX_DRAWN_DEPTH));
        assert_eq!(placed.last().map(|p| p.index), Some(1_999));
    }

    proptest! {
        /// Every comment is shown exactly once, and never before the comment it answers.
        #[test]
        fn every_comment_is_placed_once_after_what_it_answers(
            parents in proptest::collection::vec(proptest::option::of(0usize..40), 0..40)
        ) {
            let comments: Vec<_> = parents
                .iter()
                .enumerate()
                .map(|(i, parent)| {
                    let reply_to = parent.filter(|p| *p < i).map(|p| id(p as i64 + 1));
                    (id(i as i64 + 1), reply_to)
                })
                .collect();
            let placed = threads(&comments);
            let mut seen = vec![false; comments.len()];
            for p in &placed {
                prop_assert!(!seen[p.index]);
                if let Some(parent) = comments[p.index].1 {
                    prop_assert!(seen[(parent.get() - 1) as usize]);
                }
                seen[p.index] = true;
            }
            prop_assert!(seen.into_iter().all(|s| s));
        }
    }
}
