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

## Second factor
account-mfa-heading = Second factor
account-mfa-on = Signing in asks for a code from your authenticator app as well as your password.
account-mfa-off = Signing in asks only for your password. Add a code from an authenticator app, so that a stolen password is not enough.
account-mfa-manage = Second factor and recovery codes
account-mfa-set-up = Set up a second factor
account-mfa-title = Second factor
account-mfa-required = This portal requires a second factor for your account. Set it up now to continue.
account-mfa-intro = You need an authenticator app on your phone, such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator.
account-mfa-step-scan = In the app, add an account and scan this QR code.
account-mfa-step-type = Or, if you cannot scan it, type this key into the app (time-based, six digits):
account-mfa-step-confirm = Enter the six-digit code the app now shows for Liaison.
account-mfa-qr-label = QR code for adding your Liaison account to an authenticator app
account-mfa-code-label = Code from the app
account-mfa-confirm-submit = Turn on the second factor
account-mfa-code-missing = Enter the code the app shows.
account-mfa-code-wrong = The code is not correct, or was already used. Enter the code the app shows now.
account-mfa-codes-heading = Your recovery codes
account-mfa-codes-intro = The second factor is on. These ten recovery codes are shown only this once.
account-mfa-codes-keep = Each code lets you sign in once without your phone. Print them or keep them in a password manager, away from your phone.
account-mfa-codes-done = I have kept my recovery codes
account-mfa-enrolled-since = Your second factor has been on since { $date }.
account-mfa-codes-left = { $left } of { $total } recovery codes are unused.
account-mfa-renew-heading = New recovery codes
account-mfa-renew-help = A new set replaces the old one: the old codes stop working. Enter a code from your app to confirm.
account-mfa-renew-submit = Issue new recovery codes
account-mfa-lost-phone = New phone, or lost it? An administrator can reset your second factor; you then set it up again at your next sign-in.
