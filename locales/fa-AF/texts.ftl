# متن‌های یک گروه و صفحه یک متن (templates/texts.html، text.html،
# src/http/pages/texts/).

texts-breadcrumbs = مسیر راهیابی
texts-breadcrumb = متن‌ها

## فهرست متن‌های یک گروه

# $group کود گروه است.
texts-title = متن‌های { $group }
# $group نام گروه، همان‌طور که درج شده است.
texts-heading = متن‌های { $group }
texts-lede = مسوده‌های تحت مذاکره و متن‌های تصویب‌شده‌ای که برای شما توزیع شده‌اند.
texts-link-decisions = فیصله‌ها
texts-link-public-record = اسناد عامه
texts-empty = تا هنوز هیچ متنی برای شما توزیع نشده است.
texts-table-label = متن‌ها
texts-column-title = عنوان
texts-column-kind = نوع
texts-column-penholder = مسئول متن
texts-column-distribution = توزیع
texts-column-classification = درجه محرمیت
texts-draft = مسوده متن را تهیه کنید
texts-title-label = عنوان
texts-kind-label = نوع
texts-negotiating-language = زبان مذاکره
texts-negotiating-language-hint = کود زبان: ru، en، fa-AF، uz-Arab…
texts-body-label = متن
# $example قوسی است که به شکل مورد نیاز متن نوشته شده است (texts-body-hint-example).
texts-body-hint = بخش‌هایی را که تا هنوز توافق نشده‌اند، همراه با دارندگان و گزینه‌های بدیل آن‌ها در قوس بگذارید: { $example }.
texts-body-hint-example = [[{ "{" }KZ,UZ{ "}" } موافقت می‌نمایند || یادداشت می‌نمایند]]
texts-distribution-label = توزیع
texts-listed-parties = طرف‌های مشخص‌شده
texts-listed-parties-hint = برای متنی که به طرف‌های مشخص‌شده توزیع می‌شود: کودهای طرف‌ها، جداشده با کامه.
texts-classification-label = درجه محرمیت
texts-circulate = مسوده را تعمیم کنید

## اطلاعیه‌ها پس از یک تغییر

texts-notice-created = مسوده تعمیم شد.
texts-notice-version = نسخه جدید صادر شد.
texts-notice-amendment = تعدیل پیشنهاد شد.
texts-notice-incorporated = تعدیل در نسخه جدید گنجانیده شد.
texts-notice-declined = تعدیل رد شد.
texts-notice-language = نسخه زبانی اضافه شد.

## صفحه یک متن

# $penholder کود یک طرف است، $distribution و $classification نشانه محرمیت متن،
# $language کود زبانی که متن به آن مذاکره می‌شود.
texts-lede-marking = مسئول متن: { $penholder } · توزیع: { $distribution } · { $classification } · زبان مذاکره: { $language }
texts-version = نسخه { $version }
# $party کود طرفی است که تعدیل آن در این نسخه گنجانیده شده است.
texts-version-credited = (با گنجانیدن تعدیل { $party })
texts-open-brackets =
    { $count ->
        [one] { $count } قوس باز: تا زمانی که قوس‌ها برداشته نشوند، متن برای فیصله ارائه شده نمی‌تواند.
       *[other] { $count } قوس باز: تا زمانی که قوس‌ها برداشته نشوند، متن برای فیصله ارائه شده نمی‌تواند.
    }
# گزینه خالی در یک قوس: انتخاب حذف آن بخش.
texts-bracket-delete = (حذف)
# راهنمای کوتاه یک قوس. $number قوس‌های متن را می‌شمارد؛ $alternatives گزینه‌ها را فهرست می‌کند.
texts-bracket-describe = قوس { $number } (سطر { $line }، ستون { $column }): { $alternatives }
texts-bracket-describe-held = قوس { $number } (سطر { $line }، ستون { $column })، به اصرار { $holders }: { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = هیچ
# گزینه‌های یک قوس را به هم وصل می‌کند: «الف یا ب»، سپس «الف، ب یا ج».
texts-bracket-or = { $first } یا { $last }
texts-bracket-list = { $first }، { $rest }
# $version شماره نسخه‌ای است که نسخه‌های زبانی آن نشان داده می‌شوند.
texts-language-versions = نسخه‌های زبانی نسخه { $version }
texts-language-status-authentic = معتبر
texts-language-status-translation = ترجمه
texts-prevailing = مرجح
texts-procedures = روندهای فیصله
texts-procedures-none = تا هنوز هیچ.
# $kind نوع روند است، $version نسخه متنی که درباره آن فیصله می‌شود.
texts-procedure-on-version = { $kind } درباره نسخه { $version }
texts-open-procedure = روند را آغاز کنید
texts-open-procedure-on = آغاز روند درباره نسخه { $version }
texts-procedure-label = روند
texts-procedure-in-session = فیصله در نشست (طرف‌های حاضر در یک نشست دایرشده)
texts-procedure-meeting = نشست (برای فیصله در نشست)
texts-procedure-meeting-none = هیچ
# $zone منطقه زمانی خواننده است، مانند Asia/Tashkent.
texts-procedure-deadline = مهلت ({ $zone })
texts-procedure-open = آغاز کنید
texts-amendments = تعدیلات
texts-amendments-none = هیچ تعدیلی پیشنهاد نشده است.
# $party کود طرف پیشنهاددهنده است؛ $version نسخه‌ای که تعدیل می‌شود.
texts-amendment-heading = { $party } درباره نسخه { $version }
texts-amendment-proposed = پیشنهادشده
texts-amendment-incorporated = گنجانیده‌شده
texts-amendment-declined = ردشده
texts-amendment-reason = دلیل:
texts-amendment-answer = پاسخ مسئول متن:
texts-incorporate = بگنجانید
texts-decline-reason = دلیل رد
texts-decline = رد کنید
texts-propose = تعدیل پیشنهاد کنید
texts-propose-to = پیشنهاد تعدیل در نسخه { $version }
texts-passage = بخشی که جایگزین می‌شود
texts-replacement = متن جایگزین
texts-reason = دلیل
texts-propose-button = پیشنهاد کنید
texts-add-language-to = افزودن نسخه زبانی برای نسخه { $version }
texts-add-language = نسخه زبانی اضافه کنید
texts-language-label = زبان
texts-language-hint = کود زبان: en، ru، kk، ky، tg، uz، fa-AF، ps، uz-Arab…
texts-language-status = وضعیت
texts-prevailing-label = مرجح در صورت اختلاف
texts-add-language-button = نسخه زبانی را اضافه کنید
texts-new-version = نسخه جدید صادر کنید
texts-new-version-body = متن نسخه { $version }
texts-new-version-button = نسخه { $version } را صادر کنید
texts-versions = نسخه‌ها
# $party کود طرفی است که تعدیل آن در این نسخه گنجانیده شده است.
texts-version-credits = با تعدیل { $party }
