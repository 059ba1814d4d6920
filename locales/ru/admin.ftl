# Administration of organisations and accounts (/admin/orgs, /admin/users), for administrators.

# Shared by the admin pages
admin-filters = Фильтры
admin-name = Имя / название
admin-email = Эл. почта
admin-organisation = Организация
admin-role = Роль
admin-status = Статус
admin-time-zone = Часовой пояс
admin-role-administrator = Администратор
admin-role-member = Пользователь
# The state of an organisation or an account, in a table or a list of facts.
admin-active = Включена
admin-deactivated = Отключена
# The same state written inside a line of facts ("Country · Asia/Bangkok · active").
admin-state-active = включена
admin-state-deactivated = отключена
admin-edit = Изменить
admin-cancel = Отмена
admin-save-changes = Сохранить изменения
admin-yes = да
admin-no = нет
# Shown when someone else saved the record while this person was editing it.
# $version is the number of the version now stored.
admin-conflict-not-saved = Ваши изменения не сохранены. Сейчас сохранены следующие значения (версия { $version }):
admin-conflict-resubmit = В форме ниже остались введённые вами данные. Отправьте её ещё раз, чтобы заменить сохранённые значения.
admin-conflict-discard = Отменить ваши изменения

# The list of organisations
admin-orgs-title = Управление организациями
admin-orgs-add = Добавить организацию
admin-orgs-table-label = Организации
admin-orgs-code = Код
admin-orgs-kind = Тип
admin-orgs-country = Страна
admin-orgs-members = Сотрудники

# One organisation
# $country is a two-letter ISO country code, such as BR.
admin-orgs-country-code = страна { $country }
admin-orgs-no-members = Учётных записей пока нет.
admin-orgs-add-account = Добавить учётную запись
admin-orgs-members-label = Учётные записи организации
# Under the first page of an organisation's accounts; $shown is how many are listed.
admin-orgs-showing-members = { $total ->
    [one] Показано { $shown } из { $total } учётной записи.
    [few] Показано { $shown } из { $total } учётных записей.
    [many] Показано { $shown } из { $total } учётных записей.
   *[other] Показано { $shown } из { $total } учётной записи.
}
# A link to the full list; $org is the organisation's code, such as BRA.
admin-orgs-all-members = Все учётные записи организации { $org }
admin-orgs-deactivate-help = При отключении организации все её сотрудники сразу выходят из системы и не смогут войти, пока организацию не включат снова. Её данные сохраняются.
# $org is the organisation's code, such as BRA.
admin-orgs-deactivate = Отключить { $org }
admin-orgs-activate = Включить { $org }
admin-orgs-own = Это ваша собственная организация; отключить её может только другой администратор.

# The organisation form
# $org is the organisation's code (in the page title) or its name (in the heading).
admin-orgs-edit-title = Изменение: { $org }
admin-orgs-conflict = Кто-то другой сохранил эту организацию раньше вас
admin-orgs-country-none = нет
admin-orgs-code-help = Краткий код, используется в адресах и в телефонных разговорах: BRA, CCIB, UNODC.
admin-orgs-country-label = Страна (код ISO, только для организаций типа «страна»)
admin-orgs-time-zone-help = Местное время организации показывается на странице дежурных; смены в графике дежурств вводятся по этому времени.
admin-orgs-submit = Добавить организацию

# Confirmations; $org is the organisation's code, such as PHL.
admin-orgs-created = Организация { $org } создана.
admin-orgs-saved = Организация { $org } сохранена.
admin-orgs-activated = Организация { $org } включена.
admin-orgs-deactivated = Организация { $org } отключена.

# The list of accounts
admin-users-title = Управление учётными записями
admin-users-add = Добавить учётную запись
admin-users-all-orgs = Все организации
admin-users-search = Имя или эл. почта содержит
admin-users-include-inactive = Показывать отключённые учётные записи
admin-users-filter = Применить
admin-users-count = { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}
# When there are more accounts than were counted: "1000+ accounts".
admin-users-count-more = { $count ->
    [one] Более { $count } учётной записи
    [few] Более { $count } учётных записей
    [many] Более { $count } учётных записей
   *[other] Более { $count } учётной записи
}
admin-users-table-label = Учётные записи
# After "Active" in the list of accounts.
admin-users-must-change-password = требуется смена пароля

# One account
admin-users-password = Пароль
# $when is a date and time.
admin-users-password-changed = изменён { $when }
admin-users-password-must-change = необходимо сменить при следующем входе
admin-users-created-at = Создана
admin-users-reset-heading = Сброс пароля
admin-users-reset-help = Устанавливает временный пароль и завершает все сеансы учётной записи; при следующем входе пользователь должен задать собственный пароль.
admin-users-temporary-password = Временный пароль
admin-users-reset-submit = Установить временный пароль
# A link to /account/password, shown to administrators on their own account's page.
admin-users-own-password = Чтобы сменить собственный пароль, воспользуйтесь страницей своей учётной записи.
admin-users-deactivate-help = При отключении учётной записи все её сеансы сразу завершаются, а войти в систему больше нельзя; история действий сохраняется.
admin-users-deactivate = Отключить учётную запись
admin-users-own-account = Нельзя отключить собственную учётную запись.
admin-users-activate = Включить учётную запись

# The account form
# $name is the person's name.
admin-users-edit-title = Изменение: { $name }
admin-users-conflict = Кто-то другой сохранил эту учётную запись раньше вас
admin-users-administrator = Администратор
admin-users-full-name = Полное имя
admin-users-email-address = Адрес эл. почты
admin-users-choose-org = Выберите…
admin-users-admin-label = Администратор (управляет организациями и учётными записями; только для организаций-координаторов)
admin-users-password-help = Не менее 12 символов. Сообщите пароль пользователю по телефону или лично; при первом входе его нужно будет заменить.
admin-users-submit = Добавить учётную запись

# Beside the account form's fields
admin-users-org-missing = Выберите организацию пользователя.
admin-users-org-unknown = Выберите организацию из списка.
admin-users-admin-outside-coordination = Администраторами могут быть только сотрудники организаций-координаторов.
admin-users-email-taken = Этот адрес эл. почты уже используется другой учётной записью.
admin-users-own-admin-rights = Нельзя снять права администратора с самого себя; обратитесь к другому администратору.

# Confirmations; $email is the account's email address.
admin-users-created = Учётная запись { $email } создана. Сообщите пользователю временный пароль по телефону или лично; при первом входе его нужно будет сменить.
admin-users-saved = Учётная запись { $email } сохранена.
admin-users-activated = Учётная запись { $email } включена.
admin-users-deactivated = Учётная запись { $email } отключена.
admin-users-password-reset = Для { $email } установлен временный пароль; при следующем входе его нужно будет сменить.

## Второй фактор учётной записи
admin-users-second-factor = Второй фактор
admin-users-second-factor-since = Настроен { $date }
admin-users-second-factor-none = Не настроен
admin-users-second-factor-reset-heading = Сброс второго фактора
admin-users-second-factor-reset-help = При потере или замене телефона: аутентификатор и резервные коды учётной записи перестают действовать, а её сеансы завершаются. Перед сбросом проверьте, кто обращается с просьбой. При следующем входе пользователь настроит новый второй фактор.
admin-users-second-factor-reset-submit = Сбросить второй фактор
admin-users-second-factor-reset = Второй фактор учётной записи { $email } сброшен; при следующем входе пользователь настроит новый.
