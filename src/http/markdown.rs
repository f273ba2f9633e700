//! A paper's CommonMark as HTML for its page: rendered by `pulldown-cmark`, then cleaned by
//! `ammonia`'s allow-list, so that no script, no event handler, no `javascript:` (or other
//! unlisted) URL, no style and no frame survives whatever the body holds. Raw HTML in the
//! source is passed to the sanitiser like the rest, never trusted.

use pulldown_cmark::{html, Options, Parser};

/// The body as safe HTML, for `|safe` in a template.
pub fn render(source: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(source, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn commonmark_is_rendered() {
        assert_eq!(
            render("# Справка\n\n*Термез* — **Мазари-Шариф**"),
            "<h1>Справка</h1>\n<p><em>Термез</em> — <strong>Мазари-Шариф</strong></p>\n"
        );
    }

    #[test]
    fn no_script_handler_or_javascript_url_survives() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n\
             [click](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">x</a>\n\n\
             <iframe src=\"https://example.org\"></iframe><p style=\"x\" onclick=\"y\">z</p>",
        );
        let lower = html.to_lowercase();
        for banned in [
            "<script",
            "onerror",
            "onclick",
            "javascript:",
            "<iframe",
            "style=",
        ] {
            assert!(!lower.contains(banned), "{banned} in {html}");
        }
        assert!(html.contains("z</p>"));
    }
}
