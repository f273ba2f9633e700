# د سیسټم د مدیر پاڼه: حسابونه، د ګروپونو تاسیس، په پلاویو کې د کسانو ځای پر ځای کول.

admin-title = اداره
admin-heading = اداره
admin-lede = د دې سیسټم حسابونه، ګروپونه او پلاوي. د سیسټم مدیر د هېڅ ګروپ چارې نه ویني، مګر دا چې پخپله هم په یوه پلاوي کې ځای پر ځای شوی وي.
admin-notice-user = حساب جوړ شو.
admin-notice-group = ګروپ تاسیس شو.
admin-notice-placed = کس په ګروپ کې ځای پر ځای شو.
admin-notice-disabled = حساب غیرفعال شو.
admin-notice-password = پټنوم وټاکل شو. د هغه کس ټولې ننوتنې او API ټوکنونه پای ته ورسېدل.

admin-username = کارن نوم
admin-clearance = د لاسرسي کچه

admin-create-account-heading = د حساب جوړول
admin-username-hint = په کوچنیو لاتیني تورو، لکه kz.envoy
admin-full-name = بشپړ نوم
admin-initial-password = لومړنی پټنوم
admin-initial-password-hint = لږ تر لږه ۱۲ توري او د اټکل لپاره ستونزمن.
admin-time-zone = زماني سیمه
admin-create-account-submit = حساب جوړ کړئ

admin-place-heading = په ګروپ کې د کس ځای پر ځای کول
admin-place-no-group = لومړی یو ګروپ تاسیس کړئ.
admin-place-group = ګروپ
admin-place-party = د اړخ کوډ
admin-place-party-hint = د دارالانشاء لپاره یې تش پرېږدئ.
admin-place-role = رول
admin-place-title = رسمي عنوان
admin-place-submit = ځای پر ځای یې کړئ

admin-set-password-heading = د پټنوم ټاکل
admin-set-password-intro = د هغه چا لپاره چې خپل پټنوم یې ورک کړی، یا ښايي نور یې پټنوم پېژني. د هغه کس ټولې ننوتنې او API ټوکنونه سمدستي پای ته رسېږي.
admin-set-password-account = حساب
admin-set-password-new = نوی پټنوم
admin-set-password-hint = لږ تر لږه ۱۲ توري او د اټکل لپاره ستونزمن؛ د هغه کس له کارن نوم یا نوم څخه دې نه وي جوړ شوی.
admin-set-password-submit = پټنوم وټاکئ

admin-found-group-heading = د ګروپ تاسیس
admin-group-code = کوډ
admin-group-code-hint = د اسنادو په شمېرو کې کارول کېږي، لکه CGA.
admin-group-name = نوم
admin-group-languages = کاري ژبې
admin-group-languages-hint = په کامه سره جلا، لکه: روسي, انګلیسي.
admin-group-time-zone = د دارالانشاء زماني سیمه
admin-group-parties = اړخونه
# $example: یوه نمونه کرښه، لکه "KZ, Kazakhstan, member" (د غړیتوب د حالت کلمې همداسې پاتې کېږي:
# فورمه همدا کلمې لولي).
admin-group-parties-hint = په هره کرښه کې یو: کوډ، نوم، د غړیتوب حالت (member — غړی، observer — کتونکی یا guest — مېلمه). لکه: { $example }
admin-group-rotation = نوبتي ترتیب
admin-group-rotation-hint = د غړو کوډونه د کوربه توب په ترتیب، په کامه سره جلا.
admin-group-quorum = نصاب
admin-group-quorum-hint = که تش پرېښودل شي، نصاب د غړو له نیمایي څخه زیات دی.
admin-group-min-silence = د چوپتیا لږ تر لږه موده (ساعتونه)
admin-found-group-submit = ګروپ تاسیس کړئ

admin-accounts-heading = حسابونه
admin-accounts-name = نوم
admin-accounts-state = حالت
admin-accounts-actions = کړنې
admin-accounts-administrator = د سیسټم مدیر
admin-accounts-disabled = غیرفعال
admin-accounts-active = فعال
# $username: د هغه حساب کارن نوم چې غیرفعالېږي.
admin-accounts-confirm-disable = { $username } غیرفعال شي؟ د هغه ټولې ننوتنې سمدستي پای ته رسېږي.
admin-accounts-disable = غیرفعال یې کړئ
