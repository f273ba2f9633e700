# آنچه نادرست شد، به شکلی که یک شخص آن را می‌خواند: خطاهای خانه‌های فورمه‌ها و بدنه‌های JSON،
# ردهای ناشی از قواعد، و عنوان‌ها و جزئیات پاسخ‌های problem+json. خطاهای خانه‌ها طوری نوشته
# شده‌اند که پس از نام خانه بیایند («عنوان: نباید خالی باشد»).


## حروف در متن تایپ‌شده

# $character یک نقطه کد با نام یونیکد آن است، مانند "U+200B (zero width space)".
error-characters-at-line = { $character } در سطر { $line }، ستون { $column }
error-characters-at = { $character } در حرف { $at }
# $found یکی از دو پیام بالا است.
error-characters-control = نباید حروف کنترلی داشته باشد؛ { $found } را حذف کنید
error-characters-line-break = باید یک سطر باشد؛ شکستگی سطر { $found } را حذف کنید
error-characters-direction-control = نباید حروف نامرئی کنترل جهت داشته باشد، زیرا این حروف متن را به ترتیبی غیر از ترتیب ذخیره‌شده نشان می‌دهند؛ { $found } را حذف کنید
error-characters-invisible = نباید حروف نامرئی داشته باشد؛ { $found } را حذف کنید
error-characters-stray-joiner = پیوند‌دهنده یا فاصله مجازی (ZWJ/ZWNJ) تنها میان دو حرف یک کلمه مجاز است؛ { $found } را حذف کنید
error-characters-nothing-visible = باید دست کم یک حرف قابل دید داشته باشد

## کودها، نام‌ها و عنوان‌ها

error-name-empty = نباید خالی باشد
error-name-too-long = باید حداکثر { $max } حرف باشد
error-email-shape = نشانی ایمیل نیست (باید یک نشانی باشد، مانند name@example.org)
error-name-shape-group-code = باید ۲ تا ۱۰ حرف بزرگ لاتین یا رقم باشد که با یک حرف آغاز شود (مثلاً CGA)
error-name-shape-party-code = باید ۲ تا ۸ حرف بزرگ لاتین باشد (برای یک دولت ISO 3166-1 alpha-2، مثلاً KZ)
error-name-shape-username = باید ۲ تا ۶۴ حرف کوچک لاتین، رقم، '.'، '_' یا '-' باشد (مثلاً kz.envoy)
error-name-shape-track-code = باید کود عرصه از حروف کوچک لاتین، ارقام و خط زیر باشد (مثلاً trade)
error-name-shape-indicator-code = باید کود شاخص از حروف کوچک لاتین، ارقام و خط زیر باشد (مثلاً trade_turnover)
error-name-shape-single-line = باید یک سطر و بدون حروف کنترلی باشد
error-name-shape-no-control-characters = باید متنی بدون حروف کنترلی باشد

## هر خانه

error-time-unknown-zone = یک منطقه زمانی شناخته‌شده IANA نیست (مثلاً Asia/Tashkent)
error-time-bad-local-time = باید تاریخ و زمانی مانند 2026-03-14T10:00 باشد
error-time-nonexistent-local-time = در این منطقه زمانی وجود ندارد (تغییر ساعت از آن می‌گذرد)
error-time-bad-instant = باید زمانی به شکل RFC 3339 با اختلاف ساعت باشد، مانند 2026-03-14T10:00:00Z یا 2026-03-14T15:00:00+05:00
error-time-offset-out-of-range = اختلاف ساعت آن بیش از ±18:00 است که هیچ جایی در جهان از آن استفاده نمی‌کند؛ اختلاف با UTC را بنویسید، مانند +05:00، یا Z
# $values کلماتی است که خانه می‌پذیرد، همان‌طور که ارسال می‌شوند (ترجمه نمی‌شوند).
error-choice-one-of = باید یکی از این‌ها باشد: { $values }
error-nothing-to-change = چیزی برای تغییر نیست
error-date-shape = روزی که به شکل YYYY-MM-DD نوشته شده باشد
error-date-not-in-calendar = روزی از تقویم نیست
error-language-not-offered = زبانی نیست که مجلس به آن ارائه می‌شود؛ یکی از این‌ها را انتخاب کنید: { $offered }
error-whole-number = یک عدد صحیح
error-must-be-whole-number = باید عدد صحیح باشد
# $reason توضیح خود سرور وب است (به انگلیسی).
error-form-unreadable = { $reason }
# $expected فهرست پارامترهای موجود از سوی serde است، به انگلیسی.
error-query-unknown-parameter = پارامتر این درخواست نیست؛ { $expected }
error-query-required = لازمی است
error-query-out-of-range = خارج از محدوده است
# $reason توضیح خود serde است، به انگلیسی.
error-query-unreadable = { $reason }

