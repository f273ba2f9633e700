# هغه سندونه چې د غونډو ترمنځ وېشل کېږي او د هغوی ضمیمې (templates/papers.html، paper.html،
# src/http/pages/papers.rs، src/http/api/papers.rs) او د هغوی د قواعدو له مخې ردونه.

## د سندونو ډولونه

paper-kind-non-paper = غیررسمي سند
paper-kind-note-verbale = شفاهي یادښت
paper-kind-background = معلوماتي یادښت
paper-kind-report = راپور
paper-kind-letter = لیک
paper-kind-other = بل سند

## د ډلې په پاڼه کې لینک

group-papers-link = وېشل شوي سندونه

## د ډلې د سندونو لېست

papers-breadcrumbs = د لارښوونې لړۍ
papers-breadcrumb = سندونه
# $group د ډلې کوډ دی.
papers-title = د { $group } سندونه
# $group د ډلې نوم دی.
papers-heading = د { $group } سندونه
papers-lede = شفاهي یادښتونه، معلوماتي یادښتونه، راپورونه، لیکونه او غیررسمي سندونه چې تاسو ته وېشل شوي دي.
papers-count =
    { $count ->
        [one] تاسو ته { $count } سند وېشل شوی دی.
       *[other] تاسو ته { $count } سندونه وېشل شوي دي.
    }
papers-empty = تر اوسه هېڅ سند تاسو ته نه دی وېشل شوی.
papers-table-label = سندونه
papers-column-symbol = نښه
papers-column-title = سرلیک
papers-column-kind = ډول
papers-column-distribution = وېش
papers-column-classification = د محرمیت کچه
papers-no-symbol = بې نښې

papers-circulate = یو سند ووېشئ
papers-title-label = سرلیک
papers-kind-label = ډول
papers-kind-hint = له غیررسمي سند پرته هر ډول سند ته د ډلې نښه ورکول کېږي.
papers-language-label = ژبه
papers-language-hint = د ژبې نښان: en، ru، kk، ky، tg، uz، fa-AF، ps…
papers-body-label = متن
papers-body-hint = د CommonMark نښه‌ګذاري: *کوږ*، **پنډ**، لېستونه، سرلیکونه او لینکونه.
papers-distribution-label = وېش
papers-listed-label = ټاکل شوي اړخونه
papers-listed-hint = د هغه سند لپاره چې ټاکل شویو اړخونو ته وېشل کېږي: د اړخونو کوډونه په کامې سره جلا کړئ.
papers-classification-label = د محرمیت کچه
papers-circulate-button = سند ووېشئ
papers-notice-created = سند ووېشل شو.

## د یوه سند پاڼه

# $kind، $distribution او $classification د سند کلمې دي، $language د هغه د ژبې نښان.
papers-lede-marking = { $kind } · وېش: { $distribution } · { $classification } · ژبه: { $language }
# $party د هغه اړخ کوډ دی چې سند یې وېشلی.
papers-circulated-by = وېشونکی اړخ: { $party }
papers-circulated-by-secretariat = د دارالانشاء له خوا وېشل شوی
# $parties د اړخونو کوډونه دي چې په کامې سره جلا شوي.
papers-listed-to = ټاکل شوي اړخونه: { $parties }
papers-attachments = ضمیمې
papers-attachments-none = هېڅ ضمیمه نشته.
papers-attachments-label = ضمیمې
papers-column-file = فایل
papers-column-type = ډول
papers-column-size = اندازه
# $size د بایټونو شمېر دی.
papers-size-bytes = { $size } بایټه
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = تر ټولو ډېر { $max }. فایل یوازې یو ځل ساتل کېږي او یوازې هغه کسان یې ویني چې دا سند ویني.
papers-attach-label = د ضمیمه کولو فایل
papers-attach-button = فایل ضمیمه کول
papers-notice-attached = فایل ضمیمه شو.

## ردونه

error-access-circulate-paper = یوازې دارالانشاء، یا د یوه غړي اړخ ځانګړی استازی، مرستیال یا د پلاوي غړی سند وېشلای شي
error-access-attach-paper = یوازې هغه پلاوی چې سند یې وېشلی (او خپلو سندونو ته دارالانشاء) کولای شي هغه ته فایل ضمیمه کړي
error-conflict-paper-symbol = په همدې شېبه کې دا نښه بل سند ته ورکړل شوه؛ سند بیا ولېږئ
error-conflict-attachment-exists = دا فایل له مخکې سند ته ضمیمه شوی دی
# $max د بایټونو شمېر دی.
error-attachment-file-name-too-long = باید له { $max } بایټو اوږد نه وي
error-attachment-file-name-path = باید یوازې د فایل نوم وي: پرته له / او \، او نه . یا ..
error-attachment-file-name-control = باید کنټرولي توري ونه لري
error-attachment-media-type = باید د رسنۍ ډول وي، لکه application/pdf، چې د Content-Type په سرلیک کې لېږل کېږي
# $declared د رسنۍ هغه ډول دی چې فایل پرې لېږل شوی.
error-attachment-media-type-lies = د فایل منځپانګه د { $declared } ډول نه ده؛ د هغې رښتینی ډول یا application/octet-stream ولېږئ
error-attachment-empty = فایل تش دی
error-attachment-interrupted = لېږل مخکې له دې چې بشپړ فایل ورسېږي بند شول
# $max حد په مېبي‌بایټ او $bytes همغه په بایټ دی.
error-attachment-too-large = فایل له { $max } مېبي‌بایټه ({ $bytes } بایټه) لوی دی چې د سند د ضمیمې تر ټولو لویه اندازه ده؛ کوچنی فایل ولېږئ.
