//! Personal data of the people the portal is about (victims in rescue requests, travellers in
//! border referrals): sealed in the application before it reaches PostgreSQL, under a key the
//! database never sees, so that a dump, a replica or a curious database administrator learns
//! nothing about who they are.
//!
//! - [`Keyring`] holds the data keys: the current one seals, every one opens. Keys come from
//!   `LIAISON_DATA_KEY` (base64 of 32 bytes; several separated by commas, the current first) or
//!   from the file `LIAISON_DATA_KEY_FILE` (one per line, the current first).
//! - [`Keyring::seal`] / [`Keyring::open`]: XChaCha20-Poly1305 with a random 192-bit nonce (safe
//!   to pick at random for any number of messages), the record's identity as associated data
//!   (a sealed value copied onto another record does not open), and the key's id in the
//!   header, so a value says which key opens it.
//! - [`Keyring::blind_indexes`]: keyed hashes of a normalised value (a passport number, a name
//!   with a date of birth), so that equal values can be found with an index without
//!   decrypting the table; one per key, so a search keeps finding rows that a rotation has
//!   not reached yet.
//! - [`rotate`]: re-seals every sealed table under the current key, in batches, resumable.

mod keys;
mod rotate;
mod sealed;

pub use keys::{DataKeySettings, KeyId, Keyring, KeyringError};
pub use rotate::{SealedTable, check_keys, rotate};
pub use sealed::{OpenError, Sealed};
