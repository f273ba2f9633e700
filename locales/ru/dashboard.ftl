# Сводная панель группы (templates/dashboard.html, src/http/pages/dashboard.rs).

dashboard-title = Сводная панель: { $group }
dashboard-breadcrumbs = Навигационная цепочка
dashboard-breadcrumb = Сводная панель
dashboard-heading = Сводная панель: { $group }
dashboard-lede = По состоянию на { $today }; учтены только доступные вам материалы.

dashboard-overdue-heading = Просроченные направления работы
dashboard-overdue-none = Просроченных направлений работы нет.
dashboard-overdue = просрочено
dashboard-line-facts = срок: { $due }; ведущие стороны: { $leads }; { $status }; выполнено на { $progress } %

dashboard-soon-heading = Направления работы со сроком в ближайшие 90 дней
dashboard-soon-none = Сроков по направлениям работы в ближайшие 90 дней нет.

dashboard-procedures-heading = Открытые процедуры
dashboard-procedures-none = Открытых процедур нет.
dashboard-column-text = Текст
dashboard-column-procedure = Процедура
dashboard-column-deadline = Срок (по вашему времени)
dashboard-column-your-party = Ваша сторона
dashboard-asked-to-answer = требуется ответ

dashboard-figures-heading = Последние значения показателей
dashboard-no-indicators = Показатели пока не заведены.
dashboard-no-figure = доступных вам значений пока нет
dashboard-chart-alt = График показателя «{ $name }»: все значения по источникам во времени; на странице показателя те же данные приведены в таблицах.

dashboard-targets-heading = Целевые значения
dashboard-no-targets = Целевые значения не установлены.
dashboard-target-progress-label = Ход достижения целевого значения для { $pair }
dashboard-no-whole-year = значения за полный год пока нет
dashboard-growth-needed = требуется ежегодный рост на { $percent }
