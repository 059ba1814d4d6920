//! Administration of organisations and accounts (administrators only).

pub mod orgs;
pub mod users;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/admin/orgs", orgs::index);
    r.post("/admin/orgs", orgs::create);
    r.get("/admin/orgs/new", orgs::new_form);
    r.get("/admin/orgs/{code}", orgs::show);
    r.get("/admin/orgs/{code}/edit", orgs::edit_form);
    r.post("/admin/orgs/{code}/edit", orgs::update);
    r.post("/admin/orgs/{code}/deactivate", orgs::deactivate);
    r.post("/admin/orgs/{code}/activate", orgs::activate);

    r.get("/admin/users", users::list::index);
    r.post("/admin/users", users::form::create);
    r.get("/admin/users/new", users::form::new_form);
    r.get("/admin/users/{id}", users::account::show);
    r.get("/admin/users/{id}/edit", users::form::edit_form);
    r.post("/admin/users/{id}/edit", users::form::update);
    r.post("/admin/users/{id}/deactivate", users::account::deactivate);
    r.post("/admin/users/{id}/activate", users::account::activate);
    r.post("/admin/users/{id}/password", users::account::reset_password);
    r.post(
        "/admin/users/{id}/second-factor/reset",
        users::account::reset_second_factor,
    );
}