## رمزهای عبور

error-password-too-short = باید دست کم { $min } حرف باشد
error-password-too-long = باید حداکثر { $max } حرف باشد
error-password-too-easy = حدس زدن آن بسیار آسان است
# $advice یک یا چند رهنمود زیر است، جداشده با نقطه‌ویرگول.
error-password-too-easy-advice = حدس زدن آن بسیار آسان است: { $advice }
error-password-hint-straight-rows = ردیف‌های مستقیم کلیدها به آسانی حدس زده می‌شوند
error-password-hint-short-keyboard-patterns = الگوهای کوتاه کیبورد به آسانی حدس زده می‌شوند
error-password-hint-repeats-like-aaa = تکرارهایی مانند "aaa" به آسانی حدس زده می‌شوند
error-password-hint-repeats-like-abcabc = تکرارهایی مانند "abcabcabc" تنها اندکی دشوارتر از "abc" حدس زده می‌شوند
error-password-hint-top-10 = این یکی از ۱۰ رمز عبور رایج‌تر است
error-password-hint-top-100 = این یکی از ۱۰۰ رمز عبور رایج‌تر است
error-password-hint-very-common = این یک رمز عبور بسیار رایج است
error-password-hint-similar-to-common = این به یک رمز عبور رایج شباهت دارد
error-password-hint-sequences-like-abc = توالی‌هایی مانند abc یا 6543 به آسانی حدس زده می‌شوند
error-password-hint-recent-years = سال‌های اخیر به آسانی حدس زده می‌شوند
error-password-hint-a-word-by-itself = یک کلمه به تنهایی به آسانی حدس زده می‌شود
error-password-hint-dates = تاریخ‌ها اغلب به آسانی حدس زده می‌شوند
error-password-hint-names-by-themselves = نام‌ها و تخلص‌ها به تنهایی به آسانی حدس زده می‌شوند
error-password-hint-common-names = نام‌ها و تخلص‌های رایج به آسانی حدس زده می‌شوند
error-password-hint-use-a-few-words = از چند کلمه استفاده کنید و از عبارات رایج بپرهیزید
error-password-hint-no-need-for-symbols = نیازی به علامه‌ها، ارقام یا حروف بزرگ نیست
error-password-hint-add-another-word = یک یا دو کلمه دیگر اضافه کنید؛ کلمات کم‌کاربرد بهتر اند
error-password-hint-capitalization = حروف بزرگ چندان کمکی نمی‌کند
error-password-hint-all-uppercase = رمزی که همه حروف آن بزرگ باشد تقریباً به همان آسانی رمزی با حروف کوچک حدس زده می‌شود
error-password-hint-reversed-words = کلمات وارونه چندان دشوارتر حدس زده نمی‌شوند
error-password-hint-substitutions = جایگزینی‌های قابل پیش‌بینی مانند '@' به جای 'a' چندان کمکی نمی‌کند
error-password-hint-longer-keyboard-pattern = از الگوی طولانی‌تر کیبورد با چرخش‌های بیشتر استفاده کنید
error-password-hint-avoid-repeats = از تکرار کلمات و حروف بپرهیزید
error-password-hint-avoid-sequences = از توالی‌ها بپرهیزید
error-password-hint-avoid-recent-years = از سال‌های اخیر بپرهیزید
error-password-hint-avoid-your-years = از سال‌هایی که با شما ارتباط دارند بپرهیزید
error-password-hint-avoid-your-dates = از تاریخ‌ها و سال‌هایی که با شما ارتباط دارند بپرهیزید
error-password-hint-fallback = یک یا دو کلمه دیگر اضافه کنید؛ کلمات کم‌کاربرد بهتر اند

## حساب‌ها و کرسی‌ها

error-account-password-unchanged = باید با رمز عبور فعلی فرق داشته باشد
error-account-wrong-current-password = رمز عبور فعلی شما نیست
error-account-missing = موجود نیست
error-account-no-such-user = کاربری با این نام کاربری وجود ندارد
error-seat-party-missing = نقش در هیئت به طرفی که به آن تعلق دارد نیاز دارد
error-seat-secretariat-party = دارالانشاء به هیچ طرفی تعلق ندارد؛ خانه طرف را خالی بگذارید
error-seat-none-in-group = این شخص در گروه کرسی ندارد
error-demo-password-refused = { $reason } (برای حساب نمایشی { $account } بررسی شد)؛ رمز قوی‌تری انتخاب کنید
error-account-no-such-account = حسابی با این نام کاربری وجود ندارد

