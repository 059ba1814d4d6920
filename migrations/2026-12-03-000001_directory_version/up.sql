-- A number that changes whenever something "who to call now" depends on changes, so that each
-- instance can keep its computed answer until then. It is bumped by deferred constraint
-- triggers: at commit, and only for committed changes, so a reader never sees a new number
-- before the data behind it; the row lock is taken only in the commit step, where nothing else
-- is awaited, so writers of different contacts cannot deadlock on it.
CREATE TABLE directory_version (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint NOT NULL
);
INSERT INTO directory_version (version) VALUES (1);

CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER contact_points_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON contact_points DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
CREATE CONSTRAINT TRIGGER contact_hours_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON contact_hours DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
CREATE CONSTRAINT TRIGGER contact_handles_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON contact_handles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
CREATE CONSTRAINT TRIGGER contact_absences_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON contact_absences DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
CREATE CONSTRAINT TRIGGER duty_shifts_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON duty_shifts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
CREATE CONSTRAINT TRIGGER organisations_bump_directory AFTER INSERT OR UPDATE OR DELETE
    ON organisations DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
-- The page names who confirmed each entry.
CREATE CONSTRAINT TRIGGER users_bump_directory AFTER UPDATE OF name
    ON users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION bump_directory_version();
