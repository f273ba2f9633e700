//! The product's words in the person's language: Project Fluent messages (one folder per
//! language under `locales/`, compiled into the binary) and CLDR dates and numbers (ICU4X).
//!
//! The language of a request is decided once, by the `http::language` layer and the sign-in
//! extractors, and kept in a task-local for the rest of the request; pages, problem answers
//! and documents ask [`current`] for it instead of threading it through every handler.

mod format;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;

use crate::domain::figures::import::RowError;
use crate::domain::language::UiLanguage;
use crate::domain::message::{Message, MessageArg};
use crate::domain::time::ZoneName;
use crate::domain::validation::ValidationErrors;

pub use fluent_templates::fluent_bundle::FluentValue as Arg;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps every argument in bidi isolation marks by default; our pages isolate
        // quoted text with markup (`<bdi>`, `dir="auto"`), and the marks would break copying
        // a symbol or a hash out of a sentence.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The Fluent identifier of each offered language, parsed once.
static IDENTIFIERS: LazyLock<Vec<(UiLanguage, LanguageIdentifier)>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .map(|language| {
            let id = language
                .tag()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default());
            (language, id)
        })
        .collect()
});

fn identifier(language: UiLanguage) -> &'static LanguageIdentifier {
    IDENTIFIERS
        .iter()
        .find(|(offered, _)| *offered == language)
        .map(|(_, id)| id)
        .unwrap_or(&IDENTIFIERS[0].1)
}

/// The request's language, and whether someone chose it (the person, the address or the
/// browser) or it is the default, which a group's working language may still replace.
#[derive(Debug, Clone, Copy)]
struct Chosen {
    language: UiLanguage,
    by_someone: bool,
}

tokio::task_local! {
    static CURRENT: Cell<Chosen>;
}

/// Runs `future` in `language`; `None` when nothing asked for one (English, until a group's
/// working language says otherwise).
pub async fn scope<F: Future>(language: Option<UiLanguage>, future: F) -> F::Output {
    let chosen = Chosen {
        language: language.unwrap_or_default(),
        by_someone: language.is_some(),
    };
    CURRENT.scope(Cell::new(chosen), future).await
}

/// Changes the request's language (the person's saved choice, once they are known).
pub fn set_current(language: UiLanguage) {
    let _outside_a_request = CURRENT.try_with(|current| {
        current.set(Chosen {
            language,
            by_someone: true,
        })
    });
}

/// The last resort of the order of choice: a page of a group the caller sees is in the
/// group's first working language when nobody asked for any.
pub fn default_to(language: Option<UiLanguage>) {
    let Some(language) = language else { return };
    let _outside_a_request = CURRENT.try_with(|current| {
        if !current.get().by_someone {
            current.set(Chosen {
                language,
                by_someone: false,
            });
        }
    });
}

/// The language of the request being served; English outside of one.
pub fn current() -> Locale {
    Locale::new(
        CURRENT
            .try_with(|current| current.get().language)
            .unwrap_or_default(),
    )
}

/// The language an operator's shell asks for, as POSIX orders its variables: `LC_ALL`,
/// then `LC_MESSAGES`, then `LANG` (`ru_RU.UTF-8` is Russian). `C`, `POSIX`, an empty
/// value or a language we do not offer gives `None`, and the command speaks English.
pub fn from_environment() -> Option<UiLanguage> {
    from_locale_variables(|name| std::env::var(name).ok())
}

fn from_locale_variables(read: impl Fn(&str) -> Option<String>) -> Option<UiLanguage> {
    let setting = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(read)
        .find(|value| !value.is_empty())?;
    let language = setting.split(['.', '@']).next().unwrap_or_default();
    UiLanguage::from_tag(language)
}

/// Looks up `id` in the request's language.
pub fn t(id: &str) -> String {
    current().t(id)
}

/// Looks up `id` with arguments in the request's language.
pub fn t_with(id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    current().t_with(id, args)
}

/// A message of the rules (a refusal, a field's error) in the request's language.
pub fn message(message: &Message) -> String {
    current().message(message)
}

