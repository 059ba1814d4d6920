//! Action items: the decisions of the coordination turned into work that organisations owe,
//! with a status, a timeline and a due date everyone can see.

pub mod changes;
pub mod export;
pub mod form;
pub mod item;
pub mod list;
pub mod model;
pub mod notices;
pub mod values;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/action-items", list::index);
    r.post("/action-items", form::create);
    r.get("/action-items.csv", export::export_csv);
    r.get("/action-items/new", form::new_form);
    r.get("/action-items/{id}", item::show);
    r.get("/action-items/{id}/edit", form::edit_form);
    r.post("/action-items/{id}/edit", form::update);
    r.post("/action-items/{id}/status", item::change_status);
    r.post("/action-items/{id}/comments", item::add_comment);
}
