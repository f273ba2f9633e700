# صفحه مدیر سیستم: حساب‌ها، تأسیس گروه‌ها، جا دادن اشخاص در هیئت‌ها.

admin-title = اداره سیستم
admin-heading = اداره سیستم
admin-lede = حساب‌ها، گروه‌ها و هیئت‌های این سیستم. مدیر سیستم امور هیچ گروهی را نمی‌بیند، مگر آنکه خودش نیز در یک هیئت جا داده شده باشد.
admin-notice-user = حساب ایجاد شد.
admin-notice-group = گروه تأسیس شد.
admin-notice-placed = شخص در گروه جا داده شد.
admin-notice-disabled = حساب غیرفعال شد.
admin-notice-password = رمز عبور تعیین شد. تمام ورودهای فعال و توکن‌های API آن شخص پایان یافتند.

admin-username = نام کاربری
admin-clearance = سطح دسترسی

admin-create-account-heading = ایجاد حساب
admin-username-hint = با حروف کوچک لاتین، مثلاً kz.envoy
admin-full-name = نام کامل
admin-initial-password = رمز عبور اولیه
admin-initial-password-hint = حداقل ۱۲ حرف و دشوار برای حدس زدن.
admin-time-zone = منطقه زمانی
admin-create-account-submit = حساب ایجاد کنید

admin-place-heading = جا دادن شخص در گروه
admin-place-no-group = نخست یک گروه تأسیس کنید.
admin-place-group = گروه
admin-place-party = کود طرف
admin-place-party-hint = برای دارالانشاء خالی بگذارید.
admin-place-role = نقش
admin-place-title = عنوان وظیفه
admin-place-submit = جا بدهید

admin-set-password-heading = تعیین رمز عبور
admin-set-password-intro = برای کسی که رمز عبور خود را گم کرده، یا رمز عبورش ممکن است نزد دیگران معلوم باشد. تمام ورودهای فعال و توکن‌های API آن شخص فوراً پایان می‌یابند.
admin-set-password-account = حساب
admin-set-password-new = رمز عبور جدید
admin-set-password-hint = حداقل ۱۲ حرف و دشوار برای حدس زدن؛ از نام کاربری یا نام آن شخص ساخته نشود.
admin-set-password-submit = رمز عبور را تعیین کنید

admin-found-group-heading = تأسیس گروه
admin-group-code = کود
admin-group-code-hint = در شماره‌های اسناد به کار می‌رود، مثلاً CGA.
admin-group-name = نام
admin-group-languages = زبان‌های کاری
admin-group-languages-hint = با کامه جدا شود، مثلاً: روسی, انگلیسی.
admin-group-time-zone = منطقه زمانی دارالانشاء
admin-group-parties = طرف‌ها
# $example: یک سطر نمونه، مثلاً "KZ, Kazakhstan, member" (کلمات وضعیت عضویت همان‌طور که نوشته شده‌اند باقی می‌مانند:
# فورمه همین کلمات را می‌خواند).
admin-group-parties-hint = هر کدام در یک سطر: کود، نام، وضعیت عضویت (member — عضو، observer — ناظر یا guest — مهمان). مثلاً: { $example }
admin-group-rotation = ترتیب نوبتی
admin-group-rotation-hint = کودهای اعضا به ترتیب میزبانی، جداشده با کامه.
admin-group-quorum = نصاب
admin-group-quorum-hint = خالی بگذارید تا نصاب بیش از نیم اعضا باشد.
admin-group-min-silence = حداقل مدت سکوت (ساعت)
admin-found-group-submit = گروه را تأسیس کنید

admin-accounts-heading = حساب‌ها
admin-accounts-name = نام
admin-accounts-state = وضعیت
admin-accounts-actions = اقدامات
admin-accounts-administrator = مدیر سیستم
admin-accounts-disabled = غیرفعال
admin-accounts-active = فعال
# $username: نام کاربری حسابی که غیرفعال می‌شود.
admin-accounts-confirm-disable = { $username } غیرفعال شود؟ تمام ورودهای فعال او فوراً پایان می‌یابند.
admin-accounts-disable = غیرفعال کنید
