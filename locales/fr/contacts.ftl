# Contact points: the directory, one contact, the form, on duty now, the duty rota.

contacts-reach-absent = absent aujourd'hui
contacts-reach-on-call = de permanence maintenant
contacts-reach-available = disponible maintenant
contacts-reach-unavailable = indisponible maintenant
contacts-confirmed = Confirmé le { $date }
contacts-confirmed-by = Confirmé le { $date } par { $name }
contacts-stale-warning = à vérifier : contrôlez ces coordonnées avant de vous y fier
contacts-freshness-heading = Points de contact de { $org }
contacts-freshness-none = Aucun point de contact pour l'instant : personne ne peut trouver { $org } sur la page « Qui appeler maintenant ».
contacts-freshness-entries = { $count ->
    [one] { $count } fiche
    [many] { $count } de fiches
   *[other] { $count } fiches
}
contacts-freshness-stale = { $count ->
    [one] { $count } à vérifier (non confirmée depuis { $days } jours)
   *[other] { $count } à vérifier (non confirmées depuis { $days } jours)
}
contacts-freshness-all-confirmed = toutes confirmées depuis moins de { $days } jours
contacts-freshness-the-stale = celles à vérifier
contacts-duty-rota = Tableau de permanence
contacts-add = Ajouter un contact
# Between the items of a list (the days of someone's hours, the languages they speak): a comma
# and a space in English. Quoted so that the space is kept; use your language's separator.
contacts-list-separator = { ", " }

## The directory (/contacts)

contacts-directory-title = Points de contact
contacts-on-duty-title = Qui appeler maintenant
contacts-filters = Filtres
contacts-organisation = Organisation
contacts-filter-all-orgs = Toutes les organisations
contacts-filter-language = Langue parlée
contacts-filter-any-language = Toutes les langues
contacts-filter-available = Uniquement les contacts joignables maintenant
contacts-filter-stale = Uniquement les fiches non confirmées depuis { $days } jours
contacts-filter-submit = Filtrer
contacts-count = { $count ->
    [one] { $count } contact
    [many] { $count } de contacts
   *[other] { $count } contacts
}
# $org is an organisation's code, such as BRA.
contacts-download-org-vcards = Télécharger les contacts de { $org } au format vCard
contacts-none-match = Aucun point de contact ne correspond à ces filtres.
contacts-name = Nom
contacts-position = Fonction
contacts-phone = Téléphone
contacts-email = Courriel
contacts-languages = Langues
contacts-now = Maintenant
contacts-confirmed-label = Confirmé
contacts-call-order = Ordre d'appel
contacts-reachable = Joignable
# 1 = the first to call, 2 = the next if they do not answer, …
contacts-call-order-value = ordre d'appel { $order }
# Who last confirmed that an entry is correct.
contacts-confirmed-by-name = par { $name }
contacts-stale = à vérifier

## Hours and local times

contacts-hours-always = 24 h/24, 7 j/7
contacts-hours-none = Aucun horaire défini
# $days is a day or a range of days, $start and $end are times: "Mon–Fri 09:00–17:00".
contacts-hours-window = { $days } { $start }–{ $end }
# The same for hours that run past midnight: "Sat 22:00–06:00 (next day)".
contacts-hours-window-overnight = { $days } { $start }–{ $end } (lendemain)
# Consecutive days with the same hours: "Mon–Fri".
contacts-hours-day-range = { $first }–{ $last }
# $hours is the description above, $zone a time zone such as Asia/Bangkok.
contacts-hours-in-zone = { $hours } ({ $zone })
# $time is a weekday, date, time and offset, $zone a time zone: "Sat, 28 Nov, 23:15 GMT+7 (Asia/Bangkok)".
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = lun.
contacts-day-short-tue = mar.
contacts-day-short-wed = mer.
contacts-day-short-thu = jeu.
contacts-day-short-fri = ven.
contacts-day-short-sat = sam.
contacts-day-short-sun = dim.
# Full names: shown as row headers of the weekly hours, and at the start of messages.
contacts-day-mon = Lundi
contacts-day-tue = Mardi
contacts-day-wed = Mercredi
contacts-day-thu = Jeudi
contacts-day-fri = Vendredi
contacts-day-sat = Samedi
contacts-day-sun = Dimanche

## One contact (/contacts/…)

contacts-not-confirmed-since = Non confirmé depuis le { $date } : ces coordonnées ne sont peut-être plus à jour.
contacts-languages-not-given = non indiquées
# $time is the time now where the contact is.
contacts-their-time = heure locale : { $time }
contacts-confirmed-at-by = { $time } par { $name }
# A messaging service whose name is unknown.
contacts-messaging = Messagerie
contacts-save-vcard = Enregistrer dans le téléphone (vCard)
contacts-verify = Toujours exact
contacts-edit = Modifier
contacts-absences = Absences
contacts-absences-none = Aucune absence prévue.
# Both are dates.
contacts-absence-range = du { $from } au { $to }
contacts-absence-remove-label = Supprimer l'absence du { $from } au { $to }
contacts-absence-first-day = Premier jour d'absence
contacts-absence-last-day = Dernier jour d'absence
contacts-absence-add = Ajouter l'absence
contacts-remove-heading = Retirer de l'annuaire
contacts-remove-confirm = { $name } n'est plus un point de contact : supprimer la fiche et ses permanences.
contacts-remove = Supprimer
contacts-back-to-org = ← Tous les contacts de { $org }

