# Contact points: the directory, one contact, the form, on duty now, the duty rota.

contacts-reach-absent = absent today
contacts-reach-on-call = on call now
contacts-reach-available = available now
contacts-reach-unavailable = not available now
contacts-confirmed = Confirmed { $date }
contacts-confirmed-by = Confirmed { $date } by { $name }
contacts-stale-warning = stale: check before relying on it
contacts-freshness-heading = Contact points of { $org }
contacts-freshness-none = No contact points yet: nobody can find { $org } on the on-duty page.
contacts-freshness-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
contacts-freshness-stale = { $count } stale (not confirmed for { $days } days)
contacts-freshness-all-confirmed = all confirmed within { $days } days
contacts-freshness-the-stale = the stale ones
contacts-duty-rota = Duty rota
contacts-add = Add a contact
# Between the items of a list (the days of someone's hours, the languages they speak): a comma
# and a space in English. Quoted so that the space is kept; use your language's separator.
contacts-list-separator = { ", " }

## The directory (/contacts)

contacts-directory-title = Contact points
contacts-on-duty-title = Who to call now
contacts-filters = Filters
contacts-organisation = Organisation
contacts-filter-all-orgs = All organisations
contacts-filter-language = Speaks
contacts-filter-any-language = Any language
contacts-filter-available = Only those reachable now
contacts-filter-stale = Only entries not confirmed for { $days } days
contacts-filter-submit = Filter
contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
# $org is an organisation's code, such as BRA.
contacts-download-org-vcards = Download { $org }'s contacts as vCard
contacts-none-match = No contact points match these filters.
contacts-name = Name
contacts-position = Position
contacts-phone = Phone
contacts-email = Email
contacts-languages = Languages
contacts-now = Now
contacts-confirmed-label = Confirmed
contacts-call-order = Call order
contacts-reachable = Reachable
# 1 = the first to call, 2 = the next if they do not answer, …
contacts-call-order-value = call order { $order }
# Who last confirmed that an entry is correct.
contacts-confirmed-by-name = by { $name }
contacts-stale = stale

## Hours and local times

contacts-hours-always = 24/7
contacts-hours-none = No hours set
# $days is a day or a range of days, $start and $end are times: "Mon–Fri 09:00–17:00".
contacts-hours-window = { $days } { $start }–{ $end }
# The same for hours that run past midnight: "Sat 22:00–06:00 (next day)".
contacts-hours-window-overnight = { $days } { $start }–{ $end } (next day)
# Consecutive days with the same hours: "Mon–Fri".
contacts-hours-day-range = { $first }–{ $last }
# $hours is the description above, $zone a time zone such as Asia/Bangkok.
contacts-hours-in-zone = { $hours } ({ $zone })
# $time is a weekday, date, time and offset, $zone a time zone: "Sat, 28 Nov, 23:15 GMT+7 (Asia/Bangkok)".
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = Mon
contacts-day-short-tue = Tue
contacts-day-short-wed = Wed
contacts-day-short-thu = Thu
contacts-day-short-fri = Fri
contacts-day-short-sat = Sat
contacts-day-short-sun = Sun
contacts-day-mon = Monday
contacts-day-tue = Tuesday
contacts-day-wed = Wednesday
contacts-day-thu = Thursday
contacts-day-fri = Friday
contacts-day-sat = Saturday
contacts-day-sun = Sunday

## One contact (/contacts/…)

contacts-not-confirmed-since = Not confirmed since { $date }: these details may be out of date.
contacts-languages-not-given = not given
# $time is the time now where the contact is.
contacts-their-time = their time { $time }
contacts-confirmed-at-by = { $time } by { $name }
# A messaging service whose name is unknown.
contacts-messaging = Messaging
contacts-save-vcard = Save to phone (vCard)
contacts-verify = Still correct
contacts-edit = Edit
contacts-absences = Absences
contacts-absences-none = No absences planned.
# Both are dates.
contacts-absence-range = { $from } to { $to }
contacts-absence-remove-label = Remove the absence from { $from } to { $to }
contacts-absence-first-day = First day away
contacts-absence-last-day = Last day away
contacts-absence-add = Add absence
contacts-remove-heading = Remove from the directory
contacts-remove-confirm = { $name } is no longer a contact point; remove the entry and their shifts.
contacts-remove = Remove
contacts-back-to-org = ← All contacts of { $org }

