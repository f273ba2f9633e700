# څه ناسم شول، په هغه ډول چې یو کس یې لولي: د فورمو او JSON د خانو تېروتنې، د قواعدو له
# مخې ردونه، او د problem+json ځوابونو سرلیکونه او جزئیات. د خانو تېروتنې داسې لیکل شوې
# چې د خانې له نوم وروسته راشي («سرلیک: باید تش نه وي»).


## په ټایپ شوي متن کې توري

# $character یو کوډ ټکی دی له خپل یونیکوډ نوم سره، لکه "U+200B (zero width space)".
error-characters-at-line = { $character } په { $line } کرښه، { $column } ستون کې
error-characters-at = { $character } په { $at } توري کې
# $found له پورتنیو دوو پیغامونو څخه یو دی.
error-characters-control = باید کنټرولي توري ونه لري؛ { $found } لرې کړئ
error-characters-line-break = باید یوه کرښه وي؛ د کرښې ماتېدل { $found } لرې کړئ
error-characters-direction-control = باید د لوري نالیدونکي کنټرولي توري ونه لري، ځکه دا توري متن په بل ترتیب ښيي نه په هغه چې خوندي شوی؛ { $found } لرې کړئ
error-characters-invisible = باید نالیدونکي توري ونه لري؛ { $found } لرې کړئ
error-characters-stray-joiner = نښلوونکی یا نه‌نښلوونکی صفر پلنوالی (ZWJ/ZWNJ) یوازې د یوې کلمې د دوو تورو ترمنځ راتلای شي؛ { $found } لرې کړئ
error-characters-nothing-visible = باید لږ تر لږه یو لیدونکی توری ولري

## کوډونه، نومونه او سرلیکونه

error-name-empty = باید تش نه وي
error-name-too-long = باید تر { $max } تورو زیات نه وي
error-email-shape = د برېښنالیک پته نه ده (باید یوه پته وي، لکه name@example.org)
error-name-shape-group-code = باید له ۲ تر ۱۰ پورې لوی لاتیني توري یا عددونه وي چې په توري پیل شي (لکه CGA)
error-name-shape-party-code = باید له ۲ تر ۸ پورې لوی لاتیني توري وي (د دولت لپاره ISO 3166-1 alpha-2، لکه KZ)
error-name-shape-username = باید له ۲ تر ۶۴ پورې کوچني لاتیني توري، عددونه، '.'، '_' یا '-' وي (لکه kz.envoy)
error-name-shape-track-code = باید د ساحې کوډ وي چې له کوچنیو لاتیني تورو، عددونو او لاندې کرښو جوړ وي (لکه trade)
error-name-shape-indicator-code = باید د شاخص کوډ وي چې له کوچنیو لاتیني تورو، عددونو او لاندې کرښو جوړ وي (لکه trade_turnover)
error-name-shape-single-line = باید یوه کرښه وي او کنټرولي توري ونه لري
error-name-shape-no-control-characters = باید داسې متن وي چې کنټرولي توري ونه لري

## هره خانه

error-time-unknown-zone = د IANA پېژندل شوې زماني سیمه نه ده (لکه Asia/Tashkent)
error-time-bad-local-time = باید داسې نېټه او وخت وي لکه 2026-03-14T10:00
error-time-nonexistent-local-time = په دې زماني سیمه کې شتون نه لري (د ساعت بدلون ترې تېرېږي)
error-time-bad-instant = باید د RFC 3339 وخت له توپیر سره وي، لکه 2026-03-14T10:00:00Z یا 2026-03-14T15:00:00+05:00
error-time-offset-out-of-range = توپیر یې له ±18:00 څخه زیات دی چې د ځمکې پر مخ هېڅ ځای یې نه کاروي؛ له UTC سره توپیر ولیکئ، لکه +05:00، یا Z
# $values هغه کلمې دي چې خانه یې مني، لکه څنګه چې لېږل کېږي (نه ژباړل کېږي).
error-choice-one-of = باید له دې څخه یو وي: { $values }
error-nothing-to-change = د بدلولو لپاره هېڅ شی نشته
error-date-shape = هغه ورځ چې په YYYY-MM-DD بڼه لیکل شوې وي
error-date-not-in-calendar = د جنتري ورځ نه ده
error-language-not-offered = داسې ژبه نه ده چې مجلس پرې وړاندې کېږي؛ له دې څخه یوه وټاکئ: { $offered }
error-whole-number = بشپړ عدد
error-must-be-whole-number = باید بشپړ عدد وي
# $reason د وېب سرور خپل توضیح دی (په انګلیسي).
error-form-unreadable = { $reason }
# $expected د serde له خوا د شته پارامترونو لېست دی، په انګلیسي.
error-query-unknown-parameter = د دې غوښتنې پارامتر نه دی؛ { $expected }
error-query-required = اړین دی
error-query-out-of-range = له حد څخه بهر دی
# $reason د serde خپل توضیح دی، په انګلیسي.
error-query-unreadable = { $reason }

