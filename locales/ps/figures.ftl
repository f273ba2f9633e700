# شاخصونه او د هغو ارقام (templates/indicators.html، templates/indicator.html،
# src/http/pages/figures.rs، src/http/pages/chart.rs)؛ د مقدار، پیسو او مودو کلمې
# چې د تعقیب ټولې پاڼې یې کاروي (src/http/pages/figures/words.rs).

## شمېرې، پیسې او مودې

# هغه ارزښت چې په زرګونو، میلیونونو یا میلیاردونو اړول شوی؛ $number د ژبې په طریقه
# مخکې لیکل شوی (۵۴۵٫۲).
figures-scaled-thousands = { $number } زره
figures-scaled-millions = { $number } میلیونه
figures-scaled-billions = { $number } میلیارده
# یو رقم له خپل واحد سره: $unit د پیسو د واحد نوم دی (figures-currency-…) یا هغه واحد
# چې ولیکل شو؛ $number یو (اړول شوی) عدد دی.
figures-amount = { $number } { $unit }
# $number د ژبې په طریقه مخکې لیکل شوی.
figures-percent = { $number }٪
# یو بشپړ تقویمي کال؛ $year یې شمېره ده.
figures-period-year = { $year }
# د یوه کال بشپړې میاشتې: جنوري–سپټمبر ۲۰۲۴. $first او $last د میاشتو نومونه دي، لکه
# څنګه چې CLDR یوازې میاشت لیکي.
figures-period-months = { $first }–{ $last } { $year }
# بله هره موده: د هغې لومړۍ او وروستۍ ورځ، د ژبې په طریقه لیکل شوې نېټې.
figures-period-days = { $first } – { $last }

# د پیسو واحدونه، په هغه نوم چې پاڼه یې د مبلغ مخکې یا وروسته ورکوي.
figures-currency-usd = امریکايي ډالر
figures-currency-eur = یورو
figures-currency-rub = روسي روبل
figures-currency-cny = چینايي یوان
figures-currency-kzt = قزاقستاني تنګه
figures-currency-uzs = ازبکستاني سوم
figures-currency-kgs = قرغیزستاني سوم
figures-currency-tjs = تاجیکستاني سماني
figures-currency-tmt = ترکمنستاني منات
figures-currency-afn = افغانۍ
figures-currency-pkr = پاکستاني کلدار
figures-currency-irr = ایراني ریال
figures-currency-inr = هندي روپۍ
figures-currency-try = ترکي لیره
figures-currency-aed = اماراتي درهم
figures-currency-gbp = برتانوي پونډ
figures-currency-jpy = جاپاني ین
figures-currency-chf = سویسي فرانک

# د جریان ډولونه چې یو شاخص یې اندازه کوي.
figures-flow-turnover = د سوداګرۍ حجم
figures-flow-exports = صادرات
figures-flow-imports = واردات

## چېرې چې سرچینې سره سمون نه خوري

# $pair د راپور ورکوونکي–شریک جوړه ده (UZ–AF)؛ $period یوه موده (۲۰۲۳)؛ $first او $second
# مبالغ؛ $first-source او $second-source هغه سرچینې چې دا مبالغ ورکوي.
figures-conflict-same-period = د { $pair } ارقام د { $period } لپاره سره سمون نه خوري: { $first } ({ $first-source }) او { $second } ({ $second-source }).
# د کال د یوې برخې رقم چې د ټول کال ($year) له رقم څخه زیات دی.
figures-conflict-part-exceeds-year = د { $pair } رقم د { $part-period } لپاره ({ $part }، { $part-source }) د ټول { $year } کال له رقم ({ $whole }، { $whole-source }) څخه زیات دی، په داسې حال کې چې دا موده پکې شامله ده.
# د بلې مودې ($whole-period) د یوې برخې رقم چې د هغې له رقم څخه زیات دی.
figures-conflict-part-exceeds-whole = د { $pair } رقم د { $part-period } لپاره ({ $part }، { $part-source }) د { $whole-period } له رقم ({ $whole }، { $whole-source }) څخه زیات دی، په داسې حال کې چې دا موده پکې شامله ده.

## د ګروپ شاخصونه

