# Көрсөткүчтөр жана алардын маанилери (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); аткарылышын көзөмөлдөө барактарынын баарында
# колдонулган суммалар, акчалай маанилер жана мезгилдер (src/http/pages/figures/words.rs).

## Сандар, акчалай маанилер жана мезгилдер

# Миңге, миллионго же миллиардга келтирилген маани; $number тилдин эрежелери менен жазылган (545,2).
figures-scaled-thousands = { $number } миң
figures-scaled-millions = { $number } млн
figures-scaled-billions = { $number } млрд
# Өлчөө бирдиги менен берилген маани: $unit — валютанын аталышы (figures-currency-…) же киргизилген
# бирдик; $number — (келтирилген) сан.
figures-amount = { $number } { $unit }
# $number тилдин эрежелери менен жазылган.
figures-percent = { $number } %
# Толук календардык жыл; $year — анын номери.
figures-period-year = { $year }-жыл
# Бир жылдын толук айлары: 2024-жылдын январь–сентябрь айлары. $first жана $last — CLDR жазган айлардын аттары.
figures-period-months = { $year }-жылдын { $first }–{ $last }
# Башка ар кандай мезгил: анын биринчи жана акыркы күнү, тилдин эрежелери менен жазылган даталар.
figures-period-days = { $first } – { $last }

# Валюталар — суммадан кийин турган формада.
figures-currency-usd = АКШ доллары
figures-currency-eur = евро
figures-currency-rub = Россия рублу
figures-currency-cny = Кытай юаны
figures-currency-kzt = казак теңгеси
figures-currency-uzs = өзбек суму
figures-currency-kgs = сом
figures-currency-tjs = тажик сомониси
figures-currency-tmt = түркмөн манаты
figures-currency-afn = афгани
figures-currency-pkr = Пакистан рупиясы
figures-currency-irr = Иран риалы
figures-currency-inr = Индия рупиясы
figures-currency-try = түрк лирасы
figures-currency-aed = БАЭ дирхамы
figures-currency-gbp = фунт стерлинг
figures-currency-jpy = жапон иенасы
figures-currency-chf = швейцар франкы

# Көрсөткүч өлчөгөн агымдын түрлөрү.
figures-flow-turnover = товар жүгүртүү
figures-flow-exports = экспорт
figures-flow-imports = импорт

## Булактардын ортосундагы айырмачылыктар

# $pair — отчет берүүчү менен өнөктөштүн жубу (UZ–AF); $period — мезгил (2023); $first жана $second —
# суммалар; $first-source жана $second-source — аларды келтирген булактар.
figures-conflict-same-period = { $pair } үчүн { $period } мезгилиндеги маанилер бири-бирине дал келбейт: { $first } ({ $first-source }) жана { $second } ({ $second-source }).
# Жылдын бир бөлүгү үчүн маани бүтүндөй жыл ($year) үчүн мааниден чоң.
figures-conflict-part-exceeds-year = { $pair } үчүн { $part-period } мезгилиндеги маани ({ $part }, { $part-source }) ушул мезгилди камтыган { $year }-жыл үчүн мааниден ({ $whole }, { $whole-source }) ашып кетет.
# Башка мезгилдин ($whole-period) бөлүгү үчүн маани ошол мезгил үчүн мааниден чоң.
figures-conflict-part-exceeds-whole = { $pair } үчүн { $part-period } мезгилиндеги маани ({ $part }, { $part-source }) аны камтыган { $whole-period } мезгили үчүн мааниден ({ $whole }, { $whole-source }) ашып кетет.

## Топтун көрсөткүчтөрү

