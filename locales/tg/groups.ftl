# Гурӯҳҳои корбар ва саҳифаи гурӯҳ.

## Рӯйхати гурӯҳҳои корбар

groups-title = Гурӯҳҳои шумо
groups-heading = Гурӯҳҳои шумо
groups-empty = Шумо ҳанӯз ба ягон гурӯҳ дохил карда нашудаед. Барои дохил шудан ба ҳайати тарафи худ ба маъмури низом муроҷиат кунед.
groups-found-a-group = Таъсиси гурӯҳ

# Тарафҳои гурӯҳ аз рӯи мақом, масалан, "4 узв, 1 нозир": ҳар қисм яке аз инҳост,
# ки бо groups-composition-separator пайваст мешаванд.
groups-composition-members = { $count ->
    [one] { $count } узв
   *[other] { $count } узв
}
groups-composition-observers = { $count ->
    [one] { $count } нозир
   *[other] { $count } нозир
}
groups-composition-guests = { $count ->
    [one] { $count } меҳмон
   *[other] { $count } меҳмон
}
groups-composition-separator = {", "}

## Саҳифаи гурӯҳ

group-breadcrumbs = Занҷираи паймоиш
group-breadcrumb-groups = Гурӯҳҳо
group-work-nav = Фаъолияти гурӯҳ
group-nav-dashboard = Маълумоти ҷамъбастӣ
group-nav-roadmaps = Нақшаҳои роҳ
group-nav-figures = Нишондиҳандаҳо
group-nav-agreements = Созишномаҳо
group-nav-engagements = Тамос бо мақомот

group-meetings-heading = Ҷаласаҳо
group-plan-meeting = Ба нақша гирифтани ҷаласаи навбатӣ
group-meetings-hidden = Ҷаласаҳоро танҳо ҳайатҳо ва котиботи гурӯҳ мебинанд.
group-meetings-empty = Ҳоло ягон ҷаласа нест.
group-meetings-table = Ҷаласаҳо
group-meeting-column = Ҷаласа
group-when-column = Вақт
group-where-column = Ҷой
group-status-column = Ҳолат
# $party: номи тарафе, ки мизбони ҷаласа аст.
group-meeting-host = тарафи мизбон: { $party }
# $time: оғози ҷаласа аз рӯи вақти худи хонанда.
group-meeting-viewer-time = { $time } аз рӯи вақти шумо

group-about-heading = Дар бораи гурӯҳ
group-code = Рамз
group-working-languages = Забонҳои корӣ
group-secretariat-time-zone = Минтақаи вақти котибот
group-rotation = Тартиби навбат
group-quorum = Кворум
group-quorum-value = { $quorum } аз { $members ->
    [one] { $members } узв
   *[other] { $members } узв
}
# Кворум, вақте ки гурӯҳ онро муқаррар накардааст: зиёда аз нисфи аъзо.
group-quorum-majority = { $quorum } аз { $members ->
    [one] { $members } узв
   *[other] { $members } узв
} (зиёда аз нисф)
group-min-silence = Мӯҳлати ҳадди ақалли тартиби хомӯшӣ
group-min-silence-hours = { $hours ->
    [one] { $hours } соат
   *[other] { $hours } соат
}
group-texts-link = Матнҳои зери музокира
group-decisions-link = Қарорҳо
group-public-record-link = феҳристи ошкоро
group-journal-link = Дафтари сабти гурӯҳ

group-parties-heading = Тарафҳо ва ҳайатҳо
group-parties-table = Тарафҳо ва ҳайатҳо
group-party-column = Тараф
group-standing-column = Мақом
group-delegation-column = Ҳайат
group-no-one-placed = ҳайат ҳанӯз муайян нашудааст
group-secretariat-heading = Котибот
group-authorisations-heading = Муовиноне, ки барои сабти мавқеъҳо салоҳият доранд
# $party: рамзи тараф; $name: номи он; $deputy ва $envoy: номҳои шахсон; $until:
# сана ва вақт.
group-authorisation = { $party } ({ $name }): { $deputy } — салоҳиятро { $envoy } додааст, то { $until }
