# Qaror qaydi sahifasi va guruh qarorlari roʻyxati (templates/decision.html,
# decisions.html, src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = Navigatsiya zanjiri
decisions-breadcrumb = Qarorlar

## Roʻyxat

# $group — guruh kodi.
decisions-title = Qarorlar — { $group }
# $group — kiritilgan guruh nomi.
decisions-heading = Qarorlar: { $group }
decisions-empty = Sizga hali birorta ham qaror tarqatilmagan.

## Qaror qaydi

decisions-adopted = Qabul qilingan
decisions-record = Qayd
# $name — qarorni qayd etgan shaxsning ismi, $date — qayd etilgan kun.
decisions-recorded-later = Keyinroq kiritgan: { $name }, { $date }
decisions-procedure = Tartib-taomil
# $procedure — tartib-taomil turi, unga havola; $when — ochilgan kun va vaqt.
decisions-procedure-opened = { $procedure }, ochilgan: { $when }
decisions-text = Matn
decisions-version = { $version }-tahrir
decisions-distribution = Tarqatish
# $language — matn muzokara qilingan til tegi.
decisions-text-authentic = Matn ({ $language }, asl)
decisions-status-authentic = asl matn
decisions-status-translation = tarjima
# $language — til tegi, $status — bu versiya asl matnmi yoki tarjimami.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, ustun kuchga ega)
decisions-positions = Aʼzo tomonlarning pozitsiyalari
decisions-positions-reported = Aʼzo tomonlarning pozitsiyalari (kotibiyat maʼlumotlariga koʻra)
# $party — tomon kodi, $position — uning pozitsiyasi.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (kotibiyat maʼlumotlariga koʻra)
decisions-position-kept-silence = { $party }: sukut saqladi
decisions-position-kept-silence-absent = { $party }: sukut saqladi (yigʻilishda ishtirok etmadi)
decisions-statements = Talqin toʻgʻrisidagi bayonotlar
decisions-evidence-link = Dalillar toʻplamini yuklab olish (JSON)
# decisions-evidence-link havolasidan keyin keladi; $command — toʻplamni tekshiradigan buyruq.
decisions-evidence-check = — uni tarmoqqa ulanmasdan { $command } buyrugʻi bilan tekshirish mumkin.
