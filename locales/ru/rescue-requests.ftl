# Rescue requests: the list, one request, the filing form, the workflow, operations, the areas.

## Names of statuses, urgencies and sexes
rescue-status-submitted = Подан
rescue-status-under-review = На рассмотрении
rescue-status-located = Местонахождение установлено
rescue-status-rescue-in-progress = Идёт освобождение
rescue-status-rescued = Освобождён(а)
rescue-status-repatriated = Возвращён(а) на родину
rescue-status-closed = Закрыт
rescue-status-unable-to-locate = Местонахождение не установлено
rescue-status-withdrawn = Отозван
rescue-urgency-life-at-risk = Угроза жизни
rescue-urgency-urgent = Срочный
rescue-urgency-routine = Обычный
rescue-sex-female = Женский
rescue-sex-male = Мужской
rescue-sex-unspecified = Не указан

## The list (/rescue-requests)
rescue-new = Подать запрос на освобождение
rescue-counts-label = Запросы по статусам
# A count that stopped at a cap: there are more than $count.
rescue-count-capped = { $count }+
rescue-count-more = { $count ->
    [one] Более { $count } запроса
    [few] Более { $count } запросов
    [many] Более { $count } запросов
   *[other] Более { $count } запроса
}
rescue-count = { $count ->
    [one] { $count } запрос
    [few] { $count } запроса
    [many] { $count } запросов
   *[other] { $count } запроса
}
rescue-filters = Фильтры
rescue-filter-open = Незавершённые
rescue-filter-any-status = Любой статус
rescue-filter-any-urgency = Любая срочность
rescue-filter-any-area = Любой район
rescue-filter-any-country = Любая страна
rescue-filter-reference = Номер
rescue-filter-submit = Применить
rescue-filter-not-a-reference = Это не номер запроса вида RR-2026-0001. Чтобы найти запрос по номеру паспорта, воспользуйтесь поиском по номеру паспорта.
rescue-passport-search = Поиск по номеру паспорта
rescue-passport-search-help = Точный номер. Он передаётся вместе с формой и никогда не попадает в адрес страницы.
rescue-passport-search-submit = Найти
rescue-passport-results = Запросы с этим номером паспорта во всех статусах.
rescue-passport-results-back = Вернуться к списку
rescue-download-csv = Скачать в формате CSV (без персональных данных)
rescue-none-match = Нет запросов на освобождение, соответствующих этим фильтрам.
rescue-col-reference = Номер
rescue-col-person = ФИО
rescue-col-nationality = Гражданство
rescue-col-urgency = Срочность
rescue-col-status = Статус
rescue-col-area = Район
rescue-col-unit = Тайское подразделение
rescue-col-filed = Дата подачи
rescue-unassigned = Не назначено

## One request
rescue-conflict-heading = Запрос изменился, пока вы принимали решение
# $status is the request's status now.
rescue-conflict-text = Ваше действие не выполнено: запрос уже в статусе «{ $status }». Ознакомьтесь с историей ниже и выберите действие снова.
rescue-possible-duplicate = Возможно, дублирует:
rescue-last-contact = Последняя связь
rescue-not-known = Неизвестно
rescue-none-given = Не указано
rescue-operation = Операция по освобождению
rescue-no-operation = Без операции
rescue-last-changed = Последнее изменение
rescue-person-heading = Сведения о лице
rescue-full-name = ФИО
rescue-other-names = Другие имена и псевдонимы
rescue-sex = Пол
rescue-age = Дата рождения или возраст
# $age is a number of years.
rescue-approximate-age = { $age ->
    [one] около { $age } года
    [few] около { $age } лет
    [many] около { $age } лет
   *[other] около { $age } лет
}
rescue-passport = Номер паспорта
rescue-phones = Номера телефонов
rescue-handles = Аккаунты в мессенджерах
rescue-family-contact = Контакты семьи
rescue-situation-heading = Сведения о ситуации
rescue-last-known-location = Последнее известное местонахождение
rescue-compound = Комплекс или сеть
rescue-recruitment = Способ вербовки
rescue-circumstances = Обстоятельства
rescue-edit = Обновить сведения
rescue-redacted = Персональные данные наблюдателям не показываются.
rescue-steps-heading = Дальнейшие действия
# A button: $status is where the step takes the request.
rescue-step-to = Перевести в статус «{ $status }»
rescue-step-place = Где установлено местонахождение?
rescue-step-reason = Причина
rescue-step-outcome = Итог
rescue-step-reopen-reason = Почему работа по запросу возобновляется?
rescue-step-place-missing = Укажите, где установлено местонахождение.
rescue-step-reason-missing = Укажите причину: она будет внесена в историю.
# $from and $to are statuses.
rescue-step-not-allowed = Запрос в статусе «{ $from }» нельзя перевести в статус «{ $to }».
rescue-step-taken = Запрос { $reference } переведён в статус «{ $status }».
rescue-assign-heading = Назначение
rescue-officer = Сотрудник
rescue-no-officer = Сотрудник не назначен
rescue-officer-help = Здесь сотрудники сохранённого подразделения: чтобы выбрать сотрудника другого подразделения, сначала сохраните это подразделение.
rescue-assign-submit = Сохранить назначение
rescue-assign-unit-unknown = Выберите тайское подразделение из списка.
rescue-assign-officer-unknown = Выберите сотрудника выбранного подразделения.
rescue-assigned = Назначение по запросу { $reference } сохранено.
rescue-operation-submit = Сохранить операцию
rescue-operation-unknown = Выберите операцию из списка.
rescue-operation-set = Операция для запроса { $reference } сохранена.
rescue-timeline = История
# Each timeline entry starts with the person's name and organisation, followed by one of these.
rescue-timeline-filed = подал(а) запрос
rescue-timeline-moved = перевёл(а) запрос в статус
rescue-timeline-noted = добавил(а) примечание
rescue-timeline-edited = обновил(а) сведения:
rescue-timeline-assigned = назначил(а) исполнителя
rescue-timeline-operation = изменил(а) операцию
rescue-note-heading = Добавить примечание
rescue-note-label = Примечание
rescue-note-submit = Добавить примечание
rescue-note-missing = Сначала введите текст примечания.
rescue-note-added = Примечание к запросу { $reference } добавлено.
rescue-viewings-heading = Кто просматривал этот запрос
rescue-viewings-none = Персональные данные ещё никто не открывал.
rescue-viewings-count = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
rescue-viewings-last = последний раз
rescue-back-to-list = ← Все запросы на освобождение

