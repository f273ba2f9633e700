# د لارې نقشې او د هغو د کار محورونه (templates/roadmaps/، src/http/pages/roadmaps/).

roadmaps-breadcrumbs = د لارښوونې لړۍ
roadmaps-breadcrumb = د لارې نقشې

## د یوه محور حالت، لکه څنګه چې یې وروستی راپور ښيي

roadmaps-status-not-started = نه دی پیل شوی
roadmaps-status-in-progress = روان
roadmaps-status-done = بشپړ شوی
roadmaps-status-delayed = ځنډېدلی
roadmaps-status-cancelled = لغوه شوی

## د فورمې له لېږلو وروسته

roadmaps-notice-roadmap = د لارې نقشه ثبت شوه.
roadmaps-notice-line = د کار محور زیات شو.
roadmaps-notice-report = ستاسو راپور ثبت شو.

## د ګروپ د لارې نقشې

# په براوزر کې د پاڼې سرلیک؛ $group د ګروپ کوډ دی.
roadmaps-list-title = د { $group } د لارې نقشې
# $group د ګروپ نوم دی.
roadmaps-list-heading = د { $group } د لارې نقشې
roadmaps-list-lede = هغه پلانونه چې ګروپ یې پلي کېدل څاري، له هغو د کار محورونو سره چې تاسو ته وېشل شوي دي.
roadmaps-list-none = تر اوسه هېڅ د لارې نقشه نه ده ثبت شوې.
roadmaps-column-roadmap = د لارې نقشه
roadmaps-column-from = له
roadmaps-column-to = تر
roadmaps-column-adopted-by = د تصویب پرېکړه
roadmaps-column-lines = د کار محورونه
roadmaps-column-overdue = له مودې تېر
roadmaps-no-decision = هېڅ پرېکړه نه ده یاده شوې
# د یوې د لارې نقشې څو محورونه له خپلې وروستۍ نېټې تېر شوي دي.
roadmaps-overdue-count = { $count } له مودې تېر
roadmaps-record-heading = د لارې نقشې ثبتول
roadmaps-field-title = سرلیک
roadmaps-field-starts-on = د پیل نېټه
roadmaps-field-ends-on = د پای نېټه
roadmaps-field-decision = د تصویب پرېکړه
roadmaps-field-decision-none = هېڅ
roadmaps-record-button = د لارې نقشه ثبت کړئ

## یوه د لارې نقشه

# $group د ګروپ نوم دی؛ $from او $to نېټې دي.
roadmaps-roadmap-lede = د { $group } د لارې نقشه، له { $from } څخه تر { $to } پورې
# لکه پورته؛ $decision د هغې پرېکړې شمېره ده چې د لارې نقشه یې تصویب کړې.
roadmaps-roadmap-lede-adopted = د { $group } د لارې نقشه، له { $from } څخه تر { $to } پورې · د { $decision } په واسطه تصویب شوې
roadmaps-lines-heading = د کار محورونه
roadmaps-lines-none = هېڅ د کار محور تاسو ته نه دی وېشل شوی.
roadmaps-column-line = د کار محور
roadmaps-column-track = ساحه
roadmaps-column-led-by = مشر اړخونه
roadmaps-column-due = وروستۍ نېټه
roadmaps-column-status = حالت
roadmaps-column-progress = پرمختګ
# هغه نښه چې د هغه محور تر څنګ راځي چې وروستۍ نېټه یې تېره شوې.
roadmaps-overdue = له مودې تېر
# $line د کار د محور سرلیک دی.
roadmaps-line-progress-label = د { $line } پرمختګ
roadmaps-add-line-heading = د کار محور زیاتول
roadmaps-field-leads-hint = د اړخونو کوډونه، په کامه سره جلا، لکه KG, TJ.
roadmaps-field-participants = ګډون کوونکي اړخونه
roadmaps-field-participants-hint = نور اړخونه، په کامه سره جلا.
roadmaps-field-due-on = وروستۍ نېټه
roadmaps-field-deliverable = متوقعه پایله
roadmaps-field-distribution = وېش
roadmaps-field-distribution-hint = د دې محور هر اړخ باید وکولای شي چې دا وویني.
roadmaps-field-listed = ټاکل شوي اړخونه
roadmaps-field-listed-hint = د هغه محور لپاره چې ټاکل شویو اړخونو ته وېشل کېږي: د اړخونو کوډونه، په کامه سره جلا، د رییس اړخ دې هم پکې وي.
roadmaps-field-classification = د محرمیت کچه
roadmaps-add-line-button = د کار محور زیات کړئ

## د کار یو محور

# $progress سلنه په بشپړ عدد ده.
roadmaps-progress-done = { $progress }٪ بشپړ شوی
roadmaps-line-heading = د کار محور
roadmaps-no-other-party = بل اړخ نشته
roadmaps-line-starts = پیل
roadmaps-report-heading = د پرمختګ راپور
roadmaps-field-party = د اړخ له لوري
# $party د لوستونکي د اړخ کوډ دی.
roadmaps-field-party-hint = ستاسو اړخ، { $party }.
roadmaps-field-progress = پرمختګ (سلنه)
roadmaps-report-button = راپور ثبت کړئ
roadmaps-reports-heading = د پرمختګ راپورونه
roadmaps-reports-none = تر اوسه هېڅ اړخ د دې محور په اړه راپور نه دی ورکړی.
roadmaps-column-as-of = تر نېټې
roadmaps-column-party = اړخ
roadmaps-column-summary = لنډیز
roadmaps-column-recorded-by = ثبت کوونکی
