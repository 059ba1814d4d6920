# Signing in and out.

auth-title = Sign in
auth-heading = Sign in to Liaison
auth-audience = For the Royal Thai Police, the embassies of the participating countries and UNODC.
auth-email = Email address
auth-password = Password
auth-submit = Sign in
auth-forgotten = Forgotten your password? Call your organisation's Liaison administrator; they can set a temporary one.
auth-signed-out = You have signed out.
auth-bad-credentials = The email address or password is not correct. Check both and try again.
auth-missing-credentials = Enter your email address and your password.
auth-too-many-failures = Too many failed sign-in attempts. Wait { $minutes } minutes and try again, or ask an administrator to reset your password.
auth-too-many-at-once = Too many sign-in attempts at this moment. Wait a minute and try again.
auth-locked-out = Too many wrong passwords. Wait a while and try again.
auth-busy = Too many attempts at this moment. Wait a minute and try again.
