# Саҳифаи ҷаласа ва шакли ба нақша гирифтани он (templates/meeting.html, meeting_form.html,
# src/http/pages/meetings.rs).

meetings-breadcrumbs = Занҷираи паймоиш
meetings-breadcrumb-new = Ҷаласаи нав

## Номи ҷаласа. $ordinal — рақами тартибии он дар байни ҷаласаҳои ин формати гурӯҳ
## (дар забони тоҷикӣ шумораи тартибӣ бо пасванди -ум навишта мешавад, пас аз садонок -юм: 1-ум, 2-юм, 3-юм…).

meetings-name-envoys = { $ordinal ->
        [2] Ҷаласаи { $ordinal }-юм
        [3] Ҷаласаи { $ordinal }-юм
        [22] Ҷаласаи { $ordinal }-юм
        [23] Ҷаласаи { $ordinal }-юм
        [30] Ҷаласаи { $ordinal }-юм
        [32] Ҷаласаи { $ordinal }-юм
        [33] Ҷаласаи { $ordinal }-юм
       *[other] Ҷаласаи { $ordinal }-ум
    }
meetings-name-senior-officials = { $ordinal ->
        [2] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [3] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [22] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [23] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [30] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [32] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
        [33] Ҷаласаи { $ordinal }-юм дар сатҳи шахсони мансабдори баландпоя
       *[other] Ҷаласаи { $ordinal }-ум дар сатҳи шахсони мансабдори баландпоя
    }
meetings-name-experts = { $ordinal ->
        [2] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [3] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [22] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [23] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [30] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [32] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
        [33] Ҷаласаи { $ordinal }-юм дар сатҳи коршиносон
       *[other] Ҷаласаи { $ordinal }-ум дар сатҳи коршиносон
    }
meetings-name-ministers = { $ordinal ->
        [2] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [3] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [22] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [23] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [30] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [32] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
        [33] Ҷаласаи { $ordinal }-юм дар сатҳи вазирон
       *[other] Ҷаласаи { $ordinal }-ум дар сатҳи вазирон
    }
meetings-name-extraordinary = { $ordinal ->
        [2] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [3] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [22] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [23] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [30] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [32] Ҷаласаи ғайринавбатии { $ordinal }-юм
        [33] Ҷаласаи ғайринавбатии { $ordinal }-юм
       *[other] Ҷаласаи ғайринавбатии { $ordinal }-ум
    }

## Саҳифаи ҷаласа

# $meeting — номи ҷаласа (дар боло); $group — номи воридшудаи гурӯҳ.
meetings-heading = { $group }: { $meeting }
meetings-notice-planned = Ҷаласа ба нақша гирифта шуд.
meetings-notice-saved = Тағйирот нигоҳ дошта шуд.
meetings-notice-agenda = Рӯзнома нав карда шуд.
meetings-notice-attendance = Ҳайати иштирокчиён нав карда шуд.
meetings-notice-status = Ҳолати ҷаласа тағйир дода шуд.

meetings-details = Маълумот дар бораи ҷаласа
meetings-format = Формат
meetings-host = Тарафи мизбон
meetings-chair = Раис
meetings-starts = Оғоз
meetings-ends = Анҷом
meetings-venue-time-zone = Минтақаи вақти маҳалли баргузорӣ
meetings-invited-guests = Меҳмонони даъватшуда
# $when — сана ва вақт аз рӯи вақти худи хонанда, бо номи шаҳр.
meetings-your-time = { $when } аз рӯи вақти шумо
meetings-add-to-calendar = Илова ба тақвими ман (.ics)

meetings-convene = Кушодани ҷаласа
meetings-convene-confirm = Ҷаласа кушода шуд, қайд карда шавад?
meetings-conclude = Бастани ҷаласа
meetings-conclude-confirm = Ҷаласа анҷом ёфт, қайд карда шавад? Пас аз ин рӯзнома ва маълумоти он ба бойгонӣ мегузарад.
meetings-cancel = Бекор кардани ҷаласа
meetings-cancel-confirm = Ин ҷаласа бекор карда шавад?
meetings-plan-again = Ба нақша гирифтан
meetings-plan-again-confirm = Ҷаласа ба нақша гирифта шавад?

meetings-attendance = Ҳайати иштирокчиён
meetings-attendance-empty = Иштирокчиён ворид нашудаанд.
meetings-party = Тараф
meetings-person = Иштирокчӣ
meetings-person-title = Вазифа
meetings-actions = Амалҳо
# $name — номи воридшудаи шахс.
meetings-attendance-remove-confirm = { $name } аз ҳайати иштирокчиён хориҷ карда шавад?
meetings-remove = Хориҷ кардан
meetings-record-attendance = Ворид кардани иштирокчӣ
meetings-person-name = Насаб, ном
meetings-record = Ворид кардан

meetings-agenda = Рӯзнома
meetings-agenda-empty = Рӯзнома холӣ аст.
meetings-agenda-move-up = Ба боло гузаронидан
meetings-agenda-move-down = Ба поён гузаронидан
meetings-agenda-remove-confirm = Банди «{ $title }» аз рӯзнома хориҷ карда шавад?
meetings-edit = Таҳрир кардан
# $number — ҷои банд дар рӯзнома.
meetings-agenda-edit-label = Таҳрир кардани банди { $number }-и рӯзнома
meetings-agenda-title = Ном
meetings-agenda-description = Тавсиф
meetings-save = Нигоҳ доштан
meetings-agenda-add = Илова кардани банд ба рӯзнома
meetings-agenda-add-button = Илова кардани банд

meetings-change = Тағйир додани вақт, ҷой, тарафи мизбон ё раис
meetings-edit-label = Таҳрири маълумоти ҷаласа
meetings-city = Шаҳр
meetings-venue = Маҳалли баргузорӣ
meetings-starts-venue-time = Оғоз (аз рӯи вақти маҳаллӣ)
meetings-ends-venue-time = Анҷом (аз рӯи вақти маҳаллӣ)
meetings-save-changes = Нигоҳ доштани тағйирот

## Ба нақша гирифтани ҷаласа

meetings-plan-title = Ба нақша гирифтани ҷаласа
# $group — номи воридшудаи гурӯҳ.
meetings-plan-heading = Ба нақша гирифтани ҷаласа: { $group }
meetings-plan-lede = Агар шумо дигар чизеро интихоб накунед, тарафи мизбон ва раис бо тартиби навбат муайян карда мешаванд. Вақт аз рӯи вақти маҳаллии ҷойи баргузорӣ нишон дода мешавад.
# $party — рамзи тарафи узве, ки тибқи навбат навбатӣ аст.
meetings-next-in-rotation = Тарафи навбатӣ тибқи навбат: { $party }.
meetings-chair-is-host = Тарафи мизбон
meetings-time-zone-hint = Номи пойгоҳи IANA, масалан, Asia/Bishkek ё Europe/Vienna.
meetings-invited-guest-parties = Тарафҳои меҳмони даъватшуда
# $parties — рамзҳои тарафҳои меҳмони гурӯҳ, бо вергул ҷудо карда.
meetings-guests-hint = Рамзҳо бо вергул ҷудо карда мешаванд; тарафҳои меҳмони гурӯҳ: { $parties }.
meetings-plan-button = Ба нақша гирифтани ҷаласа
meetings-plan-cancel = Бекор кардан
