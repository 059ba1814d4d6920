//! Organisations: the directory and each organisation's workspace page.

pub mod model;
pub mod views;
