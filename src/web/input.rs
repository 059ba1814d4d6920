//! What may arrive in a request: text a person typed. NUL and the other control characters
//! are nobody's input (PostgreSQL refuses NUL outright), so a request carrying one in its path,
//! its query string or its form is refused at the edge, before any handler or query sees it.
//! Form fields keep tabs and line breaks, which textareas send.

use url::form_urlencoded;

/// True when the percent-decoded path holds a control character (bytes that are not UTF-8
/// become U+FFFD, which is none).
pub fn path_has_control(path: &str) -> bool {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .chars()
        .any(char::is_control)
}

/// True when a query string holds a control character in a name or a value.
pub fn query_has_control(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes())
        .any(|(name, value)| name.chars().chain(value.chars()).any(char::is_control))
}

/// True when a form body holds a control character other than a tab or a line break.
pub fn form_has_control(body: &[u8]) -> bool {
    form_urlencoded::parse(body).any(|(name, value)| {
        name.chars().any(char::is_control)
            || value
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_wherever_they_hide() {
        assert!(path_has_control("/orgs/%00"));
        assert!(path_has_control("/orgs/BR%0AA/duty"));
        assert!(!path_has_control("/orgs/BRA/duty"));
        assert!(!path_has_control("/contacts/%C3%A9"));
        assert!(query_has_control("actor=%00"));
        assert!(query_has_control("q=a&org=%1B"));
        assert!(!query_has_control("q=Mae+Sot&status="));
        assert!(form_has_control(b"assignees=BRA%00"));
        assert!(form_has_control(b"title=a%07b"));
        assert!(!form_has_control(
            b"description=line+one%0D%0Aline+two%09tabbed"
        ));
        // Not UTF-8 is not a control character here: the form reader refuses it (400).
        assert!(!form_has_control(b"title=%FF"));
    }
}
