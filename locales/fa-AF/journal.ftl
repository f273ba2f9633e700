# دفتر ثبت گروه: هر تغییر، از جدیدترین، هر ثبت زنجیروار به ثبت قبلی وصل است.

journal-title = دفتر ثبت { $code }
journal-breadcrumbs = مسیر راهیابی
journal-breadcrumb-groups = گروه‌ها
journal-breadcrumb-journal = دفتر ثبت
# $group: نام گروه.
journal-heading = دفتر ثبت { $group }
journal-lede = هر تغییر، از جدیدترین به قدیمی‌ترین. هر ثبت هش ثبت قبلی را با خود دارد، تا هیچ ثبتی بدون آشکار شدن آن تغییر داده یا حذف نشود. ثبت‌هایی که شما اجازه خواندن آن را ندارید، تنها هش خود را نشان می‌دهند.
journal-empty = تا هنوز چیزی ثبت نشده است.
# ثبتی که توزیع آن خواننده را شامل نمی‌شود؛ $seq شماره آن است.
journal-entry-redacted = ثبت { $seq }، برای شما توزیع نشده است
# کسی که ثبت را انجام داده است: نام یک شخص، یا یکی از دو مورد زیر.
journal-entry-by = توسط { $actor }
journal-entry-by-party = توسط { $actor } ({ $party })
journal-actor-installation = سیستم
# شخصی که خواننده او را در گروه نمی‌بیند، با شماره حساب.
journal-actor-user = کاربر { $id }
