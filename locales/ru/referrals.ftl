## Border referrals: a traveller stopped at a checkpoint is referred to their embassy.

## The inbox (/referrals)
referral-new = Направить уведомление
referral-board-title = Уведомления на контроле
referral-stats-title = Статистика уведомлений
referral-counts-label = Уведомления по статусам
referral-own-unit = Показаны незавершённые уведомления, направленные вашим подразделением.
referral-see-all = Показать все незавершённые уведомления
referral-filters = Фильтры уведомлений
referral-filter-open = Незавершённые (ожидают подтверждения или итога)
referral-filter-any-status = Любой статус
referral-filter-any-checkpoint = Любой пункт пропуска
referral-filter-reference = Номер
referral-filter-submit = Применить
referral-filter-not-a-reference = Поиск ведётся по номеру уведомления вида BR-2026-0001. Поиск лиц по имени не предусмотрен.
referral-count = { $count ->
    [one] { $count } уведомление
    [few] { $count } уведомления
    [many] { $count } уведомлений
   *[other] { $count } уведомления
}
referral-count-more = { $count ->
    [one] Более { $count } уведомления
    [few] Более { $count } уведомлений
    [many] Более { $count } уведомлений
   *[other] Более { $count } уведомления
}
referral-none-match = Нет уведомлений, соответствующих этим фильтрам.
referral-col-reference = Номер
referral-col-nationality = Гражданство
referral-col-checkpoint = Пункт пропуска
referral-col-status = Статус
referral-col-deadline = Срок или итог
referral-col-filed = Дата направления
referral-time-left = осталось { $minutes } мин
referral-time-overdue = просрочено на { $minutes } мин
referral-acknowledged-by = Получение подтвердил(а) { $name }
referral-escalated-badge = На контроле
referral-no-embassy = Посольство не представлено на портале
referral-no-embassy-help = Уведомлением занимаются координаторы: Отдел по иностранным делам связывается со страной по дипломатическим каналам.

## Statuses and values
referral-status-awaiting = Ожидает подтверждения
referral-status-acknowledged = Получение подтверждено
referral-status-closed = Закрыто
referral-mode-land = Наземным транспортом
referral-mode-air = Воздушным транспортом
referral-itinerary-clear = Ясный
referral-itinerary-unclear = Неясный
referral-itinerary-none = Отсутствует
referral-disposition-held = Задержано для собеседования
referral-disposition-continued = Продолжило путь
referral-risk-job-offer-online = Предложение о работе получено через интернет
referral-risk-travel-paid-by-other = Поездку оплатило другое лицо
referral-risk-one-way = Билет в один конец
referral-risk-no-accommodation = Жильё не забронировано
referral-risk-with-handler = В сопровождении куратора
referral-risk-documents-held = Паспорт или телефон находится у другого лица
referral-risk-high-risk-destination = Пункт назначения в районе повышенного риска
referral-risk-inconsistent-answers = Противоречивые ответы
referral-outcome-continues-with-advice = С гражданином проведена беседа: продолжает путь, получив рекомендации
referral-outcome-turned-back = С гражданином проведена беседа: возвращается обратно
referral-outcome-asks-for-help = С гражданином проведена беседа: просит о помощи
referral-outcome-unreachable = Связаться с гражданином не удалось
referral-channel-phone = Телефон
referral-channel-line = LINE
referral-channel-whatsapp = WhatsApp
referral-call-answered = Ответили
referral-call-no-answer = Нет ответа
referral-call-wrong-number = Неверный номер
referral-call-message-left = Оставлено сообщение

