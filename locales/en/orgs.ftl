# Organisations: the directory and an organisation's workspace page, and the messages beside
# the fields of an organisation (the administrators' form).

orgs-heading = Participating organisations
orgs-intro = Everyone signed in to Liaison sees this directory.
# The table's caption, for screen readers.
orgs-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
orgs-col-code = Code
orgs-col-name = Name
orgs-col-kind = Kind
orgs-col-country = Country
orgs-col-members = Members

# Under the organisation's name. $kind is coordinator, country or observer (see org-kind-* in
# common.ftl): keep the [keys] in brackets as they are.
orgs-kind-organisation = { $kind ->
    [coordinator] Coordinator organisation
    [country] Country organisation
   *[observer] Observer organisation
}
# $country is a two-letter ISO country code (BR, TZ).
orgs-country = country { $country }
orgs-deactivated = deactivated
orgs-own-workspace = This is your organisation's workspace.
orgs-workspace = Workspace
orgs-active-members = Active members
orgs-time-zone = Time zone
orgs-since = In Liaison since
orgs-manage = Manage this organisation

# Beside the fields of an organisation
orgs-name-missing = Enter the organisation's name.
orgs-country-not-allowed = Only country organisations have a country; leave this empty.
orgs-code-taken = Another organisation already has this code.
orgs-country-taken = Another organisation already stands for this country.
