# The audit log page (/audit), for coordinators, observers and administrators.

audit-title = Журнал аудита
audit-intro = Все изменения в Liaison, сначала новые. Записи нельзя изменить или удалить.
audit-filters = Фильтры
audit-actor = Пользователь (эл. почта)
audit-organisation = Организация
audit-action = Действие
# The first option of a filter: no filtering.
audit-all = Все
audit-from = Дата с
audit-to = Дата по (включительно)
audit-filter = Применить
audit-clear-filters = Сбросить фильтры
audit-table-label = События журнала аудита
audit-when = Когда
audit-who = Кто
audit-what = Что
# The column with the IP address the change came from.
audit-ip = IP-адрес
# The actor of an event with no signed-in person (a failed sign-in, the command line).
audit-system = система
audit-empty = Нет записей, соответствующих этим фильтрам.

# Problems with the filters
audit-from-invalid = Начальная дата должна быть в формате 2026-11-28.
audit-to-invalid = Конечная дата должна быть в формате 2026-11-28.
audit-org-unknown = Выберите организацию из списка.
audit-action-unknown = Выберите действие из списка.

# The kinds of event, in the action filter and the table
audit-action-sign-in = Вход в систему
audit-action-sign-in-failed = Неудачная попытка входа
audit-action-second-factor-failed = Код второго фактора отклонён
audit-action-recovery-code-used = Резервный код использован
audit-action-second-factor-enrolled = Второй фактор настроен
audit-action-recovery-codes-issued = Резервные коды выданы
audit-action-second-factor-reset = Второй фактор сброшен
audit-action-sign-out = Выход из системы
audit-action-password-changed = Пароль изменён
audit-action-password-change-failed = Неудачная попытка смены пароля
audit-action-session-revoked = Сеанс завершён
audit-action-time-zone-changed = Часовой пояс изменён
audit-action-language-changed = Язык изменён
audit-action-organisation-created = Организация создана
audit-action-organisation-updated = Организация изменена
audit-action-organisation-deactivated = Организация отключена
audit-action-organisation-activated = Организация включена
audit-action-user-created = Учётная запись создана
audit-action-user-updated = Учётная запись изменена
audit-action-user-deactivated = Учётная запись отключена
audit-action-user-activated = Учётная запись включена
audit-action-user-password-reset = Пароль сброшен администратором
audit-action-action-item-created = Поручение создано
audit-action-action-item-updated = Поручение изменено
audit-action-action-item-status-changed = Статус поручения изменён
audit-action-action-item-commented = Комментарий к поручению
audit-action-contact-created = Контактное лицо добавлено
audit-action-contact-updated = Контактное лицо изменено
audit-action-contact-verified = Контактное лицо подтверждено
audit-action-contact-deleted = Контактное лицо удалено
audit-action-contact-absence-added = Отсутствие контактного лица добавлено
audit-action-contact-absence-removed = Отсутствие контактного лица удалено
audit-action-duty-shift-added = Смена в графике дежурств добавлена
audit-action-duty-shift-removed = Смена в графике дежурств удалена
audit-action-rescue-request-filed = Запрос на освобождение подан
audit-action-rescue-request-viewed = Просмотр персональных данных запроса на освобождение
audit-action-rescue-request-updated = Запрос на освобождение изменён
audit-action-rescue-request-status-changed = Статус запроса на освобождение изменён
audit-action-rescue-request-noted = Примечание к запросу на освобождение
audit-action-rescue-request-assigned = Назначен исполнитель по запросу на освобождение
audit-action-rescue-requests-exported = Запросы на освобождение выгружены
audit-action-rescue-operation-created = Операция по освобождению создана
audit-action-rescue-operation-changed = Состав запросов операции по освобождению изменён
audit-action-rescue-area-created = Район поиска добавлен
audit-action-rescue-area-changed = Район поиска изменён
audit-action-referral-filed = Уведомление с границы направлено
audit-action-referral-viewed = Просмотр персональных данных лица из уведомления с границы
audit-action-referral-updated = Уведомление с границы исправлено
audit-action-referral-call-logged = Попытка звонка зарегистрирована
audit-action-referral-acknowledged = Получение уведомления с границы подтверждено
audit-action-referral-outcome-recorded = Итог по уведомлению внесён
audit-action-referral-closed = Уведомление с границы закрыто
audit-action-referral-flagged = Повторное оповещение по уведомлению: срок истёк
audit-action-referral-escalated = Уведомление поставлено на контроль координаторов
audit-action-referral-estimate-passed = Указанное посольством время истекло
audit-action-referral-policy-changed = Сроки подтверждения уведомлений изменены
audit-action-referral-checkpoint-created = Пункт пропуска добавлен
audit-action-referral-checkpoint-changed = Пункт пропуска изменён
audit-action-meeting-created = Совещание создано
audit-action-meeting-updated = Совещание изменено
audit-action-meeting-attendance-recorded = Присутствие отмечено
audit-action-minutes-saved = Протокол сохранён
audit-action-minutes-circulated = Протокол разослан для замечаний
audit-action-minutes-approved = Протокол утверждён
audit-action-minutes-commented = Комментарий к протоколу
audit-action-minutes-addendum-added = Дополнение к протоколу
audit-action-decision-recorded = Решение внесено
audit-action-decision-reworded = Формулировка решения изменена
audit-action-calendar-feed-made = Адрес подписки на календарь создан
audit-action-calendar-feed-revoked = Адрес подписки на календарь отозван
audit-action-notifications-read = Оповещения отмечены как прочитанные
audit-action-notification-preferences-changed = Настройки оповещений изменены
audit-action-action-item-followed = Включено отслеживание поручения
audit-action-action-item-unfollowed = Отслеживание поручения прекращено
audit-action-email-sent = Письмо отправлено
audit-action-email-failed = Письмо не отправлено
audit-action-email-retried = Письмо повторно поставлено в очередь

## Цепочка хешей
audit-chain-heading = Целостность журнала
audit-chain-verified = Целостность всех событий до события № { $event } включительно подтверждена; проверка: { $when }.
audit-chain-not-checked = Цепочка хешей ещё не проверялась; портал проверяет новые события раз в несколько минут.
audit-chain-broken = Цепочка хешей нарушена на событии № { $event }: событие было изменено или удалено в обход портала.
audit-chain-found-at = Обнаружено: { $when }.
audit-chain-full-check = Последняя проверка всего журнала командой «liaison audit verify»: { $when }.
audit-chain-no-full-check = Весь журнал ни разу не проверялся командой «liaison audit verify».
