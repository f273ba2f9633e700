# Макулдашуулардын реестри жана бийлик органдары менен байланыштардын жазуулары (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Навигация чынжыры

## Макулдашуулар

# Браузердеги барактын аталышы; $group — топтун коду.
followup-agreements-title = Макулдашуулар: { $group }
followup-agreements-breadcrumb = Макулдашуулар
# $group — топтун аталышы.
followup-agreements-heading = Топтун тараптарынын макулдашуулары: { $group }
followup-agreements-lede = Тараптар өз өнөктөштөрү менен кол койгон макулдашуулар, ар бири булагы көрсөтүлүп. Жыйынтык суммалар сизге жеткиликтүү макулдашуулардын негизинде ар бир тарап жана валюта боюнча келтирилет; ар түрдүү валютадагы суммалар эч качан кошулбайт.
followup-totals-heading = Жыйынтык
followup-agreements-none = Сизге жеткиликтүү макулдашуулар жок.
followup-column-party = Тарап
followup-column-agreements = Макулдашуулар
followup-column-value = Суммасы
# Тараптын бир да макулдашуусунда сумма көрсөтүлбөгөндөгү жыйынтык.
followup-no-value = сумма көрсөтүлгөн эмес
followup-registry-heading = Реестр
followup-registry-label = Макулдашуулар
followup-column-agreement = Макулдашуу
followup-column-parties = Тараптар
followup-column-track = Кызматташтык тармагы
followup-column-signed = Кол коюлган
followup-column-count = Саны
followup-column-status = Абалы
followup-column-source = Булак
followup-column-distribution = Таратуу
# Макулдашууга качан жана кайда кол коюлганы: $date — күн, $place — киргизилген жер.
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = кол коюлган
followup-agreement-status-in-force = күчүнө кирген
followup-agreement-status-implemented = аткарылган
followup-agreement-status-stalled = аткарылышы токтотулган
followup-agreement-status-terminated = токтотулган

followup-agreement-record-heading = Макулдашууну каттоо
followup-field-title = Аталышы
followup-field-party = Тарап
followup-field-counterpart-code = Өнөктөш (коду)
followup-field-track = Кызматташтык тармагы
followup-field-signed-on = Кол коюлган күнү
followup-field-place = Орду
followup-field-count = Бул жазуу камтыган макулдашуулардын саны
# Киргизилген маани бүтүн сан болбогондо талаанын астында көрсөтүлөт.
followup-count-not-whole = бүтүн сан болушу керек
followup-field-value = Суммасы
followup-field-value-help = Валютанын бүтүн бирдиктери менен, мисалы, 2500000000; сумма жарыяланбаса, талааны бош калтырыңыз.
followup-field-currency = Валюта (ISO 4217 коду)
followup-field-status = Абалы
followup-field-source = Булак
followup-field-source-link = Булакка шилтеме
followup-field-who-sees-it = Кимге жеткиликтүү
followup-sees-group = Бүт топко
followup-sees-members = Топтун мүчөлөрүнө гана
followup-sees-national = Менин делегацияма гана
followup-sees-public = Баарына
followup-agreement-record-button = Макулдашууну каттоо

## Бийлик органдары менен байланыштар

# Браузердеги барактын аталышы; $group — топтун коду.
followup-engagements-title = Бийлик органдары менен байланыштар: { $group }
followup-engagements-breadcrumb = Байланыштар
followup-engagements-heading = Бийлик органдары менен байланыштар
followup-engagements-lede = Ар бир тараптын өнөктөш өлкөнүн бийлик органдары менен байланыштары жөнүндө өз жазуулары. Тараптын атайын өкүлү таратуу чөйрөсүн кеңейтпесе, жазуу аны киргизген делегацияга гана жеткиликтүү.
followup-engagements-records-heading = Сизге жеткиликтүү жазуулар
followup-engagements-none = Сизге жеткиликтүү жазуулар жок.
# Жазуунун аталышы: $party (код) $counterpart өкүлдөрү менен $date күнү $place шаарында жолуккан.
followup-engagement-heading = { $party } — { $counterpart }, { $place }, { $date }
followup-engagement-level = Деңгээли
followup-engagement-tracks = Кызматташтык тармактары
followup-engagement-summary = Кыскача мазмуну
followup-engagement-follow-up = Кийинки аракеттер
followup-widen-confirm = Бул жазуу жеткиликтүү болгондордун чөйрөсүн кеңейтесизби? Бул аракетти артка кайтарууга болбойт.
followup-widen-label = Кимге ачуу
followup-widen-members = топтун мүчөлөрүнө
followup-widen-group = бүт топко
followup-widen-public = баарына
followup-widen-button = Кеңейтүү
# $party — окурмандын тарабынын коду.
followup-engagement-record-heading = { $party } тарабынын байланышын каттоо
followup-engagement-form-label = Байланышты каттоо
followup-field-date = Күнү
# Жаңы жазуунун формасында сунушталган жер.
followup-engagement-place-default = Кабул
followup-engagement-level-example = Атайын өкүл
followup-field-counterpart = Бийлик органы
followup-engagement-counterpart-example = Соода жана өнөр жай министрлиги
followup-engagement-sees-members = Топтун мүчөлөрүнө
followup-engagement-sees-group = Бүт топко
followup-engagement-record-button = Каттоо
