//! Field-level validation errors, collected so that a form or a JSON body reports every
//! problem at once rather than the first one. Each says what is wrong as a [`Message`],
//! which the answering layer writes in the person's language.

use std::fmt;

use super::message::{Explain, Message};

/// One input field that failed to parse, with a message a person understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

/// Every field error of one input. Empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors(Vec<FieldError>);

impl ValidationErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, message: impl Into<Message>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn add(&mut self, field: &str, message: impl Into<Message>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message: message.into(),
        });
    }

    /// Parses one field, remembering its error and returning `None` when it fails, so that
    /// a constructor can parse all fields before deciding.
    pub fn check<T, E: Explain>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(field, error.message());
                None
            }
        }
    }

    /// Like `check`, for a part of the input that reports its own field errors.
    pub fn check_all<T>(&mut self, result: Result<T, ValidationErrors>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(more) => {
                self.0.extend(more.0);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn fields(&self) -> &[FieldError] {
        &self.0
    }

    /// What is wrong with `field`, if anything; pages write it in the person's language.
    pub fn message_for(&self, field: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|error| error.field == field)
            .map(|error| &error.message)
    }

    /// `Ok(())` when nothing failed, so callers can end a parse with `errors.into_result()?`.
    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// For logs: each field with its message's identifier (`title: error-name-empty`).
impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|error| format!("{}: {}", error.field, error.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for ValidationErrors {}
