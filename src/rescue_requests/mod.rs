//! Rescue requests: an embassy asks the Thai police to find and bring back one of its nationals
//! held in a scam compound, and follows the case to repatriation. Who the person is stays
//! sealed (`crate::personal`): only their country and the coordinators ever see it, every view
//! is audited, and observers follow the flow without it.

pub mod areas;
pub mod export;
pub mod form;
pub mod item;
pub mod list;
pub mod model;
pub mod notices;
pub mod operations;
pub mod values;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/rescue-requests", list::index);
    r.post("/rescue-requests", form::create);
    r.get("/rescue-requests.csv", export::export_csv);
    r.get("/rescue-requests/new", form::new_form);
    r.post("/rescue-requests/search", list::search);
    r.get("/rescue-requests/{id}", item::show);
    r.get("/rescue-requests/{id}/edit", form::edit_form);
    r.post("/rescue-requests/{id}/edit", form::update);
    r.post("/rescue-requests/{id}/status", item::take_step);
    r.post("/rescue-requests/{id}/notes", item::add_note);
    r.post("/rescue-requests/{id}/assignment", item::assign);
    r.post("/rescue-requests/{id}/operation", item::set_operation);
    r.get("/rescue-operations", operations::index);
    r.post("/rescue-operations", operations::create);
    r.get("/rescue-operations/new", operations::new_form);
    r.get("/rescue-operations/{id}", operations::show);
    r.get("/admin/rescue-areas", areas::index);
    r.post("/admin/rescue-areas", areas::create);
    r.post("/admin/rescue-areas/{id}/active", areas::set_active);
}
