# Guruh matnlari va matn sahifasi (templates/texts.html, text.html,
# src/http/pages/texts/).

texts-breadcrumbs = Navigatsiya zanjiri
texts-breadcrumb = Matnlar

## Guruh matnlari roʻyxati

# $group — guruh kodi.
texts-title = Matnlar — { $group }
# $group — kiritilgan guruh nomi.
texts-heading = Matnlar: { $group }
texts-lede = Muzokara qilinayotgan loyihalar va sizga tarqatilgan qabul qilingan matnlar.
texts-link-decisions = Qarorlar
texts-link-public-record = ochiq reyestr
texts-empty = Sizga hali birorta ham matn tarqatilmagan.
texts-table-label = Matnlar
texts-column-title = Nomi
texts-column-kind = Hujjat turi
texts-column-penholder = Matn uchun masʼul tomon
texts-column-distribution = Tarqatish
texts-column-classification = Maxfiylik darajasi

texts-draft = Matn loyihasini tayyorlash
texts-title-label = Nomi
texts-kind-label = Hujjat turi
texts-negotiating-language = Muzokara tili
texts-negotiating-language-hint = Til tegi: ru, en, fa-AF, uz-Arab…
texts-body-label = Matn
# $example — matn kutgan shaklda yozilgan kvadrat qavslar (texts-body-hint-example).
texts-body-hint = Kelishilmagan qismlarni ularni ilgari surgan tomonlar va muqobil variantlarni koʻrsatib, kvadrat qavslarga oling: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} rozi || eʼtiborga oladi]]
texts-distribution-label = Tarqatish
texts-listed-parties = Koʻrsatilgan tomonlar
texts-listed-parties-hint = Koʻrsatilgan tomonlarga tarqatiladigan matn uchun: tomonlar kodlari vergul bilan ajratiladi.
texts-classification-label = Maxfiylik darajasi
texts-circulate = Loyihani tarqatish

## Oʻzgarishdan keyingi xabarnomalar

texts-notice-created = Loyiha tarqatildi.
texts-notice-version = Yangi tahrir chiqarildi.
texts-notice-amendment = Tuzatish taklif etildi.
texts-notice-incorporated = Tuzatish yangi tahrirda hisobga olindi.
texts-notice-declined = Tuzatish rad etildi.
texts-notice-language = Til versiyasi qoʻshildi.

## Matn sahifasi

# $penholder — tomon kodi, $distribution va $classification — matn grifi,
# $language — muzokara tili tegi.
texts-lede-marking = Matn uchun masʼul tomon: { $penholder } · tarqatish: { $distribution } · { $classification } · muzokara tili: { $language }
texts-version = { $version }-tahrir
# $party — tuzatishi ushbu tahrirda hisobga olingan tomon kodi.
texts-version-credited = ({ $party } tomoni tuzatishi hisobga olingan)
texts-open-brackets = { $count ->
        [one] Matnda kvadrat qavslardagi { $count } ta qism qolmoqda: qavslar olib tashlanmaguncha matn qaror qabul qilishga taqdim etilishi mumkin emas.
       *[other] Matnda kvadrat qavslardagi { $count } ta qism qolmoqda: qavslar olib tashlanmaguncha matn qaror qabul qilishga taqdim etilishi mumkin emas.
    }
# Kvadrat qavsdagi boʻsh variant: qismni chiqarib tashlash.
texts-bracket-delete = (chiqarib tashlash)
# Kvadrat qavslar izohi. $number — matndagi qavslar tartib raqami; $alternatives — variantlar.
texts-bracket-describe = kvadrat qavslar { $number } ({ $line }-qator, { $column }-ustun): { $alternatives }
texts-bracket-describe-held = kvadrat qavslar { $number } ({ $line }-qator, { $column }-ustun; ilgari surgan: { $holders }): { $alternatives }
texts-bracket-alternative = “{ $text }”
texts-bracket-alternative-long = “{ $text }…”
texts-bracket-alternative-nothing = chiqarib tashlash
# Kvadrat qavslardagi variantlarni birlashtiradi: "a yoki b", "a, b yoki c".
texts-bracket-or = { $first } yoki { $last }
texts-bracket-list = { $first }, { $rest }

# $version — til versiyalari koʻrsatilayotgan tahrir raqami.
texts-language-versions = { $version }-tahrirning til versiyalari
texts-language-status-authentic = asl matn
texts-language-status-translation = tarjima
texts-prevailing = ustun kuchga ega

texts-procedures = Qaror qabul qilish tartib-taomillari
texts-procedures-none = Hozircha yoʻq.
# $kind — tartib-taomil turi, $version — qaror qabul qilinadigan tahrir.
texts-procedure-on-version = { $kind }, { $version }-tahrir
texts-open-procedure = Tartib-taomilni ochish
texts-open-procedure-on = { $version }-tahrir boʻyicha tartib-taomilni ochish
texts-procedure-label = Tartib-taomil
texts-procedure-in-session = yigʻilishda qabul qilinadigan qaror (ochilgan yigʻilishda ishtirok etayotgan tomonlar)
texts-procedure-meeting = Yigʻilish (yigʻilishda qabul qilinadigan qaror uchun)
texts-procedure-meeting-none = tanlanmagan
# $zone — oʻquvchining vaqt mintaqasi, masalan, Asia/Tashkent.
texts-procedure-deadline = Muddat ({ $zone })
texts-procedure-open = Ochish

texts-amendments = Tuzatishlar
texts-amendments-none = Hech qanday tuzatish taklif etilmagan.
# $party — taklif etgan tomon kodi; $version — tuzatish kiritilayotgan tahrir.
texts-amendment-heading = { $party } tomoni, { $version }-tahrir
texts-amendment-proposed = taklif etilgan
texts-amendment-incorporated = hisobga olingan
texts-amendment-declined = rad etilgan
texts-amendment-reason = Asoslash:
texts-amendment-answer = Matn uchun masʼul tomonning javobi:
texts-incorporate = Hisobga olish
texts-decline-reason = Rad etish sababi
texts-decline = Rad etish
texts-propose = Tuzatish taklif etish
texts-propose-to = { $version }-tahrirga tuzatish taklif etish
texts-passage = Almashtiriladigan qism
texts-replacement = Yangi matn
texts-reason = Asoslash
texts-propose-button = Taklif etish

texts-add-language-to = { $version }-tahrirning til versiyasini qoʻshish
texts-add-language = Til versiyasini qoʻshish
texts-language-label = Til
texts-language-hint = Til tegi: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Maqomi
texts-prevailing-label = Tafovut yuzaga kelganda ustun kuchga ega
texts-add-language-button = Til versiyasini qoʻshish
texts-new-version = Yangi tahrir chiqarish
texts-new-version-body = { $version }-tahrir matni
texts-new-version-button = { $version }-tahrirni chiqarish

texts-versions = Tahrirlar
# $party — tuzatishi ushbu tahrirda hisobga olingan tomon kodi.
texts-version-credits = { $party } tomoni tuzatishi hisobga olingan
