//! Sealing and opening one value: `[format 1][key id: 8 bytes][nonce: 24 bytes][ciphertext + tag]`.

use chacha20poly1305::XNonce;
use chacha20poly1305::aead::{Aead as _, Payload};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::keys::{KeyId, Keyring};

const FORMAT: u8 = 1;
const HEADER: usize = 1 + 8 + 24;

/// A sealed value as stored (`bytea`).
pub type Sealed = Vec<u8>;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OpenError {
    #[error("the sealed value is malformed")]
    Malformed,
    #[error("the value is sealed under key {0}, which this instance does not hold")]
    UnknownKey(KeyId),
    /// Changed bytes, or a value moved from another record or field.
    #[error("the sealed value does not open: it was altered or belongs to another record")]
    Tampered,
    #[error("the opened value is not what this field holds")]
    Content,
}

impl Keyring {
    /// Seals `plaintext` for the record and field named by `context` (say
    /// `rescue_requests.person:<id>`): opening it under any other context fails.
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> Sealed {
        let key = &self.keys[0];
        let nonce: [u8; 24] = rand::random();
        let ciphertext = key
            .cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 seals any message that fits in memory");
        let mut sealed = Vec::with_capacity(HEADER + ciphertext.len());
        sealed.push(FORMAT);
        sealed.extend_from_slice(&key.id.0);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        sealed
    }

    pub fn open(&self, context: &str, sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
        if sealed.len() < HEADER + 16 || sealed[0] != FORMAT {
            return Err(OpenError::Malformed);
        }
        let id = KeyId(sealed[1..9].try_into().expect("8 bytes"));
        let key = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or(OpenError::UnknownKey(id))?;
        let nonce: [u8; 24] = sealed[9..HEADER].try_into().expect("24 bytes");
        key.cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &sealed[HEADER..],
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| OpenError::Tampered)
    }

    /// The key a sealed value names, without opening it.
    #[cfg(test)]
    pub fn key_of(sealed: &[u8]) -> Option<KeyId> {
        (sealed.len() >= HEADER && sealed[0] == FORMAT)
            .then(|| KeyId(sealed[1..9].try_into().expect("8 bytes")))
    }

    /// Seals a value as JSON: the fields of a record's personal part travel together.
    pub fn seal_json<T: Serialize>(&self, context: &str, value: &T) -> Sealed {
        let json = serde_json::to_vec(value).expect("plain data serialises");
        self.seal(context, &json)
    }

    pub fn open_json<T: DeserializeOwned>(
        &self,
        context: &str,
        sealed: &[u8],
    ) -> Result<T, OpenError> {
        let json = self.open(context, sealed)?;
        serde_json::from_slice(&json).map_err(|_| OpenError::Content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> Keyring {
        Keyring::parse([Keyring::generate_key().as_str()]).unwrap()
    }

    #[test]
    fn a_sealed_value_opens_under_its_context_only() {
        let ring = ring();
        let sealed = ring.seal("rescue_requests.person:1", "Somchai Jaidee".as_bytes());
        assert!(!sealed.windows(7).any(|w| w == b"Somchai"));
        assert_eq!(
            ring.open("rescue_requests.person:1", &sealed).unwrap(),
            b"Somchai Jaidee"
        );
        assert_eq!(
            ring.open("rescue_requests.person:2", &sealed),
            Err(OpenError::Tampered)
        );
    }

    #[test]
    fn a_tampered_value_is_refused() {
        let ring = ring();
        let sealed = ring.seal("ctx", b"passport FA1234567");
        for at in [HEADER, HEADER + 5, sealed.len() - 1] {
            let mut bad = sealed.clone();
            bad[at] ^= 0x01;
            assert_eq!(
                ring.open("ctx", &bad),
                Err(OpenError::Tampered),
                "byte {at}"
            );
        }
        // The nonce is authenticated too.
        let mut bad = sealed.clone();
        bad[12] ^= 0x80;
        assert_eq!(ring.open("ctx", &bad), Err(OpenError::Tampered));
        assert_eq!(
            ring.open("ctx", &sealed[..HEADER]),
            Err(OpenError::Malformed)
        );
        let mut other_format = sealed.clone();
        other_format[0] = 9;
        assert_eq!(ring.open("ctx", &other_format), Err(OpenError::Malformed));
    }

    #[test]
    fn the_same_value_seals_differently_each_time() {
        let ring = ring();
        assert_ne!(ring.seal("ctx", b"same"), ring.seal("ctx", b"same"));
    }

    #[test]
    fn a_value_under_a_key_not_held_names_that_key() {
        let (old, new) = (Keyring::generate_key(), Keyring::generate_key());
        let before = Keyring::parse([old.as_str()]).unwrap();
        let sealed = before.seal("ctx", b"x");
        let after = Keyring::parse([new.as_str()]).unwrap();
        assert_eq!(
            after.open("ctx", &sealed),
            Err(OpenError::UnknownKey(before.current_id()))
        );
        // During a rotation both are held: the old value opens, new ones use the new key.
        let both = Keyring::parse([new.as_str(), old.as_str()]).unwrap();
        assert_eq!(both.open("ctx", &sealed).unwrap(), b"x");
        assert_eq!(
            Keyring::key_of(&both.seal("ctx", b"y")),
            Some(after.current_id())
        );
    }

    #[test]
    fn json_round_trips() {
        let ring = ring();
        let sealed = ring.seal_json("ctx", &vec!["a", "b"]);
        let back: Vec<String> = ring.open_json("ctx", &sealed).unwrap();
        assert_eq!(back, ["a", "b"]);
        assert_eq!(
            ring.open_json::<u32>("ctx", &sealed),
            Err(OpenError::Content)
        );
    }
}
