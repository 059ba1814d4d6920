# The signed-in user's own account: /account and /account/password.

account-title = Your account
account-profile = Profile
account-name = Name
account-email = Email
account-organisation = Organisation
account-change-password = Change your password

account-language = Language
account-language-label = Show the portal in
account-language-browser = The browser's language
account-language-help = The language your browser asks for is used when you choose none. Names, notes and everything people typed stay as they were written.
account-language-save = Save language
account-language-saved = The portal is now shown in { $language }.
account-language-browser-saved = The portal now follows your browser's language.

account-time-zone = Time zone
account-time-zone-label = Show times in
account-time-zone-save = Save time zone
account-time-zone-saved = Times are now shown in { $zone }.

account-sessions = Active sessions
account-sessions-help = Every browser where your account is signed in. Sign out any you do not recognise, then change your password.
account-sessions-label = Your sessions
account-session-signed-in = Signed in
account-session-last-active = Last active
account-session-from = From
account-session-browser = Browser
account-session-action = Action
account-session-unknown = unknown
account-session-sign-out-this = Sign out (this browser)
account-session-sign-out = Sign out
account-session-signed-out = The session was signed out.

account-password-title = Change your password
account-password-forced = An administrator set a temporary password for your account. Choose your own password to continue.
account-password-help = Use at least 12 characters. A few unrelated words make a strong password that is easy to remember. Changing it signs your account out everywhere else.
account-current-password = Current password
account-new-password = New password
account-confirm-password = New password, again
account-password-submit = Change password
account-passwords-differ = The two new passwords differ; type the same password twice.
account-password-unchanged = Choose a password different from the current one.
account-current-password-missing = Enter your current password.
account-current-password-wrong = This is not your current password.
account-password-changed = Your password was changed. Any other sessions of your account were signed out.