## The form (/referrals/new, /referrals/{id}/edit)
referral-new-intro = Посольство страны гражданства должно подтвердить получение уведомления в течение { $held } мин, если лицо задержано для собеседования, и в течение { $continued } мин, если оно продолжило путь. На следующей странице будет указано, кому звонить сейчас.
referral-edit-title = Исправление уведомления { $reference }
referral-traveller-heading = Сведения о лице
referral-journey-heading = Поездка и ваша оценка
referral-choose = Выберите…
referral-nationality-other = Другое гражданство (посольство не представлено на портале)
referral-nationality-other-code = Двухбуквенный код страны
referral-nationality-other-help = Только для другого гражданства, например VN для Вьетнама.
referral-full-name = ФИО
referral-passport-number = Номер паспорта
referral-date-of-birth = Дата рождения
referral-sex = Пол
referral-phone = Телефон (если сообщён)
referral-checkpoint = Пункт пропуска
referral-checkpoint-other = Другой
referral-travel-mode = Способ следования
referral-purpose = Заявленная цель поездки
referral-destination = Заявленный пункт назначения
referral-itinerary = Оценка маршрута
referral-risks = Признаки риска
referral-risks-none = Не выявлены
referral-disposition = Лицо
referral-file = Направить уведомление
referral-save = Сохранить исправления
referral-form-has-errors = Некоторые поля требуют внимания: у каждого из них указано, что нужно исправить.
referral-conflict-heading = Кто-то другой сохранил это уведомление раньше вас
referral-conflict-text = Текущая версия уведомления — { $version }. Ниже приведены сохранённые сейчас сведения.
referral-conflict-kept = Введённые вами данные остались в форме; сохраните её ещё раз, чтобы заменить ими сохранённые сведения, или
referral-conflict-discard = вернитесь к уведомлению без сохранения.
referral-field-nationality-unknown = Выберите гражданство лица или введите двухбуквенный код страны.
referral-field-full-name-missing = Укажите ФИО лица.
referral-field-date-future = Эта дата ещё не наступила.
referral-field-checkpoint-unknown = Выберите пункт пропуска из списка.
referral-field-mode-unknown = Выберите способ следования: наземным или воздушным транспортом.
referral-field-itinerary-unknown = Укажите, насколько ясен маршрут.
referral-field-risk-unknown = Один из признаков риска не распознан; отметьте признаки ещё раз.
referral-field-disposition-unknown = Укажите, задержано ли лицо для собеседования или продолжило путь.
referral-field-status-unknown = Неизвестный статус.
referral-field-outcome-unknown = Выберите итог.
referral-field-channel-unknown = Выберите способ связи: телефон, LINE или WhatsApp.
referral-field-call-result-unknown = Выберите результат звонка.
referral-field-estimate-unknown = Укажите, когда вы рассчитываете переговорить с гражданином.
referral-filed = Уведомление { $reference } направлено. Позвоните в посольство сейчас.
referral-saved = Уведомление { $reference } сохранено.

