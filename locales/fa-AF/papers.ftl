# اسنادی که میان جلسات تعمیم می‌شوند و ضمیمه‌های آن‌ها (templates/papers.html، paper.html،
# src/http/pages/papers.rs، src/http/api/papers.rs) و ردّ درخواست‌ها بر اساس قواعد آن‌ها.

## انواع سند

paper-kind-non-paper = سند غیررسمی
paper-kind-note-verbale = یادداشت شفاهی
paper-kind-background = یادداشت معلوماتی
paper-kind-report = گزارش
paper-kind-letter = نامه
paper-kind-other = سند دیگر

## پیوند در صفحه گروه

group-papers-link = اسناد تعمیم‌شده

## فهرست اسناد گروه

papers-breadcrumbs = مسیر راهیابی
papers-breadcrumb = اسناد
# $group کد گروه است.
papers-title = اسناد { $group }
# $group نام گروه است.
papers-heading = اسناد { $group }
papers-lede = یادداشت‌های شفاهی، یادداشت‌های معلوماتی، گزارش‌ها، نامه‌ها و اسناد غیررسمی که برای شما توزیع شده‌اند.
papers-count =
    { $count ->
        [one] { $count } سند برای شما توزیع شده است.
       *[other] { $count } سند برای شما توزیع شده است.
    }
papers-empty = تا هنوز هیچ سندی برای شما توزیع نشده است.
papers-table-label = اسناد
papers-column-symbol = نشان
papers-column-title = عنوان
papers-column-kind = نوع
papers-column-distribution = توزیع
papers-column-classification = درجه محرمیت
papers-no-symbol = بدون نشان

papers-circulate = تعمیم یک سند
papers-title-label = عنوان
papers-kind-label = نوع
papers-kind-hint = به هر نوع سند به جز سند غیررسمی، نشان گروه داده می‌شود.
papers-language-label = زبان
papers-language-hint = برچسب زبان: en، ru، kk، ky، tg، uz، fa-AF، ps…
papers-body-label = متن
papers-body-hint = نشانه‌گذاری CommonMark: *مایل*، **پررنگ**، فهرست‌ها، عنوان‌ها و پیوندها.
papers-distribution-label = توزیع
papers-listed-label = طرف‌های مشخص‌شده
papers-listed-hint = برای سندی که به طرف‌های مشخص‌شده توزیع می‌شود: کدهای طرف‌ها با کامه جدا شوند.
papers-classification-label = درجه محرمیت
papers-circulate-button = سند را تعمیم کنید
papers-notice-created = سند تعمیم شد.

## صفحه یک سند

# $kind، $distribution و $classification کلمات سند و $language برچسب زبان آن است.
papers-lede-marking = { $kind } · توزیع: { $distribution } · { $classification } · زبان: { $language }
# $party کد طرفی است که سند را تعمیم کرده است.
papers-circulated-by = تعمیم‌کننده: { $party }
papers-circulated-by-secretariat = از سوی دارالانشاء تعمیم شده است
# $parties کدهای طرف‌ها با کامه است.
papers-listed-to = طرف‌های مشخص‌شده: { $parties }
papers-attachments = ضمیمه‌ها
papers-attachments-none = ضمیمه‌ای وجود ندارد.
papers-attachments-label = ضمیمه‌ها
papers-column-file = فایل
papers-column-type = نوع
papers-column-size = اندازه
# $size تعداد بایت‌ها است.
papers-size-bytes = { $size } بایت
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = حداکثر { $max }. فایل تنها یک بار نگهداری می‌شود و تنها کسانی آن را می‌بینند که این سند را می‌بینند.
papers-attach-label = فایل برای ضمیمه
papers-attach-button = ضمیمه کردن فایل
papers-notice-attached = فایل ضمیمه شد.

## ردّ درخواست‌ها

error-access-circulate-paper = تنها دارالانشاء یا نماینده خاص، معاون یا عضو هیئت یک طرف عضو می‌تواند سند را تعمیم کند
error-access-attach-paper = تنها هیئتی که سند را تعمیم کرده است (و برای اسناد خودش، دارالانشاء) می‌تواند به آن فایل ضمیمه کند
error-conflict-paper-symbol = در همان لحظه این نشان به سند دیگری داده شد؛ سند را دوباره بفرستید
error-conflict-attachment-exists = این فایل از پیش به سند ضمیمه شده است
# $max تعداد بایت‌ها است.
error-attachment-file-name-too-long = نباید بیشتر از { $max } بایت باشد
error-attachment-file-name-path = باید تنها نام فایل باشد: بدون / و \ و نه . یا ..
error-attachment-file-name-control = نباید نویسه‌های کنترلی داشته باشد
error-attachment-media-type = باید یک نوع رسانه مانند application/pdf باشد که در سرآیند Content-Type فرستاده شود
# $declared نوع رسانه‌ای است که فایل با آن فرستاده شده است.
error-attachment-media-type-lies = محتوای فایل از نوع { $declared } نیست؛ نوع رسانه واقعی آن یا application/octet-stream را بفرستید
error-attachment-empty = فایل خالی است
error-attachment-interrupted = فرستادن پیش از رسیدن کامل فایل قطع شد
# $max حد به مبی‌بایت و $bytes همان به بایت است.
error-attachment-too-large = فایل از { $max } مبی‌بایت ({ $bytes } بایت) بزرگ‌تر است که بیشترین اندازه ضمیمه یک سند است؛ فایل کوچک‌تری بفرستید.
