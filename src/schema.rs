// @generated automatically by Diesel CLI.

diesel::table! {
    action_item_assignees (action_item_id, organisation_id) {
        action_item_id -> Uuid,
        organisation_id -> Uuid,
    }
}

diesel::table! {
    action_item_followers (action_item_id, user_id) {
        action_item_id -> Uuid,
        user_id -> Uuid,
    }
}

diesel::table! {
    action_item_events (id) {
        id -> Int8,
        action_item_id -> Uuid,
        occurred_at -> Timestamptz,
        actor_user_id -> Uuid,
        kind -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        body -> Text,
    }
}

diesel::table! {
    action_items (id) {
        id -> Uuid,
        number -> Int4,
        title -> Text,
        description -> Text,
        assignee_user_id -> Nullable<Uuid>,
        due_date -> Date,
        priority -> Text,
        priority_rank -> Int2,
        visibility -> Text,
        status -> Text,
        created_by -> Uuid,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        decision_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    agenda_items (id) {
        id -> Int8,
        meeting_id -> Uuid,
        position -> Int4,
        title -> Text,
        presenter_org_id -> Nullable<Uuid>,
        planned_minutes -> Nullable<Int4>,
        notes -> Text,
    }
}

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
        prev_hash -> Bytea,
        hash -> Bytea,
    }
}

diesel::table! {
    audit_chain_state (singleton) {
        singleton -> Bool,
        verified_through -> Int8,
        verified_hash -> Bytea,
        verified_at -> Nullable<Timestamptz>,
        full_check_at -> Nullable<Timestamptz>,
        broken_at_event -> Nullable<Int8>,
        broken_reason -> Nullable<Text>,
        broken_found_at -> Nullable<Timestamptz>,
        head_logged_on -> Nullable<Date>,
    }
}

