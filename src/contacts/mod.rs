//! Contact points: the 24/7 directory that answers "who do I call now?", with weekly hours,
//! absences, the duty rota and vCard export.

pub mod availability;
pub mod board;
pub mod contact;
pub mod directory;
pub mod duty;
pub mod export;
pub mod form;
pub mod model;
pub mod values;
pub mod vcard;

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/contacts", directory::index);
    r.post("/contacts", form::create);
    r.get("/contacts/on-duty", duty::on_duty);
    r.get("/contacts/new", form::new_form);
    r.get("/contacts/{id}.vcf", export::vcard);
    r.get("/contacts/{id}", contact::show);
    r.get("/contacts/{id}/edit", form::edit_form);
    r.post("/contacts/{id}/edit", form::update);
    r.post("/contacts/{id}/verify", contact::verify);
    r.post("/contacts/{id}/delete", contact::delete);
    r.post("/contacts/{id}/absences", contact::add_absence);
    r.post(
        "/contacts/{id}/absences/{absence_id}/delete",
        contact::remove_absence,
    );

    r.get("/orgs/{code}/contacts.vcf", export::org_vcards);
    r.get("/orgs/{code}/duty", duty::rota);
    r.post("/orgs/{code}/duty", duty::add_shift);
    r.post("/orgs/{code}/duty/{shift_id}/delete", duty::remove_shift);
}
