//! Administration of organisations and accounts (administrators only).

pub mod orgs;
pub mod users;
