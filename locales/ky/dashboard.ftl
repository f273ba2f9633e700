# Топтун жыйынтык маалымат барагы (templates/dashboard.html, src/http/pages/dashboard.rs).

# Браузердеги барактын аталышы; $group — топтун коду.
dashboard-title = Жыйынтык маалымат: { $group }
dashboard-breadcrumbs = Навигация чынжыры
dashboard-breadcrumb = Жыйынтык маалымат
# $group — топтун аталышы.
dashboard-heading = Жыйынтык маалымат: { $group }
# $today — тилдин эрежелери менен жазылган күн.
dashboard-lede = { $today } абалы боюнча; сизге жеткиликтүү материалдар гана эске алынган.

dashboard-overdue-heading = Мөөнөтү өтүп кеткен иш багыттары
dashboard-overdue-none = Мөөнөтү өтүп кеткен иш багыттары жок.
# Мөөнөтү өткөн иш багытынын жанындагы белги.
dashboard-overdue = мөөнөтү өткөн
# Иш багытынын аталышынан кийинки маалыматтар. $due — күн; $leads — жетектөөчү тараптардын коддору
# (KZ, UZ); $status — абалы сөз менен; $progress — пайыздагы бүтүн сан.
dashboard-line-facts = мөөнөтү: { $due }; жетектөөчү тараптар: { $leads }; { $status }; { $progress } % аткарылды

dashboard-soon-heading = Мөөнөтү алдыдагы 90 күндүн ичинде бүтө турган иш багыттары
dashboard-soon-none = Алдыдагы 90 күндүн ичинде мөөнөтү бүтө турган иш багыттары жок.

dashboard-procedures-heading = Ачык жол-жоболор
dashboard-procedures-none = Ачык жол-жоболор жок.
dashboard-column-text = Текст
dashboard-column-procedure = Жол-жобо
dashboard-column-deadline = Мөөнөтү (сиздин убактыңыз боюнча)
dashboard-column-your-party = Сиздин тарабыңыз
dashboard-asked-to-answer = жооп талап кылынат

dashboard-figures-heading = Көрсөткүчтөрдүн акыркы маанилери
dashboard-no-indicators = Азырынча көрсөткүчтөр киргизиле элек.
dashboard-no-figure = сизге жеткиликтүү маанилер азырынча жок
# Графикти көрө албагандар үчүн текст; $name — көрсөткүчтүн аталышы.
dashboard-chart-alt = «{ $name }» көрсөткүчүнүн графиги: бардык маанилер булактар боюнча, убакыт динамикасында; көрсөткүчтүн барагында ошол эле маалыматтар таблицаларда берилген.

dashboard-targets-heading = Максаттуу маанилер
dashboard-no-targets = Максаттуу маанилер белгиленген жок.
# $pair — отчет берүүчү жана өнөктөш тараптардын жубу, мисалы, KZ–AF.
dashboard-target-progress-label = { $pair } үчүн максаттуу мааниге жетүүнүн жүрүшү
dashboard-no-whole-year = толук жыл үчүн маани азырынча жок
# $percent — тилдин эрежелери менен жазылган пайыз (40,6 %).
dashboard-growth-needed = жылына { $percent } өсүү талап кылынат
