# آنچه فرمان `majlis` برای گرداننده چاپ می‌کند (src/cli.rs، src/main.rs)، به زبان محیط او
# (LC_ALL، LC_MESSAGES، LANG). گزارش‌های `verify` و `verify-decision` به انگلیسی می‌مانند:
# آن‌ها شواهدی‌اند که در پایتخت‌ها مقایسه می‌شوند و اسکریپت‌ها آن‌ها را می‌خوانند.

cli-invalid-input = معلومات نادرست: { $fields }
cli-nothing-imported = هیچ چیزی وارد نشد؛ این سطرها را اصلاح کنید:
cli-not-found = پیدا نشد: حساب، گروه یا شاخصی با این نام وجود ندارد
cli-user-created = حساب { $username } ایجاد شد
cli-password-changed = رمز عبور { $username } تغییر کرد؛ تمام ورودهای فعال و توکن‌های API او پایان یافتند
cli-user-disabled = حساب { $username } غیرفعال شد
cli-account-active = فعال
cli-account-disabled = غیرفعال
cli-account-administrator = مدیر سیستم
cli-group-founded = گروه { $code } تأسیس شد
cli-group-parties = { $count ->
    [one] { $count } طرف
   *[other] { $count } طرف
}
cli-placed = { $username } در گروه { $code } جا داده شد
cli-imported = { $count ->
    [one] { $count } رقم در { $group } { $indicator } وارد شد
   *[other] { $count } رقم در { $group } { $indicator } وارد شد
}
cli-schema-up-to-date = طرح پایگاه داده به‌روز است ({ $backend })
cli-schema-applied = مهاجرت‌ها اجرا شدند: { $migrations } ({ $backend })
cli-demo-loaded = گروه نمایشی CGA (گروه تماس در مورد افغانستان) بارگذاری شد. حساب‌ها:
cli-demo-not-loaded = پایگاه داده از قبل حساب دارد؛ معلومات نمایشی دوباره بارگذاری نشد.
cli-demo-refused = بارگذاری معلومات نمایشی: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = فهرست جستجو دوباره ساخته شد: { $documents } سند ({ $place })
cli-reindex-in-memory = در حافظه نگهداری می‌شود: هر سرور هنگام آغاز آن را دوباره می‌سازد
