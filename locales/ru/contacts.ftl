# Contact points: the directory, one contact, the form, on duty now, the duty rota.

contacts-reach-absent = отсутствует сегодня
contacts-reach-on-call = сейчас на дежурстве
contacts-reach-available = сейчас доступен
contacts-reach-unavailable = сейчас недоступен
contacts-confirmed = Подтверждено { $date }
contacts-confirmed-by = Подтверждено { $date }, { $name }
contacts-stale-warning = устарело: проверьте, прежде чем полагаться на эти данные
contacts-freshness-heading = Контактные лица { $org }
contacts-freshness-none = Контактных лиц пока нет: на странице «Кому звонить сейчас» { $org } никто не найдёт.
contacts-freshness-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
contacts-freshness-stale = устарело: { $count } (не подтверждались { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    })
contacts-freshness-all-confirmed = { $days ->
    [one] все подтверждены за последний { $days } день
    [few] все подтверждены за последние { $days } дня
    [many] все подтверждены за последние { $days } дней
   *[other] все подтверждены за последние { $days } дня
}
contacts-freshness-the-stale = устаревшие
contacts-duty-rota = График дежурств
contacts-add = Добавить контактное лицо
# Between the items of a list (the days of someone's hours, the languages they speak): a comma
# and a space in English. Quoted so that the space is kept; use your language's separator.
contacts-list-separator = { ", " }

## The directory (/contacts)

contacts-directory-title = Контактные лица
contacts-on-duty-title = Кому звонить сейчас
contacts-filters = Фильтры
contacts-organisation = Организация
contacts-filter-all-orgs = Все организации
contacts-filter-language = Владеет языком
contacts-filter-any-language = Любой язык
contacts-filter-available = Только доступные сейчас
contacts-filter-stale = { $days ->
    [one] Только записи, не подтверждавшиеся { $days } день
    [few] Только записи, не подтверждавшиеся { $days } дня
    [many] Только записи, не подтверждавшиеся { $days } дней
   *[other] Только записи, не подтверждавшиеся { $days } дня
}
contacts-filter-submit = Применить
contacts-count = { $count ->
    [one] { $count } контактное лицо
    [few] { $count } контактных лица
    [many] { $count } контактных лиц
   *[other] { $count } контактного лица
}
# $org is an organisation's code, such as BRA.
contacts-download-org-vcards = Скачать карточки контактных лиц { $org } (vCard)
contacts-none-match = Нет контактных лиц, отвечающих этим фильтрам.
contacts-name = Имя
contacts-position = Должность
contacts-phone = Телефон
contacts-email = Эл. почта
contacts-languages = Языки
contacts-now = Сейчас
contacts-confirmed-label = Подтверждено
contacts-call-order = Очерёдность звонка
contacts-reachable = Доступен
# 1 = the first to call, 2 = the next if they do not answer, …
contacts-call-order-value = очерёдность: { $order }
# Who last confirmed that an entry is correct.
contacts-confirmed-by-name = подтвердил(а): { $name }
contacts-stale = устарело

## Hours and local times

contacts-hours-always = круглосуточно
contacts-hours-none = Часы работы не указаны
# $days is a day or a range of days, $start and $end are times: "Mon–Fri 09:00–17:00".
contacts-hours-window = { $days } { $start }–{ $end }
# The same for hours that run past midnight: "Sat 22:00–06:00 (next day)".
contacts-hours-window-overnight = { $days } { $start }–{ $end } (следующего дня)
# Consecutive days with the same hours: "Mon–Fri".
contacts-hours-day-range = { $first }–{ $last }
# $hours is the description above, $zone a time zone such as Asia/Bangkok.
contacts-hours-in-zone = { $hours } ({ $zone })
# $time is a weekday, date, time and offset, $zone a time zone: "Sat, 28 Nov, 23:15 GMT+7 (Asia/Bangkok)".
contacts-local-time = { $time } ({ $zone })
contacts-day-short-mon = Пн
contacts-day-short-tue = Вт
contacts-day-short-wed = Ср
contacts-day-short-thu = Чт
contacts-day-short-fri = Пт
contacts-day-short-sat = Сб
contacts-day-short-sun = Вс
contacts-day-mon = Понедельник
contacts-day-tue = Вторник
contacts-day-wed = Среда
contacts-day-thu = Четверг
contacts-day-fri = Пятница
contacts-day-sat = Суббота
contacts-day-sun = Воскресенье

## One contact (/contacts/…)

