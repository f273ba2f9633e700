# کلماتی که همه صفحات مشترکاً به کار می‌برند: چوکات، تاریخ‌ها، زبان‌ها.

# یک لحظه به وقت یک منطقه زمانی. $date و $time از قبل به شیوه زبان نوشته شده‌اند؛
# $zone نام شهری است که منطقه زمانی را مشخص می‌سازد.
date-time-in-zone = { $date }، { $time } ({ $zone })

## چوکات هر صفحه

frame-skip-to-content = رفتن به محتوای اصلی
frame-nav-label = فهرست اصلی
frame-nav-groups = گروه‌ها
frame-nav-inbox = صندوق دریافت
frame-nav-profile = پروفایل
frame-nav-admin = اداره سیستم
frame-signed-in-as = واردشده به حیث
frame-sign-out = خارج شوید
frame-sign-in = وارد شوید
frame-language = زبان
frame-language-apply = اعمال کنید
frame-footer = مجلس — اسناد رسمی گروه
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = این صفحه تازه شد.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = این صفحه از زمان باز شدن تغییر کرده است. برای دیدن تغییرات آن را دوباره بارگذاری کنید؛ متنی که نوشته‌اید تا آن زمان حفظ می‌شود.
