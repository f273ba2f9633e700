//! How values sit in columns, written once for sqlx's `Any` driver, so that row structs can
//! derive `FromRow` and read domain types straight from their columns.
//!
//! `Any` knows only integers, floats, text, blobs and booleans, and PostgreSQL's BIGINT and
//! SQLite's INTEGER both arrive as integers; every form below is built on those two. A value
//! that no longer parses fails the row with sqlx's `ColumnDecode`, which `StoreError` turns
//! into `Corrupt` naming the column: it means the database was edited behind the
//! application's back.
//!
//! Foreign types get a small wrapper (`Micros` for `jiff::Timestamp`, `Flag` for `bool`,
//! `Count` for `u32`); the crate's own ids, codes, names, enums and `Hash32` get the traits
//! directly. The impls live here, in the store, so the domain itself never names sqlx.

use std::borrow::Cow;

use jiff::civil::Date;
use jiff::Timestamp;
use rust_decimal::Decimal;
use sqlx::any::{AnyTypeInfo, AnyValueRef};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Any, Database, Decode, Encode, Type};

use super::amendments::AmendmentState;
use crate::domain::agreement::AgreementStatus;
use crate::domain::document::{LanguageStatus, LanguageTag, TextKind};
use crate::domain::figures::{Currency, Flow, IndicatorCode};
use crate::domain::ids::Id;
use crate::domain::journal::Hash32;
use crate::domain::mail::EmailAddress;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::meeting::{MeetingFormat, MeetingStatus};
use crate::domain::names::{GroupCode, Label, Note, PartyCode, Username};
use crate::domain::paper::PaperKind;
use crate::domain::procedure::{OutcomeKind, ProcedureKind};
use crate::domain::roadmap::LineStatus;
use crate::domain::role::{Role, Standing};
use crate::domain::time::ZoneName;
use crate::domain::track::TrackCode;

/// Where a bound value is written (`AnyArgumentBuffer`, which `sqlx::any` does not re-export).
type Buffer<'q> = <Any as Database>::ArgumentBuffer<'q>;

/// An instant, stored as BIGINT microseconds since the Unix epoch, UTC: the one time form
/// both backends compare and order alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Micros(pub Timestamp);

/// A flag, stored as a BIGINT 0 or 1 (SQLite has no boolean; PostgreSQL's would be a
/// second form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Flag(pub bool);

/// A count or ordinal that the domain keeps as `u32`, stored as BIGINT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Count(pub u32);

/// Declares a column type as one of `Any`'s own, delegating the type check to it.
macro_rules! stored_as {
    ($base:ty => $($ty:ty),+ $(,)?) => {$(
        impl Type<Any> for $ty {
            fn type_info() -> AnyTypeInfo {
                <$base as Type<Any>>::type_info()
            }

            fn compatible(ty: &AnyTypeInfo) -> bool {
                <$base as Type<Any>>::compatible(ty)
            }
        }
    )+};
}

stored_as!(i64 => Micros, Flag, Count);

impl<K> Type<Any> for Id<K> {
    fn type_info() -> AnyTypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <i64 as Type<Any>>::compatible(ty)
    }
}

/// Reads the integer beneath an integer-backed column.
fn integer(value: AnyValueRef<'_>) -> Result<i64, BoxDynError> {
    <i64 as Decode<Any>>::decode(value)
}

/// Writes an integer-backed column.
fn put_integer(number: i64, buf: &mut Buffer<'_>) -> Result<IsNull, BoxDynError> {
    <i64 as Encode<Any>>::encode(number, buf)
}

impl<'r> Decode<'r, Any> for Micros {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Micros(Timestamp::from_microsecond(integer(value)?)?))
    }
}

impl<'q> Encode<'q, Any> for Micros {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_integer(self.0.as_microsecond(), buf)
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        match integer(value)? {
            0 => Ok(Flag(false)),
            1 => Ok(Flag(true)),
            other => Err(format!("{other} is not a flag (0 or 1)").into()),
        }
    }
}

impl<'q> Encode<'q, Any> for Flag {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_integer(i64::from(self.0), buf)
    }
}

impl<'r> Decode<'r, Any> for Count {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Count(u32::try_from(integer(value)?)?))
    }
}

impl<'q> Encode<'q, Any> for Count {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_integer(i64::from(self.0), buf)
    }
}

impl<'r, K> Decode<'r, Any> for Id<K> {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Id::new(integer(value)?))
    }
}

