//! The signed-in user's own account: password, second factor, time zone, language, sessions.

pub mod mfa;
pub mod views;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/account", views::show);
    r.get("/account/password", views::password_form);
    r.post("/account/password", views::change_password);
    r.post("/account/time-zone", views::set_time_zone);
    r.post("/account/language", views::set_language);
    r.post("/account/sessions/{id}/revoke", views::revoke_session);
    r.get("/account/mfa", mfa::show);
    r.post("/account/mfa", mfa::enrol);
    r.post("/account/mfa/recovery-codes", mfa::new_recovery_codes);
}
