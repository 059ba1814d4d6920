# Meetings: the agenda, attendance, minutes, decisions and calendars.

meetings-new = New meeting
meetings-create = Create the meeting
meetings-save = Save the meeting
meetings-cancel = Cancel
meetings-edit = Edit the meeting
meetings-edit-title = Edit “{ $title }”
meetings-created = Meeting “{ $title }” created.
meetings-saved = Meeting “{ $title }” saved.
meetings-form-has-errors = Some fields need your attention; what you typed is kept.
meetings-conflict-heading = Someone else changed this meeting
meetings-conflict-text = While you were editing, the meeting was saved by someone else (now version { $version }). It now reads:
meetings-conflict-kept = Your changes are still in the form below; saving them replaces the version above.
meetings-conflict-discard = Discard your changes and see the meeting as it is now.

meetings-when-label = Which meetings
meetings-upcoming = Upcoming
meetings-past = Past meetings
meetings-count = { $count ->
    [one] One meeting
   *[other] { $count } meetings
}
meetings-count-more = More than { $count } meetings
meetings-none-upcoming = No meetings are planned.
meetings-none-past = No past meetings.
meetings-col-when = When
meetings-col-title = Title
meetings-col-place = Place
meetings-col-participants = Participants
meetings-col-minutes = Minutes
meetings-yours = Yours
meetings-online = Online
meetings-place-none = Not set
meetings-participant-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}

meetings-starts = Starts
meetings-ends = Ends
meetings-ended = Ended
meetings-time-zone = Time zone of these times
meetings-time-zone-help = The times are entered in this zone; everyone sees them in their own.
meetings-video-url = Video link
meetings-chair = Chair
meetings-chair-help = Name and position of who chairs the meeting.
meetings-chair-none = Not named
meetings-participants-legend = Participating organisations
meetings-title-missing = Enter the meeting’s title.
meetings-starts-missing = Enter when the meeting starts.
meetings-ends-missing = Enter when the meeting ends.
meetings-time-format = Enter a date and time such as 2026-12-15 10:00.
meetings-time-skipped = That time does not exist in this time zone (the clocks change then).
meetings-ends-before-start = The meeting must end after it starts.
meetings-too-long = A meeting lasts at most seven days.
meetings-video-url-invalid = Enter a web address starting with https://.
meetings-participants-missing = Choose at least one participating organisation.
meetings-participants-unknown = { $count ->
    [one] There is no active organisation { $codes }.
   *[other] There are no active organisations { $codes }.
}

meetings-agenda = Agenda
meetings-agenda-help = One line per item, in the order of the meeting. Leave a row empty to drop it; save and edit again for more rows.
meetings-agenda-row-title = Item { $row }
meetings-agenda-presenter = Presented by
meetings-agenda-presenter-none = Nobody in particular
meetings-agenda-minutes = Planned minutes
meetings-agenda-notes = Notes
meetings-agenda-row-wrong = Agenda item { $row }: { $problem }
meetings-agenda-title-missing = enter its title.
meetings-agenda-minutes-invalid = the planned minutes are a number from 1 to 600.
meetings-agenda-presenter-not-participant = { $code } does not take part in the meeting.
meetings-agenda-too-long = An agenda has at most { $max } items.
meetings-agenda-empty = No agenda yet.
meetings-agenda-presented-by = presented by { $org }
meetings-agenda-planned = { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}

meetings-local-time = In the meeting’s time zone
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = Minutes and decisions
meetings-add-to-calendar = Add to my calendar (.ics)
meetings-record-attendance = Record attendance
meetings-back-to-meeting = Back to the meeting
meetings-back-to-minutes = Back to the minutes

meetings-participants-heading = Participants and attendance
meetings-present-summary = { $orgs } of { $total } organisations present, { $people ->
    [one] one person
   *[other] { $people } people
}.
meetings-attendance-not-recorded = Attendance has not been recorded yet.
meetings-col-organisation = Organisation
meetings-col-attendance = Attendance
meetings-col-people = Who came
meetings-attendance-unrecorded = Not recorded
meetings-attendance-present = Present
meetings-attendance-absent = Absent
meetings-attendance-excused = Excused
meetings-attendance-unknown = Choose present, absent or excused.
meetings-attendance-title = Attendance: { $title }
meetings-attendance-help = For each organisation, whether it came, and who: tick its accounts, or type names.
meetings-attendance-accounts = Accounts of { $org }
meetings-attendance-people = Other people who came
meetings-attendance-people-help = One person per line, as “Name, position”.
meetings-attendance-save = Save the attendance
meetings-attendance-saved = Attendance saved.
meetings-attendance-conflict = Someone recorded the attendance while you were working; what you entered is still in the form, and saving it replaces theirs.
meetings-attendance-absent-with-people = { $org } is marked absent or excused but has people listed.
meetings-attendee-wrong = { $org }: { $problem }
meetings-attendee-name-missing = Each line needs a name before the comma.
meetings-attendees-too-many = { $org }: at most { $max } people.
meetings-attendee-account-unknown = A ticked account does not belong to a participating organisation.

