# The dashboard, and the names of the roles.

role-admin = Administrator
role-coordinator = Coordinator
role-country-member = Country member
role-observer = Observer
dashboard-role-admin = You coordinate across every workspace and manage organisations and accounts.
dashboard-role-coordinator = You see every workspace, assign work across organisations and read the audit log.
dashboard-role-country-member = You work in your country's workspace: its action items, contact points and the rescue requests of its nationals.
dashboard-role-observer = You read across workspaces; personal data of victims is redacted for you and you change nothing.

dashboard-welcome = Welcome, { $name }
dashboard-your-organisation = Your organisation
dashboard-org-kind = { $kind } organisation
dashboard-org-kind-country = { $kind } organisation for country { $country }
dashboard-members = { $count ->
    [one] { $count } active member
   *[other] { $count } active members
}
dashboard-open-workspace = Open the workspace
dashboard-what-you-can-do = What you can do
dashboard-create-item = Create an action item
dashboard-who-to-call = Who to call now
dashboard-contact-points = Contact points
dashboard-org-directory = Directory of participating organisations
dashboard-your-account = Your account, password and sessions
dashboard-owed-by = What { $org } owes
dashboard-referrals-none = No border referral is awaiting acknowledgement.
dashboard-referrals-awaiting = { $count ->
    [one] One referral awaits acknowledgement
   *[other] { $count } referrals await acknowledgement
}
dashboard-referrals-late = { $count ->
    [one] one past its deadline
   *[other] { $count } past their deadline
}
dashboard-referrals-escalated = { $count ->
    [one] one on the escalation board
   *[other] { $count } on the escalation board
}
dashboard-referrals-awaiting-more = More than { $count } referrals await acknowledgement
dashboard-referrals-late-more = more than { $count } past their deadline
dashboard-referrals-escalated-more = more than { $count } on the escalation board
