DROP TABLE audit_events;
DROP FUNCTION audit_events_append_only();
DROP TABLE login_failures;
DROP TABLE sessions;
DROP TABLE users;
DROP FUNCTION users_admin_is_coordinator();
DROP TABLE organisations;
DROP FUNCTION organisations_kind_is_fixed();