contacts-not-confirmed-since = Данные не подтверждались с { $date } и могут быть устаревшими.
contacts-languages-not-given = не указаны
# $time is the time now where the contact is.
contacts-their-time = местное время: { $time }
contacts-confirmed-at-by = { $time }, { $name }
# A messaging service whose name is unknown.
contacts-messaging = Мессенджер
contacts-save-vcard = Сохранить в телефон (vCard)
contacts-verify = Данные актуальны
contacts-edit = Изменить
contacts-absences = Периоды отсутствия
contacts-absences-none = Отсутствия не запланированы.
# Both are dates.
contacts-absence-range = с { $from } по { $to }
contacts-absence-remove-label = Удалить отсутствие с { $from } по { $to }
contacts-absence-first-day = Первый день отсутствия
contacts-absence-last-day = Последний день отсутствия
contacts-absence-add = Добавить отсутствие
contacts-remove-heading = Удалить из справочника
contacts-remove-confirm = { $name } больше не является контактным лицом: удалить запись и все смены.
contacts-remove = Удалить
contacts-back-to-org = ← Все контактные лица { $org }

contacts-verified = { $name }: данные подтверждены сегодня. Спасибо!
contacts-delete-unconfirmed = Поставьте флажок, чтобы подтвердить удаление этого контактного лица.
contacts-deleted = Контактное лицо { $name } удалено из справочника.
contacts-absence-start-missing = Укажите первый день.
contacts-absence-end-missing = Укажите последний день.
contacts-absence-reversed = Отсутствие не может заканчиваться раньше, чем начинается.
contacts-absence-over = Это отсутствие уже закончилось.
# $from and $to are dates.
contacts-absence-added = { $name }: отмечено отсутствие с { $from } по { $to }.
contacts-absence-removed = { $name }: отсутствие удалено.

## The form to add or edit a contact

contacts-new-title = Новое контактное лицо
contacts-edit-title = Редактирование: { $name }
contacts-conflict-heading = Кто-то сохранил это контактное лицо раньше вас
contacts-conflict-text = Ваши изменения не сохранены. Сейчас сохранены следующие данные (версия { $version }):
contacts-conflict-resubmit = В форме ниже остались введённые вами данные. Отправьте её ещё раз, чтобы заменить ими сохранённые.
contacts-conflict-discard = Отказаться от своих изменений
contacts-form-has-errors = Некоторые поля требуют исправления; пояснения приведены рядом с ними.
contacts-organisation-fixed = Организация:
contacts-choose = Выберите…
contacts-position-optional = Должность (необязательно)
contacts-phones-legend = Номера телефонов в порядке очерёдности звонка
contacts-phone-number-label = Номер телефона { $number }
contacts-phones-help = С кодом страны, например +66 2 123 4567; номер без кода считается тайским.
contacts-email-optional = Эл. почта (необязательно)
contacts-messaging-optional = Мессенджер (необязательно)
contacts-languages-spoken = Владеет языками
# The field understands ISO codes and the English names of languages: keep "th, en, Portuguese"
# as they are (you may say that names are English ones).
contacts-languages-help = Коды или английские названия языков через запятую: th, en, Portuguese.
contacts-call-order-help = 1 — звонить в первую очередь; если не отвечает, звонят следующему по очереди.
contacts-time-zone = Часовой пояс контактного лица
contacts-time-zone-help = Часы работы ниже и периоды отсутствия указываются в этом часовом поясе.
contacts-availability-legend = Когда можно связаться
contacts-availability-always = Круглосуточно (на этой линии отвечают всегда)
contacts-availability-hours = По часам работы (ниже)
contacts-hours-label = Часы работы по дням недели
contacts-hours-caption = Часы работы по дням недели: оставьте день пустым, если в этот день связаться нельзя; если окончание раньше начала, время переходит за полночь.
contacts-hours-day = День
contacts-hours-from = С
contacts-hours-to = До
# $day is the name of a weekday, such as Monday.
contacts-hours-from-label = { $day }: с
contacts-hours-to-label = { $day }: до
contacts-save-changes = Сохранить изменения
contacts-create = Добавить контактное лицо
contacts-cancel = Отмена

contacts-organisation-unknown = Выберите организацию из списка.
contacts-name-missing = Укажите имя контактного лица.
# $number is the position of the phone field (1, 2, 3), $message what is wrong with it.
contacts-phone-numbered = Номер { $number }: { $message }
contacts-phone-missing = Укажите хотя бы один номер телефона.
contacts-phone-too-many = Укажите не более пяти номеров телефона.
contacts-call-order-invalid = Укажите число от 1 (звонить в первую очередь) до 99.
contacts-availability-unknown = Выберите «Круглосуточно» или «По часам работы».
contacts-hours-missing = Укажите часы работы хотя бы для одного дня или выберите «Круглосуточно».
# $day is the name of a weekday, such as Monday.
contacts-hours-both-times = { $day }: укажите оба времени в формате ЧЧ:ММ или оставьте оба поля пустыми.
contacts-hours-end-equals-start = Окончание должно отличаться от начала. Если на линии отвечают всегда, выберите «Круглосуточно».
contacts-added = Контактное лицо { $name } добавлено.
contacts-saved = Контактное лицо { $name }: изменения сохранены.

## Who to call now (/contacts/on-duty)

