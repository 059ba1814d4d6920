//! The health check load balancers and monitors call: 200 when the database answers, 503 when
//! it does not. Outside the session, so it costs one query.

use actix_web::HttpResponse;
use actix_web::web::Data;

use crate::db;
use crate::state::AppState;
use crate::web::Routes;

pub fn routes(r: &mut Routes) {
    r.bare_get("/healthz", healthz);
}

async fn healthz(state: Data<AppState>) -> HttpResponse {
    if db::ping(&state.pool).await {
        HttpResponse::Ok().content_type("text/plain").body("ok\n")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable\n")
    }
}
