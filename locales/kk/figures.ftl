# Көрсеткіштер және олардың мәндері (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); орындалуды бақылау беттерінің бәрінде
# қолданылатын сомалар, ақшалай мәндер және кезеңдер (src/http/pages/figures/words.rs).

## Сандар, ақшалай мәндер және кезеңдер

# Мыңға, миллионға немесе миллиардқа келтірілген мән; $number тіл ережелерімен жазылған (545,2).
figures-scaled-thousands = { $number } мың
figures-scaled-millions = { $number } млн
figures-scaled-billions = { $number } млрд
# Өлшем бірлігімен берілген мән: $unit — валютаның атауы (figures-currency-…) немесе енгізілген
# бірлік; $number — (келтірілген) сан.
figures-amount = { $number } { $unit }
# $number тіл ережелерімен жазылған.
figures-percent = { $number } %
# Толық күнтізбелік жыл; $year — оның нөмірі.
figures-period-year = { $year } жыл
# Бір жылдың толық айлары: 2024 жылғы қаңтар–қыркүйек. $first және $last — CLDR жазған ай атаулары.
figures-period-months = { $year } жылғы { $first }–{ $last }
# Кез келген басқа кезең: оның алғашқы және соңғы күні, тіл ережелерімен жазылған күндер.
figures-period-days = { $first } – { $last }

# Валюталар — сомадан кейін тұратын нысанда.
figures-currency-usd = АҚШ доллары
figures-currency-eur = еуро
figures-currency-rub = Ресей рублі
figures-currency-cny = Қытай юані
figures-currency-kzt = теңге
figures-currency-uzs = өзбек сомы
figures-currency-kgs = қырғыз сомы
figures-currency-tjs = тәжік сомониі
figures-currency-tmt = түрікмен манаты
figures-currency-afn = ауғани
figures-currency-pkr = Пәкістан рупиясы
figures-currency-irr = Иран риалы
figures-currency-inr = Үнді рупиясы
figures-currency-try = түрік лирасы
figures-currency-aed = БАӘ дирхамы
figures-currency-gbp = фунт стерлинг
figures-currency-jpy = жапон иенасы
figures-currency-chf = швейцар франкі

# Көрсеткіш өлшейтін ағын түрлері.
figures-flow-turnover = тауар айналымы
figures-flow-exports = экспорт
figures-flow-imports = импорт

## Дереккөздер арасындағы алшақтықтар

# $pair — есеп беруші мен серіктестің жұбы (UZ–AF); $period — кезең (2023); $first және $second —
# сомалар; $first-source және $second-source — оларды келтірген дереккөздер.
figures-conflict-same-period = { $pair } үшін { $period } кезеңіндегі мәндер бір-біріне сәйкес келмейді: { $first } ({ $first-source }) және { $second } ({ $second-source }).
# Жыл бөлігі үшін мән бүкіл жыл ($year) үшін мәннен үлкен.
figures-conflict-part-exceeds-year = { $pair } үшін { $part-period } кезеңіндегі мән ({ $part }, { $part-source }) осы кезеңді қамтитын { $year } жыл үшін мәннен ({ $whole }, { $whole-source }) асып түседі.
# Басқа кезеңнің ($whole-period) бөлігі үшін мән сол кезең үшін мәннен үлкен.
figures-conflict-part-exceeds-whole = { $pair } үшін { $part-period } кезеңіндегі мән ({ $part }, { $part-source }) оны қамтитын { $whole-period } кезеңі үшін мәннен ({ $whole }, { $whole-source }) асып түседі.

## Топтың көрсеткіштері

