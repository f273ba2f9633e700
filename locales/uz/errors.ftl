# What went wrong, as a person reads it: field errors of forms and JSON bodies, refusals of
# the rules, and the titles and details of problem+json answers. Field errors are written to
# follow the field's name ("title: must not be empty"), so most start in lowercase.


## Characters in typed text

# $character is a code point with its Unicode name, such as "U+200B (zero width space)".
error-characters-at-line = { $line }-qator, { $column }-ustundagi { $character }
error-characters-at = { $at }-oʻrindagi { $character }
# $found is one of the two messages above.
error-characters-control = boshqaruv belgilari boʻlmasligi kerak; olib tashlang: { $found }
error-characters-line-break = bitta qatordan iborat boʻlishi kerak; qator koʻchirish belgisini olib tashlang: { $found }
error-characters-direction-control = matnni saqlangan tartibidan boshqa tartibda koʻrsatadigan koʻrinmas yoʻnalish belgilari boʻlmasligi kerak; olib tashlang: { $found }
error-characters-invisible = koʻrinmas belgilar boʻlmasligi kerak; olib tashlang: { $found }
error-characters-stray-joiner = nol kenglikdagi birlashtiruvchi yoki ajratuvchi belgi faqat soʻzning ikki harfi orasida boʻlishi mumkin; olib tashlang: { $found }
error-characters-nothing-visible = kamida bitta koʻrinadigan belgi boʻlishi kerak

## Codes, names and titles

error-name-empty = boʻsh boʻlmasligi kerak
error-name-too-long = koʻpi bilan { $max } ta belgidan iborat boʻlishi kerak
error-email-shape = elektron pochta manzili emas (bitta manzil boʻlishi kerak, masalan name@example.org)
error-name-shape-group-code = harf bilan boshlanadigan 2 tadan 10 tagacha bosh harf yoki raqamdan iborat boʻlishi kerak (masalan, CGA)
error-name-shape-party-code = 2 tadan 8 tagacha bosh harfdan iborat boʻlishi kerak (davlat uchun ISO 3166-1 alpha-2, masalan, KZ)
error-name-shape-username = 2 tadan 64 tagacha kichik harf, raqam, '.', '_' yoki '-' belgisidan iborat boʻlishi kerak (masalan, kz.envoy)
error-name-shape-track-code = kichik harflar, raqamlar va pastki chiziqdan iborat soha kodi boʻlishi kerak (masalan, trade)
error-name-shape-indicator-code = kichik harflar, raqamlar va pastki chiziqdan iborat koʻrsatkich kodi boʻlishi kerak (masalan, trade_turnover)
error-name-shape-single-line = boshqaruv belgilarisiz bitta qatordan iborat boʻlishi kerak
error-name-shape-no-control-characters = boshqaruv belgilarisiz matn boʻlishi kerak

## Any field

error-time-unknown-zone = maʼlum IANA vaqt mintaqasi emas (masalan, Asia/Tashkent)
error-time-bad-local-time = 2026-03-14T10:00 koʻrinishidagi sana va vaqt boʻlishi kerak
error-time-nonexistent-local-time = bu vaqt mintaqasida mavjud emas (soat almashtirilganda bu vaqt tushib qoladi)
error-time-bad-instant = 2026-03-14T10:00:00Z yoki 2026-03-14T15:00:00+05:00 kabi siljish koʻrsatilgan RFC 3339 vaqti boʻlishi kerak
error-time-offset-out-of-range = siljishi ±18:00 dan ortiq, bunday siljish Yerning hech bir joyida qoʻllanilmaydi; UTC ga nisbatan siljishni koʻrsating, masalan, +05:00 yoki Z
# $values are the words the field takes, as they are sent (not translated).
error-choice-one-of = quyidagilardan biri boʻlishi kerak: { $values }
error-nothing-to-change = oʻzgartiradigan narsa yoʻq
error-date-shape = YYYY-MM-DD koʻrinishida yozilgan kun boʻlishi kerak
error-date-not-in-calendar = kalendarda bunday kun yoʻq
error-language-not-offered = Majlis taklif etiladigan tillardan biri emas; quyidagilardan birini tanlang: { $offered }
error-whole-number = butun son boʻlishi kerak
error-must-be-whole-number = butun son boʻlishi kerak
# $reason is the web server's own explanation (in English).
error-form-unreadable = { $reason }
# $expected is serde's list of the parameters there are, in English.
error-query-unknown-parameter = ushbu soʻrovning parametri emas; { $expected }
error-query-required = koʻrsatilishi shart
error-query-out-of-range = ruxsat etilgan oraliqdan tashqarida
# $reason is serde's own explanation, in English.
error-query-unreadable = { $reason }

