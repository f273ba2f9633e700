# Kelishuvlar reyestri va hokimiyat organlari bilan aloqalar qaydlari (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Navigatsiya zanjiri

## Kelishuvlar

# Brauzerdagi sahifa sarlavhasi; $group — guruh kodi.
followup-agreements-title = Kelishuvlar: { $group }
followup-agreements-breadcrumb = Kelishuvlar
# $group — guruh nomi.
followup-agreements-heading = Guruh tomonlarining kelishuvlari: { $group }
followup-agreements-lede = Tomonlar oʻz hamkorlari bilan imzolagan kelishuvlar, har biri manbasi koʻrsatilgan holda. Jami summalar sizga ochiq kelishuvlar asosida har bir tomon va valyuta boʻyicha keltiriladi; turli valyutalardagi summalar hech qachon qoʻshilmaydi.
followup-totals-heading = Jami
followup-agreements-none = Sizga ochiq kelishuvlar yoʻq.
followup-column-party = Tomon
followup-column-agreements = Kelishuvlar
followup-column-value = Summa
# Tomonning birorta kelishuvida summa koʻrsatilmaganda jami.
followup-no-value = summa koʻrsatilmagan
followup-registry-heading = Reyestr
followup-registry-label = Kelishuvlar
followup-column-agreement = Kelishuv
followup-column-parties = Tomonlar
followup-column-track = Hamkorlik sohasi
followup-column-signed = Imzolangan
followup-column-count = Soni
followup-column-status = Holati
followup-column-source = Manba
followup-column-distribution = Tarqatish
# Kelishuv qachon va qayerda imzolangani: $date — sana, $place — kiritilgan joy.
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = imzolangan
followup-agreement-status-in-force = kuchga kirgan
followup-agreement-status-implemented = bajarilgan
followup-agreement-status-stalled = ijrosi toʻxtatilgan
followup-agreement-status-terminated = bekor qilingan

followup-agreement-record-heading = Kelishuvni roʻyxatga olish
followup-field-title = Nomi
followup-field-party = Tomon
followup-field-counterpart-code = Hamkor (kodi)
followup-field-track = Hamkorlik sohasi
followup-field-signed-on = Imzolangan sana
followup-field-place = Joyi
followup-field-count = Ushbu yozuv qamrab oladigan kelishuvlar soni
# Kiritilgan qiymat butun son boʻlmaganda maydon ostida koʻrsatiladi.
followup-count-not-whole = butun son boʻlishi kerak
followup-field-value = Summa
followup-field-value-help = Valyutaning butun birliklarida, masalan, 2500000000; summa eʼlon qilinmagan boʻlsa, maydonni boʻsh qoldiring.
followup-field-currency = Valyuta (ISO 4217 kodi)
followup-field-status = Holati
followup-field-source = Manba
followup-field-source-link = Manbaga havola
followup-field-who-sees-it = Kimga ochiq
followup-sees-group = Butun guruhga
followup-sees-members = Faqat guruh aʼzolariga
followup-sees-national = Faqat mening delegatsiyamga
followup-sees-public = Hammaga
followup-agreement-record-button = Kelishuvni roʻyxatga olish

## Hokimiyat organlari bilan aloqalar

# Brauzerdagi sahifa sarlavhasi; $group — guruh kodi.
followup-engagements-title = Hokimiyat organlari bilan aloqalar: { $group }
followup-engagements-breadcrumb = Aloqalar
followup-engagements-heading = Hokimiyat organlari bilan aloqalar
followup-engagements-lede = Har bir tomonning hamkor davlat hokimiyat organlari bilan aloqalari toʻgʻrisidagi oʻz qaydlari. Qayd, agar tomonning maxsus vakili tarqatish doirasini kengaytirmasa, faqat uni kiritgan delegatsiyaga ochiq boʻladi.
followup-engagements-records-heading = Sizga ochiq qaydlar
followup-engagements-none = Sizga ochiq qaydlar yoʻq.
# Qayd sarlavhasi: $party (kod) $counterpart bilan $date sanasida, $place joyida uchrashgan.
followup-engagement-heading = { $party } — { $counterpart }, { $place }, { $date }
followup-engagement-level = Darajasi
followup-engagement-tracks = Hamkorlik sohalari
followup-engagement-summary = Qisqacha mazmuni
followup-engagement-follow-up = Keyingi harakatlar
followup-widen-confirm = Ushbu qayd koʻproq shaxslarga ochilsinmi? Bu amalni bekor qilib boʻlmaydi.
followup-widen-label = Kimga ochish
followup-widen-members = guruh aʼzolariga
followup-widen-group = butun guruhga
followup-widen-public = hammaga
followup-widen-button = Kengaytirish
# $party — oʻquvchi tomonining kodi.
followup-engagement-record-heading = { $party } tomonining aloqasini roʻyxatga olish
followup-engagement-form-label = Aloqani roʻyxatga olish
followup-field-date = Sana
# Yangi qayd shaklida taklif qilinadigan joy.
followup-engagement-place-default = Kobul
followup-engagement-level-example = Maxsus vakil
followup-field-counterpart = Hokimiyat organi
followup-engagement-counterpart-example = Savdo va sanoat vazirligi
followup-engagement-sees-members = Guruh aʼzolariga
followup-engagement-sees-group = Butun guruhga
followup-engagement-record-button = Roʻyxatga olish
