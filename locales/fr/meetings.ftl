# Réunions : l'ordre du jour, les présences, le procès-verbal, les décisions et les agendas.

meetings-new = Nouvelle réunion
meetings-create = Créer la réunion
meetings-save = Enregistrer la réunion
meetings-cancel = Annuler
meetings-edit = Modifier la réunion
meetings-edit-title = Modifier « { $title } »
meetings-created = Réunion « { $title } » créée.
meetings-saved = Réunion « { $title } » enregistrée.
meetings-form-has-errors = Certains champs sont à corriger ; votre saisie est conservée.
meetings-conflict-heading = Quelqu'un d'autre a modifié cette réunion
meetings-conflict-text = Pendant que vous la modifiiez, la réunion a été enregistrée par quelqu'un d'autre (elle en est maintenant à la version { $version }). Voici son contenu actuel :
meetings-conflict-kept = Vos modifications figurent toujours dans le formulaire ci-dessous ; les enregistrer remplacera la version ci-dessus.
meetings-conflict-discard = Abandonner vos modifications et afficher la réunion dans son état actuel.

meetings-when-label = Choix des réunions
meetings-upcoming = À venir
meetings-past = Réunions passées
meetings-count = { $count ->
    [1] Une réunion
    [one] { $count } réunion
   *[other] { $count } réunions
}
meetings-count-more = Plus de { $count } réunions
meetings-none-upcoming = Aucune réunion n'est prévue.
meetings-none-past = Aucune réunion passée.
meetings-col-when = Date
meetings-col-title = Titre
meetings-col-place = Lieu
meetings-col-participants = Participants
meetings-col-minutes = Procès-verbal
meetings-yours = Vous participez
meetings-online = En ligne
meetings-place-none = Non précisé
meetings-participant-count = { $count ->
    [1] Une organisation
    [one] { $count } organisation
   *[other] { $count } organisations
}

meetings-starts = Début
meetings-ends = Fin
meetings-ended = Terminée
meetings-time-zone = Fuseau horaire de ces heures
meetings-time-zone-help = Les heures sont saisies dans ce fuseau ; chacun les voit dans le sien.
meetings-video-url = Lien vidéo
meetings-chair = Présidence
meetings-chair-help = Nom et fonction de la personne qui préside la réunion.
meetings-chair-none = Non désignée
meetings-participants-legend = Organisations participantes
meetings-title-missing = Saisissez le titre de la réunion.
meetings-starts-missing = Indiquez l'heure de début de la réunion.
meetings-ends-missing = Indiquez l'heure de fin de la réunion.
meetings-time-format = Saisissez une date et une heure, par exemple 2026-12-15 10:00.
meetings-time-skipped = Cette heure n'existe pas dans ce fuseau horaire (c'est le moment du changement d'heure).
meetings-ends-before-start = La réunion doit se terminer après son début.
meetings-too-long = Une réunion ne peut pas durer plus de sept jours.
meetings-video-url-invalid = Saisissez une adresse web commençant par https://.
meetings-participants-missing = Choisissez au moins une organisation participante.
meetings-participants-unknown = { $count ->
    [one] Aucune organisation active ne porte le code { $codes }.
   *[other] Aucune organisation active ne porte les codes { $codes }.
}

meetings-agenda = Ordre du jour
meetings-agenda-help = Une ligne par point, dans l'ordre de la réunion. Laissez une ligne vide pour la supprimer ; enregistrez, puis modifiez de nouveau pour obtenir d'autres lignes.
meetings-agenda-row-title = Point { $row }
meetings-agenda-presenter = Présenté par
meetings-agenda-presenter-none = Personne en particulier
meetings-agenda-minutes = Durée prévue (min)
meetings-agenda-notes = Notes
meetings-agenda-row-wrong = Point { $row } de l'ordre du jour : { $problem }
meetings-agenda-title-missing = saisissez son intitulé.
meetings-agenda-minutes-invalid = la durée prévue doit être un nombre de minutes compris entre 1 et 600.
meetings-agenda-presenter-not-participant = { $code } ne participe pas à la réunion.
meetings-agenda-too-long = Un ordre du jour compte au plus { $max } points.
meetings-agenda-empty = Pas encore d'ordre du jour.
meetings-agenda-presented-by = présenté par { $org }
meetings-agenda-planned = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

