# Meetings: the agenda, attendance, minutes, decisions and calendars.

meetings-new = Новое совещание
meetings-create = Создать совещание
meetings-save = Сохранить совещание
meetings-cancel = Отмена
meetings-edit = Изменить совещание
meetings-edit-title = Изменение совещания «{ $title }»
meetings-created = Совещание «{ $title }» создано.
meetings-saved = Совещание «{ $title }» сохранено.
meetings-form-has-errors = Некоторые поля требуют внимания; введённые вами данные сохранены в форме.
meetings-conflict-heading = Кто-то другой изменил это совещание
meetings-conflict-text = Пока вы вносили изменения, совещание сохранил другой пользователь (текущая версия — { $version }). Сейчас сохранены следующие сведения:
meetings-conflict-kept = Ваши изменения остались в форме ниже; при сохранении они заменят версию, показанную выше.
meetings-conflict-discard = Отменить ваши изменения и посмотреть совещание в текущем виде.

meetings-when-label = Какие совещания показать
meetings-upcoming = Предстоящие
meetings-past = Прошедшие совещания
meetings-count = { $count ->
    [one] { $count } совещание
    [few] { $count } совещания
    [many] { $count } совещаний
   *[other] { $count } совещания
}
meetings-count-more = { $count ->
    [one] Более { $count } совещания
    [few] Более { $count } совещаний
    [many] Более { $count } совещаний
   *[other] Более { $count } совещания
}
meetings-none-upcoming = Запланированных совещаний нет.
meetings-none-past = Прошедших совещаний нет.
meetings-col-when = Дата и время
meetings-col-title = Название
meetings-col-place = Место
meetings-col-participants = Участники
meetings-col-minutes = Протокол
meetings-yours = Вы участвуете
meetings-online = Онлайн
meetings-place-none = Не указано
meetings-participant-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}

meetings-starts = Начало
meetings-ends = Окончание
meetings-ended = Завершено
meetings-time-zone = Часовой пояс указанного времени
meetings-time-zone-help = Время вводится в этом часовом поясе; каждый участник видит его в своём.
meetings-video-url = Ссылка на видеоконференцию
meetings-chair = Председатель
meetings-chair-help = ФИО и должность председательствующего на совещании.
meetings-chair-none = Не указан
meetings-participants-legend = Участвующие организации
meetings-title-missing = Введите название совещания.
meetings-starts-missing = Укажите время начала совещания.
meetings-ends-missing = Укажите время окончания совещания.
meetings-time-format = Введите дату и время в формате 2026-12-15 10:00.
meetings-time-skipped = Такого времени в этом часовом поясе нет — в этот момент переводят часы.
meetings-ends-before-start = Время окончания совещания должно быть позже времени начала.
meetings-too-long = Совещание может длиться не более семи дней.
meetings-video-url-invalid = Введите веб-адрес, начинающийся с https://.
meetings-participants-missing = Выберите хотя бы одну участвующую организацию.
meetings-participants-unknown = { $count ->
    [one] Нет действующей организации с кодом { $codes }.
    [few] Нет действующих организаций с кодами { $codes }.
    [many] Нет действующих организаций с кодами { $codes }.
   *[other] Нет действующих организаций с кодами { $codes }.
}

meetings-agenda = Повестка дня
meetings-agenda-help = Каждый пункт — в отдельной строке, в порядке рассмотрения на совещании. Чтобы удалить пункт, оставьте его строку пустой; если строк не хватает, сохраните совещание и откройте его для изменения ещё раз.
meetings-agenda-row-title = Пункт { $row }
meetings-agenda-presenter = Докладчик
meetings-agenda-presenter-none = Без докладчика
meetings-agenda-minutes = Продолжительность, мин
meetings-agenda-notes = Примечания
meetings-agenda-row-wrong = Пункт повестки дня { $row }: { $problem }
meetings-agenda-title-missing = введите его название.
meetings-agenda-minutes-invalid = продолжительность указывается числом от 1 до 600.
meetings-agenda-presenter-not-participant = { $code } не участвует в совещании.
meetings-agenda-too-long = { $max ->
    [one] В повестке дня может быть не более { $max } пункта.
    [few] В повестке дня может быть не более { $max } пунктов.
    [many] В повестке дня может быть не более { $max } пунктов.
   *[other] В повестке дня может быть не более { $max } пунктов.
}
meetings-agenda-empty = Повестка дня пока не составлена.
meetings-agenda-presented-by = докладчик: { $org }
meetings-agenda-planned = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}

