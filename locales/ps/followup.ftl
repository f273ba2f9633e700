# د تړونونو راجستر او د تعامل ثبتونه (templates/agreements.html،
# templates/engagements.html، src/http/pages/followup.rs).

followup-breadcrumbs = د لارښوونې لړۍ

## تړونونه

# په براوزر کې د پاڼې سرلیک؛ $group د ګروپ کوډ دی.
followup-agreements-title = د { $group } تړونونه
followup-agreements-breadcrumb = تړونونه
# $group د ګروپ نوم دی.
followup-agreements-heading = د { $group } د اړخونو تړونونه
followup-agreements-lede = هغه تړونونه چې اړخونو له خپلو مقابلو لوريو سره لاسلیک کړي، هر یو له خپلې سرچینې سره. مجموعې د هر اړخ او د پیسو د هر واحد له مخې دي او یوازې هغه تړونونه رانغاړي چې تاسو یې لیدلای شئ؛ د پیسو په بېلابېلو واحدونو مبالغ هېڅکله سره نه جمع کېږي.
followup-totals-heading = مجموعې
followup-agreements-none = داسې تړون نشته چې تاسو یې ولیدلای شئ.
followup-column-party = اړخ
followup-column-agreements = تړونونه
followup-column-value = ارزښت
# د یوه اړخ مجموعه، کله چې د هغه هېڅ تړون ارزښت ونه لري.
followup-no-value = هېڅ ارزښت نه دی ثبت شوی
followup-registry-heading = راجستر
followup-registry-label = تړونونه
followup-column-agreement = تړون
followup-column-parties = اړخونه
followup-column-track = ساحه
followup-column-signed = لاسلیک
followup-column-count = شمېر
followup-column-status = حالت
followup-column-source = سرچینه
followup-column-distribution = وېش
# د تړون د لاسلیک وخت او ځای: $date یوه نېټه ده، $place لکه څنګه چې ولیکل شو.
followup-agreement-signed = { $date }، { $place }

followup-agreement-status-signed = لاسلیک شوی
followup-agreement-status-in-force = نافذ
followup-agreement-status-implemented = پلي شوی
followup-agreement-status-stalled = ودرېدلی
followup-agreement-status-terminated = فسخ شوی

followup-agreement-record-heading = د تړون ثبتول
followup-field-title = سرلیک
followup-field-party = اړخ
followup-field-counterpart-code = مقابل لوری (کوډ)
followup-field-track = ساحه
followup-field-signed-on = د لاسلیک نېټه
followup-field-place = ځای
followup-field-count = دا ثبت د څو تړونونو استازیتوب کوي
# د خانې لاندې ښودل کېږي کله چې ولیکل شوی شی بشپړ عدد نه وي.
followup-count-not-whole = بشپړ عدد
followup-field-value = ارزښت
followup-field-value-help = د پیسو په بشپړو واحدونو، لکه 2500000000؛ که کوم ارزښت نه وي اعلان شوی، تش یې پرېږدئ.
followup-field-currency = د پیسو واحد (ISO 4217)
followup-field-status = حالت
followup-field-source = سرچینه
followup-field-source-link = سرچینې ته لینک
followup-field-who-sees-it = څوک یې ویني
followup-sees-group = ټول ګروپ
followup-sees-members = یوازې غړي
followup-sees-national = یوازې زما پلاوی
followup-sees-public = هرڅوک
followup-agreement-record-button = تړون ثبت کړئ

## له چارواکو سره تعامل

# په براوزر کې د پاڼې سرلیک؛ $group د ګروپ کوډ دی.
followup-engagements-title = له چارواکو سره تعامل: { $group }
followup-engagements-breadcrumb = تعامل
followup-engagements-heading = له چارواکو سره تعامل
followup-engagements-lede = د یوه مقابل لوري له چارواکو سره د هر اړخ د اړیکو خپل ثبت. هر ثبت یوازې د همغه اړخ پلاوی ویني، مګر دا چې د هغه ځانګړی استازی د لیدونکو کړۍ پراخه کړي.
followup-engagements-records-heading = هغه ثبتونه چې تاسو یې لیدلای شئ
followup-engagements-none = داسې ثبت نشته چې تاسو یې ولیدلای شئ.
# د ثبت سرلیک: $party (یو کوډ) د $date په نېټه په $place کې له $counterpart سره ولیدل.
followup-engagement-heading = { $party } له { $counterpart } سره، { $place }، { $date }
followup-engagement-level = کچه
followup-engagement-tracks = ساحې
followup-engagement-summary = لنډیز
followup-engagement-follow-up = راتلونکي ګامونه
followup-widen-confirm = نور کسان دې هم دا ثبت وویني؟ دا کار بېرته نه شي اړول کېدای.
followup-widen-label = د لیدلو اجازه
followup-widen-members = غړي
followup-widen-group = ټول ګروپ
followup-widen-public = هرڅوک
followup-widen-button = لاسرسی پراخ کړئ
# $party د لوستونکي د اړخ کوډ دی.
followup-engagement-record-heading = د { $party } د اړیکې ثبتول
followup-engagement-form-label = د تعامل ثبتول
followup-field-date = نېټه
# هغه ځای چې د نوي ثبت فورمه یې وړاندیز کوي.
followup-engagement-place-default = کابل
followup-engagement-level-example = ځانګړی استازی
followup-field-counterpart = مقابل لوری
followup-engagement-counterpart-example = د صنعت او سوداګرۍ وزارت
followup-engagement-sees-members = غړي
followup-engagement-sees-group = ټول ګروپ
followup-engagement-record-button = ثبت یې کړئ
