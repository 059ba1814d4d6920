//! Password hashing with argon2id, off the async workers, on a few threads of its own that run
//! at a lower priority than the request workers. A burst of sign-ins (a shift starting) then
//! takes the CPU the pages leave idle instead of slowing every page: measured beside the
//! dashboard, the burst cost it 23% of its requests/s on the blocking pool, and 4-15% here
//! (runs of `scripts/bench`). When the machine is saturated, sign-ins wait longer; nothing else does.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, LazyLock, Mutex};

use anyhow::{Context, anyhow};
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use tracing::Span;

/// How much less the hashing threads weigh than the request workers (Linux nice values, 0 to
/// 19): at 10 a saturated machine still gives them about a tenth of its time, so sign-ins
/// continue, slowly.
const NICENESS: i32 = 10;

type Job = Box<dyn FnOnce() + Send>;

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
    jobs: Sender<Job>,
}

impl PasswordHasher {
    /// Starts `threads` hashing threads; at most that many hashes run at once.
    pub fn new(threads: usize) -> PasswordHasher {
        LazyLock::force(&DUMMY_HASH);
        let (jobs, queue) = channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads.max(1) {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            // Every sender is gone: the server has stopped.
                            Err(_) => return,
                        }
                    }
                })
                .expect("starting a hashing thread");
        }
        PasswordHasher { jobs }
    }

    /// Runs `work` on a hashing thread, in the caller's span so its log lines keep the
    /// request id.
    async fn run<R: Send + 'static>(
        &self,
        work: impl FnOnce() -> R + Send + 'static,
    ) -> anyhow::Result<R> {
        let (done, result) = tokio::sync::oneshot::channel();
        let span = Span::current();
        self.jobs
            .send(Box::new(move || {
                let _ = done.send(span.in_scope(work));
            }))
            .map_err(|_| anyhow!("the hashing threads have stopped"))?;
        result.await.context("a hashing thread ended mid-job")
    }

    pub async fn hash(&self, password: SecretString) -> anyhow::Result<String> {
        self.run(move || hash_now(&password)).await?
    }

    /// True when `password` matches `stored`; with no stored hash, does the same work and
    /// answers false.
    pub async fn verify(
        &self,
        password: SecretString,
        stored: Option<String>,
    ) -> anyhow::Result<bool> {
        self.run(move || {
            let known = stored.is_some();
            let hash = stored.unwrap_or_else(|| DUMMY_HASH.clone());
            let parsed =
                PasswordHash::new(&hash).map_err(|e| anyhow!("stored hash unreadable: {e}"))?;
            let matches = argon2()
                .verify_password(password.expose_secret().as_bytes(), &parsed)
                .is_ok();
            Ok(known && matches)
        })
        .await?
    }
}

/// Gives the calling thread a higher nice value (on Linux, each thread has its own). Where
/// that is refused, hashing runs at normal priority, as before.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority reads no memory of ours; `0` names the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, NICENESS);
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
