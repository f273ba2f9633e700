# صفحه سوابق یک فیصله و فهرست فیصله‌های یک گروه (templates/decision.html،
# decisions.html، src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = مسیر راهیابی
decisions-breadcrumb = فیصله‌ها

## فهرست

# $group کود گروه است.
decisions-title = فیصله‌های { $group }
# $group نام گروه است، همان‌طور که درج شده است.
decisions-heading = فیصله‌های { $group }
decisions-empty = تا هنوز هیچ فیصله‌ای برای شما توزیع نشده است.

## سوابق یک فیصله

decisions-adopted = تصویب
decisions-record = ثبت
# $name نام نمایشی کسی است که فیصله را ثبت کرده، $date روزی که آن را ثبت کرده است.
decisions-recorded-later = بعداً توسط { $name } به تاریخ { $date } ثبت شد
decisions-procedure = روند
# $procedure نوع روند است، با پیوند به آن؛ $when روز و زمان آغاز آن.
decisions-procedure-opened = { $procedure }، آغازشده به تاریخ { $when }
decisions-text = متن
decisions-version = نسخه { $version }
decisions-distribution = توزیع
# $language کود زبانی است که متن به آن مذاکره شده است.
decisions-text-authentic = متن ({ $language }، معتبر)
decisions-status-authentic = معتبر
decisions-status-translation = ترجمه
# $language کود زبان است، $status اینکه آن نسخه معتبر است یا ترجمه.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }، مرجح)
decisions-positions = مواضع طرف‌های عضو
decisions-positions-reported = مواضع طرف‌های عضو، طبق گزارش دارالانشاء
# $party کود یک طرف است، $position موضع آن.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (طبق گزارش دارالانشاء)
decisions-position-kept-silence = { $party }: سکوت اختیار کرد
decisions-position-kept-silence-absent = { $party }: سکوت اختیار کرد (در نشست غایب بود)
decisions-statements = اعلامیه‌های تفسیری
decisions-evidence-link = بسته شواهد را دانلود کنید (JSON)
# پس از پیوند decisions-evidence-link می‌آید؛ $command فرمانی است که بسته را بررسی می‌کند.
decisions-evidence-check = — آن را بدون اتصال به انترنت با { $command } بررسی کنید.
