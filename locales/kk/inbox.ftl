# Кіріс хаттар: оқырманның тарапынан қазір не талап етіледі және жақында не шешілді.

inbox-title = Кіріс хаттар
inbox-heading = Кіріс хаттар
inbox-lede = Қазір сіздің немесе тарапыңыздың қатысуын талап ететін мәселелер және соңғы екі аптада қабылданған шешімдер.
inbox-empty = Қазір сіздің қатысуыңызды талап ететін ештеңе жоқ.

## Әр тармақтың белгісі

inbox-label-needs-your-party = тарапыңыздың жауабы күтілуде
inbox-label-deadline-soon = мерзімі 24 сағат ішінде аяқталады
inbox-label-open = ашық
inbox-label-adopted = қабылданды
inbox-label-not-adopted = қабылданбады
inbox-label-silence-broken = үнсіздік бұзылды

## Тармақ оқырманнан не талап етеді

inbox-detail-position-needed = Тарапыңыздың ұстанымы қажет.
inbox-detail-under-silence = Үнсіздік рәсімі жүріп жатыр: шешім қабылдануы үшін үнсіздік сақтаңыз немесе қарсылық білдіріп, үнсіздікті бұзыңыз.
# $kind: consensus немесе silence — рәсімнің түрі.
inbox-detail-open = { $kind ->
    [silence] Үнсіздік рәсімі ашық.
   *[consensus] Консенсус раунды ашық.
}
inbox-detail-adopted = Шешім қабылданды.
# $party: үнсіздікті бұзған тараптың коды.
inbox-detail-silence-broken = Үнсіздікті { $party } бұзды.
# $when: күні мен уақыты.
inbox-closed = Жабылған уақыты: { $when }.
inbox-deadline = Мерзімі: { $when }.
