# نقشه‌های راه و محورهای کاری آن‌ها (templates/roadmaps/، src/http/pages/roadmaps/).

roadmaps-breadcrumbs = مسیر راهیابی
roadmaps-breadcrumb = نقشه‌های راه

## وضعیت یک محور کاری، طبق آخرین گزارش آن

roadmaps-status-not-started = آغاز نشده
roadmaps-status-in-progress = در جریان
roadmaps-status-done = تکمیل‌شده
roadmaps-status-delayed = با تأخیر
roadmaps-status-cancelled = لغوشده

## پس از ارسال یک فورمه

roadmaps-notice-roadmap = نقشه راه ثبت شد.
roadmaps-notice-line = محور کاری اضافه شد.
roadmaps-notice-report = گزارش شما ثبت شد.

## نقشه‌های راه گروه

# عنوان صفحه در مرورگر؛ $group کود گروه است.
roadmaps-list-title = نقشه‌های راه { $group }
# $group نام گروه است.
roadmaps-list-heading = نقشه‌های راه { $group }
roadmaps-list-lede = پلان‌هایی که گروه تطبیق آن‌ها را پیگیری می‌کند، همراه با محورهای کاری‌ای که برای شما توزیع شده‌اند.
roadmaps-list-none = تا هنوز هیچ نقشه راهی ثبت نشده است.
roadmaps-column-roadmap = نقشه راه
roadmaps-column-from = از
roadmaps-column-to = تا
roadmaps-column-adopted-by = تصویب‌شده با
roadmaps-column-lines = محورهای کاری
roadmaps-column-overdue = معوق
roadmaps-no-decision = فیصله‌ای ذکر نشده است
# تعداد محورهای کاری یک نقشه راه که مهلت آن‌ها گذشته است.
roadmaps-overdue-count = { $count } معوق
roadmaps-record-heading = ثبت نقشه راه
roadmaps-field-title = عنوان
roadmaps-field-starts-on = تاریخ آغاز
roadmaps-field-ends-on = تاریخ ختم
roadmaps-field-decision = تصویب‌شده با فیصله
roadmaps-field-decision-none = هیچ
roadmaps-record-button = نقشه راه را ثبت کنید

## یک نقشه راه

# $group نام گروه است؛ $from و $to تاریخ‌ها هستند.
roadmaps-roadmap-lede = نقشه راه { $group }، از { $from } تا { $to }
# مانند بالا؛ $decision شماره فیصله‌ای است که نقشه راه را تصویب کرده است.
roadmaps-roadmap-lede-adopted = نقشه راه { $group }، از { $from } تا { $to } · تصویب‌شده با { $decision }
roadmaps-lines-heading = محورهای کاری
roadmaps-lines-none = هیچ محور کاری برای شما توزیع نشده است.
roadmaps-column-line = محور کاری
roadmaps-column-track = عرصه
roadmaps-column-led-by = به رهبری
roadmaps-column-due = مهلت
roadmaps-column-status = وضعیت
roadmaps-column-progress = پیشرفت
# نشانی که کنار محور کاری‌ای می‌آید که مهلت آن گذشته است.
roadmaps-overdue = معوق
# $line عنوان محور کاری است.
roadmaps-line-progress-label = پیشرفت { $line }
roadmaps-add-line-heading = افزودن محور کاری
roadmaps-field-leads-hint = کودهای طرف‌ها، جداشده با کامه، مثلاً KG, TJ.
roadmaps-field-participants = طرف‌های اشتراک‌کننده
roadmaps-field-participants-hint = سایر طرف‌ها، جداشده با کامه.
roadmaps-field-due-on = مهلت
roadmaps-field-deliverable = نتیجه مورد انتظار
roadmaps-field-distribution = توزیع
roadmaps-field-distribution-hint = هر طرفِ این محور کاری باید بتواند آن را ببیند.
roadmaps-field-listed = طرف‌های مشخص‌شده
roadmaps-field-listed-hint = برای محور کاری‌ای که به طرف‌های مشخص‌شده توزیع می‌شود: کودهای طرف‌ها، جداشده با کامه، از جمله طرف رئیس.
roadmaps-field-classification = درجه محرمیت
roadmaps-add-line-button = محور کاری را اضافه کنید

## یک محور کاری

# $progress یک عدد صحیح فیصدی است.
roadmaps-progress-done = { $progress }٪ تکمیل شده
roadmaps-line-heading = محور کاری
roadmaps-no-other-party = طرف دیگری نیست
roadmaps-line-starts = آغاز
roadmaps-report-heading = گزارش پیشرفت
roadmaps-field-party = از جانب طرف
# $party کود طرف خواننده است.
roadmaps-field-party-hint = طرف شما، { $party }.
roadmaps-field-progress = پیشرفت (فیصد)
roadmaps-report-button = گزارش را ثبت کنید
roadmaps-reports-heading = گزارش‌های پیشرفت
roadmaps-reports-none = تا هنوز هیچ طرفی درباره این محور کاری گزارش نداده است.
roadmaps-column-as-of = تا تاریخ
roadmaps-column-party = طرف
roadmaps-column-summary = خلاصه
roadmaps-column-recorded-by = ثبت‌شده توسط
