# Yigʻilish sahifasi va uni rejalashtirish shakli (templates/meeting.html, meeting_form.html,
# src/http/pages/meetings.rs).

meetings-breadcrumbs = Navigatsiya zanjiri
meetings-breadcrumb-new = Yangi yigʻilish

## Yigʻilish nomi. $ordinal — guruhning ushbu formatdagi yigʻilishlari orasidagi tartib raqami
## (oʻzbek tilida tartib son chiziqcha bilan yoziladi: 1-, 2-, 3-…).

meetings-name-envoys = { $ordinal }-yigʻilish
meetings-name-senior-officials = Yuqori lavozimli rasmiylar darajasidagi { $ordinal }-yigʻilish
meetings-name-experts = Ekspertlar darajasidagi { $ordinal }-yigʻilish
meetings-name-ministers = Vazirlar darajasidagi { $ordinal }-yigʻilish
meetings-name-extraordinary = { $ordinal }-navbatdan tashqari yigʻilish

## Yigʻilish sahifasi

# $meeting — yigʻilish nomi (yuqorida); $group — kiritilgan guruh nomi.
meetings-heading = { $group }: { $meeting }
meetings-notice-planned = Yigʻilish rejalashtirildi.
meetings-notice-saved = Oʻzgarishlar saqlandi.
meetings-notice-agenda = Kun tartibi yangilandi.
meetings-notice-attendance = Ishtirokchilar tarkibi yangilandi.
meetings-notice-status = Yigʻilish holati oʻzgartirildi.

meetings-details = Yigʻilish haqida maʼlumot
meetings-format = Format
meetings-host = Mezbon tomon
meetings-chair = Rais
meetings-starts = Boshlanishi
meetings-ends = Tugashi
meetings-venue-time-zone = Oʻtkaziladigan joyning vaqt mintaqasi
meetings-invited-guests = Taklif etilgan mehmonlar
# $when — oʻquvchining oʻz vaqti boʻyicha sana va vaqt, shahar nomi bilan.
meetings-your-time = sizning vaqtingiz boʻyicha { $when }
meetings-add-to-calendar = Taqvimimga qoʻshish (.ics)

meetings-convene = Yigʻilishni ochish
meetings-convene-confirm = Yigʻilish ochilgan deb belgilansinmi?
meetings-conclude = Yigʻilishni yopish
meetings-conclude-confirm = Yigʻilish yakunlangan deb belgilansinmi? Shundan soʻng uning kun tartibi va maʼlumotlari arxivga oʻtadi.
meetings-cancel = Yigʻilishni bekor qilish
meetings-cancel-confirm = Ushbu yigʻilish bekor qilinsinmi?
meetings-plan-again = Rejalashtirish
meetings-plan-again-confirm = Yigʻilish rejalashtirilsinmi?

meetings-attendance = Ishtirokchilar tarkibi
meetings-attendance-empty = Ishtirokchilar kiritilmagan.
meetings-party = Tomon
meetings-person = Ishtirokchi
meetings-person-title = Lavozimi
meetings-actions = Amallar
# $name — kiritilgan shaxs ismi.
meetings-attendance-remove-confirm = { $name } ishtirokchilar tarkibidan chiqarilsinmi?
meetings-remove = Chiqarish
meetings-record-attendance = Ishtirokchini kiritish
meetings-person-name = Familiyasi, ismi
meetings-record = Kiritish

meetings-agenda = Kun tartibi
meetings-agenda-empty = Kun tartibi boʻsh.
meetings-agenda-move-up = Yuqoriga koʻchirish
meetings-agenda-move-down = Pastga koʻchirish
meetings-agenda-remove-confirm = “{ $title }” bandi kun tartibidan chiqarilsinmi?
meetings-edit = Tahrirlash
# $number — bandning kun tartibidagi oʻrni.
meetings-agenda-edit-label = Kun tartibining { $number }-bandini tahrirlash
meetings-agenda-title = Nomi
meetings-agenda-description = Tavsifi
meetings-save = Saqlash
meetings-agenda-add = Kun tartibiga band qoʻshish
meetings-agenda-add-button = Band qoʻshish

meetings-change = Vaqt, joy, mezbon tomon yoki raisni oʻzgartirish
meetings-edit-label = Yigʻilish maʼlumotlarini tahrirlash
meetings-city = Shahar
meetings-venue = Oʻtkaziladigan joy
meetings-starts-venue-time = Boshlanishi (mahalliy vaqt boʻyicha)
meetings-ends-venue-time = Tugashi (mahalliy vaqt boʻyicha)
meetings-save-changes = Oʻzgarishlarni saqlash

## Yigʻilishni rejalashtirish

meetings-plan-title = Yigʻilishni rejalashtirish
# $group — kiritilgan guruh nomi.
meetings-plan-heading = Yigʻilishni rejalashtirish: { $group }
meetings-plan-lede = Agar siz boshqacha tanlamasangiz, mezbon tomon va rais rotatsiya tartibida belgilanadi. Vaqt oʻtkaziladigan joyning mahalliy vaqti boʻyicha koʻrsatiladi.
# $party — rotatsiya boʻyicha navbatdagi aʼzo tomon kodi.
meetings-next-in-rotation = Rotatsiya boʻyicha navbatdagi tomon: { $party }.
meetings-chair-is-host = Mezbon tomon
meetings-time-zone-hint = IANA bazasidagi nom, masalan, Asia/Bishkek yoki Europe/Vienna.
meetings-invited-guest-parties = Taklif etilgan mehmon tomonlar
# $parties — guruhning mehmon tomonlari kodlari, vergul bilan ajratilgan.
meetings-guests-hint = Kodlar vergul bilan ajratiladi; guruhning mehmon tomonlari: { $parties }.
meetings-plan-button = Yigʻilishni rejalashtirish
meetings-plan-cancel = Bekor qilish