## پټنومونه

error-password-too-short = باید لږ تر لږه { $min } توري وي
error-password-too-long = باید تر { $max } تورو زیات نه وي
error-password-too-easy = اټکل یې ډېر اسانه دی
# $advice له لاندې لارښوونو څخه یوه یا څو دي، په سیمي‌کولن سره جلا.
error-password-too-easy-advice = اټکل یې ډېر اسانه دی: { $advice }
error-password-hint-straight-rows = د کیلیو نېغې قطارې په اسانۍ اټکل کېږي
error-password-hint-short-keyboard-patterns = د کیبورډ لنډې بېلګې په اسانۍ اټکل کېږي
error-password-hint-repeats-like-aaa = تکرارونه لکه "aaa" په اسانۍ اټکل کېږي
error-password-hint-repeats-like-abcabc = تکرارونه لکه "abcabcabc" له "abc" څخه یوازې لږ څه ستونزمن اټکل کېږي
error-password-hint-top-10 = دا له ۱۰ تر ټولو عامو پټنومونو څخه یو دی
error-password-hint-top-100 = دا له ۱۰۰ تر ټولو عامو پټنومونو څخه یو دی
error-password-hint-very-common = دا ډېر عام پټنوم دی
error-password-hint-similar-to-common = دا یوه عام کارېدونکي پټنوم ته ورته دی
error-password-hint-sequences-like-abc = لړۍ لکه abc یا 6543 په اسانۍ اټکل کېږي
error-password-hint-recent-years = وروستي کلونه په اسانۍ اټکل کېږي
error-password-hint-a-word-by-itself = یوازې یوه کلمه په اسانۍ اټکل کېږي
error-password-hint-dates = نېټې اکثره په اسانۍ اټکل کېږي
error-password-hint-names-by-themselves = یوازې نومونه او تخلصونه په اسانۍ اټکل کېږي
error-password-hint-common-names = عام نومونه او تخلصونه په اسانۍ اټکل کېږي
error-password-hint-use-a-few-words = څو کلمې وکاروئ، له عامو عبارتونو ډډه وکړئ
error-password-hint-no-need-for-symbols = سمبولونو، عددونو یا لویو تورو ته اړتیا نشته
error-password-hint-add-another-word = یوه یا دوه نورې کلمې زیاتې کړئ، نادرې کلمې غوره دي
error-password-hint-capitalization = لوی توري ډېره مرسته نه کوي
error-password-hint-all-uppercase = هغه پټنوم چې ټول توري یې لوی وي، نږدې هومره اسانه اټکل کېږي لکه ټول کوچني توري
error-password-hint-reversed-words = سرچپه کلمې ډېرې ستونزمنې نه اټکل کېږي
error-password-hint-substitutions = د وړاندوینې وړ بدلونونه لکه د 'a' پر ځای '@' ډېره مرسته نه کوي
error-password-hint-longer-keyboard-pattern = د کیبورډ اوږده بېلګه له ډېرو ګرځېدنو سره وکاروئ
error-password-hint-avoid-repeats = د کلمو او تورو له تکرار څخه ډډه وکړئ
error-password-hint-avoid-sequences = له لړیو څخه ډډه وکړئ
error-password-hint-avoid-recent-years = له وروستیو کلونو څخه ډډه وکړئ
error-password-hint-avoid-your-years = له هغو کلونو څخه ډډه وکړئ چې له تاسو سره تړاو لري
error-password-hint-avoid-your-dates = له هغو نېټو او کلونو څخه ډډه وکړئ چې له تاسو سره تړاو لري
error-password-hint-fallback = یوه یا دوه نورې کلمې زیاتې کړئ؛ نادرې کلمې غوره دي

## حسابونه او څوکۍ

error-account-password-unchanged = باید له اوسني پټنوم سره توپیر ولري
error-account-wrong-current-password = ستاسو اوسنی پټنوم نه دی
error-account-missing = نشته
error-account-no-such-user = په دې کارن نوم هېڅ کارن نشته
error-seat-party-missing = په پلاوي کې رول هغه اړخ ته اړتیا لري چې ورپورې اړه لري
error-seat-secretariat-party = دارالانشاء هېڅ اړخ پورې اړه نه لري؛ د اړخ خانه تشه پرېږدئ
error-seat-none-in-group = دا کس په ګروپ کې څوکۍ نه لري
error-demo-password-refused = { $reason } (د { $account } نمایشي حساب لپاره وڅېړل شو)؛ پیاوړی پټنوم وټاکئ
error-account-no-such-account = په دې کارن نوم هېڅ حساب نشته