meetings-carried-over = Carried over from earlier meetings
meetings-carried-over-help = Action items still open from the decisions of earlier meetings with the same organisations.
meetings-carried-over-none = Nothing is carried over from earlier meetings.
meetings-carried-over-more = The { $count } soonest due are shown; the others follow as these are done.
meetings-col-item = Action item
meetings-col-owed-by = Owed by
meetings-col-due = Due
meetings-col-status = Status
meetings-col-decision = Decision
meetings-decision-of = Decision { $number } of “{ $meeting }”
meetings-overdue = overdue

meetings-minutes-title = Minutes: { $title }
meetings-minutes = Minutes
meetings-minutes-state-draft = Draft
meetings-minutes-state-circulated = Circulated for comment
meetings-minutes-state-approved = Approved
meetings-minutes-state-unknown = Choose a state of the minutes.
meetings-minutes-empty = Nothing written yet.
meetings-minutes-edit = Edit the minutes
meetings-minutes-help = Markdown: **bold**, lists with “-”, links. Images and scripts are removed.
meetings-minutes-save = Save the minutes
meetings-minutes-saved = Minutes saved.
meetings-minutes-circulate = Circulate for comment
meetings-minutes-circulated = The minutes are circulated: the participants can comment beside them.
meetings-minutes-approve = Approve the minutes
meetings-minutes-approve-help = Once approved, the minutes and their decisions are locked; corrections are added as addenda.
meetings-minutes-approved = The minutes are approved and locked.
meetings-minutes-locked = These minutes are approved and locked; nothing was changed. A correction is added as an addendum.
meetings-minutes-stale = Someone else changed the minutes while you were working; nothing was saved. What you typed is kept in the editor below the current text.
meetings-draft-help = A draft, still being written by the coordinators; it is circulated to the participants for comment before it is approved.
meetings-circulated-help = Circulated for comment: participants can comment below before a coordinator approves.
meetings-approved-by = Approved by { $name } on { $time }.
meetings-approved-at = Approved on { $time }.
meetings-approved-locked = The minutes are locked.
meetings-print = Print the record

meetings-decisions = Decisions
meetings-decisions-none = No decisions recorded.
meetings-decision-number = Decision { $number }
meetings-decision-new = Record a decision
meetings-decision-help = As agreed, in one or two sentences (Markdown).
meetings-decision-record = Record the decision
meetings-decision-recorded = Decision { $number } recorded.
meetings-decision-missing = Enter the decision.
meetings-decision-make-item = Create an action item from this decision
meetings-decision-reword = Reword the decision
meetings-decision-save = Save the wording
meetings-decision-reworded = Decision { $number } reworded.
meetings-progress = { $done } of { $total } done
meetings-progress-overdue = { $done } of { $total } done, { $overdue } overdue
meetings-progress-none = No action items yet.

meetings-comments = Comments
meetings-comments-none = No comments.
meetings-comment-label = Your comment on the minutes
meetings-comment-add = Add the comment
meetings-comment-added = Comment added.
meetings-comment-missing = Write your comment.
meetings-comments-closed = Comments are taken only while the minutes are circulated; nothing was added.
meetings-comments-after-circulation = Participants can comment once the minutes are circulated.
meetings-comments-closed-approved = The minutes are approved; comments are closed.

meetings-addenda = Addenda
meetings-addenda-none = No addenda.
meetings-addendum-label = Add an addendum
meetings-addendum-help = A correction to the approved minutes, dated and signed with your name.
meetings-addendum-add = Add the addendum
meetings-addendum-added = Addendum added.
meetings-addendum-missing = Write the addendum.
meetings-addendum-before-approval = Addenda correct approved minutes; these are not approved yet, so edit them instead.
meetings-addendum-signed = Addendum by { $name } ({ $org }), { $time }

meetings-print-help = Use your browser’s print command; the record fits A4.
meetings-print-chair = Chaired by { $chair }
meetings-print-printed = Printed on { $date }.

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = Chair: { $chair }
meetings-ics-video = Video link: { $url }
meetings-feed-name = Liaison meetings
meetings-feed-heading = Calendar feed
meetings-feed-help = A private address your calendar application can subscribe to: every meeting you may see. Anyone with the address can read your meetings, so keep it to yourself.
meetings-feed-new = Your new calendar feed address
meetings-feed-url = Feed address
meetings-feed-shown-once = Copy it now: it is shown only this once. Making a new one ends this one.
meetings-feed-made-at = You have a feed address, made on { $time }.
meetings-feed-none = You have no feed address.
meetings-feed-make = Make a feed address
meetings-feed-replace = Make a new address (ends the old one)
meetings-feed-revoke = Revoke the address
meetings-feed-revoked = Your calendar feed address no longer works.

meetings-dashboard-next = Next:
meetings-dashboard-none = No meeting is planned.
meetings-dashboard-overdue-heading = Decisions with overdue action items
meetings-dashboard-overdue-count = { $count ->
    [one] one overdue
   *[other] { $count } overdue
}
