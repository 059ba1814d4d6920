# Account: the signed-in user's own account (/account and /account/password).

account-title = Ваша учётная запись
account-profile = Профиль
account-name = Имя
account-email = Электронная почта
account-organisation = Организация
account-change-password = Изменить пароль

account-language = Язык
account-language-label = Язык портала
account-language-browser = Язык браузера
account-language-help = Если язык не выбран, используется язык, который запрашивает ваш браузер. Имена, примечания и всё, что вводили пользователи, остаются в том виде, в каком были написаны.
account-language-save = Сохранить язык
account-language-saved = Язык портала изменён: { $language }.
account-language-browser-saved = Теперь портал отображается на языке вашего браузера.

account-time-zone = Часовой пояс
account-time-zone-label = Показывать время в часовом поясе
account-time-zone-save = Сохранить часовой пояс
account-time-zone-saved = Теперь время указывается в часовом поясе { $zone }.

account-sessions = Активные сеансы
account-sessions-help = Все браузеры, в которых выполнен вход в вашу учётную запись. Завершите сеансы, которые вам незнакомы, а затем измените пароль.
account-sessions-label = Ваши сеансы
account-session-signed-in = Время входа
account-session-last-active = Последняя активность
account-session-from = Откуда
account-session-browser = Браузер
account-session-action = Действие
account-session-unknown = неизвестно
account-session-sign-out-this = Выйти (этот браузер)
account-session-sign-out = Завершить сеанс
account-session-signed-out = Сеанс завершён.

account-password-title = Изменение пароля
account-password-forced = Администратор установил для вашей учётной записи временный пароль. Чтобы продолжить, задайте собственный пароль.
account-password-help = Используйте не менее 12 символов. Несколько не связанных между собой слов дают надёжный и легко запоминающийся пароль. После смены пароля все остальные сеансы вашей учётной записи будут завершены.
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-confirm-password = Новый пароль ещё раз
account-password-submit = Изменить пароль
account-passwords-differ = Новые пароли не совпадают; введите один и тот же пароль дважды.
account-password-unchanged = Выберите пароль, отличный от текущего.
account-current-password-missing = Введите текущий пароль.
account-current-password-wrong = Текущий пароль введён неверно.
account-password-changed = Пароль изменён. Все остальные сеансы вашей учётной записи завершены.

## Второй фактор
account-mfa-heading = Второй фактор
account-mfa-on = При входе, помимо пароля, запрашивается код из вашего приложения-аутентификатора.
account-mfa-off = При входе запрашивается только пароль. Добавьте код из приложения-аутентификатора, чтобы украденного пароля было недостаточно.
account-mfa-manage = Второй фактор и резервные коды
account-mfa-set-up = Настроить второй фактор
account-mfa-title = Второй фактор
account-mfa-required = На этом портале для вашей учётной записи требуется второй фактор. Чтобы продолжить, настройте его сейчас.
account-mfa-intro = Вам понадобится приложение-аутентификатор на телефоне, например FreeOTP, Aegis, Google Authenticator или Microsoft Authenticator.
account-mfa-step-scan = В приложении добавьте учётную запись и отсканируйте этот QR-код.
account-mfa-step-type = Или, если отсканировать код не удаётся, введите в приложение этот ключ (на основе времени, шесть цифр):
account-mfa-step-confirm = Введите шестизначный код, который приложение сейчас показывает для Liaison.
account-mfa-qr-label = QR-код для добавления вашей учётной записи Liaison в приложение-аутентификатор
account-mfa-code-label = Код из приложения
account-mfa-confirm-submit = Включить второй фактор
account-mfa-code-missing = Введите код, который показывает приложение.
account-mfa-code-wrong = Код неверен или уже был использован. Введите код, который приложение показывает сейчас.
account-mfa-codes-heading = Ваши резервные коды
account-mfa-codes-intro = Второй фактор включён. Эти десять резервных кодов показываются только один раз — сейчас.
account-mfa-codes-keep = Каждый код позволяет один раз войти без телефона. Распечатайте коды или сохраните их в менеджере паролей — отдельно от телефона.
account-mfa-codes-done = Я сохранил(а) резервные коды
account-mfa-enrolled-since = Второй фактор включён с { $date }.
account-mfa-codes-left = Не использовано резервных кодов: { $left } из { $total }.
account-mfa-renew-heading = Новые резервные коды
account-mfa-renew-help = Новый набор заменяет прежний: старые коды перестают действовать. Для подтверждения введите код из приложения.
account-mfa-renew-submit = Получить новые резервные коды
account-mfa-lost-phone = Сменили или потеряли телефон? Администратор может сбросить ваш второй фактор; затем при следующем входе вы настроите его заново.
