# Organisations: the directory and an organisation's workspace page, and the messages beside
# the fields of an organisation (the administrators' form).

orgs-heading = Organizações participantes
orgs-intro = Todas as pessoas conectadas ao Liaison veem este diretório.
# The table's caption, for screen readers. In Portuguese 0 counts as "one": [0] keeps the plural.
orgs-count = { $count ->
    [0] { $count } organizações
    [one] { $count } organização
    [many] { $count } de organizações
   *[other] { $count } organizações
}
orgs-col-code = Código
orgs-col-name = Nome
orgs-col-kind = Tipo
orgs-col-country = País
orgs-col-members = Membros

# Under the organisation's name. $kind is coordinator, country or observer (see org-kind-* in
# common.ftl): keep the [keys] in brackets as they are.
orgs-kind-organisation = { $kind ->
    [coordinator] Organização do tipo coordenador
    [country] Organização do tipo país
   *[observer] Organização do tipo observador
}
# $country is a two-letter ISO country code (BR, TZ).
orgs-country = país { $country }
orgs-deactivated = desativada
orgs-own-workspace = Este é o espaço de trabalho da sua organização.
orgs-workspace = Espaço de trabalho
orgs-active-members = Membros ativos
orgs-time-zone = Fuso horário
orgs-since = No Liaison desde
orgs-manage = Gerenciar esta organização

# Beside the fields of an organisation
orgs-name-missing = Informe o nome da organização.
orgs-country-not-allowed = Somente organizações do tipo país têm um país; deixe este campo vazio.
orgs-code-taken = Outra organização já usa este código.
orgs-country-taken = Outra organização já representa este país.
