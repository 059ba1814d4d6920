//! What every request handler shares: the connection pool, the settings, the password hasher
//! and what the instance keeps of the directory (the on-duty board, the organisations). One
//! per worker (each worker has its own slice of the pool); what is kept is one per instance,
//! shared by its workers.

use std::sync::Arc;

use crate::auth::password::PasswordHasher;
use crate::config::AppConfig;
use crate::contacts::board::BoardCache;
use crate::db::Pool;
use crate::orgs::cache::OrgCache;
use crate::personal::Keyring;
use crate::referrals::stats::FiguresCache;

pub struct AppState {
    pub pool: Pool,
    pub config: AppConfig,
    pub hasher: PasswordHasher,
    pub duty_board: Arc<BoardCache>,
    pub orgs: Arc<OrgCache>,
    /// The data keys that seal personal data, the same on every instance.
    pub keys: Arc<Keyring>,
    /// The referral figures, kept for a minute.
    pub figures: Arc<FiguresCache>,
    /// Signs the sign-in form's CSRF token.
    pub form_key: crate::auth::csrf::FormKey,
}
