## Notifications: the list, the navigation's count, the preferences on the account page,
## following an action item, the emails, the morning digest, and the administrators' page of
## undelivered emails.

notifications-title = Оповещения
notifications-help = Всё, что касается вас и вашей организации, сначала новые. Каждое оповещение также приходит по электронной почте, если вы не выбрали иное.
notifications-preferences-link = Выбрать, что приходит по электронной почте
notifications-none = Оповещений пока нет. Здесь вы узнаете, когда вам будет назначено поручение, поступит уведомление с границы или запрос на освобождение по линии вашей страны либо будет разослан протокол.
notifications-unread = Новое
notifications-open = Открыть
notifications-mark-read = Отметить как прочитанное
notifications-mark-all-read = Отметить все как прочитанные
notifications-link = Перейти к записи, не отмечая оповещение как прочитанное
notifications-all-read =
    { $count ->
        [0] Непрочитанных оповещений не было.
        [one] { $count } оповещение отмечено как прочитанное.
        [few] { $count } оповещения отмечены как прочитанные.
        [many] { $count } оповещений отмечены как прочитанные.
       *[other] { $count } оповещения отмечены как прочитанные.
    }
notifications-unreadable = Оповещение, которое эта версия Liaison не может отобразить.

## The kinds, as the list and the preferences name them.
notifications-kind-unknown = Оповещение другого типа
notifications-kind-item-assigned = Поручение назначено моей организации или мне
notifications-kind-item-status = Изменился статус поручения, которое я отслеживаю
notifications-kind-item-comment = Новый комментарий к поручению, которое я отслеживаю
notifications-kind-referral-filed = В адрес моей страны направлено уведомление с границы
notifications-kind-referral-escalated = Получение уведомления с границы не подтверждено в срок (постановка на контроль)
notifications-kind-referral-acknowledged = Посольство подтвердило получение уведомления с границы, которое я направил(а)
notifications-kind-rescue-filed = Подан запрос на освобождение по линии моей страны
notifications-kind-rescue-moved = Изменился статус запроса на освобождение по линии моей страны
notifications-kind-minutes-circulated = Протокол совещания, в котором участвует моя организация, разослан для замечаний
notifications-kind-minutes-approved = Протокол совещания, в котором участвует моя организация, утверждён
notifications-kind-digest = Ежедневно в 08:00: поручения моей организации, которые просрочены или срок исполнения которых истекает в ближайшие два дня

## What happened. Only references and codes: never a person's details.
notifications-item-assigned = Организация { $by } назначила поручение { $reference } организации { $org }.
notifications-item-assigned-to-you = Организация { $by } назначила вам поручение { $reference }.
notifications-item-status = Статус поручения { $reference }: { $status } ({ $by }).
notifications-item-comment = Организация { $by } оставила комментарий к поручению { $reference }.
notifications-referral-filed = Организация { $by } направила в адрес вашей страны уведомление с границы { $reference }. Подтвердите его получение.
notifications-referral-acknowledged = Организация { $by } подтвердила получение уведомления с границы { $reference }.
notifications-referral-flagged = Получение уведомления с границы { $reference } не подтверждено в установленный срок. Подтвердите его получение незамедлительно.
notifications-referral-escalated = Получение уведомления с границы { $reference } так и не подтверждено, срок превышен вдвое: уведомление поставлено на контроль координаторов.
notifications-referral-estimate-passed = Указанное посольством время по уведомлению с границы { $reference } истекло, итог не внесён.
notifications-rescue-filed = Организация { $by } подала запрос на освобождение { $reference } по линии вашей страны.
notifications-rescue-moved = Статус запроса на освобождение { $reference }: { $status } ({ $by }).
notifications-minutes-circulated = Протокол совещания «{ $meeting }» разослан для замечаний.
notifications-minutes-approved = Протокол совещания «{ $meeting }» утверждён.
notifications-digest =
    { $org }: { $overdue ->
        [one] { $overdue } просроченное поручение
        [few] { $overdue } просроченных поручения
        [many] { $overdue } просроченных поручений
       *[other] { $overdue } просроченного поручения
    }, { $soon } со сроком исполнения в ближайшие два дня.
notifications-digest-line-overdue = { $reference }: просрочено с { $date } ({ $status })
notifications-digest-line-due = { $reference }: срок { $date } ({ $status })
notifications-digest-more =
    { $count ->
       *[other] …и ещё { $count }.
    }

## Emails.
notifications-email-subject = Liaison: { $what }
notifications-email-open = Открыть в Liaison:
notifications-email-footer-account = Вы получили это письмо в соответствии с настройками оповещений в Liaison. Выбрать, что приходит по электронной почте, можно здесь:
notifications-email-footer-duty = Вы получили это письмо как контактное лицо организации { $org } в круглосуточном справочнике Liaison.

## Preferences, on the account page.
notifications-preferences-heading = Оповещения
notifications-preferences-legend = Также по электронной почте (на портале оповещения приходят всегда)
notifications-preferences-escalations = Оповещения о постановке уведомлений с границы на контроль всегда приходят и по электронной почте: на границе ждёт человек.
notifications-preferences-save = Сохранить настройки оповещений
notifications-preferences-saved = Настройки оповещений сохранены.

## Following an action item.
notifications-follow = Отслеживать
notifications-unfollow = Перестать отслеживать
notifications-follow-help = Получать оповещения о комментариях и изменениях статуса.
notifications-following-help = Вы получаете оповещения о комментариях и изменениях статуса.
notifications-following = Вы отслеживаете поручение { $reference }.
notifications-not-following = Вы больше не отслеживаете поручение { $reference }.

## Administrators: emails that did not go.
notifications-admin-title = Недоставленные письма
notifications-admin-help = Письма, которые не удалось отправить и после последней попытки, а также письма, которые не были отправлены, потому что SMTP-сервер не настроен. Устранив причину, отправьте письмо повторно.
notifications-admin-waiting =
    { $count ->
        [0] Писем, ожидающих отправки, нет.
        [one] { $count } письмо ожидает следующей попытки отправки.
        [few] { $count } письма ожидают следующей попытки отправки.
        [many] { $count } писем ожидают следующей попытки отправки.
       *[other] { $count } письма ожидают следующей попытки отправки.
    }
notifications-admin-none = Все письма отправлены.
notifications-admin-col-queued = Поставлено в очередь
notifications-admin-col-recipient = Кому
notifications-admin-col-subject = Тема
notifications-admin-col-reason = Причина неотправки
notifications-admin-col-actions = Действия
notifications-admin-never-sent = Не отправлено: SMTP-сервер не настроен.
notifications-admin-failed =
    { $count ->
        [one] Не отправлено после { $count } попытки:
        [few] Не отправлено после { $count } попыток:
        [many] Не отправлено после { $count } попыток:
       *[other] Не отправлено после { $count } попытки:
    }
notifications-admin-retry = Отправить повторно
notifications-admin-retried = Письмо на адрес { $recipient } будет отправлено повторно.

## The escalation board.
notifications-board-undelivered = Письма о постановке на контроль, которые не удалось доставить
notifications-board-undelivered-help = Приведённым ниже контактным лицам не удалось доставить письмо. Позвоните им.
notifications-board-undelivered-to = на адрес { $recipient }
notifications-board-undelivered-admin = Посмотреть недоставленные письма
