//! The rule for a new password. Hashing is done elsewhere (it is I/O-heavy CPU work); this
//! only decides whether a chosen password is acceptable: long enough, and not easy to guess
//! by the strength estimate of `zxcvbn` (which knows common passwords, words, names, keyboard
//! patterns, dates and sequences), counting the person's own username and name as words an
//! attacker would try first.

use std::fmt;

use thiserror::Error;
use zxcvbn::Score;

use super::characters::{check_secret, CharacterError};
use super::message::{Explain, Message};

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// `zxcvbn`'s score 3 means an offline attacker needs more than about 10^8 guesses (a
/// throttled online one, years); below that a password is refused.
const MIN_SCORE: Score = Score::Three;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("must be at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("must be at most {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("{0}")]
    Characters(#[from] CharacterError),
    /// The advice is `zxcvbn`'s feedback, e.g. "this is similar to a commonly used password".
    #[error("is too easy to guess{}", advice_suffix(.advice))]
    TooEasyToGuess { advice: Vec<Hint> },
}

fn advice_suffix(advice: &[Hint]) -> String {
    if advice.is_empty() {
        String::new()
    } else {
        let english: Vec<&str> = advice.iter().map(|hint| hint.english.as_str()).collect();
        format!(": {}", english.join("; "))
    }
}

impl Explain for PasswordError {
    fn message(&self) -> Message {
        match self {
            PasswordError::TooShort => {
                Message::new("error-password-too-short").with("min", MIN_PASSWORD_CHARS)
            }
            PasswordError::TooLong => {
                Message::new("error-password-too-long").with("max", MAX_PASSWORD_CHARS)
            }
            PasswordError::Characters(error) => error.message(),
            PasswordError::TooEasyToGuess { advice } if advice.is_empty() => {
                Message::new("error-password-too-easy")
            }
            PasswordError::TooEasyToGuess { advice } => {
                let hints: Vec<Message> = advice.iter().map(|hint| Message::new(hint.id)).collect();
                Message::new("error-password-too-easy-advice").with("advice", hints)
            }
        }
    }
}

/// One piece of `zxcvbn`'s advice: its message, and its English for logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    id: &'static str,
    english: String,
}

impl Hint {
    fn warning(warning: zxcvbn::feedback::Warning) -> Self {
        use zxcvbn::feedback::Warning as W;
        let id = match warning {
            W::StraightRowsOfKeysAreEasyToGuess => "error-password-hint-straight-rows",
            W::ShortKeyboardPatternsAreEasyToGuess => "error-password-hint-short-keyboard-patterns",
            W::RepeatsLikeAaaAreEasyToGuess => "error-password-hint-repeats-like-aaa",
            W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
                "error-password-hint-repeats-like-abcabc"
            }
            W::ThisIsATop10Password => "error-password-hint-top-10",
            W::ThisIsATop100Password => "error-password-hint-top-100",
            W::ThisIsACommonPassword => "error-password-hint-very-common",
            W::ThisIsSimilarToACommonlyUsedPassword => "error-password-hint-similar-to-common",
            W::SequencesLikeAbcAreEasyToGuess => "error-password-hint-sequences-like-abc",
            W::RecentYearsAreEasyToGuess => "error-password-hint-recent-years",
            W::AWordByItselfIsEasyToGuess => "error-password-hint-a-word-by-itself",
            W::DatesAreOftenEasyToGuess => "error-password-hint-dates",
            W::NamesAndSurnamesByThemselvesAreEasyToGuess => {
                "error-password-hint-names-by-themselves"
            }
            W::CommonNamesAndSurnamesAreEasyToGuess => "error-password-hint-common-names",
        };
        Hint {
            id,
            english: sentence(&warning.to_string()),
        }
    }

    fn suggestion(suggestion: zxcvbn::feedback::Suggestion) -> Self {
        use zxcvbn::feedback::Suggestion as S;
        let id = match suggestion {
            S::UseAFewWordsAvoidCommonPhrases => "error-password-hint-use-a-few-words",
            S::NoNeedForSymbolsDigitsOrUppercaseLetters => {
                "error-password-hint-no-need-for-symbols"
            }
            S::AddAnotherWordOrTwo => "error-password-hint-add-another-word",
            S::CapitalizationDoesntHelpVeryMuch => "error-password-hint-capitalization",
            S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
                "error-password-hint-all-uppercase"
            }
            S::ReversedWordsArentMuchHarderToGuess => "error-password-hint-reversed-words",
            S::PredictableSubstitutionsDontHelpVeryMuch => "error-password-hint-substitutions",
            S::UseALongerKeyboardPatternWithMoreTurns => {
                "error-password-hint-longer-keyboard-pattern"
            }
            S::AvoidRepeatedWordsAndCharacters => "error-password-hint-avoid-repeats",
            S::AvoidSequences => "error-password-hint-avoid-sequences",
            S::AvoidRecentYears => "error-password-hint-avoid-recent-years",
            S::AvoidYearsThatAreAssociatedWithYou => "error-password-hint-avoid-your-years",
            S::AvoidDatesAndYearsThatAreAssociatedWithYou => "error-password-hint-avoid-your-dates",
        };
        Hint {
            id,
            english: sentence(&suggestion.to_string()),
        }
    }

    /// What to do when `zxcvbn` has no advice of its own.
    fn fallback() -> Self {
        Hint {
            id: "error-password-hint-fallback",
            english: "add another word or two; uncommon words are better".to_owned(),
        }
    }
}

