# Majlislar oraligʻida tarqatiladigan hujjatlar va ularning ilovalari (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs) hamda ularning qoidalari
# boʻyicha rad javoblari.

## Hujjat turlari

paper-kind-non-paper = norasmiy hujjat
paper-kind-note-verbale = verbal nota
paper-kind-background = maʼlumotnoma
paper-kind-report = hisobot
paper-kind-letter = maktub
paper-kind-other = boshqa hujjat

## Guruh sahifasidagi havola

group-papers-link = Tarqatilgan hujjatlar

## Guruh hujjatlari roʻyxati

papers-breadcrumbs = Navigatsiya zanjiri
papers-breadcrumb = Hujjatlar
# $group — guruh kodi.
papers-title = Hujjatlar — { $group }
# $group — guruh nomi.
papers-heading = Hujjatlar: { $group }
papers-lede = Sizga tarqatilgan verbal notalar, maʼlumotnomalar, hisobotlar, maktublar va norasmiy hujjatlar.
papers-count = { $count ->
        [one] Sizga { $count } ta hujjat tarqatilgan.
       *[other] Sizga { $count } ta hujjat tarqatilgan.
    }
papers-empty = Sizga hali birorta ham hujjat tarqatilmagan.
papers-table-label = Hujjatlar
papers-column-symbol = Belgi
papers-column-title = Nomi
papers-column-kind = Turi
papers-column-distribution = Tarqatish
papers-column-classification = Maxfiylik darajasi
papers-no-symbol = belgisiz

papers-circulate = Hujjat tarqatish
papers-title-label = Nomi
papers-kind-label = Turi
papers-kind-hint = Norasmiy hujjatdan tashqari har qanday hujjatga guruh belgisi beriladi.
papers-language-label = Til
papers-language-hint = Til tegi: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Matn
papers-body-hint = CommonMark belgilashi: *kursiv*, **qalin**, roʻyxatlar, sarlavhalar va havolalar.
papers-distribution-label = Tarqatish
papers-listed-label = Koʻrsatilgan tomonlar
papers-listed-hint = Koʻrsatilgan tomonlarga tarqatiladigan hujjat uchun: tomonlar kodlari vergul bilan ajratiladi.
papers-classification-label = Maxfiylik darajasi
papers-circulate-button = Hujjatni tarqatish
papers-notice-created = Hujjat tarqatildi.

## Hujjat sahifasi

# $kind, $distribution va $classification — hujjat soʻzlari, $language — uning tili tegi.
papers-lede-marking = { $kind } · tarqatish: { $distribution } · { $classification } · tili: { $language }
# $party — hujjatni tarqatgan tomon kodi.
papers-circulated-by = Tarqatgan tomon: { $party }
papers-circulated-by-secretariat = Kotibiyat tomonidan tarqatilgan
# $parties — vergul bilan ajratilgan tomonlar kodlari.
papers-listed-to = Koʻrsatilgan tomonlar: { $parties }
papers-attachments = Ilovalar
papers-attachments-none = Ilova yoʻq.
papers-attachments-label = Ilovalar
papers-column-file = Fayl
papers-column-type = Turi
papers-column-size = Hajmi
# $size — baytlar soni.
papers-size-bytes = { $size } bayt
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = Koʻpi bilan { $max }. Fayl bir nusxada saqlanadi va uni faqat ushbu hujjatni koʻra oladiganlar koʻradi.
papers-attach-label = Ilova qilinadigan fayl
papers-attach-button = Faylni ilova qilish
papers-notice-attached = Fayl ilova qilindi.

## Rad javoblari

error-access-circulate-paper = hujjatni faqat kotibiyat yoki aʼzo tomonning elchisi, oʻrinbosari yoki delegatsiya aʼzosi tarqata oladi
error-access-attach-paper = hujjatga faylni faqat uni tarqatgan delegatsiya (oʻz hujjatlariga — kotibiyat) ilova qila oladi
error-conflict-paper-symbol = shu lahzada bu belgi boshqa hujjatga berildi; hujjatni qayta yuboring
error-conflict-attachment-exists = bu fayl hujjatga allaqachon ilova qilingan
# $max — baytlar soni.
error-attachment-file-name-too-long = { $max } baytdan uzun boʻlmasligi kerak
error-attachment-file-name-path = faqat fayl nomi boʻlishi kerak: / va \ belgilarisiz, . yoki .. emas
error-attachment-file-name-control = boshqaruv belgilarini oʻz ichiga olmasligi kerak
error-attachment-media-type = application/pdf kabi media turi boʻlishi va Content-Type sarlavhasida yuborilishi kerak
# $declared — fayl yuborilgan media turi.
error-attachment-media-type-lies = fayl mazmuni { $declared } turiga mos emas; uning haqiqiy media turini yoki application/octet-stream ni koʻrsating
error-attachment-empty = fayl boʻsh
error-attachment-interrupted = fayl toʻliq kelmasdan yuborish uzildi
# $max — MiB dagi chegara, $bytes — baytlarda.
error-attachment-too-large = Fayl { $max } MiB ({ $bytes } bayt) dan katta — hujjat ilovasining eng katta hajmi shu; kichikroq fayl yuboring.
