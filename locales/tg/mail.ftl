# Почта: огоҳиномаҳое, ки ба нишонии корбар бо забони ӯ фиристода мешаванд (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Мавқеи шумо дархост мешавад: { $title }
mail-subject-asked-silence = [{ $group }] Тартиби хомӯшӣ кушода шуд: { $title }
mail-subject-deadline = [{ $group }] То анҷоми мӯҳлат як шабонарӯз монд: { $title }
mail-subject-adopted = [{ $group }] Қарор қабул шуд: { $symbol } { $title }
mail-asked-consensus = Раис оид ба матни «{ $title }» даври консенсусро кушод. Аз тарафи { $party } хоҳиш карда мешавад, ки мавқеи худро то { $deadline } сабт намояд.
mail-asked-silence = Раис матни «{ $title }»-ро то { $deadline } ба тартиби хомӯшӣ гузошт. Агар то ин мӯҳлат ягон тарафи аъзо хомӯширо вайрон накунад, матн қабулшуда ҳисобида мешавад.
mail-deadline-consensus = Даври консенсус оид ба матни «{ $title }» { $deadline } анҷом меёбад. Мавқеи тарафи { $party } ҳанӯз сабт нашудааст.
mail-deadline-silence = Тартиби хомӯшӣ оид ба матни «{ $title }» { $deadline } анҷом меёбад. Агар то ин мӯҳлат ягон тарафи аъзо хомӯширо вайрон накунад, матн қабулшуда ҳисобида мешавад.
mail-adopted = Гурӯҳ { $date } матни «{ $title }»-ро ҳамчун қарори { $symbol } қабул кард.
mail-marking = Гриф: { $classification }
mail-excerpt = Иқтибос аз матн:
mail-not-quoted = Матн грифи дастрасии маҳдуд дорад, бинобар ин тавассути почта оварда намешавад.
mail-open = Дар Majlis кушодан: { $link }
mail-footer = Кадом огоҳиномаҳо ё ҷамъбасти ҳаррӯзаро гирифтанро дар профили худ интихоб карда метавонед: { $link }
mail-digest-subject = Majlis: ҷамъбасти ҳаррӯза ({ $count })
mail-digest-intro = Огоҳиномаҳо аз ҷамъбасти қаблӣ инҷониб:
