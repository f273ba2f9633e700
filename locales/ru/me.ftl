# Личная страница: места в группах, часовой пояс, календарь, сеансы, API-токены, пароль и
# (для спецпредставителей) наделение заместителя полномочиями.

me-title = Профиль
me-lede = Вы вошли как { $username }. Уровень допуска: { $clearance }.
me-notice-time-zone = Часовой пояс сохранён.
me-notice-authorised = Заместитель наделён полномочиями.
me-notice-password = Пароль изменён. Другие ваши сеансы и все ваши API-токены прекращены.
me-notice-session-ended = Сеанс завершён.
me-notice-token-revoked = API-токен отозван.
me-notice-calendar = Новый адрес календаря создан.
me-never = никогда

me-seats-heading = Ваши места в группах
me-seats-empty = Вы не занимаете места ни в одной группе.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }, сторона { $party }

me-time-zone-heading = Часовой пояс
me-time-zone-intro = Время указывается по часовому поясу места проведения и по вашему.
me-time-zone-form = Часовой пояс
me-time-zone-label = Ваш часовой пояс
me-time-zone-hint = Название по базе IANA, например Asia/Almaty или Europe/Moscow.
me-time-zone-save = Сохранить

me-calendar-heading = Календарь
me-calendar-intro = Личный адрес, на который можно подписаться в программе-календаре; в нём перечислены все заседания, доступные вам.
me-calendar-new-address = Новый адрес календаря (показывается один раз): { $url }
me-calendar-form = Календарь
me-calendar-confirm = Новый адрес заменит прежний. Продолжить?
me-calendar-renew = Создать новый адрес календаря

me-actions = Действия
me-sessions-heading = Активные сеансы
me-sessions-intro = Все браузеры, в которых вы выполнили вход. Завершите сеансы, которые вам неизвестны; при смене пароля завершаются все сеансы, кроме текущего.
me-sessions-table = Активные сеансы
me-sessions-signed-in = Вход выполнен
me-sessions-last-seen = Последняя активность
me-sessions-expires = Действует до
me-sessions-this = текущий сеанс
me-sessions-confirm-this = Выйти в этом браузере?
me-sessions-sign-out = Завершить

me-tokens-heading = API-токены
me-tokens-empty = У вас нет API-токенов. Программы получают их через { $route }.
me-tokens-intro = Программы, действующие от вашего имени. Отозванный токен сразу перестаёт действовать.
me-tokens-table = API-токены
me-tokens-name = Название
me-tokens-created = Создан
me-tokens-last-used = Последнее использование
me-tokens-expires = Действует до
me-tokens-confirm-revoke = Отозвать токен «{ $name }»? Программы, которые его используют, перестанут работать.
me-tokens-revoke = Отозвать

me-password-heading = Смена пароля
me-password-intro = При смене пароля другие ваши сеансы и все ваши API-токены прекращаются; текущий сеанс сохраняется.
me-password-form = Смена пароля
me-password-current = Текущий пароль
me-password-new = Новый пароль
me-password-hint = Не менее 12 символов, трудный для подбора: хорошо подходят несколько редких слов. Не составляйте его из имени пользователя или своего имени.
me-password-submit = Сменить пароль

me-authorise-heading = Наделение заместителя полномочиями
me-authorise-intro = Заместитель сможет фиксировать позиции вашей стороны до указанного вами времени. Предоставление полномочий заносится в журнал.
me-authorise-form = Наделение заместителя полномочиями
me-authorise-group = Группа
me-authorise-deputy = Имя пользователя заместителя
me-authorise-until = До (по вашему времени, { $zone })
me-authorise-submit = Предоставить полномочия

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Почта
me-mail-intro = Majlis сообщает вам по почте о том, что требует ответа вашей стороны, и о принятых решениях. В письме о материалах выше грифа «несекретно» указываются только номер, название и ссылка, но не текст.
me-mail-form = Настройки почты
me-mail-email = Ваш адрес электронной почты
me-mail-email-hint = Оставьте поле пустым, чтобы не получать писем.
me-mail-tell-me = Сообщать мне
me-mail-asked = когда у моей стороны запрашивают позицию или открывается процедура умолчания
me-mail-deadline = за день до срока, если моя сторона еще не ответила
me-mail-adopted = когда принимается решение
me-mail-digest = Вместо отдельных писем присылать одну сводку каждое утро
me-mail-save = Сохранить настройки почты
me-notice-mail = Настройки почты сохранены.
