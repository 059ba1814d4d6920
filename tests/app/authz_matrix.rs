//! Every route × every role → the expected status. A route the application serves without a
//! row here fails the test, and so does a row for a route it does not serve.

use std::collections::BTreeSet;

use liaison::web::routes::route_specs;
use reqwest::StatusCode;

use crate::helpers::{Client, Records, Role, TZA_EMAIL, TestApp, path_matches};

const OK: u16 = 200;
const SEE_OTHER: u16 = 303;
const FORBIDDEN: u16 = 403;
const NOT_FOUND: u16 = 404;
const UNPROCESSABLE: u16 = 422;
const CONFLICT: u16 = 409;

/// One row: the route, how to call it, and the status per role, in the order of
/// [`Role::ALL`]: anonymous, admin, coordinator, country member, observer.
pub struct Row {
    pub method: &'static str,
    pub pattern: &'static str,
    pub path: String,
    form: Vec<(&'static str, String)>,
    pub expected: [u16; 5],
}

fn get(pattern: &'static str, path: impl Into<String>, expected: [u16; 5]) -> Row {
    Row {
        method: "GET",
        pattern,
        path: path.into(),
        form: Vec::new(),
        expected,
    }
}

fn post(
    pattern: &'static str,
    path: impl Into<String>,
    form: &[(&'static str, &str)],
    expected: [u16; 5],
) -> Row {
    Row {
        method: "POST",
        pattern,
        path: path.into(),
        form: form.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        expected,
    }
}

/// Signed-out visitors are sent to sign in; pages are for everyone signed in.
const PAGE: [u16; 5] = [SEE_OTHER, OK, OK, OK, OK];
/// Pages and forms for everyone who may write: observers are refused.
const WRITER_PAGE: [u16; 5] = [SEE_OTHER, OK, OK, OK, FORBIDDEN];
const WRITER_POST_INVALID: [u16; 5] = [
    SEE_OTHER,
    UNPROCESSABLE,
    UNPROCESSABLE,
    UNPROCESSABLE,
    FORBIDDEN,
];
/// Another organisation's records: coordinators may, its neighbours and observers may not.
const OTHERS_REFUSED_PAGE: [u16; 5] = [SEE_OTHER, OK, OK, FORBIDDEN, FORBIDDEN];
const OTHERS_REFUSED_INVALID: [u16; 5] = [
    SEE_OTHER,
    UNPROCESSABLE,
    UNPROCESSABLE,
    FORBIDDEN,
    FORBIDDEN,
];
const ADMIN_PAGE: [u16; 5] = [SEE_OTHER, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN];
const ADMIN_POST_REDIRECT: [u16; 5] = [SEE_OTHER, SEE_OTHER, FORBIDDEN, FORBIDDEN, FORBIDDEN];
const ADMIN_POST_INVALID: [u16; 5] = [SEE_OTHER, UNPROCESSABLE, FORBIDDEN, FORBIDDEN, FORBIDDEN];

/// The matrix's rows, with the records they name seeded in `app`. Shared with the language
/// test, which renders every page a role may open in every language.
pub async fn rows(app: &TestApp) -> Vec<Row> {
    let tza = app.user_id(TZA_EMAIL).await;
    // Tanzania's member's session: nobody else may end it.
    let tza_session = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::sessions;
        let _signed_in = app.login_email(TZA_EMAIL).await;
        let mut conn = app.conn().await;
        sessions::table
            .filter(sessions::user_id.eq(tza))
            .select(sessions::id)
            .first::<uuid::Uuid>(&mut conn)
            .await
            .unwrap()
    };
    let Records {
        shared_bra,
        restricted_tza,
        shared_tza,
        bra_contact,
        tza_contact,
        tza_shift,
        bra_request,
        tza_request,
        operation,
        bra_referral,
        tza_referral,
        bra_meeting,
        tza_meeting,
        approved_meeting,
    } = app.seed_records().await;
    let long_minutes = "x".repeat(100_001);
    let area = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::rescue_areas;
        let mut conn = app.conn().await;
        rescue_areas::table
            .filter(rescue_areas::is_other.eq(false))
            .select(rescue_areas::id)
            .first::<uuid::Uuid>(&mut conn)
            .await
            .unwrap()
    };
    let checkpoint = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::referral_checkpoints;
        let mut conn = app.conn().await;
        referral_checkpoints::table
            .filter(referral_checkpoints::is_other.eq(false))
            .select(referral_checkpoints::id)
            .first::<uuid::Uuid>(&mut conn)
            .await
            .unwrap()
    };
    let unknown_absence = uuid::Uuid::now_v7();