## One referral (/referrals/{id})
referral-edit = Исправить сведения
referral-changed-meanwhile = Кто-то изменил это уведомление, пока вы принимали решение; ниже оно показано в текущем виде. Отправленные вами данные не сохранены.
referral-deadline-in = Подтвердить получение нужно в течение { $minutes } мин (до { $time }).
referral-deadline-passed = Подтверждение получения просрочено на { $minutes } мин (срок истёк в { $time }).
referral-acknowledged-line = Получение подтвердил(а) { $name }, { $time }.
referral-estimate-line = Посольство рассчитывает переговорить с гражданином до { $time }.
referral-closed-by-coordinators = Закрыто координаторами.
referral-call-now = Позвоните сейчас в посольство страны { $country }
referral-call-on-shift = на дежурстве до { $time }
referral-call-around-the-clock = круглосуточно
referral-call-within-hours = сейчас рабочее время
referral-call-nobody = Сейчас нет ни дежурных, ни контактных лиц, у которых идёт рабочее время. Звоните контактным лицам, указанным ниже, в этом порядке.
referral-call-then = Далее по очерёдности звонка ({ $count })
referral-call-log = Зарегистрировать попытку звонка
referral-call-contact = Кому вы звонили
referral-call-other-number = Другой номер (укажите его в примечании)
referral-call-channel = Способ связи
referral-call-result = Результат
referral-call-note = Примечание (необязательно)
referral-call-log-submit = Зарегистрировать попытку
referral-call-contact-unknown = Выберите одно из контактных лиц посольства или другой номер.
referral-call-logged = Попытка звонка по уведомлению { $reference } зарегистрирована.
referral-answer-heading = Ваш ответ
referral-estimate = Вы рассчитываете переговорить с гражданином
referral-estimate-within = { $minutes ->
    [one] в течение { $minutes } минуты
    [few] в течение { $minutes } минут
    [many] в течение { $minutes } минут
   *[other] в течение { $minutes } минуты
}
referral-acknowledge = Подтвердить получение
referral-acknowledged = Получение уведомления { $reference } подтверждено.
referral-acknowledged-already = Получение этого уведомления уже подтверждено.
referral-acknowledge-first = Прежде чем внести итог, подтвердите получение уведомления.
referral-outcome = Итог
referral-outcome-submit = Внести итог
referral-outcome-recorded = Итог по уведомлению { $reference } внесён.
referral-closed-already = Это уведомление закрыто.
referral-facts-heading = Сведения
referral-not-given = Не указано
referral-redacted = Скрыто: персональные данные
referral-filed-by = Направлено
referral-filed-line = { $org }, { $time }
referral-deadline-policy = срок — { $minutes } мин
referral-rescue-request = Запрос на освобождение
referral-rescue-request-open = Подан на основании этого уведомления
referral-matches-heading = Совпадения по номеру паспорта
referral-match-earlier = Уже направлялось уведомление { $date } ({ $reference })
referral-match-rescue = Совпадает с запросом на освобождение { $reference }
referral-close-heading = Закрыть без итога от посольства
referral-close-reason = Причина (например: связались по дипломатическим каналам)
referral-close-submit = Закрыть уведомление
referral-close-reason-missing = Укажите причину закрытия уведомления.
referral-closed = Уведомление { $reference } закрыто.
referral-timeline-heading = История
referral-timeline-system = Портал
referral-timeline-filed = направил(а) уведомление
referral-timeline-call = { $channel } — { $contact }: { $result }
referral-timeline-call-other = { $channel } — другой номер: { $result }
referral-timeline-acknowledged = подтвердил(а) получение уведомления
referral-timeline-outcome = внёс(ла) итог: { $outcome }
referral-timeline-flagged = срок истёк: повторно оповещены контактные лица ({ $contacts }) и сотрудники ({ $members })
referral-timeline-flagged-on-duty = срок истёк: повторно оповещены дежурный { $on_duty }, контактные лица ({ $contacts }) и сотрудники ({ $members })
referral-timeline-flagged-no-embassy = срок истёк: посольство этой страны не представлено на портале, уведомлением занимаются координаторы
referral-timeline-escalated = срок превышен вдвое: уведомление поставлено на контроль координаторов
referral-timeline-estimate-passed = указанное посольством время истекло, итог не внесён: направлено повторное оповещение
referral-timeline-closed = закрыл(а) уведомление
referral-timeline-edited = исправил(а)
referral-timeline-rescue-request = подал(а) запрос на освобождение { $reference }

## The escalation board (/referrals/escalated)
referral-board-intro = Уведомления, оставшиеся без ответа посольств, по которым Отдел по иностранным делам добивается ответа по дипломатическим каналам.
referral-board-escalated = Получение не подтверждено и в двойной срок
referral-board-estimate-passed = Получение подтверждено, но указанное время истекло без итога
referral-board-no-embassy = Посольство не представлено на портале
referral-board-none = Нет.
referral-board-capped = Показаны первые { $count }.

