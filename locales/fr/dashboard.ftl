# Le tableau de bord, et les noms des rôles.

role-admin = Administrateur
role-coordinator = Coordinateur
role-country-member = Membre d'un pays
role-observer = Observateur
dashboard-role-admin = Vous assurez la coordination de tous les espaces de travail et gérez les organisations et les comptes.
dashboard-role-coordinator = Vous voyez tous les espaces de travail, répartissez le travail entre les organisations et consultez le journal d'audit.
dashboard-role-country-member = Vous travaillez dans l'espace de travail de votre pays : ses points d'action, ses points de contact et les demandes de sauvetage concernant ses ressortissants.
dashboard-role-observer = Vous consultez tous les espaces de travail ; les données personnelles des victimes vous sont masquées et vous ne modifiez rien.

dashboard-welcome = Bienvenue, { $name }
dashboard-your-organisation = Votre organisation
# $kind est le type de l'organisation (Coordinateur, Pays, Observateur).
dashboard-org-kind = Type d'organisation : { $kind }
dashboard-org-kind-country = Type d'organisation : { $kind }, pays { $country }
dashboard-members = { $count ->
    [one] { $count } membre actif
    [many] { $count } de membres actifs
   *[other] { $count } membres actifs
}
dashboard-open-workspace = Ouvrir l'espace de travail
dashboard-what-you-can-do = Ce que vous pouvez faire
dashboard-create-item = Créer un point d'action
dashboard-who-to-call = Qui appeler maintenant
dashboard-contact-points = Points de contact
dashboard-org-directory = Annuaire des organisations participantes
dashboard-your-account = Votre compte, votre mot de passe et vos sessions
dashboard-owed-by = À la charge de { $org }
dashboard-referrals-none = Aucun signalement frontalier n’attend d’accusé de réception.
dashboard-referrals-awaiting = { $count ->
    [one] { $count } signalement attend un accusé de réception
   *[other] { $count } signalements attendent un accusé de réception
}
dashboard-referrals-late = { $count } hors délai
dashboard-referrals-escalated = { $count } au tableau des remontées
dashboard-referrals-awaiting-more = Plus de { $count } signalements attendent un accusé de réception
dashboard-referrals-late-more = plus de { $count } hors délai
dashboard-referrals-escalated-more = plus de { $count } au tableau des remontées