meetings-local-time = В часовом поясе совещания
meetings-local-time-value = { $time } ({ $zone })
meetings-open-minutes = Протокол и решения
meetings-add-to-calendar = Добавить в мой календарь (.ics)
meetings-record-attendance = Отметить присутствие
meetings-back-to-meeting = Вернуться к совещанию
meetings-back-to-minutes = Вернуться к протоколу

meetings-participants-heading = Участники и присутствие
meetings-present-summary = Присутствовали организации: { $orgs } из { $total }, всего { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}.
meetings-attendance-not-recorded = Присутствие пока не отмечено.
meetings-col-organisation = Организация
meetings-col-attendance = Присутствие
meetings-col-people = Кто присутствовал
meetings-attendance-unrecorded = Не отмечено
meetings-attendance-present = Присутствует
meetings-attendance-absent = Отсутствует
meetings-attendance-excused = Отсутствует по уважительной причине
meetings-attendance-unknown = Выберите: присутствует, отсутствует или отсутствует по уважительной причине.
meetings-attendance-title = Отметка присутствия: { $title }
meetings-attendance-help = Для каждой организации укажите, присутствовала ли она и кто именно: отметьте её учётные записи или введите имена.
meetings-attendance-accounts = Учётные записи организации { $org }
meetings-attendance-people = Другие присутствовавшие
meetings-attendance-people-help = Каждый человек — в отдельной строке, в виде «ФИО, должность».
meetings-attendance-save = Сохранить сведения о присутствии
meetings-attendance-saved = Сведения о присутствии сохранены.
meetings-attendance-conflict = Пока вы работали, кто-то другой отметил присутствие. Введённые вами данные остались в форме; если сохранить их, они заменят сведения, внесённые другим пользователем.
meetings-attendance-absent-with-people = Организация { $org } отмечена как отсутствующая, но для неё указаны присутствовавшие.
meetings-attendee-wrong = { $org }: { $problem }
meetings-attendee-name-missing = В каждой строке перед запятой должно быть указано имя.
meetings-attendees-too-many = { $max ->
    [one] { $org }: не более { $max } человека.
    [few] { $org }: не более { $max } человек.
    [many] { $org }: не более { $max } человек.
   *[other] { $org }: не более { $max } человек.
}
meetings-attendee-account-unknown = Одна из отмеченных учётных записей не относится к участвующей организации.

meetings-carried-over = Перенесено с прошлых совещаний
meetings-carried-over-help = Невыполненные поручения по решениям прошлых совещаний с участием тех же организаций.
meetings-carried-over-none = С прошлых совещаний ничего не перенесено.
meetings-carried-over-more = { $count ->
    [one] Показано { $count } поручение с ближайшими сроками исполнения; остальные появятся по мере выполнения показанных.
    [few] Показаны { $count } поручения с ближайшими сроками исполнения; остальные появятся по мере выполнения показанных.
    [many] Показано { $count } поручений с ближайшими сроками исполнения; остальные появятся по мере выполнения показанных.
   *[other] Показано { $count } поручения с ближайшими сроками исполнения; остальные появятся по мере выполнения показанных.
}
meetings-col-item = Поручение
meetings-col-owed-by = Ответственные организации
meetings-col-due = Срок
meetings-col-status = Статус
meetings-col-decision = Решение
meetings-decision-of = Решение № { $number } совещания «{ $meeting }»
meetings-overdue = просрочено

meetings-minutes-title = Протокол: { $title }
meetings-minutes = Протокол
meetings-minutes-state-draft = Проект
meetings-minutes-state-circulated = Разослан для замечаний
meetings-minutes-state-approved = Утверждён
meetings-minutes-state-unknown = Выберите состояние протокола.
meetings-minutes-empty = Протокол пока не составлен.
meetings-minutes-edit = Изменить протокол
meetings-minutes-help = Markdown: **полужирный**, списки с «-», ссылки. Изображения и скрипты удаляются.
meetings-minutes-save = Сохранить протокол
meetings-minutes-saved = Протокол сохранён.
meetings-minutes-circulate = Разослать для замечаний
meetings-minutes-circulated = Протокол разослан: участники могут оставлять к нему комментарии.
meetings-minutes-approve = Утвердить протокол
meetings-minutes-approve-help = После утверждения протокол и его решения закрываются для изменений; исправления вносятся в виде дополнений.
meetings-minutes-approved = Протокол утверждён и закрыт для изменений.
meetings-minutes-locked = Этот протокол утверждён и закрыт для изменений; ничего не изменено. Исправление можно внести в виде дополнения.
meetings-minutes-stale = Пока вы работали, кто-то другой изменил протокол; ничего не сохранено. Введённый вами текст остался в редакторе под текущим текстом протокола.
meetings-draft-help = Проект, который ещё составляют координаторы; перед утверждением его рассылают участникам для замечаний.
meetings-circulated-help = Разослан для замечаний: участники могут оставить комментарии ниже, пока координатор не утвердит протокол.
meetings-approved-by = Утвердил(а) { $name }, { $time }.
meetings-approved-at = Дата утверждения: { $time }.
meetings-approved-locked = Протокол закрыт для изменений.
meetings-print = Версия для печати

