# Колдонуучунун топтору жана топтун барагы.

## Колдонуучунун топторунун тизмеси

groups-title = Сиздин топторуңуз
groups-heading = Сиздин топторуңуз
groups-empty = Сиз азырынча эч бир топко киргизиле элексиз. Тарабыңыздын делегациясынын курамына киргизүү үчүн системанын администраторуна кайрылыңыз.
groups-found-a-group = Топ түзүү

# Топтун тараптары статусу боюнча, мисалы, "4 мүчө, 1 байкоочу": ар бир бөлүк төмөнкүлөрдүн бири,
# groups-composition-separator аркылуу бириктирилет.
groups-composition-members = { $count ->
    [one] { $count } мүчө
   *[other] { $count } мүчө
}
groups-composition-observers = { $count ->
    [one] { $count } байкоочу
   *[other] { $count } байкоочу
}
groups-composition-guests = { $count ->
    [one] { $count } конок
   *[other] { $count } конок
}
groups-composition-separator = {", "}

## Топтун барагы

group-breadcrumbs = Навигация чынжыры
group-breadcrumb-groups = Топтор
group-work-nav = Топтун иши
group-nav-dashboard = Жыйынтык маалымат
group-nav-roadmaps = Жол карталары
group-nav-figures = Көрсөткүчтөр
group-nav-agreements = Макулдашуулар
group-nav-engagements = Бийлик органдары менен байланыштар

group-meetings-heading = Жыйындар
group-plan-meeting = Кийинки жыйынды пландаштыруу
group-meetings-hidden = Жыйындарды топтун делегациялары жана катчылыгы гана көрө алат.
group-meetings-empty = Азырынча жыйындар жок.
group-meetings-table = Жыйындар
group-meeting-column = Жыйын
group-when-column = Убактысы
group-where-column = Орду
group-status-column = Абалы
# $party: жыйынды кабыл алуучу тараптын аталышы.
group-meeting-host = кабыл алуучу тарап: { $party }
# $time: жыйындын башталышы окурмандын өз убактысы боюнча.
group-meeting-viewer-time = сиздин убактыңыз боюнча { $time }

group-about-heading = Топ жөнүндө
group-code = Коду
group-working-languages = Иш тилдери
group-secretariat-time-zone = Катчылыктын убакыт алкагы
group-rotation = Ротация тартиби
group-quorum = Кворум
group-quorum-value = { $members ->
    [one] { $members } мүчөдөн
   *[other] { $members } мүчөдөн
    } { $quorum }
# Топ кворумду белгилебеген учур: мүчөлөрдүн жарымынан көбү.
group-quorum-majority = { $members ->
    [one] { $members } мүчөдөн
   *[other] { $members } мүчөдөн
    } { $quorum } (жарымынан көбү)
group-min-silence = Унчукпоо жол-жобосунун эң кыска мөөнөтү
group-min-silence-hours = { $hours ->
    [one] { $hours } саат
   *[other] { $hours } саат
}
group-texts-link = Сүйлөшүүлөр жүрүп жаткан тексттер
group-decisions-link = Чечимдер
group-public-record-link = ачык реестр
group-journal-link = Топтун журналы

group-parties-heading = Тараптар жана делегациялар
group-parties-table = Тараптар жана делегациялар
group-party-column = Тарап
group-standing-column = Статусу
group-delegation-column = Делегация
group-no-one-placed = курамы азырынча аныктала элек
group-secretariat-heading = Катчылык
group-authorisations-heading = Позицияларды каттоого ыйгарым укук берилген орун басарлар
# $party: тараптын коду; $name: анын аталышы; $deputy жана $envoy: адамдардын аттары; $until:
# күнү жана убактысы.
group-authorisation = { $party } ({ $name }): { $deputy } — ыйгарым укук берген: { $envoy }; мөөнөтү: { $until }
