# Qidiruv (templates/search.html, base.html sarlavhasidagi qidiruv maydoni,
# src/http/pages/search.rs) va qidiruvni rad etish (src/domain/search.rs,
# src/http/input/search.rs).

search-label = Qidiruv
search-placeholder = Qidiruv…
search-button = Topish
search-heading = Qidiruv
search-hint = Soʻzlar rus va ingliz tillarida barcha shakllarida qidiriladi: “railway” soʻrovi “railways”ni ham topadi. Faqat sizga ochiq materiallar boʻyicha qidiriladi.
search-kind = Turi
search-kind-any = Har qanday tur
search-kind-text = Matn
search-kind-paper = Hujjat
search-kind-comment = Izoh
search-kind-decision = Qaror
search-kind-meeting = Majlis
# $count — oʻquvchiga ochiq topilgan materiallar soni.
search-total = { $count ->
        [one] { $count } ta material topildi
       *[other] { $count } ta material topildi
    }
search-none = Sizga ochiq materiallar orasida hech narsa topilmadi.

error-search-empty = qidirish uchun soʻz kiriting
# $max — belgilardagi chegara.
error-search-too-long = qidiruv soʻrovi { $max } belgidan oshmasligi kerak
error-search-control = qidiruv soʻrovi bir qator soʻzdan iborat boʻladi
error-search-meeting = majlis raqami bilan koʻrsatiladi
# $max — bir martada eng koʻp natija.
error-search-limit = 1 dan { $max } gacha butun son
