# Паёмҳои воридшуда: он чи ҳоло аз тарафи хонанда талаб карда мешавад ва он чи ба наздикӣ қарор шуд.

inbox-title = Паёмҳои воридшуда
inbox-heading = Паёмҳои воридшуда
inbox-lede = Масъалаҳое, ки ҳоло иштироки шумо ё тарафи шуморо талаб мекунанд, ва қарорҳои ду ҳафтаи охир.
inbox-empty = Ҳоло ҳеҷ чиз иштироки шуморо талаб намекунад.

## Нишони ҳар банд

inbox-label-needs-your-party = посухи тарафи шумо интизор аст
inbox-label-deadline-soon = мӯҳлат дар давоми 24 соат ба охир мерасад
inbox-label-open = кушода
inbox-label-adopted = қабул шуд
inbox-label-not-adopted = қабул нашуд
inbox-label-silence-broken = хомӯшӣ вайрон шуд

## Банд аз хонанда чӣ талаб мекунад

inbox-detail-position-needed = Мавқеи тарафи шумо лозим аст.
inbox-detail-under-silence = Тартиби хомӯшӣ амал мекунад: барои қабули қарор хомӯширо риоя кунед ё бо изҳори эътироз онро вайрон кунед.
# $kind: consensus ё silence — навъи тартиб.
inbox-detail-open = { $kind ->
    [silence] Тартиби хомӯшӣ кушода аст.
   *[consensus] Даври консенсус кушода аст.
}
inbox-detail-adopted = Қарор қабул шуд.
# $party: рамзи тарафе, ки хомӯширо вайрон кард.
inbox-detail-silence-broken = Хомӯширо { $party } вайрон кард.
# $when: сана ва вақт.
inbox-closed = Анҷом ёфт: { $when }.
inbox-deadline = Мӯҳлат: { $when }.
