//! Administration of organisations and accounts (administrators only).

pub mod orgs;
pub mod users;

use crate::auth::session::{self, Flash};
use crate::error::AppError;
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

/// Tells the administrator, on the next page, what just happened.
pub(crate) async fn flash(
    conn: &mut AsyncPgConnection,
    session_id: Uuid,
    message: String,
) -> Result<(), AppError> {
    session::set_flash(conn, session_id, Flash::success(message)).await?;
    Ok(())
}
