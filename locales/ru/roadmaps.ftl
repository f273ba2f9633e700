# Дорожные карты и направления работы (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Навигационная цепочка
roadmaps-breadcrumb = Дорожные карты

## Статус направления работы по последнему отчёту

roadmaps-status-not-started = не начато
roadmaps-status-in-progress = выполняется
roadmaps-status-done = выполнено
roadmaps-status-delayed = с задержкой
roadmaps-status-cancelled = отменено

## После отправки формы

roadmaps-notice-roadmap = Дорожная карта зарегистрирована.
roadmaps-notice-line = Направление работы добавлено.
roadmaps-notice-report = Ваш отчёт зарегистрирован.

## Дорожные карты группы

roadmaps-list-title = Дорожные карты: { $group }
roadmaps-list-heading = Дорожные карты: { $group }
roadmaps-list-lede = Планы, выполнение которых обеспечивает группа, и доступные вам направления работы.
roadmaps-list-none = Дорожные карты пока не зарегистрированы.
roadmaps-column-roadmap = Дорожная карта
roadmaps-column-from = С
roadmaps-column-to = По
roadmaps-column-adopted-by = Утверждена решением
roadmaps-column-lines = Направления работы
roadmaps-column-overdue = Просрочено
roadmaps-no-decision = решение не указано
roadmaps-overdue-count = просрочено: { $count }
roadmaps-record-heading = Зарегистрировать дорожную карту
roadmaps-field-title = Название
roadmaps-field-starts-on = Дата начала
roadmaps-field-ends-on = Дата окончания
roadmaps-field-decision = Утверждена решением
roadmaps-field-decision-none = не указано
roadmaps-record-button = Зарегистрировать дорожную карту

## Дорожная карта

roadmaps-roadmap-lede = Дорожная карта группы «{ $group }» на период с { $from } по { $to }
roadmaps-roadmap-lede-adopted = Дорожная карта группы «{ $group }» на период с { $from } по { $to } · утверждена решением { $decision }
roadmaps-lines-heading = Направления работы
roadmaps-lines-none = Доступных вам направлений работы нет.
roadmaps-column-line = Направление работы
roadmaps-column-track = Сфера сотрудничества
roadmaps-column-led-by = Ведущие стороны
roadmaps-column-due = Срок
roadmaps-column-status = Статус
roadmaps-column-progress = Ход выполнения
roadmaps-overdue = просрочено
roadmaps-line-progress-label = Ход выполнения: { $line }
roadmaps-add-line-heading = Добавить направление работы
roadmaps-field-leads-hint = Коды сторон через запятую, например: KG, TJ.
roadmaps-field-participants = Участвующие стороны
roadmaps-field-participants-hint = Другие стороны через запятую.
roadmaps-field-due-on = Срок выполнения
roadmaps-field-deliverable = Ожидаемый результат
roadmaps-field-distribution = Рассылка
roadmaps-field-distribution-hint = Все стороны, участвующие в направлении работы, должны иметь к нему доступ.
roadmaps-field-listed = Указанные стороны
roadmaps-field-listed-hint = Для рассылки указанным сторонам: коды сторон через запятую, включая сторону председателя.
roadmaps-field-classification = Уровень секретности
roadmaps-add-line-button = Добавить направление работы

## Направление работы

roadmaps-progress-done = выполнено на { $progress } %
roadmaps-line-heading = Направление работы
roadmaps-no-other-party = других сторон нет
roadmaps-line-starts = Начало
roadmaps-report-heading = Отчёт о ходе выполнения
roadmaps-field-party = От имени стороны
roadmaps-field-party-hint = Ваша сторона — { $party }.
roadmaps-field-progress = Ход выполнения (в процентах)
roadmaps-report-button = Зарегистрировать отчёт
roadmaps-reports-heading = Отчёты о ходе выполнения
roadmaps-reports-none = Отчётов сторон по этому направлению работы пока нет.
roadmaps-column-as-of = По состоянию на
roadmaps-column-party = Сторона
roadmaps-column-summary = Краткое содержание
roadmaps-column-recorded-by = Кем зарегистрирован
