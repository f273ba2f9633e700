# Жол карталары жана алардын иш багыттары (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Навигация чынжыры
roadmaps-breadcrumb = Жол карталары

## Иш багытынын акыркы отчет боюнча абалы

roadmaps-status-not-started = башталган жок
roadmaps-status-in-progress = аткарылууда
roadmaps-status-done = аткарылды
roadmaps-status-delayed = кечигүүдө
roadmaps-status-cancelled = жокко чыгарылган

## Форма жөнөтүлгөндөн кийин

roadmaps-notice-roadmap = Жол картасы катталды.
roadmaps-notice-line = Иш багыты кошулду.
roadmaps-notice-report = Отчетуңуз катталды.

## Топтун жол карталары

# Браузердеги барактын аталышы; $group — топтун коду.
roadmaps-list-title = Жол карталары: { $group }
# $group — топтун аталышы.
roadmaps-list-heading = Жол карталары: { $group }
roadmaps-list-lede = Топ аткарылышына көз салган пландар жана сизге жеткиликтүү иш багыттары.
roadmaps-list-none = Азырынча жол карталары катталган жок.
roadmaps-column-roadmap = Жол картасы
roadmaps-column-from = Башталышы
roadmaps-column-to = Аякталышы
roadmaps-column-adopted-by = Бекиткен чечим
roadmaps-column-lines = Иш багыттары
roadmaps-column-overdue = Мөөнөтү өткөн
roadmaps-no-decision = чечим көрсөтүлгөн жок
# Жол картасынын канча иш багытынын мөөнөтү өткөнү.
roadmaps-overdue-count = мөөнөтү өткөн: { $count }
roadmaps-record-heading = Жол картасын каттоо
roadmaps-field-title = Аталышы
roadmaps-field-starts-on = Башталган күнү
roadmaps-field-ends-on = Аяктаган күнү
roadmaps-field-decision = Бекиткен чечим
roadmaps-field-decision-none = көрсөтүлгөн жок
roadmaps-record-button = Жол картасын каттоо

## Жол картасы

# $group — топтун аталышы; $from жана $to — даталар.
roadmaps-roadmap-lede = Жол картасы: { $group }; колдонулуу мезгили: { $from } — { $to }
# Жогоркудай; $decision — жол картасын бекиткен чечимдин шарттуу белгиси.
roadmaps-roadmap-lede-adopted = Жол картасы: { $group }; колдонулуу мезгили: { $from } — { $to } · { $decision } чечими менен бекитилген
roadmaps-lines-heading = Иш багыттары
roadmaps-lines-none = Сизге жеткиликтүү иш багыттары жок.
roadmaps-column-line = Иш багыты
roadmaps-column-track = Кызматташтык тармагы
roadmaps-column-led-by = Жетектөөчү тараптар
roadmaps-column-due = Мөөнөтү
roadmaps-column-status = Абалы
roadmaps-column-progress = Аткарылышы
# Мөөнөтү өткөн иш багытынын жанындагы белги.
roadmaps-overdue = мөөнөтү өткөн
# $line — иш багытынын аталышы.
roadmaps-line-progress-label = Аткарылышы: { $line }
roadmaps-add-line-heading = Иш багытын кошуу
roadmaps-field-leads-hint = Тараптардын коддору үтүр менен бөлүнөт, мисалы: KG, TJ.
roadmaps-field-participants = Катышуучу тараптар
roadmaps-field-participants-hint = Башка тараптар, үтүр менен бөлүнөт.
roadmaps-field-due-on = Аткаруу мөөнөтү
roadmaps-field-deliverable = Күтүлгөн натыйжа
roadmaps-field-distribution = Таратуу
roadmaps-field-distribution-hint = Иш багытына катышкан бардык тараптар аны көрө алышы керек.
roadmaps-field-listed = Көрсөтүлгөн тараптар
roadmaps-field-listed-hint = Көрсөтүлгөн тараптарга таратылуучу иш багыты үчүн: тараптардын коддору үтүр менен бөлүнөт, алардын арасында төраганын тарабы болушу керек.
roadmaps-field-classification = Купуялык деңгээли
roadmaps-add-line-button = Иш багытын кошуу

## Иш багыты

# $progress — пайыздагы бүтүн сан.
roadmaps-progress-done = { $progress } % аткарылды
roadmaps-line-heading = Иш багыты
roadmaps-no-other-party = башка тараптар жок
roadmaps-line-starts = Башталышы
roadmaps-report-heading = Аткарылышы жөнүндө отчет
roadmaps-field-party = Тараптын атынан
# $party — окурмандын тарабынын коду.
roadmaps-field-party-hint = Сиздин тарабыңыз: { $party }.
roadmaps-field-progress = Аткарылышы (пайыз менен)
roadmaps-report-button = Отчетту каттоо
roadmaps-reports-heading = Аткарылышы жөнүндө отчеттор
roadmaps-reports-none = Бул иш багыты боюнча тараптардын отчеттору азырынча жок.
roadmaps-column-as-of = Абал күнү
roadmaps-column-party = Тарап
roadmaps-column-summary = Кыскача мазмуну
roadmaps-column-recorded-by = Каттаган
