# Orgs: the directory, an organisation's workspace page, and the organisation form's field messages.

orgs-heading = Организации-участницы
orgs-intro = Этот справочник доступен всем, кто вошёл в Liaison.
# The table's caption, for screen readers.
orgs-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
orgs-col-code = Код
orgs-col-name = Название
orgs-col-kind = Тип
orgs-col-country = Страна
orgs-col-members = Сотрудники

# Under the organisation's name. $kind is coordinator, country or observer: keys stay as in English.
orgs-kind-organisation = { $kind ->
    [coordinator] Организация-координатор
    [country] Организация страны
   *[observer] Организация-наблюдатель
}
# $country is a two-letter ISO country code (BR, TZ).
orgs-country = страна { $country }
orgs-deactivated = отключена
orgs-own-workspace = Это рабочее пространство вашей организации.
orgs-workspace = Рабочее пространство
orgs-active-members = Активные сотрудники
orgs-time-zone = Часовой пояс
orgs-since = Участвует в Liaison с
orgs-manage = Управление организацией

# Beside the fields of an organisation
orgs-name-missing = Введите название организации.
orgs-country-not-allowed = Страна указывается только для организаций типа «страна»; оставьте это поле пустым.
orgs-code-taken = Этот код уже используется другой организацией.
orgs-country-taken = Эту страну уже представляет другая организация.