## Passwords

error-password-too-short = kamida { $min } ta belgidan iborat boʻlishi kerak
error-password-too-long = koʻpi bilan { $max } ta belgidan iborat boʻlishi kerak
error-password-too-easy = topish juda oson
# $advice is one or more of the hints below, separated by semicolons.
error-password-too-easy-advice = topish juda oson: { $advice }
error-password-hint-straight-rows = klaviaturadagi tugmalarning toʻgʻri qatorlarini topish oson
error-password-hint-short-keyboard-patterns = klaviaturadagi qisqa naqshlarni topish oson
error-password-hint-repeats-like-aaa = "aaa" kabi takrorlarni topish oson
error-password-hint-repeats-like-abcabc = "abcabcabc" kabi takrorlarni topish "abc"ni topishdan biroz qiyinroq, xolos
error-password-hint-top-10 = bu eng keng tarqalgan 10 ta paroldan biri
error-password-hint-top-100 = bu eng keng tarqalgan 100 ta paroldan biri
error-password-hint-very-common = bu juda keng tarqalgan parol
error-password-hint-similar-to-common = bu keng qoʻllaniladigan parolga oʻxshaydi
error-password-hint-sequences-like-abc = abc yoki 6543 kabi ketma-ketliklarni topish oson
error-password-hint-recent-years = soʻnggi yillarni topish oson
error-password-hint-a-word-by-itself = yolgʻiz soʻzni topish oson
error-password-hint-dates = sanalarni odatda topish oson
error-password-hint-names-by-themselves = alohida ism va familiyalarni topish oson
error-password-hint-common-names = keng tarqalgan ism va familiyalarni topish oson
error-password-hint-use-a-few-words = bir nechta soʻzdan foydalaning, keng tarqalgan iboralardan qoching
error-password-hint-no-need-for-symbols = maxsus belgilar, raqamlar yoki bosh harflar shart emas
error-password-hint-add-another-word = yana bir-ikki soʻz qoʻshing, kam uchraydigan soʻzlar yaxshiroq
error-password-hint-capitalization = bosh harflar unchalik yordam bermaydi
error-password-hint-all-uppercase = faqat bosh harflardan iborat parolni faqat kichik harflardan iborat parol kabi deyarli oson topish mumkin
error-password-hint-reversed-words = teskari yozilgan soʻzlarni topish unchalik qiyin emas
error-password-hint-substitutions = 'a' oʻrniga '@' kabi oldindan taxmin qilinadigan almashtirishlar unchalik yordam bermaydi
error-password-hint-longer-keyboard-pattern = koʻproq burilishli uzunroq klaviatura naqshidan foydalaning
error-password-hint-avoid-repeats = takrorlanuvchi soʻz va belgilardan qoching
error-password-hint-avoid-sequences = ketma-ketliklardan qoching
error-password-hint-avoid-recent-years = soʻnggi yillardan qoching
error-password-hint-avoid-your-years = siz bilan bogʻliq yillardan qoching
error-password-hint-avoid-your-dates = siz bilan bogʻliq sana va yillardan qoching
error-password-hint-fallback = yana bir-ikki soʻz qoʻshing; kam uchraydigan soʻzlar yaxshiroq

## Accounts and seats

error-account-password-unchanged = joriy paroldan farq qilishi kerak
error-account-wrong-current-password = joriy parolingiz emas
error-account-missing = koʻrsatilmagan
error-account-no-such-user = bunday foydalanuvchi nomli foydalanuvchi yoʻq
error-seat-party-missing = delegatsiyadagi rol uchun u mansub boʻlgan tomon koʻrsatilishi kerak
error-seat-secretariat-party = kotibiyat hech bir tomonga mansub emas; tomon maydonini boʻsh qoldiring
error-seat-none-in-group = bu shaxs guruhda oʻrin egallamaydi
error-demo-password-refused = { $reason } ({ $account } namoyish hisob qaydnomasi uchun tekshirildi); kuchliroq parol tanlang
error-account-no-such-account = bunday foydalanuvchi nomli hisob qaydnomasi yoʻq

## Who may do what

