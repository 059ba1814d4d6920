//! CSRF defence: a per-session token in every form, compared in constant time, plus an Origin
//! check. Both are applied to every unsafe request by the session middleware, so a handler
//! cannot forget them.
//!
//! Before signing in there is no session: the browser holds a random value in a cookie, and
//! the sign-in form's token is that value signed with the server's key. Nothing is stored, so
//! a flood of visits to the sign-in page writes nothing; a page of another site can neither
//! read the cookie nor make the token.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit as _, Mac as _};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::config::AppConfig;
use crate::personal::Keyring;

/// The server's key for the sign-in form's token: from `LIAISON_SECRET_KEY`, else derived from
/// the data key. Every instance must have the same, as with the data key.
#[derive(Clone)]
pub struct FormKey(Hmac<Sha256>);

impl FormKey {
    pub fn new(secret: Option<&SecretString>, keys: &Keyring) -> FormKey {
        let mac = match secret {
            Some(secret) => Hmac::<Sha256>::new_from_slice(secret.expose_secret().as_bytes()),
            None => Hmac::<Sha256>::new_from_slice(&keys.signing_secret()),
        };
        FormKey(mac.expect("HMAC takes any key length"))
    }

    /// The token a form must carry for the browser holding `nonce`.
    pub fn pre_login_token(&self, nonce: &str) -> String {
        let mut mac = self.0.clone();
        mac.update(b"pre-login form:");
        mac.update(nonce.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }
}

/// The pre-login cookie's value this request carries, if it looks like one of ours.
pub fn pre_login_nonce(req: &HttpRequest, config: &AppConfig) -> Option<String> {
    req.cookie(config.pre_login_cookie_name())
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 22 && URL_SAFE_NO_PAD.decode(v).is_ok())
}

/// A fresh pre-login value (128 random bits) and the cookie that holds it.
pub fn new_pre_login_cookie(config: &AppConfig) -> (String, Cookie<'static>) {
    let nonce = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
    let cookie = Cookie::build(config.pre_login_cookie_name(), nonce.clone())
        .path("/")
        .http_only(true)
        .secure(config.is_https())
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::hours(12))
        .finish();
    (nonce, cookie)
}

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
    fn a_pre_login_token_belongs_to_its_cookie_and_its_key() {
        let keys = Keyring::parse([Keyring::generate_key().as_str()]).unwrap();
        let key = FormKey::new(None, &keys);
        let token = key.pre_login_token("AAAAAAAAAAAAAAAAAAAAAA");
        assert_eq!(token, key.pre_login_token("AAAAAAAAAAAAAAAAAAAAAA"));
        assert_ne!(token, key.pre_login_token("AAAAAAAAAAAAAAAAAAAAAB"));
        let other = Keyring::parse([Keyring::generate_key().as_str()]).unwrap();
        assert_ne!(token, FormKey::new(None, &other).pre_login_token("AAAAAAAAAAAAAAAAAAAAAA"));
        let configured = SecretString::from("a long secret shared by the instances".to_owned());
        assert_ne!(token, FormKey::new(Some(&configured), &keys).pre_login_token("AAAAAAAAAAAAAAAAAAAAAA"));
    }

    #[test]
    fn compares_tokens_exactly() {
        assert!(tokens_match(Some("tok"), "tok"));
        assert!(!tokens_match(Some("tok2"), "tok"));
        assert!(!tokens_match(None, "tok"));
        assert!(!tokens_match(Some(""), ""));
    }
}