/// One language's words and formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Locale {
    language: UiLanguage,
}

impl Locale {
    pub fn new(language: UiLanguage) -> Self {
        Locale { language }
    }

    pub fn language(self) -> UiLanguage {
        self.language
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        self.language.tag()
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `id`. A missing message shows its identifier (and is logged): a test
    /// over every page fails on any identifier left showing.
    pub fn t(self, id: &str) -> String {
        self.lookup(id, None)
    }

    pub fn t_with(self, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.lookup(id, Some(&args))
    }

    /// `t_with` with one argument, for templates.
    pub fn t1<'a>(self, id: &str, name: &'static str, value: impl Into<Arg<'a>>) -> String {
        self.t_with(id, &[(name, value.into())])
    }

    /// `t_with` with two arguments, for templates.
    pub fn t2<'a, 'b>(
        self,
        id: &str,
        first: &'static str,
        first_value: impl Into<Arg<'a>>,
        second: &'static str,
        second_value: impl Into<Arg<'b>>,
    ) -> String {
        self.t_with(
            id,
            &[(first, first_value.into()), (second, second_value.into())],
        )
    }

    /// A message of the rules, its values written this language's way: nested messages in
    /// the same language, instants on UTC's clock. English writes an instant as RFC 3339,
    /// which API clients and the tests read.
    pub fn message(self, message: &Message) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = message
            .args()
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), self.argument(value)))
            .collect();
        self.lookup(message.id(), Some(&args))
    }

    /// Every refused field with its message, as running text:
    /// `title: must not be empty; body: must not be empty`.
    pub fn fields(self, errors: &ValidationErrors) -> String {
        let parts: Vec<String> = errors
            .fields()
            .iter()
            .map(|error| {
                self.message(
                    &Message::new("problem-field")
                        .with("field", error.field.as_str())
                        .with("message", error.message.clone()),
                )
            })
            .collect();
        parts.join("; ")
    }

    /// One bad row of a table: `row 3, value: not a decimal number…`.
    pub fn row(self, row: &RowError) -> String {
        self.message(
            &Message::new("problem-row")
                .with("row", row.row)
                .with("field", row.field.as_str())
                .with("message", row.message.clone()),
        )
    }

    /// Several messages of the rules, one after another, as a list in running text.
    fn messages(self, messages: &[Message]) -> String {
        let written: Vec<String> = messages.iter().map(|m| self.message(m)).collect();
        written.join("; ")
    }

    fn argument(self, value: &MessageArg) -> FluentValue<'static> {
        match value {
            MessageArg::Text(text) => FluentValue::from(text.clone()),
            MessageArg::Integer(number) => FluentValue::from(*number),
            MessageArg::Instant(at) => FluentValue::from(self.instant(*at)),
            MessageArg::Message(inner) => FluentValue::from(self.message(inner)),
            MessageArg::Messages(inner) => FluentValue::from(self.messages(inner)),
        }
    }

    fn instant(self, at: jiff::Timestamp) -> String {
        match self.language {
            UiLanguage::English => at.to_string(),
            _ => self.when(at, &ZoneName::utc()),
        }
    }

    fn lookup(
        self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        // Straight to the language's own bundle, then English: the loader's own fallback
        // walk negotiates the language list on every call, which cost a group page more than
        // all its lookups together (BENCHMARKS.md, issue 9).
        let written = match LOCALES.lookup_single_language(identifier(self.language), id, args) {
            Ok(text) => Some(text),
            Err(_) if self.language != UiLanguage::English => LOCALES
                .lookup_single_language(identifier(UiLanguage::English), id, args)
                .ok(),
            Err(_) => None,
        };
        written.unwrap_or_else(|| {
            tracing::warn!(id, language = self.tag(), "no such message");
            id.to_owned()
        })
    }
}