error-access-manage-meeting = ushbu yigʻilishni faqat kotibiyat yoki raisning maxsus vakili boshqara oladi
error-access-administrator-only = bu amalni faqat administrator bajara oladi
error-access-authorise-envoy-only = oʻrinbosarga faqat maxsus vakil vakolat bera oladi
error-access-authorise-own-deputy = maxsus vakil faqat oʻz delegatsiyasidagi oʻrinbosarga vakolat bera oladi
error-access-draft-text = matn loyihasini faqat aʼzo tomon delegatsiyasi yoki kotibiyat tayyorlay oladi
error-access-change-text = matnni faqat matn uchun masʼul tomon delegatsiyasi (yoki rais nomidan kotibiyat) oʻzgartira oladi
error-access-propose-amendment = tuzatishni faqat aʼzo tomonning maxsus vakili, oʻrinbosari yoki delegatsiya aʼzosi taklif eta oladi
error-access-chair-or-secretariat = bu amalni faqat raisning maxsus vakili yoki kotibiyat bajara oladi
error-access-secretariat-no-position = kotibiyat hech qachon tomonning pozitsiyasini qayd etmaydi
error-access-members-only-voice = qarorlar qabul qilishda faqat aʼzo tomonlar ovozga ega
error-access-own-party-only = siz faqat oʻz tomoningiz nomidan harakat qila olasiz
error-access-deputy-unauthorised = oʻrinbosar faqat maxsus vakil bergan vakolat amal qiladigan davrda harakat qila oladi
error-access-envoy-speaks = tomon nomidan faqat maxsus vakil yoki u vakolat bergan oʻrinbosar soʻzlaydi
error-access-record-later = guruh Majlis tizimidan foydalanishni boshlashidan oldin qabul qilingan qarorni faqat kotibiyat qayd etadi
error-access-secretariat-only = bu amalni faqat kotibiyat bajara oladi
error-access-report-own-party = siz faqat oʻz tomoningiz nomidan, uning maxsus vakili, oʻrinbosari yoki delegatsiya aʼzosi sifatida hisobot bera olasiz
error-access-report-line = ushbu ish yoʻnalishi boʻyicha faqat unga yetakchilik qiluvchi yoki unda ishtirok etuvchi tomon hisobot bera oladi
error-access-record-for-party = buni faqat kotibiyat yoki tomonning oʻz delegatsiyasi qayd eta oladi
error-access-own-engagements = tomon oʻz aloqalarini maxsus vakili, oʻrinbosari yoki delegatsiya aʼzosi orqali qayd etadi
error-access-widen = buni koʻra oladiganlar doirasini faqat muallif tomonning maxsus vakili kengaytira oladi
error-access-authorisation-in-past = kelajakdagi vaqt boʻlishi kerak
error-access-authorisation-too-long = bir yil ichida boʻlishi kerak

## Groups, parties and tracks

error-group-not-a-party = { $party } guruh tomoni emas
error-group-not-a-member = { $party } guruhning aʼzo tomoni emas
error-group-not-a-track = { $track } guruhning hamkorlik sohasi emas
error-group-party-twice = { $party } tomoni ikki marta koʻrsatilgan
error-group-no-member = guruhda kamida bitta aʼzo tomon boʻlishi kerak
error-group-twice-in-rotation = { $party } rotatsiya tartibida ikki marta uchraydi
error-group-quorum-out-of-range = 1 dan aʼzolar soni ({ $members }) gacha boʻlishi kerak
error-group-silence-too-long = koʻpi bilan { $max } boʻlishi kerak
error-group-no-language = guruhda kamida bitta ish tili boʻlishi kerak
error-group-already-a-party = { $party } allaqachon guruh tomoni hisoblanadi
error-group-joins-as-member = tomon guruhga kuzatuvchi yoki mehmon sifatida qoʻshiladi; aʼzolar guruh taʼsis etilganda belgilanadi
error-group-not-a-party-of = { $party } { $group } guruhining tomoni emas
error-group-not-a-member-of = { $party } { $group } guruhining aʼzo tomoni emas
error-group-not-a-guest-of = { $party } { $group } guruhining mehmon tomoni emas
error-track-named-twice = { $track } ikki marta koʻrsatilgan
error-track-in-use = { $track } yozuvlarda ishlatilmoqda va saqlanib qolishi kerak
error-group-party-line = { $line }-qator quyidagi koʻrinishda boʻlishi kerak: kod, nom, maqom

## Meetings

# $from and $to are meeting statuses: planned, convened, concluded, cancelled.
error-meeting-transition-refused =
    { $from ->
        [planned] rejalashtirilgan
        [convened] ochilgan
        [concluded] yakunlangan
        [cancelled] bekor qilingan
       *[other] { $from }
    } yigʻilishni “{ $to ->
        [planned] rejalashtirilgan
        [convened] ochilgan
        [concluded] yakunlangan
        [cancelled] bekor qilingan
       *[other] { $to }
    }” holatiga oʻtkazib boʻlmaydi