## چه کسی چه کاری کرده می‌تواند

error-access-manage-meeting = تنها دارالانشاء یا نماینده خاص رئیس می‌تواند این نشست را اداره کند
error-access-administrator-only = تنها مدیر سیستم می‌تواند این کار را انجام دهد
error-access-authorise-envoy-only = تنها نماینده خاص می‌تواند به معاون صلاحیت تفویض کند
error-access-authorise-own-deputy = نماینده خاص تنها به معاون هیئت خود صلاحیت تفویض کرده می‌تواند
error-access-draft-text = تنها هیئت یک طرف عضو یا دارالانشاء می‌تواند مسوده متن را تهیه کند
error-access-change-text = تنها هیئت مسئول متن (یا دارالانشاء از جانب رئیس) می‌تواند متن را تغییر دهد
error-access-propose-amendment = تنها نماینده خاص، معاون یا عضو هیئت یک طرف عضو می‌تواند تعدیل پیشنهاد کند
error-access-chair-or-secretariat = تنها نماینده خاص رئیس یا دارالانشاء می‌تواند این کار را انجام دهد
error-access-secretariat-no-position = دارالانشاء هرگز موضع یک طرف را ثبت نمی‌کند
error-access-members-only-voice = تنها طرف‌های عضو در فیصله‌ها حق رأی دارند
error-access-own-party-only = شما تنها از جانب طرف خود عمل کرده می‌توانید
error-access-deputy-unauthorised = معاون تنها تا زمانی عمل کرده می‌تواند که از سوی نماینده خاص صلاحیت داشته باشد
error-access-envoy-speaks = تنها نماینده خاص، یا معاونی که نماینده خاص به او صلاحیت داده است، از جانب طرف سخن می‌گوید
error-access-record-later = تنها دارالانشاء فیصله‌ای را ثبت می‌کند که پیش از استفاده گروه از مجلس اتخاذ شده است
error-access-secretariat-only = تنها دارالانشاء می‌تواند این کار را انجام دهد
error-access-report-own-party = شما تنها از جانب طرف خود، به حیث نماینده خاص، معاون یا عضو هیئت آن، گزارش داده می‌توانید
error-access-report-line = تنها طرفی که رهبری این محور کاری را دارد یا در آن اشتراک دارد، می‌تواند درباره آن گزارش دهد
error-access-record-for-party = تنها دارالانشاء یا هیئت خود آن طرف می‌تواند این را ثبت کند
error-access-own-engagements = هر طرف تعاملات خود را از طریق نماینده خاص، معاون یا عضو هیئت خود ثبت می‌کند
error-access-widen = تنها نماینده خاص طرف صادرکننده می‌تواند حلقه دیدکنندگان این را وسیع‌تر سازد
error-access-authorisation-in-past = باید در آینده باشد
error-access-authorisation-too-long = باید در محدوده یک سال باشد

## گروه‌ها، طرف‌ها و عرصه‌ها

error-group-not-a-party = { $party } طرف این گروه نیست
error-group-not-a-member = { $party } طرف عضو این گروه نیست
error-group-not-a-track = { $track } عرصه این گروه نیست
error-group-party-twice = طرف { $party } دو بار ذکر شده است
error-group-no-member = گروه دست کم به یک طرف عضو نیاز دارد
error-group-twice-in-rotation = { $party } دو بار در ترتیب نوبتی آمده است
error-group-quorum-out-of-range = باید میان ۱ و تعداد اعضا ({ $members }) باشد
error-group-silence-too-long = باید حداکثر { $max } باشد
error-group-no-language = گروه دست کم به یک زبان کاری نیاز دارد
error-group-already-a-party = { $party } از قبل طرف این گروه است
error-group-joins-as-member = طرف جدید به حیث ناظر یا مهمان می‌پیوندد؛ اعضا هنگام تأسیس گروه تعیین می‌شوند
error-group-not-a-party-of = { $party } طرف { $group } نیست
error-group-not-a-member-of = { $party } طرف عضو { $group } نیست
error-group-not-a-guest-of = { $party } طرف مهمان { $group } نیست
error-track-named-twice = { $track } دو بار نام برده شده است
error-track-in-use = { $track } در سوابق به کار رفته است و باید باقی بماند
error-group-party-line = سطر { $line } باید چنین باشد: کود، نام، وضعیت عضویت

