# د هر کس خپله پاڼه: څوکۍ، زماني سیمه، د جنتري فیډ، ننوتنې، API ټوکنونه، پټنوم، او
# (د ځانګړو استازو لپاره) مرستیال ته د واک ورکول.

me-title = پروفایل
# $username: د کس کارن نوم؛ $clearance: د هغه د لاسرسي کچه.
me-lede = د { $username } په توګه ننوتي یاست. د لاسرسي کچه: { $clearance }.
me-notice-time-zone = ستاسو زماني سیمه خوندي شوه.
me-notice-authorised = مرستیال ته واک ورکړل شو.
me-notice-password = ستاسو پټنوم بدل شو. ستاسو نورې فعالې ننوتنې او ټول API ټوکنونه پای ته ورسېدل.
me-notice-session-ended = له دې ننوتنې څخه ووتل شول.
me-notice-token-revoked = API ټوکن لغوه شو.
me-notice-calendar = د جنتري نوې پته چمتو ده.
# کله چې وخت لا معلوم نه وي (هغه ننوتنه چې بیا نه ده لیدل شوې، هغه ټوکن چې هېڅکله نه دی کارول شوی).
me-never = هېڅکله

me-seats-heading = ستاسو څوکۍ
me-seats-empty = تاسو په هېڅ ګروپ کې څوکۍ نه لرئ.
# یوه څوکۍ: $group د ګروپ نوم، $role په هغې کې د کس رول؛ $party د اړخ کوډ.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }، د { $party } له لوري

me-time-zone-heading = زماني سیمه
me-time-zone-intro = وختونه د غونډې د ځای په وخت او ستاسو په وخت ښودل کېږي.
me-time-zone-form = زماني سیمه
me-time-zone-label = ستاسو زماني سیمه
me-time-zone-hint = د IANA نوم، لکه Asia/Almaty یا Europe/Moscow.
me-time-zone-save = خوندي یې کړئ

me-calendar-heading = د جنتري فیډ
me-calendar-intro = یوه خصوصي پته چې د جنتري پروګرامونه یې ګډون کولای شي؛ هغه ټولې غونډې پکې راځي چې تاسو یې لیدلای شئ.
me-calendar-new-address = ستاسو د فیډ نوې پته (یوازې یو ځل ښودل کېږي): { $url }
me-calendar-form = د جنتري فیډ
me-calendar-confirm = نوې پته د پخوانۍ پتې ځای نیسي. دوام ورکوئ؟
me-calendar-renew = د فیډ نوې پته جوړه کړئ

me-actions = کړنې
me-sessions-heading = فعالې ننوتنې
me-sessions-intro = هر هغه براوزر چې تاسو پرې ننوتي یاست. له هرې هغې ننوتنې چې نه یې پېژنئ، ووځئ؛ د پټنوم بدلول له همدې ننوتنې پرته له نورو ټولو څخه وباسي.
me-sessions-table = فعالې ننوتنې
me-sessions-signed-in = د ننوتلو وخت
me-sessions-last-seen = وروستی فعالیت
me-sessions-expires = پای نېټه
me-sessions-this = همدا ننوتنه
me-sessions-confirm-this = له دې براوزر څخه ووځئ؟
me-sessions-sign-out = ووځئ

me-tokens-heading = API ټوکنونه
# $route: هغه API غوښتنه چې ټوکن جوړوي.
me-tokens-empty = تاسو هېڅ API ټوکن نه لرئ. پروګرامونه یې له { $route } څخه ترلاسه کوي.
me-tokens-intro = هغه پروګرامونه چې ستاسو په استازیتوب عمل کوي. لغوه شوی ټوکن سمدستي له کاره لوېږي.
me-tokens-table = API ټوکنونه
me-tokens-name = نوم
me-tokens-created = د جوړېدو نېټه
me-tokens-last-used = وروستۍ کارونه
me-tokens-expires = پای نېټه
# $name: هغه نوم چې کس ټوکن ته ورکړی.
me-tokens-confirm-revoke = ټوکن { $name } لغوه شي؟ هغه پروګرامونه چې یې کاروي له کاره لوېږي.
me-tokens-revoke = لغوه یې کړئ

me-password-heading = خپل پټنوم بدل کړئ
me-password-intro = کله چې پټنوم بدل شي، ستاسو نورې ننوتنې او ټول API ټوکنونه پای ته رسېږي؛ همدا ننوتنه فعاله پاتې کېږي.
me-password-form = د پټنوم بدلول
me-password-current = اوسنی پټنوم
me-password-new = نوی پټنوم
me-password-hint = لږ تر لږه ۱۲ توري او د اټکل لپاره ستونزمن: څو نادرې کلمې ښه کار کوي. ستاسو له کارن نوم یا نوم څخه دې نه وي جوړ شوی.
me-password-submit = پټنوم بدل کړئ

me-authorise-heading = مرستیال ته د واک ورکول
me-authorise-intro = ستاسو مرستیال تر هغه وخته چې تاسو یې ټاکئ، ستاسو د اړخ دریځونه ثبتولای شي. دا واک ورکول د ثبت په دفتر کې ثبتېږي.
me-authorise-form = مرستیال ته د واک ورکول
me-authorise-group = ګروپ
me-authorise-deputy = د مرستیال کارن نوم
# $zone: د کس زماني سیمه، لکه Asia/Almaty.
me-authorise-until = تر (ستاسو په وخت، { $zone })
me-authorise-submit = واک ورکړئ

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = برېښنالیک
me-mail-intro = مجلس تاسو ته د برېښنالیک له لارې د هغو مسایلو په اړه خبر درکوي چې ستاسو د اړخ ځواب ته اړتیا لري، او د نیول شویو پرېکړو په اړه. د «غیر محرم» کچې څخه د لوړې کچې د هر څه په اړه برېښنالیک یوازې شمېره، سرلیک او لینک ورکوي، نه متن.
me-mail-form = د برېښنالیک امستنې
me-mail-email = ستاسو د برېښنالیک پته
me-mail-email-hint = که برېښنالیک نه غواړئ، دا ځای تش پرېږدئ.
me-mail-tell-me = ما خبر کړئ
me-mail-asked = کله چې زما له اړخ څخه دریځ وغوښتل شي یا د چوپتیا کړنلاره پرانیستل شي
me-mail-deadline = د هغې نېټې څخه یوه ورځ مخکې چې زما اړخ لا ځواب نه دی ورکړی
me-mail-adopted = کله چې پرېکړه ونیول شي
me-mail-digest = د جلا برېښنالیکونو پر ځای هر سهار یو لنډیز ولېږل شي
me-mail-save = د برېښنالیک امستنې خوندي کول
me-notice-mail = ستاسو د برېښنالیک امستنې خوندي شوې.
