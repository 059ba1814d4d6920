-- Contact points: who to call at an organisation, when they can be reached, and the duty rota.

-- "The current local time of that organisation" on the on-duty page. Embassies in Bangkok keep
-- Bangkok time; a duty desk abroad keeps its own.
ALTER TABLE organisations ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Bangkok';

CREATE TABLE contact_points (
    id                uuid PRIMARY KEY,
    organisation_id   uuid NOT NULL REFERENCES organisations (id),
    name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    position          text NOT NULL DEFAULT '' CHECK (length(position) <= 200),
    -- E.164 numbers, first one first.
    phones            text[] NOT NULL DEFAULT '{}'
                      CHECK (cardinality(phones) <= 5
                             AND array_to_string(phones, ' ') ~ '^(\+[1-9][0-9]{6,14}( |$))*$'),
    email             text CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    -- ISO 639-1 codes.
    languages         text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
    -- 1 = call first.
    escalation_order  integer NOT NULL DEFAULT 1 CHECK (escalation_order BETWEEN 1 AND 99),
    -- The zone the weekly hours and absences are written in.
    time_zone         text NOT NULL DEFAULT 'Asia/Bangkok',
    always_available  boolean NOT NULL DEFAULT false,
    verified_at       timestamptz NOT NULL DEFAULT now(),
    verified_by       uuid REFERENCES users (id),
    version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- So a shift can name a contact together with its organisation (below).
    UNIQUE (id, organisation_id)
);
CREATE INDEX contact_points_organisation_idx ON contact_points (organisation_id, escalation_order, name);
CREATE INDEX contact_points_verified_idx ON contact_points (verified_at);
CREATE INDEX contact_points_languages_idx ON contact_points USING gin (languages);

-- Messaging handles, one per service.
CREATE TABLE contact_handles (
    contact_id  uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
    service     text NOT NULL CHECK (service IN ('line', 'whatsapp', 'signal', 'telegram')),
    handle      text NOT NULL CHECK (length(btrim(handle)) BETWEEN 1 AND 100),
    PRIMARY KEY (contact_id, service)
);

-- Weekly hours in the contact's time zone, one window per ISO weekday (1 = Monday). A window
-- whose end is not after its start runs past midnight into the next day.
CREATE TABLE contact_hours (
    contact_id  uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts      time NOT NULL,
    ends        time NOT NULL,
    PRIMARY KEY (contact_id, weekday),
    CHECK (starts <> ends)
);

-- Days a contact cannot be reached (leave, travel), inclusive, in the contact's time zone.
CREATE TABLE contact_absences (
    id          uuid PRIMARY KEY,
    contact_id  uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX contact_absences_contact_idx ON contact_absences (contact_id, ends_on);
CREATE INDEX contact_absences_ends_idx ON contact_absences (ends_on);

-- The duty rota: who of an organisation is on call from when to when.
CREATE TABLE duty_shifts (
    id               uuid PRIMARY KEY,
    organisation_id  uuid NOT NULL,
    contact_id       uuid NOT NULL,
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    created_by       uuid NOT NULL REFERENCES users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    FOREIGN KEY (contact_id, organisation_id) REFERENCES contact_points (id, organisation_id) ON DELETE CASCADE
);
CREATE INDEX duty_shifts_organisation_idx ON duty_shifts (organisation_id, ends_at);
CREATE INDEX duty_shifts_ends_idx ON duty_shifts (ends_at);
CREATE INDEX duty_shifts_contact_idx ON duty_shifts (contact_id);