## څوک څه کولای شي

error-access-manage-meeting = یوازې دارالانشاء یا د رییس ځانګړی استازی کولای شي دا غونډه اداره کړي
error-access-administrator-only = یوازې د سیسټم مدیر کولای شي دا کار وکړي
error-access-authorise-envoy-only = یوازې ځانګړی استازی کولای شي مرستیال ته واک ورکړي
error-access-authorise-own-deputy = ځانګړی استازی یوازې د خپل پلاوي مرستیال ته واک ورکولای شي
error-access-draft-text = یوازې د یوه غړي اړخ پلاوی یا دارالانشاء کولای شي د متن مسوده جوړه کړي
error-access-change-text = یوازې د متن د مسؤل پلاوی (یا د رییس له لوري دارالانشاء) کولای شي متن بدل کړي
error-access-propose-amendment = یوازې د یوه غړي اړخ ځانګړی استازی، مرستیال یا د پلاوي غړی کولای شي تعدیل وړاندیز کړي
error-access-chair-or-secretariat = یوازې د رییس ځانګړی استازی یا دارالانشاء کولای شي دا کار وکړي
error-access-secretariat-no-position = دارالانشاء هېڅکله د یوه اړخ دریځ نه ثبتوي
error-access-members-only-voice = یوازې غړي اړخونه په پرېکړو کې د رایې حق لري
error-access-own-party-only = تاسو یوازې د خپل اړخ له لوري عمل کولای شئ
error-access-deputy-unauthorised = مرستیال یوازې تر هغه وخته عمل کولای شي چې د ځانګړي استازي له خوا واک ورکړل شوی وي
error-access-envoy-speaks = یوازې ځانګړی استازی، یا هغه مرستیال چې ځانګړي استازي واک ورکړی، د اړخ له لوري خبرې کوي
error-access-record-later = یوازې دارالانشاء هغه پرېکړه ثبتوي چې ګروپ له مجلس څخه د کار اخیستو مخکې کړې وي
error-access-secretariat-only = یوازې دارالانشاء کولای شي دا کار وکړي
error-access-report-own-party = تاسو یوازې د خپل اړخ له لوري، د هغه د ځانګړي استازي، مرستیال یا د پلاوي د غړي په توګه راپور ورکولای شئ
error-access-report-line = یوازې هغه اړخ چې د دې محور مشري کوي یا پکې ګډون لري، کولای شي د هغه په اړه راپور ورکړي
error-access-record-for-party = یوازې دارالانشاء یا د همغه اړخ خپل پلاوی کولای شي دا ثبت کړي
error-access-own-engagements = هر اړخ خپل تعاملات د خپل ځانګړي استازي، مرستیال یا د پلاوي د غړي له لارې ثبتوي
error-access-widen = یوازې د صادروونکي اړخ ځانګړی استازی کولای شي د دې د لیدونکو کړۍ پراخه کړي
error-access-authorisation-in-past = باید په راتلونکي کې وي
error-access-authorisation-too-long = باید د یوه کال دننه وي

## ګروپونه، اړخونه او ساحې

error-group-not-a-party = { $party } د ګروپ اړخ نه دی
error-group-not-a-member = { $party } د ګروپ غړی اړخ نه دی
error-group-not-a-track = { $track } د ګروپ ساحه نه ده
error-group-party-twice = اړخ { $party } دوه ځله لیکل شوی
error-group-no-member = ګروپ لږ تر لږه یوه غړي اړخ ته اړتیا لري
error-group-twice-in-rotation = { $party } په نوبتي ترتیب کې دوه ځله راغلی
error-group-quorum-out-of-range = باید د ۱ او د غړو د شمېر ({ $members }) ترمنځ وي
error-group-silence-too-long = باید تر { $max } زیات نه وي
error-group-no-language = ګروپ لږ تر لږه یوې کاري ژبې ته اړتیا لري
error-group-already-a-party = { $party } مخکې له مخکې د ګروپ اړخ دی
error-group-joins-as-member = نوی اړخ د کتونکي یا مېلمه په توګه یوځای کېږي؛ غړي د ګروپ د تاسیس پر مهال ټاکل کېږي
error-group-not-a-party-of = { $party } د { $group } اړخ نه دی
error-group-not-a-member-of = { $party } د { $group } غړی اړخ نه دی
error-group-not-a-guest-of = { $party } د { $group } مېلمه اړخ نه دی
error-track-named-twice = { $track } دوه ځله یاد شوی
error-track-in-use = { $track } په ثبتونو کې کارول شوی او باید پاتې شي
error-group-party-line = کرښه { $line } باید داسې وي: کوډ، نوم، د غړیتوب حالت

## غونډې