## نشست‌ها

# $from و $to وضعیت‌های نشست هستند: planned، convened، concluded، cancelled.
error-meeting-transition-refused = نشستی با وضعیت { $from } به وضعیت { $to } تغییر کرده نمی‌تواند
error-meeting-ends-before-start = باید پس از زمان آغاز باشد
error-meeting-not-of-group = نشست این گروه نیست
error-meeting-no-rotation = گروه ترتیب نوبتی ندارد؛ میزبان را نام ببرید
# $status وضعیت نشست است: concluded یا cancelled.
error-meeting-is-history =
    نشست { $status ->
        [concluded] ختم‌شده
        [cancelled] لغوشده
       *[other] { $status }
    } به سابقه تبدیل شده و ویرایش شده نمی‌تواند
error-meeting-agenda-order-incomplete = باید هر بند آجندای نشست را دقیقاً یک بار فهرست کند
error-meeting-cancelled-no-attendance = نشست لغوشده حاضری ندارد
error-meeting-agenda-closed =
    آجندای نشست { $status ->
        [planned] پلان‌شده
        [convened] دایرشده
        [concluded] ختم‌شده
        [cancelled] لغوشده
       *[other] { $status }
    } تغییر کرده نمی‌تواند
error-meeting-start-and-end = هم زمان آغاز و هم زمان ختم را بدهید
error-meeting-up-or-down = باید up یا down باشد

## متن‌ها، نسخه‌ها و قوس‌ها

error-document-bad-language-tag = باید کود زبان مانند ru، en، fa-AF یا uz-Arab باشد
error-text-language-is-negotiating = خود زبان مذاکره است
error-text-version-not-latest = نسخه { $asked } آخرین نسخه نیست؛ آخرین نسخه، نسخه { $latest } است
error-text-secretariat-no-national = دارالانشاء اسناد ملی ندارد؛ نوع دیگری از توزیع را انتخاب کنید
# چند مشکل یک خانه، جداشده با نقطه‌ویرگول.
error-text-list-of-problems = { $problems }
# $problem یکی از مشکلات قوس در زیر است.
error-text-bracket-at = سطر { $line }، ستون { $column }: { $problem }
error-text-bracket-unclosed = قوسی که اینجا باز شده، هرگز بسته نشده است
error-text-bracket-stray-close = «]]» قوسی را می‌بندد که هرگز باز نشده است
error-text-bracket-nested = قوس در داخل قوس دیگری باز شده است؛ قوس‌ها را نمی‌توان تو در تو نوشت، گزینه‌ها را به شکل بدیل‌هایی بنویسید که با «||» جدا شده‌اند
error-text-holder-list-unclosed = فهرست دارندگان که اینجا با «{ "{" }» باز شده، هرگز با «{ "}" }» بسته نشده است
error-text-holder-list-empty = فهرست دارندگان هیچ طرفی را نام نمی‌برد؛ دارندگان را نام ببرید (مثلاً { "{" }KZ,UZ{ "}" }) یا فهرست را حذف کنید
error-text-holder-list-empty-entry = فهرست دارندگان یک مورد خالی دارد (شاید یک کامه اضافی؟)
# $reason می‌گوید کود طرف باید چگونه باشد.
error-text-holder-not-a-party = «{ $code }» در فهرست دارندگان کود طرف نیست: { $reason }
error-text-bracket-empty = قوس در هیچ‌یک از بدیل‌ها متنی ندارد
# قوسی که هنوز باز است: شماره آن، جای باز شدن آن، دارندگان آن و بدیل‌های آن.
error-text-open-bracket = قوس باز { $number } (سطر { $line }، ستون { $column }): { $alternatives }
error-text-open-bracket-held = قوس باز { $number } (سطر { $line }، ستون { $column })، به اصرار { $holders }: { $alternatives }
error-text-alternative = «{ $text }»
# یک بدیل خالی: انتخاب حذف آن بخش.
error-text-alternative-nothing = هیچ
error-text-list = { $first }، { $next }
error-text-choice = { $first } یا { $last }
error-text-no-chair-to-hold-pen = گروه تا هنوز رئیسی ندارد که مسئولیت متن را بر عهده گیرد؛ نخست یک نشست را پلان کنید
error-text-no-such-version = متن نسخه { $version } ندارد
error-text-listed-needs-parties = متنی که به طرف‌های مشخص‌شده توزیع می‌شود باید آن طرف‌ها را نام ببرد

## تعدیلات

