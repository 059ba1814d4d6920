## Signalements frontaliers : un voyageur arrêté à un poste de contrôle est signalé à son ambassade.

## La liste (/referrals)
referral-new = Déposer un signalement
referral-board-title = Tableau des remontées
referral-stats-title = Chiffres des signalements
referral-counts-label = Signalements par statut
referral-own-unit = Affichage des signalements ouverts déposés par votre unité.
referral-see-all = Voir tous les signalements ouverts
referral-filters = Filtrer les signalements
referral-filter-open = Ouverts (en attente d'accusé de réception ou d'issue)
referral-filter-any-status = Tous les statuts
referral-filter-any-checkpoint = Tous les postes de contrôle
referral-filter-reference = Référence
referral-filter-submit = Afficher
referral-filter-not-a-reference = Recherchez par référence, par exemple BR-2026-0001. La recherche par nom de voyageur n'est pas possible.
referral-count = { $count ->
    [1] Un signalement
    [one] { $count } signalement
    [many] { $count } de signalements
   *[other] { $count } signalements
}
referral-count-more = Plus de { $count } signalements
referral-none-match = Aucun signalement ne correspond.
referral-col-reference = Référence
referral-col-nationality = Nationalité
referral-col-checkpoint = Poste de contrôle
referral-col-status = Statut
referral-col-deadline = Échéance ou issue
referral-col-filed = Date de dépôt
referral-time-left = { $minutes } min restantes
referral-time-overdue = { $minutes } min de retard
referral-acknowledged-by = Réception accusée par { $name }
referral-escalated-badge = Remonté
referral-no-embassy = Aucune ambassade sur le portail
referral-no-embassy-help = Les coordinateurs s'en chargent : la Division des affaires étrangères contacte le pays par la voie diplomatique.

## Statuts et valeurs
referral-status-awaiting = En attente d'accusé de réception
referral-status-acknowledged = Réception accusée
referral-status-closed = Clôturé
referral-mode-land = Par voie terrestre
referral-mode-air = Par voie aérienne
referral-itinerary-clear = Clair
referral-itinerary-unclear = Peu clair
referral-itinerary-none = Aucun
referral-disposition-held = Retenu pour entretien
referral-disposition-continued = A poursuivi son voyage
referral-risk-job-offer-online = Offre d'emploi reçue en ligne
referral-risk-travel-paid-by-other = Voyage payé par un tiers
referral-risk-one-way = Billet aller simple
referral-risk-no-accommodation = Aucun hébergement réservé
referral-risk-with-handler = Accompagné d'un intermédiaire
referral-risk-documents-held = Passeport ou téléphone détenu par une autre personne
referral-risk-high-risk-destination = Destination située dans une zone à haut risque
referral-risk-inconsistent-answers = Réponses incohérentes
referral-outcome-continues-with-advice = Entretien avec le ressortissant : poursuit son voyage, conseils donnés
referral-outcome-turned-back = Entretien avec le ressortissant : renonce au voyage
referral-outcome-asks-for-help = Entretien avec le ressortissant : demande de l'aide
referral-outcome-unreachable = Ressortissant injoignable
referral-channel-phone = Téléphone
referral-channel-line = LINE
referral-channel-whatsapp = WhatsApp
referral-call-answered = Réponse obtenue
referral-call-no-answer = Pas de réponse
referral-call-wrong-number = Mauvais numéro
referral-call-message-left = Message laissé

