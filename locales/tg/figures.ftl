# Нишондиҳандаҳо ва арзишҳои онҳо (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); маблағҳо, арзишҳои пулӣ ва давраҳо, ки дар
# ҳамаи саҳифаҳои назорати иҷро истифода мешаванд (src/http/pages/figures/words.rs).

## Ададҳо, арзишҳои пулӣ ва давраҳо

# Арзише, ки ба ҳазор, миллион ё миллиард оварда шудааст; $number тибқи қоидаҳои забон навишта шудааст (545,2).
figures-scaled-thousands = { $number } ҳазор
figures-scaled-millions = { $number } млн
figures-scaled-billions = { $number } млрд
# Арзиш бо воҳиди ченак: $unit — номи асъор (figures-currency-…) ё воҳиди воридшуда;
# $number — адади (овардашуда).
figures-amount = { $number } { $unit }
# $number тибқи қоидаҳои забон навишта шудааст.
figures-percent = { $number } %
# Соли пурраи тақвимӣ; $year — рақами он.
figures-period-year = соли { $year }
# Моҳҳои пурраи як сол: январ–сентябр, соли 2024. $first ва $last — номҳои моҳҳо, ки CLDR навиштааст.
figures-period-months = { $first }–{ $last }, соли { $year }
# Ҳар давраи дигар: рӯзи аввал ва охири он, санаҳо тибқи қоидаҳои забон навишта шудаанд.
figures-period-days = { $first } – { $last }

# Асъорҳо — дар шакле, ки пас аз маблағ меояд.
figures-currency-usd = доллари ИМА
figures-currency-eur = евро
figures-currency-rub = рубли Русия
figures-currency-cny = юани Чин
figures-currency-kzt = тенгеи Қазоқистон
figures-currency-uzs = сӯми Ӯзбекистон
figures-currency-kgs = соми Қирғизистон
figures-currency-tjs = сомонӣ
figures-currency-tmt = манати Туркманистон
figures-currency-afn = афғонӣ
figures-currency-pkr = рупияи Покистон
figures-currency-irr = риёли Эрон
figures-currency-inr = рупияи Ҳиндустон
figures-currency-try = лираи Туркия
figures-currency-aed = дирҳами АМА
figures-currency-gbp = фунт стерлинг
figures-currency-jpy = иенаи Ҷопон
figures-currency-chf = франки Швейтсария

# Навъҳои ҷараёне, ки нишондиҳанда чен мекунад.
figures-flow-turnover = гардиши мол
figures-flow-exports = содирот
figures-flow-imports = воридот

## Ихтилофи манбаъҳо

# $pair — ҷуфти гузоришдиҳанда ва шарик (UZ–AF); $period — давра (2023); $first ва $second —
# маблағҳо; $first-source ва $second-source — манбаъҳое, ки онҳоро овардаанд.
figures-conflict-same-period = Арзишҳо барои { $pair } дар давраи { $period } бо ҳам мувофиқат намекунанд: { $first } ({ $first-source }) ва { $second } ({ $second-source }).
# Арзиш барои қисми сол аз арзиш барои тамоми сол ($year) зиёд аст.
figures-conflict-part-exceeds-year = Арзиш барои { $pair } дар давраи { $part-period } ({ $part }, { $part-source }) аз арзиш барои тамоми соли { $year } ({ $whole }, { $whole-source }), ки ин давраро дар бар мегирад, зиёд аст.
# Арзиш барои қисми давраи дигар ($whole-period) аз арзиш барои он зиёд аст.
figures-conflict-part-exceeds-whole = Арзиш барои { $pair } дар давраи { $part-period } ({ $part }, { $part-source }) аз арзиш барои давраи { $whole-period } ({ $whole }, { $whole-source }), ки онро дар бар мегирад, зиёд аст.

## Нишондиҳандаҳои гурӯҳ

# Сарлавҳаи саҳифа дар браузер; $group — рамзи гурӯҳ.
figures-list-title = Нишондиҳандаҳо: { $group }
figures-breadcrumbs = Занҷираи паймоиш
figures-breadcrumb = Нишондиҳандаҳо
# $group — номи гурӯҳ.
figures-list-heading = Нишондиҳандаҳо: { $group }
figures-no-indicators = Ҳоло нишондиҳандае ворид нашудааст.
figures-indicators-label = Нишондиҳандаҳо
figures-column-indicator = Нишондиҳанда
figures-column-unit = Воҳиди ченак
figures-column-count = Арзишҳои барои шумо дастрас
figures-column-latest = Арзиши охирин
# Арзиши охирини барои хонанда дастрас: $pair, $period, $amount ва $source, ки онро овардааст.
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## Нишондиҳанда

