# Саҳифаи тартиб: мавқеи ҳар тараф, амалҳое, ки хонанда сабт карда метавонад, солнома
# (templates/procedure.html, src/http/pages/procedures/).

procedures-breadcrumbs = Занҷираи паймоиш
# $kind — навъи тартиб, $title — сарлавҳаи воридшудаи матн, $version — таҳрире, ки тартиб
# дар бораи он қарор қабул мекунад.
procedures-heading = { $kind } оид ба матни «{ $title }», таҳрири { $version }
# Сарлавҳаи саҳифа дар браузер.
procedures-title = { $kind } оид ба матни «{ $title }»
procedures-deadline = Мӯҳлат
# $when — сана ва вақт аз рӯи вақти худи хонанда, бо номи шаҳр.
procedures-your-time = { $when } аз рӯи вақти шумо
procedures-notice-opened = Тартиб кушода шуд; ба ҳамаи тарафҳои узв тавассути бахши «Паёмҳои воридшуда» хабар дода шуд.
procedures-notice-recorded = Сабт шуд.
# $decision — рамзи шартии қарор, пайванд ба сабти он.
procedures-adopted-as = Ҳамчун { $decision } қабул шуд.
procedures-not-adopted = Қабул нашуд

## Чаро тартиб қабул нашуд

procedures-reason-objected = Тарафи { $party } эътироз дорад: { $reason }
procedures-reason-not-answered = Тарафи { $party } мавқеи худро пешниҳод накард
# $due — мӯҳлати тасдиқи пойтахт (сана ва вақт).
procedures-reason-unconfirmed = Тарафи { $party } ad referendum розигӣ баён кард, вале пойтахти он онро тасдиқ накард (мӯҳлати тасдиқ: { $due })
procedures-reason-broke-silence = Тарафи { $party } хомӯширо вайрон кард: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] Тарафҳое, ки розигӣ баён карданд: { $concurring }, кворуми зарурӣ: { $quorum }; тарафҳои дигар худдорӣ карданд
       *[other] Тарафҳое, ки розигӣ баён карданд: { $concurring }, кворуми зарурӣ: { $quorum }; тарафҳои дигар худдорӣ карданд
    }

## Мавқеи ҳар тараф

procedures-parties = Мавқеъҳои тарафҳо
# $hash — хеши SHA-256-и таҳрире, ки ба тартиб гузошта шудааст.
procedures-hash = Матне, ки ба тартиб гузошта шудааст: SHA-256 { $hash }.
# $quorum — шумораи тарафҳое, ки бояд розигӣ диҳанд.
procedures-quorum = Кворум: { $quorum }.
procedures-parties-label = Тарафҳо
procedures-column-party = Тараф
procedures-column-position = Мавқеъ
procedures-column-text = Матн
procedures-column-recorded = Сабт шуд
procedures-position-none = мавқеъ ҳанӯз пешниҳод нашудааст
procedures-position-broke-silence = хомӯширо вайрон кард
procedures-position-silent = хомӯширо риоя мекунад
# $when — вақти сабти амал, $user — номи корбари шахсе, ки онро сабт кардааст.
procedures-recorded-by = { $when }, сабт кард: { $user }
procedures-statements = Изҳорот оид ба тафсир

## Сабти мавқеъ (консенсус)

# $party — рамзи тарафе, ки хонанда аз номи он амал мекунад.
procedures-record-heading = Мавқеи тарафи { $party }
procedures-record-label = Сабти мавқеъ
procedures-position = Мавқеъ
procedures-choice-concur = Розигӣ
procedures-choice-concur-with-statement = Розигӣ бо изҳорот оид ба тафсир
procedures-choice-stand-aside = Худдорӣ (ба қабул монеъ нашудан; татбиқ накардан)
procedures-choice-ad-referendum = Ad referendum (бо шарти тасдиқи пойтахт)
procedures-choice-object = Эътироз (ба қабул монеъ мешавад; сабабро нишон диҳед)
procedures-statement = Изҳорот (ҳангоми розигӣ бо изҳорот ё худдорӣ)
procedures-reason = Сабаб (ҳангоми эътироз)
procedures-confirm-by = Мӯҳлати тасдиқи пойтахт (ad referendum, аз рӯи вақти шумо)
procedures-record-button = Сабт кардани мавқеъ
procedures-capital-confirms = Пойтахт тасдиқ мекунад
procedures-capital-reason = Сабабе, ки пойтахт нишон додааст
procedures-capital-declines = Пойтахт тасдиқ намекунад

## Тартиби хомӯшӣ

procedures-for-party = Аз номи тарафи { $party }
procedures-lodge-label = Баён кардани изҳорот
procedures-interpretive-statement = Изҳорот оид ба тафсир (хомӯширо вайрон намекунад)
procedures-lodge-button = Баён кардани изҳорот
procedures-break-label = Вайрон кардани хомӯшӣ
procedures-break-confirm = Вайрон кардани хомӯшӣ тартибро фавран анҷом медиҳад: матн қабул намешавад. Идома диҳем?
procedures-written-objection = Эътирози хаттӣ
procedures-amendment-offered = Ислоҳи пешниҳодшаванда (ихтиёрӣ)
procedures-break-button = Вайрон кардани хомӯшӣ

## Раис

procedures-chair = Раис
procedures-chair-note-help = Нисбат ба тарафи ҳозир, ки изҳори назар накардааст, раис метавонад қайд кунад, ки эътирозе баён нашуд. Дар сабт ин ҳамчун қайди раис инъикос меёбад; тараф ҳуқуқи сабт кардани мавқеи худро нигоҳ медорад.
procedures-chair-note-button = Аз тарафи { $party } эътирозе баён нашуд
procedures-extend-label = Тамдиди мӯҳлат
procedures-new-deadline = Мӯҳлати нав (аз рӯи вақти шумо)
procedures-extend-button = Тамдид кардан
procedures-withdraw-confirm = Ин тартиб бозхонда шавад?
procedures-withdraw-button = Бозхондан

## Солнома: $when — сана ва вақт аз рӯи вақти хонанда, $party — рамзи тараф.

procedures-timeline = Солнома
procedures-opened = Кушода шуд: { $when }
procedures-event-position = { $when } · тарафи { $party } мавқеи худро пешниҳод кард
procedures-event-confirm = { $when } · пойтахти тарафи { $party } мавқеъро тасдиқ кард
procedures-event-decline = { $when } · пойтахти тарафи { $party } мавқеъро тасдиқ накард
procedures-event-break = { $when } · тарафи { $party } хомӯширо вайрон кард
procedures-event-statement = { $when } · тарафи { $party } изҳорот оид ба тафсир баён кард
procedures-event-chair-note = { $when } · раис қайд кард, ки аз тарафи { $party } эътирозе баён нашуд
procedures-event-extend = { $when } · мӯҳлат тамдид шуд
procedures-event-withdraw = { $when } · тартиб бозхонда шуд
procedures-event-superseded = { $when } · тартиб бо тартиби нав иваз шуд
# $outcome — тартиб чӣ гуна анҷом ёфт (қабул шуд, қабул нашуд, бозхонда шуд…).
procedures-event-closed = { $when } · { $outcome }