error-meeting-ends-before-start = boshlanish vaqtidan keyin boʻlishi kerak
error-meeting-not-of-group = ushbu guruhning yigʻilishi emas
error-meeting-no-rotation = guruhda rotatsiya tartibi yoʻq; mezbon tomonni koʻrsating
# $status is a meeting status: concluded or cancelled.
error-meeting-is-history =
    { $status ->
        [concluded] yakunlangan
        [cancelled] bekor qilingan
        [planned] rejalashtirilgan
        [convened] ochilgan
       *[other] { $status }
    } yigʻilish arxivga oʻtgan va uni tahrirlab boʻlmaydi
error-meeting-agenda-order-incomplete = yigʻilish kun tartibining har bir bandi aynan bir marta sanab oʻtilishi kerak
error-meeting-cancelled-no-attendance = bekor qilingan yigʻilishda ishtirokchilar tarkibi boʻlmaydi
error-meeting-agenda-closed =
    { $status ->
        [concluded] yakunlangan
        [cancelled] bekor qilingan
        [planned] rejalashtirilgan
        [convened] ochilgan
       *[other] { $status }
    } yigʻilishning kun tartibini oʻzgartirib boʻlmaydi
error-meeting-start-and-end = boshlanish va tugash vaqtini koʻrsating
error-meeting-up-or-down = up yoki down boʻlishi kerak

## Texts, versions and brackets

error-document-bad-language-tag = ru, en, fa-AF yoki uz-Arab kabi til tegi boʻlishi kerak
error-text-language-is-negotiating = muzokara tilining oʻzi
error-text-version-not-latest = { $asked }-tahrir soʻnggi tahrir emas; soʻnggisi — { $latest }-tahrir
error-text-secretariat-no-national = kotibiyatda milliy hujjatlar boʻlmaydi; boshqa tarqatish doirasini tanlang
# Several problems of one field, separated by semicolons.
error-text-list-of-problems = { $problems }
# $problem is one of the bracket problems below.
error-text-bracket-at = { $line }-qator, { $column }-ustun: { $problem }
error-text-bracket-unclosed = shu yerda ochilgan kvadrat qavslar yopilmagan
error-text-bracket-stray-close = “]]” ochilmagan kvadrat qavslarni yopmoqda
error-text-bracket-nested = kvadrat qavslar boshqa kvadrat qavslar ichida ochilgan; qavslarni ichma-ich joylashtirib boʻlmaydi, variantlarni “||” bilan ajratilgan muqobillar sifatida yozing
error-text-holder-list-unclosed = shu yerda “{ "{" }” bilan ochilgan tomonlar roʻyxati “{ "}" }” bilan yopilmagan
error-text-holder-list-empty = tomonlar roʻyxatida birorta ham tomon koʻrsatilmagan; qavslarni ilgari surgan tomonlarni koʻrsating (masalan, { "{" }KZ,UZ{ "}" }) yoki roʻyxatni olib tashlang
error-text-holder-list-empty-entry = tomonlar roʻyxatida boʻsh element bor (ortiqcha vergul?)
# $reason says what a party code must be.
error-text-holder-not-a-party = tomonlar roʻyxatidagi “{ $code }” tomon kodi emas: u { $reason }
error-text-bracket-empty = kvadrat qavslarning hech bir variantida matn yoʻq
# A bracket still open: its number, where it opens, who holds it, its alternatives.
error-text-open-bracket = ochiq kvadrat qavslar { $number } ({ $line }-qator, { $column }-ustun): { $alternatives }
error-text-open-bracket-held = ochiq kvadrat qavslar { $number } ({ $line }-qator, { $column }-ustun; ilgari surgan: { $holders }): { $alternatives }
error-text-alternative = “{ $text }”
# An empty alternative: the choice to delete the passage.
error-text-alternative-nothing = chiqarib tashlash
error-text-list = { $first }, { $next }
error-text-choice = { $first } yoki { $last }
error-text-no-chair-to-hold-pen = guruhda matn uchun masʼul boʻladigan rais hali yoʻq; avval yigʻilishni rejalashtiring
error-text-no-such-version = matnning { $version }-tahriri yoʻq
error-text-listed-needs-parties = koʻrsatilgan tomonlarga tarqatiladigan matnda u yuboriladigan tomonlar koʻrsatilishi kerak

## Amendments

error-amendment-passage-empty = almashtiriladigan qism boʻsh; tuzatish oʻzgartiradigan soʻzlarni iqtibos qiling
error-amendment-passage-not-found = almashtiriladigan qism { $version }-tahrirda uchramaydi
error-amendment-passage-not-unique = almashtiriladigan qism { $version }-tahrirda { $occurrences } marta uchraydi; u yagona boʻlishi uchun kengroq iqtibos qiling
error-amendment-reason-missing = tuzatishning asoslanishi koʻrsatilishi kerak
# $state is incorporated or declined.
error-amendment-already-settled =
    bu tuzatish allaqachon { $state ->
        [incorporated] hisobga olingan
        [declined] rad etilgan
       *[other] { $state }
    }