meetings-decisions = Решения
meetings-decisions-none = Решения не внесены.
meetings-decision-number = Решение № { $number }
meetings-decision-new = Внести решение
meetings-decision-help = Согласованная формулировка в одном-двух предложениях (Markdown).
meetings-decision-record = Внести решение
meetings-decision-recorded = Решение № { $number } внесено.
meetings-decision-missing = Введите текст решения.
meetings-decision-make-item = Создать поручение по этому решению
meetings-decision-reword = Изменить формулировку решения
meetings-decision-save = Сохранить формулировку
meetings-decision-reworded = Формулировка решения № { $number } изменена.
meetings-progress = Выполнено: { $done } из { $total }
meetings-progress-overdue = Выполнено: { $done } из { $total }, просрочено: { $overdue }
meetings-progress-none = Поручений пока нет.

meetings-comments = Комментарии
meetings-comments-none = Комментариев нет.
meetings-comment-label = Ваш комментарий к протоколу
meetings-comment-add = Добавить комментарий
meetings-comment-added = Комментарий добавлен.
meetings-comment-missing = Введите комментарий.
meetings-comments-closed = Комментарии принимаются, только пока протокол разослан для замечаний; ничего не добавлено.
meetings-comments-after-circulation = Участники смогут оставлять комментарии после рассылки протокола.
meetings-comments-closed-approved = Протокол утверждён; приём комментариев закрыт.

meetings-addenda = Дополнения
meetings-addenda-none = Дополнений нет.
meetings-addendum-label = Добавить дополнение
meetings-addendum-help = Исправление к утверждённому протоколу; к нему добавляются дата и ваше имя.
meetings-addendum-add = Добавить дополнение
meetings-addendum-added = Дополнение добавлено.
meetings-addendum-missing = Введите текст дополнения.
meetings-addendum-before-approval = Дополнения вносят исправления в утверждённый протокол; этот протокол ещё не утверждён, поэтому просто измените его.
meetings-addendum-signed = Дополнение внёс(ла) { $name } ({ $org }), { $time }

meetings-print-help = Воспользуйтесь командой печати в браузере; документ рассчитан на формат A4.
meetings-print-chair = Председатель: { $chair }
meetings-print-printed = Дата печати: { $date }.

meetings-ics-local-times = { $starts } – { $ends } ({ $zone })
meetings-ics-chair = Председатель: { $chair }
meetings-ics-video = Ссылка на видеоконференцию: { $url }
meetings-feed-name = Совещания Liaison
meetings-feed-heading = Подписка на календарь
meetings-feed-help = Личный адрес, на который может подписаться ваше приложение-календарь: в нём все совещания, которые вам доступны. Любой, у кого есть этот адрес, может видеть ваши совещания, поэтому никому его не сообщайте.
meetings-feed-new = Ваш новый адрес подписки на календарь
meetings-feed-url = Адрес подписки
meetings-feed-shown-once = Скопируйте его сейчас: он показывается только один раз. Если создать новый адрес, этот перестанет действовать.
meetings-feed-made-at = У вас есть адрес подписки, созданный { $time }.
meetings-feed-none = У вас нет адреса подписки.
meetings-feed-make = Создать адрес подписки
meetings-feed-replace = Создать новый адрес (старый перестанет действовать)
meetings-feed-revoke = Отозвать адрес
meetings-feed-revoked = Ваш адрес подписки на календарь больше не действует.

meetings-dashboard-next = Ближайшее совещание:
meetings-dashboard-none = Совещаний не запланировано.
meetings-dashboard-overdue-heading = Решения с просроченными поручениями
meetings-dashboard-overdue-count = { $count ->
    [one] { $count } просроченное поручение
    [few] { $count } просроченных поручения
    [many] { $count } просроченных поручений
   *[other] { $count } просроченного поручения
}