# Браузердеги барактын аталышы; $group — топтун коду.
figures-list-title = Көрсөткүчтөр: { $group }
figures-breadcrumbs = Навигация чынжыры
figures-breadcrumb = Көрсөткүчтөр
# $group — топтун аталышы.
figures-list-heading = Көрсөткүчтөр: { $group }
figures-no-indicators = Азырынча көрсөткүчтөр киргизиле элек.
figures-indicators-label = Көрсөткүчтөр
figures-column-indicator = Көрсөткүч
figures-column-unit = Өлчөө бирдиги
figures-column-count = Сизге жеткиликтүү маанилер
figures-column-latest = Акыркы маани
# Окурманга жеткиликтүү акыркы маани: $pair, $period, $amount жана аны келтирген $source.
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## Көрсөткүч

# $unit — көрсөткүчтүн өлчөө бирдиги (валютанын аталышы же киргизилген бирдик).
figures-lede = Өлчөө бирдиги: { $unit }. Ар бир маани өз булагы менен көрсөтүлөт; бири-бирине дал келбеген маанилер катар келтирилет жана эч качан бириктирилбейт.
# Жогоркудай, агым үчүн ($flow: figures-flow-…).
figures-lede-flow = Өлчөө бирдиги: { $unit }; ар бир мезгил үчүн агымдын көрсөткүчү ({ $flow }), ошондуктан мезгилдин бөлүгү үчүн маани бүтүндөй мезгил үчүн мааниден ашпашы керек. Ар бир маани өз булагы менен көрсөтүлөт; бири-бирине дал келбеген маанилер катар келтирилет жана эч качан бириктирилбейт.
# $count маани импорттолгондон кийин.
figures-imported = { $count ->
    [one] { $count } маани импорттолду; бардык саптар сакталды.
   *[other] { $count } маани импорттолду; бардык саптар сакталды.
}
figures-conflicts-heading = Булактардын ортосундагы айырмачылыктар
figures-chart-heading = График
figures-chart-caption = Ар бир булакка өзүнчө катар туура келет; белгиленген чекит башка мааниге дал келбейт. Узун катар ар бир убакыт аралыгынын эң кичине жана эң чоң мааниси менен бардык дал келбеген маанилер боюнча түзүлөт; таблицаларда жана CSV файлында бардык маанилер келтирилген.
figures-download-csv = Сизге жеткиликтүү маанилерди жүктөп алуу (CSV)

figures-targets-heading = Максаттуу маанилер
figures-no-targets = Максаттуу маанилер белгиленген жок.
# Максат: $year-жылга чейин жылына $amount.
figures-target-goal = { $year }-жылга чейин жылына { $amount }
# $source — максат белгиленген булак.
figures-target-source = Булак: { $source }
# $pair — отчет берүүчү менен өнөктөштүн жубу.
figures-target-progress-label = { $pair } үчүн максаттуу мааниге жетүүнүн жүрүшү
# $percent — максаттын жетишилген үлүшү (18,17 %), $from — эсептөөнүн негизи болгон маани.
figures-target-reached = Жетишилген деңгээл: { $percent } (эсептөөнүн негизи: { $from }).
# Жетүүнүн жүрүшү эсептелген маани: $period мезгилиндеги $amount, $source келтирген.
figures-target-from = { $amount }, { $period } (булак: { $source })
# $rate — жылдык арым (figures-rate-per-year).
figures-growth-needed = Талап кылынган өсүш: татаал пайыз менен эсептегенде { $rate }.
# $percent — тилдин эрежелери менен жазылган пайыз.
figures-rate-per-year = жылына { $percent }
figures-no-whole-year = Жетүүнүн жүрүшүн эсептөө үчүн толук жыл боюнча маани азырынча жок.
figures-how-computed = Эсептөө тартиби
# $formula — figures-formula-target, -latest жана -years аркылуу түзүлгөн формула.
figures-how-computed-text = Жетүүнүн жүрүшү — жуптун толук жыл боюнча акыркы маанисин максаттуу мааниге бөлүп, 100гө көбөйткөндөгү натыйжа. Талап кылынган өсүш — татаал пайыз менен эсептегенде толук жыл боюнча акыркы маанини максат белгиленген жылга чейин максаттуу мааниге жеткирүүчү жылдык арым: { $formula }, мында «жылдардын саны» — максаттын жылы менен акыркы маанинин жылынын ортосундагы айырма. Эки чоңдук тең так ондук арифметикада эсептелет.
figures-formula-target = максаттуу маани
figures-formula-latest = акыркы маани
figures-formula-years = жылдардын саны

