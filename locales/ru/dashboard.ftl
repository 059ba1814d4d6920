# Dashboard: the home page, and the names of the roles.

role-admin = Администратор
role-coordinator = Координатор
role-country-member = Представитель страны
role-observer = Наблюдатель
dashboard-role-admin = Вы координируете работу во всех рабочих пространствах и управляете организациями и учётными записями.
dashboard-role-coordinator = Вы видите все рабочие пространства, распределяете работу между организациями и просматриваете журнал аудита.
dashboard-role-country-member = Вы работаете в рабочем пространстве своей страны: с её поручениями, контактными лицами и запросами о спасении её граждан.
dashboard-role-observer = Вы просматриваете все рабочие пространства; персональные данные пострадавших от вас скрыты, и вносить изменения вы не можете.

dashboard-welcome = Добро пожаловать, { $name }
dashboard-your-organisation = Ваша организация
dashboard-org-kind = Тип организации: { $kind }
dashboard-org-kind-country = Тип организации: { $kind }, страна { $country }
dashboard-members = { $count ->
    [one] { $count } активный сотрудник
    [few] { $count } активных сотрудника
    [many] { $count } активных сотрудников
   *[other] { $count } активного сотрудника
}
dashboard-open-workspace = Открыть рабочее пространство
dashboard-what-you-can-do = Ваши возможности
dashboard-create-item = Создать поручение
dashboard-who-to-call = Кому звонить сейчас
dashboard-contact-points = Контактные лица
dashboard-org-directory = Справочник организаций-участниц
dashboard-your-account = Ваша учётная запись, пароль и сеансы
dashboard-owed-by = На исполнении у { $org }
dashboard-referrals-none = Нет уведомлений с границы, ожидающих подтверждения получения.
dashboard-referrals-awaiting = { $count ->
    [one] { $count } уведомление ожидает подтверждения получения
    [few] { $count } уведомления ожидают подтверждения получения
    [many] { $count } уведомлений ожидают подтверждения получения
   *[other] { $count } уведомления ожидают подтверждения получения
}
dashboard-referrals-late = срок истёк: { $count }
dashboard-referrals-escalated = на контроле координаторов: { $count }
dashboard-referrals-awaiting-more = Более { $count } уведомлений ожидают подтверждения получения
dashboard-referrals-late-more = срок истёк: более { $count }
dashboard-referrals-escalated-more = на контроле координаторов: более { $count }