## The form
rescue-new-intro = Все сведения о лице шифруются перед сохранением. Прочитать их могут только ваше посольство и координаторы из полиции Таиланда, а каждый просмотр регистрируется.
rescue-edit-title = Изменение запроса { $reference }
rescue-edit-conflict-heading = Кто-то другой сохранил этот запрос раньше вас
rescue-edit-conflict-text = Ваши изменения не сохранены: текущая версия запроса — { $version }. Сейчас сохранены следующие сведения:
rescue-edit-conflict-kept = Введённые вами данные остались в форме ниже; если сохранить её ещё раз, они заменят сохранённые.
rescue-edit-conflict-discard = Отказаться от своих изменений
rescue-form-has-errors = Некоторые поля заполнены неверно; они отмечены ниже.
rescue-choose = Выберите…
rescue-other-names-help = Прозвища, имена, под которыми человека знают в комплексе, другие варианты написания.
rescue-date-of-birth = Дата рождения
rescue-age-help = Укажите дату рождения или, если семья её не знает, примерный возраст.
rescue-approximate-age-label = Примерный возраст
rescue-phones-help = По одному номеру в строке, с кодом страны, например +95 9 123 456 789.
rescue-handles-help = LINE, WhatsApp, Telegram, Facebook и т. п., с именем, под которым человек там значится.
rescue-family-contact-help = Кто сообщил о случае и как с ним связаться.
rescue-save = Сохранить
rescue-file = Подать запрос
rescue-filed = Запрос на освобождение { $reference } подан.
rescue-saved = Запрос { $reference } сохранён.
rescue-field-nationality-unknown = Выберите гражданство лица из списка.
rescue-field-full-name-missing = Укажите ФИО лица.
rescue-field-sex-unknown = Выберите один из вариантов.
rescue-field-date-future = Эта дата ещё не наступила.
rescue-field-age-missing = Укажите дату рождения или примерный возраст.
rescue-field-age-invalid = Укажите возраст в годах, от 1 до 120.
rescue-field-passport-invalid = Номер паспорта состоит из 5–20 букв и цифр.
# $phone is what was typed, $reason why it is not a number.
rescue-field-phone-invalid = { $phone }: { $reason }
rescue-field-phones-too-many = { $max ->
    [one] Укажите не более { $max } номера.
    [few] Укажите не более { $max } номеров.
    [many] Укажите не более { $max } номеров.
   *[other] Укажите не более { $max } номера.
}
rescue-field-location-missing = Опишите последнее известное местонахождение, хотя бы приблизительно.
rescue-field-area-unknown = Выберите район из списка.
rescue-field-urgency-unknown = Укажите степень срочности.
rescue-field-status-unknown = Выберите статус из списка.

## Operations (/rescue-operations)
rescue-operations-title = Операции по освобождению
rescue-operations-intro = Операция объединяет запросы, относящиеся к одному рейду, независимо от гражданства. Каждая страна видит в ней только своих граждан.
rescue-operations-none = Операций пока нет.
rescue-operation-new = Новая операция
rescue-operation-name = Название
rescue-operation-planned-on = Планируемая дата
rescue-operation-notes = Примечания
rescue-operation-notes-help = Где и когда — своими словами. Без имён: они указаны в запросах.
rescue-operation-create = Создать операцию
rescue-operation-name-missing = Укажите название операции.
rescue-operation-created = Операция «{ $name }» создана.
rescue-operation-planned = Запланирована на { $date }
rescue-operation-not-planned = Дата не назначена
rescue-operation-requests = Запросы, включённые в операцию
rescue-operation-empty = Ни один из доступных вам запросов не включён в эту операцию.
rescue-operations-back = ← Все операции

## The areas (/admin/rescue-areas)
rescue-areas-intro = Районы, которые можно указать в запросе. Районы, выведенные из списка, больше не предлагаются при подаче запроса, но остаются в запросах, где они уже указаны. Район «Другое» остаётся в списке всегда.
rescue-area-state = Состояние
rescue-area-other = Другое
rescue-area-change = Изменить
rescue-area-offered-state = В списке
rescue-area-retired-state = Выведен из списка
rescue-area-retire = Вывести из списка
rescue-area-offer = Вернуть в список
rescue-area-retire-label = Вывести из списка: { $name }
rescue-area-offer-label = Вернуть в список: { $name }
rescue-area-new = Новый район
rescue-area-add = Добавить район
rescue-area-name-missing = Укажите название района.
rescue-area-name-taken = Этот район уже есть в списке.
rescue-area-added = Район «{ $name }» добавлен.
rescue-area-offered = Район снова в списке.
rescue-area-retired = Район выведен из списка.
