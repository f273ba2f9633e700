# Страница процедуры: позиции сторон, действия читателя, хронология.

procedures-breadcrumbs = Навигационная цепочка
procedures-heading = { $kind } по тексту «{ $title }», редакция { $version }
procedures-title = { $kind } по тексту «{ $title }»
procedures-deadline = Срок
procedures-your-time = { $when } по вашему времени
procedures-notice-opened = Процедура открыта; все стороны-члены уведомлены через раздел «Входящие».
procedures-notice-recorded = Записано.
procedures-adopted-as = Принято как { $decision }.
procedures-not-adopted = Не принято

## Причины, по которым текст не принят

procedures-reason-objected = Сторона { $party } возражает: { $reason }
procedures-reason-not-answered = Сторона { $party } не представила позицию
procedures-reason-unconfirmed = Сторона { $party } выразила согласие ad referendum, однако её столица не подтвердила его (срок подтверждения — { $due })
procedures-reason-broke-silence = Сторона { $party } нарушила молчание: { $reason }
procedures-reason-quorum = { $concurring ->
        [one] Согласие выразила { $concurring } сторона при необходимом кворуме { $quorum }; остальные стороны заявили о неприсоединении
        [few] Согласие выразили { $concurring } стороны при необходимом кворуме { $quorum }; остальные стороны заявили о неприсоединении
       *[many] Согласие выразили { $concurring } сторон при необходимом кворуме { $quorum }; остальные стороны заявили о неприсоединении
    }

## Позиции сторон

procedures-parties = Позиции сторон
procedures-hash = Текст, вынесенный на процедуру: SHA-256 { $hash }.
procedures-quorum = { $quorum ->
        [one] Кворум: { $quorum } сторона.
        [few] Кворум: { $quorum } стороны.
       *[many] Кворум: { $quorum } сторон.
    }
procedures-parties-label = Стороны
procedures-column-party = Сторона
procedures-column-position = Позиция
procedures-column-text = Текст
procedures-column-recorded = Записано
procedures-position-none = позиция ещё не представлена
procedures-position-broke-silence = нарушила молчание
procedures-position-silent = хранит молчание
procedures-recorded-by = { $when } (внесено пользователем { $user })
procedures-statements = Заявления о толковании

## Запись позиции (консенсус)

procedures-record-heading = Позиция стороны { $party }
procedures-record-label = Записать позицию
procedures-position = Позиция
procedures-choice-concur = Согласие
procedures-choice-concur-with-statement = Согласие с заявлением о толковании
procedures-choice-stand-aside = Неприсоединение (не препятствовать принятию; не применять)
procedures-choice-ad-referendum = Ad referendum (при условии подтверждения столицей)
procedures-choice-object = Возражение (препятствует принятию; укажите причину)
procedures-statement = Заявление (при согласии с заявлением или неприсоединении)
procedures-reason = Причина (при возражении)
procedures-confirm-by = Срок подтверждения столицей (ad referendum, по вашему времени)
procedures-record-button = Записать позицию
procedures-capital-confirms = Столица подтверждает
procedures-capital-reason = Причина, указанная столицей
procedures-capital-declines = Столица не подтверждает

## Процедура умолчания

procedures-for-party = От имени стороны { $party }
procedures-lodge-label = Сделать заявление
procedures-interpretive-statement = Заявление о толковании (не нарушает молчания)
procedures-lodge-button = Сделать заявление
procedures-break-label = Нарушить молчание
procedures-break-confirm = Нарушение молчания немедленно завершает процедуру: текст не будет принят. Продолжить?
procedures-written-objection = Письменное возражение
procedures-amendment-offered = Предлагаемая поправка (необязательно)
procedures-break-button = Нарушить молчание

## Председатель

procedures-chair = Председатель
procedures-chair-note-help = В отношении присутствующей стороны, которая не высказалась, председатель может отметить, что возражений не поступило. В записи это отражается как отметка председателя; сторона сохраняет право записать собственную позицию.
procedures-chair-note-button = Возражений от стороны { $party } не поступило
procedures-extend-label = Продлить срок
procedures-new-deadline = Новый срок (по вашему времени)
procedures-extend-button = Продлить
procedures-withdraw-confirm = Отозвать эту процедуру?
procedures-withdraw-button = Отозвать

## Хронология

procedures-timeline = Хронология
procedures-opened = Открыта { $when }
procedures-event-position = { $when } · сторона { $party } представила позицию
procedures-event-confirm = { $when } · столица стороны { $party } подтвердила позицию
procedures-event-decline = { $when } · столица стороны { $party } не подтвердила позицию
procedures-event-break = { $when } · сторона { $party } нарушила молчание
procedures-event-statement = { $when } · сторона { $party } сделала заявление о толковании
procedures-event-chair-note = { $when } · председатель отметил отсутствие возражений стороны { $party }
procedures-event-extend = { $when } · срок продлён
procedures-event-withdraw = { $when } · процедура отозвана
procedures-event-superseded = { $when } · процедура заменена новой
procedures-event-closed = { $when } · { $outcome }