contacts-on-duty-intro = Для каждой организации показан дежурный по графику; если его нет — линии, на которых отвечают круглосуточно; если нет и их — первое контактное лицо, чьи часы работы приходятся на текущее время.
contacts-on-duty-narrow = Выбор организации
contacts-on-duty-every-org = Все организации
contacts-on-duty-show = Показать
contacts-on-duty-show-all = Показать все организации
contacts-on-duty-no-such-org = Нет действующей организации с таким кодом.
contacts-on-duty-unreachable = { $count ->
    [one] В { $count } организации сейчас никто не доступен.
    [few] В { $count } организациях сейчас никто не доступен.
    [many] В { $count } организациях сейчас никто не доступен.
   *[other] В { $count } организациях сейчас никто не доступен.
}
contacts-on-duty-local-time = Местное время: { $time }
contacts-on-duty-on-call-until = на дежурстве до { $time }
contacts-on-duty-call-first = звонить в первую очередь
# $hours describes the contact's weekly hours: "Mon–Fri 09:00–17:00".
contacts-on-duty-within-hours = в часы работы ({ $hours })
contacts-on-duty-nobody = Сейчас никто не доступен.
contacts-on-duty-no-contacts = У этой организации пока нет контактных лиц.
contacts-on-duty-none-reachable = { $count ->
    [1] Её единственное контактное лицо сейчас не на дежурстве и не работает круглосуточно, а его часы работы на текущее время не приходятся.
    [one] Из её { $count } контактного лица никто сейчас не на дежурстве и не работает круглосуточно, а их часы работы на текущее время не приходятся.
    [few] Из её { $count } контактных лиц никто сейчас не на дежурстве и не работает круглосуточно, а их часы работы на текущее время не приходятся.
    [many] Из её { $count } контактных лиц никто сейчас не на дежурстве и не работает круглосуточно, а их часы работы на текущее время не приходятся.
   *[other] Из её { $count } контактного лица никто сейчас не на дежурстве и не работает круглосуточно, а их часы работы на текущее время не приходятся.
}
contacts-on-duty-see-contacts = { $count ->
    [1] Открыть карточку контактного лица
   *[other] Все контактные лица организации
}

## An organisation's duty rota (/orgs/…/duty)

# $org is an organisation's code or name.
contacts-rota-title = График дежурств: { $org }
# $zone is a time zone such as Europe/London, $time the time there now.
contacts-rota-times = Время указано в часовом поясе { $zone }; сейчас { $time }.
contacts-shifts-heading = Текущие и предстоящие смены
contacts-shifts-none = Смены не запланированы.
contacts-shifts-label = Смены
contacts-shift-on-call = Дежурный
contacts-shift-until = До
contacts-shift-actions = Действия
contacts-shift-now = сейчас
contacts-shift-remove-label = Удалить смену: { $name }
contacts-shift-schedule-heading = Запланировать смену
contacts-rota-add-contact-first = Сначала добавьте контактное лицо.
contacts-shift-schedule = Запланировать
contacts-back-to-on-duty = ← Кому звонить сейчас

contacts-shift-contact-unknown = Выберите дежурного из списка.
contacts-shift-start-invalid = Укажите начало в виде даты и времени, например 2026-12-24T20:00.
contacts-shift-end-invalid = Укажите окончание в виде даты и времени, например 2026-12-24T20:00.
# $date and $time are what was typed, $zone a time zone such as Europe/London.
contacts-shift-time-skipped = { $date }, { $time }: такого времени в часовом поясе { $zone } нет — в этот момент переводят часы. Выберите другое время.
contacts-shift-reversed = Смена должна заканчиваться позже, чем начинается.
contacts-shift-over = Эта смена уже закончилась.
# $from and $until are a weekday, date, time and offset.
contacts-shift-added = { $name }: дежурство с { $from } до { $until }.
contacts-shift-removed = { $name }: смена удалена.

## The languages contacts speak (what the directory shows for their codes)

spoken-am = Амхарский
spoken-ar = Арабский
spoken-bn = Бенгальский
spoken-de = Немецкий
spoken-en = Английский
spoken-es = Испанский
spoken-fa = Персидский
spoken-fr = Французский
spoken-ha = Хауса
spoken-he = Иврит
spoken-hi = Хинди
spoken-id = Индонезийский
spoken-it = Итальянский
spoken-ja = Японский
spoken-kk = Казахский
spoken-km = Кхмерский
spoken-ko = Корейский
spoken-lo = Лаосский
spoken-ms = Малайский
spoken-my = Бирманский
spoken-ne = Непальский
spoken-nl = Нидерландский
spoken-pl = Польский
spoken-pt = Португальский
spoken-ru = Русский
spoken-si = Сингальский
spoken-sw = Суахили
spoken-ta = Тамильский
spoken-th = Тайский
spoken-tl = Филиппинский
spoken-tr = Турецкий
spoken-uk = Украинский
spoken-ur = Урду
spoken-uz = Узбекский
spoken-vi = Вьетнамский
spoken-yo = Йоруба
spoken-zh = Китайский
spoken-unknown = Неизвестный язык
