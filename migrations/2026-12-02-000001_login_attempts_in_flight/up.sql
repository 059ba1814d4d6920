-- A sign-in attempt is recorded before its password is checked, as `pending`; a correct
-- password deletes it, a wrong one makes it a failure. Only failures lock an account or an
-- address out; attempts in flight make others wait their turn instead, so correct sign-ins at
-- the same moment are not refused and parallel guesses still cannot outrun the limit.
ALTER TABLE login_failures ADD COLUMN pending boolean NOT NULL DEFAULT false;
