# د یوه ګروپ متنونه او د یوه متن پاڼه (templates/texts.html، text.html،
# src/http/pages/texts/).

texts-breadcrumbs = د لارښوونې لړۍ
texts-breadcrumb = متنونه

## د یوه ګروپ د متنونو لېست

# $group د ګروپ کوډ دی.
texts-title = د { $group } متنونه
# $group د ګروپ نوم دی، لکه څنګه چې ولیکل شو.
texts-heading = د { $group } متنونه
texts-lede = تر خبرو اترو لاندې مسودې او تصویب شوي متنونه چې تاسو ته وېشل شوي دي.
texts-link-decisions = پرېکړې
texts-link-public-record = عامه اسناد
texts-empty = تر اوسه هېڅ متن تاسو ته نه دی وېشل شوی.
texts-table-label = متنونه
texts-column-title = سرلیک
texts-column-kind = ډول
texts-column-penholder = د متن مسؤل
texts-column-distribution = وېش
texts-column-classification = د محرمیت کچه
texts-draft = د متن مسوده جوړه کړئ
texts-title-label = سرلیک
texts-kind-label = ډول
texts-negotiating-language = د خبرو اترو ژبه
texts-negotiating-language-hint = د ژبې کوډ: ru، en، fa-AF، uz-Arab…
texts-body-label = متن
# $example یو قوس دی چې په هغه ډول لیکل شوی چې متن یې غواړي (texts-body-hint-example).
texts-body-hint = هغه برخې چې تر اوسه پرې هوکړه نه ده شوې، له ساتونکو اړخونو او بدیلونو سره په قوسونو کې کېږدئ: { $example }.
texts-body-hint-example = [[{ "{" }KZ,UZ{ "}" } موافقه کوي || یادونه کوي]]
texts-distribution-label = وېش
texts-listed-parties = ټاکل شوي اړخونه
texts-listed-parties-hint = د هغه متن لپاره چې ټاکل شویو اړخونو ته وېشل کېږي: د اړخونو کوډونه، په کامه سره جلا.
texts-classification-label = د محرمیت کچه
texts-circulate = مسوده ووېشئ

## له بدلون وروسته خبرتیاوې

texts-notice-created = مسوده ووېشل شوه.
texts-notice-version = نوې نسخه صادره شوه.
texts-notice-amendment = تعدیل وړاندیز شو.
texts-notice-incorporated = تعدیل په نوې نسخه کې شامل شو.
texts-notice-declined = تعدیل رد شو.
texts-notice-language = ژبنۍ نسخه زیاته شوه.

## د یوه متن پاڼه

# $penholder د یوه اړخ کوډ دی، $distribution او $classification د متن د محرمیت نښه،
# $language د هغې ژبې کوډ چې متن پرې خبرې اترې کېږي.
texts-lede-marking = د متن مسؤل: { $penholder } · وېش: { $distribution } · { $classification } · د خبرو اترو ژبه: { $language }
texts-version = نسخه { $version }
# $party د هغه اړخ کوډ دی چې تعدیل یې په دې نسخه کې شامل شوی.
texts-version-credited = (د { $party } د تعدیل په شاملولو سره)
texts-open-brackets =
    { $count ->
        [one] { $count } خلاص قوس: تر هغه چې قوسونه لرې شوي نه وي، متن پرېکړې ته نه شي وړاندې کېدای.
       *[other] { $count } خلاص قوسونه: تر هغه چې قوسونه لرې شوي نه وي، متن پرېکړې ته نه شي وړاندې کېدای.
    }
# په قوس کې تش بدیل: د هغې برخې د حذفولو انتخاب.
texts-bracket-delete = (حذف)
# د قوس لنډ لارښود. $number د متن قوسونه شمېري؛ $alternatives انتخابونه لېست کوي.
texts-bracket-describe = قوس { $number } (کرښه { $line }، ستون { $column }): { $alternatives }
texts-bracket-describe-held = قوس { $number } (کرښه { $line }، ستون { $column })، د { $holders } په ټینګار: { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = هېڅ
# د یوه قوس انتخابونه سره نښلوي: «الف یا ب»، بیا «الف، ب یا ج».
texts-bracket-or = { $first } یا { $last }
texts-bracket-list = { $first }، { $rest }
# $version د هغې نسخې شمېره ده چې ژبنۍ نسخې یې ښودل کېږي.
texts-language-versions = د نسخې { $version } ژبنۍ نسخې
texts-language-status-authentic = معتبره
texts-language-status-translation = ژباړه
texts-prevailing = مرجحه
texts-procedures = د پرېکړې بهیرونه
texts-procedures-none = تر اوسه هېڅ.
# $kind د بهیر ډول دی، $version د متن هغه نسخه چې پرې پرېکړه کېږي.
texts-procedure-on-version = { $kind } د نسخې { $version } په اړه
texts-open-procedure = بهیر پیل کړئ
texts-open-procedure-on = د نسخې { $version } په اړه د بهیر پیلول
texts-procedure-label = بهیر
texts-procedure-in-session = په غونډه کې پرېکړه (په دایره شوې غونډه کې حاضر اړخونه)
texts-procedure-meeting = غونډه (په غونډه کې د پرېکړې لپاره)
texts-procedure-meeting-none = هېڅ
# $zone د لوستونکي زماني سیمه ده، لکه Asia/Tashkent.
texts-procedure-deadline = وروستۍ نېټه ({ $zone })
texts-procedure-open = پیل یې کړئ
texts-amendments = تعدیلونه
texts-amendments-none = هېڅ تعدیل نه دی وړاندیز شوی.
# $party د وړاندیز کوونکي اړخ کوډ دی؛ $version هغه نسخه چې تعدیلېږي.
texts-amendment-heading = { $party } د نسخې { $version } په اړه
texts-amendment-proposed = وړاندیز شوی
texts-amendment-incorporated = شامل شوی
texts-amendment-declined = رد شوی
texts-amendment-reason = دلیل:
texts-amendment-answer = د متن د مسؤل ځواب:
texts-incorporate = شامل یې کړئ
texts-decline-reason = د ردولو دلیل
texts-decline = رد یې کړئ
texts-propose = تعدیل وړاندیز کړئ
texts-propose-to = د نسخې { $version } لپاره د تعدیل وړاندیز
texts-passage = هغه برخه چې بدلېږي
texts-replacement = بدیل متن
texts-reason = دلیل
texts-propose-button = وړاندیز یې کړئ
texts-add-language-to = د نسخې { $version } لپاره د ژبنۍ نسخې زیاتول
texts-add-language = ژبنۍ نسخه زیاته کړئ
texts-language-label = ژبه
texts-language-hint = د ژبې کوډ: en، ru، kk، ky، tg، uz، fa-AF، ps، uz-Arab…
texts-language-status = حالت
texts-prevailing-label = د اختلاف په صورت کې مرجحه
texts-add-language-button = ژبنۍ نسخه زیاته کړئ
texts-new-version = نوې نسخه صادره کړئ
texts-new-version-body = د نسخې { $version } متن
texts-new-version-button = نسخه { $version } صادره کړئ
texts-versions = نسخې
# $party د هغه اړخ کوډ دی چې تعدیل یې په دې نسخه کې شامل شوی.
texts-version-credits = د { $party } تعدیل
