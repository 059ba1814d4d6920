# Administration of organisations and accounts (/admin/orgs, /admin/users), for administrators.

# Shared by the admin pages
admin-filters = Filters
admin-name = Name
admin-email = Email
admin-organisation = Organisation
admin-role = Role
admin-status = Status
admin-time-zone = Time zone
admin-role-administrator = Administrator
admin-role-member = Member
# The state of an organisation or an account, in a table or a list of facts.
admin-active = Active
admin-deactivated = Deactivated
# The same state written inside a line of facts ("Country · Asia/Bangkok · active").
admin-state-active = active
admin-state-deactivated = deactivated
admin-edit = Edit
admin-cancel = Cancel
admin-save-changes = Save changes
admin-yes = yes
admin-no = no
# Shown when someone else saved the record while this person was editing it.
# $version is the number of the version now stored.
admin-conflict-not-saved = Your changes were not saved. These are the values stored now (version { $version }):
admin-conflict-resubmit = The form below still holds what you typed. Submit it again to replace the stored values.
admin-conflict-discard = Discard your changes

# The list of organisations
admin-orgs-title = Manage organisations
admin-orgs-add = Add an organisation
admin-orgs-table-label = Organisations
admin-orgs-code = Code
admin-orgs-kind = Kind
admin-orgs-country = Country
admin-orgs-members = Members

# One organisation
# $country is a two-letter ISO country code, such as BR.
admin-orgs-country-code = country { $country }
admin-orgs-no-members = No accounts yet.
admin-orgs-add-account = Add an account
admin-orgs-members-label = Accounts of this organisation
# Under the first page of an organisation's accounts; $shown is how many are listed.
admin-orgs-showing-members = { $total ->
    [one] Showing { $shown } of { $total } account.
   *[other] Showing { $shown } of { $total } accounts.
}
# A link to the full list; $org is the organisation's code, such as BRA.
admin-orgs-all-members = All accounts of { $org }
admin-orgs-deactivate-help = Deactivating signs every member out at once; they cannot sign in until the organisation is activated again. Its records stay.
# $org is the organisation's code, such as BRA.
admin-orgs-deactivate = Deactivate { $org }
admin-orgs-activate = Activate { $org }
admin-orgs-own = This is your own organisation; another administrator must deactivate it.

# The organisation form
# $org is the organisation's code (in the page title) or its name (in the heading).
admin-orgs-edit-title = Edit { $org }
admin-orgs-conflict = Someone else saved this organisation first
admin-orgs-country-none = none
admin-orgs-code-help = Short, used in addresses and on the phone: BRA, CCIB, UNODC.
admin-orgs-country-label = Country (ISO code, for country organisations only)
admin-orgs-time-zone-help = Its local time is shown on the on-duty page; duty shifts are entered in it.
admin-orgs-submit = Add organisation

# Confirmations; $org is the organisation's code, such as PHL.
admin-orgs-created = Organisation { $org } created.
admin-orgs-saved = Organisation { $org } saved.
admin-orgs-activated = Organisation { $org } activated.
admin-orgs-deactivated = Organisation { $org } deactivated.

# The list of accounts
admin-users-title = Manage accounts
admin-users-add = Add an account
admin-users-all-orgs = All organisations
admin-users-search = Name or email contains
admin-users-include-inactive = Include deactivated accounts
admin-users-filter = Filter
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
# When there are more accounts than were counted: "1000+ accounts".
admin-users-count-more = { $count }+ accounts
admin-users-table-label = Accounts
# After "Active" in the list of accounts.
admin-users-must-change-password = must change password

# One account
admin-users-password = Password
# $when is a date and time.
admin-users-password-changed = changed { $when }
admin-users-password-must-change = must be changed at next sign-in
admin-users-created-at = Created
admin-users-reset-heading = Reset the password
admin-users-reset-help = Sets a temporary password and signs the account out everywhere; the person must choose their own at next sign-in.
admin-users-temporary-password = Temporary password
admin-users-reset-submit = Set temporary password
# A link to /account/password, shown to administrators on their own account's page.
admin-users-own-password = To change your own password, use your account page.
admin-users-deactivate-help = Deactivating signs the account out at once and stops it signing in; its history stays.
admin-users-deactivate = Deactivate this account
admin-users-own-account = You cannot deactivate your own account.
admin-users-activate = Activate this account

# The account form
# $name is the person's name.
admin-users-edit-title = Edit { $name }
admin-users-conflict = Someone else saved this account first
admin-users-administrator = Administrator
admin-users-full-name = Full name
admin-users-email-address = Email address
admin-users-choose-org = Choose…
admin-users-admin-label = Administrator (manages organisations and accounts; coordinator organisations only)
admin-users-password-help = At least 12 characters. Tell it to the person by phone or in person; they must replace it at first sign-in.
admin-users-submit = Add account

# Beside the account form's fields
admin-users-org-missing = Choose the person's organisation.
admin-users-org-unknown = Choose an organisation from the list.
admin-users-admin-outside-coordination = Only members of a coordinator organisation can be administrators.
admin-users-email-taken = Another account already uses this email address.
admin-users-own-admin-rights = You cannot remove your own administrator rights; ask another administrator.

# Confirmations; $email is the account's email address.
admin-users-created = Account { $email } created. Give them the temporary password by phone or in person; they must change it at first sign-in.
admin-users-saved = Account { $email } saved.
admin-users-activated = Account { $email } activated.
admin-users-deactivated = Account { $email } deactivated.
admin-users-password-reset = Temporary password set for { $email }; they must change it at their next sign-in.

## An account's second factor
admin-users-second-factor = Second factor
admin-users-second-factor-since = Set up on { $date }
admin-users-second-factor-none = Not set up
admin-users-second-factor-reset-heading = Reset the second factor
admin-users-second-factor-reset-help = For a lost or replaced phone: the account's authenticator and recovery codes stop working and its sessions end. Check who is asking before you reset. The person sets up a new second factor at their next sign-in.
admin-users-second-factor-reset-submit = Reset the second factor
admin-users-second-factor-reset = The second factor of { $email } was reset; they set up a new one at their next sign-in.
