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
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = Саҳифа нав карда шуд.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = Саҳифа пас аз кушода шуданаш тағйир ёфт. Барои дидани тағйирот онро аз нав бор кунед; то он вақт матни воридкардаи шумо нигоҳ дошта мешавад.