meetings-local-time = Dans le fuseau horaire de la réunion
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = Procès-verbal et décisions
meetings-add-to-calendar = Ajouter à mon agenda (.ics)
meetings-record-attendance = Enregistrer les présences
meetings-back-to-meeting = Retour à la réunion
meetings-back-to-minutes = Retour au procès-verbal

meetings-participants-heading = Participants et présences
meetings-present-summary = Organisations présentes : { $orgs } sur { $total }, { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}.
meetings-attendance-not-recorded = Les présences n'ont pas encore été enregistrées.
meetings-col-organisation = Organisation
meetings-col-attendance = Présence
meetings-col-people = Personnes présentes
meetings-attendance-unrecorded = Non enregistrée
meetings-attendance-present = Présente
meetings-attendance-absent = Absente
meetings-attendance-excused = Excusée
meetings-attendance-unknown = Choisissez présente, absente ou excusée.
meetings-attendance-title = Présences : { $title }
meetings-attendance-help = Pour chaque organisation, indiquez si elle était présente et qui est venu : cochez ses comptes ou saisissez des noms.
meetings-attendance-accounts = Comptes de { $org }
meetings-attendance-people = Autres personnes présentes
meetings-attendance-people-help = Une personne par ligne, sous la forme « Nom, fonction ».
meetings-attendance-save = Enregistrer les présences
meetings-attendance-saved = Présences enregistrées.
meetings-attendance-conflict = Quelqu'un a enregistré les présences pendant que vous travailliez ; votre saisie figure toujours dans le formulaire, et l'enregistrer remplacera la sienne.
meetings-attendance-absent-with-people = { $org } est indiquée comme absente ou excusée, mais des personnes sont inscrites.
meetings-attendee-wrong = { $org } : { $problem }
meetings-attendee-name-missing = Chaque ligne doit comporter un nom avant la virgule.
meetings-attendees-too-many = { $org } : { $max } personnes au maximum.
meetings-attendee-account-unknown = Un compte coché n'appartient à aucune organisation participante.

meetings-carried-over = Reporté des réunions précédentes
meetings-carried-over-help = Points d'action encore ouverts, issus des décisions de réunions précédentes avec les mêmes organisations.
meetings-carried-over-none = Rien n'est reporté des réunions précédentes.
meetings-carried-over-more = { $count ->
    [one] Seul { $count } point d'action est affiché, celui dont l'échéance est la plus proche ; les autres apparaîtront une fois celui-ci terminé.
   *[other] Les { $count } points d'action dont l'échéance est la plus proche sont affichés ; les autres apparaîtront à mesure que ceux-ci seront terminés.
}
meetings-col-item = Point d'action
meetings-col-owed-by = À la charge de
meetings-col-due = Échéance
meetings-col-status = Statut
meetings-col-decision = Décision
meetings-decision-of = Décision { $number } de « { $meeting } »
meetings-overdue = en retard

meetings-minutes-title = Procès-verbal : { $title }
meetings-minutes = Procès-verbal
meetings-minutes-state-draft = Projet
meetings-minutes-state-circulated = Diffusé pour commentaires
meetings-minutes-state-approved = Approuvé
meetings-minutes-state-unknown = Choisissez un état du procès-verbal.
meetings-minutes-empty = Rien n'est encore rédigé.
meetings-minutes-edit = Modifier le procès-verbal
meetings-minutes-help = Markdown : **gras**, listes avec « - », liens. Les images et les scripts sont supprimés.
meetings-minutes-save = Enregistrer le procès-verbal
meetings-minutes-saved = Procès-verbal enregistré.
meetings-minutes-circulate = Diffuser pour commentaires
meetings-minutes-circulated = Le procès-verbal est diffusé : les participants peuvent le commenter en regard du texte.
meetings-minutes-approve = Approuver le procès-verbal
meetings-minutes-approve-help = Une fois approuvé, le procès-verbal et ses décisions sont verrouillés ; les corrections y sont ajoutées sous forme d'additifs.
meetings-minutes-approved = Le procès-verbal est approuvé et verrouillé.
meetings-minutes-locked = Ce procès-verbal est approuvé et verrouillé ; rien n'a été modifié. Une correction s'ajoute sous forme d'additif.
meetings-minutes-stale = Quelqu'un d'autre a modifié le procès-verbal pendant que vous travailliez ; rien n'a été enregistré. Votre saisie est conservée dans l'éditeur, sous le texte actuel.
meetings-draft-help = Projet, encore en cours de rédaction par les coordinateurs ; il est diffusé aux participants pour commentaires avant d'être approuvé.
meetings-circulated-help = Diffusé pour commentaires : les participants peuvent le commenter ci-dessous avant son approbation par un coordinateur.
meetings-approved-by = Approuvé par { $name } le { $time }.
meetings-approved-at = Approuvé le { $time }.
meetings-approved-locked = Le procès-verbal est verrouillé.
meetings-print = Imprimer le procès-verbal

