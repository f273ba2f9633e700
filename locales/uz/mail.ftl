# Pochta: foydalanuvchi manziliga uning tilida yuboriladigan bildirishnomalar (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Pozitsiyangiz soʻralmoqda: { $title }
mail-subject-asked-silence = [{ $group }] Sukut saqlash tartib-taomili ochildi: { $title }
mail-subject-deadline = [{ $group }] Muddat tugashiga bir kun qoldi: { $title }
mail-subject-adopted = [{ $group }] Qaror qabul qilindi: { $symbol } { $title }
mail-asked-consensus = Rais «{ $title }» matni boʻyicha konsensus raundini ochdi. { $party } tomonidan oʻz pozitsiyasini { $deadline } gacha qayd etish soʻraladi.
mail-asked-silence = Rais «{ $title }» matnini { $deadline } gacha sukut saqlash tartib-taomiliga qoʻydi. Shu muddatgacha aʼzo tomonlardan hech biri sukutni buzmasa, matn qabul qilingan hisoblanadi.
mail-deadline-consensus = «{ $title }» matni boʻyicha konsensus raundi { $deadline } da yakunlanadi. { $party } tomonining pozitsiyasi hali qayd etilmagan.
mail-deadline-silence = «{ $title }» matni boʻyicha sukut saqlash tartib-taomili { $deadline } da yakunlanadi. Shu muddatgacha aʼzo tomonlardan hech biri sukutni buzmasa, matn qabul qilingan hisoblanadi.
mail-adopted = Guruh { $date } da «{ $title }» matnini { $symbol } qarori sifatida qabul qildi.
mail-marking = Grif: { $classification }
mail-excerpt = Matndan parcha:
mail-not-quoted = Matn cheklangan foydalanish grifiga ega, shu sababli pochta orqali keltirilmaydi.
mail-open = Majlisda ochish: { $link }
mail-footer = Qaysi bildirishnomalarni yoki kundalik jamlanmani olishni profilingizda tanlashingiz mumkin: { $link }
mail-digest-subject = Majlis: kundalik jamlanma ({ $count })
mail-digest-intro = Oldingi jamlanmadan beri kelgan bildirishnomalar:
