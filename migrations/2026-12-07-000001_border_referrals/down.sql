DROP INDEX audit_events_referral_views_idx;
DROP TABLE referral_events;
DROP TABLE referrals;
DROP TABLE referral_policy;
DROP TABLE referral_checkpoints;
CREATE TABLE rescue_request_numbers (
    year    smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
    last    integer NOT NULL CHECK (last > 0)
);
INSERT INTO rescue_request_numbers (year, last) SELECT year, last FROM yearly_numbers WHERE series = 'RR';
DROP TABLE yearly_numbers;
