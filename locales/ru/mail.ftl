# Почта: уведомления на адрес пользователя, на его языке (src/mail/mod.rs).
mail-subject-asked-consensus = [{ $group }] Запрашивается позиция: { $title }
mail-subject-asked-silence = [{ $group }] Открыта процедура умолчания: { $title }
mail-subject-deadline = [{ $group }] Срок истекает через сутки: { $title }
mail-subject-adopted = [{ $group }] Принято решение: { $symbol } { $title }
mail-asked-consensus = Председатель открыл раунд консенсуса по тексту «{ $title }». Стороне { $party } предлагается зарегистрировать свою позицию до { $deadline }.
mail-asked-silence = Председатель объявил процедуру умолчания по тексту «{ $title }» до { $deadline }. Если до этого срока ни одна сторона-член не нарушит молчание, текст будет считаться принятым.
mail-deadline-consensus = Раунд консенсуса по тексту «{ $title }» завершается { $deadline }. Позиция стороны { $party } ещё не зарегистрирована.
mail-deadline-silence = Процедура умолчания по тексту «{ $title }» завершается { $deadline }. Если до этого срока ни одна сторона-член не нарушит молчание, текст будет считаться принятым.
mail-adopted = Группа приняла текст «{ $title }» в качестве решения { $symbol } { $date }.
mail-marking = Гриф: { $classification }
mail-excerpt = Из текста:
mail-not-quoted = Текст имеет гриф ограниченного доступа, поэтому по почте не воспроизводится.
mail-open = Открыть в Majlis: { $link }
mail-footer = Выбрать уведомления или ежедневную сводку можно в профиле: { $link }
mail-digest-subject = Majlis: ежедневная сводка ({ $count })
mail-digest-intro = Уведомления со времени предыдущей сводки:
