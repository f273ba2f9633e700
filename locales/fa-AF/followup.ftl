# راجستر موافقت‌نامه‌ها و سوابق تعامل (templates/agreements.html،
# templates/engagements.html، src/http/pages/followup.rs).

followup-breadcrumbs = مسیر راهیابی

## موافقت‌نامه‌ها

# عنوان صفحه در مرورگر؛ $group کود گروه است.
followup-agreements-title = موافقت‌نامه‌های { $group }
followup-agreements-breadcrumb = موافقت‌نامه‌ها
# $group نام گروه است.
followup-agreements-heading = موافقت‌نامه‌های طرف‌های { $group }
followup-agreements-lede = موافقت‌نامه‌هایی که طرف‌ها با جوانب مقابل خود امضا کرده‌اند، هر کدام با منبع آن. مجموع‌ها به تفکیک طرف و واحد پولی محاسبه می‌شوند و تنها موافقت‌نامه‌هایی را در بر می‌گیرند که شما اجازه دیدن آن‌ها را دارید؛ مبالغ به واحدهای پولی مختلف هرگز با هم جمع نمی‌شوند.
followup-totals-heading = مجموع
followup-agreements-none = هیچ موافقت‌نامه‌ای که شما اجازه دیدن آن را داشته باشید وجود ندارد.
followup-column-party = طرف
followup-column-agreements = موافقت‌نامه‌ها
followup-column-value = ارزش
# مجموع یک طرف، وقتی هیچ‌یک از موافقت‌نامه‌های آن ارزش ثبت‌شده ندارد.
followup-no-value = ارزشی ثبت نشده است
followup-registry-heading = راجستر
followup-registry-label = موافقت‌نامه‌ها
followup-column-agreement = موافقت‌نامه
followup-column-parties = طرف‌ها
followup-column-track = عرصه
followup-column-signed = امضا
followup-column-count = تعداد
followup-column-status = وضعیت
followup-column-source = منبع
followup-column-distribution = توزیع
# زمان و مکان امضای یک موافقت‌نامه: $date یک تاریخ است، $place همان‌طور که درج شده است.
followup-agreement-signed = { $date }، { $place }

followup-agreement-status-signed = امضاشده
followup-agreement-status-in-force = نافذ
followup-agreement-status-implemented = تطبیق‌شده
followup-agreement-status-stalled = متوقف
followup-agreement-status-terminated = فسخ‌شده

followup-agreement-record-heading = ثبت موافقت‌نامه
followup-field-title = عنوان
followup-field-party = طرف
followup-field-counterpart-code = جانب مقابل (کود)
followup-field-track = عرصه
followup-field-signed-on = تاریخ امضا
followup-field-place = مکان
followup-field-count = تعداد موافقت‌نامه‌هایی که این ثبت نمایندگی می‌کند
# زیر خانه نشان داده می‌شود وقتی آنچه درج شده عدد صحیح نیست.
followup-count-not-whole = یک عدد صحیح
followup-field-value = ارزش
followup-field-value-help = به واحدهای کامل پول، مثلاً 2500000000؛ اگر ارزشی اعلام نشده است، خالی بگذارید.
followup-field-currency = واحد پول (ISO 4217)
followup-field-status = وضعیت
followup-field-source = منبع
followup-field-source-link = پیوند به منبع
followup-field-who-sees-it = چه کسی آن را می‌بیند
followup-sees-group = تمام گروه
followup-sees-members = تنها اعضا
followup-sees-national = تنها هیئت من
followup-sees-public = همه
followup-agreement-record-button = موافقت‌نامه را ثبت کنید

## تعامل با مقامات

# عنوان صفحه در مرورگر؛ $group کود گروه است.
followup-engagements-title = تعامل با مقامات: { $group }
followup-engagements-breadcrumb = تعامل
followup-engagements-heading = تعامل با مقامات
followup-engagements-lede = سوابق خود هر طرف از تماس‌هایش با مقامات یک جانب مقابل. هر سابقه تنها برای هیئت خود آن طرف قابل دید است، مگر آنکه نماینده خاص آن حلقه دیدکنندگان را وسیع‌تر سازد.
followup-engagements-records-heading = سوابقی که شما اجازه دیدن آن‌ها را دارید
followup-engagements-none = هیچ سابقه‌ای که شما اجازه دیدن آن را داشته باشید وجود ندارد.
# عنوان یک سابقه: $party (یک کود) با $counterpart در $place به تاریخ $date دیدار کرده است.
followup-engagement-heading = { $party } با { $counterpart }، { $place }، { $date }
followup-engagement-level = سطح
followup-engagement-tracks = عرصه‌ها
followup-engagement-summary = خلاصه
followup-engagement-follow-up = اقدامات بعدی
followup-widen-confirm = به اشخاص بیشتری اجازه دیدن این سابقه داده شود؟ این کار قابل برگشت نیست.
followup-widen-label = اجازه دیدن برای
followup-widen-members = اعضا
followup-widen-group = تمام گروه
followup-widen-public = همه
followup-widen-button = دسترسی را وسیع سازید
# $party کود طرف خواننده است.
followup-engagement-record-heading = ثبت تماس { $party }
followup-engagement-form-label = ثبت تعامل
followup-field-date = تاریخ
# مکانی که فورمه یک سابقه جدید پیشنهاد می‌کند.
followup-engagement-place-default = کابل
followup-engagement-level-example = نماینده خاص
followup-field-counterpart = جانب مقابل
followup-engagement-counterpart-example = وزارت صنعت و تجارت
followup-engagement-sees-members = اعضا
followup-engagement-sees-group = تمام گروه
followup-engagement-record-button = ثبت کنید