/// Whether `language` has a message `id` of its own (not its fallback's) that formats
/// without error given `args`: the completeness test asks this of every message of every
/// language.
pub fn has_own_message(language: UiLanguage, id: &str, args: &[(&'static str, Arg<'_>)]) -> bool {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES
        .lookup_single_language(identifier(language), id, Some(&args))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use super::*;

    fn shell(variables: &'static [(&'static str, &'static str)]) -> Option<UiLanguage> {
        from_locale_variables(|name| {
            variables
                .iter()
                .find(|(set, _)| *set == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn an_operators_shell_chooses_the_commands_language_as_posix_orders_it() {
        assert_eq!(shell(&[("LANG", "ru_RU.UTF-8")]), Some(UiLanguage::Russian));
        assert_eq!(
            shell(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "kk_KZ")]),
            Some(UiLanguage::Kazakh)
        );
        assert_eq!(
            shell(&[("LC_ALL", "uz_UZ.UTF-8@latin"), ("LANG", "ru_RU.UTF-8")]),
            Some(UiLanguage::Uzbek)
        );
        assert_eq!(
            shell(&[("LC_ALL", ""), ("LANG", "fa_AF.UTF-8")]),
            Some(UiLanguage::Dari)
        );
        assert_eq!(shell(&[("LANG", "C.UTF-8")]), None);
        assert_eq!(shell(&[("LANG", "POSIX")]), None);
        assert_eq!(shell(&[("LANG", "de_DE.UTF-8")]), None);
        assert_eq!(shell(&[]), None);
    }

    /// The message identifiers a locale folder defines, read from its `.ftl` files by line
    /// (independently of Fluent's own parser): `id = …` at the start of a line, with the
    /// `$variables` its lines name.
    fn messages(language: UiLanguage) -> BTreeMap<String, BTreeSet<&'static str>> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language.tag());
        let mut found = BTreeMap::new();
        let entries = std::fs::read_dir(&folder).expect("every offered language has a folder");
        for entry in entries {
            let path = entry.expect("a readable folder").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).expect("a readable .ftl file");
                let mut current: Option<String> = None;
                for line in text.lines() {
                    if let Some(id) = message_id(line) {
                        current = Some(id.clone());
                        found.insert(id, BTreeSet::new());
                    } else if !line.starts_with([' ', '\t']) {
                        current = None;
                        continue;
                    }
                    if let Some(id) = &current {
                        let names = found.get_mut(id).expect("inserted above");
                        names.extend(variables(line));
                    }
                }
            }
        }
        found
    }

    /// `{ $count }` → `count`; leaked, as the test's arguments need `'static` names.
    fn variables(line: &str) -> Vec<&'static str> {
        line.split('$')
            .skip(1)
            .map(|rest| {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                &*Box::leak(name.into_boxed_str())
            })
            .collect()
    }

    fn message_id(line: &str) -> Option<String> {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let first = id.chars().next()?;
        (first.is_ascii_lowercase()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .then(|| id.to_owned())
    }

    #[test]
    fn every_language_has_every_message_of_english_and_no_other() {
        let english = messages(UiLanguage::English);
        assert!(english.len() > 10, "the English messages are read");
        for language in UiLanguage::ALL {
            let own = messages(language);
            let missing: Vec<_> = english.keys().filter(|id| !own.contains_key(*id)).collect();
            let extra: Vec<_> = own.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language} has messages English lacks: {extra:?}"
            );
            for (id, names) in &english {
                let args: Vec<(&'static str, Arg<'_>)> =
                    names.iter().map(|name| (*name, Arg::from(1))).collect();
                assert!(
                    has_own_message(language, id, &args),
                    "{language} cannot format {id} with {names:?}"
                );
            }
        }
    }

    #[test]
    fn a_message_is_looked_up_in_the_chosen_language() {
        assert_eq!(
            Locale::new(UiLanguage::Russian).t("frame-sign-out"),
            "Выйти"
        );
        assert_eq!(
            Locale::new(UiLanguage::English).t("frame-sign-out"),
            "Sign out"
        );
    }

    #[test]
    fn a_missing_message_shows_its_identifier() {
        assert_eq!(Locale::default().t("no-such-message"), "no-such-message");
    }
}