contacts-verified = Thank you: { $name } is confirmed as correct today.
contacts-delete-unconfirmed = Tick the box to confirm that this contact should be removed.
contacts-deleted = { $name } removed from the directory.
contacts-absence-start-missing = Enter the first day.
contacts-absence-end-missing = Enter the last day.
contacts-absence-reversed = The end of an absence cannot come before its start.
contacts-absence-over = This absence is already over.
# $from and $to are dates.
contacts-absence-added = { $name } is marked absent from { $from } to { $to }.
contacts-absence-removed = Absence of { $name } removed.

## The form to add or edit a contact

contacts-new-title = Add a contact point
contacts-edit-title = Edit { $name }
contacts-conflict-heading = Someone else saved this contact first
contacts-conflict-text = Your changes were not saved. These are the details stored now (version { $version }):
contacts-conflict-resubmit = The form below still holds what you typed. Submit it again to replace the stored details.
contacts-conflict-discard = Discard your changes
contacts-form-has-errors = Some fields need attention; the messages are beside them.
contacts-organisation-fixed = Organisation:
contacts-choose = Choose…
contacts-position-optional = Position (optional)
contacts-phones-legend = Phone numbers, first to call first
contacts-phone-number-label = Phone number { $number }
contacts-phones-help = With the country code, such as +66 2 123 4567; a number without it is read as Thai.
contacts-email-optional = Email (optional)
contacts-messaging-optional = Messaging (optional)
contacts-languages-spoken = Languages spoken
# The field understands ISO codes and the English names of languages: keep "th, en, Portuguese"
# as they are (you may say that names are English ones).
contacts-languages-help = Codes or names, separated by commas: th, en, Portuguese.
contacts-call-order-help = 1 = call first; the next number if they do not answer.
contacts-time-zone = Their time zone
contacts-time-zone-help = The hours below and absences are in this zone.
contacts-availability-legend = When they can be reached
contacts-availability-always = 24/7 (a line that is always answered)
contacts-availability-hours = Weekly hours (below)
contacts-hours-label = Weekly hours
contacts-hours-caption = Weekly hours: leave a day empty when they cannot be reached; an end before the start runs past midnight.
contacts-hours-day = Day
contacts-hours-from = From
contacts-hours-to = To
# $day is the name of a weekday, such as Monday.
contacts-hours-from-label = { $day } from
contacts-hours-to-label = { $day } to
contacts-save-changes = Save changes
contacts-create = Add contact point
contacts-cancel = Cancel

contacts-organisation-unknown = Choose an organisation from the list.
contacts-name-missing = Enter the contact's name.
# $number is the position of the phone field (1, 2, 3), $message what is wrong with it.
contacts-phone-numbered = Number { $number }: { $message }
contacts-phone-missing = Give at least one phone number to call.
contacts-phone-too-many = Give at most five phone numbers.
contacts-call-order-invalid = Give a number from 1 (call first) to 99.
contacts-availability-unknown = Choose 24/7 or weekly hours.
contacts-hours-missing = Give the hours of at least one day, or choose 24/7.
# $day is the name of a weekday, such as Monday.
contacts-hours-both-times = Give both times for { $day } as HH:MM, or leave both empty.
contacts-hours-end-equals-start = The end must differ from the start. For a line that is always answered, choose 24/7.
contacts-added = { $name } added.
contacts-saved = { $name } saved.

## Who to call now (/contacts/on-duty)

