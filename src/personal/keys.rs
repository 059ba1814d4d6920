//! The data keys: where they come from, their ids, and the two sub-keys each one gives.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::{KeyInit as _, XChaCha20Poly1305};
use hkdf::Hkdf;
use hmac::{Hmac, Mac as _};
use sha2::Sha256;

/// Where the keys come from: settings of `serve`, `seed-demo` and `rotate-data-key`.
#[derive(Clone, Default, clap::Args)]
pub struct DataKeySettings {
    /// The key personal data is sealed with: base64 of 32 random bytes (`openssl rand -base64
    /// 32`), the same on every instance. While rotating, several separated by commas, the new
    /// one first.
    #[arg(long, env = "LIAISON_DATA_KEY", hide_env_values = true)]
    pub data_key: Option<String>,
    /// A file holding the key(s), one per line, the current first; read when
    /// LIAISON_DATA_KEY is not set. `serve --demo` creates one, readable by its owner only,
    /// when neither is set.
    #[arg(long, env = "LIAISON_DATA_KEY_FILE")]
    pub data_key_file: Option<PathBuf>,
}

impl fmt::Debug for DataKeySettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataKeySettings")
            .field("data_key", &self.data_key.as_ref().map(|_| "(set)"))
            .field("data_key_file", &self.data_key_file)
            .finish()
    }
}

/// The file `serve --demo` keeps its key in when none is configured.
pub const DEMO_KEY_FILE: &str = "liaison-demo-data.key";

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error(
        "no data key: set LIAISON_DATA_KEY to base64 of 32 random bytes (openssl rand -base64 32), \
         or LIAISON_DATA_KEY_FILE to a file holding one; every instance needs the same key"
    )]
    NoKey,
    #[error("data key {position} is not base64 of 32 bytes ({reason})")]
    BadKey { position: usize, reason: String },
    #[error("data key {0} is listed twice")]
    Duplicate(KeyId),
    #[error("cannot read or create the data key file {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Names a key without revealing anything about it: derived from the key through HKDF, stored
/// beside every sealed value and in each sealed row's `key_id` column.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(pub(super) [u8; 8]);

impl KeyId {
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hex())
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({})", self.hex())
    }
}

/// One data key, split into independent sub-keys: one seals, one hashes for the blind index.
/// Using the key itself for both would let a weakness in one use touch the other.
pub(super) struct DataKey {
    pub(super) id: KeyId,
    pub(super) cipher: XChaCha20Poly1305,
    pub(super) index: Hmac<Sha256>,
    /// For what the server signs when no `LIAISON_SECRET_KEY` is set (the sign-in form's
    /// CSRF token): independent of the other two.
    pub(super) signing: [u8; 32],
}

impl DataKey {
    fn new(secret: &[u8; 32]) -> DataKey {
        let hkdf = Hkdf::<Sha256>::new(Some(b"liaison personal data"), secret);
        let mut id = [0u8; 8];
        let mut seal = [0u8; 32];
        let mut index = [0u8; 32];
        let mut signing = [0u8; 32];
        // Expanding at most 255 blocks cannot fail; these are one block each.
        hkdf.expand(b"key id", &mut id).expect("8 bytes");
        hkdf.expand(b"seal", &mut seal).expect("32 bytes");
        hkdf.expand(b"blind index", &mut index).expect("32 bytes");
        hkdf.expand(b"server signing", &mut signing)
            .expect("32 bytes");
        DataKey {
            id: KeyId(id),
            cipher: XChaCha20Poly1305::new(&seal.into()),
            index: Hmac::<Sha256>::new_from_slice(&index).expect("HMAC takes any key length"),
            signing,
        }
    }
}

/// The keys this instance holds: the first seals; all of them open.
pub struct Keyring {
    pub(super) keys: Vec<DataKey>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<String> = self.keys.iter().map(|k| k.id.hex()).collect();
        f.debug_struct("Keyring").field("key_ids", &ids).finish()
    }
}

