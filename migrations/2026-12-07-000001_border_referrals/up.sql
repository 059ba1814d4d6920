-- Border referrals: a traveller stopped at a checkpoint on the way to a high-risk area is
-- referred to their embassy, which must acknowledge within a deadline or the referral
-- escalates. Who the traveller is lives only in the sealed column (as for rescue requests);
-- the clear columns are what observers may know: reference, nationality, checkpoint, the
-- officer's assessment, the times and the outcome.

-- References of every kind count per series and year (RR-2026-0001, BR-2026-0001): one row per
-- series and year, taken FOR UPDATE by the filing transaction, so numbers never repeat and
-- never skip on a rollback. The rescue requests' own counter moves here.
CREATE TABLE yearly_numbers (
    series  text NOT NULL CHECK (series ~ '^[A-Z]{2}$'),
    year    smallint NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    last    integer NOT NULL CHECK (last > 0),
    PRIMARY KEY (series, year)
);
INSERT INTO yearly_numbers (series, year, last) SELECT 'RR', year, last FROM rescue_request_numbers;
DROP TABLE rescue_request_numbers;

-- The checkpoints where travellers are stopped, maintained by administrators; the list keeps
-- its order and "Other" stays last.
CREATE TABLE referral_checkpoints (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    position    integer NOT NULL CHECK (position > 0),
    active      boolean NOT NULL DEFAULT true,
    is_other    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- One name once, whatever its case: the form compares the same way.
CREATE UNIQUE INDEX referral_checkpoints_name_key ON referral_checkpoints (lower(name));
CREATE UNIQUE INDEX referral_checkpoints_one_other ON referral_checkpoints (is_other) WHERE is_other;
INSERT INTO referral_checkpoints (name, position, is_other) VALUES
    ('Mae Sot–Myawaddy Friendship Bridge 1', 1, false),
    ('Mae Sot–Myawaddy Friendship Bridge 2', 2, false),
    ('Mae Sot airport', 3, false),
    ('Phop Phra', 4, false),
    ('Three Pagodas Pass / Sangkhla Buri', 5, false),
    ('Phu Nam Ron / Kanchanaburi', 6, false),
    ('Suvarnabhumi airport', 7, false),
    ('Don Mueang airport', 8, false),
    ('Other', 1000, true);

-- How long an embassy has to acknowledge, by whether the traveller is held for interview or
-- has continued. One row; each referral copies the minutes that applied when it was filed.
CREATE TABLE referral_policy (
    id                     boolean PRIMARY KEY DEFAULT true CHECK (id),
    ack_minutes_held       integer NOT NULL CHECK (ack_minutes_held BETWEEN 5 AND 1440),
    ack_minutes_continued  integer NOT NULL CHECK (ack_minutes_continued BETWEEN 5 AND 10080),
    version                integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at             timestamptz NOT NULL DEFAULT now()
);
INSERT INTO referral_policy (ack_minutes_held, ack_minutes_continued) VALUES (30, 240);

CREATE TABLE referrals (
    id                 uuid PRIMARY KEY,
    year               smallint NOT NULL,
    number             integer NOT NULL CHECK (number > 0),
    -- The traveller's nationality: the country whose members see and answer the referral.
    nationality        text NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
    checkpoint_id      uuid NOT NULL REFERENCES referral_checkpoints (id),
    travel_mode        text NOT NULL CHECK (travel_mode IN ('land', 'air')),
    itinerary          text NOT NULL CHECK (itinerary IN ('clear', 'unclear', 'none')),
    risks              text[] NOT NULL DEFAULT '{}' CHECK (risks <@ ARRAY[
                           'job_offer_online', 'travel_paid_by_other', 'one_way',
                           'no_accommodation', 'with_handler', 'documents_held',
                           'high_risk_destination', 'inconsistent_answers']::text[]),
    disposition        text NOT NULL CHECK (disposition IN ('held', 'continued')),
    status             text NOT NULL DEFAULT 'awaiting' CHECK (status IN ('awaiting', 'acknowledged', 'closed')),
    -- The inbox's order: awaiting acknowledgement first, then awaiting an outcome, then closed.
    list_rank          smallint NOT NULL GENERATED ALWAYS AS (
                           CASE status WHEN 'awaiting' THEN 1 WHEN 'acknowledged' THEN 2 ELSE 3 END
                       ) STORED,
    -- Open (awaiting an acknowledgement or an outcome): a condition without a parameter, so that
    -- a generic plan proves the partial index below (a bound status cannot).
    is_open            boolean NOT NULL GENERATED ALWAYS AS (status <> 'closed') STORED,
    -- Within a rank: the deadline (awaiting), the estimate (acknowledged), or the newest first
    -- (closed, negated): seconds since 1970, written by every change of status.
    sort_key           bigint NOT NULL,
    -- The policy it was filed under.
    ack_minutes        integer NOT NULL CHECK (ack_minutes > 0),
    ack_due_at         timestamptz NOT NULL,
    acknowledged_at    timestamptz,
    acknowledged_by    uuid REFERENCES users (id),
    estimate_at        timestamptz,
    outcome            text CHECK (outcome IN ('continues_with_advice', 'turned_back', 'asks_for_help', 'unreachable')),
    closed_at          timestamptz,
    -- Escalation: 0 none yet, 1 flagged again at the deadline, 2 on the coordinators' board.
    escalation_step    smallint NOT NULL DEFAULT 0 CHECK (escalation_step BETWEEN 0 AND 2),
    estimate_flagged   boolean NOT NULL DEFAULT false,
    -- When the scheduler must look at it next; NULL when nothing more can fall due.
    next_step_at       timestamptz,
    rescue_request_id  uuid REFERENCES rescue_requests (id) ON DELETE SET NULL,
    key_id             text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
    traveller          bytea NOT NULL,
    -- The passport's blind index, the same keyed hash as the rescue requests', so the two
    -- match each other.
    passport_index     bytea,
    filed_by_org_id    uuid NOT NULL REFERENCES organisations (id),
    version            integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_by         uuid NOT NULL REFERENCES users (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (year, number),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
    CHECK (status <> 'acknowledged' OR acknowledged_at IS NOT NULL),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
    CHECK (outcome IS NULL OR status = 'closed')
);
-- The inbox: the scope (nationality) and the filters carried, so choosing a page is an
-- index-only scan.
CREATE INDEX referrals_list_idx ON referrals (list_rank, sort_key, id)
    INCLUDE (nationality, checkpoint_id, status, escalation_step, filed_by_org_id, is_open,
             acknowledged_at, estimate_flagged);
CREATE INDEX referrals_nationality_idx ON referrals (nationality, list_rank, sort_key, id)
    INCLUDE (checkpoint_id, status, escalation_step, filed_by_org_id, is_open, acknowledged_at,
             estimate_flagged);
-- What is still open, for the desks' counts (the dashboard): a few percent of the rows.
CREATE INDEX referrals_open_idx ON referrals (nationality, ack_due_at)
    INCLUDE (acknowledged_at, escalation_step) WHERE is_open;
-- The scheduler's due steps.
CREATE INDEX referrals_next_step_idx ON referrals (next_step_at) WHERE next_step_at IS NOT NULL;
-- The figures: the weeks shown, with what they count.
CREATE INDEX referrals_created_idx ON referrals (created_at)
    INCLUDE (nationality, checkpoint_id, acknowledged_at, ack_due_at, outcome);
CREATE INDEX referrals_nationality_created_idx ON referrals (nationality, created_at)
    INCLUDE (checkpoint_id, acknowledged_at, ack_due_at, outcome);
CREATE INDEX referrals_passport_idx ON referrals (passport_index) WHERE passport_index IS NOT NULL;
CREATE INDEX referrals_key_idx ON referrals (key_id);

-- The timeline: filing, call attempts, acknowledgement, outcome, escalation steps, edits. The
-- scheduler's entries have no actor. A call's note may name people, so it is sealed.
CREATE TABLE referral_events (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id    uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    actor_user_id  uuid REFERENCES users (id),
    kind           text NOT NULL CHECK (kind IN ('filed', 'call', 'acknowledged', 'outcome', 'flagged',
                       'escalated', 'estimate_passed', 'closed', 'edited', 'rescue_request')),
    channel        text CHECK (channel IN ('phone', 'line', 'whatsapp')),
    call_result    text CHECK (call_result IN ('answered', 'no_answer', 'wrong_number', 'message_left')),
    -- Whom a call reached or a flag went to: embassy staff, as named when it happened.
    contact_name   text NOT NULL DEFAULT '' CHECK (length(contact_name) <= 1000),
    -- Clear facts of the entry: an outcome, the fields an edit changed, how many were flagged.
    detail         text NOT NULL DEFAULT '' CHECK (length(detail) <= 1000),
    key_id         text CHECK (key_id ~ '^[0-9a-f]{16}$'),
    body           bytea,
    CHECK ((kind = 'call') = (channel IS NOT NULL AND call_result IS NOT NULL)),
    CHECK ((body IS NULL) = (key_id IS NULL)),
    CHECK ((actor_user_id IS NULL) = (kind IN ('flagged', 'escalated', 'estimate_passed')))
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, id);
CREATE INDEX referral_events_key_idx ON referral_events (key_id) WHERE key_id IS NOT NULL;

CREATE INDEX audit_events_referral_views_idx ON audit_events (target_id, actor_user_id)
    INCLUDE (occurred_at) WHERE action = 'referral.viewed';
