# Рәсім беті: әр тараптың ұстанымы, оқырман тіркей алатын әрекеттер, хронология
# (templates/procedure.html, src/http/pages/procedures/).

procedures-breadcrumbs = Навигация тізбегі
# $kind — рәсімнің түрі, $title — енгізілген мәтін тақырыбы, $version — рәсім шешетін
# редакция.
procedures-heading = «{ $title }» мәтіні бойынша { $kind }, { $version }-редакция
# Браузердегі беттің тақырыбы.
procedures-title = «{ $title }» мәтіні бойынша { $kind }
procedures-deadline = Мерзімі
# $when — оқырманның өз уақыты бойынша күні мен уақыты, қала атауымен.
procedures-your-time = сіздің уақытыңыз бойынша { $when }
procedures-notice-opened = Рәсім ашылды; барлық мүше тараптарға «Кіріс хаттар» бөлімі арқылы хабарланды.
procedures-notice-recorded = Тіркелді.
# $decision — шешімнің шартты белгісі, оның жазбасына сілтеме.
procedures-adopted-as = { $decision } ретінде қабылданды.
procedures-not-adopted = Қабылданбады

## Рәсім неліктен қабылданбады

procedures-reason-objected = { $party } тарапы қарсылық білдіреді: { $reason }
procedures-reason-not-answered = { $party } тарапы ұстанымын ұсынбады
# $due — елорданың растау мерзімі (күні мен уақыты).
procedures-reason-unconfirmed = { $party } тарапы ad referendum келісім білдірді, бірақ оның елордасы оны растамады (растау мерзімі: { $due })
procedures-reason-broke-silence = { $party } тарапы үнсіздікті бұзды: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] Келісім білдірген тараптар: { $concurring }, қажетті кворум: { $quorum }; қалған тараптар қалыс қалды
       *[other] Келісім білдірген тараптар: { $concurring }, қажетті кворум: { $quorum }; қалған тараптар қалыс қалды
    }

## Әр тараптың ұстанымы

procedures-parties = Тараптардың ұстанымдары
# $hash — рәсімге ұсынылған редакцияның SHA-256 хеші.
procedures-hash = Рәсімге ұсынылған мәтін: SHA-256 { $hash }.
# $quorum — келісім білдіруге тиіс тараптар саны.
procedures-quorum = Кворум: { $quorum }.
procedures-parties-label = Тараптар
procedures-column-party = Тарап
procedures-column-position = Ұстаным
procedures-column-text = Мәтін
procedures-column-recorded = Тіркелген
procedures-position-none = ұстаным әлі ұсынылмаған
procedures-position-broke-silence = үнсіздікті бұзды
procedures-position-silent = үнсіздік сақтауда
# $when — әрекет тіркелген уақыт, $user — оны тіркеген адамның пайдаланушы аты.
procedures-recorded-by = { $when }, тіркеген: { $user }
procedures-statements = Түсіндіру туралы мәлімдемелер

## Ұстанымды тіркеу (консенсус)

# $party — оқырман атынан әрекет ететін тараптың коды.
procedures-record-heading = { $party } тарапының ұстанымы
procedures-record-label = Ұстанымды тіркеу
procedures-position = Ұстаным
procedures-choice-concur = Келісу
procedures-choice-concur-with-statement = Түсіндіру туралы мәлімдемемен келісу
procedures-choice-stand-aside = Қалыс қалу (қабылдауға кедергі келтірмеу; қолданбау)
procedures-choice-ad-referendum = Ad referendum (елорданың растауы шартымен)
procedures-choice-object = Қарсылық білдіру (қабылдауға кедергі келтіреді; себебін көрсетіңіз)
procedures-statement = Мәлімдеме (мәлімдемемен келіскенде немесе қалыс қалғанда)
procedures-reason = Себебі (қарсылық білдірілгенде)
procedures-confirm-by = Елорданың растау мерзімі (ad referendum, сіздің уақытыңыз бойынша)
procedures-record-button = Ұстанымды тіркеу
procedures-capital-confirms = Елорда растайды
procedures-capital-reason = Елорда көрсеткен себеп
procedures-capital-declines = Елорда растамайды

## Үнсіздік рәсімі

procedures-for-party = { $party } тарапының атынан
procedures-lodge-label = Мәлімдеме жасау
procedures-interpretive-statement = Түсіндіру туралы мәлімдеме (үнсіздікті бұзбайды)
procedures-lodge-button = Мәлімдеме жасау
procedures-break-label = Үнсіздікті бұзу
procedures-break-confirm = Үнсіздікті бұзу рәсімді дереу аяқтайды: мәтін қабылданбайды. Жалғастыру керек пе?
procedures-written-objection = Жазбаша қарсылық
procedures-amendment-offered = Ұсынылатын түзету (міндетті емес)
procedures-break-button = Үнсіздікті бұзу

## Төраға

procedures-chair = Төраға
procedures-chair-note-help = Отырысқа қатысып отырған, бірақ пікір білдірмеген тарапқа қатысты төраға қарсылық білдірілмегенін белгілей алады. Жазбада бұл төрағаның белгісі ретінде көрсетіледі; тарап өз ұстанымын тіркеу құқығын сақтайды.
procedures-chair-note-button = { $party } тарапынан қарсылық білдірілмеді
procedures-extend-label = Мерзімді ұзарту
procedures-new-deadline = Жаңа мерзім (сіздің уақытыңыз бойынша)
procedures-extend-button = Ұзарту
procedures-withdraw-confirm = Осы рәсімді кері қайтарып аласыз ба?
procedures-withdraw-button = Кері қайтарып алу

## Хронология: $when — оқырман уақыты бойынша күні мен уақыты, $party — тараптың коды.

procedures-timeline = Хронология
procedures-opened = Ашылған уақыты: { $when }
procedures-event-position = { $when } · { $party } тарапы ұстанымын ұсынды
procedures-event-confirm = { $when } · { $party } тарапының елордасы ұстанымды растады
procedures-event-decline = { $when } · { $party } тарапының елордасы ұстанымды растамады
procedures-event-break = { $when } · { $party } тарапы үнсіздікті бұзды
procedures-event-statement = { $when } · { $party } тарапы түсіндіру туралы мәлімдеме жасады
procedures-event-chair-note = { $when } · төраға { $party } тарапынан қарсылық білдірілмегенін белгіледі
procedures-event-extend = { $when } · мерзім ұзартылды
procedures-event-withdraw = { $when } · рәсім кері қайтарылып алынды
procedures-event-superseded = { $when } · рәсім жаңасымен ауыстырылды
# $outcome — рәсімнің қалай аяқталғаны (қабылданды, қабылданбады, кері қайтарылып алынды…).
procedures-event-closed = { $when } · { $outcome }
