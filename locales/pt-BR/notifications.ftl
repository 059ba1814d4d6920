## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = Notifications
notifications-help = What concerns you and your organisation, newest first. Each one also comes by email unless you chose otherwise.
notifications-preferences-link = Choose what comes by email
notifications-none = Nothing yet. You will be told here when an item is assigned to you, a referral or rescue request for your country arrives, or minutes are circulated.
notifications-unread = New
notifications-open = Open
notifications-mark-read = Mark as read
notifications-mark-all-read = Mark all as read
notifications-link = Go to the record without marking it read
notifications-all-read =
    { $count ->
        [0] There was nothing unread.
        [one] One notification marked as read.
       *[other] { $count } notifications marked as read.
    }
notifications-unreadable = A notification this version of Liaison cannot read.

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = Another kind of notification
notifications-kind-item-assigned = An action item is assigned to my organisation or to me
notifications-kind-item-status = An action item I follow changes status
notifications-kind-item-comment = Someone comments on an action item I follow
notifications-kind-referral-filed = A border referral is filed for my country
notifications-kind-referral-escalated = A border referral is not acknowledged in time (escalation)
notifications-kind-referral-acknowledged = An embassy acknowledges a border referral I filed
notifications-kind-rescue-filed = A rescue request is filed for my country
notifications-kind-rescue-moved = A rescue request for my country changes status
notifications-kind-minutes-circulated = Minutes of a meeting my organisation takes part in are circulated for comment
notifications-kind-minutes-approved = Minutes of a meeting my organisation takes part in are approved
notifications-kind-digest = Each morning at 08:00: my organisation's items that are overdue or due within two days

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = { $reference } was assigned to { $org } by { $by }.
notifications-item-assigned-to-you = { $reference } was assigned to you by { $by }.
notifications-item-status = { $reference } is now { $status } ({ $by }).
notifications-item-comment = { $by } commented on { $reference }.
notifications-referral-filed = Border referral { $reference } was filed for your country by { $by }. Please acknowledge it.
notifications-referral-acknowledged = { $by } acknowledged border referral { $reference }.
notifications-referral-flagged = Border referral { $reference } was not acknowledged by its deadline. Please acknowledge it now.
notifications-referral-escalated = Border referral { $reference } is still not acknowledged, at twice its deadline: it is on the coordinators' escalation board.
notifications-referral-estimate-passed = The time the embassy gave for border referral { $reference } has passed without an outcome.
notifications-rescue-filed = Rescue request { $reference } was filed for your country by { $by }.
notifications-rescue-moved = Rescue request { $reference } is now { $status } ({ $by }).
notifications-minutes-circulated = The minutes of “{ $meeting }” were circulated for comment.
notifications-minutes-approved = The minutes of “{ $meeting }” were approved.
notifications-digest =
    { $org }: { $overdue ->
        [one] one item overdue
       *[other] { $overdue } items overdue
    }, { $soon ->
        [one] one due within two days
       *[other] { $soon } due within two days
    }.
notifications-digest-line-overdue = { $reference }: overdue since { $date } ({ $status })
notifications-digest-line-due = { $reference }: due { $date } ({ $status })
notifications-digest-more =
    { $count ->
        [one] …and one more.
       *[other] …and { $count } more.
    }

## Emails.
notifications-email-subject = Liaison: { $what }
notifications-email-open = Open it in Liaison:
notifications-email-footer-account = You receive this email because of your notification settings in Liaison. To choose what comes by email:
notifications-email-footer-duty = You receive this email as a contact point of { $org } in Liaison's 24/7 directory.

## Preferences, on the account page.
notifications-preferences-heading = Notifications
notifications-preferences-legend = Also by email (you are always told in the portal)
notifications-preferences-escalations = Escalations of border referrals always come by email too: someone is waiting at a border.
notifications-preferences-save = Save notification settings
notifications-preferences-saved = Your notification settings are saved.

## Following an action item.
notifications-follow = Follow
notifications-unfollow = Unfollow
notifications-follow-help = Be told of its comments and status changes.
notifications-following-help = You are told of its comments and status changes.
notifications-following = You follow { $reference }.
notifications-not-following = You no longer follow { $reference }.

## Administrators: emails that did not go.
notifications-admin-title = Undelivered emails
notifications-admin-help = Emails that failed after their last try, or were never sent because no SMTP server is configured. Retry one once the cause is fixed.
notifications-admin-waiting =
    { $count ->
        [0] No email is waiting to be sent.
        [one] One email is waiting for its next try.
       *[other] { $count } emails are waiting for their next try.
    }
notifications-admin-none = Every email went.
notifications-admin-col-queued = Queued
notifications-admin-col-recipient = To
notifications-admin-col-subject = Subject
notifications-admin-col-reason = Why it did not go
notifications-admin-col-actions = Actions
notifications-admin-never-sent = Not sent: no SMTP server is configured.
notifications-admin-failed =
    { $count ->
        [one] Failed after one try:
       *[other] Failed after { $count } tries:
    }
notifications-admin-retry = Retry
notifications-admin-retried = The email to { $recipient } will be sent again.

## The escalation board.
notifications-board-undelivered = Escalation emails that could not be delivered
notifications-board-undelivered-help = The contact points below were not reached by email. Call them.
notifications-board-undelivered-to = to { $recipient }
notifications-board-undelivered-admin = See undelivered emails