# $reason says why the passage cannot be replaced in the latest version.
error-amendment-cannot-incorporate = hisobga olib boʻlmaydi: { $reason }
error-amendment-decline-reason-missing = tuzatishni rad etish uchun sabab koʻrsatilishi kerak

## Markings

error-marking-secretariat-no-national = kotibiyat milliy tarqatishdagi hech narsani qayd etmaydi; boshqa tarqatish doirasini tanlang
error-marking-listed-needs-parties = koʻrsatilgan tomonlarga tarqatiladigan yozuvda u yuboriladigan tomonlar koʻrsatilishi kerak
error-marking-above-clearance = sizning ruxsatnoma darajangizdan yuqori boʻlmasligi kerak
error-marking-only-widen = yozuvning tarqatish doirasi faqat kengaytirilishi, maxfiylik darajasi esa faqat pasaytirilishi mumkin

## Opening a procedure

error-procedure-no-chair = guruhda tartib-taomilni ochadigan rais yoʻq
# $kind is a kind of text that is never adopted: chairs_summary or non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] qoʻshma bayonot
        [chairs_summary] raisning xulosasi
        [non_paper] norasmiy hujjat
       *[other] { $kind }
    } hech qachon qabul qilinmaydi
error-procedure-still-open = ushbu matn boʻyicha { $id }-sonli tartib-taomil hali ochiq
error-procedure-session-by-consensus = yigʻilishda qabul qilinadigan qaror zalda konsensus asosida qabul qilinadi
# $status is a meeting status: planned, concluded or cancelled.
error-procedure-session-not-convened =
    yigʻilishda qabul qilinadigan qaror uchun ochilgan yigʻilish kerak; bu yigʻilish { $status ->
        [planned] rejalashtirilgan
        [concluded] yakunlangan
        [cancelled] bekor qilingan
       *[other] { $status }
    }
error-procedure-nobody-present = yigʻilishda ishtirok etayotgan birorta ham aʼzo tomon qayd etilmagan; avval ishtirokchilar tarkibini kiriting
error-procedure-no-such-version = bu matnning bunday tahriri yoʻq
error-procedure-no-such-meeting = bunday yigʻilish yoʻq
error-procedure-session-needs-meeting = yigʻilishda qabul qilinadigan qarorda yigʻilish koʻrsatilishi kerak
error-procedure-confirm-by-missing = ad referendum pozitsiyasi uchun poytaxt tasdiqlaydigan sana kerak

## Procedures: why an act cannot be recorded now


# Instants ($deadline, $at, $now…) are written in UTC.

error-refusal-missing-objection-reason = eʼtirozda uning sababi koʻrsatilishi kerak
error-refusal-missing-decline-reason = ad referendum pozitsiyasi tasdiqlanmaganda poytaxt koʻrsatgan sabab keltirilishi kerak, chunki u eʼtiroz sifatida qayd etiladi
error-refusal-missing-concur-statement = bayonot bilan rozilik bildirish uchun bayonot matni kerak
error-refusal-blank-stand-aside = betaraf qolish matni boʻsh boʻlmasligi kerak (uni umuman kiritmaslik mumkin)
error-refusal-missing-break-reason = sukutni buzish uchun yozma eʼtiroz yoki tuzatish kerak
error-refusal-blank-interpretive-statement = talqin toʻgʻrisidagi bayonot boʻsh boʻlmasligi kerak
# $outcome is open, adopted, not_adopted, withdrawn or superseded.
error-refusal-closed =
    ushbu tartib-taomil yopilgan: { $outcome ->
        [not_adopted] qabul qilinmadi
        [open] ochiq
        [adopted] qabul qilindi
        [withdrawn] qaytarib olindi
        [superseded] almashtirildi
       *[other] { $outcome }
    }
error-refusal-deadline-passed = muddat tugagan: { $deadline }
error-refusal-before-opening = tartib-taomil hali ochilmagan; ochilish vaqti: { $opened_at }
error-refusal-not-stamped-now = ushbu harakat { $at } sanasi bilan belgilangan, server vaqti esa { $now }: harakatlar server vaqti boʻyicha qayd etiladi
error-refusal-behind-last-act = server soati ushbu tartib-taomilning soʻnggi harakatidan ({ $last }) orqada qolmoqda; birozdan soʻng qayta urinib koʻring
# $act is an act of a silence procedure: break or statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] sukutni buzish
        [statement] alohida talqin toʻgʻrisidagi bayonot
       *[other] bu harakat
    } konsensus raundida qoʻllanilmaydi: buning oʻrniga pozitsiyani qayd eting (eʼtiroz yoki bayonot bilan rozilik)
