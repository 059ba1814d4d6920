DROP TABLE audit_chain_state;
DROP TRIGGER audit_events_chain ON audit_events;
DROP FUNCTION audit_events_chain();
ALTER TABLE audit_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('audit_events', 'id'), coalesce(max(id), 0) + 1, false) FROM audit_events;
ALTER TABLE audit_events DROP CONSTRAINT audit_events_hashes_are_sha256,
    DROP COLUMN prev_hash, DROP COLUMN hash;
DROP FUNCTION audit_event_content(bigint, timestamptz, uuid, uuid, text, text, text, text, text);
DROP FUNCTION audit_field(text);
ALTER TABLE sessions DROP COLUMN second_factor_pending;
DROP TABLE recovery_codes;
DROP TABLE second_factors;
