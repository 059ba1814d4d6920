// @generated automatically by Diesel CLI.

diesel::table! {
    audit_events (id) {
        id -> Int8,
        occurred_at -> Timestamptz,
        actor_user_id -> Nullable<Uuid>,
        actor_organisation_id -> Nullable<Uuid>,
        action -> Text,
        target_type -> Nullable<Text>,
        target_id -> Nullable<Text>,
        summary -> Text,
        ip -> Nullable<Text>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> Int8,
        email -> Text,
        ip -> Text,
        attempted_at -> Timestamptz,
    }
}

diesel::table! {
    organisations (id) {
        id -> Uuid,
        code -> Text,
        name -> Text,
        kind -> Text,
        country_code -> Nullable<Text>,
        active -> Bool,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    sessions (id) {
        id -> Uuid,
        token_hash -> Bytea,
        user_id -> Nullable<Uuid>,
        csrf_token -> Text,
        created_at -> Timestamptz,
        last_seen_at -> Timestamptz,
        ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
        flash_kind -> Nullable<Text>,
        flash_message -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        email -> Text,
        name -> Text,
        organisation_id -> Uuid,
        is_admin -> Bool,
        password_hash -> Text,
        must_change_password -> Bool,
        active -> Bool,
        time_zone -> Text,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        password_changed_at -> Timestamptz,
    }
}

diesel::joinable!(audit_events -> organisations (actor_organisation_id));
diesel::joinable!(audit_events -> users (actor_user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(users -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    audit_events,
    login_failures,
    organisations,
    sessions,
    users,
);