## The figures (/referrals/stats)
referral-stats-intro = { $weeks ->
    [one] За последнюю { $weeks } неделю, по неделям, начиная с понедельника (время Бангкока).
    [few] За последние { $weeks } недели, по неделям, начиная с понедельника (время Бангкока).
    [many] За последние { $weeks } недель, по неделям, начиная с понедельника (время Бангкока).
   *[other] За последние { $weeks } недели, по неделям, начиная с понедельника (время Бангкока).
}
referral-stats-intro-country = { $weeks ->
    [one] За последнюю { $weeks } неделю, по гражданам страны { $country }, по неделям, начиная с понедельника (время Бангкока).
    [few] За последние { $weeks } недели, по гражданам страны { $country }, по неделям, начиная с понедельника (время Бангкока).
    [many] За последние { $weeks } недель, по гражданам страны { $country }, по неделям, начиная с понедельника (время Бангкока).
   *[other] За последние { $weeks } недели, по гражданам страны { $country }, по неделям, начиная с понедельника (время Бангкока).
}
referral-stats-as-of = Рассчитано в { $time }; данные не старше { $seconds } с.
referral-stats-total = Уведомления
referral-stats-median = Медианное время до подтверждения получения
referral-stats-p90 = Время до подтверждения получения, 90-й процентиль
referral-stats-acknowledged = Получение подтверждено
referral-stats-minutes = { $minutes } мин
referral-stats-none = Данных пока нет
referral-stats-chart = { $weeks ->
    [one] Уведомления по неделям за последнюю { $weeks } неделю, в разбивке по подтверждению получения
    [few] Уведомления по неделям за последние { $weeks } недели, в разбивке по подтверждению получения
    [many] Уведомления по неделям за последние { $weeks } недель, в разбивке по подтверждению получения
   *[other] Уведомления по неделям за последние { $weeks } недели, в разбивке по подтверждению получения
}
referral-stats-bar = { $count ->
    [one] Неделя с { $week }: { $count } уведомление
    [few] Неделя с { $week }: { $count } уведомления
    [many] Неделя с { $week }: { $count } уведомлений
   *[other] Неделя с { $week }: { $count } уведомления
}
referral-stats-key-in-time = Подтверждено в срок
referral-stats-key-late = Подтверждено с опозданием
referral-stats-key-unanswered = Не подтверждено
referral-stats-by-checkpoint = По пунктам пропуска
referral-stats-by-nationality = По гражданству
referral-stats-by-embassy = Подтверждение получения в срок, по посольствам
referral-stats-outcomes = Итоги
referral-stats-filed = Уведомления
referral-stats-share = Доля в срок
referral-stats-percent = { $share } %
referral-stats-sum = Итого
referral-stats-no-outcome = Итог пока не внесён

## Administration (/admin/referral-policy)
referral-policy-heading = Сроки подтверждения получения
referral-policy-intro = Время, которое отводится посольству на подтверждение получения уведомления. Если к истечению срока получение не подтверждено, посольству направляется повторное оповещение; по истечении двойного срока уведомление ставится на контроль координаторов. Для уже направленных уведомлений срок не меняется.
referral-policy-held = Лицо задержано для собеседования (минуты)
referral-policy-continued = Лицо продолжило путь (минуты)
referral-policy-save = Сохранить сроки
referral-policy-saved = Сроки сохранены.
referral-policy-minutes-invalid = Укажите целое число минут от 5 до { $max }.
referral-policy-conflict = Кто-то другой изменил сроки раньше вас: теперь они составляют { $held } и { $continued } мин. Ваши значения остались в форме ниже; сохраните её ещё раз, чтобы заменить ими текущие.
referral-checkpoints-heading = Пункты пропуска
referral-checkpoints-intro = Пункты пропуска, которые может выбрать сотрудник. Пункты, выведенные из списка, больше не предлагаются, но остаются в уведомлениях, где они уже указаны. Пункт «Другой» остаётся в списке всегда.
referral-checkpoint-state = Состояние
referral-checkpoint-change = Изменить
referral-checkpoint-offered-state = В списке
referral-checkpoint-retired-state = Выведен из списка
referral-checkpoint-retire = Вывести из списка
referral-checkpoint-offer = Вернуть в список
referral-checkpoint-retire-label = Вывести из списка: { $name }
referral-checkpoint-offer-label = Вернуть в список: { $name }
referral-checkpoint-new = Новый пункт пропуска
referral-checkpoint-add = Добавить пункт пропуска
referral-checkpoint-name-missing = Укажите название пункта пропуска.
referral-checkpoint-name-taken = Этот пункт пропуска уже есть в списке.
referral-checkpoint-added = Пункт пропуска «{ $name }» добавлен.
referral-checkpoint-offered = Пункт пропуска снова в списке.
referral-checkpoint-retired = Пункт пропуска выведен из списка.
