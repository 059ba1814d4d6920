# Le compte de l'utilisateur connecté : /account et /account/password.

account-title = Votre compte
account-profile = Profil
account-name = Nom
account-email = Courriel
account-organisation = Organisation
account-change-password = Changer votre mot de passe

account-language = Langue
account-language-label = Afficher le portail en
account-language-browser = Langue du navigateur
account-language-help = Si vous n'en choisissez aucune, la langue demandée par votre navigateur est utilisée. Les noms, les notes et tout ce que les utilisateurs ont saisi restent tels qu'ils ont été écrits.
account-language-save = Enregistrer la langue
# $language est le nom de la langue dans cette langue (Français, English, ไทย…).
account-language-saved = Langue du portail : { $language }.
account-language-browser-saved = Le portail suit désormais la langue de votre navigateur.

account-time-zone = Fuseau horaire
account-time-zone-label = Afficher les heures dans le fuseau
account-time-zone-save = Enregistrer le fuseau horaire
account-time-zone-saved = Les heures sont désormais indiquées dans le fuseau { $zone }.

account-sessions = Sessions actives
account-sessions-help = Tous les navigateurs dans lesquels votre compte est connecté. Déconnectez ceux que vous ne reconnaissez pas, puis changez votre mot de passe.
account-sessions-label = Vos sessions
account-session-signed-in = Connexion
account-session-last-active = Dernière activité
account-session-from = Provenance
account-session-browser = Navigateur
account-session-action = Action
account-session-unknown = inconnu
account-session-sign-out-this = Se déconnecter (ce navigateur)
account-session-sign-out = Déconnecter
account-session-signed-out = La session a été fermée.

account-password-title = Changer votre mot de passe
account-password-forced = Un administrateur a attribué un mot de passe temporaire à votre compte. Choisissez votre propre mot de passe pour continuer.
account-password-help = Utilisez au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe solide et facile à retenir. Le changement de mot de passe déconnecte votre compte partout ailleurs.
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-confirm-password = Nouveau mot de passe (confirmation)
account-password-submit = Changer le mot de passe
account-passwords-differ = Les deux nouveaux mots de passe sont différents ; saisissez deux fois le même mot de passe.
account-password-unchanged = Choisissez un mot de passe différent du mot de passe actuel.
account-current-password-missing = Saisissez votre mot de passe actuel.
account-current-password-wrong = Ce n'est pas votre mot de passe actuel.
account-password-changed = Votre mot de passe a été changé. Les autres sessions de votre compte ont été fermées.

## Second facteur
account-mfa-heading = Second facteur
account-mfa-on = La connexion demande, en plus de votre mot de passe, un code de votre application d'authentification.
account-mfa-off = La connexion ne demande que votre mot de passe. Ajoutez un code provenant d'une application d'authentification, afin qu'un mot de passe volé ne suffise pas.
account-mfa-manage = Second facteur et codes de secours
account-mfa-set-up = Configurer un second facteur
account-mfa-title = Second facteur
account-mfa-required = Ce portail exige un second facteur pour votre compte. Configurez-le maintenant pour continuer.
account-mfa-intro = Il vous faut une application d'authentification sur votre téléphone, par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator.
account-mfa-step-scan = Dans l'application, ajoutez un compte et scannez ce code QR.
account-mfa-step-type = Ou, si vous ne pouvez pas le scanner, saisissez cette clé dans l'application (basée sur l'heure, six chiffres) :
account-mfa-step-confirm = Saisissez le code à six chiffres que l'application affiche maintenant pour Liaison.
account-mfa-qr-label = Code QR permettant d'ajouter votre compte Liaison à une application d'authentification
account-mfa-code-label = Code affiché par l'application
account-mfa-confirm-submit = Activer le second facteur
account-mfa-code-missing = Saisissez le code affiché par l'application.
account-mfa-code-wrong = Le code est incorrect ou a déjà été utilisé. Saisissez le code que l'application affiche maintenant.
account-mfa-codes-heading = Vos codes de secours
account-mfa-codes-intro = Le second facteur est activé. Ces dix codes de secours ne sont affichés que cette fois-ci.
account-mfa-codes-keep = Chaque code vous permet de vous connecter une fois sans votre téléphone. Imprimez-les ou conservez-les dans un gestionnaire de mots de passe, à l'écart de votre téléphone.
account-mfa-codes-done = J'ai conservé mes codes de secours
account-mfa-enrolled-since = Votre second facteur est activé depuis le { $date }.
account-mfa-codes-left = Codes de secours non utilisés : { $left } sur { $total }.
account-mfa-renew-heading = Nouveaux codes de secours
account-mfa-renew-help = Une nouvelle série remplace l'ancienne : les anciens codes cessent de fonctionner. Saisissez un code de votre application pour confirmer.
account-mfa-renew-submit = Générer de nouveaux codes de secours
account-mfa-lost-phone = Nouveau téléphone, ou téléphone perdu ? Un administrateur peut réinitialiser votre second facteur ; vous le configurerez alors de nouveau à votre prochaine connexion.
