//! Integration tests: a real server over HTTP, a real PostgreSQL, a database per test.

mod account;
mod action_items;
mod admin;
mod audit;
mod auth;
mod authz_matrix;
mod browser;
mod cli;
mod contacts;
mod crawl;
mod demo;
mod health;
mod helpers;
mod languages;
mod markup;
mod meetings;
mod mfa;
mod notifications;
mod odd_input;
mod referrals;
mod rescue_requests;
mod smtp;
