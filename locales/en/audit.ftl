# The audit log page (/audit), for coordinators, observers and administrators. The entries'
# summaries are records and stay in English; these are the page's own words.

audit-title = Audit log
audit-intro = Every change in Liaison, newest first. Entries can never be edited or removed.
audit-filters = Filters
audit-actor = Actor (email)
audit-organisation = Organisation
audit-action = Action
# The first option of a filter: no filtering.
audit-all = All
audit-from = From (date)
audit-to = To (date, inclusive)
audit-filter = Filter
audit-clear-filters = Clear filters
audit-table-label = Audit events
audit-when = When
audit-who = Who
audit-what = What
# The column with the IP address the change came from.
audit-ip = From
# The actor of an event with no signed-in person (a failed sign-in, the command line).
audit-system = system
audit-empty = No entries match these filters.

# Problems with the filters
audit-from-invalid = The from date must look like 2026-11-28.
audit-to-invalid = The to date must look like 2026-11-28.
audit-org-unknown = Choose an organisation from the list.
audit-action-unknown = Choose an action from the list.

# The kinds of event, in the action filter and the table
audit-action-sign-in = Signed in
audit-action-sign-in-failed = Sign-in failed
audit-action-second-factor-failed = Second-factor code refused
audit-action-recovery-code-used = Recovery code used
audit-action-second-factor-enrolled = Second factor set up
audit-action-recovery-codes-issued = Recovery codes issued
audit-action-second-factor-reset = Second factor reset
audit-action-sign-out = Signed out
audit-action-password-changed = Password changed
audit-action-password-change-failed = Password change failed
audit-action-session-revoked = Session signed out
audit-action-time-zone-changed = Time zone changed
audit-action-language-changed = Language changed
audit-action-organisation-created = Organisation created
audit-action-organisation-updated = Organisation updated
audit-action-organisation-deactivated = Organisation deactivated
audit-action-organisation-activated = Organisation activated
audit-action-user-created = Account created
audit-action-user-updated = Account updated
audit-action-user-deactivated = Account deactivated
audit-action-user-activated = Account activated
audit-action-user-password-reset = Password reset by an administrator
audit-action-action-item-created = Action item created
audit-action-action-item-updated = Action item updated
audit-action-action-item-status-changed = Action item status changed
audit-action-action-item-commented = Comment on an action item
audit-action-contact-created = Contact point added
audit-action-contact-updated = Contact point updated
audit-action-contact-verified = Contact point confirmed
audit-action-contact-deleted = Contact point removed
audit-action-contact-absence-added = Absence of a contact point added
audit-action-contact-absence-removed = Absence of a contact point removed
audit-action-duty-shift-added = Duty shift added
audit-action-duty-shift-removed = Duty shift removed
audit-action-rescue-request-filed = Rescue request filed
audit-action-rescue-request-viewed = Personal data of a rescue request viewed
audit-action-rescue-request-updated = Rescue request updated
audit-action-rescue-request-status-changed = Rescue request moved
audit-action-rescue-request-noted = Note on a rescue request
audit-action-rescue-request-assigned = Rescue request assigned
audit-action-rescue-requests-exported = Rescue requests exported
audit-action-rescue-operation-created = Rescue operation created
audit-action-rescue-operation-changed = Requests of a rescue operation changed
audit-action-rescue-area-created = Rescue area added
audit-action-rescue-area-changed = Rescue area changed
audit-action-referral-filed = Border referral filed
audit-action-referral-viewed = Traveller's data viewed
audit-action-referral-updated = Border referral corrected
audit-action-referral-call-logged = Call attempt logged
audit-action-referral-acknowledged = Border referral acknowledged
audit-action-referral-outcome-recorded = Referral outcome recorded
audit-action-referral-closed = Border referral closed
audit-action-referral-flagged = Referral flagged again at its deadline
audit-action-referral-escalated = Referral escalated to the coordinators
audit-action-referral-estimate-passed = Embassy's estimate passed
audit-action-referral-policy-changed = Referral deadlines changed
audit-action-referral-checkpoint-created = Checkpoint added
audit-action-referral-checkpoint-changed = Checkpoint changed
audit-action-meeting-created = Meeting created
audit-action-meeting-updated = Meeting changed
audit-action-meeting-attendance-recorded = Attendance recorded
audit-action-minutes-saved = Minutes saved
audit-action-minutes-circulated = Minutes circulated
audit-action-minutes-approved = Minutes approved
audit-action-minutes-commented = Comment on minutes
audit-action-minutes-addendum-added = Addendum to minutes
audit-action-decision-recorded = Decision recorded
audit-action-decision-reworded = Decision reworded
audit-action-calendar-feed-made = Calendar feed made
audit-action-calendar-feed-revoked = Calendar feed revoked
audit-action-notifications-read = Notifications read
audit-action-notification-preferences-changed = Notification settings changed
audit-action-action-item-followed = Action item followed
audit-action-action-item-unfollowed = Action item unfollowed
audit-action-email-sent = Email sent
audit-action-email-failed = Email failed
audit-action-email-retried = Email queued again

## The hash chain
audit-chain-heading = Integrity of the log
audit-chain-verified = Every event up to event { $event } was verified intact, { $when }.
audit-chain-not-checked = The chain has not been checked yet; the portal checks new events every few minutes.
audit-chain-broken = The chain is broken at event { $event }: an event was changed or removed outside the portal.
audit-chain-found-at = Found { $when }.
audit-chain-full-check = Last check of the whole log by “liaison audit verify”: { $when }.
audit-chain-no-full-check = The whole log has never been checked with “liaison audit verify”.
