# Іздеу (templates/search.html, base.html тақырыбындағы іздеу өрісі,
# src/http/pages/search.rs) және іздеуден бас тарту (src/domain/search.rs,
# src/http/input/search.rs).

search-label = Іздеу
search-placeholder = Іздеу…
search-button = Табу
search-heading = Іздеу
search-hint = Сөздер орыс және ағылшын тілдерінде барлық формаларында ізделеді: «железная дорога» сұрауы «железной дороги» тіркесін де табады. Тек сізге қолжетімді материалдар бойынша ізделеді.
search-kind = Түрі
search-kind-any = Кез келген түрі
search-kind-text = Мәтін
search-kind-paper = Құжат
search-kind-comment = Түсініктеме
search-kind-decision = Шешім
search-kind-meeting = Отырыс
# $count — оқырманға қолжетімді табылған материалдар саны.
search-total = { $count ->
        [one] { $count } материал табылды
       *[other] { $count } материал табылды
    }
search-none = Сізге қолжетімді материалдар арасынан ештеңе табылмады.

error-search-empty = іздеу үшін сөз енгізіңіз
# $max — таңбалармен берілген шек.
error-search-too-long = іздеу сұрауы { $max } таңбадан аспауы тиіс
error-search-control = іздеу сұрауы бір жол сөзден тұрады
error-search-meeting = отырыс өз нөмірімен көрсетіледі
# $max — бір жолғы ең көп нәтиже.
error-search-limit = 1-ден { $max }-ге дейінгі бүтін сан
