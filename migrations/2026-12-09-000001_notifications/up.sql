-- Notifications: what the portal tells each account, written in the transaction of the change
-- it reports; the emails they send, queued in the same transaction (an outbox) and delivered by
-- the scheduler; what each account wants by email; who follows an action item; when each
-- account's morning digest is due.

-- The kinds a notification can be of (`notifications::Kind`).
CREATE FUNCTION notification_kind_is_known(kind text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT kind IN ('item_assigned', 'item_status', 'item_comment', 'referral_filed',
                    'referral_escalated', 'referral_acknowledged', 'rescue_filed', 'rescue_moved',
                    'minutes_circulated', 'minutes_approved', 'digest')
$$;

CREATE TABLE notifications (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (notification_kind_is_known(kind)),
    -- The record it is about, opened from the list; none for a digest.
    subject_type text NOT NULL CHECK (subject_type IN ('action_item', 'referral', 'rescue_request', 'meeting', 'digest')),
    subject_id   uuid CHECK ((subject_id IS NULL) = (subject_type = 'digest')),
    -- What happened, as a message id with its arguments (JSON): a reference, a status, an
    -- organisation's code; never a victim's or a traveller's data. Written in the reader's
    -- language when shown.
    message      text NOT NULL CHECK (length(message) <= 4000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    read_at      timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
-- The navigation's count, in every session's statement.
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

CREATE TABLE email_outbox (
    id              uuid PRIMARY KEY,
    notification_id uuid REFERENCES notifications (id) ON DELETE SET NULL,
    kind            text NOT NULL CHECK (notification_kind_is_known(kind)),
    recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    language        text NOT NULL,
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 400),
    body            text NOT NULL CHECK (length(body) <= 20000),
    -- An escalation's email: should it fail, the referral is flagged on the escalation board.
    referral_id     uuid REFERENCES referrals (id) ON DELETE SET NULL,
    -- pending: to be tried at next_attempt_at (also while being sent: the claim moves it on);
    -- sent; failed after its last try; unsent: no SMTP server was configured.
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'unsent')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz DEFAULT now(),
    last_error      text CHECK (length(last_error) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((state = 'pending') = (next_attempt_at IS NOT NULL)),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX email_outbox_undelivered_idx ON email_outbox (created_at DESC, id DESC) WHERE state IN ('failed', 'unsent');
CREATE INDEX email_outbox_created_idx ON email_outbox (created_at);
-- The escalation board's flag: a referral whose escalation email failed.
CREATE INDEX email_outbox_failed_referral_idx ON email_outbox (referral_id) WHERE state = 'failed' AND referral_id IS NOT NULL;

-- The kinds an account wants in the portal only. Escalations always go by email too.
CREATE TABLE notification_email_off (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    text NOT NULL CHECK (notification_kind_is_known(kind) AND kind <> 'referral_escalated'),
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE action_item_followers (
    action_item_id uuid NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
    user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (action_item_id, user_id)
);
CREATE INDEX action_item_followers_user_idx ON action_item_followers (user_id);

-- Existing items: their creators, named people and the members of the organisations they are
-- assigned to follow them, as new ones do.
INSERT INTO action_item_followers (action_item_id, user_id)
SELECT id, created_by FROM action_items
UNION
SELECT id, assignee_user_id FROM action_items WHERE assignee_user_id IS NOT NULL
UNION
SELECT a.action_item_id, u.id
FROM action_item_assignees a JOIN users u ON u.organisation_id = a.organisation_id
WHERE u.active;

-- The language the account's browser asked for at its last sign-in: what its emails are
-- written in when it has chosen none.
ALTER TABLE users ADD COLUMN browser_language text;

-- The next 08:00 in the account's time zone; NULL until the scheduler first sets it (a new
-- account, a changed time zone).
ALTER TABLE users ADD COLUMN next_digest_at timestamptz;
CREATE INDEX users_next_digest_idx ON users (next_digest_at);