impl<'q, K> Encode<'q, Any> for Id<K> {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_integer(self.get(), buf)
    }
}

/// Reads the text beneath a text-backed column.
fn text(value: AnyValueRef<'_>) -> Result<String, BoxDynError> {
    <String as Decode<Any>>::decode(value)
}

/// Writes a text-backed column.
fn put_text<'q>(
    text: impl Into<Cow<'q, str>>,
    buf: &mut Buffer<'q>,
) -> Result<IsNull, BoxDynError> {
    match text.into() {
        Cow::Borrowed(text) => <&str as Encode<Any>>::encode(text, buf),
        Cow::Owned(text) => <String as Encode<Any>>::encode(text, buf),
    }
}

/// Text columns holding a name or code, read back with its parser (names by the looser rule
/// for the record, so that a name written under older rules still reads).
macro_rules! text_column {
    ($($ty:ty => $parse:expr),+ $(,)?) => {$(
        stored_as!(String => $ty);

        impl<'r> Decode<'r, Any> for $ty {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                Ok($parse(&text(value)?)?)
            }
        }

        impl<'q> Encode<'q, Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut Buffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                put_text(self.as_str().to_owned(), buf)
            }
        }
    )+};
}

text_column!(
    GroupCode => GroupCode::parse,
    PartyCode => PartyCode::parse,
    Username => Username::parse,
    Label => Label::from_record,
    Note => Note::from_record,
    ZoneName => ZoneName::parse,
    LanguageTag => LanguageTag::parse,
    EmailAddress => EmailAddress::parse,
);

/// Text columns holding one of an enum's stored words (`as_str` and `FromStr`).
macro_rules! enum_column {
    ($($ty:ty),+ $(,)?) => {$(
        stored_as!(String => $ty);

        impl<'r> Decode<'r, Any> for $ty {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                Ok(text(value)?.parse::<$ty>()?)
            }
        }

        impl<'q> Encode<'q, Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut Buffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                put_text(self.as_str(), buf)
            }
        }
    )+};
}

enum_column!(
    Standing,
    Role,
    Classification,
    Distribution,
    MeetingFormat,
    MeetingStatus,
    TextKind,
    LanguageStatus,
    ProcedureKind,
    OutcomeKind,
    AmendmentState,
    PaperKind,
);

stored_as!(String => Hash32);

/// A SHA-256 digest, stored as 64 lowercase hex digits.
impl<'r> Decode<'r, Any> for Hash32 {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Hash32::from_hex(&text(value)?).ok_or_else(|| "not a SHA-256 hex digest".into())
    }
}

impl<'q> Encode<'q, Any> for Hash32 {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_text(self.to_hex(), buf)
    }
}

text_column!(TrackCode => TrackCode::parse, IndicatorCode => IndicatorCode::parse);

/// Text columns holding one of an enum's stored words, read back with its `parse`, which
/// answers `None` for a word no variant writes.
macro_rules! word_column {
    ($($ty:ty),+ $(,)?) => {$(
        stored_as!(String => $ty);

        impl<'r> Decode<'r, Any> for $ty {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                let word = text(value)?;
                <$ty>::parse(&word).ok_or_else(|| format!("{word:?} is not a stored word").into())
            }
        }

        impl<'q> Encode<'q, Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut Buffer<'q>,
            ) -> Result<IsNull, BoxDynError> {
                put_text(self.as_str(), buf)
            }
        }
    )+};
}

word_column!(LineStatus, AgreementStatus, Flow);

/// A calendar day, stored as ISO 8601 text (`2025-08-26`), which sorts as it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Day(pub Date);

/// An exact decimal figure, stored as its text (`545200000`, `12.5`): never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Exact(pub Decimal);

stored_as!(String => Day, Exact, Currency);

impl<'r> Decode<'r, Any> for Day {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Day(text(value)?.parse()?))
    }
}

impl<'q> Encode<'q, Any> for Day {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_text(self.0.to_string(), buf)
    }
}

impl<'r> Decode<'r, Any> for Exact {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Exact(text(value)?.parse()?))
    }
}

impl<'q> Encode<'q, Any> for Exact {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_text(self.0.normalize().to_string(), buf)
    }
}

impl<'r> Decode<'r, Any> for Currency {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        Ok(Currency::parse(&text(value)?)?)
    }
}

impl<'q> Encode<'q, Any> for Currency {
    fn encode_by_ref(&self, buf: &mut Buffer<'q>) -> Result<IsNull, BoxDynError> {
        put_text(self.code(), buf)
    }
}