# $from او $to د غونډې حالتونه دي: planned، convened، concluded، cancelled.
error-meeting-transition-refused = د { $from } حالت لرونکې غونډه { $to } حالت ته نه شي اوښتلای
error-meeting-ends-before-start = باید له پیل وروسته وي
error-meeting-not-of-group = د دې ګروپ غونډه نه ده
error-meeting-no-rotation = ګروپ نوبتي ترتیب نه لري؛ کوربه یاد کړئ
# $status د غونډې حالت دی: concluded یا cancelled.
error-meeting-is-history =
    { $status ->
        [concluded] پای ته رسېدلې
        [cancelled] لغوه شوې
       *[other] { $status }
    } غونډه په سابقه اوښتې او نه شي سمېدای
error-meeting-agenda-order-incomplete = باید د غونډې د اجنډا هر بند دقیقاً یو ځل لېست کړي
error-meeting-cancelled-no-attendance = لغوه شوې غونډه حاضري نه لري
error-meeting-agenda-closed =
    د { $status ->
        [planned] پلان شوې
        [convened] دایره شوې
        [concluded] پای ته رسېدلې
        [cancelled] لغوه شوې
       *[other] { $status }
    } غونډې اجنډا نه شي بدلېدای
error-meeting-start-and-end = د پیل او پای دواړه وختونه ورکړئ
error-meeting-up-or-down = باید up یا down وي

## متنونه، نسخې او قوسونه

error-document-bad-language-tag = باید د ژبې کوډ وي لکه ru، en، fa-AF یا uz-Arab
error-text-language-is-negotiating = پخپله د خبرو اترو ژبه ده
error-text-version-not-latest = نسخه { $asked } وروستۍ نه ده؛ وروستۍ نسخه { $latest } ده
error-text-secretariat-no-national = دارالانشاء ملي اسناد نه لري؛ بل ډول وېش وټاکئ
# د یوې خانې څو ستونزې، په سیمي‌کولن سره جلا.
error-text-list-of-problems = { $problems }
# $problem د قوس له لاندې ستونزو څخه یوه ده.
error-text-bracket-at = کرښه { $line }، ستون { $column }: { $problem }
error-text-bracket-unclosed = هغه قوس چې دلته خلاص شوی، هېڅکله نه دی تړل شوی
error-text-bracket-stray-close = «]]» هغه قوس تړي چې هېڅکله نه و خلاص شوی
error-text-bracket-nested = قوس د بل قوس دننه خلاص شوی؛ قوسونه یو په بل کې نه شي راتلای، انتخابونه د داسې بدیلونو په توګه ولیکئ چې په «||» سره جلا وي
error-text-holder-list-unclosed = د ساتونکو لېست چې دلته په «{ "{" }» خلاص شوی، هېڅکله په «{ "}" }» نه دی تړل شوی
error-text-holder-list-empty = د ساتونکو لېست هېڅ اړخ نه یادوي؛ ساتونکي اړخونه یاد کړئ (لکه { "{" }KZ,UZ{ "}" }) یا لېست لرې کړئ
error-text-holder-list-empty-entry = د ساتونکو لېست یو تش توکی لري (ښايي یوه اضافي کامه؟)
# $reason وایي چې د اړخ کوډ باید څنګه وي.
error-text-holder-not-a-party = «{ $code }» د ساتونکو په لېست کې د اړخ کوډ نه دی: { $reason }
error-text-bracket-empty = قوس په هېڅ بدیل کې متن نه لري
# هغه قوس چې لا خلاص دی: شمېره یې، چېرته خلاصېږي، څوک یې ساتي، او بدیلونه یې.
error-text-open-bracket = خلاص قوس { $number } (کرښه { $line }، ستون { $column }): { $alternatives }
error-text-open-bracket-held = خلاص قوس { $number } (کرښه { $line }، ستون { $column })، د { $holders } په ټینګار: { $alternatives }
error-text-alternative = «{ $text }»
# تش بدیل: د هغې برخې د حذفولو انتخاب.
error-text-alternative-nothing = هېڅ
error-text-list = { $first }، { $next }
error-text-choice = { $first } یا { $last }
error-text-no-chair-to-hold-pen = ګروپ لا رییس نه لري چې د متن مسؤلیت په غاړه واخلي؛ لومړی یوه غونډه پلان کړئ
error-text-no-such-version = متن { $version } نسخه نه لري
error-text-listed-needs-parties = هغه متن چې ټاکل شویو اړخونو ته وېشل کېږي، باید هغه اړخونه یاد کړي

## تعدیلونه

