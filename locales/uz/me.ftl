# Shaxsiy sahifa: guruhlardagi oʻrinlar, vaqt mintaqasi, taqvim, seanslar, API tokenlari, parol va
# (maxsus vakillar uchun) oʻrinbosarga vakolat berish.

me-title = Profil
# $username: foydalanuvchining login nomi; $clearance: ruxsatnoma darajasi.
me-lede = Tizimga kirgan foydalanuvchi: { $username }. Ruxsatnoma darajasi: { $clearance }.
me-notice-time-zone = Vaqt mintaqasi saqlandi.
me-notice-authorised = Oʻrinbosarga vakolat berildi.
me-notice-password = Parol oʻzgartirildi. Boshqa seanslaringiz va barcha API tokenlaringiz bekor qilindi.
me-notice-session-ended = Seans yakunlandi.
me-notice-token-revoked = API tokeni bekor qilindi.
me-notice-calendar = Yangi taqvim manzili yaratildi.
# Vaqt hali maʼlum boʻlmaganda (seans boshqa koʻrilmagan, token hech qachon ishlatilmagan).
me-never = hech qachon

me-seats-heading = Guruhlardagi oʻrinlaringiz
me-seats-empty = Siz hech bir guruhda oʻrin egallamaysiz.
# Oʻrin: $group — guruh nomi, $role — shaxsning undagi roli; $party — tomon kodi.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }, { $party } tomoni

me-time-zone-heading = Vaqt mintaqasi
me-time-zone-intro = Vaqt yigʻilish oʻtkaziladigan joyning mintaqasi va sizning mintaqangiz boʻyicha koʻrsatiladi.
me-time-zone-form = Vaqt mintaqasi
me-time-zone-label = Vaqt mintaqangiz
me-time-zone-hint = IANA bazasidagi nom, masalan, Asia/Tashkent yoki Europe/Moscow.
me-time-zone-save = Saqlash

me-calendar-heading = Taqvim
me-calendar-intro = Taqvim dasturlarida obuna boʻlish mumkin boʻlgan shaxsiy manzil; unda sizga koʻrinadigan barcha yigʻilishlar sanab oʻtilgan.
me-calendar-new-address = Taqvimning yangi manzili (faqat bir marta koʻrsatiladi): { $url }
me-calendar-form = Taqvim
me-calendar-confirm = Yangi manzil avvalgisining oʻrnini egallaydi. Davom ettirilsinmi?
me-calendar-renew = Taqvimning yangi manzilini yaratish

me-actions = Amallar
me-sessions-heading = Faol seanslar
me-sessions-intro = Siz tizimga kirgan barcha brauzerlar. Sizga notanish seanslarni yakunlang; parol oʻzgartirilganda joriy seansdan tashqari barcha seanslar yakunlanadi.
me-sessions-table = Faol seanslar
me-sessions-signed-in = Kirilgan vaqt
me-sessions-last-seen = Soʻnggi faollik
me-sessions-expires = Amal qilish muddati
me-sessions-this = joriy seans
me-sessions-confirm-this = Ushbu brauzerda tizimdan chiqilsinmi?
me-sessions-sign-out = Yakunlash

me-tokens-heading = API tokenlari
# $route: token yaratadigan API chaqiruvi.
me-tokens-empty = Sizda API tokenlari yoʻq. Dasturlar ularni { $route } orqali oladi.
me-tokens-intro = Sizning nomingizdan ish yurituvchi dasturlar. Bekor qilingan token darhol amal qilishdan toʻxtaydi.
me-tokens-table = API tokenlari
me-tokens-name = Nomi
me-tokens-created = Yaratilgan
me-tokens-last-used = Soʻnggi foydalanish
me-tokens-expires = Amal qilish muddati
# $name: shaxs tokenga bergan nom.
me-tokens-confirm-revoke = “{ $name }” tokeni bekor qilinsinmi? Undan foydalanayotgan dasturlar ishlashdan toʻxtaydi.
me-tokens-revoke = Bekor qilish

me-password-heading = Parolni oʻzgartirish
me-password-intro = Parol oʻzgartirilganda boshqa seanslaringiz va barcha API tokenlaringiz bekor qilinadi; joriy seans saqlanib qoladi.
me-password-form = Parolni oʻzgartirish
me-password-current = Joriy parol
me-password-new = Yangi parol
me-password-hint = Kamida 12 ta belgi, topish qiyin boʻlsin: bir nechta kam uchraydigan soʻzlar yaxshi mos keladi. Uni foydalanuvchi nomingiz yoki ismingizdan tuzmang.
me-password-submit = Parolni oʻzgartirish

me-authorise-heading = Oʻrinbosarga vakolat berish
me-authorise-intro = Oʻrinbosaringiz siz belgilagan vaqtgacha tomoningiz pozitsiyalarini qayd eta oladi. Vakolat berilishi jurnalga yoziladi.
me-authorise-form = Oʻrinbosarga vakolat berish
me-authorise-group = Guruh
me-authorise-deputy = Oʻrinbosarning foydalanuvchi nomi
# $zone: shaxsning vaqt mintaqasi, masalan, Asia/Almaty.
me-authorise-until = Muddati (sizning vaqtingiz boʻyicha, { $zone })
me-authorise-submit = Vakolat berish

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Pochta
me-mail-intro = Majlis sizga tomoningizdan javob talab qilinadigan masalalar va qabul qilingan qarorlar haqida pochta orqali xabar beradi. “Maxfiy emas”dan yuqori grifli materiallar haqidagi xatda faqat raqami, nomi va havola koʻrsatiladi, matni emas.
me-mail-form = Pochta sozlamalari
me-mail-email = Elektron pochta manzilingiz
me-mail-email-hint = Xat olmaslik uchun maydonni boʻsh qoldiring.
me-mail-tell-me = Menga xabar bering
me-mail-asked = tomonimdan pozitsiya soʻralganda yoki sukut tartibi ochilganda
me-mail-deadline = tomonim hali javob bermagan muddatdan bir kun oldin
me-mail-adopted = qaror qabul qilinganda
me-mail-digest = Alohida xatlar oʻrniga har kuni ertalab bitta jamlanma yuborilsin
me-mail-save = Pochta sozlamalarini saqlash
me-notice-mail = Pochta sozlamalari saqlandi.
