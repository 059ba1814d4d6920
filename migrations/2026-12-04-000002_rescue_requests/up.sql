-- Rescue requests: an embassy asks the Thai police to find and bring back one of its nationals
-- held in a scam compound. Who the person is lives only in the sealed columns (bytea, sealed in
-- the application under a key the database never sees); the clear columns are what every
-- viewer in scope, observers too, may know: reference, nationality, status, urgency, area and
-- dates.

-- The areas people are taken to, maintained by administrators; the list keeps its order.
CREATE TABLE rescue_areas (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    position    integer NOT NULL CHECK (position > 0),
    active      boolean NOT NULL DEFAULT true,
    -- "Other" stays last and cannot be removed: a request always has an area.
    is_other    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX rescue_areas_one_other ON rescue_areas (is_other) WHERE is_other;
INSERT INTO rescue_areas (name, position, is_other) VALUES
    ('Mae Sot / Tak', 1, false),
    ('Myawaddy — KK Park', 2, false),
    ('Myawaddy — Shwe Kokko', 3, false),
    ('Three Pagodas Pass / Kanchanaburi', 4, false),
    ('Poipet', 5, false),
    ('Sihanoukville', 6, false),
    ('Golden Triangle SEZ', 7, false),
    ('Other', 1000, true);

-- One raid, many nationalities: coordinators group requests into an operation.
CREATE TABLE rescue_operations (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    -- Where and when, in words; no personal data (the requests hold that).
    notes       text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    planned_on  date,
    created_by  uuid NOT NULL REFERENCES users (id),
    version     integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- References count per year (RR-2026-0001): one row per year, taken FOR UPDATE by the filing
-- transaction, so numbers never repeat and never skip on a rollback.
CREATE TABLE rescue_request_numbers (
    year    smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
    last    integer NOT NULL CHECK (last > 0)
);

CREATE TABLE rescue_requests (
    id                uuid PRIMARY KEY,
    year              smallint NOT NULL,
    number            integer NOT NULL CHECK (number > 0),
    -- The person's nationality: the country whose members see the request.
    nationality       text NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
    filed_by_org_id   uuid NOT NULL REFERENCES organisations (id),
    status            text NOT NULL DEFAULT 'submitted' CHECK (status IN (
                          'submitted', 'under_review', 'located', 'rescue_in_progress', 'rescued',
                          'repatriated', 'closed', 'unable_to_locate', 'withdrawn')),
    urgency           text NOT NULL CHECK (urgency IN ('life_at_risk', 'urgent', 'routine')),
    urgency_rank      smallint NOT NULL GENERATED ALWAYS AS (
                          CASE urgency WHEN 'life_at_risk' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END
                      ) STORED,
    area_id           uuid NOT NULL REFERENCES rescue_areas (id),
    last_contact_on   date,
    -- The Thai unit (a coordinator organisation) and officer working the case.
    assigned_org_id   uuid REFERENCES organisations (id),
    assigned_user_id  uuid REFERENCES users (id),
    operation_id      uuid REFERENCES rescue_operations (id),
    -- The key the sealed columns are under (hex of its id): a server checks at start that it
    -- holds every key named here, and a rotation walks the rows not under the current one.
    key_id            text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
    person            bytea NOT NULL,
    situation         bytea NOT NULL,
    -- Blind indexes (keyed hashes) for duplicates and the exact passport search.
    passport_index    bytea,
    name_dob_index    bytea,
    version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_by        uuid NOT NULL REFERENCES users (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (year, number),
    CHECK (assigned_user_id IS NULL OR assigned_org_id IS NOT NULL)
);
-- The list: urgency first, then the newest; the scope (nationality) and the filters are
-- carried, so that choosing a page is an index-only scan.
CREATE INDEX rescue_requests_list_idx ON rescue_requests (urgency_rank DESC, year DESC, number DESC)
    INCLUDE (id, nationality, status, urgency, area_id);
CREATE INDEX rescue_requests_nationality_idx ON rescue_requests (nationality, urgency_rank DESC, year DESC, number DESC)
    INCLUDE (id, status, urgency, area_id);
-- The counts by status, with the filters they share with the list.
CREATE INDEX rescue_requests_status_idx ON rescue_requests (status, nationality, urgency, area_id);
CREATE INDEX rescue_requests_passport_idx ON rescue_requests (passport_index) WHERE passport_index IS NOT NULL;
CREATE INDEX rescue_requests_name_dob_idx ON rescue_requests (name_dob_index) WHERE name_dob_index IS NOT NULL;
CREATE INDEX rescue_requests_key_idx ON rescue_requests (key_id);
CREATE INDEX rescue_requests_operation_idx ON rescue_requests (operation_id) WHERE operation_id IS NOT NULL;

-- The timeline: filing, steps, notes, edits, assignments. A note or a step's reason can name
-- people and places, so the text is sealed like the request.
CREATE TABLE rescue_request_events (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id        uuid NOT NULL REFERENCES rescue_requests (id) ON DELETE CASCADE,
    occurred_at       timestamptz NOT NULL DEFAULT now(),
    actor_user_id     uuid NOT NULL REFERENCES users (id),
    kind              text NOT NULL CHECK (kind IN ('filed', 'status', 'note', 'edit', 'assigned', 'operation')),
    from_status       text,
    to_status         text,
    key_id            text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
    body              bytea NOT NULL,
    CHECK ((kind = 'status') = (to_status IS NOT NULL))
);
CREATE INDEX rescue_request_events_request_idx ON rescue_request_events (request_id, id);
CREATE INDEX rescue_request_events_key_idx ON rescue_request_events (key_id);

-- "Who has seen this case" reads the views of one request from the audit log, grouped by
-- viewer: an index-only scan over this request's entries alone.
CREATE INDEX audit_events_rescue_views_idx ON audit_events (target_id, actor_user_id)
    INCLUDE (occurred_at) WHERE action = 'rescue_request.viewed';
