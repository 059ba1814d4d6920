-- The foundation: organisations, accounts, sessions, login throttling and the audit log.
-- Rules that must hold whatever code writes here live in the database itself.

CREATE TABLE organisations (
    id            uuid PRIMARY KEY,
    code          text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9-]{1,15}$'),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind          text NOT NULL CHECK (kind IN ('coordinator', 'country', 'observer')),
    country_code  text CHECK (country_code ~ '^[A-Z]{2}$'),
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- An embassy stands for exactly one country; nobody else stands for one.
    CONSTRAINT organisations_country_matches_kind CHECK ((kind = 'country') = (country_code IS NOT NULL))
);
CREATE UNIQUE INDEX organisations_country_code_key ON organisations (country_code) WHERE country_code IS NOT NULL;

-- What a member may do follows from the organisation's kind, so the kind never changes under them.
CREATE FUNCTION organisations_kind_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IS DISTINCT FROM OLD.kind THEN
        RAISE EXCEPTION 'the kind of organisation % cannot change', OLD.code USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER organisations_kind_is_fixed BEFORE UPDATE ON organisations
    FOR EACH ROW EXECUTE FUNCTION organisations_kind_is_fixed();

CREATE TABLE users (
    id                    uuid PRIMARY KEY,
    email                 text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    name                  text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    organisation_id       uuid NOT NULL REFERENCES organisations (id),
    is_admin              boolean NOT NULL DEFAULT false,
    password_hash         text NOT NULL,
    must_change_password  boolean NOT NULL DEFAULT false,
    active                boolean NOT NULL DEFAULT true,
    time_zone             text NOT NULL DEFAULT 'Asia/Bangkok',
    version               integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    password_changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_organisation_id_idx ON users (organisation_id);

-- Administrators are members of a coordinator organisation: an observer with write rights
-- cannot be stored, whichever code path tries.
CREATE FUNCTION users_admin_is_coordinator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.is_admin AND (SELECT kind FROM organisations WHERE id = NEW.organisation_id) <> 'coordinator' THEN
        RAISE EXCEPTION 'administrators must belong to a coordinator organisation' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_admin_is_coordinator BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_admin_is_coordinator();

-- Server-side sessions. The browser holds a random token; only its SHA-256 is stored, so a
-- copy of this table cannot be replayed. user_id is NULL for a pre-login session, which only
-- carries the CSRF token of the sign-in form.
CREATE TABLE sessions (
    id             uuid PRIMARY KEY,
    token_hash     bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    user_id        uuid REFERENCES users (id) ON DELETE CASCADE,
    csrf_token     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    ip             text,
    user_agent     text,
    flash_kind     text CHECK (flash_kind IN ('success', 'error', 'info')),
    flash_message  text,
    CHECK ((flash_kind IS NULL) = (flash_message IS NULL))
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_last_seen_at_idx ON sessions (last_seen_at);

-- Failed sign-ins, kept here rather than in memory so throttling holds across instances.
CREATE TABLE login_failures (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text NOT NULL,
    ip            text NOT NULL,
    attempted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_idx ON login_failures (email, attempted_at);
CREATE INDEX login_failures_ip_idx ON login_failures (ip, attempted_at);

CREATE TABLE audit_events (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at            timestamptz NOT NULL DEFAULT now(),
    actor_user_id          uuid REFERENCES users (id),
    actor_organisation_id  uuid REFERENCES organisations (id),
    action                 text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
    target_type            text,
    target_id              text,
    summary                text NOT NULL,
    ip                     text
);
CREATE INDEX audit_events_actor_user_idx ON audit_events (actor_user_id, id DESC);
CREATE INDEX audit_events_actor_organisation_idx ON audit_events (actor_organisation_id, id DESC);
CREATE INDEX audit_events_action_idx ON audit_events (action, id DESC);
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);

-- The audit log is append-only: these triggers refuse UPDATE, DELETE and TRUNCATE from any
-- role. Only the table's owner could drop them, so production runs the application as a role
-- that does not own it (README, "Database roles").
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