# $act is an act of a consensus round: position, confirm, decline or chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] pozitsiyani qayd etish
        [confirm] ad referendum pozitsiyasini tasdiqlash
        [decline] ad referendum pozitsiyasini tasdiqlamaslik
        [chair_note] raisning eʼtiroz bildirilmagani haqidagi qaydi
       *[other] bu harakat
    } sukut saqlash tartib-taomilida qoʻllanilmaydi: buning oʻrniga sukutni buzing yoki talqin toʻgʻrisidagi bayonot bering
error-refusal-not-a-member = { $party } ushbu tartib-taomilda ovozga ega aʼzo tomon emas
error-refusal-no-ad-referendum-to-confirm = { $party } tomonida tasdiqlanadigan ad referendum pozitsiyasi yoʻq
error-refusal-no-ad-referendum-to-decline = { $party } tomonida rad etiladigan ad referendum pozitsiyasi yoʻq
error-refusal-confirmation-time-passed = { $party } tomoni poytaxti uchun tasdiqlash muddati tugagan ({ $confirm_by }); buning oʻrniga pozitsiyani qayd eting
error-refusal-confirm-by-not-ahead = poytaxtning tasdiqlash muddati ({ $confirm_by }) hozirgi vaqtdan keyin boʻlishi kerak
error-refusal-text-too-long = matn koʻpi bilan { $max } ta belgidan iborat boʻlishi mumkin
error-refusal-extension-not-later = yangi muddat joriy muddatdan ({ $current }) keyin boʻlishi kerak
error-refusal-party-has-spoken = { $party } tomoni oʻz pozitsiyasini qayd etgan: raisning qaydi hech qachon tomonning harakati oʻrnini bosmaydi
error-refusal-already-noted = rais { $party } tomonidan eʼtiroz bildirilmaganini allaqachon qayd etgan
error-refusal-note-outside-session = rais “eʼtiroz bildirilmadi” qaydini faqat yigʻilishda qabul qilinadigan qarorda, yigʻilishda ishtirok etayotgan tomon uchun kiritadi
error-refusal-deadline-not-after-opening = muddat ochilish vaqtidan keyin boʻlishi kerak
error-refusal-silence-too-short = sukut kamida { $min_hours } soat davom etishi kerak: muddat eng erta { $earliest } boʻlishi mumkin

## Decisions recorded later

error-record-later-in-future = keyinroq qayd etilayotgan qaror allaqachon oʻtgan kunda qabul qilingan boʻlishi kerak; bu qarorning sanasi kelajakda
error-record-later-meeting-not-begun = qaror qabul qilingan deb koʻrsatilgan vaqtda hali boshlanmagan edi
error-record-later-reported-twice = { $party } ikki marta koʻrsatilgan
# $position is stand_aside, ad_referendum or object.
error-record-later-not-concurring =
    { $party } tomonining pozitsiyasi “{ $position ->
        [concur_with_statement] bayonot bilan rozilik
        [stand_aside] betaraf qolish
        [ad_referendum] ad referendum
        [object] eʼtiroz
       *[other] { $position }
    }” deb koʻrsatilgan: qaror faqat barcha aʼzo tomonlar rozilik bildirgan yoki konsensusga qoʻshilgan taqdirdagina qabul qilinadi, shuning uchun bu matn qabul qilinmagan
error-record-later-position-missing = { $party } aʼzo tomon, ammo uning pozitsiyasi koʻrsatilmagan
error-record-later-statement-missing = concur_with_statement uchun bayonot matni kerak
error-record-later-unknown-position = har bir pozitsiya quyidagilardan biri boʻlishi kerak: concur, concur_with_statement, stand_aside, ad_referendum, object

## Roadmaps

error-roadmap-leads-missing = ish yoʻnalishiga yetakchilik qiluvchi kamida bitta tomonni koʻrsating
error-roadmap-due-before-start = ish yoʻnalishining muddati uning boshlanishidan oldin boʻlishi mumkin emas
error-roadmap-report-in-future = hisobot bugungi yoki undan oldingi sana holatiga beriladi
error-roadmap-not-started-progress = boshlanmagan ish yoʻnalishining bajarilishi 0 % ga teng
error-roadmap-done-progress = bajarilgan ish yoʻnalishining bajarilishi 100 % ga teng
error-roadmap-party-would-not-see = { $party } ish yoʻnalishida ishtirok etadi, ammo uni koʻra olmaydi; uni { $party } tomoniga ham tarqating
error-roadmap-percent = 0 dan 100 gacha butun son boʻlishi kerak
error-roadmap-no-such-decision = guruhda { $id } identifikatorli qaror yoʻq
error-roadmap-line-hidden-from-you = ish yoʻnalishi sizdan yashirin boʻlib qoladi: rais tomonini ham roʻyxatga kiriting
error-roadmap-decision-id = qaror identifikatori 1 dan boshlanadigan butun son boʻlishi kerak

