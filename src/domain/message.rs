//! A message for a person, named rather than written: the rules say *which* message (a
//! Fluent identifier such as `error-name-empty`) and with what values, and the layer that
//! answers the person writes it in their language (`i18n::Locale::message`). This keeps the
//! domain free of any language while every refusal still says exactly what went wrong.
//!
//! The English wording lives in `locales/en/errors.ftl`; an error's `Display` (thiserror)
//! stays English for logs and says the same thing.

use std::fmt;

use jiff::Timestamp;

/// A message identifier with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, MessageArg)>,
}

/// One value of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    /// Text written as it is: a party code, a title someone entered, a version number's
    /// neighbour. Also the key a message's selector chooses by (`{ $kind -> [silence] … }`).
    Text(String),
    /// A count or a number, which also chooses a plural form.
    Integer(i64),
    /// An instant, which the language writes its way.
    Instant(Timestamp),
    /// Another message, written in the same language first (a refusal that quotes why).
    Message(Box<Message>),
    /// Several messages, each written in the same language, one after another.
    Messages(Vec<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more value: `Message::new("error-x").with("party", code)`.
    pub fn with(mut self, name: &'static str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, MessageArg)] {
        &self.args
    }
}

/// For logs and test failures: the identifier and its values, never a translation.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)?;
        for (index, (name, value)) in self.args.iter().enumerate() {
            let open = if index == 0 { " (" } else { ", " };
            write!(f, "{open}{name}: {value}")?;
        }
        if !self.args.is_empty() {
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl fmt::Display for MessageArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageArg::Text(text) => f.write_str(text),
            MessageArg::Integer(number) => write!(f, "{number}"),
            MessageArg::Instant(at) => write!(f, "{at}"),
            MessageArg::Message(message) => write!(f, "{message}"),
            MessageArg::Messages(messages) => {
                let parts: Vec<String> = messages.iter().map(ToString::to_string).collect();
                f.write_str(&parts.join("; "))
            }
        }
    }
}

/// An error that can tell a person what went wrong, as a message of its own.
pub trait Explain {
    fn message(&self) -> Message;
}

impl Explain for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        MessageArg::Text(text.to_owned())
    }
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        MessageArg::Text(text)
    }
}

impl From<&String> for MessageArg {
    fn from(text: &String) -> Self {
        MessageArg::Text(text.clone())
    }
}

impl From<i64> for MessageArg {
    fn from(number: i64) -> Self {
        MessageArg::Integer(number)
    }
}

impl From<u32> for MessageArg {
    fn from(number: u32) -> Self {
        MessageArg::Integer(i64::from(number))
    }
}

impl From<usize> for MessageArg {
    fn from(number: usize) -> Self {
        MessageArg::Integer(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<u64> for MessageArg {
    fn from(number: u64) -> Self {
        MessageArg::Integer(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl From<Timestamp> for MessageArg {
    fn from(at: Timestamp) -> Self {
        MessageArg::Instant(at)
    }
}

impl From<Message> for MessageArg {
    fn from(message: Message) -> Self {
        MessageArg::Message(Box::new(message))
    }
}

impl From<Vec<Message>> for MessageArg {
    fn from(messages: Vec<Message>) -> Self {
        MessageArg::Messages(messages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_shows_its_identifier_and_values_in_logs() {
        let message = Message::new("error-group-party-twice")
            .with("party", "KZ")
            .with("times", 2_i64);
        assert_eq!(
            message.to_string(),
            "error-group-party-twice (party: KZ, times: 2)"
        );
        assert_eq!(
            Message::new("error-name-empty").to_string(),
            "error-name-empty"
        );
    }
}
