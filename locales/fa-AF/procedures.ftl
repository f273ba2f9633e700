# صفحه یک روند: موضع هر طرف، اقداماتی که خواننده می‌تواند ثبت کند، جدول زمانی
# (templates/procedure.html، src/http/pages/procedures/).

procedures-breadcrumbs = مسیر راهیابی
# $kind نوع روند است، $title عنوان متن، همان‌طور که درج شده است، $version نسخه‌ای
# که روند درباره آن فیصله می‌کند.
procedures-heading = { $kind } درباره «{ $title }»، نسخه { $version }
# عنوان صفحه در مرورگر.
procedures-title = { $kind } درباره { $title }
procedures-deadline = مهلت
# $when تاریخ و زمان به وقت خود خواننده است، همراه با شهر آن.
procedures-your-time = { $when } به وقت شما
procedures-notice-opened = روند آغاز شد؛ به هر طرف عضو در صندوق دریافت آن اطلاع داده شد.
procedures-notice-recorded = ثبت شد.
# $decision شماره فیصله است، با پیوند به سوابق آن.
procedures-adopted-as = به حیث { $decision } تصویب شد.
procedures-not-adopted = تصویب نشد

## چرا یک روند به تصویب نرسید

procedures-reason-objected = { $party } اعتراض دارد: { $reason }
procedures-reason-not-answered = { $party } پاسخ نداد
# $due تاریخ و زمانی است که تأیید پایتخت تا آن زمان لازم بود.
procedures-reason-unconfirmed = { $party } به صورت ad referendum موافقت کرد و پایتخت آن موافقت را تأیید نکرد (مهلت: { $due })
procedures-reason-broke-silence = { $party } سکوت را شکست: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] { $concurring } طرف موافقت کرد، در حالی که موافقت { $quorum } طرف لازم است؛ سایر طرف‌ها نپیوستند
       *[other] { $concurring } طرف موافقت کردند، در حالی که موافقت { $quorum } طرف لازم است؛ سایر طرف‌ها نپیوستند
    }

## موضع هر طرف

procedures-parties = موضع هر طرف
# $hash هش SHA-256 نسخه‌ای است که تحت روند قرار دارد.
procedures-hash = متن تحت روند: SHA-256 { $hash }.
# $quorum تعداد طرف‌هایی است که باید موافقت کنند.
procedures-quorum = نصاب: { $quorum }.
procedures-parties-label = طرف‌ها
procedures-column-party = طرف
procedures-column-position = موضع
procedures-column-text = متن
procedures-column-recorded = زمان ثبت
procedures-position-none = تا هنوز پاسخی داده نشده
procedures-position-broke-silence = سکوت را شکست
procedures-position-silent = سکوت
# $when زمان ثبت اقدام است، $user نام کاربری کسی که آن را ثبت کرده است.
procedures-recorded-by = { $when } توسط { $user }
procedures-statements = اعلامیه‌های تفسیری

## ثبت موضع (اجماع)

# $party کود طرفی است که خواننده از جانب آن عمل می‌کند.
procedures-record-heading = ثبت موضع { $party }
procedures-record-label = ثبت موضع
procedures-position = موضع
procedures-choice-concur = موافقت
procedures-choice-concur-with-statement = موافقت، همراه با اعلامیه تفسیری
procedures-choice-stand-aside = عدم پیوستن (مانع نمی‌شود؛ تطبیق نمی‌کند)
procedures-choice-ad-referendum = ad referendum (مشروط به تأیید پایتخت)
procedures-choice-object = اعتراض (مانع می‌شود؛ دلیل را ذکر کنید)
procedures-statement = اعلامیه (در صورت موافقت همراه با اعلامیه یا عدم پیوستن)
procedures-reason = دلیل (در صورت اعتراض)
procedures-confirm-by = مهلت تأیید پایتخت (ad referendum، به وقت شما)
procedures-record-button = موضع را ثبت کنید
procedures-capital-confirms = پایتخت تأیید می‌کند
procedures-capital-reason = دلیل پایتخت
procedures-capital-declines = پایتخت تأیید نمی‌کند

## سکوت

procedures-for-party = از جانب { $party }
procedures-lodge-label = ارائه اعلامیه
procedures-interpretive-statement = اعلامیه تفسیری (سکوت را نمی‌شکند)
procedures-lodge-button = اعلامیه را ارائه کنید
procedures-break-label = شکستن سکوت
procedures-break-confirm = شکستن سکوت روند را فوراً خاتمه می‌دهد: متن تصویب نمی‌شود. ادامه می‌دهید؟
procedures-written-objection = اعتراض کتبی
procedures-amendment-offered = تعدیل پیشنهادی (اختیاری)
procedures-break-button = سکوت را بشکنید

## رئیس

procedures-chair = رئیس
procedures-chair-note-help = برای طرف حاضری که چیزی نگفته است، رئیس می‌تواند یادداشت کند که اعتراضی شنیده نشد. سوابق آن را به حیث یادداشت رئیس نشان می‌دهد؛ طرف مذکور همچنان می‌تواند موضع خود را ثبت کند.
procedures-chair-note-button = از { $party } اعتراضی شنیده نشد
procedures-extend-label = تمدید مهلت
procedures-new-deadline = مهلت جدید (به وقت شما)
procedures-extend-button = تمدید کنید
procedures-withdraw-confirm = این روند مسترد شود؟
procedures-withdraw-button = مسترد کنید

## جدول زمانی: $when تاریخ و زمان به وقت خواننده است، $party کود یک طرف.

procedures-timeline = جدول زمانی
procedures-opened = آغاز: { $when }
procedures-event-position = { $when } · موضع { $party }
procedures-event-confirm = { $when } · تأیید { $party }
procedures-event-decline = { $when } · عدم تأیید { $party }
procedures-event-break = { $when } · شکستن سکوت توسط { $party }
procedures-event-statement = { $when } · اعلامیه { $party }
procedures-event-chair-note = { $when } · یادداشت رئیس درباره { $party }
procedures-event-extend = { $when } · تمدید مهلت
procedures-event-withdraw = { $when } · استرداد
procedures-event-superseded = { $when } · جایگزین شد
# $outcome چگونگی پایان روند است (تصویب‌شده، تصویب‌نشده، مستردشده…).
procedures-event-closed = { $when } · { $outcome }