## Le formulaire (/referrals/new, /referrals/{id}/edit)
referral-new-intro = L'ambassade du voyageur doit accuser réception dans un délai de { $held } minutes si le voyageur est retenu pour entretien, de { $continued } minutes s'il a poursuivi son voyage. La page suivante indique qui appeler maintenant.
referral-edit-title = Corriger { $reference }
referral-traveller-heading = Le voyageur
referral-journey-heading = Le voyage et votre appréciation
referral-choose = Choisir…
referral-nationality-other = Autre nationalité (aucune ambassade sur le portail)
referral-nationality-other-code = Code de pays à deux lettres
referral-nationality-other-help = Uniquement pour une autre nationalité, par exemple VN pour le Viet Nam.
referral-full-name = Nom complet
referral-passport-number = Numéro de passeport
referral-date-of-birth = Date de naissance
referral-sex = Sexe
referral-phone = Téléphone, s'il a été communiqué
referral-checkpoint = Poste de contrôle
referral-checkpoint-other = Autre
referral-travel-mode = Mode de transport
referral-purpose = Motif déclaré
referral-destination = Destination déclarée
referral-itinerary = Itinéraire, selon votre appréciation
referral-risks = Indicateurs de risque
referral-risks-none = Aucun relevé
referral-disposition = Le voyageur
referral-file = Déposer le signalement
referral-save = Enregistrer les corrections
referral-form-has-errors = Certains champs sont à corriger ; chacun indique ce qu'il faut modifier.
referral-conflict-heading = Quelqu'un d'autre a enregistré ce signalement avant vous
referral-conflict-text = Il en est maintenant à la version { $version }. Ses informations actuelles figurent ci-dessous.
referral-conflict-kept = Votre saisie est conservée dans le formulaire ; enregistrez-la de nouveau pour remplacer ces informations, ou
referral-conflict-discard = revenez au signalement sans enregistrer.
referral-field-nationality-unknown = Choisissez la nationalité du voyageur ou saisissez son code à deux lettres.
referral-field-full-name-missing = Saisissez le nom complet du voyageur.
referral-field-date-future = Cette date se situe dans le futur.
referral-field-checkpoint-unknown = Choisissez un poste de contrôle dans la liste.
referral-field-mode-unknown = Choisissez voie terrestre ou voie aérienne.
referral-field-itinerary-unknown = Indiquez dans quelle mesure l'itinéraire est clair.
referral-field-risk-unknown = Un indicateur de risque n'a pas été reconnu ; cochez de nouveau les cases.
referral-field-disposition-unknown = Indiquez si le voyageur est retenu ou s'il a poursuivi son voyage.
referral-field-status-unknown = Statut inconnu.
referral-field-outcome-unknown = Choisissez l'issue.
referral-field-channel-unknown = Choisissez téléphone, LINE ou WhatsApp.
referral-field-call-result-unknown = Choisissez le résultat de l'appel.
referral-field-estimate-unknown = Indiquez quand vous prévoyez d'avoir parlé avec le voyageur.
referral-filed = Signalement { $reference } déposé. Appelez l'ambassade maintenant.
referral-saved = Signalement { $reference } enregistré.