error-amendment-passage-empty = بخشی که باید جایگزین شود خالی است؛ کلماتی را که تعدیل تغییر می‌دهد نقل کنید
error-amendment-passage-not-found = بخشی که باید جایگزین شود در نسخه { $version } وجود ندارد
error-amendment-passage-not-unique = بخشی که باید جایگزین شود { $occurrences } بار در نسخه { $version } آمده است؛ بخش بیشتری از آن را نقل کنید تا یگانه باشد
error-amendment-reason-missing = تعدیل به دلیل نیاز دارد
# $state یکی از incorporated یا declined است.
error-amendment-already-settled =
    این تعدیل قبلاً { $state ->
        [incorporated] گنجانیده شده است
        [declined] رد شده است
       *[other] { $state }
    }
# $reason می‌گوید چرا آن بخش در آخرین نسخه جایگزین شده نمی‌تواند.
error-amendment-cannot-incorporate = گنجانیده شده نمی‌تواند: { $reason }
error-amendment-decline-reason-missing = رد تعدیل به دلیل نیاز دارد

## نشانه‌های محرمیت

error-marking-secretariat-no-national = دارالانشاء هیچ چیز ملی ثبت نمی‌کند؛ نوع دیگری از توزیع را انتخاب کنید
error-marking-listed-needs-parties = سابقه‌ای که به طرف‌های مشخص‌شده توزیع می‌شود باید آن طرف‌ها را نام ببرد
error-marking-above-clearance = نباید بالاتر از سطح دسترسی خود شما باشد
error-marking-only-widen = توزیع یک سابقه تنها وسیع‌تر شده می‌تواند، و درجه محرمیت آن تنها پایین‌تر

## آغاز یک روند

error-procedure-no-chair = گروه رئیسی ندارد که روند را آغاز کند
# $kind نوعی از متن است که هرگز تصویب نمی‌شود: chairs_summary یا non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] اعلامیه مشترک
        [chairs_summary] خلاصه رئیس
        [non_paper] سند غیررسمی
       *[other] { $kind }
    } هرگز تصویب نمی‌شود
error-procedure-still-open = روند { $id } درباره این متن هنوز جاری است
error-procedure-session-by-consensus = فیصله در نشست با اجماع در داخل تالار اتخاذ می‌شود
# $status وضعیت نشست است: planned، concluded یا cancelled.
error-procedure-session-not-convened =
    فیصله در نشست به یک نشست دایرشده نیاز دارد؛ وضعیت این نشست { $status ->
        [planned] پلان‌شده
        [concluded] ختم‌شده
        [cancelled] لغوشده
       *[other] { $status }
    } است
error-procedure-nobody-present = هیچ طرف عضوی در نشست حاضر ثبت نشده است؛ نخست حاضری را ثبت کنید
error-procedure-no-such-version = این متن چنین نسخه‌ای ندارد
error-procedure-no-such-meeting = چنین نشستی وجود ندارد
error-procedure-session-needs-meeting = فیصله در نشست باید نشست خود را نام ببرد
error-procedure-confirm-by-missing = موضع ad referendum به تاریخی نیاز دارد که پایتخت تا آن تأیید کند

## روندها: چرا یک اقدام اکنون ثبت شده نمی‌تواند


# لحظه‌ها ($deadline، $at، $now…) به وقت UTC نوشته می‌شوند.

error-refusal-missing-objection-reason = اعتراض باید دلیل خود را ذکر کند
error-refusal-missing-decline-reason = رد موضع ad referendum باید دلیل پایتخت را ذکر کند، زیرا به حیث اعتراض محسوب می‌شود
error-refusal-missing-concur-statement = موافقت همراه با اعلامیه به متن اعلامیه نیاز دارد
error-refusal-blank-stand-aside = متن عدم پیوستن نباید خالی باشد (می‌توان آن را ننوشت)
error-refusal-missing-break-reason = شکستن سکوت به اعتراض کتبی یا تعدیل نیاز دارد
error-refusal-blank-interpretive-statement = اعلامیه تفسیری نباید خالی باشد
# $outcome یکی از open، adopted، not_adopted، withdrawn یا superseded است.
error-refusal-closed =
    این روند بسته است: { $outcome ->
        [not_adopted] تصویب‌نشده
       *[other] { $outcome }
    }
