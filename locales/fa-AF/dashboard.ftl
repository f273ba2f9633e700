# داشبورد گروه (templates/dashboard.html، src/http/pages/dashboard.rs).

# عنوان صفحه در مرورگر؛ $group کود گروه است.
dashboard-title = داشبورد { $group }
dashboard-breadcrumbs = مسیر راهیابی
dashboard-breadcrumb = داشبورد
# $group نام گروه است.
dashboard-heading = داشبورد { $group }
# $today یک تاریخ است که از قبل به شیوه زبان نوشته شده است.
dashboard-lede = وضعیت تا { $today }، در حدود آنچه شما اجازه دیدن آن را دارید.

dashboard-overdue-heading = محورهای کاری معوق
dashboard-overdue-none = هیچ محور کاری معوق نیست.
# نشانی که کنار محور کاری‌ای می‌آید که مهلت آن گذشته است.
dashboard-overdue = معوق
# مشخصات یک محور کاری پس از عنوان آن. $due یک تاریخ است؛ $leads کودهای طرف‌هایی
# که رهبری آن را دارند (KZ, UZ)؛ $status وضعیت آن به کلمات؛ $progress یک عدد صحیح فیصدی.
dashboard-line-facts = مهلت { $due }، به رهبری { $leads }، { $status }، { $progress }٪

dashboard-soon-heading = محورهای کاری با مهلت در ۹۰ روز آینده
dashboard-soon-none = مهلت هیچ محور کاری در ۹۰ روز آینده فرا نمی‌رسد.

dashboard-procedures-heading = روندهای جاری
dashboard-procedures-none = هیچ روندی جاری نیست.
dashboard-column-text = متن
dashboard-column-procedure = روند
dashboard-column-deadline = مهلت (به وقت شما)
dashboard-column-your-party = طرف شما
dashboard-asked-to-answer = پاسخ آن خواسته شده است

dashboard-figures-heading = آخرین ارقام
dashboard-no-indicators = تا هنوز هیچ شاخصی وجود ندارد.
dashboard-no-figure = تا هنوز رقمی که شما اجازه دیدن آن را داشته باشید وجود ندارد
# متن چارت یک شاخص برای کسانی که آن را دیده نمی‌توانند؛ $name نام شاخص است.
dashboard-chart-alt = چارت { $name }: همه ارقام بر اساس منبع در طول زمان؛ صفحه شاخص همین اعداد را در جدول‌ها فهرست می‌کند.

dashboard-targets-heading = ارقام هدف
dashboard-no-targets = هیچ رقم هدفی تعیین نشده است.
# $pair یک جفت گزارش‌دهنده–شریک است، مانند KZ–AF.
dashboard-target-progress-label = پیشرفت به سوی رقم هدف { $pair }
dashboard-no-whole-year = تا هنوز رقم یک سال کامل وجود ندارد
# $percent فیصدی است که از قبل به شیوه زبان نوشته شده است (۴۰٫۶٪).
dashboard-growth-needed = هنوز رشد سالانه { $percent } لازم است
