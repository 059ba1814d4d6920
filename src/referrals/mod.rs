//! Border referrals: an officer at a checkpoint (Mae Sot, the airports) refers a traveller
//! heading for a high-risk area to their embassy, calls its on-duty contact at once, and the
//! embassy must acknowledge within a deadline, or the referral escalates to the coordinators.
//! Who the traveller is stays sealed (`crate::personal`), as for rescue requests; the timers
//! are the scheduler's (`crate::scheduler`), kept in the database.

pub mod admin;
pub mod escalation;
pub mod form;
pub mod item;
pub mod list;
pub mod model;
pub mod notices;
pub mod stats;
pub mod values;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/referrals", list::index);
    r.post("/referrals", form::create);
    r.get("/referrals/new", form::new_form);
    r.get("/referrals/escalated", list::escalated);
    r.get("/referrals/stats", stats::index);
    r.get("/referrals/{id}", item::show);
    r.get("/referrals/{id}/edit", form::edit_form);
    r.post("/referrals/{id}/edit", form::update);
    r.post("/referrals/{id}/calls", item::log_call);
    r.post("/referrals/{id}/acknowledge", item::acknowledge);
    r.post("/referrals/{id}/outcome", item::record_outcome);
    r.post("/referrals/{id}/close", item::close);
    r.get("/admin/referral-policy", admin::index);
    r.post("/admin/referral-policy", admin::save_policy);
    r.post("/admin/referral-checkpoints", admin::add_checkpoint);
    r.post("/admin/referral-checkpoints/{id}/active", admin::set_checkpoint_active);
}
