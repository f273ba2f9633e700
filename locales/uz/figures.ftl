# Koʻrsatkichlar va ularning qiymatlari (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); ijroni nazorat qilish sahifalarining barchasida
# ishlatiladigan summalar, pul qiymatlari va davrlar (src/http/pages/figures/words.rs).

## Sonlar, pul qiymatlari va davrlar

# Ming, million yoki milliardga keltirilgan qiymat; $number til qoidalariga koʻra yozilgan (545,2).
figures-scaled-thousands = { $number } ming
figures-scaled-millions = { $number } mln
figures-scaled-billions = { $number } mlrd
# Oʻlchov birligi bilan qiymat: $unit — valyuta nomi (figures-currency-…) yoki kiritilgan
# birlik; $number — (keltirilgan) son.
figures-amount = { $number } { $unit }
# $number til qoidalariga koʻra yozilgan.
figures-percent = { $number } %
# Toʻliq kalendar yili; $year — uning raqami.
figures-period-year = { $year }-yil
# Bir yilning toʻliq oylari: 2024-yil yanvar–sentabr. $first va $last — CLDR yozgan oy nomlari.
figures-period-months = { $year }-yil { $first }–{ $last }
# Boshqa har qanday davr: uning birinchi va oxirgi kuni, til qoidalariga koʻra yozilgan sanalar.
figures-period-days = { $first } – { $last }

# Valyutalar — summadan keyin keladigan shaklda.
figures-currency-usd = AQSH dollari
figures-currency-eur = yevro
figures-currency-rub = Rossiya rubli
figures-currency-cny = Xitoy yuani
figures-currency-kzt = Qozogʻiston tengesi
figures-currency-uzs = soʻm
figures-currency-kgs = Qirgʻiziston somi
figures-currency-tjs = Tojikiston somonisi
figures-currency-tmt = Turkmaniston manati
figures-currency-afn = afgʻoni
figures-currency-pkr = Pokiston rupiyasi
figures-currency-irr = Eron riali
figures-currency-inr = Hindiston rupiyasi
figures-currency-try = Turkiya lirasi
figures-currency-aed = BAA dirhami
figures-currency-gbp = funt sterling
figures-currency-jpy = Yaponiya iyenasi
figures-currency-chf = Shveysariya franki

# Koʻrsatkich oʻlchaydigan oqim turlari.
figures-flow-turnover = tovar ayirboshlash hajmi
figures-flow-exports = eksport
figures-flow-imports = import

## Manbalar oʻrtasidagi tafovutlar

# $pair — hisobot beruvchi va hamkor juftligi (UZ–AF); $period — davr (2023); $first va $second —
# summalar; $first-source va $second-source — ularni keltirgan manbalar.
figures-conflict-same-period = { $pair } uchun { $period } davridagi qiymatlar bir-biriga mos kelmaydi: { $first } ({ $first-source }) va { $second } ({ $second-source }).
# Yil qismi uchun qiymat butun yil ($year) uchun qiymatdan katta.
figures-conflict-part-exceeds-year = { $pair } uchun { $part-period } davridagi qiymat ({ $part }, { $part-source }) ushbu davrni oʻz ichiga olgan { $year }-yil uchun qiymatdan ({ $whole }, { $whole-source }) oshib ketadi.
# Boshqa davr ($whole-period) qismi uchun qiymat shu davr uchun qiymatdan katta.
figures-conflict-part-exceeds-whole = { $pair } uchun { $part-period } davridagi qiymat ({ $part }, { $part-source }) uni oʻz ichiga olgan { $whole-period } davri uchun qiymatdan ({ $whole }, { $whole-source }) oshib ketadi.

## Guruh koʻrsatkichlari

# Brauzerdagi sahifa sarlavhasi; $group — guruh kodi.
figures-list-title = Koʻrsatkichlar: { $group }
figures-breadcrumbs = Navigatsiya zanjiri
figures-breadcrumb = Koʻrsatkichlar
# $group — guruh nomi.
figures-list-heading = Koʻrsatkichlar: { $group }
figures-no-indicators = Hozircha koʻrsatkichlar kiritilmagan.
figures-indicators-label = Koʻrsatkichlar
figures-column-indicator = Koʻrsatkich
figures-column-unit = Oʻlchov birligi
figures-column-count = Sizga ochiq qiymatlar
figures-column-latest = Soʻnggi qiymat
# Oʻquvchiga ochiq soʻnggi qiymat: $pair, $period, $amount va uni keltirgan $source.
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## Koʻrsatkich

