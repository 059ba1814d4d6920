//! Meetings: the record of the coordination meetings (like the one at Royal Thai Police
//! headquarters with 15 embassies and UNODC): who took part and who came, the agenda, the
//! minutes from draft to circulated to approved and locked, the decisions and the action items
//! each became, carried over to the next meeting until they are done; a printable record and
//! calendars.

pub mod attendance;
pub mod calendar;
pub mod form;
pub mod item;
pub mod list;
pub mod minutes;
pub mod model;
pub mod notices;
pub mod values;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/meetings", list::index);
    r.post("/meetings", form::create);
    r.get("/meetings/new", form::new_form);
    r.get("/meetings/{id}.ics", calendar::one);
    r.get("/meetings/{id}", item::show);
    r.get("/meetings/{id}/edit", form::edit_form);
    r.post("/meetings/{id}/edit", form::update);
    r.get("/meetings/{id}/attendance", attendance::form);
    r.post("/meetings/{id}/attendance", attendance::save);
    r.get("/meetings/{id}/minutes", minutes::show);
    r.post("/meetings/{id}/minutes", minutes::save);
    r.post("/meetings/{id}/minutes/circulate", minutes::circulate);
    r.post("/meetings/{id}/minutes/approve", minutes::approve);
    r.post("/meetings/{id}/minutes/comments", minutes::comment);
    r.post("/meetings/{id}/minutes/addenda", minutes::add_addendum);
    r.get("/meetings/{id}/minutes/print", minutes::print);
    r.post("/meetings/{id}/decisions", minutes::add_decision);
    r.post("/meetings/{id}/decisions/{number}", minutes::reword_decision);
    r.bare_get("/calendar/{token}.ics", calendar::feed);
    r.post("/account/calendar-feed", calendar::make_feed);
    r.post("/account/calendar-feed/revoke", calendar::revoke_feed);
}
