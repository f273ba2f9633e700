# Жол-жобонун барагы: ар бир тараптын позициясы, окурман каттай ала турган аракеттер, хронология
# (templates/procedure.html, src/http/pages/procedures/).

procedures-breadcrumbs = Навигация чынжыры
# $kind — жол-жобонун түрү, $title — киргизилген тексттин аталышы, $version — жол-жобо
# чечим чыгаруучу редакция.
procedures-heading = «{ $title }» тексти боюнча { $kind }, { $version }-редакция
# Браузердеги барактын аталышы.
procedures-title = «{ $title }» тексти боюнча { $kind }
procedures-deadline = Мөөнөтү
# $when — окурмандын өз убактысы боюнча күнү жана убактысы, шаардын аталышы менен.
procedures-your-time = сиздин убактыңыз боюнча { $when }
procedures-notice-opened = Жол-жобо ачылды; бардык мүчө тараптарга «Келген каттар» бөлүмү аркылуу кабарланды.
procedures-notice-recorded = Катталды.
# $decision — чечимдин шарттуу белгиси, анын жазуусуна шилтеме.
procedures-adopted-as = { $decision } катары кабыл алынды.
procedures-not-adopted = Кабыл алынган жок

## Жол-жобо эмне үчүн кабыл алынган жок

procedures-reason-objected = { $party } тарабы каршылык билдирет: { $reason }
procedures-reason-not-answered = { $party } тарабы позициясын берген жок
# $due — борбордун тастыктоо мөөнөтү (күнү жана убактысы).
procedures-reason-unconfirmed = { $party } тарабы ad referendum макулдук берди, бирок анын борбору аны тастыктаган жок (тастыктоо мөөнөтү: { $due })
procedures-reason-broke-silence = { $party } тарабы унчукпоону бузду: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] Макулдук берген тараптар: { $concurring }, талап кылынган кворум: { $quorum }; калган тараптар калыс калды
       *[other] Макулдук берген тараптар: { $concurring }, талап кылынган кворум: { $quorum }; калган тараптар калыс калды
    }

## Ар бир тараптын позициясы

procedures-parties = Тараптардын позициялары
# $hash — жол-жобого коюлган редакциянын SHA-256 хеши.
procedures-hash = Жол-жобого коюлган текст: SHA-256 { $hash }.
# $quorum — макулдук бериши керек болгон тараптардын саны.
procedures-quorum = Кворум: { $quorum }.
procedures-parties-label = Тараптар
procedures-column-party = Тарап
procedures-column-position = Позиция
procedures-column-text = Текст
procedures-column-recorded = Катталган
procedures-position-none = позиция азырынча берилген жок
procedures-position-broke-silence = унчукпоону бузду
procedures-position-silent = унчукпай турат
# $when — аракет катталган убакыт, $user — аны каттаган адамдын колдонуучу аты.
procedures-recorded-by = { $when }, каттаган: { $user }
procedures-statements = Чечмелөө жөнүндө билдирүүлөр

## Позицияны каттоо (консенсус)

# $party — окурман анын атынан аракеттенген тараптын коду.
procedures-record-heading = { $party } тарабынын позициясы
procedures-record-label = Позицияны каттоо
procedures-position = Позиция
procedures-choice-concur = Макул болуу
procedures-choice-concur-with-statement = Чечмелөө жөнүндө билдирүү менен макул болуу
procedures-choice-stand-aside = Калыс калуу (кабыл алууга тоскоол болбоо; колдонбоо)
procedures-choice-ad-referendum = Ad referendum (борбордун тастыктоосу шарты менен)
procedures-choice-object = Каршылык билдирүү (кабыл алууга тоскоол болот; себебин көрсөтүңүз)
procedures-statement = Билдирүү (билдирүү менен макул болгондо же калыс калганда)
procedures-reason = Себеби (каршылык билдирилгенде)
procedures-confirm-by = Борбордун тастыктоо мөөнөтү (ad referendum, сиздин убактыңыз боюнча)
procedures-record-button = Позицияны каттоо
procedures-capital-confirms = Борбор тастыктайт
procedures-capital-reason = Борбор көрсөткөн себеп
procedures-capital-declines = Борбор тастыктабайт

## Унчукпоо жол-жобосу

procedures-for-party = { $party } тарабынын атынан
procedures-lodge-label = Билдирүү жасоо
procedures-interpretive-statement = Чечмелөө жөнүндө билдирүү (унчукпоону бузбайт)
procedures-lodge-button = Билдирүү жасоо
procedures-break-label = Унчукпоону бузуу
procedures-break-confirm = Унчукпоону бузуу жол-жобону дароо аяктайт: текст кабыл алынбайт. Улантасызбы?
procedures-written-objection = Жазуу жүзүндөгү каршылык
procedures-amendment-offered = Сунушталган түзөтүү (милдеттүү эмес)
procedures-break-button = Унчукпоону бузуу

## Төрага

procedures-chair = Төрага
procedures-chair-note-help = Жыйынга катышып отурган, бирок пикир билдирбеген тарапка карата төрага каршылык билдирилбегенин белгилей алат. Жазууда бул төраганын белгиси катары көрсөтүлөт; тарап өз позициясын каттоо укугун сактайт.
procedures-chair-note-button = { $party } тарабынан каршылык билдирилген жок
procedures-extend-label = Мөөнөттү узартуу
procedures-new-deadline = Жаңы мөөнөт (сиздин убактыңыз боюнча)
procedures-extend-button = Узартуу
procedures-withdraw-confirm = Бул жол-жобону кайтарып аласызбы?
procedures-withdraw-button = Кайтарып алуу

## Хронология: $when — окурмандын убактысы боюнча күнү жана убактысы, $party — тараптын коду.

procedures-timeline = Хронология
procedures-opened = Ачылган убактысы: { $when }
procedures-event-position = { $when } · { $party } тарабы позициясын берди
procedures-event-confirm = { $when } · { $party } тарабынын борбору позицияны тастыктады
procedures-event-decline = { $when } · { $party } тарабынын борбору позицияны тастыктаган жок
procedures-event-break = { $when } · { $party } тарабы унчукпоону бузду
procedures-event-statement = { $when } · { $party } тарабы чечмелөө жөнүндө билдирүү жасады
procedures-event-chair-note = { $when } · төрага { $party } тарабынан каршылык билдирилбегенин белгиледи
procedures-event-extend = { $when } · мөөнөт узартылды
procedures-event-withdraw = { $when } · жол-жобо кайтарылып алынды
procedures-event-superseded = { $when } · жол-жобо жаңысы менен алмаштырылды
# $outcome — жол-жобо кандайча аяктаганы (кабыл алынды, кабыл алынган жок, кайтарылып алынды…).
procedures-event-closed = { $when } · { $outcome }