    let rows = vec![
        get("/healthz", "/healthz", [OK; 5]),
        get("/static/{file}", "/static/liaison.css", [OK; 5]),
        get("/favicon.ico", "/favicon.ico", [OK; 5]),
        get("/", "/", PAGE),
        get(
            "/login",
            "/login",
            [OK, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER],
        ),
        post(
            "/login",
            "/login",
            &[("email", ""), ("password", "")],
            [UNPROCESSABLE; 5],
        ),
        // Without a password accepted first, the code's page sends everyone on: signed-out
        // visitors to sign in, the signed-in home.
        get("/login/mfa", "/login/mfa", [SEE_OTHER; 5]),
        post(
            "/login/mfa",
            "/login/mfa",
            &[("code", "123456")],
            [SEE_OTHER; 5],
        ),
        get("/account", "/account", PAGE),
        // Every account may set up a second factor, observers too.
        get("/account/mfa", "/account/mfa", PAGE),
        post(
            "/account/mfa",
            "/account/mfa",
            &[("code", "")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                UNPROCESSABLE,
                UNPROCESSABLE,
            ],
        ),
        // Nobody here has one yet: back to the setup.
        post(
            "/account/mfa/recovery-codes",
            "/account/mfa/recovery-codes",
            &[("code", "123456")],
            [SEE_OTHER; 5],
        ),
        get("/account/password", "/account/password", PAGE),
        post(
            "/account/password",
            "/account/password",
            &[
                ("current_password", "not my password at all"),
                ("new_password", "x"),
                ("confirm_password", "y"),
            ],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                UNPROCESSABLE,
                UNPROCESSABLE,
            ],
        ),
        post(
            "/account/time-zone",
            "/account/time-zone",
            &[("time_zone", "Asia/Bangkok")],
            [SEE_OTHER; 5],
        ),
        // Empty: the browser's language, so the rows after it stay in English.
        post(
            "/account/language",
            "/account/language",
            &[("language", "")],
            [SEE_OTHER; 5],
        ),
        post(
            "/account/sessions/{id}/revoke",
            format!("/account/sessions/{tza_session}/revoke"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
        ),
        get("/contacts", "/contacts", PAGE),
        get("/contacts/on-duty", "/contacts/on-duty", PAGE),
        get("/contacts/new", "/contacts/new", WRITER_PAGE),
        post(
            "/contacts",
            "/contacts",
            &[("name", "")],
            WRITER_POST_INVALID,
        ),
        get("/contacts/{id}", format!("/contacts/{tza_contact}"), PAGE),
        get(
            "/contacts/{id}.vcf",
            format!("/contacts/{tza_contact}.vcf"),
            PAGE,
        ),
        get(
            "/contacts/{id}/edit",
            format!("/contacts/{bra_contact}/edit"),
            WRITER_PAGE,
        ),
        get(
            "/contacts/{id}/edit",
            format!("/contacts/{tza_contact}/edit"),
            OTHERS_REFUSED_PAGE,
        ),
        post(
            "/contacts/{id}/edit",
            format!("/contacts/{bra_contact}/edit"),
            &[("name", ""), ("version", "1")],
            WRITER_POST_INVALID,
        ),
        post(
            "/contacts/{id}/edit",
            format!("/contacts/{tza_contact}/edit"),
            &[("name", ""), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/contacts/{id}/verify",
            format!("/contacts/{bra_contact}/verify"),
            &[],
            [SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, FORBIDDEN],
        ),
        post(
            "/contacts/{id}/verify",
            format!("/contacts/{tza_contact}/verify"),
            &[],
            [SEE_OTHER, SEE_OTHER, SEE_OTHER, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/contacts/{id}/delete",
            format!("/contacts/{bra_contact}/delete"),
            &[],
            WRITER_POST_INVALID,
        ),
        post(
            "/contacts/{id}/delete",
            format!("/contacts/{tza_contact}/delete"),
            &[],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/contacts/{id}/absences",
            format!("/contacts/{bra_contact}/absences"),
            &[("starts_on", "")],
            WRITER_POST_INVALID,
        ),
        post(
            "/contacts/{id}/absences",
            format!("/contacts/{tza_contact}/absences"),
            &[("starts_on", "")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/contacts/{id}/absences/{absence_id}/delete",
            format!("/contacts/{bra_contact}/absences/{unknown_absence}/delete"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/contacts/{id}/absences/{absence_id}/delete",
            format!("/contacts/{tza_contact}/absences/{unknown_absence}/delete"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN],
        ),
        get("/orgs", "/orgs", PAGE),
        get("/orgs/{code}", "/orgs/TZA", PAGE),
        get("/orgs/{code}/contacts.vcf", "/orgs/TZA/contacts.vcf", PAGE),
        get("/orgs/{code}/duty", "/orgs/TZA/duty", PAGE),
        post(
            "/orgs/{code}/duty",
            "/orgs/BRA/duty",
            &[("contact", "")],
            WRITER_POST_INVALID,
        ),
        post(
            "/orgs/{code}/duty",
            "/orgs/TZA/duty",
            &[("contact", "")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/orgs/{code}/duty/{shift_id}/delete",
            format!("/orgs/BRA/duty/{tza_shift}/delete"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/orgs/{code}/duty/{shift_id}/delete",
            format!("/orgs/TZA/duty/{unknown_absence}/delete"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN],
        ),
        get("/action-items", "/action-items", PAGE),
        get("/action-items.csv", "/action-items.csv", PAGE),
        get("/action-items/new", "/action-items/new", WRITER_PAGE),
        post(
            "/action-items",
            "/action-items",
            &[("title", "")],
            WRITER_POST_INVALID,
        ),
        get(
            "/action-items/{id}",
            format!("/action-items/{shared_bra}"),
            PAGE,
        ),
        get(
            "/action-items/{id}",
            format!("/action-items/{restricted_tza}"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        get(
            "/action-items/{id}/edit",
            format!("/action-items/{shared_bra}/edit"),
            [SEE_OTHER, OK, OK, FORBIDDEN, FORBIDDEN],
        ),
        get(
            "/action-items/{id}/edit",
            format!("/action-items/{restricted_tza}/edit"),
            [SEE_OTHER, OK, OK, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/action-items/{id}/edit",
            format!("/action-items/{shared_tza}/edit"),
            &[("title", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                FORBIDDEN,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/edit",
            format!("/action-items/{restricted_tza}/edit"),
            &[("title", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/edit",
            format!("/action-items/{shared_bra}/edit"),
            &[("title", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                FORBIDDEN,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/status",
            format!("/action-items/{shared_bra}/status"),
            &[("status", "bogus"), ("version", "1")],
            WRITER_POST_INVALID,
        ),
        post(
            "/action-items/{id}/status",
            format!("/action-items/{shared_tza}/status"),
            &[("status", "bogus"), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                FORBIDDEN,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/status",
            format!("/action-items/{restricted_tza}/status"),
            &[("status", "bogus"), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/comments",
            format!("/action-items/{shared_bra}/comments"),
            &[("comment", "")],
            WRITER_POST_INVALID,
        ),
        post(
            "/action-items/{id}/comments",
            format!("/action-items/{shared_tza}/comments"),
            &[("comment", "")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                FORBIDDEN,
                FORBIDDEN,
            ],
        ),
        post(
            "/action-items/{id}/comments",
            format!("/action-items/{restricted_tza}/comments"),
            &[("comment", "")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        get("/admin/orgs", "/admin/orgs", ADMIN_PAGE),
        get("/admin/orgs/new", "/admin/orgs/new", ADMIN_PAGE),
        post(
            "/admin/orgs",
            "/admin/orgs",
            &[("code", "")],
            ADMIN_POST_INVALID,
        ),
        get("/admin/orgs/{code}", "/admin/orgs/TZA", ADMIN_PAGE),
        get(
            "/admin/orgs/{code}/edit",
            "/admin/orgs/TZA/edit",
            ADMIN_PAGE,
        ),
        post(
            "/admin/orgs/{code}/edit",
            "/admin/orgs/TZA/edit",
            &[("name", ""), ("version", "1")],
            ADMIN_POST_INVALID,
        ),
        post(
            "/admin/orgs/{code}/deactivate",
            "/admin/orgs/TZA/deactivate",
            &[],
            ADMIN_POST_REDIRECT,
        ),
        post(
            "/admin/orgs/{code}/activate",
            "/admin/orgs/TZA/activate",
            &[],
            ADMIN_POST_REDIRECT,
        ),
        get("/admin/users", "/admin/users", ADMIN_PAGE),
        get("/admin/users/new", "/admin/users/new", ADMIN_PAGE),
        post(
            "/admin/users",
            "/admin/users",
            &[("email", "")],
            ADMIN_POST_INVALID,
        ),
        get(
            "/admin/users/{id}",
            format!("/admin/users/{tza}"),
            ADMIN_PAGE,
        ),
        get(
            "/admin/users/{id}/edit",
            format!("/admin/users/{tza}/edit"),
            ADMIN_PAGE,
        ),
        post(
            "/admin/users/{id}/edit",
            format!("/admin/users/{tza}/edit"),
            &[("email", "")],
            ADMIN_POST_INVALID,
        ),
        post(
            "/admin/users/{id}/deactivate",
            format!("/admin/users/{tza}/deactivate"),
            &[],
            ADMIN_POST_REDIRECT,
        ),
        post(
            "/admin/users/{id}/activate",
            format!("/admin/users/{tza}/activate"),
            &[],
            ADMIN_POST_REDIRECT,
        ),
        post(
            "/admin/users/{id}/password",
            format!("/admin/users/{tza}/password"),
            &[("password", "a temporary passphrase")],
            ADMIN_POST_REDIRECT,
        ),
        post(
            "/admin/users/{id}/second-factor/reset",
            format!("/admin/users/{tza}/second-factor/reset"),
            &[],
            ADMIN_POST_REDIRECT,
        ),
        get(
            "/audit",
            "/audit",
            [SEE_OTHER, OK, OK, FORBIDDEN, FORBIDDEN],
        ),
        // Rescue requests: Brazil's member sees its nationals' requests and nobody else's;
        // observers read every request without the personal data and change nothing;
        // coordinators move the workflow, assign, group and export.
        get("/rescue-requests", "/rescue-requests", PAGE),
        get(
            "/rescue-requests.csv",
            "/rescue-requests.csv",
            [SEE_OTHER, OK, OK, FORBIDDEN, FORBIDDEN],
        ),
        get("/rescue-requests/new", "/rescue-requests/new", WRITER_PAGE),
        post(
            "/rescue-requests",
            "/rescue-requests",
            &[("full_name", "")],
            WRITER_POST_INVALID,
        ),
        post(
            "/rescue-requests/search",
            "/rescue-requests/search",
            &[("passport_number", "FT100001")],
            [SEE_OTHER, OK, OK, OK, OK],
        ),
        get(
            "/rescue-requests/{id}",
            format!("/rescue-requests/{bra_request}"),
            PAGE,
        ),
        get(
            "/rescue-requests/{id}",
            format!("/rescue-requests/{tza_request}"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        get(
            "/rescue-requests/{id}/edit",
            format!("/rescue-requests/{bra_request}/edit"),
            WRITER_PAGE,
        ),
        get(
            "/rescue-requests/{id}/edit",
            format!("/rescue-requests/{tza_request}/edit"),
            [SEE_OTHER, OK, OK, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/rescue-requests/{id}/edit",
            format!("/rescue-requests/{bra_request}/edit"),
            &[("full_name", ""), ("version", "1")],
            WRITER_POST_INVALID,
        ),
        post(
            "/rescue-requests/{id}/edit",
            format!("/rescue-requests/{tza_request}/edit"),
            &[("full_name", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/rescue-requests/{id}/status",
            format!("/rescue-requests/{bra_request}/status"),
            &[("status", "bogus"), ("version", "1")],
            WRITER_POST_INVALID,
        ),
        // A real step on a stale version: coordinators get the conflict, the embassy may not
        // take the step at all.
        post(
            "/rescue-requests/{id}/status",
            format!("/rescue-requests/{bra_request}/status"),
            &[("status", "under_review"), ("version", "0")],
            [SEE_OTHER, 409, 409, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/rescue-requests/{id}/status",
            format!("/rescue-requests/{tza_request}/status"),
            &[("status", "bogus"), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/rescue-requests/{id}/notes",
            format!("/rescue-requests/{bra_request}/notes"),
            &[("note", "")],
            WRITER_POST_INVALID,
        ),
        post(
            "/rescue-requests/{id}/notes",
            format!("/rescue-requests/{tza_request}/notes"),
            &[("note", "")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/rescue-requests/{id}/assignment",
            format!("/rescue-requests/{bra_request}/assignment"),
            &[("unit", "bogus"), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/rescue-requests/{id}/assignment",
            format!("/rescue-requests/{tza_request}/assignment"),
            &[("unit", "bogus"), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/rescue-requests/{id}/operation",
            format!("/rescue-requests/{bra_request}/operation"),
            &[("operation", "bogus")],
            OTHERS_REFUSED_INVALID,
        ),
        get("/rescue-operations", "/rescue-operations", PAGE),
        get(
            "/rescue-operations/new",
            "/rescue-operations/new",
            OTHERS_REFUSED_PAGE,
        ),
        post(
            "/rescue-operations",
            "/rescue-operations",
            &[("name", "")],
            OTHERS_REFUSED_INVALID,
        ),
        get(
            "/rescue-operations/{id}",
            format!("/rescue-operations/{operation}"),
            PAGE,
        ),
        get("/admin/rescue-areas", "/admin/rescue-areas", ADMIN_PAGE),
        post(
            "/admin/rescue-areas",
            "/admin/rescue-areas",
            &[("name", "")],
            ADMIN_POST_INVALID,
        ),
        post(
            "/admin/rescue-areas/{id}/active",
            format!("/admin/rescue-areas/{area}/active"),
            &[("active", "bogus")],
            [SEE_OTHER, 400, FORBIDDEN, FORBIDDEN, FORBIDDEN],
        ),
        // Border referrals: coordinators file them and take the checkpoint's steps; the
        // traveller's country alone acknowledges and records the outcome, and sees no other
        // country's referral (404 before any role check); observers read without the
        // traveller and change nothing. Every form below is refused, so nothing is written.
        get("/referrals", "/referrals", PAGE),
        post(
            "/referrals",
            "/referrals",
            &[("full_name", "")],
            OTHERS_REFUSED_INVALID,
        ),
        get("/referrals/new", "/referrals/new", OTHERS_REFUSED_PAGE),
        get(
            "/referrals/escalated",
            "/referrals/escalated",
            [SEE_OTHER, OK, OK, FORBIDDEN, OK],
        ),
        get("/referrals/stats", "/referrals/stats", PAGE),
        get(
            "/referrals/{id}",
            format!("/referrals/{bra_referral}"),
            PAGE,
        ),
        get(
            "/referrals/{id}",
            format!("/referrals/{tza_referral}"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        get(
            "/referrals/{id}/edit",
            format!("/referrals/{bra_referral}/edit"),
            OTHERS_REFUSED_PAGE,
        ),
        get(
            "/referrals/{id}/edit",
            format!("/referrals/{tza_referral}/edit"),
            [SEE_OTHER, OK, OK, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/referrals/{id}/edit",
            format!("/referrals/{bra_referral}/edit"),
            &[("full_name", ""), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/referrals/{id}/edit",
            format!("/referrals/{tza_referral}/edit"),
            &[("full_name", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/referrals/{id}/calls",
            format!("/referrals/{bra_referral}/calls"),
            &[("channel", "bogus"), ("result", "bogus")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/referrals/{id}/calls",
            format!("/referrals/{tza_referral}/calls"),
            &[("channel", "bogus"), ("result", "bogus")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/referrals/{id}/acknowledge",
            format!("/referrals/{bra_referral}/acknowledge"),
            &[("estimate", "bogus"), ("version", "1")],
            [SEE_OTHER, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN],
        ),
        post(
            "/referrals/{id}/acknowledge",
            format!("/referrals/{tza_referral}/acknowledge"),
            &[("estimate", "bogus"), ("version", "1")],
            [SEE_OTHER, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/referrals/{id}/outcome",
            format!("/referrals/{bra_referral}/outcome"),
            &[("outcome", "bogus"), ("version", "1")],
            [SEE_OTHER, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN],
        ),
        post(
            "/referrals/{id}/outcome",
            format!("/referrals/{tza_referral}/outcome"),
            &[("outcome", "bogus"), ("version", "1")],
            [SEE_OTHER, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN],
        ),
        post(
            "/referrals/{id}/close",
            format!("/referrals/{bra_referral}/close"),
            &[("reason", ""), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/referrals/{id}/close",
            format!("/referrals/{tza_referral}/close"),
            &[("reason", ""), ("version", "1")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        get(
            "/admin/referral-policy",
            "/admin/referral-policy",
            ADMIN_PAGE,
        ),
        post(
            "/admin/referral-policy",
            "/admin/referral-policy",
            &[
                ("ack_minutes_held", ""),
                ("ack_minutes_continued", ""),
                ("version", "1"),
            ],
            ADMIN_POST_INVALID,
        ),
        post(
            "/admin/referral-checkpoints",
            "/admin/referral-checkpoints",
            &[("name", "")],
            ADMIN_POST_INVALID,
        ),
        post(
            "/admin/referral-checkpoints/{id}/active",
            format!("/admin/referral-checkpoints/{checkpoint}/active"),
            &[("active", "bogus")],
            [SEE_OTHER, 400, FORBIDDEN, FORBIDDEN, FORBIDDEN],
        ),
        // Meetings: coordinators run them; a country sees those it takes part in (another
        // country's answers 404) and comments on circulated minutes; observers read every one
        // and change nothing. Every form below is refused, so nothing is written.
        get("/meetings", "/meetings", PAGE),
        post(
            "/meetings",
            "/meetings",
            &[("title", "")],
            OTHERS_REFUSED_INVALID,
        ),
        get("/meetings/new", "/meetings/new", OTHERS_REFUSED_PAGE),
        get(
            "/meetings/{id}.ics",
            format!("/meetings/{bra_meeting}.ics"),
            PAGE,
        ),
        get(
            "/meetings/{id}.ics",
            format!("/meetings/{tza_meeting}.ics"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        get("/meetings/{id}", format!("/meetings/{bra_meeting}"), PAGE),
        get(
            "/meetings/{id}",
            format!("/meetings/{tza_meeting}"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        get(
            "/meetings/{id}/edit",
            format!("/meetings/{bra_meeting}/edit"),
            OTHERS_REFUSED_PAGE,
        ),
        post(
            "/meetings/{id}/edit",
            format!("/meetings/{bra_meeting}/edit"),
            &[("title", ""), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        get(
            "/meetings/{id}/attendance",
            format!("/meetings/{bra_meeting}/attendance"),
            OTHERS_REFUSED_PAGE,
        ),
        post(
            "/meetings/{id}/attendance",
            format!("/meetings/{bra_meeting}/attendance"),
            &[("org", "BRA"), ("attendance", "bogus"), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        get(
            "/meetings/{id}/minutes",
            format!("/meetings/{bra_meeting}/minutes"),
            PAGE,
        ),
        get(
            "/meetings/{id}/minutes",
            format!("/meetings/{tza_meeting}/minutes"),
            [SEE_OTHER, OK, OK, NOT_FOUND, OK],
        ),
        post(
            "/meetings/{id}/minutes",
            format!("/meetings/{bra_meeting}/minutes"),
            &[("minutes", long_minutes.as_str()), ("version", "1")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/meetings/{id}/minutes",
            format!("/meetings/{approved_meeting}/minutes"),
            &[("minutes", "Rewritten"), ("version", "1")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/minutes/circulate",
            format!("/meetings/{bra_meeting}/minutes/circulate"),
            &[("version", "999")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/minutes/approve",
            format!("/meetings/{bra_meeting}/minutes/approve"),
            &[("version", "1")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/minutes/comments",
            format!("/meetings/{bra_meeting}/minutes/comments"),
            &[("comment", "")],
            [SEE_OTHER, CONFLICT, CONFLICT, CONFLICT, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/minutes/comments",
            format!("/meetings/{tza_meeting}/minutes/comments"),
            &[("comment", "")],
            [
                SEE_OTHER,
                UNPROCESSABLE,
                UNPROCESSABLE,
                NOT_FOUND,
                FORBIDDEN,
            ],
        ),
        post(
            "/meetings/{id}/minutes/addenda",
            format!("/meetings/{bra_meeting}/minutes/addenda"),
            &[("addendum", "A correction")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/minutes/addenda",
            format!("/meetings/{approved_meeting}/minutes/addenda"),
            &[("addendum", "")],
            OTHERS_REFUSED_INVALID,
        ),
        get(
            "/meetings/{id}/minutes/print",
            format!("/meetings/{bra_meeting}/minutes/print"),
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
        ),
        get(
            "/meetings/{id}/minutes/print",
            format!("/meetings/{approved_meeting}/minutes/print"),
            PAGE,
        ),
        post(
            "/meetings/{id}/decisions",
            format!("/meetings/{bra_meeting}/decisions"),
            &[("decision", "")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/meetings/{id}/decisions",
            format!("/meetings/{approved_meeting}/decisions"),
            &[("decision", "Too late")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        post(
            "/meetings/{id}/decisions/{number}",
            format!("/meetings/{bra_meeting}/decisions/1"),
            &[("decision", "")],
            OTHERS_REFUSED_INVALID,
        ),
        post(
            "/meetings/{id}/decisions/{number}",
            format!("/meetings/{approved_meeting}/decisions/1"),
            &[("decision", "Rewritten")],
            [SEE_OTHER, CONFLICT, CONFLICT, FORBIDDEN, FORBIDDEN],
        ),
        // A feed is read without a session: an unknown token is nobody's calendar.
        get(
            "/calendar/{token}.ics",
            format!("/calendar/{}.ics", "A".repeat(43)),
            [NOT_FOUND; 5],
        ),
        post(
            "/account/calendar-feed",
            "/account/calendar-feed",
            &[],
            [SEE_OTHER, OK, OK, OK, OK],
        ),
        post(
            "/account/calendar-feed/revoke",
            "/account/calendar-feed/revoke",
            &[],
            [SEE_OTHER; 5],
        ),
        // Everyone's own notifications; another's (or none) is not there.
        get("/notifications", "/notifications", PAGE),
        post(
            "/notifications/read",
            "/notifications/read",
            &[],
            [SEE_OTHER; 5],
        ),
        post(
            "/notifications/{id}/read",
            format!("/notifications/{unknown_absence}/read"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
        ),
        post(
            "/notifications/{id}/open",
            format!("/notifications/{unknown_absence}/open"),
            &[],
            [SEE_OTHER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
        ),
        post(
            "/account/notifications",
            "/account/notifications",
            &[
                ("email", "item_assigned"),
                ("email", "item_status"),
                ("email", "item_comment"),
                ("email", "referral_filed"),
                ("email", "referral_acknowledged"),
                ("email", "rescue_filed"),
                ("email", "rescue_moved"),
                ("email", "minutes_circulated"),
                ("email", "minutes_approved"),
                ("email", "digest"),
            ],
            [SEE_OTHER; 5],
        ),
        // Anyone who may read an item may follow it, observers too; Brazil may not read
        // Tanzania's restricted one.
        post(
            "/action-items/{id}/follow",
            format!("/action-items/{restricted_tza}/follow"),
            &[],
            [SEE_OTHER, SEE_OTHER, SEE_OTHER, NOT_FOUND, SEE_OTHER],
        ),
        post(
            "/action-items/{id}/unfollow",
            format!("/action-items/{restricted_tza}/unfollow"),
            &[],
            [SEE_OTHER, SEE_OTHER, SEE_OTHER, NOT_FOUND, SEE_OTHER],
        ),
        get("/admin/emails", "/admin/emails", ADMIN_PAGE),
        post(
            "/admin/emails/{id}/retry",
            format!("/admin/emails/{unknown_absence}/retry"),
            &[],
            [SEE_OTHER, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN],
        ),
        // Last: it ends the sessions the rows above use.
        post("/logout", "/logout", &[], [SEE_OTHER; 5]),
    ];
    rows
}

#[tokio::test]
async fn every_route_answers_each_role_as_designed() {
    let app = TestApp::spawn().await;
    let rows = rows(&app).await;

    // The table covers exactly the routes the application serves.
    let served: BTreeSet<(String, String)> = route_specs()
        .into_iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let covered: BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r.method.to_owned(), r.pattern.to_owned()))
        .collect();
    let missing: Vec<_> = served.difference(&covered).collect();
    // Each row calls the route it names, so a typo cannot pass as a 404.
    let misnamed: Vec<_> = rows
        .iter()
        .filter(|r| !path_matches(r.pattern, &r.path))
        .map(|r| (r.pattern, r.path.as_str()))
        .collect();
    assert!(
        misnamed.is_empty(),
        "rows whose path is not their route: {misnamed:?}"
    );
    let extra: Vec<_> = covered.difference(&served).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the authorization matrix: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "rows for routes the application does not serve: {extra:?}"
    );

    let mut clients: Vec<(Role, Client)> = Vec::new();
    for role in Role::ALL {
        clients.push((role, app.login_as(role).await));
    }

    let mut failures = Vec::new();
    for row in &rows {
        for (index, (role, client)) in clients.iter().enumerate() {
            let page = match row.method {
                "GET" => client.get(&row.path).await,
                _ => {
                    let form: Vec<(&str, &str)> =
                        row.form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    client.post(&row.path, &form).await
                }
            };
            let expected = StatusCode::from_u16(row.expected[index]).unwrap();
            // A refusal must come from authorization, not from a broken CSRF token.
            let refused_by_policy =
                page.status != StatusCode::FORBIDDEN || page.body.contains("Not allowed");
            // An anonymous visitor's 303 is the way to sign in, not a handler that ran.
            let sent_to_sign_in = *role != Role::Anonymous
                || page.status != StatusCode::SEE_OTHER
                || page.location().starts_with("/login");
            if page.status != expected || !refused_by_policy || !sent_to_sign_in {
                failures.push(format!(
                    "{} {} as {role:?}: expected {expected}, got {} {}",
                    row.method,
                    row.path,
                    page.status,
                    page.location()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorization matrix mismatches:\n{}",
        failures.join("\n")
    );

    // Refused requests changed nothing: the only audited actions are the sign-ins, the
    // administrator's own changes and the time-zone saves of signed-in users.
    let anonymous_changes = app
        .count("SELECT count(*) FROM audit_events WHERE actor_user_id IS NULL AND action <> 'auth.sign_in_failed'")
        .await;
    assert_eq!(anonymous_changes, 0);
    // The observer changed nothing but its own time zone (a wrong current password is
    // recorded too); Brazil's member only that, the confirmation of its own contact and
    // the audited views of its nationals' records.
    for (role, allowed) in [
        (
            Role::Observer,
            "'auth.sign_in', 'auth.sign_out', 'account.time_zone_changed', 'account.language_changed', \
             'account.password_change_failed', 'account.calendar_feed_made', \
             'account.calendar_feed_revoked', 'notification.read', \
             'account.notification_preferences_changed', 'action_item.followed', \
             'action_item.unfollowed'",
        ),
        (
            Role::Country,
            "'auth.sign_in', 'auth.sign_out', 'account.time_zone_changed', 'account.language_changed', \
             'account.password_change_failed', 'contact.verified', 'rescue_request.viewed', \
             'referral.viewed', 'account.calendar_feed_made', 'account.calendar_feed_revoked', \
             'notification.read', 'account.notification_preferences_changed'",
        ),
    ] {
        let id = app.user_id(role.email().unwrap()).await;
        let others = app
            .count(&format!(
                "SELECT count(*) FROM audit_events WHERE actor_user_id = '{id}' \
                 AND action NOT IN ({allowed})"
            ))
            .await;
        if others != 0 {
            let actions = app.audit_actions().await;
            panic!("{role:?} changed something it may not: {actions:?}");
        }
    }
    // Every referral form above was refused: no step on a timeline, no referral moved, the
    // policy and the checkpoints as the migration left them.
    assert_eq!(
        app.count("SELECT count(*) FROM referral_events WHERE kind <> 'filed'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM referrals WHERE version <> 1 OR status <> 'awaiting'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM referral_policy WHERE version <> 1")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM referral_checkpoints WHERE NOT active")
            .await,
        0
    );
    // Every meeting form was refused: the meetings, their minutes and decisions as seeded.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM meetings WHERE version <> 1 OR minutes_version <> 1 \
             OR minutes NOT IN ('Draft text', 'Circulated text', 'Approved text')"
        )
        .await,
        0
    );
    for table in ["minutes_remarks", "meeting_attendees", "agenda_items"] {
        assert_eq!(
            app.count(&format!("SELECT count(*) FROM {table}")).await,
            0,
            "{table}"
        );
    }
    assert_eq!(
        app.count(
            "SELECT count(*) FROM decisions WHERE body IN \
             ('Brazil names a 24/7 contact', 'Both brief their consulates')"
        )
        .await,
        2
    );
    assert_eq!(
        app.count("SELECT count(*) FROM meeting_participants WHERE attendance <> 'unrecorded'")
            .await,
        0
    );
}

/// Whether a request path is an instance of a route pattern such as `/contacts/{id}.vcf`.
#[test]
fn row_paths_are_checked_against_their_route() {
    assert!(path_matches("/contacts/{id}.vcf", "/contacts/abc.vcf"));
    assert!(path_matches("/orgs/{code}", "/orgs/TZA"));
    assert!(!path_matches("/orgs/{code}", "/orgs/TZA/duty"));
    assert!(!path_matches("/contacts/{id}.vcf", "/contacts/abc"));
    assert!(!path_matches("/contacts/{id}.vcf", "/contacts/.vcf"));
    assert!(!path_matches("/action-items", "/action-item"));
}
