# Action items: the lists, one item, the form, the workload boxes.

items-col-reference = Reference
items-col-title = Title
items-col-owed-by = Owed by
items-col-due = Due
items-col-priority = Priority
items-col-status = Status
items-restricted-badge = restricted
items-overdue-label = overdue
items-workload-open = { $count } open
items-workload-overdue = { $count } overdue
items-workload-none-overdue = none overdue
items-workload-nothing-owed = Nothing is owed right now.
items-workload-all-open = All open items of { $org }
items-workload-the-overdue = the overdue ones
items-owed-by-org = Action items owed by { $org }

# The list
items-new = New action item
items-filters = Filters
items-filter-not-closed = Not closed (open, in progress, blocked)
items-filter-any-status = Any status
items-filter-any-org = Any organisation
items-filter-any-priority = Any priority
items-filter-due-by = Due on or before
items-filter-text = Title or description contains
items-filter-sort = Sort by
items-sort-due = Due date, soonest first
items-sort-priority = Priority, most urgent first
items-sort-newest = Newest first
items-filter-overdue = Only overdue items
items-filter-submit = Filter
# How many items match the filters.
items-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# A large list is counted only up to a cap: there are more than $count items.
items-count-more = { $count }+ items
items-download-csv = Download these as CSV
items-none-match = No action items match these filters.

# One item
# Under the item's title, after its status. $priority is low, normal, high or urgent: keep the
# [keys] in brackets as they are.
items-priority-line = { $priority ->
    [low] Low priority
    [normal] Normal priority
    [high] High priority
   *[urgent] Urgent priority
}
# $date is the due date.
items-due-on = due { $date }
items-person = Person
items-nobody-named = nobody named
items-visibility = Visibility
items-last-changed = Last changed
items-no-description = No description.
items-edit-or-reassign = Edit or reassign
items-status-heading = Change the status
items-status-new = New status
items-status-comment = Comment (optional)
items-status-submit = Change status
items-status-conflict-heading = Someone changed this item first
items-status-conflict-not-saved = Your status change was not saved.
# $status is the item's status now (shown in bold), $version its version number.
items-status-conflict-now = The item is now { $status } (version { $version }); the timeline below shows what happened.
items-status-conflict-kept = Your comment and choice are kept in the form: submit again if they still apply.
items-timeline = Timeline
# Each timeline entry starts with the person's name and organisation, followed by one of these.
items-timeline-created = created the item
# $from and $to are status names; $to is shown in bold.
items-timeline-moved = moved it from { $from } to { $to }
items-timeline-edited = edited it
items-timeline-commented = commented
# Under "edited it", one line per change. $from and $to are the old and new values (titles
# and people's names as typed, organisation codes, dates, priority or visibility names).
items-change-title = title "{ $from }" → "{ $to }"
items-change-description = description changed
items-change-assignees = assignees { $from } → { $to }
items-change-person = person { $from } → { $to }
# Stands for $from or $to of items-change-person when no person was named.
items-change-nobody = nobody
items-change-due-date = due date { $from } → { $to }
items-change-priority = priority { $from } → { $to }
items-change-visibility = visibility { $from } → { $to }
items-change-nothing = saved without changes
items-comment-heading = Add a comment
items-comment-label = Comment
# Keep the Markdown syntax (**bold**) as it is: it shows how to write bold.
items-markdown-help = Markdown: **bold**, lists, links.
items-comment-submit = Add comment
items-back-to-list = ← All action items

# A status inside a sentence (items-status-changed, items-status-not-allowed): lower-case in
# English, unlike the status names of lists and forms.
items-status-word-open = open
items-status-word-in-progress = in progress
items-status-word-blocked = blocked
items-status-word-done = done
items-status-word-cancelled = cancelled
# $reference is the item's reference (AI-0042); $status one of the items-status-word-* above.
items-status-changed = { $reference } is now { $status }.
items-status-not-allowed = An item that is { $from } cannot move to { $to }.
items-comment-missing = Write a comment.
items-comment-added = Comment added to { $reference }.

# The form
# $reference is the item's reference (AI-0042).
items-edit-title = Edit { $reference }
items-edit-conflict-heading = Someone else saved this item first
# $version is the item's version number.
items-edit-conflict-text = Your changes were not saved. These are the values stored now (version { $version }):
items-edit-conflict-kept = The form below still holds what you typed. Submit it again to replace the stored values.
# A link back to the item, leaving the form.
items-edit-conflict-discard = Discard your changes
items-description = Description
items-form-has-errors = Some fields need attention; the messages are beside them.
items-description-help = Markdown: **bold**, lists, links. Shown to everyone who can read the item.
# Before the organisations that owe the item, when the user cannot choose them.
items-owed-by-fixed = Owed by:
items-assignees-legend = Owed by (one or more organisations)
items-person-label = Person responsible (optional)
items-person-nobody = Nobody named
items-person-help = Must belong to one of the organisations that owe the item.
items-due-date = Due date
items-save = Save changes
items-create = Create action item
items-cancel = Cancel
items-created = Action item { $reference } created.
items-saved = Action item { $reference } saved.

# Beside the form's fields
items-title-missing = Enter a title.
items-due-date-missing = Enter a due date.
items-due-date-past = Choose a due date from today onwards.
items-assignees-missing = Choose at least one organisation.
# $codes lists the organisation codes typed (BRA, NOPE), $count how many there are.
items-assignees-unknown = { $count ->
    [one] { $codes } cannot be given work: choose active embassies or police units from the list.
   *[other] { $codes } cannot be given work: choose active embassies or police units from the list.
}
items-person-not-assignable = Choose a person from one of the assigned organisations, or nobody.

# An item made from a meeting's decision.
items-from-decision = Decision { $number } of “{ $meeting }”
items-from-decision-link = Read it in the minutes
items-from-decision-description = Carries out decision { $number } of the meeting “{ $meeting }”.
items-decision = Carries out
