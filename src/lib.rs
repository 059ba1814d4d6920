//! Liaison: the coordination portal of the Royal Thai Police, the embassies of the
//! participating countries and UNODC against call-centre scam compounds and trafficking.

pub mod account;
pub mod action_items;
pub mod admin;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod cli;
pub mod config;
pub mod contacts;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod markdown;
pub mod orgs;
pub mod pages;
pub mod schema;
pub mod startup;
pub mod telemetry;
pub mod users;
