//! Action items: the decisions of the coordination turned into work that organisations owe,
//! with a status, a timeline and a due date everyone can see.

pub mod model;
pub mod views;
