//! The language of each request, in the order of `domain::language::choose`: the person's
//! saved choice (applied by the sign-in extractors as soon as they know who is calling, see
//! `auth.rs`), else `?lang=`, else `Accept-Language` (both read here, before anything else
//! runs, so that pages, problem answers and error pages written by any layer are in it),
//! else the first working language of the group a page shows (`i18n::default_to`, called
//! once the caller is known to see the group), else English.

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use crate::domain::language::UiLanguage;
use crate::i18n;

/// The layer: runs the rest of the request in the negotiated language.
pub async fn negotiate(request: Request, next: Next) -> Response {
    let chosen = query_language(request.uri().query()).or_else(|| header_language(&request));
    i18n::scope(chosen, next.run(request)).await
}

/// `?lang=ru`; an unknown or repeated-and-empty value is no choice (a polite fallback,
/// never an error).
fn query_language(query: Option<&str>) -> Option<UiLanguage> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| UiLanguage::from_tag(&value))
}

fn header_language(request: &Request) -> Option<UiLanguage> {
    let value = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    UiLanguage::preferred(value)
}

/// The person's saved choice, once a request's caller is known.
pub fn apply_saved(saved: Option<UiLanguage>) {
    if let Some(language) = saved {
        i18n::set_current(language);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_lang_parameter_is_no_choice() {
        assert_eq!(query_language(Some("lang=xx")), None);
        assert_eq!(query_language(Some("lang=")), None);
        assert_eq!(
            query_language(Some("all=1&lang=ru")),
            Some(UiLanguage::Russian)
        );
        assert_eq!(query_language(None), None);
    }
}
