//! Contact points: the 24/7 directory that answers "who do I call now?", with weekly hours,
//! absences, the duty rota and vCard export.

pub mod availability;
pub mod duty;
pub mod model;
pub mod vcard;
pub mod views;