# $unit — koʻrsatkichning oʻlchov birligi (valyuta nomi yoki kiritilgan birlik).
figures-lede = Oʻlchov birligi: { $unit }. Har bir qiymat oʻz manbasi bilan koʻrsatiladi; bir-biriga mos kelmaydigan qiymatlar yonma-yon keltiriladi va hech qachon birlashtirilmaydi.
# Yuqoridagidek, oqim uchun ($flow: figures-flow-…).
figures-lede-flow = Oʻlchov birligi: { $unit }; har bir davr uchun oqim koʻrsatkichi ({ $flow }), shu bois davr qismi uchun qiymat butun davr uchun qiymatdan oshishi mumkin emas. Har bir qiymat oʻz manbasi bilan koʻrsatiladi; bir-biriga mos kelmaydigan qiymatlar yonma-yon keltiriladi va hech qachon birlashtirilmaydi.
# $count ta qiymat import qilingandan keyin.
figures-imported = { $count ->
    [one] { $count } ta qiymat import qilindi; barcha qatorlar saqlandi.
   *[other] { $count } ta qiymat import qilindi; barcha qatorlar saqlandi.
}
figures-conflicts-heading = Manbalar oʻrtasidagi tafovutlar
figures-chart-heading = Grafik
figures-chart-caption = Har bir manba uchun alohida qator; belgilangan nuqta boshqa qiymatga mos kelmaydi. Uzun qator har bir vaqt oraligʻidagi eng kichik va eng katta qiymat hamda barcha mos kelmaydigan qiymatlar boʻyicha chiziladi; jadvallarda va CSV faylida barcha qiymatlar keltirilgan.
figures-download-csv = Sizga ochiq qiymatlarni yuklab olish (CSV)

figures-targets-heading = Maqsadli qiymatlar
figures-no-targets = Maqsadli qiymatlar belgilanmagan.
# Maqsad: $year-yilga qadar yiliga $amount.
figures-target-goal = { $year }-yilga qadar yiliga { $amount }
# $source — maqsad belgilangan manba.
figures-target-source = Manba: { $source }
# $pair — hisobot beruvchi va hamkor juftligi.
figures-target-progress-label = { $pair } uchun maqsadli qiymatga erishish jarayoni
# $percent — maqsadning erishilgan ulushi (18,17 %), $from — hisob asosi boʻlgan qiymat.
figures-target-reached = Erishilgan daraja: { $percent } (hisob asosi: { $from }).
# Erishish darajasi hisoblanadigan qiymat: $period davridagi $amount, $source keltirgan.
figures-target-from = { $amount }, { $period } (manba: { $source })
# $rate — yillik surʼat (figures-rate-per-year).
figures-growth-needed = Talab etiladigan oʻsish: murakkab foiz hisobida { $rate }.
# $percent — til qoidalariga koʻra yozilgan foiz.
figures-rate-per-year = yiliga { $percent }
figures-no-whole-year = Erishish darajasini hisoblash uchun toʻliq yil boʻyicha qiymat hozircha yoʻq.
figures-how-computed = Hisoblash tartibi
# $formula — figures-formula-target, -latest va -years bilan tuzilgan formula.
figures-how-computed-text = Erishish darajasi — juftlikning toʻliq yil boʻyicha soʻnggi qiymatini maqsadli qiymatga boʻlib, 100 ga koʻpaytirish natijasi. Talab etiladigan oʻsish — murakkab foiz hisobida toʻliq yil boʻyicha soʻnggi qiymatni maqsad belgilangan yilga qadar maqsadli qiymatga yetkazadigan yillik surʼat: { $formula }, bu yerda “yillar soni” — maqsad yili bilan soʻnggi qiymat yili oʻrtasidagi farq. Har ikkala kattalik aniq oʻnli arifmetikada hisoblanadi.
figures-formula-target = maqsadli qiymat
figures-formula-latest = soʻnggi qiymat
figures-formula-years = yillar soni

