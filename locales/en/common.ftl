# What every page shares: the layout, the navigation, the pager, error pages, the messages
# beside form fields, and the names of statuses and kinds that several areas show.

app-name = Liaison
layout-skip-link = Skip to main content
layout-nav-account = Account
layout-nav-main = Main
layout-sign-out = Sign out
layout-sign-in = Sign in
nav-dashboard = Dashboard
nav-action-items = Action items
nav-contacts = Contacts
nav-rescue-requests = Rescue requests
nav-referrals = Border referrals
nav-meetings = Meetings
nav-on-duty = On duty now
nav-orgs = Organisations
nav-audit = Audit log
nav-admin-orgs = Manage organisations
nav-admin-rescue-areas = Rescue areas
nav-admin-referrals = Referral deadlines
nav-admin-emails = Emails
nav-notifications = Notifications
nav-notifications-unread =
    { $count ->
        [one] one unread
       *[other] { $count } unread
    }
nav-admin-users = Manage accounts
layout-footer = Liaison · coordination of the Royal Thai Police, embassies and UNODC against scam compounds and human trafficking.
layout-footer-time-zone = Times are shown in { $zone }.
layout-language = Language

pager-label = Pages
pager-newest = ← Newest
pager-previous = ← Previous
pager-older = Older →
pager-next = Next →
common-page-of = Page { $page } of { $pages }
common-page-of-more = Page { $page } of { $pages }+

# Error pages
error-status = Error { $status }
error-reference = Reference:
error-back-to-dashboard = Back to the dashboard
error-not-found-title = Page not found
error-not-found-text = There is nothing here, or you do not have access to it. Check the address, or go back to your dashboard.
error-forbidden-title = Not allowed
error-forbidden-text = Your role does not allow this action. If you need it, ask a coordinator or an administrator.
error-bad-request-title = The request could not be read
error-bad-request-text = Something in what was sent was malformed or too large. Go back, check the form and try again.
error-csrf-title = The form has expired
error-csrf-text = For your security the form could not be accepted: it was out of date or came from another site. Go back, reload the page and submit again.
error-duplicate-title = Already taken
error-duplicate-text = Someone else saved the same code or email address a moment ago. Go back, reload the page and choose another.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The portal cannot reach its database right now. Try again in a minute; if it persists, call the duty administrator.
error-internal-title = Something went wrong
error-internal-text = An unexpected error stopped this request and nothing was changed. Try again; if it happens again, tell an administrator and quote the reference below.
error-method-title = Not available this way
error-method-text = This address cannot be used like that. Go back and use the links and buttons on the page.

# Beside form fields
field-too-long = Use at most { $max } characters.
field-no-line-breaks = Remove line breaks and control characters.
field-no-control-characters = Remove control characters.
field-date-format = Enter a date such as 2026-12-31.
field-name-missing = Enter a name.
field-time-zone-unknown = Choose a time zone from the list, such as Asia/Bangkok.
field-email-missing = Enter an email address.
field-email-too-long = An email address has at most 254 characters.
field-email-invalid = Enter an email address like name@embassy.example.
field-org-kind-unknown = Choose coordinator, country or observer.
field-org-code-invalid = Use 2 to 16 letters, digits or hyphens, starting with a letter (for example BRA or CCIB).
field-country-code-invalid = Use the two-letter ISO country code (for example BR or TZ).
field-password-too-short = Use at least { $min } characters; a few unrelated words make a strong, memorable password.
field-password-common = This password is on a list of commonly used passwords; choose another.
field-password-has-email = Do not use your email address in your password.
field-phone-invalid = This is not a valid phone number. Write it with the country code, such as +66 2 123 4567.
field-phone-missing = Enter a phone number, such as +66 2 123 4567.
field-phone-characters = A phone number may contain only digits, spaces, dashes, dots, parentheses and a leading +.
field-languages-too-many = List at most { $max } languages (you listed { $count }). Keep the ones the contact uses on duty.
field-languages-unknown = { $count ->
    [one] Unknown language: { $listed }. Use two-letter codes such as th, en, pt.
   *[other] Unknown languages: { $listed }. Use two-letter codes such as th, en, pt.
}
field-status-unknown = Choose a status from the list.
field-priority-unknown = Choose low, normal, high or urgent.
field-visibility-unknown = Choose shared or restricted.

# Names that several areas show
org-kind-coordinator = Coordinator
org-kind-country = Country
org-kind-observer = Observer
status-open = Open
status-in-progress = In progress
status-blocked = Blocked
status-done = Done
status-cancelled = Cancelled
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
visibility-shared = Shared with every participant
visibility-restricted = Restricted to the assignees, coordinators and observers