error-amendment-passage-empty = هغه برخه چې باید بدله شي تشه ده؛ هغه کلمې راواخلئ چې تعدیل یې بدلوي
error-amendment-passage-not-found = هغه برخه چې باید بدله شي په نسخه { $version } کې نشته
error-amendment-passage-not-unique = هغه برخه چې باید بدله شي په نسخه { $version } کې { $occurrences } ځله راغلې؛ ډېره برخه یې راواخلئ چې یوازینۍ شي
error-amendment-reason-missing = تعدیل خپل دلیل ته اړتیا لري
# $state له incorporated یا declined څخه یو دی.
error-amendment-already-settled =
    دا تعدیل مخکې { $state ->
        [incorporated] شامل شوی
        [declined] رد شوی
       *[other] { $state }
    }
# $reason وایي چې ولې هغه برخه په وروستۍ نسخه کې نه شي بدلېدای.
error-amendment-cannot-incorporate = نه شي شاملېدای: { $reason }
error-amendment-decline-reason-missing = د تعدیل ردولو ته دلیل اړین دی

## د محرمیت نښې

error-marking-secretariat-no-national = دارالانشاء هېڅ ملي شی نه ثبتوي؛ بل ډول وېش وټاکئ
error-marking-listed-needs-parties = هغه ثبت چې ټاکل شویو اړخونو ته وېشل کېږي، باید هغه اړخونه یاد کړي
error-marking-above-clearance = باید ستاسو د خپل لاسرسي له کچې لوړ نه وي
error-marking-only-widen = د یوه ثبت وېش یوازې پراخېدای شي، او د محرمیت کچه یې یوازې ټیټېدای شي

## د بهیر پیلول

error-procedure-no-chair = ګروپ رییس نه لري چې بهیر پیل کړي
# $kind د متن هغه ډول دی چې هېڅکله نه تصویبېږي: chairs_summary یا non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] ګډه اعلامیه
        [chairs_summary] د رییس لنډیز
        [non_paper] غیررسمي سند
       *[other] { $kind }
    } هېڅکله نه تصویبېږي
error-procedure-still-open = د دې متن په اړه { $id } بهیر لا روان دی
error-procedure-session-by-consensus = په غونډه کې پرېکړه په تالار کې د اجماع له لارې کېږي
# $status د غونډې حالت دی: planned، concluded یا cancelled.
error-procedure-session-not-convened =
    په غونډه کې پرېکړې ته دایره شوې غونډه اړینه ده؛ دا غونډه { $status ->
        [planned] پلان شوې
        [concluded] پای ته رسېدلې
        [cancelled] لغوه شوې
       *[other] { $status }
    } ده
error-procedure-nobody-present = هېڅ غړی اړخ په غونډه کې حاضر نه دی ثبت شوی؛ لومړی حاضري ثبت کړئ
error-procedure-no-such-version = د دې متن داسې نسخه نشته
error-procedure-no-such-meeting = داسې غونډه نشته
error-procedure-session-needs-meeting = په غونډه کې پرېکړه باید خپله غونډه یاده کړي
error-procedure-confirm-by-missing = د ad referendum دریځ هغې نېټې ته اړتیا لري چې پلازمېنه به تر هغې تایید وکړي

## بهیرونه: ولې یوه کړنه اوس نه شي ثبتېدای


# شېبې ($deadline، $at، $now…) په UTC لیکل کېږي.

error-refusal-missing-objection-reason = اعتراض باید خپل دلیل ووایي
error-refusal-missing-decline-reason = د ad referendum دریځ ردول باید د پلازمېنې دلیل ووایي، ځکه د اعتراض په توګه ګڼل کېږي
error-refusal-missing-concur-statement = له اعلامیې سره موافقې ته د اعلامیې متن اړین دی
error-refusal-blank-stand-aside = د نه یوځای کېدو متن باید تش نه وي (پرېښودل کېدای شي)
error-refusal-missing-break-reason = د چوپتیا ماتولو ته لیکلی اعتراض یا تعدیل اړین دی
error-refusal-blank-interpretive-statement = تفسیري اعلامیه باید تشه نه وي
# $outcome له open، adopted، not_adopted، withdrawn یا superseded څخه یو دی.
error-refusal-closed =
    دا بهیر تړل شوی: { $outcome ->
        [not_adopted] تصویب نه شوی
       *[other] { $outcome }
    }
error-refusal-deadline-passed = وروستۍ نېټه په { $deadline } تېره شوه
error-refusal-before-opening = بهیر یوازې په { $opened_at } پیلېږي
error-refusal-not-stamped-now = د دې کړنې نېټه { $at } ده، خو د سرور وخت { $now } دی: کړنې د سرور په وخت ثبتېږي
error-refusal-behind-last-act = د سرور ساعت د دې بهیر له وروستۍ کړنې ({ $last }) وروسته پاتې دی؛ یوه شېبه وروسته بیا هڅه وکړئ
# $act د چوپتیا د بهیر یوه کړنه ده: break یا statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] د چوپتیا ماتول
        [statement] جلا تفسیري اعلامیه
       *[other] دا کړنه
    } د اجماع په پړاو کې ځای نه لري: د هغې پر ځای دریځ ثبت کړئ (اعتراض، یا له اعلامیې سره موافقه)
