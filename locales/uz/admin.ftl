# Administrator sahifasi: hisob qaydnomalari, guruhlarni taʼsis etish, shaxslarni delegatsiyalarga kiritish.

admin-title = Maʼmuriy boshqaruv
admin-heading = Maʼmuriy boshqaruv
admin-lede = Ushbu tizimning hisob qaydnomalari, guruhlari va delegatsiyalari. Administrator, agar oʻzi biror delegatsiya tarkibiga kiritilmagan boʻlsa, guruhlarning ishini koʻrmaydi.
admin-notice-user = Hisob qaydnomasi yaratildi.
admin-notice-group = Guruh taʼsis etildi.
admin-notice-placed = Foydalanuvchi guruhga kiritildi.
admin-notice-disabled = Hisob qaydnomasi bloklandi.
admin-notice-password = Parol oʻrnatildi. Ushbu foydalanuvchining barcha seanslari va API tokenlari bekor qilindi.

admin-username = Foydalanuvchi nomi
admin-clearance = Ruxsatnoma darajasi

admin-create-account-heading = Hisob qaydnomasini yaratish
admin-username-hint = Kichik lotin harflari bilan, masalan, kz.envoy
admin-full-name = Toʻliq ismi
admin-initial-password = Boshlangʻich parol
admin-initial-password-hint = Kamida 12 ta belgi, topish qiyin boʻlsin.
admin-time-zone = Vaqt mintaqasi
admin-create-account-submit = Hisob qaydnomasini yaratish

admin-place-heading = Foydalanuvchini guruhga kiritish
admin-place-no-group = Avval guruhni taʼsis eting.
admin-place-group = Guruh
admin-place-party = Tomon kodi
admin-place-party-hint = Kotibiyat uchun boʻsh qoldiring.
admin-place-role = Roli
admin-place-title = Lavozimi
admin-place-submit = Kiritish

admin-set-password-heading = Parol oʻrnatish
admin-set-password-intro = Parolini yoʻqotgan yoki paroli boshqalarga maʼlum boʻlib qolgan boʻlishi mumkin boʻlgan foydalanuvchi uchun. Ushbu foydalanuvchining barcha seanslari va API tokenlari darhol bekor qilinadi.
admin-set-password-account = Hisob qaydnomasi
admin-set-password-new = Yangi parol
admin-set-password-hint = Kamida 12 ta belgi, topish qiyin boʻlsin; uni foydalanuvchi nomi yoki egasining ismidan tuzmang.
admin-set-password-submit = Parolni oʻrnatish

admin-found-group-heading = Guruhni taʼsis etish
admin-group-code = Kod
admin-group-code-hint = Hujjatlarning shartli belgilarida ishlatiladi, masalan, CGA.
admin-group-name = Nomi
admin-group-languages = Ish tillari
admin-group-languages-hint = Vergul bilan ajratib, masalan: rus, ingliz.
admin-group-time-zone = Kotibiyatning vaqt mintaqasi
admin-group-parties = Tomonlar
# $example: namuna qator, masalan, "KZ, Kazakhstan, member" (maqom soʻzlari yozilganicha qoladi:
# shakl aynan ularni oʻqiydi).
admin-group-parties-hint = Har bir qatorda bittadan: kod, nomi, maqomi (member — aʼzo, observer — kuzatuvchi, guest — mehmon). Masalan: { $example }
admin-group-rotation = Rotatsiya tartibi
admin-group-rotation-hint = Aʼzolarning kodlari yigʻilishlarni qabul qilish tartibida, vergul bilan ajratib.
admin-group-quorum = Kvorum
admin-group-quorum-hint = Kvorum aʼzolarning yarmidan koʻpini tashkil etishi uchun boʻsh qoldiring.
admin-group-min-silence = Sukut saqlash tartib-taomilining eng qisqa muddati (soatlarda)
admin-found-group-submit = Guruhni taʼsis etish

admin-accounts-heading = Hisob qaydnomalari
admin-accounts-name = Ismi
admin-accounts-state = Holati
admin-accounts-actions = Amallar
admin-accounts-administrator = administrator
admin-accounts-disabled = bloklangan
admin-accounts-active = faol
# $username: bloklanadigan hisob qaydnomasining login nomi.
admin-accounts-confirm-disable = { $username } bloklansinmi? Uning barcha seanslari darhol yakunlanadi.
admin-accounts-disable = Bloklash
