# Отырыстар аралығында таратылатын құжаттар және олардың қосымшалары (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs) және олардың ережелері
# бойынша бас тартулар.

## Құжат түрлері

paper-kind-non-paper = бейресми құжат
paper-kind-note-verbale = вербалды нота
paper-kind-background = анықтамалық жазба
paper-kind-report = есеп
paper-kind-letter = хат
paper-kind-other = басқа құжат

## Топ бетіндегі сілтеме

group-papers-link = Таратылған құжаттар

## Топ құжаттарының тізімі

papers-breadcrumbs = Навигация тізбегі
papers-breadcrumb = Құжаттар
# $group — топтың коды.
papers-title = Құжаттар — { $group }
# $group — топтың атауы.
papers-heading = Құжаттар: { $group }
papers-lede = Сізге таратылған вербалды ноталар, анықтамалық жазбалар, есептер, хаттар және бейресми құжаттар.
papers-count = { $count ->
        [one] Сізге { $count } құжат таратылған.
       *[other] Сізге { $count } құжат таратылған.
    }
papers-empty = Сізге әлі бірде-бір құжат таратылмаған.
papers-table-label = Құжаттар
papers-column-symbol = Таңба
papers-column-title = Атауы
papers-column-kind = Түрі
papers-column-distribution = Тарату
papers-column-classification = Құпиялылық деңгейі
papers-no-symbol = таңбасыз

papers-circulate = Құжат тарату
papers-title-label = Атауы
papers-kind-label = Түрі
papers-kind-hint = Бейресми құжаттан басқа кез келген түрдегі құжатқа топтың таңбасы беріледі.
papers-language-label = Тілі
papers-language-hint = Тіл тегі: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Мәтін
papers-body-hint = CommonMark белгілеуі: *курсив*, **жартылай қарайтылған**, тізімдер, тақырыптар және сілтемелер.
papers-distribution-label = Тарату
papers-listed-label = Көрсетілген тараптар
papers-listed-hint = Көрсетілген тараптарға таратылатын құжат үшін: тараптардың кодтары үтір арқылы.
papers-classification-label = Құпиялылық деңгейі
papers-circulate-button = Құжатты тарату
papers-notice-created = Құжат таратылды.

## Құжат беті

# $kind, $distribution және $classification — құжаттың сөздері, $language — оның тілінің тегі.
papers-lede-marking = { $kind } · тарату: { $distribution } · { $classification } · тілі: { $language }
# $party — құжатты таратқан тараптың коды.
papers-circulated-by = Таратқан тарап: { $party }
papers-circulated-by-secretariat = Хатшылық таратқан
# $parties — үтір арқылы жазылған тараптардың кодтары.
papers-listed-to = Көрсетілген тараптар: { $parties }
papers-attachments = Қосымшалар
papers-attachments-none = Қосымша жоқ.
papers-attachments-label = Қосымшалар
papers-column-file = Файл
papers-column-type = Түрі
papers-column-size = Көлемі
# $size — байт саны.
papers-size-bytes = { $size } байт
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = Ең көбі { $max }. Файл бір данада сақталады және оны осы құжатқа қолжетімділігі барлар ғана көреді.
papers-attach-label = Қосылатын файл
papers-attach-button = Файлды қосу
papers-notice-attached = Файл қосылды.

## Бас тартулар

error-access-circulate-paper = құжатты тек хатшылық не мүше тараптың елшісі, орынбасары немесе делегация мүшесі тарата алады
error-access-attach-paper = құжатқа файлды тек оны таратқан делегация (өз құжаттарына — хатшылық) қоса алады
error-conflict-paper-symbol = дәл сол сәтте бұл таңба басқа құжатқа берілді; құжатты қайта жіберіңіз
error-conflict-attachment-exists = бұл файл құжатқа бұрыннан қосылған
# $max — байт саны.
error-attachment-file-name-too-long = { $max } байттан ұзын болмауы тиіс
error-attachment-file-name-path = тек файлдың атауы болуы тиіс: / және \ белгілерінсіз, . немесе .. емес
error-attachment-file-name-control = басқару таңбаларын қамтымауы тиіс
error-attachment-media-type = application/pdf сияқты медиа түрі болуы және Content-Type тақырыбында жіберілуі тиіс
# $declared — файл жіберілген медиа түрі.
error-attachment-media-type-lies = файлдың мазмұны { $declared } түріне сәйкес емес; оның нақты медиа түрін немесе application/octet-stream көрсетіңіз
error-attachment-empty = файл бос
error-attachment-interrupted = файл толық келмей тұрып жіберу үзілді
# $max — МиБ-тағы шек, $bytes — байтпен.
error-attachment-too-large = Файл { $max } МиБ ({ $bytes } байт) шегінен үлкен — құжат қосымшасының ең үлкен көлемі осы; кішірек файл жіберіңіз.
