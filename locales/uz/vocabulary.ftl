# Predmet sohasining soʻzlari (src/http/vocabulary.rs): `<turkum>-<saqlanadigan soʻz>`.

marking-banner-unclassified = MAXFIY EMAS
marking-banner-restricted = XIZMAT DOIRASIDA FOYDALANISH UCHUN
marking-banner-confidential = KONFIDENSIAL

classification-unclassified = maxfiy emas
classification-restricted = xizmat doirasida foydalanish uchun
classification-confidential = konfidensial

distribution-public = ochiq foydalanish
distribution-group = butun guruh
distribution-members = aʼzo tomonlar
distribution-listed = koʻrsatilgan tomonlar
distribution-national = faqat oʻz delegatsiyasi

role-envoy = maxsus vakil
role-deputy = oʻrinbosar
role-delegate = delegatsiya aʼzosi
role-expert = ekspert
role-secretariat = kotibiyat

standing-member = aʼzo
standing-observer = kuzatuvchi
standing-guest = mehmon

text-kind-joint-statement = qoʻshma bayonot
text-kind-decision = qaror
text-kind-minutes = bayonnoma
text-kind-roadmap = yoʻl xaritasi
text-kind-chairs-summary = raisning xulosasi
text-kind-non-paper = norasmiy hujjat

procedure-kind-consensus = konsensus raundi
procedure-kind-silence = sukut saqlash tartib-taomili

position-concur = rozilik
position-concur-with-statement = bayonot bilan rozilik
position-stand-aside = betaraf qolish
position-ad-referendum = ad referendum (tasdiqlangunga qadar)
position-object = eʼtiroz

answer-concur = rozilik
answer-concur-with-statement = bayonot bilan rozilik
answer-stand-aside = betaraf qolish
answer-ad-referendum = ad referendum (tasdiqlangunga qadar)
answer-object = eʼtiroz
answer-no-objection-heard = eʼtiroz bildirilmadi (raisning qaydi)

outcome-open = ochiq
outcome-adopted = qabul qilindi
outcome-not-adopted = qabul qilinmadi
outcome-withdrawn = qaytarib olindi
outcome-superseded = almashtirildi

meeting-format-envoys = maxsus vakillar
meeting-format-senior-officials = yuqori lavozimli rasmiylar
meeting-format-experts = ekspertlar
meeting-format-ministers = vazirlar
meeting-format-extraordinary = navbatdan tashqari

meeting-status-planned = rejalashtirilgan
meeting-status-convened = ochilgan
meeting-status-concluded = yakunlangan
meeting-status-cancelled = bekor qilingan
