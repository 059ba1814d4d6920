DROP INDEX audit_events_rescue_views_idx;
DROP TABLE rescue_request_events;
DROP TABLE rescue_requests;
DROP TABLE rescue_request_numbers;
DROP TABLE rescue_operations;
DROP TABLE rescue_areas;