# په براوزر کې د پاڼې سرلیک؛ $group د ګروپ کوډ دی.
figures-list-title = د { $group } ارقام
figures-breadcrumbs = د لارښوونې لړۍ
figures-breadcrumb = ارقام
# $group د ګروپ نوم دی.
figures-list-heading = د { $group } ارقام
figures-no-indicators = تر اوسه هېڅ شاخص نشته.
figures-indicators-label = شاخصونه
figures-column-indicator = شاخص
figures-column-unit = واحد
figures-column-count = هغه ارقام چې تاسو یې وینئ
figures-column-latest = وروستی رقم
# د لوستونکي وروستی رقم: $pair، $period، $amount او $source چې دا رقم ورکوي.
figures-latest = { $pair }، { $period }: { $amount } ({ $source })

## یو شاخص

# $unit د شاخص واحد دی (د پیسو د واحد نوم، یا لکه څنګه چې ولیکل شو).
figures-lede = په { $unit }. هر رقم له خپلې سرچینې سره ښودل کېږي؛ هغه ارقام چې سره سمون نه خوري، څنګ په څنګ ساتل کېږي او هېڅکله سره نه ګډېږي.
# لکه پورته، د یوه جریان لپاره ($flow: figures-flow-…).
figures-lede-flow = په { $unit }؛ په هره موده کې یو جریان ({ $flow })، نو د یوې مودې د یوې برخې رقم د ټولې مودې له رقم څخه زیات نه شي کېدای. هر رقم له خپلې سرچینې سره ښودل کېږي؛ هغه ارقام چې سره سمون نه خوري، څنګ په څنګ ساتل کېږي او هېڅکله سره نه ګډېږي.
# د $count ارقامو له واردولو وروسته.
figures-imported = { $count ->
    [one] { $count } رقم وارد شو؛ ټولې کرښې خوندي شوې.
   *[other] { $count } ارقام وارد شول؛ ټولې کرښې خوندي شوې.
}
figures-conflicts-heading = چېرې چې سرچینې سره سمون نه خوري
figures-chart-heading = چارټ
figures-chart-caption = د هرې سرچینې لپاره یوه لړۍ؛ نښه شوی ټکی له بل رقم سره سمون نه خوري. اوږده لړۍ د هرې مودې له تر ټولو ټیټ او لوړ رقم او له ټولو متضادو ارقامو څخه رسمېږي؛ جدولونه او د CSV فایل ټولې شمېرې لېست کوي.
figures-download-csv = هغه ارقام چې وینئ یې ډاونلوډ کړئ (CSV)

figures-targets-heading = هدفونه
figures-no-targets = هېڅ هدف نه دی ټاکل شوی.
# یو هدف: $amount په کال کې تر $year پورې.
figures-target-goal = تر { $year } پورې په کال کې { $amount }
# $source هغه ځای دی چې هدف پکې ټاکل شوی.
figures-target-source = سرچینه: { $source }
# $pair د راپور ورکوونکي–شریک جوړه ده.
figures-target-progress-label = د { $pair } هدف په لور پرمختګ
# $percent د هدف هغه برخه ده چې ترلاسه شوې (۱۸٫۱۷٪)، $from هغه رقم چې پرمختګ ترې اندازه کېږي.
figures-target-reached = { $percent } ترلاسه شوی، له { $from } څخه.
# هغه رقم چې پرمختګ ترې اندازه کېږي: $amount په $period کې، د $source له خوا ورکړل شوی.
figures-target-from = په { $period } کې { $amount } ({ $source })
# $rate کلنۍ کچه ده (figures-rate-per-year).
figures-growth-needed = لا اړینه وده: { $rate }، په مرکب ډول.
# $percent سلنه ده چې د ژبې په طریقه مخکې لیکل شوې.
figures-rate-per-year = په کال کې { $percent }
figures-no-whole-year = تر اوسه د بشپړ کال رقم نشته چې پرمختګ ترې اندازه شي.
figures-how-computed = دا څنګه محاسبه کېږي
# $formula هغه فورمول دی چې له figures-formula-target، -latest او -years سره جوړېږي.
figures-how-computed-text = پرمختګ د دې جوړې د وروستي بشپړ کال رقم دی چې پر هدف ووېشل شي او په ۱۰۰ کې ضرب شي. لا اړینه وده هغه کلنۍ کچه ده چې په مرکب ډول د وروستي بشپړ کال رقم د هدف تر کاله پورې هدف ته رسوي: { $formula }، چېرې چې «کلونه» د هدف کال منفي د وروستي رقم کال دی. دواړه په دقیقو اعشاري عددونو محاسبه کېږي.
figures-formula-target = هدف
figures-formula-latest = وروستی
figures-formula-years = کلونه