error-refusal-deadline-passed = مهلت در { $deadline } گذشت
error-refusal-before-opening = روند تنها در { $opened_at } آغاز می‌شود
error-refusal-not-stamped-now = تاریخ این اقدام { $at } است، اما زمان سرور { $now } است: اقدامات به وقت سرور ثبت می‌شوند
error-refusal-behind-last-act = ساعت سرور از آخرین اقدام این روند ({ $last }) عقب است؛ لحظه‌ای بعد دوباره کوشش کنید
# $act یک اقدام در روند سکوت است: break یا statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] شکستن سکوت
        [statement] اعلامیه تفسیری جداگانه
       *[other] این اقدام
    } در دور اجماع جایی ندارد: به جای آن موضع ثبت کنید (اعتراض، یا موافقت همراه با اعلامیه)
# $act یک اقدام در دور اجماع است: position، confirm، decline یا chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] ثبت موضع
        [confirm] تأیید موضع ad referendum
        [decline] رد موضع ad referendum
        [chair_note] یادداشت رئیس مبنی بر عدم اعتراض
       *[other] این اقدام
    } در روند سکوت جایی ندارد: به جای آن سکوت را بشکنید یا اعلامیه تفسیری ارائه کنید
error-refusal-not-a-member = { $party } طرف عضوی نیست که در این روند حق رأی داشته باشد
error-refusal-no-ad-referendum-to-confirm = { $party } هیچ موضع ad referendum برای تأیید ندارد
error-refusal-no-ad-referendum-to-decline = { $party } هیچ موضع ad referendum برای رد ندارد
error-refusal-confirmation-time-passed = مهلت تأیید پایتخت { $party } در { $confirm_by } گذشت؛ به جای آن موضع ثبت کنید
error-refusal-confirm-by-not-ahead = مهلت تأیید پایتخت ({ $confirm_by }) باید پس از اکنون باشد
error-refusal-text-too-long = متن می‌تواند حداکثر { $max } حرف داشته باشد
error-refusal-extension-not-later = مهلت جدید باید پس از مهلت فعلی، { $current }، باشد
error-refusal-party-has-spoken = { $party } موضع خود را ثبت کرده است: یادداشت رئیس هرگز جایگزین اقدام یک طرف نمی‌شود
error-refusal-already-noted = رئیس قبلاً عدم اعتراض { $party } را یادداشت کرده است
error-refusal-note-outside-session = رئیس «اعتراضی شنیده نشد» را تنها در فیصله در نشست و برای طرف حاضر یادداشت می‌کند
error-refusal-deadline-not-after-opening = مهلت باید پس از زمان آغاز باشد
error-refusal-silence-too-short = سکوت باید دست کم { $min_hours } ساعت دوام کند: مهلت حداقل می‌تواند { $earliest } باشد

## فیصله‌هایی که بعداً ثبت می‌شوند

error-record-later-in-future = فیصله‌ای که بعداً ثبت می‌شود در روزی اتخاذ شده است که فرا رسیده باشد؛ این یکی در آینده است
error-record-later-meeting-not-begun = در زمانی که گفته می‌شود فیصله تصویب شده، آغاز نشده بود
error-record-later-reported-twice = { $party } دو بار گزارش شده است
# $position یکی از stand_aside، ad_referendum یا object است.
error-record-later-not-concurring =
    موضع { $party } به حیث { $position ->
        [concur_with_statement] موافقت همراه با اعلامیه
        [stand_aside] عدم پیوستن
        [ad_referendum] ad referendum
       *[other] { $position }
    } گزارش شده است: فیصله تنها زمانی تصویب می‌شود که هر طرف عضو موافقت کند یا به اجماع بپیوندد، بنابراین این متن تصویب نشده است
error-record-later-position-missing = { $party } طرف عضو است و موضع آن موجود نیست
error-record-later-statement-missing = concur_with_statement به متن اعلامیه نیاز دارد
error-record-later-unknown-position = هر موضع باید یکی از این‌ها باشد: concur، concur_with_statement، stand_aside، ad_referendum، object

## نقشه‌های راه

error-roadmap-leads-missing = دست کم یک طرف را که رهبری محور کاری را دارد نام ببرید
error-roadmap-due-before-start = مهلت محور کاری نمی‌تواند پیش از آغاز آن باشد
error-roadmap-report-in-future = گزارش به تاریخ امروز یا یک روز پیش‌تر داده می‌شود
error-roadmap-not-started-progress = پیشرفت محور کاری آغاز نشده ۰٪ است
error-roadmap-done-progress = پیشرفت محور کاری تکمیل‌شده ۱۰۰٪ است
error-roadmap-party-would-not-see = { $party } در این محور کاری شامل است اما آن را دیده نمی‌تواند؛ آن را به { $party } نیز توزیع کنید
error-roadmap-percent = باید عدد صحیحی از ۰ تا ۱۰۰ باشد
error-roadmap-no-such-decision = هیچ فیصله‌ای از گروه شناسه { $id } ندارد
error-roadmap-line-hidden-from-you = این محور کاری از دید شما پنهان می‌ماند: طرف رئیس را نیز فهرست کنید
error-roadmap-decision-id = شناسه فیصله یک عدد صحیح از ۱ به بالا است