# $unit — воҳиди ченаки нишондиҳанда (номи асъор ё воҳиди воридшуда).
figures-lede = Воҳиди ченак: { $unit }. Ҳар арзиш бо манбаи худ нишон дода мешавад; арзишҳое, ки бо ҳам мувофиқат намекунанд, паҳлӯ ба паҳлӯ оварда мешаванд ва ҳеҷ гоҳ муттаҳид карда намешаванд.
# Ҳамчун дар боло, барои ҷараён ($flow: figures-flow-…).
figures-lede-flow = Воҳиди ченак: { $unit }; нишондиҳандаи ҷараён ({ $flow }) барои ҳар давра, бинобар ин арзиш барои қисми давра аз арзиш барои тамоми давра зиёд буда наметавонад. Ҳар арзиш бо манбаи худ нишон дода мешавад; арзишҳое, ки бо ҳам мувофиқат намекунанд, паҳлӯ ба паҳлӯ оварда мешаванд ва ҳеҷ гоҳ муттаҳид карда намешаванд.
# Пас аз воридоти $count арзиш.
figures-imported = { $count ->
    [one] { $count } арзиш ворид карда шуд; ҳамаи сатрҳо нигоҳ дошта шуданд.
   *[other] { $count } арзиш ворид карда шуд; ҳамаи сатрҳо нигоҳ дошта шуданд.
}
figures-conflicts-heading = Ихтилофи манбаъҳо
figures-chart-heading = График
figures-chart-caption = Барои ҳар манбаъ силсилаи алоҳида; нуқтаи ишорашуда бо арзиши дигар мувофиқат намекунад. Силсилаи дароз аз рӯи арзиши хурдтарин ва калонтарини ҳар фосилаи вақт ва ҳамаи арзишҳои ихтилофнок кашида мешавад; дар ҷадвалҳо ва файли CSV ҳамаи арзишҳо оварда шудаанд.
figures-download-csv = Боргирии арзишҳои барои шумо дастрас (CSV)

figures-targets-heading = Арзишҳои ҳадафӣ
figures-no-targets = Арзишҳои ҳадафӣ муқаррар нашудаанд.
# Ҳадаф: то соли $year солона $amount.
figures-target-goal = то соли { $year } солона { $amount }
# $source — манбае, ки ҳадаф дар он муқаррар шудааст.
figures-target-source = Манбаъ: { $source }
# $pair — ҷуфти гузоришдиҳанда ва шарик.
figures-target-progress-label = Пешрафт ба сӯи арзиши ҳадафӣ барои { $pair }
# $percent — ҳиссаи иҷрошудаи ҳадаф (18,17 %), $from — арзише, ки аз он ҳисоб карда мешавад.
figures-target-reached = Сатҳи ноилшуда: { $percent } (асоси ҳисоб: { $from }).
# Арзише, ки пешрафт аз он ҳисоб карда мешавад: $amount дар давраи $period, аз $source.
figures-target-from = { $amount }, { $period } (манбаъ: { $source })
# $rate — суръати солона (figures-rate-per-year).
figures-growth-needed = Афзоиши зарурӣ: { $rate } бо ҳисоби фоизи мураккаб.
# $percent — фоиз, ки тибқи қоидаҳои забон навишта шудааст.
figures-rate-per-year = солона { $percent }
figures-no-whole-year = Ҳоло арзиш барои соли пурра, ки аз он пешрафтро ҳисоб кардан мумкин бошад, нест.
figures-how-computed = Тартиби ҳисоб
# $formula — формулае, ки бо figures-formula-target, -latest ва -years сохта шудааст.
figures-how-computed-text = Пешрафт — арзиши охирини ҷуфт барои соли пурра, ки ба арзиши ҳадафӣ тақсим ва ба 100 зарб карда шудааст. Афзоиши зарурӣ — суръати солонае, ки бо ҳисоби фоизи мураккаб арзиши охирини соли пурраро то соли муқарраршудаи ҳадаф ба арзиши ҳадафӣ мерасонад: { $formula }, ки дар он «шумораи солҳо» — фарқи байни соли ҳадаф ва соли арзиши охирин аст. Ҳар ду бузургӣ бо арифметикаи даҳии дақиқ ҳисоб карда мешаванд.
figures-formula-target = арзиши ҳадафӣ
figures-formula-latest = арзиши охирин
figures-formula-years = шумораи солҳо

