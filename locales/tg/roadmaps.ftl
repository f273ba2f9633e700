# Нақшаҳои роҳ ва самтҳои фаъолияти онҳо (templates/roadmaps/, src/http/pages/roadmaps/).

roadmaps-breadcrumbs = Занҷираи паймоиш
roadmaps-breadcrumb = Нақшаҳои роҳ

## Ҳолати самти фаъолият тибқи ҳисоботи охирин

roadmaps-status-not-started = оғоз нашудааст
roadmaps-status-in-progress = иҷро мешавад
roadmaps-status-done = иҷро шуд
roadmaps-status-delayed = бо таъхир
roadmaps-status-cancelled = бекор шудааст

## Пас аз фиристодани шакл

roadmaps-notice-roadmap = Нақшаи роҳ сабт шуд.
roadmaps-notice-line = Самти фаъолият илова шуд.
roadmaps-notice-report = Ҳисоботи шумо сабт шуд.

## Нақшаҳои роҳи гурӯҳ

# Сарлавҳаи саҳифа дар браузер; $group — рамзи гурӯҳ.
roadmaps-list-title = Нақшаҳои роҳ: { $group }
# $group — номи гурӯҳ.
roadmaps-list-heading = Нақшаҳои роҳ: { $group }
roadmaps-list-lede = Нақшаҳое, ки гурӯҳ иҷрои онҳоро назорат мекунад, ва самтҳои фаъолияти барои шумо дастрас.
roadmaps-list-none = Ҳоло ягон нақшаи роҳ сабт нашудааст.
roadmaps-column-roadmap = Нақшаи роҳ
roadmaps-column-from = Аз
roadmaps-column-to = То
roadmaps-column-adopted-by = Бо қарори
roadmaps-column-lines = Самтҳои фаъолият
roadmaps-column-overdue = Мӯҳлаташ гузашта
roadmaps-no-decision = қарор нишон дода нашудааст
# Шумораи самтҳои фаъолияти нақшаи роҳ, ки мӯҳлаташон гузаштааст.
roadmaps-overdue-count = мӯҳлаташ гузашта: { $count }
roadmaps-record-heading = Сабти нақшаи роҳ
roadmaps-field-title = Ном
roadmaps-field-starts-on = Санаи оғоз
roadmaps-field-ends-on = Санаи анҷом
roadmaps-field-decision = Бо қарори
roadmaps-field-decision-none = нишон дода нашудааст
roadmaps-record-button = Сабт кардани нақшаи роҳ

## Нақшаи роҳ

# $group — номи гурӯҳ; $from ва $to — санаҳо.
roadmaps-roadmap-lede = Нақшаи роҳ: { $group }; давраи амал: { $from } — { $to }
# Ҳамчун дар боло; $decision — рамзи шартии қароре, ки нақшаи роҳро тасдиқ кардааст.
roadmaps-roadmap-lede-adopted = Нақшаи роҳ: { $group }; давраи амал: { $from } — { $to } · бо қарори { $decision } тасдиқ шудааст
roadmaps-lines-heading = Самтҳои фаъолият
roadmaps-lines-none = Самтҳои фаъолияти барои шумо дастрас нестанд.
roadmaps-column-line = Самти фаъолият
roadmaps-column-track = Соҳаи ҳамкорӣ
roadmaps-column-led-by = Тарафҳои пешбаранда
roadmaps-column-due = Мӯҳлат
roadmaps-column-status = Ҳолат
roadmaps-column-progress = Иҷро
# Нишон дар канори самти фаъолияте, ки мӯҳлаташ гузаштааст.
roadmaps-overdue = мӯҳлаташ гузаштааст
# $line — номи самти фаъолият.
roadmaps-line-progress-label = Иҷро: { $line }
roadmaps-add-line-heading = Илова кардани самти фаъолият
roadmaps-field-leads-hint = Рамзҳои тарафҳо бо вергул ҷудо карда мешаванд, масалан: KG, TJ.
roadmaps-field-participants = Тарафҳои иштироккунанда
roadmaps-field-participants-hint = Тарафҳои дигар, бо вергул ҷудо карда.
roadmaps-field-due-on = Мӯҳлати иҷро
roadmaps-field-deliverable = Натиҷаи интизоршаванда
roadmaps-field-distribution = Доираи гирандагон
roadmaps-field-distribution-hint = Ҳамаи тарафҳое, ки дар самти фаъолият иштирок мекунанд, бояд онро дида тавонанд.
roadmaps-field-listed = Тарафҳои зикршуда
roadmaps-field-listed-hint = Барои самти фаъолияте, ки ба тарафҳои зикршуда ирсол мешавад: рамзҳои тарафҳо бо вергул ҷудо карда мешаванд, аз ҷумла тарафи раис.
roadmaps-field-classification = Дараҷаи махфият
roadmaps-add-line-button = Илова кардани самти фаъолият

## Самти фаъолият

# $progress — адади бутун бо фоиз.
roadmaps-progress-done = { $progress } % иҷро шудааст
roadmaps-line-heading = Самти фаъолият
roadmaps-no-other-party = тарафи дигар нест
roadmaps-line-starts = Оғоз
roadmaps-report-heading = Ҳисобот дар бораи иҷро
roadmaps-field-party = Аз номи тараф
# $party — рамзи тарафи хонанда.
roadmaps-field-party-hint = Тарафи шумо: { $party }.
roadmaps-field-progress = Иҷро (бо фоиз)
roadmaps-report-button = Сабт кардани ҳисобот
roadmaps-reports-heading = Ҳисоботҳо дар бораи иҷро
roadmaps-reports-none = Оид ба ин самти фаъолият ҳоло ягон тараф ҳисобот надодааст.
roadmaps-column-as-of = Ба ҳолати
roadmaps-column-party = Тараф
roadmaps-column-summary = Мазмуни мухтасар
roadmaps-column-recorded-by = Сабткунанда
