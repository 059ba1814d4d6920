# Rescue requests: the list, one request, the filing form, the workflow, operations, the areas.
# A request is about one person held in a scam compound; "the country" is the person's
# nationality's embassy. References look like RR-2026-0001.

## Names of statuses, urgencies and sexes
rescue-status-submitted = Submitted
rescue-status-under-review = Under review
rescue-status-located = Located
rescue-status-rescue-in-progress = Rescue in progress
rescue-status-rescued = Rescued
rescue-status-repatriated = Repatriated
rescue-status-closed = Closed
rescue-status-unable-to-locate = Unable to locate
rescue-status-withdrawn = Withdrawn
rescue-urgency-life-at-risk = Life at risk
rescue-urgency-urgent = Urgent
rescue-urgency-routine = Routine
rescue-sex-female = Female
rescue-sex-male = Male
rescue-sex-unspecified = Not stated

## The list (/rescue-requests)
rescue-new = File a rescue request
rescue-counts-label = Requests by status
# A count that stopped at a cap: there are more than $count.
rescue-count-capped = { $count }+
rescue-count-more = { $count }+ requests
rescue-count = { $count ->
    [one] { $count } request
   *[other] { $count } requests
}
rescue-filters = Filters
rescue-filter-open = Being worked (not ended)
rescue-filter-any-status = Any status
rescue-filter-any-urgency = Any urgency
rescue-filter-any-area = Any area
rescue-filter-any-country = Any country
rescue-filter-reference = Reference
rescue-filter-submit = Filter
rescue-filter-not-a-reference = That is not a reference such as RR-2026-0001. To find a passport number, use the passport search.
rescue-passport-search = Find by passport number
rescue-passport-search-help = The exact number. It is sent with the form, never in the page's address.
rescue-passport-search-submit = Find
rescue-passport-results = Requests with this passport number, in every status.
rescue-passport-results-back = Back to the list
rescue-download-csv = Download as CSV (no personal data)
rescue-none-match = No rescue requests match these filters.
rescue-col-reference = Reference
rescue-col-person = Person
rescue-col-nationality = Nationality
rescue-col-urgency = Urgency
rescue-col-status = Status
rescue-col-area = Area
rescue-col-unit = Thai unit
rescue-col-filed = Filed
rescue-unassigned = Not assigned

## One request
rescue-conflict-heading = This request changed while you were deciding
# $status is the request's status now.
rescue-conflict-text = Your step was not taken: the request is now { $status }. Read the timeline below, then choose again.
rescue-possible-duplicate = Possible duplicate of
rescue-last-contact = Last contact
rescue-not-known = Not known
rescue-none-given = None given
rescue-operation = Rescue operation
rescue-no-operation = No operation
rescue-last-changed = Last changed
rescue-person-heading = The person
rescue-full-name = Full name
rescue-other-names = Other names or aliases
rescue-sex = Sex
rescue-age = Date of birth or age
# $age is a number of years.
rescue-approximate-age = about { $age } years old
rescue-passport = Passport number
rescue-phones = Phone numbers
rescue-handles = Messaging handles
rescue-family-contact = Family contact
rescue-situation-heading = The situation
rescue-last-known-location = Last known location
rescue-compound = Compound or network
rescue-recruitment = How they were recruited
rescue-circumstances = Circumstances
rescue-edit = Update the details
rescue-redacted = Personal details are not shown to observers.
rescue-steps-heading = Next steps
# A button: $status is where the step takes the request.
rescue-step-to = Move to { $status }
rescue-step-place = Where was the person located?
rescue-step-reason = The reason
rescue-step-outcome = The outcome
rescue-step-reopen-reason = Why is the request reopened?
rescue-step-place-missing = Say where the person was located.
rescue-step-reason-missing = Give the reason: it goes on the timeline.
# $from and $to are statuses.
rescue-step-not-allowed = A request that is { $from } cannot move to { $to }.
rescue-step-taken = { $reference } is now { $status }.
rescue-assign-heading = Assignment
rescue-officer = Officer
rescue-no-officer = No officer named
rescue-officer-help = The officers of the unit saved: save a new unit first to choose among its officers.
rescue-assign-submit = Save the assignment
rescue-assign-unit-unknown = Choose a Thai unit from the list.
rescue-assign-officer-unknown = Choose an officer of the unit chosen.
rescue-assigned = Assignment of { $reference } saved.
rescue-operation-submit = Save the operation
rescue-operation-unknown = Choose an operation from the list.
rescue-operation-set = Operation of { $reference } saved.
rescue-timeline = Timeline
# Each timeline entry starts with the person's name and organisation, followed by one of these.
rescue-timeline-filed = filed the request
rescue-timeline-moved = moved it to
rescue-timeline-noted = added a note
rescue-timeline-edited = updated the details:
rescue-timeline-assigned = assigned it
rescue-timeline-operation = changed its operation
rescue-note-heading = Add a note
rescue-note-label = Note
rescue-note-submit = Add the note
rescue-note-missing = Write the note first.
rescue-note-added = Note added to { $reference }.
rescue-viewings-heading = Who has seen this case
rescue-viewings-none = Nobody has opened the personal details yet.
rescue-viewings-count = { $count ->
    [one] once
   *[other] { $count } times
}
rescue-viewings-last = last
rescue-back-to-list = ← All rescue requests

