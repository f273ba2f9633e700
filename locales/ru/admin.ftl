# Страница администратора: учётные записи, учреждение групп, включение в делегации.

admin-title = Администрирование
admin-heading = Администрирование
admin-lede = Учётные записи, группы и делегации данной системы. Администратор не видит работы групп, если сам не включён в состав делегации.
admin-notice-user = Учётная запись создана.
admin-notice-group = Группа учреждена.
admin-notice-placed = Пользователь включён в группу.
admin-notice-disabled = Учётная запись заблокирована.
admin-notice-password = Пароль установлен. Все сеансы и API-токены этого пользователя прекращены.

admin-username = Имя пользователя
admin-clearance = Уровень допуска

admin-create-account-heading = Создание учётной записи
admin-username-hint = Строчными латинскими буквами, например kz.envoy
admin-full-name = Полное имя
admin-initial-password = Начальный пароль
admin-initial-password-hint = Не менее 12 символов, трудный для подбора.
admin-time-zone = Часовой пояс
admin-create-account-submit = Создать учётную запись

admin-place-heading = Включение пользователя в группу
admin-place-no-group = Сначала учредите группу.
admin-place-group = Группа
admin-place-party = Код стороны
admin-place-party-hint = Оставьте пустым для секретариата.
admin-place-role = Роль
admin-place-title = Должность
admin-place-submit = Включить

admin-set-password-heading = Установка пароля
admin-set-password-intro = Для пользователя, который утратил пароль или чей пароль мог стать известен другим. Все сеансы и API-токены этого пользователя немедленно прекращаются.
admin-set-password-account = Учётная запись
admin-set-password-new = Новый пароль
admin-set-password-hint = Не менее 12 символов, трудный для подбора; не составляйте его из имени пользователя или имени владельца.
admin-set-password-submit = Установить пароль

admin-found-group-heading = Учреждение группы
admin-group-code = Код
admin-group-code-hint = Используется в условных обозначениях документов, например CGA.
admin-group-name = Название
admin-group-languages = Рабочие языки
admin-group-languages-hint = Через запятую, например: русский, английский.
admin-group-time-zone = Часовой пояс секретариата
admin-group-parties = Стороны
admin-group-parties-hint = По одной в строке: код, название, статус (member — член, observer — наблюдатель, guest — гость). Например: { $example }
admin-group-rotation = Порядок ротации
admin-group-rotation-hint = Коды членов в порядке очерёдности принятия заседаний, через запятую.
admin-group-quorum = Кворум
admin-group-quorum-hint = Оставьте пустым, чтобы кворум составлял более половины членов.
admin-group-min-silence = Минимальный срок процедуры умолчания (в часах)
admin-found-group-submit = Учредить группу

admin-accounts-heading = Учётные записи
admin-accounts-name = Имя
admin-accounts-state = Состояние
admin-accounts-actions = Действия
admin-accounts-administrator = администратор
admin-accounts-disabled = заблокирована
admin-accounts-active = действует
admin-accounts-confirm-disable = Заблокировать { $username }? Все сеансы пользователя будут немедленно прекращены.
admin-accounts-disable = Заблокировать
