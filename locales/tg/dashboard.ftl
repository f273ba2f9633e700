# Саҳифаи маълумоти ҷамъбастии гурӯҳ (templates/dashboard.html, src/http/pages/dashboard.rs).

# Сарлавҳаи саҳифа дар браузер; $group — рамзи гурӯҳ.
dashboard-title = Маълумоти ҷамъбастӣ: { $group }
dashboard-breadcrumbs = Занҷираи паймоиш
dashboard-breadcrumb = Маълумоти ҷамъбастӣ
# $group — номи гурӯҳ.
dashboard-heading = Маълумоти ҷамъбастӣ: { $group }
# $today — сана, ки тибқи қоидаҳои забон навишта шудааст.
dashboard-lede = Ба ҳолати { $today }; танҳо маводи барои шумо дастрас ба назар гирифта шудааст.

dashboard-overdue-heading = Самтҳои фаъолияти мӯҳлаташон гузашта
dashboard-overdue-none = Самти фаъолияти мӯҳлаташ гузашта нест.
# Нишон дар канори самти фаъолияте, ки мӯҳлаташ гузаштааст.
dashboard-overdue = мӯҳлаташ гузаштааст
# Маълумоти самти фаъолият пас аз номи он. $due — сана; $leads — рамзҳои тарафҳои пешбаранда
# (KZ, UZ); $status — ҳолати он бо калима; $progress — адади бутун бо фоиз.
dashboard-line-facts = мӯҳлат: { $due }; тарафҳои пешбаранда: { $leads }; { $status }; { $progress } % иҷро шудааст

dashboard-soon-heading = Самтҳои фаъолият бо мӯҳлат дар 90 рӯзи наздик
dashboard-soon-none = Дар 90 рӯзи наздик мӯҳлати ягон самти фаъолият ба охир намерасад.

dashboard-procedures-heading = Тартибҳои кушода
dashboard-procedures-none = Тартиби кушода нест.
dashboard-column-text = Матн
dashboard-column-procedure = Тартиб
dashboard-column-deadline = Мӯҳлат (аз рӯи вақти шумо)
dashboard-column-your-party = Тарафи шумо
dashboard-asked-to-answer = посух лозим аст

dashboard-figures-heading = Арзишҳои охирини нишондиҳандаҳо
dashboard-no-indicators = Ҳоло нишондиҳандае ворид нашудааст.
dashboard-no-figure = арзиши барои шумо дастрас ҳоло нест
# Матни графики нишондиҳанда барои онҳое, ки онро дида наметавонанд; $name — номи нишондиҳанда.
dashboard-chart-alt = Графики нишондиҳандаи «{ $name }»: ҳамаи арзишҳо аз рӯи манбаъҳо дар тӯли вақт; дар саҳифаи нишондиҳанда ҳамин маълумот дар ҷадвалҳо оварда шудааст.

dashboard-targets-heading = Арзишҳои ҳадафӣ
dashboard-no-targets = Арзишҳои ҳадафӣ муқаррар нашудаанд.
# $pair — ҷуфти тарафҳои гузоришдиҳанда ва шарик, масалан, KZ–AF.
dashboard-target-progress-label = Пешрафт ба сӯи арзиши ҳадафӣ барои { $pair }
dashboard-no-whole-year = арзиш барои соли пурра ҳоло нест
# $percent — фоиз, ки тибқи қоидаҳои забон навишта шудааст (40,6 %).
dashboard-growth-needed = афзоиши солонаи { $percent } лозим аст
