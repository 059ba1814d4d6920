//! What the areas share to answer HTTP: the route collector, rendering and redirects, HTML
//! forms with the one "commit a change" step, and list pagination. Built on `pages` (what
//! every page shows) and `error` (how a failure becomes a page); neither of those imports
//! this module.

pub mod forms;
pub mod input;
pub mod list;
pub mod respond;
pub mod routes;

pub use forms::{FormVersion, HtmlForm, Saved, commit, commit_if_current};
pub use list::{ListQuery, PAGE_SIZE, Pagination, country_filter, search_text};
pub use respond::{render, render_status, see_other};
pub use routes::{RouteSpec, Routes};