# $act د اجماع د پړاو یوه کړنه ده: position، confirm، decline یا chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] د دریځ ثبتول
        [confirm] د ad referendum دریځ تاییدول
        [decline] د ad referendum دریځ ردول
        [chair_note] د اعتراض نه شتون په اړه د رییس یادښت
       *[other] دا کړنه
    } د چوپتیا په بهیر کې ځای نه لري: د هغې پر ځای چوپتیا ماته کړئ یا تفسیري اعلامیه وړاندې کړئ
error-refusal-not-a-member = { $party } داسې غړی اړخ نه دی چې په دې بهیر کې د رایې حق ولري
error-refusal-no-ad-referendum-to-confirm = { $party } د تایید لپاره هېڅ ad referendum دریځ نه لري
error-refusal-no-ad-referendum-to-decline = { $party } د ردولو لپاره هېڅ ad referendum دریځ نه لري
error-refusal-confirmation-time-passed = د { $party } د پلازمېنې د تایید وخت په { $confirm_by } تېر شو؛ د هغه پر ځای دریځ ثبت کړئ
error-refusal-confirm-by-not-ahead = د پلازمېنې د تایید وروستۍ نېټه ({ $confirm_by }) باید له اوس څخه وروسته وي
error-refusal-text-too-long = متن تر ډېره { $max } توري لرلای شي
error-refusal-extension-not-later = نوې وروستۍ نېټه باید له اوسنۍ نېټې، { $current }، وروسته وي
error-refusal-party-has-spoken = { $party } خپل دریځ ثبت کړی: د رییس یادښت هېڅکله د یوه اړخ د کړنې ځای نه نیسي
error-refusal-already-noted = رییس مخکې د { $party } له لوري د اعتراض نه شتون یادښت کړی
error-refusal-note-outside-session = رییس «هېڅ اعتراض وانه ورېدل شو» یوازې په غونډه کې د پرېکړې پر مهال او د حاضر اړخ لپاره یادښت کوي
error-refusal-deadline-not-after-opening = وروستۍ نېټه باید له پیل وروسته وي
error-refusal-silence-too-short = چوپتیا باید لږ تر لږه { $min_hours } ساعته دوام وکړي: وروستۍ نېټه تر ټولو وړاندې { $earliest } کېدای شي

## هغه پرېکړې چې وروسته ثبتېږي

error-record-later-in-future = هغه پرېکړه چې وروسته ثبتېږي باید په داسې ورځ شوې وي چې راغلې وي؛ دا یوه په راتلونکي کې ده
error-record-later-meeting-not-begun = هغه وخت لا نه وه پیل شوې چې ویل کېږي پرېکړه تصویب شوې
error-record-later-reported-twice = { $party } دوه ځله راپور شوی
# $position له stand_aside، ad_referendum یا object څخه یو دی.
error-record-later-not-concurring =
    د { $party } دریځ د { $position ->
        [concur_with_statement] له اعلامیې سره موافقې
        [stand_aside] نه یوځای کېدو
        [ad_referendum] ad referendum
       *[other] { $position }
    } په توګه راپور شوی: پرېکړه یوازې هغه وخت تصویبېږي چې هر غړی اړخ موافقه وکړي یا له اجماع سره یوځای شي، نو دا متن نه دی تصویب شوی
error-record-later-position-missing = { $party } غړی اړخ دی او دریځ یې نشته
error-record-later-statement-missing = concur_with_statement خپل د اعلامیې متن ته اړتیا لري
error-record-later-unknown-position = هر دریځ باید له دې څخه یو وي: concur، concur_with_statement، stand_aside، ad_referendum، object

## د لارې نقشې

error-roadmap-leads-missing = لږ تر لږه یو اړخ یاد کړئ چې د محور مشري کوي
error-roadmap-due-before-start = د محور وروستۍ نېټه له پیل مخکې نه شي کېدای
error-roadmap-report-in-future = راپور د نن یا له نن مخکې ورځې په نېټه ورکول کېږي
error-roadmap-not-started-progress = د هغه محور پرمختګ چې نه دی پیل شوی ۰٪ دی
error-roadmap-done-progress = د بشپړ شوي محور پرمختګ ۱۰۰٪ دی
error-roadmap-party-would-not-see = { $party } په محور کې شامل دی خو هغه به یې ونه ویني؛ { $party } ته یې هم ووېشئ
error-roadmap-percent = باید له ۰ تر ۱۰۰ پورې بشپړ عدد وي
error-roadmap-no-such-decision = د ګروپ هېڅ پرېکړه د { $id } پېژندنه نه لري
error-roadmap-line-hidden-from-you = دا محور به له تاسو پټ پاتې شي: د رییس اړخ هم لېست کړئ
error-roadmap-decision-id = د پرېکړې پېژندنه له ۱ څخه پیلېدونکی بشپړ عدد دی

