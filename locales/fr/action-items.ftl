# Action items: the lists, one item, the form, the workload boxes.

items-col-reference = Référence
items-col-title = Titre
items-col-owed-by = À la charge de
items-col-due = Échéance
items-col-priority = Priorité
items-col-status = Statut
items-restricted-badge = restreint
items-overdue-label = en retard
items-workload-open = { $count ->
    [one] { $count } ouvert
    [many] { $count } ouverts
   *[other] { $count } ouverts
}
items-workload-overdue = { $count } en retard
items-workload-none-overdue = aucun en retard
items-workload-nothing-owed = Rien en attente pour le moment.
items-workload-all-open = Tous les points d'action ouverts de { $org }
items-workload-the-overdue = ceux en retard
items-owed-by-org = Points d'action à la charge de { $org }

# The list
items-new = Nouveau point d'action
items-filters = Filtres
items-filter-not-closed = Non clos (ouvert, en cours, bloqué)
items-filter-any-status = Tous les statuts
items-filter-any-org = Toutes les organisations
items-filter-any-priority = Toutes les priorités
items-filter-due-by = Échéance au plus tard le
items-filter-text = Le titre ou la description contient
items-filter-sort = Trier par
items-sort-due = Échéance, la plus proche d'abord
items-sort-priority = Priorité, la plus urgente d'abord
items-sort-newest = Les plus récents d'abord
items-filter-overdue = Uniquement les points d'action en retard
items-filter-submit = Filtrer
# How many items match the filters.
items-count = { $count ->
    [one] { $count } point d'action
    [many] { $count } de points d'action
   *[other] { $count } points d'action
}
# A large list is counted only up to a cap: there are more than $count items.
items-count-more = { $count }+ points d'action
items-download-csv = Télécharger cette liste au format CSV
items-none-match = Aucun point d'action ne correspond à ces filtres.

# One item
# Under the item's title, after its status. $priority is low, normal, high or urgent: keep the
# [keys] in brackets as they are.
items-priority-line = { $priority ->
    [low] Priorité basse
    [normal] Priorité normale
    [high] Priorité haute
   *[urgent] Priorité urgente
}
# $date is the due date.
items-due-on = échéance le { $date }
items-person = Personne responsable
items-nobody-named = aucune personne désignée
items-visibility = Visibilité
items-last-changed = Dernière modification
items-no-description = Aucune description.
items-edit-or-reassign = Modifier ou réattribuer
items-status-heading = Changer le statut
items-status-new = Nouveau statut
items-status-comment = Commentaire (facultatif)
items-status-submit = Changer le statut
items-status-conflict-heading = Quelqu'un a modifié ce point d'action avant vous
items-status-conflict-not-saved = Votre changement de statut n'a pas été enregistré.
# $status is the item's status now (shown in bold), $version its version number.
items-status-conflict-now = Statut actuel du point d'action : { $status } (version { $version }) ; l'historique ci-dessous montre ce qui s'est passé.
items-status-conflict-kept = Votre commentaire et votre choix sont conservés dans le formulaire : envoyez-le de nouveau s'ils sont toujours valables.
items-timeline = Historique
# Each timeline entry starts with the person's name and organisation, followed by one of these.
items-timeline-created = a créé le point d'action
# $from and $to are status names; $to is shown in bold.
items-timeline-moved = a changé le statut : { $from } → { $to }
items-timeline-edited = l'a modifié
items-timeline-commented = a commenté
# Under "edited it", one line per change. $from and $to are the old and new values (titles
# and people's names as typed, organisation codes, dates, priority or visibility names).
items-change-title = titre : « { $from } » → « { $to } »
items-change-description = description modifiée
items-change-assignees = organisations chargées : { $from } → { $to }
items-change-person = personne responsable : { $from } → { $to }
# Stands for $from or $to of items-change-person when no person was named.
items-change-nobody = aucune
items-change-due-date = échéance : { $from } → { $to }
items-change-priority = priorité : { $from } → { $to }
items-change-visibility = visibilité : { $from } → { $to }
items-change-nothing = enregistré sans modification
items-comment-heading = Ajouter un commentaire
items-comment-label = Commentaire
# Keep the Markdown syntax (**bold**) as it is: it shows how to write bold.
items-markdown-help = Markdown : **gras**, listes, liens.
items-comment-submit = Ajouter le commentaire
items-back-to-list = ← Tous les points d'action

# A status inside a sentence (items-status-changed, items-status-not-allowed): lower-case in
# English, unlike the status names of lists and forms.
items-status-word-open = ouvert
items-status-word-in-progress = en cours
items-status-word-blocked = bloqué
items-status-word-done = terminé
items-status-word-cancelled = annulé
# $reference is the item's reference (AI-0042); $status one of the items-status-word-* above.
items-status-changed = { $reference } est maintenant { $status }.
items-status-not-allowed = Un point d'action { $from } ne peut pas passer au statut « { $to } ».
items-comment-missing = Écrivez un commentaire.
items-comment-added = Commentaire ajouté à { $reference }.

# The form
# $reference is the item's reference (AI-0042).
items-edit-title = Modifier { $reference }
items-edit-conflict-heading = Quelqu'un d'autre a enregistré ce point d'action avant vous
# $version is the item's version number.
items-edit-conflict-text = Vos modifications n'ont pas été enregistrées. Voici les valeurs enregistrées actuellement (version { $version }) :
items-edit-conflict-kept = Le formulaire ci-dessous contient toujours ce que vous avez saisi. Envoyez-le de nouveau pour remplacer les valeurs enregistrées.
# A link back to the item, leaving the form.
items-edit-conflict-discard = Abandonner vos modifications
items-description = Description
items-form-has-errors = Certains champs sont à corriger ; les messages figurent à côté de chacun.
items-description-help = Markdown : **gras**, listes, liens. Visible par toute personne autorisée à consulter le point d'action.
# Before the organisations that owe the item, when the user cannot choose them.
items-owed-by-fixed = À la charge de :
items-assignees-legend = À la charge de (une ou plusieurs organisations)
items-person-label = Personne responsable (facultatif)
items-person-nobody = Aucune personne désignée
items-person-help = Doit appartenir à l'une des organisations chargées du point d'action.
items-due-date = Échéance
items-save = Enregistrer les modifications
items-create = Créer le point d'action
items-cancel = Annuler
items-created = Point d'action { $reference } créé.
items-saved = Point d'action { $reference } enregistré.

# Beside the form's fields
items-title-missing = Saisissez un titre.
items-due-date-missing = Saisissez une échéance.
items-due-date-past = Choisissez une échéance à partir d'aujourd'hui.
items-assignees-missing = Choisissez au moins une organisation.
# $codes lists the organisation codes typed (BRA, NOPE), $count how many there are.
items-assignees-unknown = { $count ->
    [one] { $codes } ne peut pas se voir confier de travail : choisissez dans la liste des ambassades ou des unités de police actives.
    [many] { $codes } ne peuvent pas se voir confier de travail : choisissez dans la liste des ambassades ou des unités de police actives.
   *[other] { $codes } ne peuvent pas se voir confier de travail : choisissez dans la liste des ambassades ou des unités de police actives.
}
items-person-not-assignable = Choisissez une personne appartenant à l'une des organisations chargées, ou aucune.

# An item made from a meeting's decision.
items-from-decision = Décision { $number } de « { $meeting } »
items-from-decision-link = La lire dans le procès-verbal
items-from-decision-description = Met en œuvre la décision { $number } de la réunion « { $meeting } ».
items-decision = Met en œuvre
