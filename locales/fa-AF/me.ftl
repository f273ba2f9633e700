# صفحه شخصی هر فرد: کرسی‌ها، منطقه زمانی، فید تقویم، ورودهای فعال، توکن‌های API، رمز عبور، و
# (برای نمایندگان خاص) تفویض صلاحیت به معاون.

me-title = پروفایل
# $username: نام کاربری شخص؛ $clearance: سطح دسترسی او.
me-lede = به حیث { $username } وارد شده‌اید. سطح دسترسی: { $clearance }.
me-notice-time-zone = منطقه زمانی شما ذخیره شد.
me-notice-authorised = به معاون تفویض صلاحیت شد.
me-notice-password = رمز عبور شما تغییر کرد. سایر ورودهای فعال و تمام توکن‌های API شما پایان یافتند.
me-notice-session-ended = ورود مورد نظر خاتمه یافت.
me-notice-token-revoked = توکن API لغو شد.
me-notice-calendar = آدرس جدید تقویم آماده است.
# وقتی زمانی تا هنوز معلوم نیست (ورودی که دیگر دیده نشده، توکنی که هرگز استفاده نشده).
me-never = هرگز

me-seats-heading = کرسی‌های شما
me-seats-empty = شما در هیچ گروهی کرسی ندارید.
# یک کرسی: $group نام گروه، $role نقش شخص در آن؛ $party کود طرف.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role } از جانب { $party }

me-time-zone-heading = منطقه زمانی
me-time-zone-intro = اوقات به وقت محل برگزاری و به وقت شما نشان داده می‌شوند.
me-time-zone-form = منطقه زمانی
me-time-zone-label = منطقه زمانی شما
me-time-zone-hint = یک نام IANA، مانند Asia/Almaty یا Europe/Moscow.
me-time-zone-save = ذخیره کنید

me-calendar-heading = فید تقویم
me-calendar-intro = یک آدرس خصوصی که برنامه‌های تقویم می‌توانند در آن مشترک شوند؛ همه نشست‌هایی را که شما اجازه دیدن آن را دارید فهرست می‌کند.
me-calendar-new-address = آدرس جدید فید شما (تنها یک بار نشان داده می‌شود): { $url }
me-calendar-form = فید تقویم
me-calendar-confirm = آدرس جدید جایگزین آدرس قبلی می‌شود. ادامه می‌دهید؟
me-calendar-renew = آدرس جدید فید ایجاد کنید

me-actions = اقدامات
me-sessions-heading = ورودهای فعال
me-sessions-intro = هر مرورگری که با آن وارد شده‌اید. هر موردی را که نمی‌شناسید خارج کنید؛ تغییر رمز عبور همه را به جز همین ورود خارج می‌سازد.
me-sessions-table = ورودهای فعال
me-sessions-signed-in = زمان ورود
me-sessions-last-seen = آخرین فعالیت
me-sessions-expires = انقضا
me-sessions-this = همین ورود
me-sessions-confirm-this = از این مرورگر خارج می‌شوید؟
me-sessions-sign-out = خارج کنید

me-tokens-heading = توکن‌های API
# $route: فراخوان API که توکن می‌سازد.
me-tokens-empty = شما هیچ توکن API ندارید. برنامه‌ها آن را از { $route } دریافت می‌کنند.
me-tokens-intro = برنامه‌هایی که از جانب شما عمل می‌کنند. توکن لغوشده فوراً از کار می‌افتد.
me-tokens-table = توکن‌های API
me-tokens-name = نام
me-tokens-created = تاریخ ایجاد
me-tokens-last-used = آخرین استفاده
me-tokens-expires = انقضا
# $name: نامی که شخص به توکن داده است.
me-tokens-confirm-revoke = توکن { $name } لغو شود؟ برنامه‌هایی که از آن استفاده می‌کنند از کار می‌افتند.
me-tokens-revoke = لغو کنید

me-password-heading = تغییر رمز عبور
me-password-intro = با تغییر رمز عبور، سایر ورودهای فعال و تمام توکن‌های API شما پایان می‌یابند؛ همین ورود فعال باقی می‌ماند.
me-password-form = تغییر رمز عبور
me-password-current = رمز عبور فعلی
me-password-new = رمز عبور جدید
me-password-hint = حداقل ۱۲ حرف و دشوار برای حدس زدن: چند کلمه کم‌کاربرد مناسب است. از نام کاربری یا نام شما ساخته نشود.
me-password-submit = رمز عبور را تغییر دهید

me-authorise-heading = تفویض صلاحیت به معاون
me-authorise-intro = معاون شما می‌تواند تا زمانی که شما تعیین می‌کنید مواضع طرف شما را ثبت کند. این تفویض صلاحیت در دفتر ثبت درج می‌شود.
me-authorise-form = تفویض صلاحیت به معاون
me-authorise-group = گروه
me-authorise-deputy = نام کاربری معاون
# $zone: منطقه زمانی شخص، مثلاً Asia/Almaty.
me-authorise-until = تا (به وقت شما، { $zone })
me-authorise-submit = تفویض کنید

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = ایمیل
me-mail-intro = مجلس از راه ایمیل شما را از آنچه به پاسخ طرف شما نیاز دارد و از تصمیم‌های اتخاذشده آگاه می‌سازد. ایمیل دربارهٔ هر چیزی بالاتر از سطح «غیرمحرم» تنها نمبر، عنوان و پیوند آن را می‌دهد، نه متن آن را.
me-mail-form = تنظیمات ایمیل
me-mail-email = نشانی ایمیل شما
me-mail-email-hint = برای دریافت نکردن ایمیل، این خانه را خالی بگذارید.
me-mail-tell-me = مرا آگاه سازید
me-mail-asked = هنگامی که از طرف من موضع خواسته می‌شود یا روند سکوت آغاز می‌شود
me-mail-deadline = یک روز پیش از مهلتی که طرف من هنوز پاسخ نداده است
me-mail-adopted = هنگامی که تصمیمی اتخاذ می‌شود
me-mail-digest = به جای ایمیل‌های جداگانه، هر صبح یک خلاصه فرستاده شود
me-mail-save = ذخیرهٔ تنظیمات ایمیل
me-notice-mail = تنظیمات ایمیل شما ذخیره شد.
