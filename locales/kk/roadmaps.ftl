# Жол карталары және олардың жұмыс бағыттары (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Навигация тізбегі
roadmaps-breadcrumb = Жол карталары

## Жұмыс бағытының соңғы есеп бойынша күйі

roadmaps-status-not-started = басталмаған
roadmaps-status-in-progress = орындалуда
roadmaps-status-done = орындалды
roadmaps-status-delayed = кешігуде
roadmaps-status-cancelled = тоқтатылған

## Нысан жіберілгеннен кейін

roadmaps-notice-roadmap = Жол картасы тіркелді.
roadmaps-notice-line = Жұмыс бағыты қосылды.
roadmaps-notice-report = Есебіңіз тіркелді.

## Топтың жол карталары

# Браузердегі беттің тақырыбы; $group — топтың коды.
roadmaps-list-title = Жол карталары: { $group }
# $group — топтың атауы.
roadmaps-list-heading = Жол карталары: { $group }
roadmaps-list-lede = Топ орындалуын қадағалайтын жоспарлар және сізге қолжетімді жұмыс бағыттары.
roadmaps-list-none = Әзірге жол карталары тіркелмеген.
roadmaps-column-roadmap = Жол картасы
roadmaps-column-from = Басталуы
roadmaps-column-to = Аяқталуы
roadmaps-column-adopted-by = Бекіткен шешім
roadmaps-column-lines = Жұмыс бағыттары
roadmaps-column-overdue = Мерзімі өткен
roadmaps-no-decision = шешім көрсетілмеген
# Жол картасының қанша жұмыс бағытының мерзімі өткені.
roadmaps-overdue-count = мерзімі өткен: { $count }
roadmaps-record-heading = Жол картасын тіркеу
roadmaps-field-title = Атауы
roadmaps-field-starts-on = Басталу күні
roadmaps-field-ends-on = Аяқталу күні
roadmaps-field-decision = Бекіткен шешім
roadmaps-field-decision-none = көрсетілмеген
roadmaps-record-button = Жол картасын тіркеу

## Жол картасы

# $group — топтың атауы; $from және $to — күндер.
roadmaps-roadmap-lede = Жол картасы: { $group }; қолданылу кезеңі: { $from } — { $to }
# Жоғарыдағыдай; $decision — жол картасын бекіткен шешімнің шартты белгісі.
roadmaps-roadmap-lede-adopted = Жол картасы: { $group }; қолданылу кезеңі: { $from } — { $to } · { $decision } шешімімен бекітілген
roadmaps-lines-heading = Жұмыс бағыттары
roadmaps-lines-none = Сізге қолжетімді жұмыс бағыттары жоқ.
roadmaps-column-line = Жұмыс бағыты
roadmaps-column-track = Ынтымақтастық саласы
roadmaps-column-led-by = Жетекші тараптар
roadmaps-column-due = Мерзімі
roadmaps-column-status = Күйі
roadmaps-column-progress = Орындалуы
# Мерзімі өткен жұмыс бағытының жанындағы белгі.
roadmaps-overdue = мерзімі өткен
# $line — жұмыс бағытының атауы.
roadmaps-line-progress-label = Орындалуы: { $line }
roadmaps-add-line-heading = Жұмыс бағытын қосу
roadmaps-field-leads-hint = Тараптардың кодтары үтір арқылы, мысалы: KG, TJ.
roadmaps-field-participants = Қатысушы тараптар
roadmaps-field-participants-hint = Басқа тараптар, үтір арқылы.
roadmaps-field-due-on = Орындау мерзімі
roadmaps-field-deliverable = Күтілетін нәтиже
roadmaps-field-distribution = Тарату
roadmaps-field-distribution-hint = Жұмыс бағытына қатысатын барлық тараптар оны көре алуы тиіс.
roadmaps-field-listed = Көрсетілген тараптар
roadmaps-field-listed-hint = Көрсетілген тараптарға таратылатын жұмыс бағыты үшін: тараптардың кодтары үтір арқылы, олардың ішінде төрағаның тарапы болуы тиіс.
roadmaps-field-classification = Құпиялылық деңгейі
roadmaps-add-line-button = Жұмыс бағытын қосу

## Жұмыс бағыты

# $progress — пайыздағы бүтін сан.
roadmaps-progress-done = { $progress } % орындалды
roadmaps-line-heading = Жұмыс бағыты
roadmaps-no-other-party = басқа тараптар жоқ
roadmaps-line-starts = Басталуы
roadmaps-report-heading = Орындалу барысы туралы есеп
roadmaps-field-party = Тарап атынан
# $party — оқырман тарапының коды.
roadmaps-field-party-hint = Сіздің тарапыңыз: { $party }.
roadmaps-field-progress = Орындалуы (пайызбен)
roadmaps-report-button = Есепті тіркеу
roadmaps-reports-heading = Орындалу барысы туралы есептер
roadmaps-reports-none = Осы жұмыс бағыты бойынша тараптардың есептері әзірге жоқ.
roadmaps-column-as-of = Жағдай күні
roadmaps-column-party = Тарап
roadmaps-column-summary = Қысқаша мазмұны
roadmaps-column-recorded-by = Тіркеген