## The form
rescue-new-intro = Everything about the person is encrypted before it is stored. Only your country and the Thai police coordinators can read it, and every view is recorded.
rescue-edit-title = Update { $reference }
rescue-edit-conflict-heading = Someone else saved this request first
rescue-edit-conflict-text = Your changes were not saved: the request is now at version { $version }. Its details as stored now:
rescue-edit-conflict-kept = What you typed is kept below; saving again replaces what is stored.
rescue-edit-conflict-discard = Discard your changes
rescue-form-has-errors = Some fields need attention; they are marked below.
rescue-choose = Choose…
rescue-other-names-help = Nicknames, names used in the compound, other spellings.
rescue-date-of-birth = Date of birth
rescue-age-help = Give the date of birth, or the approximate age if the family does not know it.
rescue-approximate-age-label = Approximate age
rescue-phones-help = One per line, with the country code, such as +95 9 123 456 789.
rescue-handles-help = LINE, WhatsApp, Telegram, Facebook and the like, with the name shown there.
rescue-family-contact-help = Who reported it and how to reach them.
rescue-save = Save
rescue-file = File the request
rescue-filed = Rescue request { $reference } filed.
rescue-saved = { $reference } saved.
rescue-field-nationality-unknown = Choose the person's nationality from the list.
rescue-field-full-name-missing = Enter the person's full name.
rescue-field-sex-unknown = Choose one.
rescue-field-date-future = This date is in the future.
rescue-field-age-missing = Give a date of birth or an approximate age.
rescue-field-age-invalid = Enter the age in years, from 1 to 120.
rescue-field-passport-invalid = A passport number has 5 to 20 letters and digits.
# $phone is what was typed, $reason why it is not a number.
rescue-field-phone-invalid = { $phone }: { $reason }
rescue-field-phones-too-many = Give at most { $max } numbers.
rescue-field-location-missing = Describe the last known location, even roughly.
rescue-field-area-unknown = Choose an area from the list.
rescue-field-urgency-unknown = Choose how urgent it is.
rescue-field-status-unknown = Choose a status from the list.

## Operations (/rescue-operations)
rescue-operations-title = Rescue operations
rescue-operations-intro = One operation groups the requests of one raid, whatever the nationalities. A country sees only its own nationals in it.
rescue-operations-none = No operations yet.
rescue-operation-new = New operation
rescue-operation-name = Name
rescue-operation-planned-on = Planned for
rescue-operation-notes = Notes
rescue-operation-notes-help = Where and when, in words. No names: the requests hold those.
rescue-operation-create = Create the operation
rescue-operation-name-missing = Give the operation a name.
rescue-operation-created = Operation { $name } created.
rescue-operation-planned = Planned for { $date }
rescue-operation-not-planned = No date planned
rescue-operation-requests = Requests in this operation
rescue-operation-empty = None of the requests you can see are in this operation.
rescue-operations-back = ← All operations

## The areas (/admin/rescue-areas)
rescue-areas-intro = The areas a request can name. Retired areas are no longer offered when filing; requests that name them keep them. "Other" always stays.
rescue-area-state = State
# The name of the last area, for any place not in the list.
rescue-area-other = Other
rescue-area-change = Change
rescue-area-offered-state = Offered
rescue-area-retired-state = Retired
rescue-area-retire = Retire
rescue-area-offer = Offer again
rescue-area-retire-label = Retire: { $name }
rescue-area-offer-label = Offer again: { $name }
rescue-area-new = New area
rescue-area-add = Add the area
rescue-area-name-missing = Enter the area's name.
rescue-area-name-taken = This area is already in the list.
rescue-area-added = Area { $name } added.
rescue-area-offered = The area is offered again.
rescue-area-retired = The area is retired.
