# Koʻrsatib boʻlmaydigan sahifa oʻrniga chiqadigan sahifa: muammo turiga koʻra sarlavha
# va orqaga qaytish yoʻli.

errors-page-not-found-heading = Sahifa topilmadi
errors-page-not-found = Bunday sahifa mavjud emas yoki u sizga tarqatilmagan. Manzilni tekshiring yoki guruhlaringiz roʻyxatiga qayting.
errors-page-forbidden-heading = Sizda bu amalni bajarish vakolati yoʻq
errors-page-conflict-heading = Bu amalni hozir bajarib boʻlmaydi
errors-page-bad-credentials-heading = Kirish rad etildi
errors-page-too-many-attempts-heading = Urinishlar soni haddan tashqari koʻp
errors-page-invalid-input-heading = Notoʻgʻri maʼlumotlar
errors-page-invalid-rows-heading = Notoʻgʻri qatorlar
errors-page-internal-heading = Ichki xatolik
errors-page-method-heading = Bu sahifa bunday amalni bajarmaydi
errors-page-method = Sahifaga u bajarmaydigan soʻrov yuborildi. Orqaga qayting va sahifadagi havolalar hamda shakllardan foydalaning.
errors-page-unreadable-heading = Soʻrovni oʻqib boʻlmadi
errors-page-unreadable = Manzil yoki yuborilgan shaklni oʻqib boʻlmadi. Orqaga qayting va sahifadan qayta urinib koʻring.
errors-page-back = Guruhlaringiz roʻyxatiga
# Oddiy matn: sahifani shakllantirib boʻlmaganda (ichki xatolik, jurnalga yoziladi).
errors-page-render-failed = sahifani shakllantirib boʻlmadi