impl Keyring {
    /// The keys of the settings; with `demo`, a key file is created when none is configured
    /// (the caller logs where).
    pub fn from_settings(
        settings: &DataKeySettings,
        demo: bool,
    ) -> Result<(Keyring, Option<PathBuf>), KeyringError> {
        if let Some(keys) = settings
            .data_key
            .as_deref()
            .filter(|k| !k.trim().is_empty())
        {
            return Ok((Keyring::parse(keys.split(','))?, None));
        }
        let path = match (&settings.data_key_file, demo) {
            (Some(path), _) => path.clone(),
            (None, true) => {
                // Only the demo's own file is made: a configured path that is missing (a typo,
                // a secret not mounted) must not silently become a new key.
                let path = PathBuf::from(DEMO_KEY_FILE);
                if !path.exists() {
                    create_key_file(&path)?;
                }
                path
            }
            (None, false) => return Err(KeyringError::NoKey),
        };
        warn_if_readable_by_others(&path);
        let text = std::fs::read_to_string(&path).map_err(|source| KeyringError::File {
            path: path.clone(),
            source,
        })?;
        Ok((Keyring::parse(text.lines())?, Some(path)))
    }

    /// Keys as base64 text, the current first; blank entries are skipped.
    pub fn parse<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<Keyring, KeyringError> {
        let mut parsed: Vec<DataKey> = Vec::new();
        for (position, text) in keys
            .into_iter()
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .enumerate()
        {
            let bad = |reason: String| KeyringError::BadKey {
                position: position + 1,
                reason,
            };
            let bytes = BASE64.decode(text).map_err(|e| bad(e.to_string()))?;
            let secret: [u8; 32] = bytes
                .try_into()
                .map_err(|b: Vec<u8>| bad(format!("{} bytes", b.len())))?;
            let key = DataKey::new(&secret);
            if parsed.iter().any(|k| k.id == key.id) {
                return Err(KeyringError::Duplicate(key.id));
            }
            parsed.push(key);
        }
        if parsed.is_empty() {
            return Err(KeyringError::NoKey);
        }
        Ok(Keyring { keys: parsed })
    }

    /// A fresh random key as base64, for tests and for the demo's key file.
    pub fn generate_key() -> String {
        BASE64.encode(rand::random::<[u8; 32]>())
    }

    /// A signing secret derived from the current key, the same on every instance that holds
    /// the same keys.
    pub fn signing_secret(&self) -> [u8; 32] {
        self.keys[0].signing
    }

    /// The key new values are sealed with.
    pub fn current_id(&self) -> KeyId {
        self.keys[0].id
    }

    #[cfg(test)]
    pub fn holds(&self, id: &KeyId) -> bool {
        self.keys.iter().any(|k| k.id == *id)
    }

    /// The ids of the keys held besides the current one: what a rotation re-seals.
    pub fn older_ids(&self) -> Vec<String> {
        self.keys[1..].iter().map(|k| k.id.hex()).collect()
    }

    /// Every key id held, as stored in the `key_id` columns.
    pub fn held_ids(&self) -> Vec<String> {
        self.keys.iter().map(|k| k.id.hex()).collect()
    }

    /// The blind index of a normalised value under the current key, as written with a row.
    /// `purpose` keeps the indexes of different fields apart: equal text in a passport field
    /// and a name field hashes differently.
    pub fn blind_index(&self, purpose: &str, normalised: &str) -> Vec<u8> {
        index_with(&self.keys[0], purpose, normalised)
    }

    /// The blind index under every key held, current first: what a search looks for, so that
    /// rows a rotation has not re-sealed yet are still found.
    pub fn blind_indexes(&self, purpose: &str, normalised: &str) -> Vec<Vec<u8>> {
        self.keys
            .iter()
            .map(|k| index_with(k, purpose, normalised))
            .collect()
    }
}

/// 16 bytes of HMAC-SHA-256: a collision among a few million values is out of reach, and the
/// index stays small.
fn index_with(key: &DataKey, purpose: &str, normalised: &str) -> Vec<u8> {
    let mut mac = key.index.clone();
    mac.update(purpose.as_bytes());
    mac.update(&[0]);
    mac.update(normalised.as_bytes());
    mac.finalize().into_bytes()[..16].to_vec()
}

