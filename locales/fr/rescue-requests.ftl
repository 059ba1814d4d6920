# Demandes de sauvetage : la liste, une demande, le formulaire de dépôt, les étapes, les opérations, les zones.

## Noms des statuts, des degrés d'urgence et des sexes
rescue-status-submitted = Déposée
rescue-status-under-review = En cours d'examen
rescue-status-located = Localisée
rescue-status-rescue-in-progress = Sauvetage en cours
rescue-status-rescued = Secourue
rescue-status-repatriated = Rapatriée
rescue-status-closed = Clôturée
rescue-status-unable-to-locate = Introuvable
rescue-status-withdrawn = Retirée
rescue-urgency-life-at-risk = Danger de mort
rescue-urgency-urgent = Urgente
rescue-urgency-routine = Normale
rescue-sex-female = Féminin
rescue-sex-male = Masculin
rescue-sex-unspecified = Non précisé

## La liste (/rescue-requests)
rescue-new = Déposer une demande de sauvetage
rescue-counts-label = Demandes par statut
rescue-count-capped = { $count }+
rescue-count-more = { $count }+ demandes
rescue-count = { $count ->
    [one] { $count } demande
    [many] { $count } de demandes
   *[other] { $count } demandes
}
rescue-filters = Filtres
rescue-filter-open = En cours de traitement (non terminées)
rescue-filter-any-status = Tous les statuts
rescue-filter-any-urgency = Tous les degrés d'urgence
rescue-filter-any-area = Toutes les zones
rescue-filter-any-country = Tous les pays
rescue-filter-reference = Référence
rescue-filter-submit = Filtrer
rescue-filter-not-a-reference = Ce n'est pas une référence de la forme RR-2026-0001. Pour retrouver un numéro de passeport, utilisez la recherche par numéro de passeport.
rescue-passport-search = Rechercher par numéro de passeport
rescue-passport-search-help = Le numéro exact. Il est transmis avec le formulaire, jamais dans l'adresse de la page.
rescue-passport-search-submit = Rechercher
rescue-passport-results = Demandes portant ce numéro de passeport, tous statuts confondus.
rescue-passport-results-back = Retour à la liste
rescue-download-csv = Télécharger au format CSV (sans données personnelles)
rescue-none-match = Aucune demande de sauvetage ne correspond à ces filtres.
rescue-col-reference = Référence
rescue-col-person = Personne
rescue-col-nationality = Nationalité
rescue-col-urgency = Urgence
rescue-col-status = Statut
rescue-col-area = Zone
rescue-col-unit = Unité thaïlandaise
rescue-col-filed = Date de dépôt
rescue-unassigned = Non attribuée

## Une demande
rescue-conflict-heading = Cette demande a changé pendant que vous décidiez
# $status is the request's status now.
rescue-conflict-text = Votre action n'a pas été effectuée : la demande est maintenant au statut « { $status } ». Consultez l'historique ci-dessous, puis choisissez de nouveau.
rescue-possible-duplicate = Doublon possible de
rescue-last-contact = Dernier contact
rescue-not-known = Inconnu
rescue-none-given = Non renseigné
rescue-operation = Opération de sauvetage
rescue-no-operation = Aucune opération
rescue-last-changed = Dernière modification
rescue-person-heading = La personne
rescue-full-name = Nom complet
rescue-other-names = Autres noms ou alias
rescue-sex = Sexe
rescue-age = Date de naissance ou âge
# $age is a number of years.
rescue-approximate-age = { $age ->
    [one] environ { $age } an
   *[other] environ { $age } ans
}
rescue-passport = Numéro de passeport
rescue-phones = Numéros de téléphone
rescue-handles = Identifiants de messagerie
rescue-family-contact = Contact dans la famille
rescue-situation-heading = La situation
rescue-last-known-location = Dernière localisation connue
rescue-compound = Complexe ou réseau
rescue-recruitment = Mode de recrutement
rescue-circumstances = Circonstances
rescue-edit = Mettre à jour les informations
rescue-redacted = Les données personnelles ne sont pas affichées pour les observateurs.
rescue-steps-heading = Étapes suivantes
# A button: $status is where the step takes the request.
rescue-step-to = Passer au statut « { $status } »
rescue-step-place = Où la personne a-t-elle été localisée ?
rescue-step-reason = Motif
rescue-step-outcome = Issue
rescue-step-reopen-reason = Pourquoi la demande est-elle rouverte ?
rescue-step-place-missing = Indiquez où la personne a été localisée.
rescue-step-reason-missing = Indiquez le motif : il figurera dans l'historique.
# $from and $to are statuses.
rescue-step-not-allowed = Une demande au statut « { $from } » ne peut pas passer au statut « { $to } ».
rescue-step-taken = { $reference } est maintenant au statut « { $status } ».
rescue-assign-heading = Attribution
rescue-officer = Agent
rescue-no-officer = Aucun agent désigné
rescue-officer-help = Voici les agents de l'unité enregistrée : pour choisir un agent d'une autre unité, enregistrez d'abord cette unité.
rescue-assign-submit = Enregistrer l'attribution
rescue-assign-unit-unknown = Choisissez une unité thaïlandaise dans la liste.
rescue-assign-officer-unknown = Choisissez un agent de l'unité sélectionnée.
rescue-assigned = Attribution de { $reference } enregistrée.
rescue-operation-submit = Enregistrer l'opération
rescue-operation-unknown = Choisissez une opération dans la liste.
rescue-operation-set = Opération de { $reference } enregistrée.
rescue-timeline = Historique
# Each timeline entry starts with the person's name and organisation, followed by one of these.
rescue-timeline-filed = a déposé la demande
rescue-timeline-moved = a fait passer la demande au statut
rescue-timeline-noted = a ajouté une note
rescue-timeline-edited = a mis à jour les informations :
rescue-timeline-assigned = a attribué la demande
rescue-timeline-operation = a changé l'opération de la demande
rescue-note-heading = Ajouter une note
rescue-note-label = Note
rescue-note-submit = Ajouter la note
rescue-note-missing = Rédigez d'abord la note.
rescue-note-added = Note ajoutée à { $reference }.
rescue-viewings-heading = Qui a consulté ce dossier
rescue-viewings-none = Personne n'a encore consulté les données personnelles.
rescue-viewings-count = { $count } fois
rescue-viewings-last = dernière
rescue-back-to-list = ← Toutes les demandes de sauvetage

