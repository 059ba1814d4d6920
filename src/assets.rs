//! Static assets, compiled into the binary so a deployment is one file and nothing is built or
//! fetched at run time. URLs carry a content hash, so browsers may cache them for a year.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::web::Routes;

pub fn routes(r: &mut Routes) {
    r.bare_get("/static/{file}", serve);
    r.bare_get("/favicon.ico", favicon);
}

/// Browsers ask for it on every site; without it each page leaves an error in the console.
const FAVICON: &[u8] = include_bytes!("../static/img/favicon.ico");

/// At its fixed address, so it is cached for a day rather than for ever.
async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "image/x-icon"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(FAVICON)
}

const FILES: [(&str, &[u8], &str); 2] = [
    (
        "pico.min.css",
        include_bytes!("../static/vendor/pico/pico.min.css"),
        "text/css; charset=utf-8",
    ),
    (
        "liaison.css",
        include_bytes!("../static/css/liaison.css"),
        "text/css; charset=utf-8",
    ),
];

/// A short hash of every asset, appended to asset URLs (`?v=`).
pub static VERSION: LazyLock<String> = LazyLock::new(|| {
    let mut hasher = Sha256::new();
    for (_, bytes, _) in FILES {
        hasher.update(bytes);
    }
    hasher
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
});

pub async fn serve(file: web::Path<String>) -> Result<HttpResponse, AppError> {
    let (_, bytes, content_type) = FILES
        .iter()
        .find(|(name, _, _)| *name == file.as_str())
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, *content_type))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(*bytes))
}
