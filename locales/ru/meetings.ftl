# Страница заседания и форма его планирования.

meetings-breadcrumbs = Навигационная цепочка
meetings-breadcrumb-new = Новое заседание

## Наименование заседания. $ordinal — его порядковый номер среди заседаний группы этого формата.

meetings-name-envoys = { $ordinal }-е заседание
meetings-name-senior-officials = { $ordinal }-е заседание на уровне старших должностных лиц
meetings-name-experts = { $ordinal }-е заседание на уровне экспертов
meetings-name-ministers = { $ordinal }-е заседание на уровне министров
meetings-name-extraordinary = { $ordinal }-е внеочередное заседание

## Страница заседания

meetings-heading = { $group }: { $meeting }
meetings-notice-planned = Заседание запланировано.
meetings-notice-saved = Изменения сохранены.
meetings-notice-agenda = Повестка дня обновлена.
meetings-notice-attendance = Состав участников обновлён.
meetings-notice-status = Статус заседания изменён.

meetings-details = Сведения о заседании
meetings-format = Формат
meetings-host = Принимающая сторона
meetings-chair = Председатель
meetings-starts = Начало
meetings-ends = Окончание
meetings-venue-time-zone = Часовой пояс места проведения
meetings-invited-guests = Приглашённые гости
meetings-your-time = { $when } по вашему времени
meetings-add-to-calendar = Добавить в мой календарь (.ics)

meetings-convene = Открыть заседание
meetings-convene-confirm = Отметить, что заседание открыто?
meetings-conclude = Закрыть заседание
meetings-conclude-confirm = Отметить, что заседание завершено? После этого его повестка дня и сведения о нём переходят в архив.
meetings-cancel = Отменить заседание
meetings-cancel-confirm = Отменить это заседание?
meetings-plan-again = Запланировать
meetings-plan-again-confirm = Запланировать заседание?

meetings-attendance = Состав участников
meetings-attendance-empty = Участники не внесены.
meetings-party = Сторона
meetings-person = Участник
meetings-person-title = Должность
meetings-actions = Действия
meetings-attendance-remove-confirm = Исключить { $name } из состава участников?
meetings-remove = Удалить
meetings-record-attendance = Внести участника
meetings-person-name = Фамилия, имя
meetings-record = Внести

meetings-agenda = Повестка дня
meetings-agenda-empty = Повестка дня пуста.
meetings-agenda-move-up = Переместить выше
meetings-agenda-move-down = Переместить ниже
meetings-agenda-remove-confirm = Исключить пункт «{ $title }» из повестки дня?
meetings-edit = Изменить
meetings-agenda-edit-label = Изменить пункт { $number } повестки дня
meetings-agenda-title = Название
meetings-agenda-description = Описание
meetings-save = Сохранить
meetings-agenda-add = Добавить пункт повестки дня
meetings-agenda-add-button = Добавить пункт

meetings-change = Изменить время, место, принимающую сторону или председателя
meetings-edit-label = Изменение сведений о заседании
meetings-city = Город
meetings-venue = Место проведения
meetings-starts-venue-time = Начало (по местному времени)
meetings-ends-venue-time = Окончание (по местному времени)
meetings-save-changes = Сохранить изменения

## Планирование заседания

meetings-plan-title = Планирование заседания
meetings-plan-heading = Планирование заседания: { $group }
meetings-plan-lede = Принимающая сторона и председатель определяются в порядке ротации, если вы не выберете иное. Время указывается местное, по месту проведения.
meetings-next-in-rotation = Следующая по ротации сторона: { $party }.
meetings-chair-is-host = Принимающая сторона
meetings-time-zone-hint = Наименование по базе IANA, например Asia/Bishkek или Europe/Vienna.
meetings-invited-guest-parties = Приглашённые стороны-гости
meetings-guests-hint = Коды через запятую; стороны-гости группы: { $parties }.
meetings-plan-button = Запланировать заседание
meetings-plan-cancel = Отмена
