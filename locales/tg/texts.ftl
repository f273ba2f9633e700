# Матнҳои гурӯҳ ва саҳифаи матн (templates/texts.html, text.html,
# src/http/pages/texts/).

texts-breadcrumbs = Занҷираи паймоиш
texts-breadcrumb = Матнҳо

## Рӯйхати матнҳои гурӯҳ

# $group — рамзи гурӯҳ.
texts-title = Матнҳо — { $group }
# $group — номи воридшудаи гурӯҳ.
texts-heading = Матнҳо: { $group }
texts-lede = Лоиҳаҳое, ки зери музокираанд, ва матнҳои қабулшудае, ки ба шумо ирсол шудаанд.
texts-link-decisions = Қарорҳо
texts-link-public-record = феҳристи ошкоро
texts-empty = Ба шумо ҳанӯз ягон матн ирсол нашудааст.
texts-table-label = Матнҳо
texts-column-title = Ном
texts-column-kind = Навъи ҳуҷҷат
texts-column-penholder = Тарафи масъули матн
texts-column-distribution = Доираи гирандагон
texts-column-classification = Дараҷаи махфият

texts-draft = Омода кардани лоиҳаи матн
texts-title-label = Ном
texts-kind-label = Навъи ҳуҷҷат
texts-negotiating-language = Забони музокира
texts-negotiating-language-hint = Барчаспи забон: ru, en, fa-AF, uz-Arab…
texts-body-label = Матн
# $example — қавсҳои мураббаъ, ки тавре навишта шудаанд, ки матн интизор аст (texts-body-hint-example).
texts-body-hint = Порчаҳои мувофиқанашударо бо нишон додани тарафҳое, ки онҳоро пешниҳод кардаанд, ва вариантҳои ибора дар қавсҳои мураббаъ гузоред: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} розӣ ҳастанд || ба назар мегиранд]]
texts-distribution-label = Доираи гирандагон
texts-listed-parties = Тарафҳои зикршуда
texts-listed-parties-hint = Барои матне, ки ба тарафҳои зикршуда ирсол мешавад: рамзҳои тарафҳо бо вергул ҷудо карда мешаванд.
texts-classification-label = Дараҷаи махфият
texts-circulate = Ирсоли лоиҳа

## Огоҳиҳо пас аз тағйирот

texts-notice-created = Лоиҳа ирсол шуд.
texts-notice-version = Таҳрири нав бароварда шуд.
texts-notice-amendment = Ислоҳ пешниҳод шуд.
texts-notice-incorporated = Ислоҳ дар таҳрири нав ба назар гирифта шуд.
texts-notice-declined = Ислоҳ рад карда шуд.
texts-notice-language = Нусхаи забонӣ илова шуд.

## Саҳифаи матн

# $penholder — рамзи тараф, $distribution ва $classification — грифи матн,
# $language — барчаспи забони музокира.
texts-lede-marking = Тарафи масъули матн: { $penholder } · доираи гирандагон: { $distribution } · { $classification } · забони музокира: { $language }
texts-version = Таҳрири { $version }
# $party — рамзи тарафе, ки ислоҳи он дар ин таҳрир ба назар гирифта шудааст.
texts-version-credited = (бо назардошти ислоҳи тарафи { $party })
texts-open-brackets = { $count ->
        [one] Дар матн { $count } порча дар қавсҳои мураббаъ боқӣ мондааст: то бардоштани қавсҳо матнро барои қабули қарор пешниҳод кардан мумкин нест.
       *[other] Дар матн { $count } порча дар қавсҳои мураббаъ боқӣ мондааст: то бардоштани қавсҳо матнро барои қабули қарор пешниҳод кардан мумкин нест.
    }
# Варианти холӣ дар қавсҳо: хориҷ кардани порча.
texts-bracket-delete = (хориҷ кардан)
# Тавзеҳи қавсҳо. $number — рақами тартибии қавсҳо дар матн; $alternatives — вариантҳо.
texts-bracket-describe = қавсҳои мураббаъи { $number } (сатри { $line }, сутуни { $column }): { $alternatives }
texts-bracket-describe-held = қавсҳои мураббаъи { $number } (сатри { $line }, сутуни { $column }; пешниҳодкунанда: { $holders }): { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = хориҷ кардан
# Вариантҳои қавсҳоро пайваст мекунад: "a ё b", "a, b ё c".
texts-bracket-or = { $first } ё { $last }
texts-bracket-list = { $first }, { $rest }

# $version — рақами таҳрире, ки нусхаҳои забонии он нишон дода мешаванд.
texts-language-versions = Нусхаҳои забонии таҳрири { $version }
texts-language-status-authentic = матни аслӣ
texts-language-status-translation = тарҷума
texts-prevailing = дорои эътибори бартаридошта

texts-procedures = Тартибҳои қабули қарор
texts-procedures-none = Ҳоло нест.
# $kind — навъи тартиб, $version — таҳрири матн, ки дар бораи он қарор қабул мешавад.
texts-procedure-on-version = { $kind }, таҳрири { $version }
texts-open-procedure = Кушодани тартиб
texts-open-procedure-on = Кушодани тартиб оид ба таҳрири { $version }
texts-procedure-label = Тартиб
texts-procedure-in-session = қарори дар ҷаласа қабулшаванда (тарафҳое, ки дар ҷаласаи кушода ҳузур доранд)
texts-procedure-meeting = Ҷаласа (барои қарори дар ҷаласа қабулшаванда)
texts-procedure-meeting-none = интихоб нашудааст
# $zone — минтақаи вақти хонанда, масалан, Asia/Tashkent.
texts-procedure-deadline = Мӯҳлат ({ $zone })
texts-procedure-open = Кушодан

texts-amendments = Ислоҳҳо
texts-amendments-none = Ягон ислоҳ пешниҳод нашудааст.
# $party — рамзи тарафи пешниҳодкунанда; $version — таҳрире, ки ба он ислоҳ ворид мешавад.
texts-amendment-heading = Тарафи { $party }, таҳрири { $version }
texts-amendment-proposed = пешниҳод шудааст
texts-amendment-incorporated = ба назар гирифта шудааст
texts-amendment-declined = рад шудааст
texts-amendment-reason = Асоснокӣ:
texts-amendment-answer = Ҷавоби тарафи масъули матн:
texts-incorporate = Ба назар гирифтан
texts-decline-reason = Сабаби рад
texts-decline = Рад кардан
texts-propose = Пешниҳоди ислоҳ
texts-propose-to = Пешниҳоди ислоҳ ба таҳрири { $version }
texts-passage = Порчаи ивазшаванда
texts-replacement = Ибораи нав
texts-reason = Асоснокӣ
texts-propose-button = Пешниҳод кардан

texts-add-language-to = Илова кардани нусхаи забонии таҳрири { $version }
texts-add-language = Илова кардани нусхаи забонӣ
texts-language-label = Забон
texts-language-hint = Барчаспи забон: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Мақом
texts-prevailing-label = Ҳангоми ихтилоф дорои эътибори бартаридошта
texts-add-language-button = Илова кардани нусхаи забонӣ
texts-new-version = Баровардани таҳрири нав
texts-new-version-body = Матни таҳрири { $version }
texts-new-version-button = Баровардани таҳрири { $version }

texts-versions = Таҳрирҳо
# $party — рамзи тарафе, ки ислоҳи он дар ин таҳрир ба назар гирифта шудааст.
texts-version-credits = бо назардошти ислоҳи тарафи { $party }
