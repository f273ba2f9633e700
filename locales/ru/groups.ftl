# Группы пользователя и страница группы.

## Список групп пользователя

groups-title = Ваши группы
groups-heading = Ваши группы
groups-empty = Вы пока не включены ни в одну группу. Обратитесь к администратору системы с просьбой включить вас в состав делегации вашей стороны.
groups-found-a-group = Учредить группу

groups-composition-members = { $count ->
    [one] { $count } член
    [few] { $count } члена
   *[many] { $count } членов
}
groups-composition-observers = { $count ->
    [one] { $count } наблюдатель
    [few] { $count } наблюдателя
   *[many] { $count } наблюдателей
}
groups-composition-guests = { $count ->
    [one] { $count } гость
    [few] { $count } гостя
   *[many] { $count } гостей
}
groups-composition-separator = {", "}

## Страница группы

group-breadcrumbs = Навигационная цепочка
group-breadcrumb-groups = Группы
group-work-nav = Работа группы
group-nav-dashboard = Сводка
group-nav-roadmaps = Дорожные карты
group-nav-figures = Показатели
group-nav-agreements = Соглашения
group-nav-engagements = Контакты с властями

group-meetings-heading = Заседания
group-plan-meeting = Запланировать следующее заседание
group-meetings-hidden = Заседания доступны только делегациям и секретариату группы.
group-meetings-empty = Заседаний пока нет.
group-meetings-table = Заседания
group-meeting-column = Заседание
group-when-column = Время
group-where-column = Место
group-status-column = Статус
group-meeting-host = принимающая сторона: { $party }
group-meeting-viewer-time = { $time } по вашему времени

group-about-heading = О группе
group-code = Код
group-working-languages = Рабочие языки
group-secretariat-time-zone = Часовой пояс секретариата
group-rotation = Порядок ротации
group-quorum = Кворум
group-quorum-value = { $quorum } из { $members } { $members ->
    [one] члена
   *[other] членов
}
group-quorum-majority = { $quorum } из { $members } { $members ->
    [one] члена
   *[other] членов
} (более половины)
group-min-silence = Минимальный срок процедуры умолчания
group-min-silence-hours = { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[many] { $hours } часов
}
group-texts-link = Тексты на стадии переговоров
group-decisions-link = Решения
group-public-record-link = открытый реестр
group-journal-link = Журнал группы

group-parties-heading = Стороны и делегации
group-parties-table = Стороны и делегации
group-party-column = Сторона
group-standing-column = Статус
group-delegation-column = Делегация
group-no-one-placed = состав пока не определён
group-secretariat-heading = Секретариат
group-authorisations-heading = Заместители, уполномоченные фиксировать позиции
group-authorisation = { $party } ({ $name }): { $deputy } — полномочия предоставлены спецпредставителем ({ $envoy }) на срок до { $until }