## Un signalement (/referrals/{id})
referral-edit = Corriger les informations
referral-changed-meanwhile = Quelqu'un a modifié ce signalement pendant que vous décidiez ; le voici tel qu'il est maintenant. Rien de ce que vous avez envoyé n'a été enregistré.
referral-deadline-in = Accusé de réception attendu dans { $minutes } min (à { $time }).
referral-deadline-passed = Accusé de réception en retard de { $minutes } min (attendu à { $time }).
referral-acknowledged-line = Réception accusée par { $name } le { $time }.
referral-estimate-line = Entretien avec le voyageur prévu d'ici { $time }.
referral-closed-by-coordinators = Clôturé par les coordinateurs.
referral-call-now = Appelez maintenant l'ambassade du pays { $country }
referral-call-on-shift = de permanence jusqu'à { $time }
referral-call-around-the-clock = joignable 24 h/24, 7 j/7
referral-call-within-hours = dans ses horaires en ce moment
referral-call-nobody = Personne n'est de permanence ni dans ses horaires en ce moment. Appelez les contacts ci-dessous dans cet ordre.
referral-call-then = Ensuite, dans l'ordre d'appel ({ $count })
referral-call-log = Consigner une tentative d'appel
referral-call-contact = Personne appelée
referral-call-other-number = Autre numéro (précisez lequel dans la note)
referral-call-channel = Moyen
referral-call-result = Résultat
referral-call-note = Note (facultative)
referral-call-log-submit = Consigner la tentative
referral-call-contact-unknown = Choisissez l'un des contacts de l'ambassade ou un autre numéro.
referral-call-logged = Tentative d'appel consignée pour { $reference }.
referral-answer-heading = Votre réponse
referral-estimate = Vous prévoyez d'avoir parlé avec le voyageur
referral-estimate-within = d'ici { $minutes ->
    [1] une minute
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
referral-acknowledge = Accuser réception
referral-acknowledged = Accusé de réception du signalement { $reference } enregistré.
referral-acknowledged-already = La réception de ce signalement a déjà été accusée.
referral-acknowledge-first = Accusez réception du signalement avant d'en enregistrer l'issue.
referral-outcome = Issue
referral-outcome-submit = Enregistrer l'issue
referral-outcome-recorded = Issue de { $reference } enregistrée.
referral-closed-already = Ce signalement est clôturé.
referral-facts-heading = Informations
referral-not-given = Non renseigné
referral-redacted = Masqué : données personnelles
referral-filed-by = Dépôt
referral-filed-line = Par { $org } le { $time }
referral-deadline-policy = délai de { $minutes } min
referral-rescue-request = Demande de sauvetage
referral-rescue-request-open = Ouverte à partir de ce signalement
referral-matches-heading = Correspondances du numéro de passeport
referral-match-earlier = Déjà signalé le { $date } ({ $reference })
referral-match-rescue = Correspond à la demande de sauvetage { $reference }
referral-close-heading = Clôturer sans l'issue communiquée par l'ambassade
referral-close-reason = Motif (par exemple : contact établi par la voie diplomatique)
referral-close-submit = Clôturer le signalement
referral-close-reason-missing = Indiquez pourquoi le signalement est clôturé.
referral-closed = Signalement { $reference } clôturé.
referral-timeline-heading = Historique
referral-timeline-system = Le portail
referral-timeline-filed = a déposé le signalement
referral-timeline-call = a appelé { $contact } ({ $channel }) : { $result }
referral-timeline-call-other = a appelé un autre numéro ({ $channel }) : { $result }
referral-timeline-acknowledged = a accusé réception du signalement
referral-timeline-outcome = a enregistré l'issue : { $outcome }
referral-timeline-flagged = a constaté le dépassement du délai : nouvelle alerte envoyée à { $contacts ->
    [one] { $contacts } point de contact
   *[other] { $contacts } points de contact
} et { $members ->
    [one] { $members } membre
   *[other] { $members } membres
}
referral-timeline-flagged-on-duty = a constaté le dépassement du délai : nouvelle alerte envoyée à { $on_duty } (de permanence), { $contacts ->
    [one] { $contacts } point de contact
   *[other] { $contacts } points de contact
} et { $members ->
    [one] { $members } membre
   *[other] { $members } membres
}
referral-timeline-flagged-no-embassy = a constaté le dépassement du délai : aucune ambassade de cette nationalité n’est sur le portail, les coordinateurs s’en chargent
referral-timeline-escalated = a constaté le dépassement du double du délai : signalement inscrit au tableau des remontées des coordinateurs
referral-timeline-estimate-passed = a constaté le dépassement, sans issue, du délai annoncé par l'ambassade : nouvelle alerte envoyée
referral-timeline-closed = a clôturé le signalement
referral-timeline-edited = a corrigé le signalement
referral-timeline-rescue-request = a ouvert la demande de sauvetage { $reference }

## Le tableau des remontées (/referrals/escalated)
referral-board-intro = Signalements restés sans réponse des ambassades, que la Division des affaires étrangères doit suivre par la voie diplomatique.
referral-board-escalated = Sans accusé de réception au double du délai
referral-board-estimate-passed = Réception accusée, mais délai annoncé dépassé sans issue
referral-board-no-embassy = Aucune ambassade sur le portail
referral-board-none = Aucun.
referral-board-capped = Affichage des { $count } premiers.