diesel::table! {
    calendar_feeds (user_id) {
        user_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    contact_absences (id) {
        id -> Uuid,
        contact_id -> Uuid,
        starts_on -> Date,
        ends_on -> Date,
    }
}

diesel::table! {
    contact_handles (contact_id, service) {
        contact_id -> Uuid,
        service -> Text,
        handle -> Text,
    }
}

diesel::table! {
    contact_hours (contact_id, weekday) {
        contact_id -> Uuid,
        weekday -> Int2,
        starts -> Time,
        ends -> Time,
    }
}

diesel::table! {
    contact_points (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        name -> Text,
        position -> Text,
        phones -> Array<Nullable<Text>>,
        email -> Nullable<Text>,
        languages -> Array<Nullable<Text>>,
        escalation_order -> Int4,
        time_zone -> Text,
        always_available -> Bool,
        verified_at -> Timestamptz,
        verified_by -> Nullable<Uuid>,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    decisions (id) {
        id -> Uuid,
        meeting_id -> Uuid,
        number -> Int4,
        body -> Text,
        created_by -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> Uuid,
        notification_id -> Nullable<Uuid>,
        kind -> Text,
        recipient -> Text,
        language -> Text,
        subject -> Text,
        body -> Text,
        referral_id -> Nullable<Uuid>,
        state -> Text,
        attempts -> Int4,
        next_attempt_at -> Nullable<Timestamptz>,
        last_error -> Nullable<Text>,
        created_at -> Timestamptz,
        sent_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    directory_version (id) {
        id -> Bool,
        version -> Int8,
    }
}

diesel::table! {
    duty_shifts (id) {
        id -> Uuid,
        organisation_id -> Uuid,
        contact_id -> Uuid,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        created_by -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    login_failures (id) {
        id -> Int8,
        email -> Text,
        ip -> Text,
        attempted_at -> Timestamptz,
        pending -> Bool,
    }
}

diesel::table! {
    meeting_attendees (id) {
        id -> Int8,
        meeting_id -> Uuid,
        organisation_id -> Uuid,
        name -> Text,
        position -> Text,
        user_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    meeting_participants (meeting_id, organisation_id) {
        meeting_id -> Uuid,
        organisation_id -> Uuid,
        attendance -> Text,
    }
}

diesel::table! {
    meetings (id) {
        id -> Uuid,
        title -> Text,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        time_zone -> Text,
        place -> Text,
        video_url -> Text,
        chair -> Text,
        minutes -> Text,
        minutes_state -> Text,
        minutes_version -> Int4,
        approved_at -> Nullable<Timestamptz>,
        approved_by -> Nullable<Uuid>,
        created_by -> Uuid,
        version -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    minutes_remarks (id) {
        id -> Int8,
        meeting_id -> Uuid,
        kind -> Text,
        author_user_id -> Uuid,
        body -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    notification_email_off (user_id, kind) {
        user_id -> Uuid,
        kind -> Text,
    }
}

diesel::table! {
    notifications (id) {
        id -> Uuid,
        user_id -> Uuid,
        kind -> Text,
        subject_type -> Text,
        subject_id -> Nullable<Uuid>,
        message -> Text,
        created_at -> Timestamptz,
        read_at -> Nullable<Timestamptz>,
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
        time_zone -> Text,
    }
}

diesel::table! {
    referral_checkpoints (id) {
        id -> Uuid,
        name -> Text,
        position -> Int4,
        active -> Bool,
        is_other -> Bool,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    referral_events (id) {
        id -> Int8,
        referral_id -> Uuid,
        occurred_at -> Timestamptz,
        actor_user_id -> Nullable<Uuid>,
        kind -> Text,
        channel -> Nullable<Text>,
        call_result -> Nullable<Text>,
        contact_name -> Text,
        detail -> Text,
        key_id -> Nullable<Text>,
        body -> Nullable<Bytea>,
    }
}

diesel::table! {
    referral_policy (id) {
        id -> Bool,
        ack_minutes_held -> Int4,
        ack_minutes_continued -> Int4,
        version -> Int4,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    referrals (id) {
        id -> Uuid,
        year -> Int2,
        number -> Int4,
        nationality -> Text,
        checkpoint_id -> Uuid,
        travel_mode -> Text,
        itinerary -> Text,
        risks -> Array<Nullable<Text>>,
        disposition -> Text,
        status -> Text,
        list_rank -> Int2,
        is_open -> Bool,
        sort_key -> Int8,
        ack_minutes -> Int4,
        ack_due_at -> Timestamptz,
        acknowledged_at -> Nullable<Timestamptz>,
        acknowledged_by -> Nullable<Uuid>,
        estimate_at -> Nullable<Timestamptz>,
        outcome -> Nullable<Text>,
        closed_at -> Nullable<Timestamptz>,
        escalation_step -> Int2,
        estimate_flagged -> Bool,
        next_step_at -> Nullable<Timestamptz>,
        rescue_request_id -> Nullable<Uuid>,
        key_id -> Text,
        traveller -> Bytea,
        passport_index -> Nullable<Bytea>,
        filed_by_org_id -> Uuid,
        version -> Int4,
        created_by -> Uuid,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    rescue_areas (id) {
        id -> Uuid,
        name -> Text,
        position -> Int4,
        active -> Bool,
        is_other -> Bool,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    rescue_operations (id) {
        id -> Uuid,
        name -> Text,
        notes -> Text,
        planned_on -> Nullable<Date>,
        created_by -> Uuid,
        version -> Int4,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    rescue_request_events (id) {
        id -> Int8,
        request_id -> Uuid,
        occurred_at -> Timestamptz,
        actor_user_id -> Uuid,
        kind -> Text,
        from_status -> Nullable<Text>,
        to_status -> Nullable<Text>,
        key_id -> Text,
        body -> Bytea,
    }
}

diesel::table! {
    rescue_requests (id) {
        id -> Uuid,
        year -> Int2,
        number -> Int4,
        nationality -> Text,
        filed_by_org_id -> Uuid,
        status -> Text,
        urgency -> Text,
        urgency_rank -> Int2,
        area_id -> Uuid,
        last_contact_on -> Nullable<Date>,
        assigned_org_id -> Nullable<Uuid>,
        assigned_user_id -> Nullable<Uuid>,
        operation_id -> Nullable<Uuid>,
        key_id -> Text,
        person -> Bytea,
        situation -> Bytea,
        passport_index -> Nullable<Bytea>,
        name_dob_index -> Nullable<Bytea>,
        version -> Int4,
        created_by -> Uuid,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    recovery_codes (user_id, code_hash) {
        user_id -> Uuid,
        code_hash -> Bytea,
        used_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    second_factors (user_id) {
        user_id -> Uuid,
        secret -> Bytea,
        key_id -> Text,
        confirmed_at -> Nullable<Timestamptz>,
        last_step -> Nullable<Int8>,
        created_at -> Timestamptz,
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
        second_factor_pending -> Bool,
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
        language -> Nullable<Text>,
        next_digest_at -> Nullable<Timestamptz>,
        browser_language -> Nullable<Text>,
    }
}

diesel::table! {
    yearly_numbers (series, year) {
        series -> Text,
        year -> Int2,
        last -> Int4,
    }
}

diesel::joinable!(action_item_assignees -> action_items (action_item_id));
diesel::joinable!(action_item_assignees -> organisations (organisation_id));
diesel::joinable!(action_item_events -> action_items (action_item_id));
diesel::joinable!(action_item_events -> users (actor_user_id));
diesel::joinable!(action_items -> decisions (decision_id));
diesel::joinable!(agenda_items -> meetings (meeting_id));
diesel::joinable!(agenda_items -> organisations (presenter_org_id));
diesel::joinable!(audit_events -> organisations (actor_organisation_id));
diesel::joinable!(audit_events -> users (actor_user_id));
diesel::joinable!(calendar_feeds -> users (user_id));
diesel::joinable!(contact_absences -> contact_points (contact_id));
diesel::joinable!(contact_handles -> contact_points (contact_id));
diesel::joinable!(contact_hours -> contact_points (contact_id));
diesel::joinable!(contact_points -> organisations (organisation_id));
diesel::joinable!(contact_points -> users (verified_by));
diesel::joinable!(decisions -> meetings (meeting_id));
diesel::joinable!(decisions -> users (created_by));
diesel::joinable!(duty_shifts -> users (created_by));
diesel::joinable!(meeting_attendees -> users (user_id));
diesel::joinable!(meeting_participants -> meetings (meeting_id));
diesel::joinable!(meeting_participants -> organisations (organisation_id));
diesel::joinable!(minutes_remarks -> meetings (meeting_id));
diesel::joinable!(minutes_remarks -> users (author_user_id));
diesel::joinable!(referral_events -> referrals (referral_id));
diesel::joinable!(referral_events -> users (actor_user_id));
diesel::joinable!(referrals -> referral_checkpoints (checkpoint_id));
diesel::joinable!(referrals -> rescue_requests (rescue_request_id));
diesel::joinable!(rescue_operations -> users (created_by));
diesel::joinable!(rescue_request_events -> rescue_requests (request_id));
diesel::joinable!(rescue_request_events -> users (actor_user_id));
diesel::joinable!(rescue_requests -> rescue_areas (area_id));
diesel::joinable!(rescue_requests -> rescue_operations (operation_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(second_factors -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(notification_email_off -> users (user_id));
diesel::joinable!(action_item_followers -> users (user_id));
diesel::joinable!(action_item_followers -> action_items (action_item_id));
diesel::joinable!(email_outbox -> notifications (notification_id));

diesel::allow_tables_to_appear_in_same_query!(
    action_item_assignees,
    action_item_events,
    action_item_followers,
    action_items,
    agenda_items,
    audit_chain_state,
    audit_events,
    calendar_feeds,
    contact_absences,
    contact_handles,
    contact_hours,
    contact_points,
    decisions,
    directory_version,
    duty_shifts,
    email_outbox,
    login_failures,
    meeting_attendees,
    meeting_participants,
    meetings,
    minutes_remarks,
    notification_email_off,
    notifications,
    organisations,
    referral_checkpoints,
    referral_events,
    referral_policy,
    referrals,
    rescue_areas,
    rescue_operations,
    rescue_request_events,
    recovery_codes,
    rescue_requests,
    second_factors,
    sessions,
    users,
    yearly_numbers,
);