## Le formulaire
rescue-new-intro = Toutes les informations sur la personne sont chiffrées avant d'être enregistrées. Seuls votre pays et les coordinateurs de la police thaïlandaise peuvent les lire, et chaque consultation est consignée.
rescue-edit-title = Mettre à jour { $reference }
rescue-edit-conflict-heading = Quelqu'un d'autre a enregistré cette demande avant vous
rescue-edit-conflict-text = Vos modifications n'ont pas été enregistrées : la demande en est maintenant à la version { $version }. Voici ses informations telles qu'elles sont enregistrées :
rescue-edit-conflict-kept = Votre saisie est conservée ci-dessous ; si vous enregistrez de nouveau, elle remplacera les informations enregistrées.
rescue-edit-conflict-discard = Abandonner vos modifications
rescue-form-has-errors = Certains champs sont à corriger ; ils sont signalés ci-dessous.
rescue-choose = Choisir…
rescue-other-names-help = Surnoms, noms utilisés dans le complexe, autres orthographes.
rescue-date-of-birth = Date de naissance
rescue-age-help = Indiquez la date de naissance ou, si la famille ne la connaît pas, l'âge approximatif.
rescue-approximate-age-label = Âge approximatif
rescue-phones-help = Un par ligne, avec l'indicatif du pays, par exemple +95 9 123 456 789.
rescue-handles-help = LINE, WhatsApp, Telegram, Facebook, etc., avec le nom affiché sur chaque service.
rescue-family-contact-help = Qui a fait le signalement et comment le joindre.
rescue-save = Enregistrer
rescue-file = Déposer la demande
rescue-filed = Demande de sauvetage { $reference } déposée.
rescue-saved = Demande { $reference } enregistrée.
rescue-field-nationality-unknown = Choisissez la nationalité de la personne dans la liste.
rescue-field-full-name-missing = Saisissez le nom complet de la personne.
rescue-field-sex-unknown = Choisissez une option.
rescue-field-date-future = Cette date se situe dans le futur.
rescue-field-age-missing = Indiquez une date de naissance ou un âge approximatif.
rescue-field-age-invalid = Indiquez l'âge en années, de 1 à 120.
rescue-field-passport-invalid = Un numéro de passeport compte de 5 à 20 lettres et chiffres.
# $phone is what was typed, $reason why it is not a number.
rescue-field-phone-invalid = { $phone } : { $reason }
rescue-field-phones-too-many = Indiquez au plus { $max } numéros.
rescue-field-location-missing = Décrivez la dernière localisation connue, même approximativement.
rescue-field-area-unknown = Choisissez une zone dans la liste.
rescue-field-urgency-unknown = Indiquez le degré d'urgence.
rescue-field-status-unknown = Choisissez un statut dans la liste.

## Les opérations (/rescue-operations)
rescue-operations-title = Opérations de sauvetage
rescue-operations-intro = Une opération regroupe les demandes traitées lors d'une même intervention, quelles que soient les nationalités. Chaque pays n'y voit que ses propres ressortissants.
rescue-operations-none = Aucune opération pour le moment.
rescue-operation-new = Nouvelle opération
rescue-operation-name = Nom
rescue-operation-planned-on = Prévue le
rescue-operation-notes = Notes
rescue-operation-notes-help = Le lieu et la date, en texte libre. Aucun nom : ils figurent dans les demandes.
rescue-operation-create = Créer l'opération
rescue-operation-name-missing = Donnez un nom à l'opération.
rescue-operation-created = Opération { $name } créée.
rescue-operation-planned = Prévue le { $date }
rescue-operation-not-planned = Aucune date prévue
rescue-operation-requests = Demandes de cette opération
rescue-operation-empty = Aucune des demandes que vous pouvez consulter ne fait partie de cette opération.
rescue-operations-back = ← Toutes les opérations

## Les zones (/admin/rescue-areas)
rescue-areas-intro = Les zones qu'une demande peut indiquer. Les zones retirées ne sont plus proposées lors du dépôt d'une demande ; les demandes qui les indiquent les conservent. La zone « Autre » reste toujours proposée.
rescue-area-state = État
rescue-area-other = Autre
rescue-area-change = Modifier
rescue-area-offered-state = Proposée
rescue-area-retired-state = Retirée
rescue-area-retire = Retirer
rescue-area-offer = Proposer de nouveau
rescue-area-retire-label = Retirer : { $name }
rescue-area-offer-label = Proposer de nouveau : { $name }
rescue-area-new = Nouvelle zone
rescue-area-add = Ajouter la zone
rescue-area-name-missing = Saisissez le nom de la zone.
rescue-area-name-taken = Cette zone figure déjà dans la liste.
rescue-area-added = Zone { $name } ajoutée.
rescue-area-offered = La zone est de nouveau proposée.
rescue-area-retired = La zone a été retirée.
