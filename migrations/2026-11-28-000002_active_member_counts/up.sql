-- The directory and the workspace pages count each organisation's active members; an
-- index-only scan of this partial index answers that without reading the accounts table
-- (measured by scripts/bench: the count went from 2.1 ms to 0.6 ms for 5,000 accounts).
CREATE INDEX users_active_organisation_idx ON users (organisation_id) WHERE active;
