//! CSRF defence: a per-session token in every form, compared in constant time, plus an Origin
//! check. Both are applied to every unsafe request by the session middleware, so a handler
//! cannot forget them.

use actix_web::HttpRequest;
use subtle::ConstantTimeEq;

use crate::config::AppConfig;

pub const FIELD: &str = "csrf_token";

/// The `csrf_token` field of an urlencoded body, if any.
pub fn token_from_form(body: &[u8]) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(key, _)| key == FIELD)
        .map(|(_, value)| value.into_owned())
}

pub fn tokens_match(submitted: Option<&str>, expected: &str) -> bool {
    match submitted {
        Some(submitted) if !expected.is_empty() => {
            submitted.as_bytes().ct_eq(expected.as_bytes()).into()
        }
        _ => false,
    }
}

/// A browser names the page a form came from in `Origin`. It must be this portal: the
/// configured public URL, or (only when none is configured, for local use) the host the
/// request was addressed to. Clients that send no Origin (scripts) still need the token.
pub fn origin_allowed(req: &HttpRequest, config: &AppConfig) -> bool {
    let Some(origin) = req.headers().get("origin") else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    origin == config.origin() || (config.origin_from_host && origin == portal_origin(req, config))
}

/// The portal's origin as this request sees it: the configured public URL's, or (only when
/// none is configured) the host the request was addressed to. Links that leave the page (a
/// calendar's link to a meeting, a feed's own address) start with it.
pub fn portal_origin(req: &HttpRequest, config: &AppConfig) -> String {
    if config.origin_from_host {
        let scheme = if config.is_https() { "https" } else { "http" };
        format!("{scheme}://{}", req.connection_info().host())
    } else {
        config.origin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_token_among_fields() {
        let body = b"email=a%40b.c&csrf_token=abc%2Bdef&password=x";
        assert_eq!(token_from_form(body).as_deref(), Some("abc+def"));
        assert_eq!(token_from_form(b"email=a"), None);
    }

    #[test]
    fn compares_tokens_exactly() {
        assert!(tokens_match(Some("tok"), "tok"));
        assert!(!tokens_match(Some("tok2"), "tok"));
        assert!(!tokens_match(None, "tok"));
        assert!(!tokens_match(Some(""), ""));
    }
}
