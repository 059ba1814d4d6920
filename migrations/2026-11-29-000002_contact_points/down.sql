DROP TABLE duty_shifts;
DROP TABLE contact_absences;
DROP TABLE contact_hours;
DROP TABLE contact_handles;
DROP TABLE contact_points;
ALTER TABLE organisations DROP COLUMN time_zone;
