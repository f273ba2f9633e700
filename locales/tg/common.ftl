# Калимаҳое, ки барои ҳамаи саҳифаҳо умумианд: чаҳорчӯба, санаҳо, забонҳо.

# Лаҳзаи вақт тибқи соати минтақаи вақт. $date ва $time аллакай тибқи қоидаҳои забон навишта шудаанд;
# $zone — шаҳре, ки минтақаи вақтро ном мебарад.
date-time-in-zone = { $date }, { $time } ({ $zone })

## Чаҳорчӯбаи ҳар саҳифа

frame-skip-to-content = Гузариш ба мундариҷаи асосӣ
frame-nav-label = Менюи асосӣ
frame-nav-groups = Гурӯҳҳо
frame-nav-inbox = Паёмҳои воридшуда
frame-nav-profile = Профил
frame-nav-admin = Маъмурият
frame-signed-in-as = Корбари воридшуда:
frame-sign-out = Баромадан
frame-sign-in = Ворид шудан
frame-language = Забон
frame-language-apply = Татбиқ кардан
frame-footer = Маҷлис — сабтҳои расмии фаъолияти гурӯҳ
