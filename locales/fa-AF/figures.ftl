# شاخص‌ها و ارقام آن‌ها (templates/indicators.html، templates/indicator.html،
# src/http/pages/figures.rs، src/http/pages/chart.rs)؛ کلمات مربوط به مقدار، پول و
# دوره‌ها که همه صفحات پیگیری به کار می‌برند (src/http/pages/figures/words.rs).

## اعداد، پول و دوره‌ها

# مقداری که به هزار، میلیون یا میلیارد تبدیل شده است؛ $number از قبل به شیوه زبان
# نوشته شده است (۵۴۵٫۲).
figures-scaled-thousands = { $number } هزار
figures-scaled-millions = { $number } میلیون
figures-scaled-billions = { $number } میلیارد
# یک رقم با واحد آن: $unit نام یک واحد پول است (figures-currency-…) یا واحدی که درج
# شده است؛ $number یک عدد (تبدیل‌شده) است.
figures-amount = { $number } { $unit }
# $number از قبل به شیوه زبان نوشته شده است.
figures-percent = { $number }٪
# یک سال کامل تقویمی؛ $year شماره آن است.
figures-period-year = { $year }
# ماه‌های کامل یک سال: جنوری–سپتمبر ۲۰۲۴. $first و $last نام ماه‌ها هستند، به شکلی که
# CLDR ماه را به تنهایی می‌نویسد.
figures-period-months = { $first }–{ $last } { $year }
# هر دوره دیگر: روز نخست و روز آخر آن، با تاریخ‌هایی که به شیوه زبان نوشته شده‌اند.
figures-period-days = { $first } – { $last }

# واحدهای پول، به نامی که صفحه پیش یا پس از مبلغ به آن‌ها می‌دهد.
figures-currency-usd = دالر امریکایی
figures-currency-eur = یورو
figures-currency-rub = روبل روسی
figures-currency-cny = یوآن چینایی
figures-currency-kzt = تنگه قزاقستانی
figures-currency-uzs = سوم ازبکستانی
figures-currency-kgs = سوم قرغیزستانی
figures-currency-tjs = سامانی تاجیکستانی
figures-currency-tmt = منات ترکمنستانی
figures-currency-afn = افغانی
figures-currency-pkr = کلدار پاکستانی
figures-currency-irr = ریال ایرانی
figures-currency-inr = روپیه هندی
figures-currency-try = لیره ترکی
figures-currency-aed = درهم امارات
figures-currency-gbp = پوند استرلینگ
figures-currency-jpy = ین جاپانی
figures-currency-chf = فرانک سویسی

# انواع جریانی که یک شاخص اندازه می‌گیرد.
figures-flow-turnover = حجم مبادلات
figures-flow-exports = صادرات
figures-flow-imports = واردات

## جاهایی که منابع با هم مطابقت ندارند

# $pair یک جفت گزارش‌دهنده–شریک است (UZ–AF)؛ $period یک دوره (۲۰۲۳)؛ $first و $second
# مبالغ؛ $first-source و $second-source منابعی که آن‌ها را ارائه می‌کنند.
figures-conflict-same-period = ارقام { $pair } برای { $period } با هم مطابقت ندارند: { $first } ({ $first-source }) و { $second } ({ $second-source }).
# رقم بخشی از یک سال که از رقم تمام سال ($year) بیشتر است.
figures-conflict-part-exceeds-year = رقم { $pair } برای { $part-period } ({ $part }، { $part-source }) از رقم تمام سال { $year } ({ $whole }، { $whole-source }) که آن را در بر می‌گیرد، بیشتر است.
# رقم بخشی از یک دوره دیگر ($whole-period) که از رقم آن دوره بیشتر است.
figures-conflict-part-exceeds-whole = رقم { $pair } برای { $part-period } ({ $part }، { $part-source }) از رقم { $whole-period } ({ $whole }، { $whole-source }) که آن را در بر می‌گیرد، بیشتر است.

## شاخص‌های گروه

