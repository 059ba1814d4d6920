//! Liaison: the coordination portal of the Royal Thai Police, the embassies of the
//! participating countries and UNODC against call-centre scam compounds and trafficking.
//!
//! The layers, from the bottom (see ARCHITECTURE.md): `schema`, `domain` (parsed values),
//! `config`, `db`; `auth`, `authz`, `audit`; `pages` (what every page shows), `error` (how a
//! failure becomes a page), `web` (routes, forms, lists); then the areas, each in its own
//! folder; `startup` builds the server from them and `cli` runs it.

pub mod authz;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod mail;
pub mod markdown;
pub mod pages;
pub mod personal;
pub mod scheduler;
pub mod schema;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod users;
pub mod web;

/// Declares the areas of the portal and collects their routes, in this order. Each area is a
/// module with `pub fn routes(r: &mut web::Routes)`; adding an area is one name here. (`auth`
/// and `audit` are areas with pages too: sign-in, and the audit log.)
macro_rules! areas {
    ($($area:ident),* $(,)?) => {
        $(pub mod $area;)*

        /// Every area's routes.
        pub fn area_routes(routes: &mut web::Routes) {
            $($area::routes(routes);)*
        }
    };
}

areas! {
    health,
    assets,
    auth,
    dashboard,
    account,
    contacts,
    orgs,
    action_items,
    rescue_requests,
    referrals,
    meetings,
    notifications,
    admin,
    audit,
}
