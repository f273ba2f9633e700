# Топтун тексттери жана тексттин барагы (templates/texts.html, text.html,
# src/http/pages/texts/).

texts-breadcrumbs = Навигация чынжыры
texts-breadcrumb = Тексттер

## Топтун тексттеринин тизмеси

# $group — топтун коду.
texts-title = Тексттер — { $group }
# $group — киргизилген топтун аталышы.
texts-heading = Тексттер: { $group }
texts-lede = Макулдашылып жаткан долбоорлор жана сизге таратылган кабыл алынган тексттер.
texts-link-decisions = Чечимдер
texts-link-public-record = ачык реестр
texts-empty = Сизге азырынча бир да текст таратылган жок.
texts-table-label = Тексттер
texts-column-title = Аталышы
texts-column-kind = Документтин түрү
texts-column-penholder = Текстке жооптуу тарап
texts-column-distribution = Таратуу
texts-column-classification = Купуялык деңгээли

texts-draft = Тексттин долбоорун даярдоо
texts-title-label = Аталышы
texts-kind-label = Документтин түрү
texts-negotiating-language = Сүйлөшүүлөрдүн тили
texts-negotiating-language-hint = Тилдин теги: ru, en, fa-AF, uz-Arab…
texts-body-label = Текст
# $example — текст күткөн түрдө жазылган чарчы кашаа (texts-body-hint-example).
texts-body-hint = Макулдашылбаган үзүндүлөрдү аларды сунуштаган тараптарды жана альтернативдүү формулировкаларды көрсөтүп, чарчы кашаага алыңыз: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} макул || эске алат]]
texts-distribution-label = Таратуу
texts-listed-parties = Көрсөтүлгөн тараптар
texts-listed-parties-hint = Көрсөтүлгөн тараптарга таратылуучу текст үчүн: тараптардын коддору үтүр менен бөлүнөт.
texts-classification-label = Купуялык деңгээли
texts-circulate = Долбоорду таратуу

## Өзгөртүүдөн кийинки билдирмелер

texts-notice-created = Долбоор таратылды.
texts-notice-version = Жаңы редакция чыгарылды.
texts-notice-amendment = Түзөтүү сунушталды.
texts-notice-incorporated = Түзөтүү жаңы редакцияда эске алынды.
texts-notice-declined = Түзөтүү четке кагылды.
texts-notice-language = Тилдик нуска кошулду.

## Тексттин барагы

# $penholder — тараптын коду, $distribution жана $classification — тексттин грифи,
# $language — сүйлөшүүлөрдүн тилинин теги.
texts-lede-marking = Текстке жооптуу тарап: { $penholder } · таратуу: { $distribution } · { $classification } · сүйлөшүүлөрдүн тили: { $language }
texts-version = { $version }-редакция
# $party — түзөтүүсү ушул редакцияда эске алынган тараптын коду.
texts-version-credited = ({ $party } тарабынын түзөтүүсү эске алынган)
texts-open-brackets = { $count ->
        [one] Текстте чарчы кашаадагы { $count } үзүндү калды: кашаалар алынмайынча текстти чечим кабыл алууга коюуга болбойт.
       *[other] Текстте чарчы кашаадагы { $count } үзүндү калды: кашаалар алынмайынча текстти чечим кабыл алууга коюуга болбойт.
    }
# Чарчы кашаадагы бош вариант: үзүндүнү алып салуу.
texts-bracket-delete = (алып салуу)
# Чарчы кашаанын түшүндүрмөсү. $number — тексттеги кашаанын иреттик номери; $alternatives — варианттар.
texts-bracket-describe = чарчы кашаа { $number } ({ $line }-сап, { $column }-мамыча): { $alternatives }
texts-bracket-describe-held = чарчы кашаа { $number } ({ $line }-сап, { $column }-мамыча; сунуштаган: { $holders }): { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = алып салуу
# Чарчы кашаадагы варианттарды бириктирет: "a же b", "a, b же c".
texts-bracket-or = { $first } же { $last }
texts-bracket-list = { $first }, { $rest }

# $version — тилдик нускалары көрсөтүлгөн редакциянын номери.
texts-language-versions = { $version }-редакциянын тилдик нускалары
texts-language-status-authentic = аутенттүү текст
texts-language-status-translation = котормо
texts-prevailing = артыкчылыктуу күчкө ээ

texts-procedures = Чечим кабыл алуу жол-жоболору
texts-procedures-none = Азырынча жок.
# $kind — жол-жобонун түрү, $version — чечим кабыл алынуучу тексттин редакциясы.
texts-procedure-on-version = { $kind }, { $version }-редакция
texts-open-procedure = Жол-жобону ачуу
texts-open-procedure-on = { $version }-редакция боюнча жол-жобону ачуу
texts-procedure-label = Жол-жобо
texts-procedure-in-session = жыйында кабыл алынуучу чечим (ачылган жыйынга катышып отурган тараптар)
texts-procedure-meeting = Жыйын (жыйында кабыл алынуучу чечим үчүн)
texts-procedure-meeting-none = тандалган жок
# $zone — окурмандын убакыт алкагы, мисалы, Asia/Tashkent.
texts-procedure-deadline = Мөөнөтү ({ $zone })
texts-procedure-open = Ачуу

texts-amendments = Түзөтүүлөр
texts-amendments-none = Эч кандай түзөтүү сунушталган жок.
# $party — сунуштаган тараптын коду; $version — түзөтүү киргизилүүчү редакция.
texts-amendment-heading = { $party } тарабы, { $version }-редакция
texts-amendment-proposed = сунушталган
texts-amendment-incorporated = эске алынган
texts-amendment-declined = четке кагылган
texts-amendment-reason = Негиздеме:
texts-amendment-answer = Текстке жооптуу тараптын жообу:
texts-incorporate = Эске алуу
texts-decline-reason = Четке кагуунун себеби
texts-decline = Четке кагуу
texts-propose = Түзөтүү сунуштоо
texts-propose-to = { $version }-редакцияга түзөтүү сунуштоо
texts-passage = Алмаштырылуучу үзүндү
texts-replacement = Жаңы формулировка
texts-reason = Негиздеме
texts-propose-button = Сунуштоо

texts-add-language-to = { $version }-редакциянын тилдик нускасын кошуу
texts-add-language = Тилдик нуска кошуу
texts-language-label = Тил
texts-language-hint = Тилдин теги: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Статусу
texts-prevailing-label = Айырмачылык болгон учурда артыкчылыктуу күчкө ээ
texts-add-language-button = Тилдик нусканы кошуу
texts-new-version = Жаңы редакция чыгаруу
texts-new-version-body = { $version }-редакциянын тексти
texts-new-version-button = { $version }-редакцияны чыгаруу

texts-versions = Редакциялар
# $party — түзөтүүсү ушул редакцияда эске алынган тараптын коду.
texts-version-credits = { $party } тарабынын түзөтүүсү эске алынган