## Agreements and engagements

error-agreement-count = soni 1 dan kam boʻlmagan butun son boʻlishi kerak
error-agreement-signed-in-future = kelishuv imzolangandan keyin qayd etiladi: sana kelajakda boʻlishi mumkin emas
error-agreement-same-party = kelishuv boshqa tomon bilan tuziladi
error-engagement-in-future = aloqani u boʻlib oʻtgandan keyin qayd eting
error-engagement-no-track = kamida bitta hamkorlik sohasini koʻrsating
error-engagement-summary-missing = nima muhokama qilinganini bayon qiling

## Figures, periods and money

error-period-not-a-date = sana emas: YYYY-MM-DD koʻrinishida, mavjud kunni yozing
error-period-ends-before-start = davr boshlanishidan oldin tugaydi
error-money-unknown-currency = ISO 4217 valyuta kodi emas (USD kabi uchta bosh harf)
error-money-not-an-amount = summa emas: raqamlarni yozing, bu valyuta uchun kasr qismida koʻpi bilan { $decimals } ta raqam boʻlishi mumkin
error-money-negative = summa manfiy boʻlishi mumkin emas
error-money-too-large = summa juda katta
error-figures-flow-negative = oqim hech qachon noldan kichik boʻlmaydi
error-figures-target-not-positive = maqsadli qiymat noldan katta boʻlishi kerak
error-figures-same-party = qiymat ikki turli tomon oʻrtasida boʻlishi kerak
error-figures-bad-url = https:// yoki http:// bilan boshlanadigan, boʻshliqlarsiz veb-havola boʻlishi kerak
error-figures-not-exact-decimal = matn koʻrinishidagi oʻnli son: raqamlar, ixtiyoriy ravishda nuqta va undan keyin 8 tagacha raqam

## Importing a table of figures

error-import-unknown-columns = ustunlar na bizning ustunlar ({ $ours }), na UN Comtrade ustunlari (refYear yoki period, reporterISO, partnerISO, flowCode, primaryValue)
error-import-value-missing = qiymat kerak
error-import-not-a-decimal = oʻnli son emas (raqamlar, ixtiyoriy ravishda bitta nuqta)
# $code is the code as written in the file, in quotes.
error-import-not-alpha2 = { $code } ISO 3166-1 alpha-2 davlat kodi emas
error-import-not-alpha3 = { $code } ISO 3166-1 alpha-3 davlat kodi emas
error-import-source-missing = manbani ushbu ustunda yoki butun fayl uchun koʻrsating
error-import-comtrade-source-missing = Comtrade faylining manbasini koʻrsating (masalan, "UN Comtrade")
error-import-unknown-flow-code = { $code }: faqat X (eksport) va M (import) oʻqiladi
# $wanted and $flow are exports, imports or turnover.
error-import-other-flow =
    ushbu koʻrsatkich { $wanted ->
        [exports] eksportni
        [imports] importni
        [turnover] tovar ayirboshlash hajmini
       *[other] { $wanted }
    } hisobga oladi, bu qator esa { $flow ->
        [exports] eksport
        [imports] import
        [turnover] tovar ayirboshlash hajmi
       *[other] { $flow }
    } haqida
error-import-not-a-trade-flow = ushbu koʻrsatkich savdo oqimi emas; Comtrade qatorlarini unga kiritib boʻlmaydi
error-import-second-flow-row =
    ushbu hisobot beruvchi, hamkor va davr uchun ikkinchi { $flow ->
        [exports] eksport
        [imports] import
        [turnover] tovar ayirboshlash hajmi
       *[other] { $flow }
    } qatori (birinchisi { $first_row }-qatorda)
error-import-sum-too-large = yigʻindi juda katta
error-import-turnover-incomplete =
    { $reporter }–{ $partner } { $period }: faqat { $flow ->
        [exports] eksport
        [imports] import
       *[other] { $flow }
    } mavjud; tovar ayirboshlash hajmi uchun X ham, M ham kerak
