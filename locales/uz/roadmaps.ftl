# Yoʻl xaritalari va ularning ish yoʻnalishlari (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Navigatsiya zanjiri
roadmaps-breadcrumb = Yoʻl xaritalari

## Ish yoʻnalishining soʻnggi hisobotga koʻra holati

roadmaps-status-not-started = boshlanmagan
roadmaps-status-in-progress = bajarilmoqda
roadmaps-status-done = bajarildi
roadmaps-status-delayed = kechikmoqda
roadmaps-status-cancelled = bekor qilingan

## Shakl yuborilgandan keyin

roadmaps-notice-roadmap = Yoʻl xaritasi roʻyxatga olindi.
roadmaps-notice-line = Ish yoʻnalishi qoʻshildi.
roadmaps-notice-report = Hisobotingiz roʻyxatga olindi.

## Guruhning yoʻl xaritalari

# Brauzerdagi sahifa sarlavhasi; $group — guruh kodi.
roadmaps-list-title = Yoʻl xaritalari: { $group }
# $group — guruh nomi.
roadmaps-list-heading = Yoʻl xaritalari: { $group }
roadmaps-list-lede = Guruh ijrosini nazorat qiladigan rejalar va sizga ochiq ish yoʻnalishlari.
roadmaps-list-none = Hozircha yoʻl xaritalari roʻyxatga olinmagan.
roadmaps-column-roadmap = Yoʻl xaritasi
roadmaps-column-from = Boshlanishi
roadmaps-column-to = Tugashi
roadmaps-column-adopted-by = Tasdiqlagan qaror
roadmaps-column-lines = Ish yoʻnalishlari
roadmaps-column-overdue = Muddati oʻtgan
roadmaps-no-decision = qaror koʻrsatilmagan
# Yoʻl xaritasining nechta ish yoʻnalishi muddati oʻtgan.
roadmaps-overdue-count = muddati oʻtgan: { $count }
roadmaps-record-heading = Yoʻl xaritasini roʻyxatga olish
roadmaps-field-title = Nomi
roadmaps-field-starts-on = Boshlanish sanasi
roadmaps-field-ends-on = Tugash sanasi
roadmaps-field-decision = Tasdiqlagan qaror
roadmaps-field-decision-none = koʻrsatilmagan
roadmaps-record-button = Yoʻl xaritasini roʻyxatga olish

## Yoʻl xaritasi

# $group — guruh nomi; $from va $to — sanalar.
roadmaps-roadmap-lede = Yoʻl xaritasi: { $group }; amal qilish davri: { $from } — { $to }
# Yuqoridagidek; $decision — yoʻl xaritasini tasdiqlagan qarorning shartli belgisi.
roadmaps-roadmap-lede-adopted = Yoʻl xaritasi: { $group }; amal qilish davri: { $from } — { $to } · { $decision } qarori bilan tasdiqlangan
roadmaps-lines-heading = Ish yoʻnalishlari
roadmaps-lines-none = Sizga ochiq ish yoʻnalishlari yoʻq.
roadmaps-column-line = Ish yoʻnalishi
roadmaps-column-track = Hamkorlik sohasi
roadmaps-column-led-by = Yetakchi tomonlar
roadmaps-column-due = Muddat
roadmaps-column-status = Holati
roadmaps-column-progress = Bajarilishi
# Muddati oʻtgan ish yoʻnalishi yonidagi belgi.
roadmaps-overdue = muddati oʻtgan
# $line — ish yoʻnalishining nomi.
roadmaps-line-progress-label = Bajarilishi: { $line }
roadmaps-add-line-heading = Ish yoʻnalishini qoʻshish
roadmaps-field-leads-hint = Tomonlar kodlari vergul bilan ajratiladi, masalan: KG, TJ.
roadmaps-field-participants = Ishtirok etuvchi tomonlar
roadmaps-field-participants-hint = Boshqa tomonlar, vergul bilan ajratiladi.
roadmaps-field-due-on = Bajarish muddati
roadmaps-field-deliverable = Kutilayotgan natija
roadmaps-field-distribution = Tarqatish
roadmaps-field-distribution-hint = Ish yoʻnalishida ishtirok etuvchi barcha tomonlar uni koʻra olishi lozim.
roadmaps-field-listed = Koʻrsatilgan tomonlar
roadmaps-field-listed-hint = Koʻrsatilgan tomonlarga tarqatiladigan ish yoʻnalishi uchun: tomonlar kodlari vergul bilan ajratiladi, rais tomoni ham ular qatorida boʻlishi shart.
roadmaps-field-classification = Maxfiylik darajasi
roadmaps-add-line-button = Ish yoʻnalishini qoʻshish

## Ish yoʻnalishi

# $progress — foizlarda butun son.
roadmaps-progress-done = { $progress } % bajarildi
roadmaps-line-heading = Ish yoʻnalishi
roadmaps-no-other-party = boshqa tomonlar yoʻq
roadmaps-line-starts = Boshlanishi
roadmaps-report-heading = Bajarilish toʻgʻrisida hisobot
roadmaps-field-party = Tomon nomidan
# $party — oʻquvchi tomonining kodi.
roadmaps-field-party-hint = Sizning tomoningiz: { $party }.
roadmaps-field-progress = Bajarilishi (foizda)
roadmaps-report-button = Hisobotni roʻyxatga olish
roadmaps-reports-heading = Bajarilish toʻgʻrisidagi hisobotlar
roadmaps-reports-none = Ushbu ish yoʻnalishi boʻyicha tomonlarning hisobotlari hozircha yoʻq.
roadmaps-column-as-of = Holat sanasi
roadmaps-column-party = Tomon
roadmaps-column-summary = Qisqacha mazmuni
roadmaps-column-recorded-by = Roʻyxatga olgan
