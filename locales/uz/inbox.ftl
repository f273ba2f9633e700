# Kiruvchi xabarlar: hozir oʻquvchi tomonining ishtirokini talab qiladigan masalalar va yaqinda qabul qilingan qarorlar.

inbox-title = Kiruvchi xabarlar
inbox-heading = Kiruvchi xabarlar
inbox-lede = Hozir sizning yoki tomoningizning ishtirokini talab qiladigan masalalar hamda soʻnggi ikki hafta ichida qabul qilingan qarorlar.
inbox-empty = Hozircha sizning ishtirokingizni talab qiladigan masala yoʻq.

## Har bir bandning belgisi

inbox-label-needs-your-party = tomoningiz javobi kutilmoqda
inbox-label-deadline-soon = muddat 24 soat ichida tugaydi
inbox-label-open = ochiq
inbox-label-adopted = qabul qilindi
inbox-label-not-adopted = qabul qilinmadi
inbox-label-silence-broken = sukut buzildi

## Band oʻquvchidan nimani talab qiladi

inbox-detail-position-needed = Tomoningiz pozitsiyasi talab etiladi.
inbox-detail-under-silence = Sukut saqlash tartib-taomili amalda: qaror qabul qilinishi uchun sukut saqlang yoki eʼtiroz bildirib, sukutni buzing.
# $kind: consensus yoki silence — tartib-taomil turi.
inbox-detail-open = { $kind ->
    [silence] Sukut saqlash tartib-taomili ochiq.
   *[consensus] Konsensus raundi ochiq.
}
inbox-detail-adopted = Qaror qabul qilindi.
# $party: sukutni buzgan tomonning kodi.
inbox-detail-silence-broken = Sukut { $party } tomonidan buzildi.
# $when: sana va vaqt.
inbox-closed = Yopilgan: { $when }.
inbox-deadline = Muddat: { $when }.