## تړونونه او تعاملات

error-agreement-count = شمېر بشپړ عدد دی، لږ تر لږه ۱
error-agreement-signed-in-future = تړون له لاسلیک وروسته ثبتېږي: نېټه په راتلونکي کې نه شي کېدای
error-agreement-same-party = تړون له بل اړخ سره وي
error-engagement-in-future = تعامل له ترسره کېدو وروسته ثبت کړئ
error-engagement-no-track = لږ تر لږه یوه ساحه یاده کړئ
error-engagement-summary-missing = ووایاست چې د څه په اړه خبرې وشوې

## ارقام، مودې او پیسې

error-period-not-a-date = نېټه نه ده: په YYYY-MM-DD بڼه یې ولیکئ، داسې ورځ چې شتون ولري
error-period-ends-before-start = موده له پیل مخکې پای ته رسېږي
error-money-unknown-currency = د ISO 4217 د پیسو کوډ نه دی (درې لوی لاتیني توري، لکه USD)
error-money-not-an-amount =
    مبلغ نه دی: عددونه ولیکئ، د دې پیسو لپاره تر ډېره { $decimals } { $decimals ->
        [one] اعشاري رقم
       *[other] اعشاري رقمونه
    }
error-money-negative = مبلغ منفي کېدای نه شي
error-money-too-large = مبلغ ډېر لوی دی
error-figures-flow-negative = جریان هېڅکله له صفر څخه کم نه وي
error-figures-target-not-positive = هدف له صفر څخه لوړ وي
error-figures-same-party = رقم د دوو بېلابېلو اړخونو ترمنځ وي
error-figures-bad-url = داسې انټرنېټي لینک چې په https:// یا http:// پیل شي، پرته له تشو ځایونو
error-figures-not-exact-decimal = اعشاري عدد د متن په بڼه: عددونه، د اړتیا په صورت کې یو ټکی او تر ۸ پورې نور عددونه

## د ارقامو د جدول واردول

error-import-unknown-columns = ستونونه نه زموږ ({ $ours }) دي او نه د UN Comtrade (refYear یا period، reporterISO، partnerISO، flowCode، primaryValue)
error-import-value-missing = اندازه اړینه ده
error-import-not-a-decimal = اعشاري عدد نه دی (عددونه، له یوه اختیاري ټکي سره)
# $code هغه کوډ دی چې په فایل کې لیکل شوی، د نقل قول په نښو کې.
error-import-not-alpha2 = { $code } د ISO 3166-1 alpha-2 د هېواد کوډ نه دی
error-import-not-alpha3 = { $code } د ISO 3166-1 alpha-3 د هېواد کوډ نه دی
error-import-source-missing = سرچینه یاده کړئ، په دې ستون کې یا د ټول فایل لپاره
error-import-comtrade-source-missing = د Comtrade د فایل سرچینه یاده کړئ (لکه "UN Comtrade")
error-import-unknown-flow-code = { $code }: یوازې X (صادرات) او M (واردات) لوستل کېږي
# $wanted او $flow له exports، imports یا turnover څخه یو دی.
error-import-other-flow = دا شاخص { $wanted } شمېري، او دا کرښه { $flow } ده
error-import-not-a-trade-flow = دا شاخص سوداګریز جریان نه دی؛ د Comtrade کرښې پکې نه شي ځای کېدای
error-import-second-flow-row = د همدې راپور ورکوونکي، شریک او مودې لپاره د { $flow } دویمه کرښه (لومړۍ په { $first_row } کرښه کې)
error-import-sum-too-large = مجموعه ډېره لویه ده
error-import-turnover-incomplete = { $reporter }–{ $partner } { $period } یوازې { $flow } لري؛ د سوداګرۍ حجم دواړو X او M ته اړتیا لري
# $reason د CSV لوستونکي خپل توضیح دی (په انګلیسي).
error-import-header-unreadable = سرکرښه نه شي لوستل کېدای: { $reason }
error-import-row-unreadable = دا کرښه نه شي لوستل کېدای: { $reason }
error-import-no-rows = فایل د ارقامو هېڅ کرښه نه لري
error-import-no-secretariat = { $group } د دارالانشاء داسې حساب نه لري
error-import-several-secretariats = { $group } د دارالانشاء څو حسابونه لري: یو یې په --as سره یاد کړئ

## له ثبت شوي حالت سره ټکر