contacts-on-duty-intro = For each organisation: the contact on call; else the lines answered 24/7; else the first contact whose hours cover now.
contacts-on-duty-narrow = Narrow to one organisation
contacts-on-duty-every-org = Every organisation
contacts-on-duty-show = Show
contacts-on-duty-show-all = Show every organisation
contacts-on-duty-no-such-org = No active organisation has that code.
contacts-on-duty-unreachable = { $count ->
    [one] { $count } organisation has nobody reachable right now.
   *[other] { $count } organisations have nobody reachable right now.
}
contacts-on-duty-local-time = Local time: { $time }
contacts-on-duty-on-call-until = on call until { $time }
contacts-on-duty-call-first = call first
# $hours describes the contact's weekly hours: "Mon–Fri 09:00–17:00".
contacts-on-duty-within-hours = within their hours ({ $hours })
contacts-on-duty-nobody = Nobody is reachable now.
contacts-on-duty-no-contacts = This organisation has no contact points yet.
contacts-on-duty-none-reachable = { $count ->
    [one] Its one contact is not on call, answered 24/7 or within their hours.
   *[other] None of its { $count } contacts is on call, answered 24/7 or within their hours.
}
# The link to the organisation's entries: its one contact, or all of them.
contacts-on-duty-see-contacts = { $count ->
    [1] See the contact
   *[other] See all its contacts
}

## An organisation's duty rota (/orgs/…/duty)

# $org is an organisation's code or name.
contacts-rota-title = Duty rota of { $org }
# $zone is a time zone such as Europe/London, $time the time there now.
contacts-rota-times = Times are in { $zone }; it is now { $time }.
contacts-shifts-heading = Current and coming shifts
contacts-shifts-none = No shifts scheduled.
contacts-shifts-label = Shifts
contacts-shift-on-call = On call
contacts-shift-until = Until
contacts-shift-actions = Actions
contacts-shift-now = now
contacts-shift-remove-label = Remove the shift of { $name }
contacts-shift-schedule-heading = Schedule a shift
contacts-rota-add-contact-first = Add a contact point first.
contacts-shift-schedule = Schedule
contacts-back-to-on-duty = ← Who to call now

contacts-shift-contact-unknown = Choose who is on call from the list.
contacts-shift-start-invalid = Enter the start as a date and time, such as 2026-12-24T20:00.
contacts-shift-end-invalid = Enter the end as a date and time, such as 2026-12-24T20:00.
# $date and $time are the date and time that were typed, written in the reader's language;
# $zone a time zone such as Europe/London.
contacts-shift-time-skipped = { $date }, { $time } does not exist in { $zone }: the clocks change then. Choose another time.
contacts-shift-reversed = A shift must end after it starts.
contacts-shift-over = This shift is already over.
# $from and $until are a weekday, date, time and offset.
contacts-shift-added = { $name } is on call { $from } to { $until }.
contacts-shift-removed = Shift of { $name } removed.

## The languages contacts speak (what the directory shows for their codes)

spoken-am = Amharic
spoken-ar = Arabic
spoken-bn = Bengali
spoken-de = German
spoken-en = English
spoken-es = Spanish
spoken-fa = Persian
spoken-fr = French
spoken-ha = Hausa
spoken-he = Hebrew
spoken-hi = Hindi
spoken-id = Indonesian
spoken-it = Italian
spoken-ja = Japanese
spoken-kk = Kazakh
spoken-km = Khmer
spoken-ko = Korean
spoken-lo = Lao
spoken-ms = Malay
spoken-my = Burmese
spoken-ne = Nepali
spoken-nl = Dutch
spoken-pl = Polish
spoken-pt = Portuguese
spoken-ru = Russian
spoken-si = Sinhala
spoken-sw = Swahili
spoken-ta = Tamil
spoken-th = Thai
spoken-tl = Filipino
spoken-tr = Turkish
spoken-uk = Ukrainian
spoken-ur = Urdu
spoken-uz = Uzbek
spoken-vi = Vietnamese
spoken-yo = Yoruba
spoken-zh = Chinese
spoken-unknown = Unknown language
