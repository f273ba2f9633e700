# Топтың жиынтық мәлімет беті (templates/dashboard.html, src/http/pages/dashboard.rs).

# Браузердегі беттің тақырыбы; $group — топтың коды.
dashboard-title = Жиынтық мәлімет: { $group }
dashboard-breadcrumbs = Навигация тізбегі
dashboard-breadcrumb = Жиынтық мәлімет
# $group — топтың атауы.
dashboard-heading = Жиынтық мәлімет: { $group }
# $today — тіл ережелерімен жазылған күн.
dashboard-lede = { $today } жағдай бойынша; тек сізге қолжетімді материалдар ескерілген.

dashboard-overdue-heading = Мерзімі өткен жұмыс бағыттары
dashboard-overdue-none = Мерзімі өткен жұмыс бағыттары жоқ.
# Мерзімі өткен жұмыс бағытының жанындағы белгі.
dashboard-overdue = мерзімі өткен
# Жұмыс бағытының атауынан кейінгі мәліметтер. $due — күн; $leads — жетекші тараптардың кодтары
# (KZ, UZ); $status — күйі сөзбен; $progress — пайыздағы бүтін сан.
dashboard-line-facts = мерзімі: { $due }; жетекші тараптар: { $leads }; { $status }; { $progress } % орындалды

dashboard-soon-heading = Мерзімі алдағы 90 күн ішінде аяқталатын жұмыс бағыттары
dashboard-soon-none = Алдағы 90 күн ішінде мерзімі аяқталатын жұмыс бағыттары жоқ.

dashboard-procedures-heading = Ашық рәсімдер
dashboard-procedures-none = Ашық рәсімдер жоқ.
dashboard-column-text = Мәтін
dashboard-column-procedure = Рәсім
dashboard-column-deadline = Мерзімі (сіздің уақытыңыз бойынша)
dashboard-column-your-party = Сіздің тарапыңыз
dashboard-asked-to-answer = жауап талап етіледі

dashboard-figures-heading = Көрсеткіштердің соңғы мәндері
dashboard-no-indicators = Әзірге көрсеткіштер енгізілмеген.
dashboard-no-figure = сізге қолжетімді мәндер әзірге жоқ
# Графикті көре алмайтындарға арналған мәтін; $name — көрсеткіштің атауы.
dashboard-chart-alt = «{ $name }» көрсеткішінің графигі: барлық мәндер дереккөздер бойынша, уақыт динамикасында; көрсеткіш бетінде дәл сол деректер кестелерде берілген.

dashboard-targets-heading = Нысаналы мәндер
dashboard-no-targets = Нысаналы мәндер белгіленбеген.
# $pair — есеп беруші мен серіктес тараптардың жұбы, мысалы, KZ–AF.
dashboard-target-progress-label = { $pair } үшін нысаналы мәнге қол жеткізу барысы
dashboard-no-whole-year = толық жыл бойынша мән әзірге жоқ
# $percent — тіл ережелерімен жазылған пайыз (40,6 %).
dashboard-growth-needed = жылына { $percent } өсім қажет
