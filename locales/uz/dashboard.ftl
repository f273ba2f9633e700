# Guruhning yigʻma maʼlumot sahifasi (templates/dashboard.html, src/http/pages/dashboard.rs).

# Brauzerdagi sahifa sarlavhasi; $group — guruh kodi.
dashboard-title = Yigʻma maʼlumot: { $group }
dashboard-breadcrumbs = Navigatsiya zanjiri
dashboard-breadcrumb = Yigʻma maʼlumot
# $group — guruh nomi.
dashboard-heading = Yigʻma maʼlumot: { $group }
# $today — til qoidalariga koʻra yozilgan sana.
dashboard-lede = { $today } holatiga koʻra; faqat sizga ochiq materiallar hisobga olingan.

dashboard-overdue-heading = Muddati oʻtgan ish yoʻnalishlari
dashboard-overdue-none = Muddati oʻtgan ish yoʻnalishlari yoʻq.
# Muddati oʻtgan ish yoʻnalishi yonidagi belgi.
dashboard-overdue = muddati oʻtgan
# Ish yoʻnalishi nomidan keyingi maʼlumotlar. $due — sana; $leads — yetakchi tomonlar kodlari
# (KZ, UZ); $status — holati soʻz bilan; $progress — foizlarda butun son.
dashboard-line-facts = muddat: { $due }; yetakchi tomonlar: { $leads }; { $status }; { $progress } % bajarildi

dashboard-soon-heading = Muddati yaqin 90 kun ichida tugaydigan ish yoʻnalishlari
dashboard-soon-none = Yaqin 90 kun ichida muddati tugaydigan ish yoʻnalishlari yoʻq.

dashboard-procedures-heading = Ochiq tartib-taomillar
dashboard-procedures-none = Ochiq tartib-taomillar yoʻq.
dashboard-column-text = Matn
dashboard-column-procedure = Tartib-taomil
dashboard-column-deadline = Muddat (sizning vaqtingiz boʻyicha)
dashboard-column-your-party = Tomoningiz
dashboard-asked-to-answer = javob talab etiladi

dashboard-figures-heading = Koʻrsatkichlarning soʻnggi qiymatlari
dashboard-no-indicators = Hozircha koʻrsatkichlar kiritilmagan.
dashboard-no-figure = sizga ochiq qiymatlar hozircha yoʻq
# Grafikni koʻra olmaydiganlar uchun matn; $name — koʻrsatkich nomi.
dashboard-chart-alt = “{ $name }” koʻrsatkichi grafigi: barcha qiymatlar manbalar boʻyicha vaqt kesimida; koʻrsatkich sahifasida xuddi shu maʼlumotlar jadvallarda keltirilgan.

dashboard-targets-heading = Maqsadli qiymatlar
dashboard-no-targets = Maqsadli qiymatlar belgilanmagan.
# $pair — hisobot beruvchi va hamkor tomonlar juftligi, masalan, KZ–AF.
dashboard-target-progress-label = { $pair } uchun maqsadli qiymatga erishish jarayoni
dashboard-no-whole-year = toʻliq yil uchun qiymat hozircha yoʻq
# $percent — til qoidalariga koʻra yozilgan foiz (40,6 %).
dashboard-growth-needed = yiliga { $percent } oʻsish talab etiladi