# عنوان صفحه در مرورگر؛ $group کود گروه است.
figures-list-title = ارقام { $group }
figures-breadcrumbs = مسیر راهیابی
figures-breadcrumb = ارقام
# $group نام گروه است.
figures-list-heading = ارقام { $group }
figures-no-indicators = تا هنوز هیچ شاخصی وجود ندارد.
figures-indicators-label = شاخص‌ها
figures-column-indicator = شاخص
figures-column-unit = واحد
figures-column-count = ارقام قابل دید برای شما
figures-column-latest = آخرین رقم
# آخرین رقم قابل دید برای خواننده: $pair، $period، $amount و $source که آن را ارائه می‌کند.
figures-latest = { $pair }، { $period }: { $amount } ({ $source })

## یک شاخص

# $unit واحد شاخص است (نام یک واحد پول، یا همان‌طور که درج شده است).
figures-lede = به { $unit }. هر رقم با منبع خودش نشان داده می‌شود؛ ارقامی که با هم مطابقت ندارند در کنار هم نگه داشته می‌شوند و هرگز ادغام نمی‌شوند.
# مانند بالا، برای یک جریان ($flow: figures-flow-…).
figures-lede-flow = به { $unit }؛ یک جریان ({ $flow }) در هر دوره، بنابراین رقم بخشی از یک دوره از رقم کل آن بیشتر بوده نمی‌تواند. هر رقم با منبع خودش نشان داده می‌شود؛ ارقامی که با هم مطابقت ندارند در کنار هم نگه داشته می‌شوند و هرگز ادغام نمی‌شوند.
# پس از وارد کردن $count رقم.
figures-imported = { $count ->
    [one] { $count } رقم وارد شد؛ همه سطرها ذخیره شدند.
   *[other] { $count } رقم وارد شد؛ همه سطرها ذخیره شدند.
}
figures-conflicts-heading = موارد عدم مطابقت منابع
figures-chart-heading = چارت
figures-chart-caption = برای هر منبع یک سلسله؛ نقطه نشانی‌شده با رقم دیگری مطابقت ندارد. سلسله طولانی از پایین‌ترین و بالاترین رقم هر بازه زمانی و همه ارقام متضاد ترسیم می‌شود؛ جدول‌ها و فایل CSV همه اعداد را فهرست می‌کنند.
figures-download-csv = ارقامی را که می‌بینید دانلود کنید (CSV)

figures-targets-heading = ارقام هدف
figures-no-targets = هیچ رقم هدفی تعیین نشده است.
# یک هدف: $amount در سال تا $year.
figures-target-goal = { $amount } در سال تا { $year }
# $source جایی است که هدف در آن تعیین شده است.
figures-target-source = منبع: { $source }
# $pair یک جفت گزارش‌دهنده–شریک است.
figures-target-progress-label = پیشرفت به سوی رقم هدف { $pair }
# $percent سهم تحقق‌یافته هدف است (۱۸٫۱۷٪)، $from رقمی که پیشرفت از آن سنجیده می‌شود.
figures-target-reached = { $percent } تحقق یافته، از { $from }.
# رقمی که پیشرفت از آن سنجیده می‌شود: $amount در $period، ارائه‌شده توسط $source.
figures-target-from = { $amount } در { $period } ({ $source })
# $rate یک نرخ سالانه است (figures-rate-per-year).
figures-growth-needed = رشد لازم باقی‌مانده: { $rate }، به صورت مرکب.
# $percent فیصدی است که از قبل به شیوه زبان نوشته شده است.
figures-rate-per-year = { $percent } در سال
figures-no-whole-year = تا هنوز رقم یک سال کامل برای سنجش پیشرفت وجود ندارد.
figures-how-computed = شیوه محاسبه
# $formula فورمولی است که با figures-formula-target، -latest و -years ساخته می‌شود.
figures-how-computed-text = پیشرفت عبارت است از آخرین رقم سال کامل این جفت تقسیم بر رقم هدف، ضرب در ۱۰۰. رشد لازم باقی‌مانده نرخ سالانه‌ای است که به صورت مرکب، آخرین رقم سال کامل را تا سال هدف به رقم هدف می‌رساند: { $formula }، که در آن «سال‌ها» عبارت از سال هدف منهای سال آخرین رقم است. هر دو با اعشاریه دقیق محاسبه می‌شوند.
figures-formula-target = هدف
figures-formula-latest = آخرین
figures-formula-years = سال‌ها