/// A password that meets the installation's rule. Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    /// `user_inputs` are words about the person (their username and display name, where
    /// known) that make a password built from them easy to guess for this account.
    pub fn parse(text: &str, user_inputs: &[&str]) -> Result<Self, PasswordError> {
        let count = text.chars().count();
        if count < MIN_PASSWORD_CHARS {
            return Err(PasswordError::TooShort);
        }
        if count > MAX_PASSWORD_CHARS {
            return Err(PasswordError::TooLong);
        }
        check_secret(text)?;
        let estimate = zxcvbn::zxcvbn(text, &words_of(user_inputs));
        if estimate.score() < MIN_SCORE {
            return Err(PasswordError::TooEasyToGuess {
                advice: advice(estimate.feedback()),
            });
        }
        Ok(Self(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The inputs and each of their words ("kz.envoy" also as "kz" and "envoy", "Special
/// Representative of Kazakhstan" also word by word), since a password may reuse any part.
fn words_of<'a>(user_inputs: &[&'a str]) -> Vec<&'a str> {
    let mut words = Vec::new();
    for input in user_inputs {
        words.push(*input);
        words.extend(
            input
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| word.chars().count() >= 3),
        );
    }
    words
}

/// `zxcvbn`'s warning and suggestions, each a lowercase message without a trailing period
/// in the style of the other field messages.
fn advice(feedback: Option<&zxcvbn::feedback::Feedback>) -> Vec<Hint> {
    let Some(feedback) = feedback else {
        return vec![Hint::fallback()];
    };
    let mut hints = Vec::new();
    if let Some(warning) = feedback.warning() {
        hints.push(Hint::warning(warning));
    }
    hints.extend(feedback.suggestions().iter().copied().map(Hint::suggestion));
    if hints.is_empty() {
        hints.push(Hint::fallback());
    }
    hints
}

/// "Add another word or two. Uncommon words are better." → "add another word or two,
/// uncommon words are better".
fn sentence(text: &str) -> String {
    text.trim()
        .trim_end_matches('.')
        .split(". ")
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(", ")
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_characters_are_too_few_even_when_random() {
        assert_eq!(
            NewPassword::parse("q7#Vx!2mK@p", &[]),
            Err(PasswordError::TooShort)
        );
        assert!(NewPassword::parse("q7#Vx!2mK@pZ", &[]).is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert_eq!(
            NewPassword::parse("пароль-длин", &[]),
            Err(PasswordError::TooShort)
        );
    }

    #[test]
    fn a_common_password_with_digits_is_refused_with_advice() {
        let refused = NewPassword::parse("password1234", &[]);
        let Err(error @ PasswordError::TooEasyToGuess { .. }) = &refused else {
            panic!("password1234 was not refused: {refused:?}");
        };
        let message = error.to_string();
        assert!(
            message.starts_with("is too easy to guess: this is a very common password"),
            "{message}"
        );
        assert!(!message.ends_with('.'), "{message}");
    }

    #[test]
    fn keyboard_rows_and_repeats_are_refused() {
        for weak in [
            "qwertyuiopasdf",
            "aaaaaaaaaaaaaaaa",
            "abcdefghijkl",
            "123456789012",
        ] {
            assert!(
                matches!(
                    NewPassword::parse(weak, &[]),
                    Err(PasswordError::TooEasyToGuess { .. })
                ),
                "{weak} was accepted"
            );
        }
    }

    #[test]
    fn a_password_made_of_the_persons_own_username_is_refused_for_them_only() {
        let inputs = ["kz.envoy", "Special Representative of Kazakhstan"];
        assert!(matches!(
            NewPassword::parse("kz.envoy.2024", &inputs),
            Err(PasswordError::TooEasyToGuess { .. })
        ));
        assert!(NewPassword::parse("kz.envoy.2024", &["uz.envoy"]).is_ok());
    }

    #[test]
    fn a_few_uncommon_words_pass() {
        assert!(NewPassword::parse("correct horse battery staple", &[]).is_ok());
        assert!(NewPassword::parse("Tashkent-orchard-lantern-42", &["uz.envoy"]).is_ok());
    }

    #[test]
    fn a_password_with_a_control_character_could_never_be_typed_again() {
        assert!(matches!(
            NewPassword::parse("correct horse\u{0}battery staple", &[]),
            Err(PasswordError::Characters(_))
        ));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let password = NewPassword::parse("correct horse battery staple", &[]).expect("valid");
        assert!(!format!("{password:?}").contains("horse"));
    }

    #[test]
    fn advice_reads_as_one_lowercase_message() {
        assert_eq!(
            sentence("Add another word or two. Uncommon words are better."),
            "add another word or two, uncommon words are better"
        );
    }
}
