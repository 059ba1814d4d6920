DROP INDEX users_next_digest_idx;
ALTER TABLE users DROP COLUMN next_digest_at;
ALTER TABLE users DROP COLUMN browser_language;
DROP TABLE action_item_followers;
DROP TABLE notification_email_off;
DROP TABLE email_outbox;
DROP TABLE notifications;
DROP FUNCTION notification_kind_is_known(text);
