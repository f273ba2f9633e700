//! The OpenAPI shapes of the values clients send, stated as the parsers enforce them (codes,
//! names, labels, notes, passwords, instants, zones, and every closed list of words), so that
//! a client, or a fuzzer, can tell valid input from invalid before sending it. Each is built
//! from the domain's own constants and lists, so the document cannot drift from the rules.
//! Input structs name them with `#[schema(value_type = …)]`; they appear once each under
//! `components/schemas`.

use std::borrow::Cow;

use utoipa::openapi::schema::{
    AnyOfBuilder, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

use crate::domain::agreement::AgreementStatus;
use crate::domain::document::{LanguageStatus, TextKind};
use crate::domain::figures::Flow;
use crate::domain::marking::{Classification, Distribution};
use crate::domain::meeting::{MeetingFormat, MeetingStatus};
use crate::domain::names::{Label, Note};
use crate::domain::password::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS};
use crate::domain::procedure::{Position, ProcedureKind};
use crate::domain::roadmap::LineStatus;
use crate::domain::role::{Role, Standing};

/// Unicode White_Space, the characters Rust's `str::trim` removes, as a regex class body.
pub const WHITE_SPACE: &str =
    r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

/// A regex class body naming `ranges` (each character as `\u` and four hex digits).
fn class(ranges: &[(char, char)]) -> String {
    ranges
        .iter()
        .map(|&(start, end)| match start == end {
            true => format!("\\u{:04x}", u32::from(start)),
            false => format!("\\u{:04x}-\\u{:04x}", u32::from(start), u32::from(end)),
        })
        .collect()
}

/// What a label never holds (`domain::characters::refused_in_labels`), as a class body.
fn refused_in_labels() -> &'static str {
    static CLASS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| class(&crate::domain::characters::refused_in_labels()))
}

/// What prose never holds (`domain::characters::refused_in_prose`), as a class body.
fn refused_in_prose() -> &'static str {
    static CLASS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| class(&crate::domain::characters::refused_in_prose()))
}

/// Prose that is not blank: something neither refused nor white space.
fn non_blank_prose() -> String {
    let refused = refused_in_prose();
    format!("^[^{refused}]*[^{refused}{WHITE_SPACE}][^{refused}]*$")
}

fn string(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
}

fn words(description: &str, words: impl IntoIterator<Item = &'static str>) -> Schema {
    string(description)
        .enum_values(Some(words.into_iter().collect::<Vec<_>>()))
        .build()
        .into()
}

