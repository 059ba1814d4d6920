//! Administration of accounts: the list, the form, and the page of one account with
//! deactivation and password resets.

pub mod account;
pub mod form;
pub mod list;
