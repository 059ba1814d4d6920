# Organisations: the directory and an organisation's workspace page, and the messages beside
# the fields of an organisation (the administrators' form).

orgs-heading = Organisations participantes
orgs-intro = Toutes les personnes connectées à Liaison voient cet annuaire.
# The table's caption, for screen readers.
orgs-count = { $count ->
    [one] { $count } organisation
    [many] { $count } d'organisations
   *[other] { $count } organisations
}
orgs-col-code = Code
orgs-col-name = Nom
orgs-col-kind = Type
orgs-col-country = Pays
orgs-col-members = Membres

# Under the organisation's name. $kind is coordinator, country or observer (see org-kind-* in
# common.ftl): keep the [keys] in brackets as they are.
orgs-kind-organisation = { $kind ->
    [coordinator] Organisation de type coordinateur
    [country] Organisation de type pays
   *[observer] Organisation de type observateur
}
# $country is a two-letter ISO country code (BR, TZ).
orgs-country = pays { $country }
orgs-deactivated = désactivée
orgs-own-workspace = Ceci est l'espace de travail de votre organisation.
orgs-workspace = Espace de travail
orgs-active-members = Membres actifs
orgs-time-zone = Fuseau horaire
orgs-since = Dans Liaison depuis
orgs-manage = Gérer cette organisation

# Beside the fields of an organisation
orgs-name-missing = Saisissez le nom de l'organisation.
orgs-country-not-allowed = Seules les organisations de type pays ont un pays ; laissez ce champ vide.
orgs-code-taken = Une autre organisation utilise déjà ce code.
orgs-country-taken = Une autre organisation représente déjà ce pays.
