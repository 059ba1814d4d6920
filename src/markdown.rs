//! Markdown that people type (descriptions, comments) rendered to HTML that is safe to embed:
//! pulldown-cmark renders, ammonia removes anything that could run script or load from
//! elsewhere. Templates mark only this type `|safe`.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use pulldown_cmark::{Options, Parser};

/// HTML produced by [`render`], sanitised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafeHtml(String);

impl fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Built once: the rules never change. Images are dropped: an image from elsewhere would tell
/// its host who read the page.
static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(&["img"])
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some("noopener noreferrer nofollow"));
    builder
});

pub fn render(markdown: &str) -> SafeHtml {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, options));
    SafeHtml(SANITISER.clean(&html).to_string())
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn formatting_survives() {
        let html = render("**Friday** at [the embassy](https://example.org)\n\n- one\n- two").0;
        assert!(html.contains("<strong>Friday</strong>"));
        assert!(
            html.contains("<a href=\"https://example.org\" rel=\"noopener noreferrer nofollow\">")
        );
        assert!(html.contains("<li>two</li>"));
    }

    #[test]
    fn script_and_tracking_are_removed() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n\
             [x](javascript:alert(3))\n\n<a href=\"https://x\" onclick=\"alert(4)\">y</a>\n\n\
             ![p](https://tracker.example/p.png)",
        )
        .0;
        for bad in [
            "<script",
            "onerror",
            "href=\"javascript:",
            "onclick",
            "<img",
            "tracker",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(html.contains(">y</a>"), "{html}");
    }
}
