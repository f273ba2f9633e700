# Tartib-taomil sahifasi: har bir tomonning pozitsiyasi, oʻquvchi qayd eta oladigan harakatlar, xronologiya
# (templates/procedure.html, src/http/pages/procedures/).

procedures-breadcrumbs = Navigatsiya zanjiri
# $kind — tartib-taomil turi, $title — kiritilgan matn sarlavhasi, $version — tartib-taomil
# qaror qabul qiladigan tahrir.
procedures-heading = “{ $title }” matni boʻyicha { $kind }, { $version }-tahrir
# Brauzerdagi sahifa sarlavhasi.
procedures-title = “{ $title }” matni boʻyicha { $kind }
procedures-deadline = Muddat
# $when — oʻquvchining oʻz vaqti boʻyicha sana va vaqt, shahar nomi bilan.
procedures-your-time = sizning vaqtingiz boʻyicha { $when }
procedures-notice-opened = Tartib-taomil ochildi; barcha aʼzo tomonlarga “Kiruvchi xabarlar” boʻlimi orqali xabar berildi.
procedures-notice-recorded = Qayd etildi.
# $decision — qarorning shartli belgisi, uning qaydiga havola.
procedures-adopted-as = { $decision } sifatida qabul qilindi.
procedures-not-adopted = Qabul qilinmadi

## Tartib-taomil nima sababdan qabul qilinmadi

procedures-reason-objected = { $party } tomoni eʼtiroz bildirmoqda: { $reason }
procedures-reason-not-answered = { $party } tomoni pozitsiyasini taqdim etmadi
# $due — poytaxt tasdigʻi muddati (sana va vaqt).
procedures-reason-unconfirmed = { $party } tomoni ad referendum rozilik bildirdi, biroq uning poytaxti buni tasdiqlamadi (tasdiqlash muddati: { $due })
procedures-reason-broke-silence = { $party } tomoni sukutni buzdi: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] Rozilik bildirgan tomonlar: { $concurring }, talab etilgan kvorum: { $quorum }; qolgan tomonlar betaraf qoldi
       *[other] Rozilik bildirgan tomonlar: { $concurring }, talab etilgan kvorum: { $quorum }; qolgan tomonlar betaraf qoldi
    }

## Har bir tomonning pozitsiyasi

procedures-parties = Tomonlarning pozitsiyalari
# $hash — tartib-taomilga qoʻyilgan tahrirning SHA-256 xeshi.
procedures-hash = Tartib-taomilga qoʻyilgan matn: SHA-256 { $hash }.
# $quorum — rozilik bildirishi lozim boʻlgan tomonlar soni.
procedures-quorum = Kvorum: { $quorum }.
procedures-parties-label = Tomonlar
procedures-column-party = Tomon
procedures-column-position = Pozitsiya
procedures-column-text = Matn
procedures-column-recorded = Qayd etilgan
procedures-position-none = pozitsiya hali taqdim etilmagan
procedures-position-broke-silence = sukutni buzdi
procedures-position-silent = sukut saqlamoqda
# $when — harakat qayd etilgan vaqt, $user — uni qayd etgan shaxsning foydalanuvchi nomi.
procedures-recorded-by = { $when }, qayd etgan: { $user }
procedures-statements = Talqin toʻgʻrisidagi bayonotlar

## Pozitsiyani qayd etish (konsensus)

# $party — oʻquvchi nomidan ish yuritayotgan tomon kodi.
procedures-record-heading = { $party } tomonining pozitsiyasi
procedures-record-label = Pozitsiyani qayd etish
procedures-position = Pozitsiya
procedures-choice-concur = Rozilik
procedures-choice-concur-with-statement = Talqin toʻgʻrisidagi bayonot bilan rozilik
procedures-choice-stand-aside = Betaraf qolish (qabul qilinishiga toʻsqinlik qilmaslik; qoʻllamaslik)
procedures-choice-ad-referendum = Ad referendum (poytaxt tomonidan tasdiqlanishi sharti bilan)
procedures-choice-object = Eʼtiroz (qabul qilinishiga toʻsqinlik qiladi; sababini koʻrsating)
procedures-statement = Bayonot (bayonot bilan rozilik yoki betaraf qolish holatida)
procedures-reason = Sabab (eʼtiroz bildirilganda)
procedures-confirm-by = Poytaxt tomonidan tasdiqlash muddati (ad referendum, sizning vaqtingiz boʻyicha)
procedures-record-button = Pozitsiyani qayd etish
procedures-capital-confirms = Poytaxt tasdiqlaydi
procedures-capital-reason = Poytaxt koʻrsatgan sabab
procedures-capital-declines = Poytaxt tasdiqlamaydi

## Sukut saqlash tartib-taomili

procedures-for-party = { $party } tomoni nomidan
procedures-lodge-label = Bayonot berish
procedures-interpretive-statement = Talqin toʻgʻrisidagi bayonot (sukutni buzmaydi)
procedures-lodge-button = Bayonot berish
procedures-break-label = Sukutni buzish
procedures-break-confirm = Sukutning buzilishi tartib-taomilni darhol yakunlaydi: matn qabul qilinmaydi. Davom ettirilsinmi?
procedures-written-objection = Yozma eʼtiroz
procedures-amendment-offered = Taklif etilayotgan tuzatish (ixtiyoriy)
procedures-break-button = Sukutni buzish

## Rais

procedures-chair = Rais
procedures-chair-note-help = Yigʻilishda ishtirok etayotgan, biroq fikr bildirmagan tomonga nisbatan rais eʼtiroz bildirilmaganini qayd etishi mumkin. Qaydda bu raisning qaydi sifatida aks etadi; tomon oʻz pozitsiyasini qayd etish huquqini saqlab qoladi.
procedures-chair-note-button = { $party } tomonidan eʼtiroz bildirilmadi
procedures-extend-label = Muddatni uzaytirish
procedures-new-deadline = Yangi muddat (sizning vaqtingiz boʻyicha)
procedures-extend-button = Uzaytirish
procedures-withdraw-confirm = Ushbu tartib-taomil qaytarib olinsinmi?
procedures-withdraw-button = Qaytarib olish

## Xronologiya: $when — oʻquvchi vaqti boʻyicha sana va vaqt, $party — tomon kodi.

procedures-timeline = Xronologiya
procedures-opened = Ochilgan: { $when }
procedures-event-position = { $when } · { $party } tomoni pozitsiyasini taqdim etdi
procedures-event-confirm = { $when } · { $party } tomoni poytaxti pozitsiyani tasdiqladi
procedures-event-decline = { $when } · { $party } tomoni poytaxti pozitsiyani tasdiqlamadi
procedures-event-break = { $when } · { $party } tomoni sukutni buzdi
procedures-event-statement = { $when } · { $party } tomoni talqin toʻgʻrisidagi bayonot berdi
procedures-event-chair-note = { $when } · rais { $party } tomonidan eʼtiroz bildirilmaganini qayd etdi
procedures-event-extend = { $when } · muddat uzaytirildi
procedures-event-withdraw = { $when } · tartib-taomil qaytarib olindi
procedures-event-superseded = { $when } · tartib-taomil yangisi bilan almashtirildi
# $outcome — tartib-taomil qanday yakunlangani (qabul qilindi, qabul qilinmadi, qaytarib olindi…).
procedures-event-closed = { $when } · { $outcome }
