-- Action items: the work the coordination agreed on, assigned to one or more organisations.

-- Substring search over title and description uses trigram indexes (pg_trgm is a trusted
-- extension: the database owner may create it without being a superuser).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- People quote items on the phone as AI-0001; the number never repeats, even after a rollback.
CREATE SEQUENCE action_item_number_seq AS integer START 1;

CREATE TABLE action_items (
    id                uuid PRIMARY KEY,
    number            integer NOT NULL UNIQUE DEFAULT nextval('action_item_number_seq') CHECK (number > 0),
    title             text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    description       text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    -- Optionally one person, who belongs to one of the assignee organisations.
    assignee_user_id  uuid REFERENCES users (id),
    due_date          date NOT NULL,
    priority          text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    -- Sorting by priority means sorting by this rank, highest first.
    priority_rank     smallint NOT NULL GENERATED ALWAYS AS (
                          CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END
                      ) STORED,
    visibility        text NOT NULL DEFAULT 'shared' CHECK (visibility IN ('shared', 'restricted')),
    status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'blocked', 'done', 'cancelled')),
    created_by        uuid NOT NULL REFERENCES users (id),
    version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE action_item_number_seq OWNED BY action_items.number;

-- The list's filters and sorts: open work by due date, by priority, by text.
CREATE INDEX action_items_status_due_idx ON action_items (status, due_date, number);
CREATE INDEX action_items_due_idx ON action_items (due_date, number);
CREATE INDEX action_items_priority_idx ON action_items (priority_rank DESC, due_date, number);
CREATE INDEX action_items_priority_filter_idx ON action_items (priority, due_date, number);
CREATE INDEX action_items_assignee_user_idx ON action_items (assignee_user_id) WHERE assignee_user_id IS NOT NULL;
CREATE INDEX action_items_created_by_idx ON action_items (created_by);
CREATE INDEX action_items_text_idx ON action_items USING gin ((title || ' ' || description) gin_trgm_ops);

CREATE TABLE action_item_assignees (
    action_item_id   uuid NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (action_item_id, organisation_id)
);
-- "What does this organisation owe": the workspace, the dashboard and the country scope.
CREATE INDEX action_item_assignees_organisation_idx ON action_item_assignees (organisation_id, action_item_id);

-- The item's timeline: creation, status changes, comments and edits, oldest first.
CREATE TABLE action_item_events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_item_id   uuid NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    actor_user_id    uuid NOT NULL REFERENCES users (id),
    kind             text NOT NULL CHECK (kind IN ('created', 'status', 'comment', 'edit')),
    from_status      text,
    to_status        text,
    body             text NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
    CHECK ((kind = 'status') = (to_status IS NOT NULL)),
    CHECK (kind <> 'comment' OR length(btrim(body)) > 0)
);
CREATE INDEX action_item_events_item_idx ON action_item_events (action_item_id, id);
