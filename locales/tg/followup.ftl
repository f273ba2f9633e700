# Феҳристи созишномаҳо ва сабтҳои тамос бо мақомот (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Занҷираи паймоиш

## Созишномаҳо

# Сарлавҳаи саҳифа дар браузер; $group — рамзи гурӯҳ.
followup-agreements-title = Созишномаҳо: { $group }
followup-agreements-breadcrumb = Созишномаҳо
# $group — номи гурӯҳ.
followup-agreements-heading = Созишномаҳои тарафҳои гурӯҳ: { $group }
followup-agreements-lede = Созишномаҳое, ки тарафҳо бо шарикони худ имзо кардаанд, ҳар яке бо нишон додани манбаъ. Ҷамъбаст аз рӯи ҳар тараф ва асъор дар асоси созишномаҳои барои шумо дастрас оварда мешавад; маблағҳо бо асъори гуногун ҳеҷ гоҳ ҷамъ карда намешаванд.
followup-totals-heading = Ҷамъбаст
followup-agreements-none = Созишномаҳои барои шумо дастрас нестанд.
followup-column-party = Тараф
followup-column-agreements = Созишномаҳо
followup-column-value = Маблағ
# Ҷамъбасти тараф, вақте ки дар ягон созишномаи он маблағ нишон дода нашудааст.
followup-no-value = маблағ нишон дода нашудааст
followup-registry-heading = Феҳрист
followup-registry-label = Созишномаҳо
followup-column-agreement = Созишнома
followup-column-parties = Тарафҳо
followup-column-track = Соҳаи ҳамкорӣ
followup-column-signed = Имзо шудааст
followup-column-count = Шумора
followup-column-status = Ҳолат
followup-column-source = Манбаъ
followup-column-distribution = Доираи гирандагон
# Кай ва дар куҷо созишнома имзо шудааст: $date — сана, $place — ҷойи воридшуда.
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = имзо шудааст
followup-agreement-status-in-force = мавриди амал қарор гирифтааст
followup-agreement-status-implemented = иҷро шудааст
followup-agreement-status-stalled = иҷро боздошта шудааст
followup-agreement-status-terminated = қатъ гардидааст

followup-agreement-record-heading = Сабти созишнома
followup-field-title = Ном
followup-field-party = Тараф
followup-field-counterpart-code = Шарик (рамз)
followup-field-track = Соҳаи ҳамкорӣ
followup-field-signed-on = Санаи имзо
followup-field-place = Ҷой
followup-field-count = Шумораи созишномаҳое, ки ин сабт фаро мегирад
# Дар зери майдон нишон дода мешавад, вақте ки арзиши воридшуда адади бутун нест.
followup-count-not-whole = бояд адади бутун бошад
followup-field-value = Маблағ
followup-field-value-help = Бо воҳидҳои бутуни асъор, масалан, 2500000000; агар маблағ эълон нашуда бошад, майдонро холӣ гузоред.
followup-field-currency = Асъор (рамзи ISO 4217)
followup-field-status = Ҳолат
followup-field-source = Манбаъ
followup-field-source-link = Пайванд ба манбаъ
followup-field-who-sees-it = Барои кӣ дастрас аст
followup-sees-group = Барои тамоми гурӯҳ
followup-sees-members = Танҳо барои аъзои гурӯҳ
followup-sees-national = Танҳо барои ҳайати ман
followup-sees-public = Барои ҳама
followup-agreement-record-button = Сабт кардани созишнома

## Тамос бо мақомот

# Сарлавҳаи саҳифа дар браузер; $group — рамзи гурӯҳ.
followup-engagements-title = Тамос бо мақомот: { $group }
followup-engagements-breadcrumb = Тамосҳо
followup-engagements-heading = Тамос бо мақомот
followup-engagements-lede = Сабтҳои худи ҳар тараф дар бораи тамосҳояш бо мақомоти кишвари шарик. Сабт танҳо барои ҳайате, ки онро ворид кардааст, дастрас аст, то даме ки намояндаи махсуси он тараф доираи гирандагонро васеъ накунад.
followup-engagements-records-heading = Сабтҳои барои шумо дастрас
followup-engagements-none = Сабтҳои барои шумо дастрас нестанд.
# Сарлавҳаи сабт: $party (рамз) бо $counterpart дар $place, санаи $date мулоқот кард.
followup-engagement-heading = { $party } — { $counterpart }, { $place }, { $date }
followup-engagement-level = Сатҳ
followup-engagement-tracks = Соҳаҳои ҳамкорӣ
followup-engagement-summary = Мазмуни мухтасар
followup-engagement-follow-up = Амалҳои минбаъда
followup-widen-confirm = Доираи шахсоне, ки ин сабт барояшон дастрас аст, васеъ карда шавад? Ин амалро бекор кардан ғайриимкон аст.
followup-widen-label = Дастрас кардан барои
followup-widen-members = аъзои гурӯҳ
followup-widen-group = тамоми гурӯҳ
followup-widen-public = ҳама
followup-widen-button = Васеъ кардан
# $party — рамзи тарафи хонанда.
followup-engagement-record-heading = Сабти тамоси тарафи { $party }
followup-engagement-form-label = Сабти тамос
followup-field-date = Сана
# Ҷойе, ки шакли сабти нав пешниҳод мекунад.
followup-engagement-place-default = Кобул
followup-engagement-level-example = Намояндаи махсус
followup-field-counterpart = Мақоми ҳокимият
followup-engagement-counterpart-example = Вазорати тиҷорат ва саноат
followup-engagement-sees-members = Барои аъзои гурӯҳ
followup-engagement-sees-group = Барои тамоми гурӯҳ
followup-engagement-record-button = Сабт кардан
