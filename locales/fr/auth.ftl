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
