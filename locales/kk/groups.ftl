# Пайдаланушының топтары және топ беті.

## Пайдаланушы топтарының тізімі

groups-title = Сіздің топтарыңыз
groups-heading = Сіздің топтарыңыз
groups-empty = Сіз әлі ешбір топқа енгізілмегенсіз. Тарапыңыздың делегациясы құрамына енгізу үшін жүйе әкімшісіне жүгініңіз.
groups-found-a-group = Топ құру

# Топтың тараптары мәртебесі бойынша, мысалы, "4 мүше, 1 бақылаушы": әр бөлік төмендегілердің бірі,
# groups-composition-separator арқылы біріктіріледі.
groups-composition-members = { $count ->
    [one] { $count } мүше
   *[other] { $count } мүше
}
groups-composition-observers = { $count ->
    [one] { $count } бақылаушы
   *[other] { $count } бақылаушы
}
groups-composition-guests = { $count ->
    [one] { $count } қонақ
   *[other] { $count } қонақ
}
groups-composition-separator = {", "}

## Топ беті

group-breadcrumbs = Навигация тізбегі
group-breadcrumb-groups = Топтар
group-work-nav = Топтың жұмысы
group-nav-dashboard = Жиынтық мәлімет
group-nav-roadmaps = Жол карталары
group-nav-figures = Көрсеткіштер
group-nav-agreements = Келісімдер
group-nav-engagements = Билік органдарымен байланыстар

group-meetings-heading = Отырыстар
group-plan-meeting = Келесі отырысты жоспарлау
group-meetings-hidden = Отырыстарды тек топтың делегациялары мен хатшылығы көре алады.
group-meetings-empty = Әзірге отырыстар жоқ.
group-meetings-table = Отырыстар
group-meeting-column = Отырыс
group-when-column = Уақыты
group-where-column = Орны
group-status-column = Күйі
# $party: отырысты қабылдайтын тараптың атауы.
group-meeting-host = қабылдаушы тарап: { $party }
# $time: отырыстың басталуы оқырманның өз уақыты бойынша.
group-meeting-viewer-time = сіздің уақытыңыз бойынша { $time }

group-about-heading = Топ туралы
group-code = Коды
group-working-languages = Жұмыс тілдері
group-secretariat-time-zone = Хатшылықтың уақыт белдеуі
group-rotation = Ротация тәртібі
group-quorum = Кворум
group-quorum-value = { $members ->
    [one] { $members } мүшеден
   *[other] { $members } мүшеден
    } { $quorum }
# Топ кворумды белгілемеген жағдай: мүшелердің жартысынан көбі.
group-quorum-majority = { $members ->
    [one] { $members } мүшеден
   *[other] { $members } мүшеден
    } { $quorum } (жартысынан көбі)
group-min-silence = Үнсіздік рәсімінің ең аз мерзімі
group-min-silence-hours = { $hours ->
    [one] { $hours } сағат
   *[other] { $hours } сағат
}
group-texts-link = Келіссөздер барысындағы мәтіндер
group-decisions-link = Шешімдер
group-public-record-link = ашық тізілім
group-journal-link = Топ журналы

group-parties-heading = Тараптар мен делегациялар
group-parties-table = Тараптар мен делегациялар
group-party-column = Тарап
group-standing-column = Мәртебесі
group-delegation-column = Делегация
group-no-one-placed = құрамы әлі анықталмаған
group-secretariat-heading = Хатшылық
group-authorisations-heading = Ұстанымдарды тіркеуге өкілеттік берілген орынбасарлар
# $party: тараптың коды; $name: оның атауы; $deputy және $envoy: адамдардың аттары; $until:
# күні мен уақыты.
group-authorisation = { $party } ({ $name }): { $deputy } — өкілеттік берген: { $envoy }; мерзімі: { $until }