/// A key file others can read is a key others may have: said once, at start.
fn warn_if_readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            tracing::warn!(key_file = %path.display(), "the data key file is readable by other users: chmod 600 it");
        }
    }
}

/// Writes a new key file readable by its owner only (created with that mode, so the key is
/// never readable by others, even for an instant).
fn create_key_file(path: &Path) -> Result<(), KeyringError> {
    let error = |source| KeyringError::File {
        path: path.to_path_buf(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(error)?;
    writeln!(file, "{}", Keyring::generate_key()).map_err(error)?;
    file.sync_all().map_err(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> String {
        Keyring::generate_key()
    }

    #[test]
    fn the_first_key_is_current_and_every_key_is_held() {
        let (a, b) = (key(), key());
        let ring = Keyring::parse([a.as_str(), "", b.as_str()]).unwrap();
        let only_b = Keyring::parse([b.as_str()]).unwrap();
        assert_eq!(ring.keys.len(), 2);
        assert!(ring.holds(&only_b.current_id()));
        assert_ne!(ring.current_id(), only_b.current_id());
        assert_eq!(ring.current_id().hex().len(), 16);
    }

    #[test]
    fn a_key_id_is_stable_and_reveals_nothing_of_the_key() {
        let a = key();
        let first = Keyring::parse([a.as_str()]).unwrap().current_id();
        let again = Keyring::parse([a.as_str()]).unwrap().current_id();
        assert_eq!(first, again);
        assert!(!a.contains(&first.hex()));
    }

    #[test]
    fn bad_keys_are_refused_with_their_position() {
        let good = key();
        let short = BASE64.encode([1u8; 16]);
        let err = Keyring::parse([good.as_str(), short.as_str()]).unwrap_err();
        assert!(err.to_string().contains("data key 2"), "{err}");
        assert!(err.to_string().contains("16 bytes"), "{err}");
        assert!(matches!(
            Keyring::parse(["not base64!"]),
            Err(KeyringError::BadKey { position: 1, .. })
        ));
        assert!(matches!(
            Keyring::parse(["", " "]),
            Err(KeyringError::NoKey)
        ));
        assert!(matches!(
            Keyring::parse([good.as_str(), good.as_str()]),
            Err(KeyringError::Duplicate(_))
        ));
    }

    #[test]
    fn no_key_is_an_error_outside_the_demo() {
        let settings = DataKeySettings::default();
        assert!(matches!(
            Keyring::from_settings(&settings, false),
            Err(KeyringError::NoKey)
        ));
    }

    #[test]
    fn a_key_file_is_owner_only_and_a_missing_configured_one_is_refused() {
        let dir = std::env::temp_dir().join(format!("liaison-key-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let settings = DataKeySettings {
            data_key: None,
            data_key_file: Some(dir.join("data.key")),
        };
        // A configured file that is missing is an error, even for the demo.
        assert!(matches!(
            Keyring::from_settings(&settings, true),
            Err(KeyringError::File { .. })
        ));
        create_key_file(&dir.join("data.key")).unwrap();
        let (first, path) = Keyring::from_settings(&settings, true).unwrap();
        let (again, _) = Keyring::from_settings(&settings, true).unwrap();
        assert_eq!(first.current_id(), again.current_id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(path.unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn blind_indexes_depend_on_key_purpose_and_value() {
        let (a, b) = (key(), key());
        let ring = Keyring::parse([a.as_str(), b.as_str()]).unwrap();
        let other = Keyring::parse([b.as_str()]).unwrap();
        let index = ring.blind_index("passport", "FA1234567");
        assert_eq!(index.len(), 16);
        assert_eq!(index, ring.blind_index("passport", "FA1234567"));
        assert_ne!(index, ring.blind_index("name", "FA1234567"));
        assert_ne!(index, ring.blind_index("passport", "FA1234568"));
        // A search under the old key finds a row written before the rotation.
        let all = ring.blind_indexes("passport", "FA1234567");
        assert_eq!(all[0], index);
        assert_eq!(all[1], other.blind_index("passport", "FA1234567"));
    }
}