# Bitta hisobot beruvchi va hamkor juftligining ($pair) qiymatlari.
figures-pair-table-label = { $pair } qiymatlari
figures-column-period = Davr
figures-column-value = Qiymat
figures-column-source = Manba
figures-column-note = Izoh
figures-column-distribution = Tarqatish
# Boshqa qiymatga mos kelmaydigan qiymat yonidagi belgi.
figures-disagrees = tafovut
# Juftlikning jadvalda koʻrsatilmagan avvalgi qiymatlari; $link — figures-list-every-figure.
figures-hidden = { $count ->
    [one] { $pair } juftligining avvalgi { $count } ta qiymati grafikda va CSV faylida aks etgan; { $link }.
   *[other] { $pair } juftligining avvalgi { $count } ta qiymati grafikda va CSV faylida aks etgan; { $link }.
}
figures-list-every-figure = barcha qiymatlarni koʻrsatish
figures-none-yet = Sizga ochiq qiymatlar hozircha yoʻq.

figures-record-heading = Koʻrsatkich qiymatini kiritish
figures-field-reporter = Hisobot beruvchi tomon
figures-field-partner = Hamkor (ISO kodi)
figures-field-first-day = Birinchi kun
figures-field-last-day = Oxirgi kun
# $unit — koʻrsatkichning oʻlchov birligi.
figures-field-value = Qiymat ({ $unit })
figures-field-value-help = Faqat raqamlar, zarur boʻlsa nuqta bilan: 545200000
figures-field-source = Manba
figures-field-source-link = Manbaga havola
figures-field-note = Izoh
figures-field-who-sees-it = Kimga ochiq
figures-sees-group = Butun guruhga
figures-sees-members = Faqat guruh aʼzolariga
figures-sees-national = Faqat mening delegatsiyamga
figures-sees-public = Hammaga
figures-record-button = Qiymatni kiritish

figures-import-heading = CSV faylidan qiymatlarni import qilish
# $ours — bizning ustunlar roʻyxati; $year, $period va $rest — UN Comtrade ustunlari nomlari.
figures-import-help = Bizning ustunlar ({ $ours }) yoki UN Comtrade ustunlari ({ $year } yoki { $period }, { $rest }). Yo barcha qatorlar saqlanadi, yo birortasi ham saqlanmaydi.
figures-import-refused = Hech narsa saqlanmadi. Quyidagi qatorlarni tuzating va qayta import qiling:
figures-import-form-label = Qiymatlarni import qilish
figures-import-file = CSV fayli
figures-import-paste = Yoki uning mazmunini joylashtiring
figures-import-source = Barcha qatorlar uchun manba
figures-import-source-placeholder = UN Comtrade
figures-import-button = Import qilish

## Grafik (uning matni tasvirni koʻra olmaydiganlarga oʻqib beriladi)

# Qaysi birlikda ($unit) nechta manbadan ($sources) nechta qiymat ($figures).
figures-chart-summary =
    { $figures ->
        [one] { $figures } ta qiymat
       *[other] { $figures } ta qiymat
    } ({ $sources ->
        [one] { $sources } ta manba
       *[other] { $sources } ta manba
    }); oʻlchov birligi: { $unit }.
figures-chart-no-conflicts = Tafovutlar yoʻq.
# $count ta tafovut, soʻng ularning tavsifi $sentences (figures-conflict-…).
figures-chart-conflicts = { $count ->
    [one] { $count } ta tafovut: { $sentences }
   *[other] { $count } ta tafovut: { $sentences }
}
# Grafik oʻqidagi qiymat: $number (keltirilgan) va $unit.
figures-chart-axis-value = { $number } { $unit }
# Chizilgan bitta qiymat: $pair, $period, uning qiymati $value (keltirilgan) va manbasi $source.
figures-chart-figure = { $pair }, { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair }, { $period }: { $value } ({ $source }); boshqa qiymatga mos kelmaydi
