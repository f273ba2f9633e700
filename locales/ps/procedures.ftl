# د یوه بهیر پاڼه: د هر اړخ دریځ، هغه کړنې چې لوستونکی یې ثبتولای شي، مهالي لړۍ
# (templates/procedure.html، src/http/pages/procedures/).

procedures-breadcrumbs = د لارښوونې لړۍ
# $kind د بهیر ډول دی، $title د متن سرلیک لکه څنګه چې ولیکل شو، $version هغه نسخه
# چې بهیر پرې پرېکړه کوي.
procedures-heading = { $kind } د «{ $title }» په اړه، نسخه { $version }
# په براوزر کې د پاڼې سرلیک.
procedures-title = { $kind } د { $title } په اړه
procedures-deadline = وروستۍ نېټه
# $when نېټه او وخت دی د لوستونکي په خپل وخت، له ښار سره.
procedures-your-time = ستاسو په وخت { $when }
procedures-notice-opened = بهیر پیل شو؛ هر غړي اړخ ته د هغه په راغلو پیغامونو کې خبر ورکړل شو.
procedures-notice-recorded = ثبت شو.
# $decision د پرېکړې شمېره ده، د هغې ثبت ته لینک.
procedures-adopted-as = د { $decision } په توګه تصویب شو.
procedures-not-adopted = تصویب نه شو

## ولې یو بهیر تصویب نه شو

procedures-reason-objected = { $party } اعتراض لري: { $reason }
procedures-reason-not-answered = { $party } ځواب ونه ورکړ
# $due هغه نېټه او وخت دی چې تر هغه پورې د پلازمېنې تایید اړین و.
procedures-reason-unconfirmed = { $party } په ad referendum ډول موافقه وکړه او پلازمېنې یې تایید ونه کړ (وروستۍ نېټه: { $due })
procedures-reason-broke-silence = { $party } چوپتیا ماته کړه: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] { $concurring } اړخ موافقه وکړه، په داسې حال کې چې د { $quorum } اړخونو موافقه اړینه ده؛ نور اړخونه یوځای نه شول
       *[other] { $concurring } اړخونو موافقه وکړه، په داسې حال کې چې د { $quorum } اړخونو موافقه اړینه ده؛ نور اړخونه یوځای نه شول
    }

## د هر اړخ دریځ

procedures-parties = د هر اړخ دریځ
# $hash د هغې نسخې SHA-256 دی چې تر بهیر لاندې ده.
procedures-hash = تر بهیر لاندې متن: SHA-256 { $hash }.
# $quorum دا ښيي چې څو اړخونه باید موافقه وکړي.
procedures-quorum = نصاب: { $quorum }.
procedures-parties-label = اړخونه
procedures-column-party = اړخ
procedures-column-position = دریځ
procedures-column-text = متن
procedures-column-recorded = د ثبت وخت
procedures-position-none = تر اوسه ځواب نشته
procedures-position-broke-silence = چوپتیا یې ماته کړه
procedures-position-silent = چوپ
# $when د کړنې د ثبت وخت دی، $user د هغه چا کارن نوم چې ثبت یې کړې.
procedures-recorded-by = { $when }، د { $user } له خوا
procedures-statements = تفسیري اعلامیې

## د دریځ ثبتول (اجماع)

# $party د هغه اړخ کوډ دی چې لوستونکی یې په استازیتوب عمل کوي.
procedures-record-heading = د { $party } دریځ ثبتول
procedures-record-label = د دریځ ثبتول
procedures-position = دریځ
procedures-choice-concur = موافقه
procedures-choice-concur-with-statement = موافقه، له تفسیري اعلامیې سره
procedures-choice-stand-aside = نه یوځای کېدل (مخه نه نیسي؛ پرېکړه نه پلي کوي)
procedures-choice-ad-referendum = ad referendum (د پلازمېنې د تایید په شرط)
procedures-choice-object = اعتراض (مخه نیسي؛ دلیل یې ووایاست)
procedures-statement = اعلامیه (له اعلامیې سره د موافقې یا نه یوځای کېدو په صورت کې)
procedures-reason = دلیل (د اعتراض په صورت کې)
procedures-confirm-by = د پلازمېنې د تایید وروستۍ نېټه (ad referendum، ستاسو په وخت)
procedures-record-button = دریځ ثبت کړئ
procedures-capital-confirms = پلازمېنه تاییدوي
procedures-capital-reason = د پلازمېنې دلیل
procedures-capital-declines = پلازمېنه نه تاییدوي

## چوپتیا

procedures-for-party = د { $party } له لوري
procedures-lodge-label = د اعلامیې وړاندې کول
procedures-interpretive-statement = تفسیري اعلامیه (چوپتیا نه ماتوي)
procedures-lodge-button = اعلامیه وړاندې کړئ
procedures-break-label = د چوپتیا ماتول
procedures-break-confirm = د چوپتیا ماتول بهیر سمدستي پای ته رسوي: متن نه تصویبېږي. دوام ورکوئ؟
procedures-written-objection = لیکلی اعتراض
procedures-amendment-offered = وړاندیز شوی تعدیل (اختیاري)
procedures-break-button = چوپتیا ماته کړئ

## رییس

procedures-chair = رییس
procedures-chair-note-help = د هغه حاضر اړخ لپاره چې څه یې نه دي ویلي، رییس کولای شي یادښت وکړي چې هېڅ اعتراض وانه ورېدل شو. ثبت دا د رییس د یادښت په توګه ښيي؛ اړخ بیا هم کولای شي خپل دریځ ثبت کړي.
procedures-chair-note-button = له { $party } څخه هېڅ اعتراض وانه ورېدل شو
procedures-extend-label = د وروستۍ نېټې غځول
procedures-new-deadline = نوې وروستۍ نېټه (ستاسو په وخت)
procedures-extend-button = وې غځوئ
procedures-withdraw-confirm = دا بهیر بېرته واخیستل شي؟
procedures-withdraw-button = بېرته یې واخلئ

## مهالي لړۍ: $when د لوستونکي په وخت نېټه او وخت دی، $party د یوه اړخ کوډ.

procedures-timeline = مهالي لړۍ
procedures-opened = پیل: { $when }
procedures-event-position = { $when } · د { $party } دریځ
procedures-event-confirm = { $when } · د { $party } تایید
procedures-event-decline = { $when } · د { $party } نه تایید
procedures-event-break = { $when } · د { $party } له خوا د چوپتیا ماتول
procedures-event-statement = { $when } · د { $party } اعلامیه
procedures-event-chair-note = { $when } · د { $party } په اړه د رییس یادښت
procedures-event-extend = { $when } · د وروستۍ نېټې غځول
procedures-event-withdraw = { $when } · بېرته اخیستل
procedures-event-superseded = { $when } · بدل شو
# $outcome دا ښيي چې بهیر څنګه پای ته ورسېد (تصویب شوی، تصویب نه شوی، بېرته اخیستل شوی…).
procedures-event-closed = { $when } · { $outcome }
