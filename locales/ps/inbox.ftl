# راغلي پیغامونه: هغه څه چې اوس د لوستونکي اړخ ته اړتیا لري، او هغه څه چې پرې وروستیو کې پرېکړه شوې.

inbox-title = راغلي پیغامونه
inbox-heading = راغلي پیغامونه
inbox-lede = هغه څه چې اوس ستاسو یا ستاسو د اړخ اقدام ته اړتیا لري، او هغه څه چې په تېرو دوو اونیو کې پرې پرېکړه شوې ده.
inbox-empty = اوس هېڅ شی ستاسو اقدام ته اړتیا نه لري.

## د هر توکي نښه

inbox-label-needs-your-party = ستاسو د اړخ اقدام ته اړتیا ده
inbox-label-deadline-soon = وروستۍ نېټه په ۲۴ ساعتونو کې
inbox-label-open = روان
inbox-label-adopted = تصویب شوی
inbox-label-not-adopted = تصویب نه شوی
inbox-label-silence-broken = چوپتیا ماته شوه

## هغه څه چې یو توکی یې له لوستونکي غواړي

inbox-detail-position-needed = ستاسو د اړخ دریځ ته اړتیا ده.
inbox-detail-under-silence = د چوپتیا بهیر روان دی: د تصویب لپاره چوپ پاتې شئ، یا یې د اعتراض په وړاندې کولو ماته کړئ.
# $kind: consensus یا silence، د بهیر ډول.
inbox-detail-open = { $kind ->
    [silence] د چوپتیا بهیر روان دی.
   *[consensus] د اجماع پړاو روان دی.
}
inbox-detail-adopted = تصویب شو.
# $party: د هغه اړخ کوډ چې چوپتیا یې ماته کړې.
inbox-detail-silence-broken = چوپتیا د { $party } له خوا ماته شوه.
# $when: نېټه او وخت.
inbox-closed = وتړل شو: { $when }.
inbox-deadline = وروستۍ نېټه: { $when }.
