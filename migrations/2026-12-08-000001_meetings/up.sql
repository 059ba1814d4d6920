-- Meetings: who took part and came, what was on the agenda, the minutes (draft, circulated
-- for comment, approved and then locked), the decisions recorded with them, and the action
-- items each decision became. Approved minutes are locked here, in the database, not only in
-- the handlers: a change to their text or to their decisions is refused.

CREATE TABLE meetings (
    id                uuid PRIMARY KEY,
    title             text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL,
    -- The zone the times were entered in (the meeting's own); each viewer sees them in theirs.
    time_zone         text NOT NULL,
    place             text NOT NULL DEFAULT '',
    video_url         text NOT NULL DEFAULT '' CHECK (video_url = '' OR video_url ~ '^https?://'),
    chair             text NOT NULL DEFAULT '',
    minutes           text NOT NULL DEFAULT '',
    minutes_state     text NOT NULL DEFAULT 'draft'
                      CHECK (minutes_state IN ('draft', 'circulated', 'approved')),
    -- The minutes have their own version: recording attendance does not make a minute-taker's
    -- draft stale, nor the other way round.
    minutes_version   integer NOT NULL DEFAULT 1 CHECK (minutes_version > 0),
    approved_at       timestamptz,
    approved_by       uuid REFERENCES users (id),
    created_by        uuid NOT NULL REFERENCES users (id),
    version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- A meeting lasts at most a week: lists of what is to come read from a week back only.
    CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '7 days'),
    CHECK ((minutes_state = 'approved') = (approved_at IS NOT NULL AND approved_by IS NOT NULL))
);
CREATE INDEX meetings_starts_idx ON meetings (starts_at, id);

CREATE FUNCTION meetings_approved_minutes_are_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.minutes_state = 'approved' AND (NEW.minutes IS DISTINCT FROM OLD.minutes
        OR NEW.minutes_state <> 'approved' OR NEW.approved_at IS DISTINCT FROM OLD.approved_at) THEN
        RAISE EXCEPTION 'approved minutes are locked' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER meetings_minutes_locked BEFORE UPDATE ON meetings
    FOR EACH ROW EXECUTE FUNCTION meetings_approved_minutes_are_locked();

-- The organisations taking part, and whether they came.
CREATE TABLE meeting_participants (
    meeting_id       uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisations (id),
    attendance       text NOT NULL DEFAULT 'unrecorded'
                     CHECK (attendance IN ('unrecorded', 'present', 'absent', 'excused')),
    PRIMARY KEY (meeting_id, organisation_id)
);
-- A country's meetings, read from its side: lists, feeds, the dashboard.
CREATE INDEX meeting_participants_org_idx ON meeting_participants (organisation_id, meeting_id);

-- Who came for an organisation: a name and position as typed, or one of its accounts.
CREATE TABLE meeting_attendees (
    id               bigserial PRIMARY KEY,
    meeting_id       uuid NOT NULL,
    organisation_id  uuid NOT NULL,
    name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    position         text NOT NULL DEFAULT '',
    user_id          uuid REFERENCES users (id),
    FOREIGN KEY (meeting_id, organisation_id)
        REFERENCES meeting_participants (meeting_id, organisation_id) ON DELETE CASCADE
);
CREATE INDEX meeting_attendees_meeting_idx ON meeting_attendees (meeting_id);

CREATE TABLE agenda_items (
    id                bigserial PRIMARY KEY,
    meeting_id        uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position          integer NOT NULL CHECK (position > 0),
    title             text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    presenter_org_id  uuid REFERENCES organisations (id),
    planned_minutes   integer CHECK (planned_minutes BETWEEN 1 AND 600),
    notes             text NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);

-- Numbered within their meeting, recorded with the minutes and locked with them.
CREATE TABLE decisions (
    id          uuid PRIMARY KEY,
    meeting_id  uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    number      integer NOT NULL CHECK (number > 0),
    body        text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
    created_by  uuid NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (meeting_id, number)
);

CREATE FUNCTION decisions_of_approved_minutes_are_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM meetings
               WHERE id IN (OLD.meeting_id, NEW.meeting_id) AND minutes_state = 'approved') THEN
        RAISE EXCEPTION 'approved minutes are locked' USING ERRCODE = 'check_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER decisions_locked BEFORE INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION decisions_of_approved_minutes_are_locked();

-- What people add beside the minutes: the participants' comments while they are circulated,
-- and the dated, signed addenda that correct them once approved.
CREATE TABLE minutes_remarks (
    id              bigserial PRIMARY KEY,
    meeting_id      uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('comment', 'addendum')),
    author_user_id  uuid NOT NULL REFERENCES users (id),
    body            text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 20000),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX minutes_remarks_meeting_idx ON minutes_remarks (meeting_id, kind, id);

-- The decision an action item carries out; the decision shows its items' progress.
ALTER TABLE action_items ADD COLUMN decision_id uuid REFERENCES decisions (id);
CREATE INDEX action_items_decision_idx ON action_items (decision_id) WHERE decision_id IS NOT NULL;

-- A personal calendar feed: only the SHA-256 of its secret token is kept (as for sessions),
-- so the URL is shown once, when it is made; making a new one or revoking ends the old one.
CREATE TABLE calendar_feeds (
    user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);
