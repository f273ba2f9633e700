# Barcha sahifalar uchun umumiy soʻzlar: ramka, sanalar, tillar.

# Vaqt mintaqasi soati boʻyicha vaqt. $date va $time allaqachon til qoidalariga koʻra yozilgan;
# $zone — vaqt mintaqasini nomlovchi shahar.
date-time-in-zone = { $date }, { $time } ({ $zone })

## Har bir sahifaning ramkasi

frame-skip-to-content = Asosiy mazmunga oʻtish
frame-nav-label = Asosiy menyu
frame-nav-groups = Guruhlar
frame-nav-inbox = Kiruvchi xabarlar
frame-nav-profile = Profil
frame-nav-admin = Maʼmuriy boshqaruv
frame-signed-in-as = Tizimga kirgan foydalanuvchi:
frame-sign-out = Chiqish
frame-sign-in = Kirish
frame-language = Til
frame-language-apply = Qoʻllash
frame-footer = Majlis — guruh faoliyatining rasmiy qaydlari
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = Sahifa yangilandi.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = Sahifa ochilganidan beri oʻzgardi. Oʻzgarishlarni koʻrish uchun uni qayta yuklang; shu paytgacha siz kiritgan matn saqlanadi.
