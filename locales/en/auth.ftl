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
auth-demo-second-factor-off = This is a demonstration portal: a second factor is optional here. A real portal asks every account for a code from an authenticator app.

## Sign-in's second step: the code
auth-code-title = Enter your code
auth-code-intro = Your password was right. Open the authenticator app on your phone and enter the six-digit code it shows for Liaison.
auth-code-label = Code
auth-code-hint = Without your phone, enter one of your recovery codes instead.
auth-code-submit = Sign in
auth-code-other-account = Sign in with another account
auth-code-missing = Enter the code from your authenticator app, or a recovery code.
auth-code-wrong = The code is not correct, or was already used. Enter the code your app shows now.
auth-recovery-code-used = You signed in with a recovery code; { $left ->
        [one] one unused code is left.
       *[other] { $left } unused codes are left.
    } On your account page you can issue a new set.
