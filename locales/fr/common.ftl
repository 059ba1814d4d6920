# Ce que toutes les pages partagent : la mise en page, la navigation, la pagination, les pages
# d'erreur, les messages à côté des champs de formulaire, et les noms des statuts et des types
# que plusieurs domaines affichent.

app-name = Liaison
layout-skip-link = Aller au contenu principal
layout-nav-account = Compte
layout-nav-main = Menu principal
layout-sign-out = Se déconnecter
layout-sign-in = Se connecter
nav-dashboard = Tableau de bord
nav-action-items = Points d'action
nav-contacts = Contacts
nav-rescue-requests = Demandes de sauvetage
nav-referrals = Signalements frontaliers
nav-meetings = Réunions
nav-on-duty = De permanence maintenant
nav-orgs = Organisations
nav-audit = Journal d'audit
nav-admin-orgs = Gérer les organisations
nav-admin-rescue-areas = Zones de sauvetage
nav-admin-referrals = Délais des signalements
nav-admin-emails = Courriels
nav-notifications = Notifications
nav-notifications-unread =
    { $count ->
        [one] { $count } non lue
       *[other] { $count } non lues
    }
nav-admin-users = Gérer les comptes
layout-footer = Liaison · coordination entre la Police royale thaïlandaise, les ambassades et l'ONUDC contre les complexes d'escroquerie et la traite des êtres humains.
layout-footer-time-zone = Les heures sont indiquées dans le fuseau { $zone }.
layout-language = Langue

pager-label = Pages
pager-newest = ← Plus récents
pager-previous = ← Précédent
pager-older = Plus anciens →
pager-next = Suivant →
common-page-of = Page { $page } sur { $pages }
common-page-of-more = Page { $page } sur { $pages }+

# Pages d'erreur
error-status = Erreur { $status }
error-reference = Référence :
error-back-to-dashboard = Retour au tableau de bord
error-not-found-title = Page introuvable
error-not-found-text = Il n'y a rien ici, ou vous n'y avez pas accès. Vérifiez l'adresse ou revenez à votre tableau de bord.
error-forbidden-title = Action non autorisée
error-forbidden-text = Votre rôle ne permet pas cette action. Si vous en avez besoin, adressez-vous à un coordinateur ou à un administrateur.
error-bad-request-title = La requête n'a pas pu être lue
error-bad-request-text = Une partie des données envoyées était mal formée ou trop volumineuse. Revenez en arrière, vérifiez le formulaire et réessayez.
error-csrf-title = Le formulaire a expiré
error-csrf-text = Par sécurité, le formulaire n'a pas pu être accepté : il n'était plus à jour ou provenait d'un autre site. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-duplicate-title = Déjà utilisé
error-duplicate-text = Quelqu'un d'autre vient d'enregistrer le même code ou la même adresse électronique. Revenez en arrière, rechargez la page et choisissez une autre valeur.
error-unavailable-title = Temporairement indisponible
error-unavailable-text = Le portail ne parvient pas à joindre sa base de données pour le moment. Réessayez dans une minute ; si le problème persiste, appelez l'administrateur de permanence.
error-internal-title = Une erreur s'est produite
error-internal-text = Une erreur inattendue a interrompu cette requête et rien n'a été modifié. Réessayez ; si cela se reproduit, prévenez un administrateur en lui communiquant la référence ci-dessous.
error-method-title = Accès impossible de cette manière
error-method-text = Cette adresse ne peut pas être utilisée ainsi. Revenez en arrière et utilisez les liens et les boutons de la page.

# À côté des champs de formulaire
field-too-long = Utilisez au plus { $max } caractères.
field-no-line-breaks = Supprimez les retours à la ligne et les caractères de contrôle.
field-no-control-characters = Supprimez les caractères de contrôle.
field-date-format = Saisissez une date au format 2026-12-31.
field-name-missing = Saisissez un nom.
field-time-zone-unknown = Choisissez un fuseau horaire dans la liste, par exemple Asia/Bangkok.
field-email-missing = Saisissez une adresse électronique.
field-email-too-long = Une adresse électronique compte au plus 254 caractères.
field-email-invalid = Saisissez une adresse électronique de la forme name@embassy.example.
field-org-kind-unknown = Choisissez coordinateur, pays ou observateur.
field-org-code-invalid = Utilisez de 2 à 16 lettres, chiffres ou traits d'union, en commençant par une lettre (par exemple BRA ou CCIB).
field-country-code-invalid = Utilisez le code de pays ISO à deux lettres (par exemple BR ou TZ).
field-password-too-short = Utilisez au moins { $min } caractères ; quelques mots sans rapport entre eux forment un mot de passe solide et facile à retenir.
field-password-common = Ce mot de passe figure sur une liste de mots de passe couramment utilisés ; choisissez-en un autre.
field-password-has-email = N'utilisez pas votre adresse électronique dans votre mot de passe.
field-phone-invalid = Ce numéro de téléphone n'est pas valide. Écrivez-le avec l'indicatif du pays, par exemple +66 2 123 4567.
field-phone-missing = Saisissez un numéro de téléphone, par exemple +66 2 123 4567.
field-phone-characters = Un numéro de téléphone ne peut contenir que des chiffres, des espaces, des tirets, des points, des parenthèses et un + initial.
field-languages-too-many = Indiquez au plus { $max } langues (vous en avez indiqué { $count }). Gardez celles que le contact utilise pendant sa permanence.
field-languages-unknown = { $count ->
    [one] Langue inconnue : { $listed }. Utilisez des codes à deux lettres, par exemple th, en, pt.
    [many] Langues inconnues : { $listed }. Utilisez des codes à deux lettres, par exemple th, en, pt.
   *[other] Langues inconnues : { $listed }. Utilisez des codes à deux lettres, par exemple th, en, pt.
}
field-status-unknown = Choisissez un statut dans la liste.
field-priority-unknown = Choisissez basse, normale, haute ou urgente.
field-visibility-unknown = Choisissez partagé ou restreint.

# Noms affichés dans plusieurs domaines
org-kind-coordinator = Coordinateur
org-kind-country = Pays
org-kind-observer = Observateur
status-open = Ouvert
status-in-progress = En cours
status-blocked = Bloqué
status-done = Terminé
status-cancelled = Annulé
priority-low = Basse
priority-normal = Normale
priority-high = Haute
priority-urgent = Urgente
visibility-shared = Partagé avec tous les participants
visibility-restricted = Restreint aux organisations chargées, aux coordinateurs et aux observateurs