/// Declares a value shape: a marker type whose schema is the given expression.
macro_rules! shape {
    ($(#[$doc:meta])* $marker:ident as $name:literal => $schema:expr) => {
        $(#[$doc])*
        pub struct $marker;

        impl PartialSchema for $marker {
            fn schema() -> RefOr<Schema> {
                RefOr::T($schema)
            }
        }

        impl ToSchema for $marker {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
        }
    };
}

shape!(
    /// `GroupCode::parse`.
    GroupCodeText as "GroupCode" => string("A group's code: 2 to 10 capital letters or digits, starting with a letter.")
        .min_length(Some(2))
        .max_length(Some(10))
        .pattern(Some("^[A-Z][A-Z0-9]{1,9}$"))
        .examples(["CGA"])
        .build()
        .into()
);

shape!(
    /// `PartyCode::parse`.
    PartyCodeText as "PartyCode" => string("A party's code: ISO 3166-1 alpha-2 for a state, up to 8 capital letters for an organisation.")
        .min_length(Some(2))
        .max_length(Some(8))
        .pattern(Some("^[A-Z]{2,8}$"))
        .examples(["KZ"])
        .build()
        .into()
);

shape!(
    /// `Username::parse`.
    UsernameText as "Username" => string("A sign-in name: 2 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit.")
        .min_length(Some(2))
        .max_length(Some(64))
        .pattern(Some("^[a-z0-9][a-z0-9._-]{1,63}$"))
        .examples(["kz.envoy"])
        .build()
        .into()
);

shape!(
    /// `Label::parse`: trimmed, not empty, one line.
    LabelText as "Label" => string("A name or title: one line without control characters, at most 300 characters, not blank.")
        .min_length(Some(1))
        .max_length(Some(Label::MAX))
        .pattern(Some({
            let refused = refused_in_labels();
            format!("^[^{refused}]*[^{refused}{WHITE_SPACE}][^{refused}]*$")
        }))
        .build()
        .into()
);

shape!(
    /// `Note::parse`: may be empty; tabs and line breaks allowed.
    NoteText as "Note" => string("Longer free text: at most 10,000 characters; line breaks and tabs allowed, no other control characters.")
        .max_length(Some(Note::MAX))
        .pattern(Some(format!("^[^{}]*$", refused_in_prose())))
        .build()
        .into()
);

shape!(
    /// `NewPassword::parse` (length in characters, not bytes).
    PasswordText as "Password" => string("A new password: 12 to 1024 characters, no control characters, and not easy to guess (a strength estimate the server applies, with advice when it refuses).")
        .min_length(Some(MIN_PASSWORD_CHARS))
        .max_length(Some(MAX_PASSWORD_CHARS))
        .pattern(Some(r"^[^\u0000-\u001f\u007f-\u009f]*$"))
        .build()
        .into()
);

shape!(
    /// `parse_instant`.
    InstantText as "Instant" => string("An instant, RFC 3339 with its offset, e.g. 2026-03-14T10:00:00Z.")
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
        .examples(["2027-03-10T05:00:00Z"])
        .build()
        .into()
);

shape!(
    /// `ZoneName::parse`: the names of the time zone database the server carries.
    ZoneNameText as "TimeZone" => string("An IANA time zone name (matched without regard to ASCII case).")
        .enum_values(Some(zone_names()))
        .examples(["Asia/Tashkent"])
        .build()
        .into()
);

shape!(
    /// `EmailAddress::parse`: one mailbox, `local@domain.tld`, without a display name.
    EmailText as "EmailAddress" => string("An email address: one mailbox, without a display name, at most 254 characters.")
        .format(Some(utoipa::openapi::SchemaFormat::Custom("email".to_owned())))
        .max_length(Some(crate::domain::mail::EmailAddress::MAX))
        .examples(["kz.envoy@example.org"])
        .build()
        .into()
);

shape!(
    /// `UiLanguage::from_tag`: the interface languages.
    UiLanguageText as "InterfaceLanguage" => words(
        "An interface language of Majlis, as a BCP 47 tag.",
        crate::domain::language::UiLanguage::ALL.map(|language| language.tag()),
    )
);

shape!(
    /// `LanguageTag::parse`.
    LanguageTagText as "LanguageTag" => string("A BCP 47 language tag such as ru, en, fa-AF or uz-Arab.")
        .pattern(Some("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))
        .examples(["ru"])
        .build()
        .into()
);

shape!(
    /// A paper's body (`domain::paper::check_paper_body`): CommonMark, not blank.
    PaperBodyText as "PaperBody" => string("A paper's body in CommonMark: not blank, at most 200,000 characters, no control characters but tabs and line breaks. Shown rendered and sanitised.")
        .min_length(Some(1))
        .max_length(Some(crate::domain::paper::MAX_PAPER_BODY_CHARS))
        .pattern(Some(non_blank_prose()))
        .build()
        .into()
);

shape!(
    /// `domain::search::HitKind`.
    HitKindName as "HitKind" => string("What a search hit is.")
        .enum_values(Some(crate::domain::search::HitKind::ALL.map(|kind| kind.as_str())))
        .build()
        .into()
);

shape!(
    /// A comment's body (`domain::comment::CommentDraft::check`): CommonMark, not blank.
    CommentBodyText as "CommentBody" => string("A comment in CommonMark: not blank, at most 10,000 characters, no control characters but tabs and line breaks. Shown rendered and sanitised.")
        .min_length(Some(1))
        .max_length(Some(crate::domain::comment::MAX_COMMENT_CHARS))
        .pattern(Some(non_blank_prose()))
        .build()
        .into()
);

shape!(
    /// `FileName::parse`: one plain name.
    FileNameText as "FileName" => string("The name a file is saved under: one name without path separators or control characters, at most 255 bytes.")
        .min_length(Some(1))
        .max_length(Some(crate::domain::attachment::MAX_FILE_NAME_BYTES))
        .pattern(Some(format!("^[^/\\\\{}]+$", refused_in_labels())))
        .examples(["background.pdf"])
        .build()
        .into()
);

shape!(
    /// A text's body (`app::texts::check_body`): not blank, brackets well formed.
    BodyText as "TextBody" => string("A text: not blank, at most 200,000 characters; passages not agreed go in brackets, `[[{KZ,UZ} one || other]]`.")
        .min_length(Some(1))
        .max_length(Some(crate::domain::text::drafting::MAX_BODY_CHARS))
        .pattern(Some(non_blank_prose()))
        .build()
        .into()
);

shape!(
    /// A person's title beside a delegation or an attendance (trimmed, may be empty).
    TitleText as "Title" => string("A person's title, e.g. Special Representative for Afghanistan: at most 300 characters.")
        .max_length(Some(Label::MAX))
        .pattern(Some(format!("^[^{}]*$", refused_in_labels())))
        .build()
        .into()
);

shape!(
    /// A reason or statement in a procedure (`domain::procedure::check_text`) or of an
    /// amendment.
    StatementText as "Statement" => string("A statement or reason: not blank, at most 10,000 characters.")
        .min_length(Some(1))
        .max_length(Some(crate::domain::procedure::MAX_TEXT_CHARS))
        .pattern(Some(non_blank_prose()))
        .build()
        .into()
);

shape!(
    /// A reason without a bound of its own (declining an amendment).
    NonBlankText as "NonBlank" => string("Any text that is not blank.")
        .min_length(Some(1))
        .pattern(Some(non_blank_prose()))
        .build()
        .into()
);

shape!(
    /// A calendar day as `jiff::civil::Date` reads it.
    DateText as "Date" => string("A calendar day, ISO 8601: YYYY-MM-DD (a day that exists).")
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
        .pattern(Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        .examples(["2025-08-26"])
        .build()
        .into()
);

shape!(
    /// `rust_decimal::Decimal` from its text: exact, never a float.
    DecimalText as "Decimal" => string("An exact decimal number as text, e.g. \"545200000\" or \"12.5\": digits with an optional sign and decimal point, at most 20 digits before the point and 8 after.")
        .pattern(Some("^-?[0-9]{1,20}(\\.[0-9]{1,8})?$"))
        .examples(["545200000"])
        .build()
        .into()
);

shape!(
    /// `TrackCode::parse`.
    TrackCodeText as "TrackCode" => string("A track's code: 2 to 40 lowercase letters, digits or underscores, starting with a letter.")
        .min_length(Some(2))
        .max_length(Some(40))
        .pattern(Some("^[a-z][a-z0-9_]{1,39}$"))
        .examples(["trade"])
        .build()
        .into()
);

shape!(
    /// `Currency::parse`: an ISO 4217 code.
    CurrencyText as "Currency" => string("An ISO 4217 currency code, e.g. USD.")
        .pattern(Some("^[A-Z]{3}$"))
        .examples(["USD"])
        .build()
        .into()
);

shape!(
    /// `Source::parse`'s link.
    UrlText as "Url" => string("A web link starting with https:// or http://, without spaces, at most 2,000 characters.")
        .max_length(Some(crate::domain::figures::Source::MAX_URL))
        .pattern(Some("^https?://[^\\s]+$"))
        .build()
        .into()
);

shape!(AgreementStatusName as "AgreementStatus" => words("Where an agreement stands.", AgreementStatus::ALL.map(AgreementStatus::as_str)));
shape!(LineStatusName as "LineStatus" => words("Where an action line stands.", LineStatus::ALL.map(LineStatus::as_str)));
shape!(FlowName as "Flow" => words("What an indicator counts, when it is a flow over time.", [Flow::Exports, Flow::Imports, Flow::Turnover].map(Flow::as_str)));

shape!(RoleName as "Role" => words("A role in a group.", Role::ALL.map(Role::as_str)));
shape!(StandingName as "Standing" => words("A party's standing in a group.", Standing::ALL.map(Standing::as_str)));
shape!(MeetingFormatName as "MeetingFormat" => words("A meeting's format.", MeetingFormat::ALL.map(MeetingFormat::as_str)));
shape!(MeetingStatusName as "MeetingStatus" => words("A meeting's status.", MeetingStatus::ALL.map(MeetingStatus::as_str)));
shape!(TextKindName as "TextKind" => words("What a text is meant to become.", TextKind::ALL.map(TextKind::as_str)));
shape!(PaperKindName as "PaperKind" => words("What a paper is; every kind but non_paper is issued under a symbol.", crate::domain::paper::PaperKind::ALL.map(crate::domain::paper::PaperKind::as_str)));
shape!(DistributionName as "Distribution" => words("Who a text goes to.", Distribution::ALL.map(Distribution::as_str)));
shape!(ClassificationName as "Classification" => words("How sensitive a text or a person's clearance is.", Classification::ALL.map(Classification::as_str)));
shape!(LanguageStatusName as "LanguageStatus" => words("Whether a language version is authentic or a translation.", [LanguageStatus::Authentic, LanguageStatus::Translation].map(LanguageStatus::as_str)));
shape!(ProcedureKindName as "ProcedureKind" => words(
    "consensus, silence, or in_session (a consensus round among the parties present at a meeting).",
    ProcedureKind::ALL.map(ProcedureKind::as_str).into_iter().chain(["in_session"])
));
shape!(PositionName as "Position" => words("A party's position in a consensus round.", positions()));

fn positions() -> [&'static str; 5] {
    [
        Position::Concur,
        Position::ConcurWithStatement(String::new()),
        Position::StandAside(None),
        Position::AdReferendum {
            confirm_by: jiff::Timestamp::UNIX_EPOCH,
        },
        Position::Object(String::new()),
    ]
    .map(|position| position.as_str())
}

/// The zone names of the database compiled into the server, so the document is the same on
/// every machine; `UTC` is always known.
fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::TimeZoneDatabase::bundled()
        .available()
        .map(|name| name.as_str().to_owned())
        .chain(["UTC".to_owned()])
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Declares "a blank string, or a value of `$shape`": an optional field read with
/// `input::given`, for which a blank string means "not given", as absence does.
macro_rules! or_blank {
    ($marker:ident as $name:literal => $shape:ty) => {
        pub struct $marker;

        impl PartialSchema for $marker {
            fn schema() -> RefOr<Schema> {
                RefOr::T(
                    AnyOfBuilder::new()
                        .item(Ref::from_schema_name(<$shape as ToSchema>::name()))
                        .item(
                            ObjectBuilder::new()
                                .schema_type(Type::String)
                                .pattern(Some(format!("^[{WHITE_SPACE}]*$")))
                                .description(Some("blank: not given")),
                        )
                        .build()
                        .into(),
                )
            }
        }

        impl ToSchema for $marker {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                schemas.push((
                    <$shape as ToSchema>::name().into_owned(),
                    <$shape as PartialSchema>::schema(),
                ));
            }
        }
    };
}

or_blank!(PartyCodeOrBlank as "PartyCodeOrBlank" => PartyCodeText);
or_blank!(ZoneNameOrBlank as "TimeZoneOrBlank" => ZoneNameText);
or_blank!(InstantOrBlank as "InstantOrBlank" => InstantText);
or_blank!(MeetingFormatOrBlank as "MeetingFormatOrBlank" => MeetingFormatName);
or_blank!(MeetingStatusOrBlank as "MeetingStatusOrBlank" => MeetingStatusName);
or_blank!(ClassificationOrBlank as "ClassificationOrBlank" => ClassificationName);
or_blank!(LanguageStatusOrBlank as "LanguageStatusOrBlank" => LanguageStatusName);
or_blank!(UrlOrBlank as "UrlOrBlank" => UrlText);
or_blank!(EmailOrBlank as "EmailAddressOrBlank" => EmailText);
or_blank!(DistributionOrBlank as "DistributionOrBlank" => DistributionName);
