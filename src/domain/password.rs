//! The rule for a new password. Hashing is done elsewhere (it is I/O-heavy CPU work); this
//! only decides whether a chosen password is acceptable.

use std::fmt;

use thiserror::Error;

use super::characters::{check_secret, CharacterError};

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 1024;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("must be at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("must be at most {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("{0}")]
    Characters(#[from] CharacterError),
}

/// A password that meets the installation's rule. Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(text: &str) -> Result<Self, PasswordError> {
        let count = text.chars().count();
        if count < MIN_PASSWORD_CHARS {
            return Err(PasswordError::TooShort);
        }
        if count > MAX_PASSWORD_CHARS {
            return Err(PasswordError::TooLong);
        }
        check_secret(text)?;
        Ok(Self(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
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
    fn eleven_characters_are_too_few_and_twelve_are_enough() {
        assert_eq!(
            NewPassword::parse("abcdefghijk"),
            Err(PasswordError::TooShort)
        );
        assert!(NewPassword::parse("abcdefghijkl").is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(NewPassword::parse("пароль-длинн").is_ok());
    }

    #[test]
    fn a_password_with_a_control_character_could_never_be_typed_again() {
        assert!(matches!(
            NewPassword::parse("correct horse\u{0}battery"),
            Err(PasswordError::Characters(_))
        ));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let password = NewPassword::parse("correct horse battery").expect("valid");
        assert!(!format!("{password:?}").contains("horse"));
    }
}
