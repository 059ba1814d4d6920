//! Organisations: the directory and each organisation's workspace page.

pub mod cache;
pub mod model;
pub mod rules;
pub mod summary;
pub mod views;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/orgs", views::index);
    r.get("/orgs/{code}", views::show);
}
