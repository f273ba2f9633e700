//! The languages the product speaks to people in, and how one is chosen for a request.
//!
//! These are interface languages, not the languages of a text: a text may be in any
//! language, while a page is shown in one of these eight. The order of choice is fixed by
//! the spec: the person's saved choice, else `?lang=`, else `Accept-Language`, else the
//! group's first working language, else English (`http::language` applies it).

use std::fmt;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UiLanguage {
    #[default]
    English,
    Russian,
    /// Uzbek in Latin script, as Uzbekistan's ministries write it.
    Uzbek,
    Kazakh,
    Kyrgyz,
    Tajik,
    /// Dari, the Persian of Afghanistan.
    Dari,
    Pashto,
}

impl UiLanguage {
    /// Every language offered, in the order the picker lists them.
    pub const ALL: [UiLanguage; 8] = [
        UiLanguage::English,
        UiLanguage::Russian,
        UiLanguage::Uzbek,
        UiLanguage::Kazakh,
        UiLanguage::Kyrgyz,
        UiLanguage::Tajik,
        UiLanguage::Dari,
        UiLanguage::Pashto,
    ];

    /// The BCP 47 tag: `<html lang>`, the locale folder, the stored choice.
    pub fn tag(self) -> &'static str {
        match self {
            UiLanguage::English => "en",
            UiLanguage::Russian => "ru",
            UiLanguage::Uzbek => "uz",
            UiLanguage::Kazakh => "kk",
            UiLanguage::Kyrgyz => "ky",
            UiLanguage::Tajik => "tg",
            UiLanguage::Dari => "fa-AF",
            UiLanguage::Pashto => "ps",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            UiLanguage::English => "English",
            UiLanguage::Russian => "Русский",
            UiLanguage::Uzbek => "Oʻzbekcha",
            UiLanguage::Kazakh => "Қазақша",
            UiLanguage::Kyrgyz => "Кыргызча",
            UiLanguage::Tajik => "Тоҷикӣ",
            UiLanguage::Dari => "دری",
            UiLanguage::Pashto => "پښتو",
        }
    }

    /// Dari and Pashto are written right to left; the whole page mirrors.
    pub fn is_right_to_left(self) -> bool {
        matches!(self, UiLanguage::Dari | UiLanguage::Pashto)
    }

    /// The language a tag names, read leniently: `ru-RU` is Russian, `fa` and `prs` are
    /// Dari, `uz-Latn-UZ` is Uzbek. A tag of a language we do not offer is `None`.
    pub fn from_tag(tag: &str) -> Option<UiLanguage> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => UiLanguage::English,
            "ru" => UiLanguage::Russian,
            "uz" => UiLanguage::Uzbek,
            "kk" => UiLanguage::Kazakh,
            "ky" => UiLanguage::Kyrgyz,
            "tg" => UiLanguage::Tajik,
            "fa" | "prs" => UiLanguage::Dari,
            "ps" | "pbt" | "pus" => UiLanguage::Pashto,
            _ => return None,
        })
    }

    /// The offered language a browser prefers most, from an `Accept-Language` header:
    /// entries are taken by their quality (`q=`), ties in the order written, and a `q=0`
    /// entry is refused. `*` or nothing we offer gives `None`.
    pub fn preferred(accept_language: &str) -> Option<UiLanguage> {
        let mut ranked: Vec<(u16, usize, UiLanguage)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.split(';');
                let language = UiLanguage::from_tag(parts.next()?)?;
                let quality = parts
                    .find_map(|part| part.trim().strip_prefix("q="))
                    .map_or(Some(1000), quality_per_mille)?;
                (quality > 0).then_some((quality, position, language))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|(_, _, language)| *language)
    }

    /// The first of a group's working languages that we offer. A group names them as it
    /// likes: by tag (`ru`), in English (`Russian`) or in themselves (`Русский`).
    pub fn first_offered<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<UiLanguage> {
        names.into_iter().find_map(|name| {
            UiLanguage::ALL
                .into_iter()
                .find(|language| {
                    name.eq_ignore_ascii_case(language.english_name())
                        || name == language.native_name()
                })
                .or_else(|| UiLanguage::from_tag(name))
        })
    }

    /// The language's name in English, as a group's charter may list it.
    fn english_name(self) -> &'static str {
        match self {
            UiLanguage::English => "English",
            UiLanguage::Russian => "Russian",
            UiLanguage::Uzbek => "Uzbek",
            UiLanguage::Kazakh => "Kazakh",
            UiLanguage::Kyrgyz => "Kyrgyz",
            UiLanguage::Tajik => "Tajik",
            UiLanguage::Dari => "Dari",
            UiLanguage::Pashto => "Pashto",
        }
    }
}

/// `q=0.8` → 800; anything unreadable is `None`, and such an entry is skipped.
fn quality_per_mille(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

impl fmt::Display for UiLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_tag_names_its_language() {
        assert_eq!(UiLanguage::from_tag("ru-RU"), Some(UiLanguage::Russian));
        assert_eq!(UiLanguage::from_tag("uz-Latn-UZ"), Some(UiLanguage::Uzbek));
        assert_eq!(UiLanguage::from_tag("fa-AF"), Some(UiLanguage::Dari));
        assert_eq!(UiLanguage::from_tag("prs"), Some(UiLanguage::Dari));
        assert_eq!(UiLanguage::from_tag("de"), None);
        assert_eq!(UiLanguage::from_tag(""), None);
    }

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for language in UiLanguage::ALL {
            assert_eq!(UiLanguage::from_tag(language.tag()), Some(language));
        }
    }

    #[test]
    fn the_browser_s_highest_quality_wins_and_ties_keep_their_order() {
        assert_eq!(
            UiLanguage::preferred("de-DE, en;q=0.5, ru;q=0.9"),
            Some(UiLanguage::Russian)
        );
        assert_eq!(UiLanguage::preferred("kk, ru"), Some(UiLanguage::Kazakh));
        assert_eq!(
            UiLanguage::preferred("ru;q=0, en;q=0.1"),
            Some(UiLanguage::English)
        );
        assert_eq!(UiLanguage::preferred("de, fr"), None);
        assert_eq!(UiLanguage::preferred("*"), None);
        assert_eq!(UiLanguage::preferred("ru;q=banana"), None);
    }

    #[test]
    fn only_dari_and_pashto_are_right_to_left() {
        let rtl: Vec<_> = UiLanguage::ALL
            .into_iter()
            .filter(|language| language.is_right_to_left())
            .collect();
        assert_eq!(rtl, [UiLanguage::Dari, UiLanguage::Pashto]);
    }

    #[test]
    fn a_group_s_first_offered_working_language_is_its_fallback() {
        assert_eq!(
            UiLanguage::first_offered(["ar", "ru", "en"]),
            Some(UiLanguage::Russian)
        );
        assert_eq!(
            UiLanguage::first_offered(["Arabic", "Russian", "English"]),
            Some(UiLanguage::Russian)
        );
        assert_eq!(
            UiLanguage::first_offered(["Тоҷикӣ"]),
            Some(UiLanguage::Tajik)
        );
        assert_eq!(UiLanguage::first_offered(["ar"]), None);
    }
}