## موافقت‌نامه‌ها و تعاملات

error-agreement-count = تعداد یک عدد صحیح و دست کم ۱ است
error-agreement-signed-in-future = موافقت‌نامه پس از امضا ثبت می‌شود: تاریخ نمی‌تواند در آینده باشد
error-agreement-same-party = موافقت‌نامه با طرف دیگری است
error-engagement-in-future = تعامل را پس از انجام آن ثبت کنید
error-engagement-no-track = دست کم یک عرصه را نام ببرید
error-engagement-summary-missing = بنویسید که درباره چه بحث شد

## ارقام، دوره‌ها و پول

error-period-not-a-date = تاریخ نیست: آن را به شکل YYYY-MM-DD بنویسید، روزی که وجود داشته باشد
error-period-ends-before-start = دوره پیش از آغاز خود پایان می‌یابد
error-money-unknown-currency = کود پولی ISO 4217 نیست (سه حرف بزرگ لاتین، مانند USD)
error-money-not-an-amount =
    مبلغ نیست: ارقام بنویسید، برای این واحد پول با حداکثر { $decimals } { $decimals ->
        [one] رقم اعشاری
       *[other] رقم اعشاری
    }
error-money-negative = مبلغ نمی‌تواند منفی باشد
error-money-too-large = مبلغ بیش از حد بزرگ است
error-figures-flow-negative = جریان هرگز کمتر از صفر نیست
error-figures-target-not-positive = رقم هدف بزرگ‌تر از صفر است
error-figures-same-party = رقم میان دو طرف مختلف است
error-figures-bad-url = پیوند انترنتی که با https:// یا http:// آغاز شود، بدون فاصله
error-figures-not-exact-decimal = عدد اعشاری به شکل متن: ارقام، در صورت لزوم یک نقطه و حداکثر ۸ رقم دیگر

## وارد کردن جدول ارقام

error-import-unknown-columns = ستون‌ها نه از ما ({ $ours }) هستند و نه از UN Comtrade (refYear یا period، reporterISO، partnerISO، flowCode، primaryValue)
error-import-value-missing = مقدار لازم است
error-import-not-a-decimal = عدد اعشاری نیست (ارقام، با یک نقطه اختیاری)
# $code کودی است که در فایل نوشته شده، داخل علامه نقل قول.
error-import-not-alpha2 = { $code } کود کشور ISO 3166-1 alpha-2 نیست
error-import-not-alpha3 = { $code } کود کشور ISO 3166-1 alpha-3 نیست
error-import-source-missing = منبع را نام ببرید، در این ستون یا برای تمام فایل
error-import-comtrade-source-missing = منبع فایل Comtrade را نام ببرید (مثلاً "UN Comtrade")
error-import-unknown-flow-code = { $code }: تنها X (صادرات) و M (واردات) خوانده می‌شوند
# $wanted و $flow یکی از exports، imports یا turnover هستند.
error-import-other-flow = این شاخص { $wanted } را می‌شمارد، و این سطر { $flow } است
error-import-not-a-trade-flow = این شاخص جریان تجارتی نیست؛ سطرهای Comtrade در آن جا نمی‌گیرند
error-import-second-flow-row = سطر دوم { $flow } برای همین گزارش‌دهنده، شریک و دوره (نخستین در سطر { $first_row })
error-import-sum-too-large = مجموع بیش از حد بزرگ است
error-import-turnover-incomplete = { $reporter }–{ $partner } { $period } تنها { $flow } دارد؛ حجم مبادلات به هر دو X و M نیاز دارد
# $reason توضیح خود خواننده CSV است (به انگلیسی).
error-import-header-unreadable = سرخط خوانده نمی‌شود: { $reason }
error-import-row-unreadable = این سطر خوانده نمی‌شود: { $reason }
error-import-no-rows = فایل هیچ سطری از ارقام ندارد
error-import-no-secretariat = { $group } چنین حساب دارالانشاء ندارد
error-import-several-secretariats = { $group } چندین حساب دارالانشاء دارد: یکی را با --as نام ببرید

## تضاد با آنچه ثبت شده است

