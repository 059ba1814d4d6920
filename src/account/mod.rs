//! The signed-in user's own account: password, time zone, sessions.

pub mod views;