# د راپور ورکوونکي–شریک د یوې جوړې ($pair) ارقام.
figures-pair-table-label = د { $pair } ارقام
figures-column-period = موده
figures-column-value = اندازه
figures-column-source = سرچینه
figures-column-note = یادښت
figures-column-distribution = وېش
# هغه نښه چې د هغه رقم تر څنګ راځي چې له بل رقم سره سمون نه خوري.
figures-disagrees = سمون نه خوري
# د یوې جوړې پخواني ارقام چې په جدول کې نه دي لېست شوي؛ $link همدا figures-list-every-figure دی.
figures-hidden = { $count ->
    [one] د { $pair } { $count } پخوانی رقم په چارټ او د CSV په فایل کې دی؛ { $link }.
   *[other] د { $pair } { $count } پخواني ارقام په چارټ او د CSV په فایل کې دي؛ { $link }.
}
figures-list-every-figure = ټول ارقام لېست کړئ
figures-none-yet = تر اوسه داسې رقم نشته چې تاسو یې ولیدلای شئ.

figures-record-heading = د رقم ثبتول
figures-field-reporter = راپور ورکوونکی
figures-field-partner = شریک (ISO کوډ)
figures-field-first-day = لومړۍ ورځ
figures-field-last-day = وروستۍ ورځ
# $unit د شاخص واحد دی.
figures-field-value = اندازه ({ $unit })
figures-field-value-help = عددونه، د اړتیا په صورت کې له اعشاري ټکي سره: 545200000
figures-field-source = سرچینه
figures-field-source-link = سرچینې ته لینک
figures-field-note = یادښت
figures-field-who-sees-it = څوک یې ویني
figures-sees-group = ټول ګروپ
figures-sees-members = یوازې غړي
figures-sees-national = یوازې زما پلاوی
figures-sees-public = هرڅوک
figures-record-button = رقم ثبت کړئ

figures-import-heading = له CSV څخه د ارقامو واردول
# $ours زموږ د ستونونو لېست دی؛ $year، $period او $rest د UN Comtrade د ستونونو نومونه.
figures-import-help = زموږ ستونونه ({ $ours }) یا د UN Comtrade ستونونه ({ $year } یا { $period }، { $rest }). یا ټولې کرښې خوندي کېږي، یا هېڅ یوه.
figures-import-refused = هېڅ شی خوندي نه شو. دا کرښې سمې کړئ او بیا یې وارد کړئ:
figures-import-form-label = د ارقامو واردول
figures-import-file = CSV فایل
figures-import-paste = یا یې منځپانګه دلته پیسټ کړئ
figures-import-source = د ټولو کرښو سرچینه
figures-import-source-placeholder = UN Comtrade
figures-import-button = وارد یې کړئ

## چارټ (د هغو کسانو لپاره یې متن لوستل کېږي چې نه یې شي لیدلای)

# څو ارقام ($figures) په کوم واحد ($unit) له څو سرچینو ($sources) څخه.
figures-chart-summary =
    { $figures ->
        [one] { $figures } رقم
       *[other] { $figures } ارقام
    } په { $unit }، له { $sources ->
        [one] { $sources } سرچینې
       *[other] { $sources } سرچینو
    } څخه.
figures-chart-no-conflicts = هېڅ رقم له بل رقم سره ټکر نه لري.
# $count ټکرونه، بیا د هغو $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } ټکر: { $sentences }
   *[other] { $count } ټکرونه: { $sentences }
}
# د چارټ پر محور یو ارزښت: $number (اړول شوی) او $unit.
figures-chart-axis-value = { $number } { $unit }
# یو رسم شوی رقم: $pair، $period، د هغه $value (اړول شوی) او د هغه $source.
figures-chart-figure = { $pair } { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair } { $period }: { $value } ({ $source })؛ له بل رقم سره ټکر لري