# Арзишҳои як ҷуфти гузоришдиҳанда ва шарик ($pair).
figures-pair-table-label = Арзишҳои { $pair }
figures-column-period = Давра
figures-column-value = Арзиш
figures-column-source = Манбаъ
figures-column-note = Эзоҳ
figures-column-distribution = Доираи гирандагон
# Нишон дар канори арзише, ки бо арзиши дигар мувофиқат намекунад.
figures-disagrees = ихтилоф
# Арзишҳои пешинаи ҷуфт, ки дар ҷадвал нестанд; $link — figures-list-every-figure.
figures-hidden = { $count ->
    [one] { $count } арзиши пешинаи ҷуфти { $pair } дар график ва файли CSV инъикос ёфтааст; { $link }.
   *[other] { $count } арзиши пешинаи ҷуфти { $pair } дар график ва файли CSV инъикос ёфтаанд; { $link }.
}
figures-list-every-figure = нишон додани ҳамаи арзишҳо
figures-none-yet = Ҳоло арзишҳои барои шумо дастрас нестанд.

figures-record-heading = Ворид кардани арзиши нишондиҳанда
figures-field-reporter = Тарафи гузоришдиҳанда
figures-field-partner = Шарик (рамзи ISO)
figures-field-first-day = Рӯзи аввал
figures-field-last-day = Рӯзи охир
# $unit — воҳиди ченаки нишондиҳанда.
figures-field-value = Арзиш ({ $unit })
figures-field-value-help = Танҳо рақамҳо, дар ҳолати зарурӣ бо нуқта: 545200000
figures-field-source = Манбаъ
figures-field-source-link = Пайванд ба манбаъ
figures-field-note = Эзоҳ
figures-field-who-sees-it = Барои кӣ дастрас аст
figures-sees-group = Барои тамоми гурӯҳ
figures-sees-members = Танҳо барои аъзои гурӯҳ
figures-sees-national = Танҳо барои ҳайати ман
figures-sees-public = Барои ҳама
figures-record-button = Ворид кардани арзиш

figures-import-heading = Воридоти арзишҳо аз файли CSV
# $ours — рӯйхати сутунҳои мо; $year, $period ва $rest — номҳои сутунҳои UN Comtrade.
figures-import-help = Сутунҳои мо ({ $ours }) ё сутунҳои UN Comtrade ({ $year } ё { $period }, { $rest }). Ё ҳамаи сатрҳо нигоҳ дошта мешаванд, ё ҳеҷ яке.
figures-import-refused = Ҳеҷ чиз нигоҳ дошта нашуд. Сатрҳои зеринро ислоҳ кунед ва аз нав ворид намоед:
figures-import-form-label = Воридоти арзишҳо
figures-import-file = Файли CSV
figures-import-paste = Ё мундариҷаи онро гузоред
figures-import-source = Манбаъ барои ҳамаи сатрҳо
figures-import-source-placeholder = UN Comtrade
figures-import-button = Ворид кардан

## График (матни он барои онҳое, ки тасвирро дида наметавонанд, хонда мешавад)

# Чанд арзиш ($figures) бо кадом воҳид ($unit) аз чанд манбаъ ($sources).
figures-chart-summary =
    { $figures ->
        [one] { $figures } арзиш
       *[other] { $figures } арзиш
    } ({ $sources ->
        [one] { $sources } манбаъ
       *[other] { $sources } манбаъ
    }); воҳиди ченак: { $unit }.
figures-chart-no-conflicts = Ихтилоф нест.
# $count ихтилоф, сипас тавсифи онҳо $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } ихтилоф: { $sentences }
   *[other] { $count } ихтилоф: { $sentences }
}
# Арзиш дар тири график: $number (овардашуда) ва $unit.
figures-chart-axis-value = { $number } { $unit }
# Як арзиши кашидашуда: $pair, $period, арзиши он $value (овардашуда) ва манбаи он $source.
figures-chart-figure = { $pair }, { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair }, { $period }: { $value } ({ $source }); бо арзиши дигар мувофиқат намекунад