## Les chiffres (/referrals/stats)
referral-stats-intro = Les { $weeks } dernières semaines, par semaine commençant le lundi (heure de Bangkok).
referral-stats-intro-country = Les { $weeks } dernières semaines, pour les ressortissants du pays { $country }, par semaine commençant le lundi (heure de Bangkok).
referral-stats-as-of = Calculé à { $time } ; les chiffres datent d’au plus { $seconds } secondes.
referral-stats-total = Signalements
referral-stats-median = Délai médian d'accusé de réception
referral-stats-p90 = Délai d'accusé de réception au 90e centile
referral-stats-acknowledged = Réception accusée
referral-stats-minutes = { $minutes } min
referral-stats-none = Aucun pour le moment
referral-stats-chart = Signalements par semaine sur les { $weeks } dernières semaines, selon le délai d'accusé de réception
referral-stats-bar = Semaine du { $week } : { $count ->
    [one] { $count } signalement
    [many] { $count } de signalements
   *[other] { $count } signalements
}
referral-stats-key-in-time = Réception accusée dans le délai
referral-stats-key-late = Réception accusée en retard
referral-stats-key-unanswered = Sans accusé de réception
referral-stats-by-checkpoint = Par poste de contrôle
referral-stats-by-nationality = Par nationalité
referral-stats-by-embassy = Réception accusée dans le délai, par ambassade
referral-stats-outcomes = Issues
referral-stats-filed = Signalements
referral-stats-share = Part dans le délai
referral-stats-percent = { $share } %
referral-stats-sum = Total
referral-stats-no-outcome = Pas encore d'issue

## Administration (/admin/referral-policy)
referral-policy-heading = Délais d'accusé de réception
referral-policy-intro = Le délai dont dispose une ambassade pour accuser réception d'un signalement. Sans accusé de réception à l'échéance, l'ambassade reçoit une nouvelle alerte ; au double du délai, le signalement est inscrit au tableau des remontées des coordinateurs. Les signalements déjà déposés conservent leur délai.
referral-policy-held = Voyageur retenu pour entretien (minutes)
referral-policy-continued = Voyageur ayant poursuivi son voyage (minutes)
referral-policy-save = Enregistrer les délais
referral-policy-saved = Les délais sont enregistrés.
referral-policy-minutes-invalid = Saisissez un nombre entier de minutes, de 5 à { $max }.
referral-policy-conflict = Quelqu'un d'autre a modifié les délais avant vous : ils sont désormais de { $held } et { $continued } minutes. Vos valeurs sont conservées ci-dessous ; enregistrez de nouveau pour les remplacer.
referral-checkpoints-heading = Postes de contrôle
referral-checkpoints-intro = Les postes de contrôle qu'un agent peut choisir. Les postes retirés ne sont plus proposés ; les signalements qui les indiquent les conservent. « Autre » reste toujours proposé.
referral-checkpoint-state = État
referral-checkpoint-change = Modifier
referral-checkpoint-offered-state = Proposé
referral-checkpoint-retired-state = Retiré
referral-checkpoint-retire = Retirer
referral-checkpoint-offer = Proposer de nouveau
referral-checkpoint-retire-label = Retirer : { $name }
referral-checkpoint-offer-label = Proposer de nouveau : { $name }
referral-checkpoint-new = Nouveau poste de contrôle
referral-checkpoint-add = Ajouter le poste de contrôle
referral-checkpoint-name-missing = Saisissez le nom du poste de contrôle.
referral-checkpoint-name-taken = Ce poste de contrôle figure déjà dans la liste.
referral-checkpoint-added = Poste de contrôle { $name } ajouté.
referral-checkpoint-offered = Le poste de contrôle est de nouveau proposé.
referral-checkpoint-retired = Le poste de contrôle a été retiré.
