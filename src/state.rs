//! What every request handler shares: the connection pool, the settings and the password
//! hasher. One per worker (each worker has its own slice of the pool).

use crate::auth::password::PasswordHasher;
use crate::config::AppConfig;
use crate::db::Pool;

pub struct AppState {
    pub pool: Pool,
    pub config: AppConfig,
    pub hasher: PasswordHasher,
}
