# Administration des organisations et des comptes (/admin/orgs, /admin/users), pour les administrateurs.

admin-filters = Filtres
admin-name = Nom
admin-email = Courriel
admin-organisation = Organisation
admin-role = Rôle
admin-status = Statut
admin-time-zone = Fuseau horaire
admin-role-administrator = Administrateur
admin-role-member = Membre
admin-active = Actif
admin-deactivated = Désactivé
admin-state-active = active
admin-state-deactivated = désactivée
admin-edit = Modifier
admin-cancel = Annuler
admin-save-changes = Enregistrer les modifications
admin-yes = oui
admin-no = non
admin-conflict-not-saved = Vos modifications n'ont pas été enregistrées. Voici les valeurs enregistrées actuellement (version { $version }) :
admin-conflict-resubmit = Le formulaire ci-dessous contient toujours ce que vous avez saisi. Envoyez-le de nouveau pour remplacer les valeurs enregistrées.
admin-conflict-discard = Abandonner vos modifications

admin-orgs-title = Gérer les organisations
admin-orgs-add = Ajouter une organisation
admin-orgs-table-label = Organisations
admin-orgs-code = Code
admin-orgs-kind = Type
admin-orgs-country = Pays
admin-orgs-members = Membres

admin-orgs-country-code = pays { $country }
admin-orgs-no-members = Aucun compte pour le moment.
admin-orgs-add-account = Ajouter un compte
admin-orgs-members-label = Comptes de cette organisation
admin-orgs-showing-members = { $total ->
    [one] Compte affiché : { $shown } sur { $total }.
    [many] Comptes affichés : { $shown } sur { $total }.
   *[other] Comptes affichés : { $shown } sur { $total }.
}
admin-orgs-all-members = Tous les comptes de { $org }
admin-orgs-deactivate-help = La désactivation déconnecte immédiatement tous les membres ; ils ne peuvent plus se connecter tant que l'organisation n'a pas été réactivée. Ses données sont conservées.
admin-orgs-deactivate = Désactiver { $org }
admin-orgs-activate = Activer { $org }
admin-orgs-own = Il s'agit de votre propre organisation ; seul un autre administrateur peut la désactiver.

admin-orgs-edit-title = Modifier { $org }
admin-orgs-conflict = Quelqu'un d'autre a enregistré cette organisation avant vous
admin-orgs-country-none = aucun
admin-orgs-code-help = Code court, utilisé dans les adresses et au téléphone : BRA, CCIB, UNODC.
admin-orgs-country-label = Pays (code ISO, uniquement pour les organisations de type pays)
admin-orgs-time-zone-help = Son heure locale s'affiche sur la page « De permanence maintenant » ; les permanences sont saisies dans ce fuseau.
admin-orgs-submit = Ajouter l'organisation

admin-orgs-created = Organisation { $org } créée.
admin-orgs-saved = Organisation { $org } enregistrée.
admin-orgs-activated = Organisation { $org } activée.
admin-orgs-deactivated = Organisation { $org } désactivée.

admin-users-title = Gérer les comptes
admin-users-add = Ajouter un compte
admin-users-all-orgs = Toutes les organisations
admin-users-search = Le nom ou le courriel contient
admin-users-include-inactive = Inclure les comptes désactivés
admin-users-filter = Filtrer
admin-users-count = { $count ->
    [one] { $count } compte
    [many] { $count } de comptes
   *[other] { $count } comptes
}
admin-users-count-more = { $count }+ comptes
admin-users-table-label = Comptes
admin-users-must-change-password = doit changer de mot de passe

admin-users-password = Mot de passe
admin-users-password-changed = changé le { $when }
admin-users-password-must-change = à changer à la prochaine connexion
admin-users-created-at = Créé le
admin-users-reset-heading = Réinitialiser le mot de passe
admin-users-reset-help = Attribue un mot de passe temporaire et déconnecte le compte partout ; la personne devra choisir son propre mot de passe à sa prochaine connexion.
admin-users-temporary-password = Mot de passe temporaire
admin-users-reset-submit = Attribuer le mot de passe temporaire
admin-users-own-password = Pour changer votre propre mot de passe, passez par la page de votre compte.
admin-users-deactivate-help = La désactivation déconnecte immédiatement le compte et l'empêche de se connecter ; son historique est conservé.
admin-users-deactivate = Désactiver ce compte
admin-users-own-account = Vous ne pouvez pas désactiver votre propre compte.
admin-users-activate = Activer ce compte

admin-users-edit-title = Modifier { $name }
admin-users-conflict = Quelqu'un d'autre a enregistré ce compte avant vous
admin-users-administrator = Administrateur
admin-users-full-name = Nom complet
admin-users-email-address = Adresse électronique
admin-users-choose-org = Choisir…
admin-users-admin-label = Administrateur (gère les organisations et les comptes ; organisations de type coordinateur uniquement)
admin-users-password-help = Au moins 12 caractères. Communiquez-le à la personne par téléphone ou de vive voix ; elle devra le remplacer à sa première connexion.
admin-users-submit = Ajouter le compte

admin-users-org-missing = Choisissez l'organisation de la personne.
admin-users-org-unknown = Choisissez une organisation dans la liste.
admin-users-admin-outside-coordination = Seuls les membres d'une organisation de type coordinateur peuvent être administrateurs.
admin-users-email-taken = Un autre compte utilise déjà cette adresse électronique.
admin-users-own-admin-rights = Vous ne pouvez pas retirer vos propres droits d'administrateur ; adressez-vous à un autre administrateur.

admin-users-created = Compte { $email } créé. Communiquez le mot de passe temporaire à la personne par téléphone ou de vive voix ; elle devra le changer à sa première connexion.
admin-users-saved = Compte { $email } enregistré.
admin-users-activated = Compte { $email } activé.
admin-users-deactivated = Compte { $email } désactivé.
admin-users-password-reset = Mot de passe temporaire attribué à { $email } ; la personne devra le changer à sa prochaine connexion.

## Le second facteur d'un compte
admin-users-second-factor = Second facteur
admin-users-second-factor-since = Configuré le { $date }
admin-users-second-factor-none = Non configuré
admin-users-second-factor-reset-heading = Réinitialiser le second facteur
admin-users-second-factor-reset-help = En cas de téléphone perdu ou remplacé : l'application d'authentification et les codes de secours du compte cessent de fonctionner et ses sessions sont fermées. Vérifiez qui fait la demande avant de réinitialiser. La personne configurera un nouveau second facteur à sa prochaine connexion.
admin-users-second-factor-reset-submit = Réinitialiser le second facteur
admin-users-second-factor-reset = Le second facteur de { $email } a été réinitialisé ; la personne en configurera un nouveau à sa prochaine connexion.