error-conflict-signing-key-exists = د لاسلیک کیلي مخکې له مخکې شته
error-conflict-seat-exists = دا کس مخکې له مخکې په ګروپ کې څوکۍ لري
error-conflict-language-version-exists = دا نسخه مخکې له مخکې په دې ژبه متن لري
error-conflict-username-taken = په دې کارن نوم کارن مخکې له مخکې شته
error-conflict-group-code-taken = په دې کوډ ګروپ مخکې له مخکې شته
error-conflict-party-in-group = دا اړخ مخکې له مخکې په ګروپ کې دی
error-conflict-decision-exists = دا بهیر مخکې له مخکې خپله پرېکړه لري
error-conflict-indicator-exists = ګروپ مخکې له مخکې د { $code } شاخص لري
error-conflict-amendment-settled = د دې تعدیل په اړه مخکې پرېکړه شوې
error-conflict-procedure-closed = دا بهیر مخکې تړل شوی

## د API د ستونزو ځوابونه (RFC 9457 problem+json)

problem-unauthenticated-title = نه یاست ننوتي
problem-unauthenticated-detail = لومړی ننوځئ
problem-bad-credentials-title = ننوتل رد شول
problem-bad-credentials-detail = کارن نوم یا پټنوم سم نه دی
problem-too-many-attempts-title = ډېرې زیاتې هڅې
problem-too-many-attempts-detail =
    د ننوتلو ډېرې ناکامې هڅې؛ { $minutes } { $minutes ->
        [one] دقیقه
       *[other] دقیقې
    } وروسته بیا هڅه وکړئ
problem-not-found-title = ونه موندل شو
problem-not-found-detail = دلته هېڅ شی نشته، یا تاسو یې د لیدلو اجازه نه لرئ
problem-forbidden-title = اجازه نشته
problem-invalid-input-title = ناسم معلومات
# $fields هره رد شوې خانه له خپل پیغام (problem-field) سره لېست کوي، په سیمي‌کولن سره جلا.
problem-invalid-input-detail = دا خانې وګورئ: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = ناسمې کرښې
# $rows لومړۍ لس ناسمې کرښې لېست کوي (problem-row)، په سیمي‌کولن سره جلا.
problem-invalid-rows-detail = هېڅ شی خوندي نه شو؛ دا کرښې سمې کړئ: { $rows }
problem-invalid-rows-detail-more = هېڅ شی خوندي نه شو؛ دا کرښې سمې کړئ: { $rows }؛ او { $more } نورې
problem-row = کرښه { $row }، { $field }: { $message }
problem-conflict-title = له اوسني حالت سره ټکر
problem-internal-title = داخلي تېروتنه
problem-internal-detail = سرور دا غوښتنه بشپړه نه کړای شوه؛ تېروتنه ثبت شوه
problem-too-large-title = د غوښتنې بدنه ډېره لویه ده
problem-send-json-title = JSON ولېږئ
problem-invalid-json-title = ناسمه JSON بدنه
problem-invalid-query-title = ناسم د پوښتنې متن
# $parameters هر رد شوی پارامتر له خپل پیغام (problem-field) سره لېست کوي.
problem-invalid-query-detail = دا پارامترونه وګورئ: { $parameters }
problem-bad-request-title = ناسمه غوښتنه
problem-method-not-allowed-title = دا طریقه اجازه نه لري
problem-payload-too-large-title = لېږل شوې منځپانګه ډېره لویه ده
# $method د HTTP غوښتل شوې طریقه ده (GET، POST…)؛ $allowed هغه طریقې لېست کوي چې دا پته یې ځوابوي.
problem-method-not-allowed-detail = دا پته { $method } ته ځواب نه ورکوي؛ { $allowed } ته ځواب ورکوي
# $reason د ستونزې سرلیک دی، په کوچنیو تورو.
problem-refused-detail = غوښتنه رد شوه: { $reason }
problem-csrf-title = له بلې وېبپاڼې غوښتنه رد شوه
problem-csrf-detail = دا غوښتنه د مجلس له یوې پاڼې نه ده راغلې؛ له همغه اصلي ځای یا د X-CSRF-Token سرکرښې سره یې ولېږئ
problem-send-csv-title = CSV ولېږئ
problem-send-csv-detail = جدول د text/csv په بڼه ولېږئ
problem-bearer-on-form-title = Bearer ټوکن دلته نه منل کېږي
problem-bearer-on-form-detail = پاڼو او فورمو ته یوازې د ننوتنې له کوکي سره ننوتل کېږي؛ د Authorization: Bearer لرونکې غوښتنې /api/v1 ته ولېږئ
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = باید د ثبت په دفتر کې د یوه ثبت ترتیبي شمېره وي: بشپړ عدد، ۰ یا له هغه زیات
