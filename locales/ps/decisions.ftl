# د یوې پرېکړې د ثبت پاڼه او د یوه ګروپ د پرېکړو لېست (templates/decision.html،
# decisions.html، src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = د لارښوونې لړۍ
decisions-breadcrumb = پرېکړې

## لېست

# $group د ګروپ کوډ دی.
decisions-title = د { $group } پرېکړې
# $group د ګروپ نوم دی، لکه څنګه چې ولیکل شو.
decisions-heading = د { $group } پرېکړې
decisions-empty = تر اوسه هېڅ پرېکړه تاسو ته نه ده وېشل شوې.

## د یوې پرېکړې ثبت

decisions-adopted = تصویب
decisions-record = ثبت
# $name د هغه چا نوم دی چې پرېکړه یې ثبت کړې، $date هغه ورځ چې ثبت یې کړه.
decisions-recorded-later = وروسته د { $name } له خوا په { $date } ثبت شوه
decisions-procedure = بهیر
# $procedure د بهیر ډول دی، هغه ته لینک؛ $when هغه ورځ او وخت چې پیل شو.
decisions-procedure-opened = { $procedure }، په { $when } پیل شوی
decisions-text = متن
decisions-version = نسخه { $version }
decisions-distribution = وېش
# $language د هغې ژبې کوډ دی چې متن پرې خبرې اترې شوې.
decisions-text-authentic = متن ({ $language }، معتبر)
decisions-status-authentic = معتبره
decisions-status-translation = ژباړه
# $language د ژبې کوډ دی، $status دا چې هغه نسخه معتبره ده که ژباړه.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }، مرجحه)
decisions-positions = د غړو اړخونو دریځونه
decisions-positions-reported = د غړو اړخونو دریځونه، د دارالانشاء د راپور له مخې
# $party د یوه اړخ کوډ دی، $position د هغه دریځ.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (د دارالانشاء د راپور له مخې)
decisions-position-kept-silence = { $party }: چوپ پاتې شو
decisions-position-kept-silence-absent = { $party }: چوپ پاتې شو (په غونډه کې غیرحاضر و)
decisions-statements = تفسیري اعلامیې
decisions-evidence-link = د شواهدو بسته ډاونلوډ کړئ (JSON)
# د decisions-evidence-link لینک پسې راځي؛ $command هغه امر دی چې بسته څېړي.
decisions-evidence-check = — له انټرنېټ پرته یې د { $command } په واسطه وڅېړئ.
