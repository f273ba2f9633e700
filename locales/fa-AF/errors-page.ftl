# صفحه‌ای که به جای صفحه غیرقابل نمایش نشان داده می‌شود: عنوان آن بر اساس نوع مشکل،
# و راه بازگشت.

errors-page-not-found-heading = صفحه پیدا نشد
errors-page-not-found = این صفحه وجود ندارد، یا برای شما توزیع نشده است. آدرس را بررسی کنید، یا از صفحه گروه‌های خود دوباره آغاز کنید.
errors-page-forbidden-heading = شما اجازه این کار را ندارید
errors-page-conflict-heading = این کار در حال حاضر ممکن نیست
errors-page-bad-credentials-heading = ورود رد شد
errors-page-too-many-attempts-heading = تلاش‌های بیش از حد
errors-page-invalid-input-heading = معلومات نامعتبر
errors-page-invalid-rows-heading = سطرهای نامعتبر
errors-page-internal-heading = خطای داخلی
errors-page-method-heading = این صفحه این کار را انجام نمی‌دهد
errors-page-method = از این صفحه کاری خواسته شد که انجام نمی‌دهد. برگردید و از پیوندها و فورمه‌های آن استفاده کنید.
errors-page-unreadable-heading = این درخواست قابل خواندن نیست
errors-page-unreadable = آدرس یا فورمه ارسال‌شده خوانده نشد. برگردید و از همان صفحه دوباره کوشش کنید.
errors-page-back = بازگشت به گروه‌های شما
# متن ساده، وقتی نمایش صفحه ناکام شد (خطای داخلی، ثبت‌شده).
errors-page-render-failed = صفحه نمایش داده نشد
