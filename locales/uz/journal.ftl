# Guruh jurnali: barcha oʻzgarishlar, eng yangilari yuqorida, har bir yozuv oldingisi bilan zanjirga bogʻlangan.

journal-title = { $code } jurnali
journal-breadcrumbs = Navigatsiya zanjiri
journal-breadcrumb-groups = Guruhlar
journal-breadcrumb-journal = Jurnal
# $group: guruh nomi.
journal-heading = Jurnal: { $group }
journal-lede = Barcha oʻzgarishlar, eng yangilari yuqorida. Har bir yozuv oʻzidan oldingi yozuvning xeshini oʻz ichiga oladi, shu bois biror yozuvni sezdirmasdan oʻzgartirish yoki oʻchirish mumkin emas. Sizga tarqatilmagan yozuvlar faqat xeshi bilan koʻrsatiladi.
journal-empty = Hozircha hech narsa qayd etilmagan.
# Tarqatish doirasiga oʻquvchi kirmaydigan yozuv; $seq — uning raqami.
journal-entry-redacted = { $seq }-yozuv — sizga tarqatilmagan
# Yozuvni kim kiritgan: shaxsning ismi yoki quyidagi ikkitadan biri.
journal-entry-by = { $actor } tomonidan
journal-entry-by-party = { $actor } ({ $party }) tomonidan
journal-actor-installation = tizim
# Oʻquvchi guruhda koʻrmaydigan shaxs, hisob qaydnomasi raqami boʻyicha.
journal-actor-user = foydalanuvchi { $id }
