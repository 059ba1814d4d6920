# Action items: the lists, one item, the form, the workload boxes.

items-col-reference = Номер
items-col-title = Название
items-col-owed-by = Ответственные организации
items-col-due = Срок
items-col-priority = Приоритет
items-col-status = Статус
items-restricted-badge = ограниченный доступ
items-overdue-label = просрочено
items-workload-open = Открытых: { $count }
items-workload-overdue = просроченных: { $count }
items-workload-none-overdue = просроченных нет
items-workload-nothing-owed = Сейчас поручений нет.
items-workload-all-open = Все открытые поручения организации { $org }
items-workload-the-overdue = просроченные
items-owed-by-org = Поручения, за которые отвечает { $org }

# The list
items-new = Новое поручение
items-filters = Фильтры
items-filter-not-closed = Не закрытые (открыто, в работе, приостановлено)
items-filter-any-status = Любой статус
items-filter-any-org = Любая организация
items-filter-any-priority = Любой приоритет
items-filter-due-by = Срок не позднее
items-filter-text = Название или описание содержит
items-filter-sort = Сортировка
items-sort-due = По сроку, сначала ближайшие
items-sort-priority = По приоритету, сначала срочные
items-sort-newest = Сначала новые
items-filter-overdue = Только просроченные
items-filter-submit = Применить
# How many items match the filters.
items-count = { $count ->
    [one] { $count } поручение
    [few] { $count } поручения
    [many] { $count } поручений
   *[other] { $count } поручения
}
# A large list is counted only up to a cap: there are more than $count items.
items-count-more = { $count ->
    [one] Более { $count } поручения
    [few] Более { $count } поручений
    [many] Более { $count } поручений
   *[other] Более { $count } поручения
}
items-download-csv = Скачать список в формате CSV
items-none-match = Нет поручений, соответствующих этим фильтрам.

# One item
# Under the item's title, after its status. $priority is low, normal, high or urgent: keep the
# [keys] in brackets as they are.
items-priority-line = { $priority ->
    [low] Низкий приоритет
    [normal] Обычный приоритет
    [high] Высокий приоритет
   *[urgent] Срочный приоритет
}
# $date is the due date.
items-due-on = срок: { $date }
items-person = Ответственное лицо
items-nobody-named = не назначено
items-visibility = Доступ
items-last-changed = Последнее изменение
items-no-description = Описания нет.
items-edit-or-reassign = Изменить или переназначить
items-status-heading = Изменение статуса
items-status-new = Новый статус
items-status-comment = Комментарий (необязательно)
items-status-submit = Изменить статус
items-status-conflict-heading = Кто-то изменил это поручение раньше вас
items-status-conflict-not-saved = Изменение статуса не сохранено.
# $status is the item's status now (shown in bold), $version its version number.
items-status-conflict-now = Текущий статус поручения: { $status } (версия { $version }); что произошло, показано в истории ниже.
items-status-conflict-kept = Ваш комментарий и выбранный статус сохранены в форме: отправьте её ещё раз, если они по-прежнему актуальны.
items-timeline = История
# Each timeline entry starts with the person's name and organisation, followed by one of these.
items-timeline-created = создал(а) поручение
# $from and $to are status names; $to is shown in bold.
items-timeline-moved = изменил(а) статус: { $from } → { $to }
items-timeline-edited = внёс(ла) изменения
items-timeline-commented = оставил(а) комментарий
# Under "edited it", one line per change. $from and $to are the old and new values (titles
# and people's names as typed, organisation codes, dates, priority or visibility names).
items-change-title = название: «{ $from }» → «{ $to }»
items-change-description = описание изменено
items-change-assignees = ответственные организации: { $from } → { $to }
items-change-person = ответственное лицо: { $from } → { $to }
# Stands for $from or $to of items-change-person when no person was named.
items-change-nobody = не назначено
items-change-due-date = срок: { $from } → { $to }
items-change-priority = приоритет: { $from } → { $to }
items-change-visibility = доступ: { $from } → { $to }
items-change-nothing = сохранено без изменений
items-comment-heading = Добавить комментарий
items-comment-label = Комментарий
# Keep the Markdown syntax (**bold**) as it is: it shows how to write bold.
items-markdown-help = Markdown: **полужирный**, списки, ссылки.
items-comment-submit = Добавить комментарий
items-back-to-list = ← Все поручения

# A status inside a sentence (items-status-changed, items-status-not-allowed): lower-case in
# English, unlike the status names of lists and forms.
items-status-word-open = открыто
items-status-word-in-progress = в работе
items-status-word-blocked = приостановлено
items-status-word-done = выполнено
items-status-word-cancelled = отменено
# $reference is the item's reference (AI-0042); $status one of the items-status-word-* above.
items-status-changed = Поручению { $reference } присвоен статус «{ $status }».
items-status-not-allowed = Поручение со статусом «{ $from }» нельзя перевести в статус «{ $to }».
items-comment-missing = Введите комментарий.
items-comment-added = Комментарий к поручению { $reference } добавлен.

# The form
# $reference is the item's reference (AI-0042).
items-edit-title = Изменение поручения { $reference }
items-edit-conflict-heading = Кто-то другой сохранил это поручение раньше вас
# $version is the item's version number.
items-edit-conflict-text = Ваши изменения не сохранены. Сейчас сохранены следующие значения (версия { $version }):
items-edit-conflict-kept = В форме ниже остались введённые вами данные. Отправьте её ещё раз, чтобы заменить сохранённые значения.
# A link back to the item, leaving the form.
items-edit-conflict-discard = Отменить ваши изменения
items-description = Описание
items-form-has-errors = Некоторые поля заполнены неверно; пояснения приведены рядом с ними.
items-description-help = Markdown: **полужирный**, списки, ссылки. Описание видят все, у кого есть доступ к поручению.
# Before the organisations that owe the item, when the user cannot choose them.
items-owed-by-fixed = Ответственные организации:
items-assignees-legend = Ответственные организации (одна или несколько)
items-person-label = Ответственное лицо (необязательно)
items-person-nobody = Не назначено
items-person-help = Должно относиться к одной из ответственных организаций.
items-due-date = Срок исполнения
items-save = Сохранить изменения
items-create = Создать поручение
items-cancel = Отмена
items-created = Поручение { $reference } создано.
items-saved = Поручение { $reference } сохранено.

# Beside the form's fields
items-title-missing = Введите название.
items-due-date-missing = Укажите срок исполнения.
items-due-date-past = Срок исполнения не может быть раньше сегодняшнего дня.
items-assignees-missing = Выберите хотя бы одну организацию.
# $codes lists the organisation codes typed (BRA, NOPE), $count how many there are.
items-assignees-unknown = { $count ->
    [one] Организации { $codes } нельзя давать поручения: выберите из списка действующее посольство или подразделение полиции.
    [few] Организациям { $codes } нельзя давать поручения: выберите из списка действующие посольства или подразделения полиции.
    [many] Организациям { $codes } нельзя давать поручения: выберите из списка действующие посольства или подразделения полиции.
   *[other] Организациям { $codes } нельзя давать поручения: выберите из списка действующие посольства или подразделения полиции.
}
items-person-not-assignable = Выберите лицо из одной из ответственных организаций или оставьте поле пустым.

# An item made from a meeting's decision.
items-from-decision = Решение № { $number } совещания «{ $meeting }»
items-from-decision-link = Открыть в протоколе
items-from-decision-description = Во исполнение решения № { $number } совещания «{ $meeting }».
items-decision = Основание
