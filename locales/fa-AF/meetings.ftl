# صفحه یک نشست و فورمه پلان آن (templates/meeting.html، meeting_form.html،
# src/http/pages/meetings.rs).

meetings-breadcrumbs = مسیر راهیابی
meetings-breadcrumb-new = نشست جدید

## نامی که یک نشست با آن شناخته می‌شود. $ordinal شماره آن در میان نشست‌های همان نوعیت گروه است،
## که بر اساس قواعد اعداد ترتیبی زبان انتخاب می‌شود (نخستین، دومین، سومین، ۴مین…).

meetings-name-envoys =
    { $ordinal ->
        [1] نخستین نشست
        [2] دومین نشست
        [3] سومین نشست
       *[other] { $ordinal }مین نشست
    }
meetings-name-senior-officials =
    { $ordinal ->
        [1] نخستین نشست مقامات ارشد
        [2] دومین نشست مقامات ارشد
        [3] سومین نشست مقامات ارشد
       *[other] { $ordinal }مین نشست مقامات ارشد
    }
meetings-name-experts =
    { $ordinal ->
        [1] نخستین نشست متخصصین
        [2] دومین نشست متخصصین
        [3] سومین نشست متخصصین
       *[other] { $ordinal }مین نشست متخصصین
    }
meetings-name-ministers =
    { $ordinal ->
        [1] نخستین نشست وزرا
        [2] دومین نشست وزرا
        [3] سومین نشست وزرا
       *[other] { $ordinal }مین نشست وزرا
    }
meetings-name-extraordinary =
    { $ordinal ->
        [1] نخستین نشست فوق‌العاده
        [2] دومین نشست فوق‌العاده
        [3] سومین نشست فوق‌العاده
       *[other] { $ordinal }مین نشست فوق‌العاده
    }

## صفحه یک نشست

# $meeting نام نشست است (بالا)؛ $group نام گروه، همان‌طور که درج شده است.
meetings-heading = { $meeting } { $group }
meetings-notice-planned = نشست پلان شد.
meetings-notice-saved = تغییرات شما ذخیره شد.
meetings-notice-agenda = آجندا به‌روز شد.
meetings-notice-attendance = حاضری به‌روز شد.
meetings-notice-status = وضعیت نشست تغییر کرد.
meetings-details = جزئیات
meetings-format = نوعیت
meetings-host = میزبان
meetings-chair = رئیس
meetings-starts = آغاز
meetings-ends = ختم
meetings-venue-time-zone = منطقه زمانی محل برگزاری
meetings-invited-guests = مهمانان دعوت‌شده
# $when تاریخ و زمان به وقت خود خواننده است، همراه با شهر آن.
meetings-your-time = { $when } به وقت شما
meetings-add-to-calendar = به تقویم من اضافه کنید (.ics)
meetings-convene = نشست را دایر کنید
meetings-convene-confirm = نشست به حیث دایرشده ثبت شود؟
meetings-conclude = نشست را ختم کنید
meetings-conclude-confirm = نشست به حیث ختم‌شده ثبت شود؟ پس از آن، آجندا و جزئیات آن به سابقه تبدیل می‌شوند.
meetings-cancel = نشست را لغو کنید
meetings-cancel-confirm = این نشست لغو شود؟
meetings-plan-again = پلان کنید
meetings-plan-again-confirm = پلان شود؟
meetings-attendance = حاضری
meetings-attendance-empty = هیچ حاضری ثبت نشده است.
meetings-party = طرف
meetings-person = شخص
meetings-person-title = عنوان وظیفه
meetings-actions = اقدامات
# $name نام شخص است، همان‌طور که درج شده است.
meetings-attendance-remove-confirm = { $name } از حاضری حذف شود؟
meetings-remove = حذف کنید
meetings-record-attendance = حاضری را ثبت کنید
meetings-person-name = نام
meetings-record = ثبت کنید
meetings-agenda = آجندا
meetings-agenda-empty = آجندا خالی است.
meetings-agenda-move-up = بالا ببرید
meetings-agenda-move-down = پایین ببرید
# $title عنوان بند آجندا است، همان‌طور که درج شده است.
meetings-agenda-remove-confirm = «{ $title }» از آجندا حذف شود؟
meetings-edit = ویرایش کنید
# $number جای بند در آجندا است.
meetings-agenda-edit-label = ویرایش بند { $number } آجندا
meetings-agenda-title = عنوان
meetings-agenda-description = شرح
meetings-save = ذخیره کنید
meetings-agenda-add = بند آجندا اضافه کنید
meetings-agenda-add-button = بند را اضافه کنید
meetings-change = تغییر زمان، مکان، میزبان یا رئیس
meetings-edit-label = ویرایش نشست
meetings-city = شهر
meetings-venue = محل برگزاری
meetings-starts-venue-time = آغاز (به وقت محل برگزاری)
meetings-ends-venue-time = ختم (به وقت محل برگزاری)
meetings-save-changes = تغییرات را ذخیره کنید

## پلان یک نشست

meetings-plan-title = پلان نشست
# $group نام گروه است، همان‌طور که درج شده است.
meetings-plan-heading = پلان نشست { $group }
meetings-plan-lede = میزبان و رئیس بر اساس ترتیب نوبتی تعیین می‌شوند، مگر آنکه شما طور دیگری انتخاب کنید. اوقات به وقت محلی محل برگزاری است.
# $party کود طرف عضوی است که نوبت بعدی از آن اوست.
meetings-next-in-rotation = نوبت بعدی: { $party }.
meetings-chair-is-host = میزبان
meetings-time-zone-hint = یک نام IANA، مانند Asia/Bishkek یا Europe/Vienna.
meetings-invited-guest-parties = طرف‌های مهمان دعوت‌شده
# $parties کودهای طرف‌های مهمان گروه است، جداشده با کامه.
meetings-guests-hint = کودها، جداشده با کامه؛ طرف‌های مهمان گروه: { $parties }.
meetings-plan-button = نشست را پلان کنید
meetings-plan-cancel = لغو کنید