# Браузердегі беттің тақырыбы; $group — топтың коды.
figures-list-title = Көрсеткіштер: { $group }
figures-breadcrumbs = Навигация тізбегі
figures-breadcrumb = Көрсеткіштер
# $group — топтың атауы.
figures-list-heading = Көрсеткіштер: { $group }
figures-no-indicators = Әзірге көрсеткіштер енгізілмеген.
figures-indicators-label = Көрсеткіштер
figures-column-indicator = Көрсеткіш
figures-column-unit = Өлшем бірлігі
figures-column-count = Сізге қолжетімді мәндер
figures-column-latest = Соңғы мән
# Оқырманға қолжетімді соңғы мән: $pair, $period, $amount және оны келтірген $source.
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## Көрсеткіш

# $unit — көрсеткіштің өлшем бірлігі (валютаның атауы немесе енгізілген бірлік).
figures-lede = Өлшем бірлігі: { $unit }. Әр мән өз дереккөзімен көрсетіледі; бір-біріне сәйкес келмейтін мәндер қатар келтіріледі және ешқашан біріктірілмейді.
# Жоғарыдағыдай, ағын үшін ($flow: figures-flow-…).
figures-lede-flow = Өлшем бірлігі: { $unit }; әр кезеңдегі ағын көрсеткіші ({ $flow }), сондықтан кезең бөлігі үшін мән бүкіл кезең үшін мәннен аспауы тиіс. Әр мән өз дереккөзімен көрсетіледі; бір-біріне сәйкес келмейтін мәндер қатар келтіріледі және ешқашан біріктірілмейді.
# $count мән импортталғаннан кейін.
figures-imported = { $count ->
    [one] { $count } мән импортталды; барлық жолдар сақталды.
   *[other] { $count } мән импортталды; барлық жолдар сақталды.
}
figures-conflicts-heading = Дереккөздер арасындағы алшақтықтар
figures-chart-heading = График
figures-chart-caption = Әр дереккөзге жеке қатар сәйкес келеді; белгіленген нүкте басқа мәнмен сәйкес келмейді. Ұзын қатар әр уақыт аралығының ең кіші және ең үлкен мәні мен барлық сәйкес келмейтін мәндер бойынша салынады; кестелер мен CSV файлында барлық мәндер келтірілген.
figures-download-csv = Сізге қолжетімді мәндерді жүктеп алу (CSV)

figures-targets-heading = Нысаналы мәндер
figures-no-targets = Нысаналы мәндер белгіленбеген.
# Мақсат: $year жылға дейін жылына $amount.
figures-target-goal = { $year } жылға дейін жылына { $amount }
# $source — мақсат белгіленген дереккөз.
figures-target-source = Дереккөз: { $source }
# $pair — есеп беруші мен серіктестің жұбы.
figures-target-progress-label = { $pair } үшін нысаналы мәнге қол жеткізу барысы
# $percent — мақсаттың қол жеткізілген үлесі (18,17 %), $from — есептеу негізі болған мән.
figures-target-reached = Қол жеткізілген деңгей: { $percent } (есептеу негізі: { $from }).
# Қол жеткізу барысы есептелетін мән: $period кезеңіндегі $amount, $source келтірген.
figures-target-from = { $amount }, { $period } (дереккөз: { $source })
# $rate — жылдық қарқын (figures-rate-per-year).
figures-growth-needed = Қажетті өсім: күрделі пайызбен есептегенде { $rate }.
# $percent — тіл ережелерімен жазылған пайыз.
figures-rate-per-year = жылына { $percent }
figures-no-whole-year = Қол жеткізу барысын есептеуге қажетті толық жыл бойынша мән әзірге жоқ.
figures-how-computed = Есептеу тәртібі
# $formula — figures-formula-target, -latest және -years арқылы құрылған формула.
figures-how-computed-text = Қол жеткізу барысы — жұптың толық жыл бойынша соңғы мәнін нысаналы мәнге бөліп, 100-ге көбейткендегі нәтиже. Қажетті өсім — күрделі пайызбен есептегенде толық жыл бойынша соңғы мәнді мақсат белгіленген жылға дейін нысаналы мәнге жеткізетін жылдық қарқын: { $formula }, мұндағы «жылдар саны» — мақсат жылы мен соңғы мән жылының айырмасы. Екі шама да дәл ондық арифметикада есептеледі.
figures-formula-target = нысаналы мән
figures-formula-latest = соңғы мән
figures-formula-years = жылдар саны

