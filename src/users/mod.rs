//! Accounts: the queries shared by sign-in, the account page, administration and the CLI.

pub mod model;
pub mod rules;