# ارقام یک جفت گزارش‌دهنده–شریک ($pair).
figures-pair-table-label = ارقام { $pair }
figures-column-period = دوره
figures-column-value = مقدار
figures-column-source = منبع
figures-column-note = یادداشت
figures-column-distribution = توزیع
# نشانی که کنار رقمی می‌آید که با رقم دیگری مطابقت ندارد.
figures-disagrees = عدم مطابقت
# ارقام قبلی یک جفت که در جدول آن فهرست نشده‌اند؛ $link همان figures-list-every-figure است.
figures-hidden = { $count ->
    [one] { $count } رقم قبلی { $pair } در چارت و فایل CSV موجود است؛ { $link }.
   *[other] { $count } رقم قبلی { $pair } در چارت و فایل CSV موجود است؛ { $link }.
}
figures-list-every-figure = همه ارقام را فهرست کنید
figures-none-yet = تا هنوز رقمی که شما اجازه دیدن آن را داشته باشید وجود ندارد.

figures-record-heading = ثبت رقم
figures-field-reporter = گزارش‌دهنده
figures-field-partner = شریک (کود ISO)
figures-field-first-day = روز نخست
figures-field-last-day = روز آخر
# $unit واحد شاخص است.
figures-field-value = مقدار ({ $unit })
figures-field-value-help = ارقام، در صورت لزوم با نقطه اعشاریه: 545200000
figures-field-source = منبع
figures-field-source-link = پیوند به منبع
figures-field-note = یادداشت
figures-field-who-sees-it = چه کسی آن را می‌بیند
figures-sees-group = تمام گروه
figures-sees-members = تنها اعضا
figures-sees-national = تنها هیئت من
figures-sees-public = همه
figures-record-button = رقم را ثبت کنید

figures-import-heading = وارد کردن ارقام از CSV
# $ours فهرست ستون‌های ماست؛ $year، $period و $rest نام ستون‌های UN Comtrade.
figures-import-help = ستون‌های ما ({ $ours }) یا ستون‌های UN Comtrade ({ $year } یا { $period }، { $rest }). یا همه سطرها ذخیره می‌شوند، یا هیچ‌کدام.
figures-import-refused = هیچ چیزی ذخیره نشد. این سطرها را اصلاح کنید و دوباره وارد کنید:
figures-import-form-label = وارد کردن ارقام
figures-import-file = فایل CSV
figures-import-paste = یا محتوای آن را اینجا بچسپانید
figures-import-source = منبع همه سطرها
figures-import-source-placeholder = UN Comtrade
figures-import-button = وارد کنید

## چارت (متن آن برای کسانی که آن را دیده نمی‌توانند خوانده می‌شود)

# چند رقم ($figures) به کدام واحد ($unit) از چند منبع ($sources).
figures-chart-summary =
    { $figures ->
        [one] { $figures } رقم
       *[other] { $figures } رقم
    } به { $unit } از { $sources ->
        [one] { $sources } منبع
       *[other] { $sources } منبع
    }.
figures-chart-no-conflicts = هیچ رقمی با رقم دیگر در تضاد نیست.
# $count مورد تضاد، سپس $sentences آن‌ها (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } مورد عدم مطابقت: { $sentences }
   *[other] { $count } مورد عدم مطابقت: { $sentences }
}
# یک مقدار روی محور چارت: $number (تبدیل‌شده) و $unit.
figures-chart-axis-value = { $number } { $unit }
# یک رقم ترسیم‌شده: $pair، $period، $value آن (تبدیل‌شده) و $source آن.
figures-chart-figure = { $pair } { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair } { $period }: { $value } ({ $source })؛ با رقم دیگری مطابقت ندارد