# Есеп беруші мен серіктестің бір жұбының ($pair) мәндері.
figures-pair-table-label = { $pair } мәндері
figures-column-period = Кезең
figures-column-value = Мән
figures-column-source = Дереккөз
figures-column-note = Ескертпе
figures-column-distribution = Тарату
# Басқа мәнмен сәйкес келмейтін мәннің жанындағы белгі.
figures-disagrees = алшақтық
# Жұптың кестеде көрсетілмеген бұрынғы мәндері; $link — figures-list-every-figure.
figures-hidden = { $count ->
    [one] { $pair } жұбының бұрынғы { $count } мәні графикте және CSV файлында көрсетілген; { $link }.
   *[other] { $pair } жұбының бұрынғы { $count } мәні графикте және CSV файлында көрсетілген; { $link }.
}
figures-list-every-figure = барлық мәндерді көрсету
figures-none-yet = Сізге қолжетімді мәндер әзірге жоқ.

figures-record-heading = Көрсеткіштің мәнін енгізу
figures-field-reporter = Есеп беруші тарап
figures-field-partner = Серіктес (ISO коды)
figures-field-first-day = Алғашқы күні
figures-field-last-day = Соңғы күні
# $unit — көрсеткіштің өлшем бірлігі.
figures-field-value = Мән ({ $unit })
figures-field-value-help = Тек цифрлар, қажет болса нүктемен: 545200000
figures-field-source = Дереккөз
figures-field-source-link = Дереккөзге сілтеме
figures-field-note = Ескертпе
figures-field-who-sees-it = Кімге қолжетімді
figures-sees-group = Бүкіл топқа
figures-sees-members = Тек топ мүшелеріне
figures-sees-national = Тек менің делегацияма
figures-sees-public = Барлығына
figures-record-button = Мәнді енгізу

figures-import-heading = CSV файлынан мәндерді импорттау
# $ours — біздің бағандар тізімі; $year, $period және $rest — UN Comtrade бағандарының атаулары.
figures-import-help = Біздің бағандар ({ $ours }) немесе UN Comtrade бағандары ({ $year } немесе { $period }, { $rest }). Не барлық жолдар сақталады, не бірде-бірі сақталмайды.
figures-import-refused = Ештеңе сақталмады. Төмендегі жолдарды түзетіп, қайта импорттаңыз:
figures-import-form-label = Мәндерді импорттау
figures-import-file = CSV файлы
figures-import-paste = Немесе оның мазмұнын қойыңыз
figures-import-source = Барлық жолдарға арналған дереккөз
figures-import-source-placeholder = UN Comtrade
figures-import-button = Импорттау

## График (оның мәтіні суретті көре алмайтындарға оқылады)

# Қай бірлікте ($unit) қанша дереккөзден ($sources) қанша мән ($figures).
figures-chart-summary =
    { $figures ->
        [one] { $figures } мән
       *[other] { $figures } мән
    } ({ $sources ->
        [one] { $sources } дереккөз
       *[other] { $sources } дереккөз
    }); өлшем бірлігі: { $unit }.
figures-chart-no-conflicts = Алшақтықтар жоқ.
# $count алшақтық, содан кейін олардың сипаттамасы $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } алшақтық: { $sentences }
   *[other] { $count } алшақтық: { $sentences }
}
# Графиктің осіндегі мән: $number (келтірілген) және $unit.
figures-chart-axis-value = { $number } { $unit }
# Салынған бір мән: $pair, $period, оның мәні $value (келтірілген) және дереккөзі $source.
figures-chart-figure = { $pair }, { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair }, { $period }: { $value } ({ $source }); басқа мәнмен сәйкес келмейді
