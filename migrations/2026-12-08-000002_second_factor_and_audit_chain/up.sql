-- A second factor for every account (TOTP, with recovery codes), and an audit log that shows
-- any tampering: each event carries the SHA-256 of the event before it and of its own content.

-- The TOTP secret is sealed under the data key (context `second_factors.secret:<user id>`),
-- like personal data: a copy of the table does not give anyone's codes. Until `confirmed_at`
-- it is an enrolment in progress; `last_step` is the time step of the last code accepted, so
-- that a code is accepted once.
CREATE TABLE second_factors (
    user_id       uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret        bytea NOT NULL,
    key_id        text NOT NULL,
    confirmed_at  timestamptz,
    last_step     bigint,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX second_factors_key_id_idx ON second_factors (key_id);

-- Ten per account, shown once; only their SHA-256 is kept (each code holds 80 random bits).
CREATE TABLE recovery_codes (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  bytea NOT NULL CHECK (octet_length(code_hash) = 32),
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- The password was right and the code is still to come: such a session opens no page but
-- the code's.
ALTER TABLE sessions ADD COLUMN second_factor_pending boolean NOT NULL DEFAULT false;

-- The audit chain. An event's content, as hashed: a version line, then each field as its
-- length in bytes, a colon and its text (a dash for NULL), one per line. `liaison audit
-- verify` recomputes exactly this (audit::chain::content).
CREATE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END || E'\n'
$$;
CREATE FUNCTION audit_event_content(
    id bigint, occurred_at timestamptz, actor_user_id uuid, actor_organisation_id uuid,
    action text, target_type text, target_id text, summary text, ip text
) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(
        E'liaison-audit-1\n'
        || audit_field(id::text)
        || audit_field((extract(epoch FROM occurred_at) * 1000000)::bigint::text)
        || audit_field(actor_user_id::text)
        || audit_field(actor_organisation_id::text)
        || audit_field(action)
        || audit_field(target_type)
        || audit_field(target_id)
        || audit_field(summary)
        || audit_field(ip),
        'UTF8')
$$;

ALTER TABLE audit_events ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

-- The events already written are chained in the order of their ids.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete;
DO $$
DECLARE
    previous bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
    e record;
BEGIN
    FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
        UPDATE audit_events SET prev_hash = previous,
            hash = sha256(previous || audit_event_content(e.id, e.occurred_at, e.actor_user_id,
                e.actor_organisation_id, e.action, e.target_type, e.target_id, e.summary, e.ip))
        WHERE id = e.id
        RETURNING hash INTO previous;
    END LOOP;
END $$;
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete;
ALTER TABLE audit_events
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL,
    ADD CONSTRAINT audit_events_hashes_are_sha256
        CHECK (octet_length(prev_hash) = 32 AND octet_length(hash) = 32);

-- Ids are now given by the chain, not by a sequence: the next after the last, under a lock
-- held until the inserting transaction ends. So events are numbered in the order they are
-- committed, one after another without gaps, and two writers never link to the same event.
-- The lock is taken at the event's insert (the last statement of a change), so it is held
-- only for the commit. A REPEATABLE READ or SERIALIZABLE transaction would read an old last
-- event and fork the chain, so it is refused.
ALTER TABLE audit_events ALTER COLUMN id DROP IDENTITY;
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_id bigint;
    last_hash bytea;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit events are written in READ COMMITTED transactions only'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    -- 7 names the audit chain among the application's advisory locks (the sign-in throttle
    -- uses 1 and 2).
    PERFORM pg_advisory_xact_lock(7, 0);
    SELECT a.id, a.hash INTO last_id, last_hash FROM audit_events a ORDER BY a.id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, '\x0000000000000000000000000000000000000000000000000000000000000000');
    NEW.hash := sha256(NEW.prev_hash || audit_event_content(NEW.id, NEW.occurred_at,
        NEW.actor_user_id, NEW.actor_organisation_id, NEW.action, NEW.target_type,
        NEW.target_id, NEW.summary, NEW.ip));
    RETURN NEW;
END $$;
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- What the portal last knew of the chain: how far it was checked, and the day its head was
-- last written to the log. One row.
CREATE TABLE audit_chain_state (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    verified_through   bigint NOT NULL DEFAULT 0,
    verified_hash      bytea NOT NULL DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000',
    verified_at        timestamptz,
    full_check_at      timestamptz,
    broken_at_event    bigint,
    broken_reason      text,
    broken_found_at    timestamptz,
    head_logged_on     date
);
INSERT INTO audit_chain_state DEFAULT VALUES;