contacts-verified = Merci : les coordonnées de { $name } sont confirmées comme exactes aujourd'hui.
contacts-delete-unconfirmed = Cochez la case pour confirmer que ce contact doit être retiré.
contacts-deleted = La fiche de { $name } a été retirée de l'annuaire.
contacts-absence-start-missing = Saisissez le premier jour.
contacts-absence-end-missing = Saisissez le dernier jour.
contacts-absence-reversed = La fin d'une absence ne peut pas précéder son début.
contacts-absence-over = Cette absence est déjà terminée.
# $from and $to are dates.
contacts-absence-added = Absence de { $name } enregistrée du { $from } au { $to }.
contacts-absence-removed = Absence de { $name } supprimée.

## The form to add or edit a contact

contacts-new-title = Ajouter un point de contact
contacts-edit-title = Modifier { $name }
contacts-conflict-heading = Quelqu'un d'autre a enregistré ce contact avant vous
contacts-conflict-text = Vos modifications n'ont pas été enregistrées. Voici les coordonnées enregistrées actuellement (version { $version }) :
contacts-conflict-resubmit = Le formulaire ci-dessous contient toujours ce que vous avez saisi. Envoyez-le de nouveau pour remplacer les coordonnées enregistrées.
contacts-conflict-discard = Abandonner vos modifications
contacts-form-has-errors = Certains champs sont à corriger ; les messages figurent à côté de chacun.
contacts-organisation-fixed = Organisation :
contacts-choose = Choisir…
contacts-position-optional = Fonction (facultatif)
contacts-phones-legend = Numéros de téléphone, dans l'ordre où les appeler
contacts-phone-number-label = Numéro de téléphone { $number }
contacts-phones-help = Avec l'indicatif du pays, par exemple +66 2 123 4567 ; un numéro sans indicatif est considéré comme thaïlandais.
contacts-email-optional = Courriel (facultatif)
contacts-messaging-optional = Messagerie (facultatif)
contacts-languages-spoken = Langues parlées
# The field understands ISO codes and the English names of languages: keep "th, en, Portuguese"
# as they are (you may say that names are English ones).
contacts-languages-help = Codes ou noms anglais des langues, séparés par des virgules : th, en, Portuguese.
contacts-call-order-help = 1 = à appeler en premier ; on passe au numéro suivant en l'absence de réponse.
contacts-time-zone = Son fuseau horaire
contacts-time-zone-help = Les horaires ci-dessous et les absences sont exprimés dans ce fuseau.
contacts-availability-legend = Quand le joindre
contacts-availability-always = 24 h/24, 7 j/7 (une ligne qui répond toujours)
contacts-availability-hours = Horaires hebdomadaires (ci-dessous)
contacts-hours-label = Horaires hebdomadaires
contacts-hours-caption = Horaires hebdomadaires : laissez vide un jour où le contact n'est pas joignable ; une heure de fin antérieure à l'heure de début signifie que la plage se poursuit après minuit.
contacts-hours-day = Jour
contacts-hours-from = Début
contacts-hours-to = Fin
# $day is the name of a weekday, such as Monday.
contacts-hours-from-label = { $day } : début
contacts-hours-to-label = { $day } : fin
contacts-save-changes = Enregistrer les modifications
contacts-create = Ajouter le point de contact
contacts-cancel = Annuler

contacts-organisation-unknown = Choisissez une organisation dans la liste.
contacts-name-missing = Saisissez le nom du contact.
# $number is the position of the phone field (1, 2, 3), $message what is wrong with it.
contacts-phone-numbered = Numéro { $number } : { $message }
contacts-phone-missing = Indiquez au moins un numéro de téléphone à appeler.
contacts-phone-too-many = Indiquez au plus cinq numéros de téléphone.
contacts-call-order-invalid = Indiquez un nombre de 1 (à appeler en premier) à 99.
contacts-availability-unknown = Choisissez « 24 h/24, 7 j/7 » ou « Horaires hebdomadaires ».
contacts-hours-missing = Indiquez les horaires d'au moins un jour, ou choisissez « 24 h/24, 7 j/7 ».
# $day is the name of a weekday, such as Monday.
contacts-hours-both-times = { $day } : indiquez les deux heures au format HH:MM, ou laissez-les vides toutes les deux.
contacts-hours-end-equals-start = L'heure de fin doit être différente de l'heure de début. Pour une ligne qui répond toujours, choisissez « 24 h/24, 7 j/7 ».
contacts-added = Contact ajouté : { $name }.
contacts-saved = Contact enregistré : { $name }.

