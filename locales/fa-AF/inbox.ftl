# صندوق دریافت: آنچه اکنون اقدام طرف خواننده را لازم دارد، و آنچه به تازگی فیصله شده است.

inbox-title = صندوق دریافت
inbox-heading = صندوق دریافت
inbox-lede = آنچه اکنون اقدام شما یا طرف شما را لازم دارد، و آنچه در دو هفته اخیر فیصله شده است.
inbox-empty = فعلاً چیزی اقدام شما را لازم ندارد.

## نشان هر مورد

inbox-label-needs-your-party = اقدام طرف شما لازم است
inbox-label-deadline-soon = مهلت کمتر از ۲۴ ساعت
inbox-label-open = جاری
inbox-label-adopted = تصویب‌شده
inbox-label-not-adopted = تصویب‌نشده
inbox-label-silence-broken = سکوت شکسته شد

## آنچه یک مورد از خواننده می‌خواهد

inbox-detail-position-needed = موضع طرف شما لازم است.
inbox-detail-under-silence = تحت روند سکوت: برای تصویب سکوت اختیار کنید، یا با ابراز اعتراض آن را بشکنید.
# $kind: consensus یا silence، نوع روند.
inbox-detail-open = { $kind ->
    [silence] روند سکوت جاری است.
   *[consensus] دور اجماع جاری است.
}
inbox-detail-adopted = تصویب شد.
# $party: کود طرفی که سکوت را شکسته است.
inbox-detail-silence-broken = سکوت توسط { $party } شکسته شد.
# $when: تاریخ و زمان.
inbox-closed = بسته شد: { $when }.
inbox-deadline = مهلت: { $when }.
