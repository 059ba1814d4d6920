//! Password hashing with argon2id, off the async workers and bounded in concurrency so a burst
//! of sign-ins cannot starve the machine.

use std::sync::{Arc, LazyLock};

use anyhow::{Context, anyhow};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

use crate::telemetry::spawn_blocking_with_tracing;

/// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Verified against when the account does not exist, so that an unknown email costs the same
/// time as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    argon2()
        .hash_password(b"no account has this password")
        .expect("hashing a constant works")
        .to_string()
});

#[derive(Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
}

impl PasswordHasher {
    pub fn new(max_concurrent: usize) -> PasswordHasher {
        LazyLock::force(&DUMMY_HASH);
        PasswordHasher {
            permits: Arc::new(Semaphore::new(max_concurrent.max(1))),
        }
    }

    pub async fn hash(&self, password: SecretString) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        spawn_blocking_with_tracing(move || hash_now(&password))
            .await
            .context("hashing task failed")?
    }

    /// True when `password` matches `stored`; with no stored hash, does the same work and
    /// answers false.
    pub async fn verify(
        &self,
        password: SecretString,
        stored: Option<String>,
    ) -> anyhow::Result<bool> {
        let _permit = self.permits.acquire().await.context("hasher closed")?;
        spawn_blocking_with_tracing(move || {
            let known = stored.is_some();
            let hash = stored.unwrap_or_else(|| DUMMY_HASH.clone());
            let parsed =
                PasswordHash::new(&hash).map_err(|e| anyhow!("stored hash unreadable: {e}"))?;
            let matches = argon2()
                .verify_password(password.expose_secret().as_bytes(), &parsed)
                .is_ok();
            Ok(known && matches)
        })
        .await
        .context("verification task failed")?
    }
}

/// Hashes on the calling thread: for the CLI and seeding, never on an async worker.
pub fn hash_now(password: &SecretString) -> anyhow::Result<String> {
    argon2()
        .hash_password(password.expose_secret().as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow!("hashing failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn verifies_what_it_hashed() {
        let hasher = PasswordHasher::new(2);
        let hash = hasher
            .hash(SecretString::from("correct horse battery"))
            .await
            .unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            hasher
                .verify(
                    SecretString::from("correct horse battery"),
                    Some(hash.clone())
                )
                .await
                .unwrap()
        );
        assert!(
            !hasher
                .verify(SecretString::from("wrong horse battery"), Some(hash))
                .await
                .unwrap()
        );
        assert!(
            !hasher
                .verify(SecretString::from("no account has this password"), None)
                .await
                .unwrap()
        );
    }
}
