# Реестр соглашений и записи о контактах с властями (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Навигационная цепочка

## Соглашения

followup-agreements-title = Соглашения: { $group }
followup-agreements-breadcrumb = Соглашения
followup-agreements-heading = Соглашения сторон группы «{ $group }»
followup-agreements-lede = Соглашения, подписанные сторонами с партнёрами, каждое — со ссылкой на источник. Итоги приводятся по каждой стороне и валюте на основе доступных вам соглашений; суммы в разных валютах не складываются.
followup-totals-heading = Итоги
followup-agreements-none = Доступных вам соглашений нет.
followup-column-party = Сторона
followup-column-agreements = Соглашения
followup-column-value = Сумма
followup-no-value = сумма не указана
followup-registry-heading = Реестр
followup-registry-label = Соглашения
followup-column-agreement = Соглашение
followup-column-parties = Стороны
followup-column-track = Сфера сотрудничества
followup-column-signed = Подписано
followup-column-count = Количество
followup-column-status = Статус
followup-column-source = Источник
followup-column-distribution = Рассылка
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = подписано
followup-agreement-status-in-force = вступило в силу
followup-agreement-status-implemented = выполнено
followup-agreement-status-stalled = выполнение приостановлено
followup-agreement-status-terminated = прекращено

followup-agreement-record-heading = Зарегистрировать соглашение
followup-field-title = Название
followup-field-party = Сторона
followup-field-counterpart-code = Партнёр (код)
followup-field-track = Сфера сотрудничества
followup-field-signed-on = Дата подписания
followup-field-place = Место
followup-field-count = Количество соглашений, которое охватывает эта запись
followup-count-not-whole = должно быть целым числом
followup-field-value = Сумма
followup-field-value-help = В целых единицах валюты, например 2500000000; если сумма не объявлялась, оставьте поле пустым.
followup-field-currency = Валюта (код ISO 4217)
followup-field-status = Статус
followup-field-source = Источник
followup-field-source-link = Ссылка на источник
followup-field-who-sees-it = Кому доступно
followup-sees-group = Всей группе
followup-sees-members = Только членам группы
followup-sees-national = Только моей делегации
followup-sees-public = Всем
followup-agreement-record-button = Зарегистрировать соглашение

## Контакты с властями

followup-engagements-title = Контакты с властями: { $group }
followup-engagements-breadcrumb = Контакты с властями
followup-engagements-heading = Контакты с властями
followup-engagements-lede = Записи каждой стороны о её контактах с властями партнёра. Запись доступна только внесшей её делегации, пока спецпредставитель этой стороны не расширит круг адресатов.
followup-engagements-records-heading = Доступные вам записи
followup-engagements-none = Доступных вам записей нет.
followup-engagement-heading = { $party } — { $counterpart }, { $place }, { $date }
followup-engagement-level = Уровень
followup-engagement-tracks = Сферы сотрудничества
followup-engagement-summary = Краткое содержание
followup-engagement-follow-up = Последующие действия
followup-widen-confirm = Расширить круг лиц, которым доступна эта запись? Отменить это действие будет невозможно.
followup-widen-label = Открыть доступ
followup-widen-members = членам группы
followup-widen-group = всей группе
followup-widen-public = всем
followup-widen-button = Расширить доступ
followup-engagement-record-heading = Зарегистрировать контакт стороны { $party }
followup-engagement-form-label = Зарегистрировать контакт
followup-field-date = Дата
followup-engagement-place-default = Кабул
followup-engagement-level-example = Спецпредставитель
followup-field-counterpart = Орган власти
followup-engagement-counterpart-example = Министерство торговли и промышленности
followup-engagement-sees-members = Членам группы
followup-engagement-sees-group = Всей группе
followup-engagement-record-button = Зарегистрировать
