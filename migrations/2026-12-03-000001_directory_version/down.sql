DROP TRIGGER users_bump_directory ON users;
DROP TRIGGER organisations_bump_directory ON organisations;
DROP TRIGGER duty_shifts_bump_directory ON duty_shifts;
DROP TRIGGER contact_absences_bump_directory ON contact_absences;
DROP TRIGGER contact_handles_bump_directory ON contact_handles;
DROP TRIGGER contact_hours_bump_directory ON contact_hours;
DROP TRIGGER contact_points_bump_directory ON contact_points;
DROP FUNCTION bump_directory_version();
DROP TABLE directory_version;
