# Foydalanuvchining guruhlari va guruh sahifasi.

## Foydalanuvchi guruhlari roʻyxati

groups-title = Guruhlaringiz
groups-heading = Guruhlaringiz
groups-empty = Siz hali hech bir guruhga kiritilmagansiz. Tomoningiz delegatsiyasi tarkibiga kiritish uchun tizim administratoriga murojaat qiling.
groups-found-a-group = Guruhni taʼsis etish

# Guruh tomonlari maqomi boʻyicha, masalan, "4 aʼzo, 1 kuzatuvchi": har bir qism quyidagilardan biri,
# groups-composition-separator bilan birlashtiriladi.
groups-composition-members = { $count ->
    [one] { $count } aʼzo
   *[other] { $count } aʼzo
}
groups-composition-observers = { $count ->
    [one] { $count } kuzatuvchi
   *[other] { $count } kuzatuvchi
}
groups-composition-guests = { $count ->
    [one] { $count } mehmon
   *[other] { $count } mehmon
}
groups-composition-separator = {", "}

## Guruh sahifasi

group-breadcrumbs = Navigatsiya zanjiri
group-breadcrumb-groups = Guruhlar
group-work-nav = Guruh faoliyati
group-nav-dashboard = Yigʻma maʼlumot
group-nav-roadmaps = Yoʻl xaritalari
group-nav-figures = Koʻrsatkichlar
group-nav-agreements = Kelishuvlar
group-nav-engagements = Hokimiyat organlari bilan aloqalar

group-meetings-heading = Yigʻilishlar
group-plan-meeting = Navbatdagi yigʻilishni rejalashtirish
group-meetings-hidden = Yigʻilishlarni faqat guruh delegatsiyalari va kotibiyati koʻradi.
group-meetings-empty = Hozircha yigʻilishlar yoʻq.
group-meetings-table = Yigʻilishlar
group-meeting-column = Yigʻilish
group-when-column = Vaqti
group-where-column = Joyi
group-status-column = Holati
# $party: yigʻilishni qabul qiluvchi tomonning nomi.
group-meeting-host = mezbon tomon: { $party }
# $time: yigʻilish boshlanishi oʻquvchining oʻz vaqti boʻyicha.
group-meeting-viewer-time = sizning vaqtingiz boʻyicha { $time }

group-about-heading = Guruh haqida
group-code = Kod
group-working-languages = Ish tillari
group-secretariat-time-zone = Kotibiyatning vaqt mintaqasi
group-rotation = Rotatsiya tartibi
group-quorum = Kvorum
group-quorum-value = { $members ->
    [one] { $members } aʼzodan
   *[other] { $members } aʼzodan
    } { $quorum }
# Guruh kvorumni belgilamagan holat: aʼzolarning yarmidan koʻpi.
group-quorum-majority = { $members ->
    [one] { $members } aʼzodan
   *[other] { $members } aʼzodan
    } { $quorum } (yarmidan koʻpi)
group-min-silence = Sukut saqlash tartib-taomilining eng qisqa muddati
group-min-silence-hours = { $hours ->
    [one] { $hours } soat
   *[other] { $hours } soat
}
group-texts-link = Muzokaralar jarayonidagi matnlar
group-decisions-link = Qarorlar
group-public-record-link = ochiq reyestr
group-journal-link = Guruh jurnali

group-parties-heading = Tomonlar va delegatsiyalar
group-parties-table = Tomonlar va delegatsiyalar
group-party-column = Tomon
group-standing-column = Maqomi
group-delegation-column = Delegatsiya
group-no-one-placed = tarkibi hali belgilanmagan
group-secretariat-heading = Kotibiyat
group-authorisations-heading = Pozitsiyalarni qayd etish vakolati berilgan oʻrinbosarlar
# $party: tomon kodi; $name: uning nomi; $deputy va $envoy: shaxslarning ismlari; $until:
# sana va vaqt.
group-authorisation = { $party } ({ $name }): { $deputy } — vakolat bergan: { $envoy }; muddati: { $until }
