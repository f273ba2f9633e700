# د ګروپ ډشبورډ (templates/dashboard.html، src/http/pages/dashboard.rs).

# په براوزر کې د پاڼې سرلیک؛ $group د ګروپ کوډ دی.
dashboard-title = د { $group } ډشبورډ
dashboard-breadcrumbs = د لارښوونې لړۍ
dashboard-breadcrumb = ډشبورډ
# $group د ګروپ نوم دی.
dashboard-heading = د { $group } ډشبورډ
# $today یوه نېټه ده چې د ژبې په طریقه مخکې لیکل شوې.
dashboard-lede = تر { $today } پورې، په هغو مواردو کې چې تاسو یې لیدلای شئ.

dashboard-overdue-heading = له مودې تېر محورونه
dashboard-overdue-none = هېڅ محور له مودې نه دی تېر شوی.
# هغه نښه چې د هغه محور تر څنګ راځي چې وروستۍ نېټه یې تېره شوې.
dashboard-overdue = له مودې تېر
# د سرلیک وروسته د کار د محور مشخصات. $due یوه نېټه ده؛ $leads د هغو اړخونو کوډونه
# چې مشري یې کوي (KZ, UZ)؛ $status یې حالت په کلمو؛ $progress سلنه په بشپړ عدد.
dashboard-line-facts = وروستۍ نېټه { $due }، د { $leads } په مشرۍ، { $status }، { $progress }٪

dashboard-soon-heading = هغه محورونه چې وروستۍ نېټه یې په راتلونکو ۹۰ ورځو کې ده
dashboard-soon-none = د هېڅ محور وروستۍ نېټه په راتلونکو ۹۰ ورځو کې نه ده.

dashboard-procedures-heading = روان بهیرونه
dashboard-procedures-none = هېڅ بهیر روان نه دی.
dashboard-column-text = متن
dashboard-column-procedure = بهیر
dashboard-column-deadline = وروستۍ نېټه (ستاسو په وخت)
dashboard-column-your-party = ستاسو اړخ
dashboard-asked-to-answer = ځواب یې غوښتل شوی

dashboard-figures-heading = وروستي ارقام
dashboard-no-indicators = تر اوسه هېڅ شاخص نشته.
dashboard-no-figure = تر اوسه داسې رقم نشته چې تاسو یې ولیدلای شئ
# د شاخص د چارټ متن د هغو کسانو لپاره چې نه یې شي لیدلای؛ $name د شاخص نوم دی.
dashboard-chart-alt = د { $name } چارټ: ټول ارقام د سرچینې له مخې د وخت په اوږدو کې؛ د شاخص پاڼه همدا شمېرې په جدولونو کې لېست کوي.

dashboard-targets-heading = هدفونه
dashboard-no-targets = هېڅ هدف نه دی ټاکل شوی.
# $pair د راپور ورکوونکي–شریک جوړه ده، لکه KZ–AF.
dashboard-target-progress-label = د { $pair } هدف په لور پرمختګ
dashboard-no-whole-year = تر اوسه د بشپړ کال رقم نشته
# $percent سلنه ده چې د ژبې په طریقه مخکې لیکل شوې (۴۰٫۶٪).
dashboard-growth-needed = لا هم په کال کې { $percent } وده اړینه ده
