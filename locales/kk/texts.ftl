# Топтың мәтіндері және мәтін беті (templates/texts.html, text.html,
# src/http/pages/texts/).

texts-breadcrumbs = Навигация тізбегі
texts-breadcrumb = Мәтіндер

## Топ мәтіндерінің тізімі

# $group — топтың коды.
texts-title = Мәтіндер — { $group }
# $group — енгізілген топ атауы.
texts-heading = Мәтіндер: { $group }
texts-lede = Келісу үстіндегі жобалар және сізге таратылған қабылданған мәтіндер.
texts-link-decisions = Шешімдер
texts-link-public-record = ашық тізілім
texts-empty = Сізге әлі бірде-бір мәтін таратылмаған.
texts-table-label = Мәтіндер
texts-column-title = Атауы
texts-column-kind = Құжат түрі
texts-column-penholder = Мәтінге жауапты тарап
texts-column-distribution = Тарату
texts-column-classification = Құпиялылық деңгейі

texts-draft = Мәтін жобасын дайындау
texts-title-label = Атауы
texts-kind-label = Құжат түрі
texts-negotiating-language = Келіссөздер тілі
texts-negotiating-language-hint = Тіл тегі: ru, en, fa-AF, uz-Arab…
texts-body-label = Мәтін
# $example — мәтін күтетін түрде жазылған шаршы жақша (texts-body-hint-example).
texts-body-hint = Келісілмеген үзінділерді оларды ұсынған тараптар мен балама тұжырымдарды көрсете отырып, шаршы жақшаға алыңыз: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} келіседі || назарға алады]]
texts-distribution-label = Тарату
texts-listed-parties = Көрсетілген тараптар
texts-listed-parties-hint = Көрсетілген тараптарға таратылатын мәтін үшін: тараптардың кодтары үтір арқылы.
texts-classification-label = Құпиялылық деңгейі
texts-circulate = Жобаны тарату

## Өзгерістен кейінгі хабарламалар

texts-notice-created = Жоба таратылды.
texts-notice-version = Жаңа редакция шығарылды.
texts-notice-amendment = Түзету ұсынылды.
texts-notice-incorporated = Түзету жаңа редакцияда ескерілді.
texts-notice-declined = Түзету қабылданбады.
texts-notice-language = Тілдік нұсқа қосылды.

## Мәтін беті

# $penholder — тараптың коды, $distribution және $classification — мәтіннің грифі,
# $language — келіссөздер тілінің тегі.
texts-lede-marking = Мәтінге жауапты тарап: { $penholder } · тарату: { $distribution } · { $classification } · келіссөздер тілі: { $language }
texts-version = { $version }-редакция
# $party — түзетуі осы редакцияда ескерілген тараптың коды.
texts-version-credited = ({ $party } тарапының түзетуі ескерілген)
texts-open-brackets = { $count ->
        [one] Мәтінде шаршы жақшадағы { $count } үзінді қалып отыр: жақшалар алынғанға дейін мәтінді шешім қабылдауға ұсынуға болмайды.
       *[other] Мәтінде шаршы жақшадағы { $count } үзінді қалып отыр: жақшалар алынғанға дейін мәтінді шешім қабылдауға ұсынуға болмайды.
    }
# Шаршы жақшадағы бос балама: үзіндіні алып тастау.
texts-bracket-delete = (алып тастау)
# Шаршы жақшаның түсініктемесі. $number — мәтіндегі жақшаның реттік нөмірі; $alternatives — баламалар.
texts-bracket-describe = шаршы жақша { $number } ({ $line }-жол, { $column }-баған): { $alternatives }
texts-bracket-describe-held = шаршы жақша { $number } ({ $line }-жол, { $column }-баған; ұсынған: { $holders }): { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = алып тастау
# Шаршы жақшадағы баламаларды біріктіреді: "a немесе b", "a, b немесе c".
texts-bracket-or = { $first } немесе { $last }
texts-bracket-list = { $first }, { $rest }

# $version — тілдік нұсқалары көрсетілетін редакцияның нөмірі.
texts-language-versions = { $version }-редакцияның тілдік нұсқалары
texts-language-status-authentic = түпнұсқалық мәтін
texts-language-status-translation = аударма
texts-prevailing = басым күші бар

texts-procedures = Шешім қабылдау рәсімдері
texts-procedures-none = Әзірге жоқ.
# $kind — рәсімнің түрі, $version — шешім қабылданатын мәтін редакциясы.
texts-procedure-on-version = { $kind }, { $version }-редакция
texts-open-procedure = Рәсімді ашу
texts-open-procedure-on = { $version }-редакция бойынша рәсімді ашу
texts-procedure-label = Рәсім
texts-procedure-in-session = отырыста қабылданатын шешім (ашылған отырысқа қатысып отырған тараптар)
texts-procedure-meeting = Отырыс (отырыста қабылданатын шешім үшін)
texts-procedure-meeting-none = таңдалмаған
# $zone — оқырманның уақыт белдеуі, мысалы, Asia/Tashkent.
texts-procedure-deadline = Мерзімі ({ $zone })
texts-procedure-open = Ашу

texts-amendments = Түзетулер
texts-amendments-none = Ешқандай түзету ұсынылмаған.
# $party — ұсынған тараптың коды; $version — түзету енгізілетін редакция.
texts-amendment-heading = { $party } тарапы, { $version }-редакция
texts-amendment-proposed = ұсынылған
texts-amendment-incorporated = ескерілген
texts-amendment-declined = қабылданбаған
texts-amendment-reason = Негіздеме:
texts-amendment-answer = Мәтінге жауапты тараптың жауабы:
texts-incorporate = Ескеру
texts-decline-reason = Қабылдамау себебі
texts-decline = Қабылдамау
texts-propose = Түзету ұсыну
texts-propose-to = { $version }-редакцияға түзету ұсыну
texts-passage = Ауыстырылатын үзінді
texts-replacement = Жаңа тұжырым
texts-reason = Негіздеме
texts-propose-button = Ұсыну

texts-add-language-to = { $version }-редакцияның тілдік нұсқасын қосу
texts-add-language = Тілдік нұсқа қосу
texts-language-label = Тіл
texts-language-hint = Тіл тегі: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Мәртебесі
texts-prevailing-label = Алшақтық болған жағдайда басым күші бар
texts-add-language-button = Тілдік нұсқаны қосу
texts-new-version = Жаңа редакция шығару
texts-new-version-body = { $version }-редакцияның мәтіні
texts-new-version-button = { $version }-редакцияны шығару

texts-versions = Редакциялар
# $party — түзетуі осы редакцияда ескерілген тараптың коды.
texts-version-credits = { $party } тарапының түзетуі ескерілген