error-conflict-signing-key-exists = کلید امضا از قبل موجود است
error-conflict-seat-exists = این شخص از قبل در این گروه کرسی دارد
error-conflict-language-version-exists = این نسخه از قبل متنی به این زبان دارد
error-conflict-username-taken = کاربری با این نام کاربری از قبل موجود است
error-conflict-group-code-taken = گروهی با این کود از قبل موجود است
error-conflict-party-in-group = این طرف از قبل در گروه است
error-conflict-decision-exists = این روند از قبل فیصله خود را دارد
error-conflict-indicator-exists = گروه از قبل شاخص { $code } را دارد
error-conflict-amendment-settled = درباره این تعدیل قبلاً تصمیم گرفته شده است
error-conflict-procedure-closed = این روند قبلاً بسته شده است

## پاسخ‌های مشکل API (RFC 9457 problem+json)

problem-unauthenticated-title = وارد نشده‌اید
problem-unauthenticated-detail = نخست وارد شوید
problem-bad-credentials-title = ورود رد شد
problem-bad-credentials-detail = نام کاربری یا رمز عبور درست نیست
problem-too-many-attempts-title = تلاش‌های بیش از حد
problem-too-many-attempts-detail =
    تلاش‌های ناموفق ورود بیش از حد بوده است؛ { $minutes } { $minutes ->
        [one] دقیقه
       *[other] دقیقه
    } بعد دوباره کوشش کنید
problem-not-found-title = پیدا نشد
problem-not-found-detail = اینجا چیزی نیست، یا شما اجازه دیدن آن را ندارید
problem-forbidden-title = مجاز نیست
problem-invalid-input-title = معلومات نامعتبر
# $fields هر خانه ردشده را با پیام آن (problem-field) فهرست می‌کند، جداشده با نقطه‌ویرگول.
problem-invalid-input-detail = این خانه‌ها را بررسی کنید: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = سطرهای نامعتبر
# $rows ده سطر نادرست نخست را فهرست می‌کند (problem-row)، جداشده با نقطه‌ویرگول.
problem-invalid-rows-detail = هیچ چیزی ذخیره نشد؛ این سطرها را اصلاح کنید: { $rows }
problem-invalid-rows-detail-more = هیچ چیزی ذخیره نشد؛ این سطرها را اصلاح کنید: { $rows }؛ و { $more } سطر دیگر
problem-row = سطر { $row }، { $field }: { $message }
problem-conflict-title = تضاد با وضعیت فعلی
problem-internal-title = خطای داخلی
problem-internal-detail = سرور این درخواست را تکمیل کرده نتوانست؛ این خطا ثبت شده است
problem-too-large-title = بدنه درخواست بیش از حد بزرگ است
problem-send-json-title = JSON ارسال کنید
problem-invalid-json-title = بدنه JSON نامعتبر
problem-invalid-query-title = رشته پرسش نامعتبر
# $parameters هر پارامتر ردشده را با پیام آن (problem-field) فهرست می‌کند.
problem-invalid-query-detail = این پارامترها را بررسی کنید: { $parameters }
problem-bad-request-title = درخواست نادرست
problem-method-not-allowed-title = روش مجاز نیست
problem-payload-too-large-title = محتوای ارسالی بیش از حد بزرگ است
# $method روش HTTP درخواست‌شده است (GET، POST…)؛ $allowed روش‌هایی را فهرست می‌کند که این آدرس به آن‌ها پاسخ می‌دهد.
problem-method-not-allowed-detail = این آدرس به { $method } پاسخ نمی‌دهد؛ به { $allowed } پاسخ می‌دهد
# $reason عنوان مشکل است، با حروف کوچک.
problem-refused-detail = درخواست رد شد: { $reason }
problem-csrf-title = درخواست میان‌سایتی رد شد
problem-csrf-detail = این درخواست از یک صفحه مجلس نیامده است؛ آن را از همان منشأ یا با سرخط X-CSRF-Token ارسال کنید
problem-send-csv-title = CSV ارسال کنید
problem-send-csv-detail = جدول را به شکل text/csv ارسال کنید
problem-bearer-on-form-title = توکن Bearer اینجا پذیرفته نمی‌شود
problem-bearer-on-form-detail = ورود به صفحات و فورمه‌ها تنها با کوکی ورود انجام می‌شود؛ درخواست‌های دارای Authorization: Bearer را به /api/v1 ارسال کنید
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = باید شمارهٔ ترتیب یک ثبت در دفتر ثبت باشد: عدد صحیح ۰ یا بیشتر