# Отчет берүүчү менен өнөктөштүн бир жубунун ($pair) маанилери.
figures-pair-table-label = { $pair } маанилери
figures-column-period = Мезгил
figures-column-value = Маани
figures-column-source = Булак
figures-column-note = Эскертүү
figures-column-distribution = Таратуу
# Башка мааниге дал келбеген маанинин жанындагы белги.
figures-disagrees = айырмачылык
# Жуптун таблицада көрсөтүлбөгөн мурунку маанилери; $link — figures-list-every-figure.
figures-hidden = { $count ->
    [one] { $pair } жубунун мурунку { $count } мааниси графикте жана CSV файлында көрсөтүлгөн; { $link }.
   *[other] { $pair } жубунун мурунку { $count } мааниси графикте жана CSV файлында көрсөтүлгөн; { $link }.
}
figures-list-every-figure = бардык маанилерди көрсөтүү
figures-none-yet = Сизге жеткиликтүү маанилер азырынча жок.

figures-record-heading = Көрсөткүчтүн маанисин киргизүү
figures-field-reporter = Отчет берүүчү тарап
figures-field-partner = Өнөктөш (ISO коду)
figures-field-first-day = Биринчи күнү
figures-field-last-day = Акыркы күнү
# $unit — көрсөткүчтүн өлчөө бирдиги.
figures-field-value = Маани ({ $unit })
figures-field-value-help = Сандар гана, керек болсо чекит менен: 545200000
figures-field-source = Булак
figures-field-source-link = Булакка шилтеме
figures-field-note = Эскертүү
figures-field-who-sees-it = Кимге жеткиликтүү
figures-sees-group = Бүт топко
figures-sees-members = Топтун мүчөлөрүнө гана
figures-sees-national = Менин делегацияма гана
figures-sees-public = Баарына
figures-record-button = Маанини киргизүү

figures-import-heading = CSV файлынан маанилерди импорттоо
# $ours — биздин мамычалардын тизмеси; $year, $period жана $rest — UN Comtrade мамычаларынын аттары.
figures-import-help = Биздин мамычалар ({ $ours }) же UN Comtrade мамычалары ({ $year } же { $period }, { $rest }). Же бардык саптар сакталат, же бири да сакталбайт.
figures-import-refused = Эч нерсе сакталган жок. Төмөнкү саптарды оңдоп, кайра импорттоңуз:
figures-import-form-label = Маанилерди импорттоо
figures-import-file = CSV файлы
figures-import-paste = Же анын мазмунун коюңуз
figures-import-source = Бардык саптар үчүн булак
figures-import-source-placeholder = UN Comtrade
figures-import-button = Импорттоо

## График (анын тексти сүрөттү көрө албагандарга окулат)

# Кайсы бирдикте ($unit) канча булактан ($sources) канча маани ($figures).
figures-chart-summary =
    { $figures ->
        [one] { $figures } маани
       *[other] { $figures } маани
    } ({ $sources ->
        [one] { $sources } булак
       *[other] { $sources } булак
    }); өлчөө бирдиги: { $unit }.
figures-chart-no-conflicts = Айырмачылыктар жок.
# $count айырмачылык, андан кийин алардын сүрөттөмөсү $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } айырмачылык: { $sentences }
   *[other] { $count } айырмачылык: { $sentences }
}
# Графиктин огундагы маани: $number (келтирилген) жана $unit.
figures-chart-axis-value = { $number } { $unit }
# Түзүлгөн бир маани: $pair, $period, анын мааниси $value (келтирилген) жана булагы $source.
figures-chart-figure = { $pair }, { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair }, { $period }: { $value } ({ $source }); башка мааниге дал келбейт
