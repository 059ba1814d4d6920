# Connexion et déconnexion.

auth-title = Connexion
auth-heading = Se connecter à Liaison
auth-audience = Pour la Police royale thaïlandaise, les ambassades des pays participants et l'ONUDC.
auth-email = Adresse électronique
auth-password = Mot de passe
auth-submit = Se connecter
auth-forgotten = Mot de passe oublié ? Appelez l'administrateur Liaison de votre organisation : il peut vous attribuer un mot de passe temporaire.
auth-signed-out = Vous êtes déconnecté de Liaison.
auth-bad-credentials = L'adresse électronique ou le mot de passe est incorrect. Vérifiez les deux et réessayez.
auth-missing-credentials = Saisissez votre adresse électronique et votre mot de passe.
auth-too-many-failures = Trop de tentatives de connexion infructueuses. Attendez { $minutes } minutes et réessayez, ou demandez à un administrateur de réinitialiser votre mot de passe.
auth-too-many-at-once = Trop de tentatives de connexion en ce moment. Attendez une minute et réessayez.
auth-locked-out = Trop de mots de passe erronés. Patientez un moment et réessayez.
auth-busy = Trop de tentatives en ce moment. Attendez une minute et réessayez.
auth-demo-second-factor-off = Ceci est un portail de démonstration : un second facteur y est facultatif. Un véritable portail demande à chaque compte un code provenant d'une application d'authentification.

## Deuxième étape de la connexion : le code
auth-code-title = Saisissez votre code
auth-code-intro = Votre mot de passe est correct. Ouvrez l'application d'authentification sur votre téléphone et saisissez le code à six chiffres qu'elle affiche pour Liaison.
auth-code-label = Code
auth-code-hint = Si vous n'avez pas votre téléphone, saisissez plutôt l'un de vos codes de secours.
auth-code-submit = Se connecter
auth-code-other-account = Se connecter avec un autre compte
auth-code-missing = Saisissez le code de votre application d'authentification, ou un code de secours.
auth-code-wrong = Le code est incorrect ou a déjà été utilisé. Saisissez le code que votre application affiche maintenant.
auth-recovery-code-used = Vous vous êtes connecté avec un code de secours ; { $left ->
        [one] il reste { $left } code non utilisé.
       *[other] il reste { $left } codes non utilisés.
    } Sur la page de votre compte, vous pouvez générer une nouvelle série de codes.