## Who to call now (/contacts/on-duty)

contacts-on-duty-intro = Pour chaque organisation : le contact de permanence ; à défaut, les lignes qui répondent 24 h/24, 7 j/7 ; à défaut, le premier contact dont les horaires couvrent l'heure actuelle.
contacts-on-duty-narrow = Limiter à une organisation
contacts-on-duty-every-org = Toutes les organisations
contacts-on-duty-show = Afficher
contacts-on-duty-show-all = Afficher toutes les organisations
contacts-on-duty-no-such-org = Aucune organisation active n'a ce code.
contacts-on-duty-unreachable = { $count ->
    [one] { $count } organisation n'a personne de joignable en ce moment.
    [many] { $count } d'organisations n'ont personne de joignable en ce moment.
   *[other] { $count } organisations n'ont personne de joignable en ce moment.
}
contacts-on-duty-local-time = Heure locale : { $time }
contacts-on-duty-on-call-until = de permanence jusqu'à { $time }
contacts-on-duty-call-first = à appeler en premier
# $hours describes the contact's weekly hours: "Mon–Fri 09:00–17:00".
contacts-on-duty-within-hours = pendant ses horaires ({ $hours })
contacts-on-duty-nobody = Personne n'est joignable en ce moment.
contacts-on-duty-no-contacts = Cette organisation n'a encore aucun point de contact.
contacts-on-duty-none-reachable = { $count ->
    [one] Son seul contact n'est ni de permanence, ni joignable 24 h/24, 7 j/7, ni dans ses horaires.
    [many] Aucun de ses { $count } contacts n'est de permanence, joignable 24 h/24, 7 j/7 ou dans ses horaires.
   *[other] Aucun de ses { $count } contacts n'est de permanence, joignable 24 h/24, 7 j/7 ou dans ses horaires.
}
contacts-on-duty-see-contacts = { $count ->
    [1] Voir le contact
   *[other] Voir tous ses contacts
}

## An organisation's duty rota (/orgs/…/duty)

# $org is an organisation's code or name.
contacts-rota-title = Tableau de permanence : { $org }
# $zone is a time zone such as Europe/London, $time the time there now.
contacts-rota-times = Les heures sont indiquées dans le fuseau { $zone } ; il est actuellement { $time }.
contacts-shifts-heading = Permanences en cours et à venir
contacts-shifts-none = Aucune permanence programmée.
contacts-shifts-label = Permanences
contacts-shift-on-call = De permanence
contacts-shift-until = Fin
contacts-shift-actions = Actions
contacts-shift-now = en cours
contacts-shift-remove-label = Supprimer la permanence de { $name }
contacts-shift-schedule-heading = Programmer une permanence
contacts-rota-add-contact-first = Ajoutez d'abord un point de contact.
contacts-shift-schedule = Programmer
contacts-back-to-on-duty = ← Qui appeler maintenant

contacts-shift-contact-unknown = Choisissez dans la liste la personne de permanence.
contacts-shift-start-invalid = Saisissez le début sous forme de date et d'heure, par exemple 2026-12-24T20:00.
contacts-shift-end-invalid = Saisissez la fin sous forme de date et d'heure, par exemple 2026-12-24T20:00.
# $date and $time are what was typed, $zone a time zone such as Europe/London.
contacts-shift-time-skipped = { $date }, { $time } n'existe pas dans le fuseau { $zone } : l'heure change à ce moment-là. Choisissez une autre heure.
contacts-shift-reversed = Une permanence doit se terminer après son début.
contacts-shift-over = Cette permanence est déjà terminée.
# $from and $until are a weekday, date, time and offset.
contacts-shift-added = { $name } est de permanence du { $from } au { $until }.
contacts-shift-removed = Permanence de { $name } supprimée.

## The languages contacts speak (what the directory shows for their codes)

spoken-am = Amharique
spoken-ar = Arabe
spoken-bn = Bengali
spoken-de = Allemand
spoken-en = Anglais
spoken-es = Espagnol
spoken-fa = Persan
spoken-fr = Français
spoken-ha = Haoussa
spoken-he = Hébreu
spoken-hi = Hindi
spoken-id = Indonésien
spoken-it = Italien
spoken-ja = Japonais
spoken-kk = Kazakh
spoken-km = Khmer
spoken-ko = Coréen
spoken-lo = Lao
spoken-ms = Malais
spoken-my = Birman
spoken-ne = Népalais
spoken-nl = Néerlandais
spoken-pl = Polonais
spoken-pt = Portugais
spoken-ru = Russe
spoken-si = Cingalais
spoken-sw = Swahili
spoken-ta = Tamoul
spoken-th = Thaï
spoken-tl = Filipino
spoken-tr = Turc
spoken-uk = Ukrainien
spoken-ur = Ourdou
spoken-uz = Ouzbek
spoken-vi = Vietnamien
spoken-yo = Yoruba
spoken-zh = Chinois
spoken-unknown = Langue inconnue