# $reason is the CSV reader's own explanation (in English).
error-import-header-unreadable = sarlavhani oʻqib boʻlmaydi: { $reason }
error-import-row-unreadable = bu qatorni oʻqib boʻlmaydi: { $reason }
error-import-no-rows = faylda qiymatlar qatorlari yoʻq
error-import-no-secretariat = { $group } guruhida bunday kotibiyat hisob qaydnomasi yoʻq
error-import-several-secretariats = { $group } guruhida bir nechta kotibiyat hisob qaydnomasi bor: --as orqali bittasini koʻrsating

## Conflicts with what is recorded

error-conflict-signing-key-exists = imzo kaliti allaqachon mavjud
error-conflict-seat-exists = bu shaxs guruhda allaqachon oʻrin egallagan
error-conflict-language-version-exists = ushbu tahrirda bu tildagi matn allaqachon mavjud
error-conflict-username-taken = bunday foydalanuvchi nomli foydalanuvchi allaqachon mavjud
error-conflict-group-code-taken = bunday kodli guruh allaqachon mavjud
error-conflict-party-in-group = bu tomon allaqachon guruh tarkibida
error-conflict-decision-exists = ushbu tartib-taomil boʻyicha qaror allaqachon mavjud
error-conflict-indicator-exists = guruhda { $code } koʻrsatkichi allaqachon mavjud
error-conflict-amendment-settled = bu tuzatish boʻyicha allaqachon qaror qabul qilingan
error-conflict-procedure-closed = bu tartib-taomil allaqachon yopilgan

## Problem answers of the API (RFC 9457 problem+json)

problem-unauthenticated-title = Tizimga kirilmagan
problem-unauthenticated-detail = avval tizimga kiring
problem-bad-credentials-title = Kirish rad etildi
problem-bad-credentials-detail = foydalanuvchi nomi yoki parol notoʻgʻri
problem-too-many-attempts-title = Urinishlar soni haddan tashqari koʻp
problem-too-many-attempts-detail = muvaffaqiyatsiz kirish urinishlari juda koʻp; { $minutes } daqiqadan soʻng qayta urinib koʻring
problem-not-found-title = Topilmadi
problem-not-found-detail = bu yerda hech narsa yoʻq yoki uni koʻrishga ruxsatingiz yoʻq
problem-forbidden-title = Ruxsat etilmagan
problem-invalid-input-title = Notoʻgʻri maʼlumotlar
# $fields lists each refused field with its message (problem-field), separated by semicolons.
problem-invalid-input-detail = quyidagi maydonlarni tekshiring: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Notoʻgʻri qatorlar
# $rows lists the first ten bad rows (problem-row), separated by semicolons.
problem-invalid-rows-detail = hech narsa saqlanmadi; quyidagi qatorlarni tuzating: { $rows }
problem-invalid-rows-detail-more = hech narsa saqlanmadi; quyidagi qatorlarni tuzating: { $rows }; va yana { $more } ta qator
problem-row = { $row }-qator, { $field }: { $message }
problem-conflict-title = Joriy holat bilan ziddiyat
problem-internal-title = Ichki xatolik
problem-internal-detail = server ushbu soʻrovni bajara olmadi; xatolik jurnalga yozildi
problem-too-large-title = Soʻrov hajmi juda katta
problem-send-json-title = JSON yuboring
problem-invalid-json-title = JSON mazmuni notoʻgʻri
problem-invalid-query-title = Soʻrov qatori notoʻgʻri
# $parameters lists each refused parameter with its message (problem-field).
problem-invalid-query-detail = quyidagi parametrlarni tekshiring: { $parameters }
problem-bad-request-title = Notoʻgʻri soʻrov
problem-method-not-allowed-title = Usulga ruxsat berilmagan
problem-payload-too-large-title = Maʼlumotlar hajmi juda katta
# $method is the HTTP method asked (GET, POST…); $allowed lists those the address answers.
problem-method-not-allowed-detail = bu manzil { $method } usuliga javob bermaydi; u quyidagilarga javob beradi: { $allowed }
# $reason is the title of the problem, in lowercase.
problem-refused-detail = soʻrov rad etildi: { $reason }
problem-csrf-title = Saytlararo soʻrov rad etildi
problem-csrf-detail = bu soʻrov Majlis sahifasidan kelmagan; uni oʻsha manbadan yoki X-CSRF-Token sarlavhasi bilan yuboring
problem-send-csv-title = CSV yuboring
problem-send-csv-detail = jadvalni text/csv koʻrinishida yuboring
problem-bearer-on-form-title = Bearer tokeni bu yerda qabul qilinmaydi
problem-bearer-on-form-detail = sahifalar va shakllarga faqat seans cookie fayli orqali kiriladi; Authorization: Bearer sarlavhali soʻrovlarni /api/v1 manziliga yuboring
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = jurnal yozuvining tartib raqami boʻlishi kerak: 0 yoki undan katta butun son