meetings-decisions = Décisions
meetings-decisions-none = Aucune décision enregistrée.
meetings-decision-number = Décision { $number }
meetings-decision-new = Enregistrer une décision
meetings-decision-help = Telle qu'adoptée, en une ou deux phrases (Markdown).
meetings-decision-record = Enregistrer la décision
meetings-decision-recorded = Décision { $number } enregistrée.
meetings-decision-missing = Saisissez la décision.
meetings-decision-make-item = Créer un point d'action à partir de cette décision
meetings-decision-reword = Reformuler la décision
meetings-decision-save = Enregistrer la formulation
meetings-decision-reworded = Décision { $number } reformulée.
meetings-progress = { $done ->
    [one] { $done } sur { $total } terminé
   *[other] { $done } sur { $total } terminés
}
meetings-progress-overdue = { $done ->
    [one] { $done } sur { $total } terminé, { $overdue } en retard
   *[other] { $done } sur { $total } terminés, { $overdue } en retard
}
meetings-progress-none = Aucun point d'action pour le moment.

meetings-comments = Commentaires
meetings-comments-none = Aucun commentaire.
meetings-comment-label = Votre commentaire sur le procès-verbal
meetings-comment-add = Ajouter le commentaire
meetings-comment-added = Commentaire ajouté.
meetings-comment-missing = Écrivez votre commentaire.
meetings-comments-closed = Les commentaires ne sont acceptés que pendant la diffusion du procès-verbal ; rien n'a été ajouté.
meetings-comments-after-circulation = Les participants pourront commenter une fois le procès-verbal diffusé.
meetings-comments-closed-approved = Le procès-verbal est approuvé ; les commentaires sont clos.

meetings-addenda = Additifs
meetings-addenda-none = Aucun additif.
meetings-addendum-label = Ajouter un additif
meetings-addendum-help = Une correction du procès-verbal approuvé, datée et signée de votre nom.
meetings-addendum-add = Ajouter l'additif
meetings-addendum-added = Additif ajouté.
meetings-addendum-missing = Rédigez l'additif.
meetings-addendum-before-approval = Les additifs corrigent un procès-verbal approuvé ; celui-ci ne l'est pas encore : modifiez-le directement.
meetings-addendum-signed = Additif de { $name } ({ $org }), { $time }

meetings-print-help = Utilisez la commande d'impression de votre navigateur ; le document tient sur du papier A4.
meetings-print-chair = Présidence : { $chair }
meetings-print-printed = Imprimé le { $date }.

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = Présidence : { $chair }
meetings-ics-video = Lien vidéo : { $url }
meetings-feed-name = Réunions Liaison
meetings-feed-heading = Flux de calendrier
meetings-feed-help = Une adresse privée à laquelle votre application d'agenda peut s'abonner : elle donne toutes les réunions que vous pouvez consulter. Quiconque connaît cette adresse peut lire vos réunions : ne la communiquez à personne.
meetings-feed-new = Votre nouvelle adresse de flux de calendrier
meetings-feed-url = Adresse du flux
meetings-feed-shown-once = Copiez-la maintenant : elle ne s'affiche qu'une seule fois. En créer une nouvelle désactive celle-ci.
meetings-feed-made-at = Vous avez une adresse de flux, créée le { $time }.
meetings-feed-none = Vous n'avez pas d'adresse de flux.
meetings-feed-make = Créer une adresse de flux
meetings-feed-replace = Créer une nouvelle adresse (désactive l'ancienne)
meetings-feed-revoke = Révoquer l'adresse
meetings-feed-revoked = Votre adresse de flux de calendrier ne fonctionne plus.

meetings-dashboard-next = Prochaine réunion :
meetings-dashboard-none = Aucune réunion n'est prévue.
meetings-dashboard-overdue-heading = Décisions dont des points d'action sont en retard
meetings-dashboard-overdue-count = { $count ->
    [one] { $count } en retard
   *[other] { $count } en retard
}
