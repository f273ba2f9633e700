# Саҳифаи маъмур: ҳисобҳои корбарӣ, таъсиси гурӯҳҳо, ворид кардани шахсон ба ҳайатҳо.

admin-title = Маъмурият
admin-heading = Маъмурият
admin-lede = Ҳисобҳои корбарӣ, гурӯҳҳо ва ҳайатҳои ин низом. Маъмур, агар худаш ба ҳайате дохил карда нашуда бошад, кори гурӯҳҳоро намебинад.
admin-notice-user = Ҳисоби корбарӣ сохта шуд.
admin-notice-group = Гурӯҳ таъсис дода шуд.
admin-notice-placed = Корбар ба гурӯҳ дохил карда шуд.
admin-notice-disabled = Ҳисоби корбарӣ ғайрифаъол карда шуд.
admin-notice-password = Парол муқаррар карда шуд. Ҳамаи сеансҳо ва токенҳои API-и ин корбар қатъ гардиданд.

admin-username = Номи корбар
admin-clearance = Сатҳи дастрасӣ

admin-create-account-heading = Сохтани ҳисоби корбарӣ
admin-username-hint = Бо ҳарфҳои хурди лотинӣ, масалан, kz.envoy
admin-full-name = Насаб ва ном
admin-initial-password = Пароли ибтидоӣ
admin-initial-password-hint = На камтар аз 12 аломат ва барои тахмин душвор.
admin-time-zone = Минтақаи вақт
admin-create-account-submit = Сохтани ҳисоби корбарӣ

admin-place-heading = Дохил кардани корбар ба гурӯҳ
admin-place-no-group = Аввал гурӯҳро таъсис диҳед.
admin-place-group = Гурӯҳ
admin-place-party = Рамзи тараф
admin-place-party-hint = Барои котибот холӣ гузоред.
admin-place-role = Нақш
admin-place-title = Вазифа
admin-place-submit = Дохил кардан

admin-set-password-heading = Муқаррар кардани парол
admin-set-password-intro = Барои корбаре, ки паролашро гум кардааст ё паролаш метавонад ба дигарон маълум шуда бошад. Ҳамаи сеансҳо ва токенҳои API-и ин корбар фавран қатъ мегарданд.
admin-set-password-account = Ҳисоби корбарӣ
admin-set-password-new = Пароли нав
admin-set-password-hint = На камтар аз 12 аломат ва барои тахмин душвор; онро аз номи корбар ё номи соҳибаш насозед.
admin-set-password-submit = Муқаррар кардани парол

admin-found-group-heading = Таъсиси гурӯҳ
admin-group-code = Рамз
admin-group-code-hint = Дар рамзҳои шартии ҳуҷҷатҳо истифода мешавад, масалан, CGA.
admin-group-name = Ном
admin-group-languages = Забонҳои корӣ
admin-group-languages-hint = Бо вергул ҷудо карда, масалан: русӣ, англисӣ.
admin-group-time-zone = Минтақаи вақти котибот
admin-group-parties = Тарафҳо
# $example: сатри намунавӣ, масалан, "KZ, Kazakhstan, member" (калимаҳои мақом ҳамон тавре ки навишта шудаанд,
# мемонанд: шакл маҳз онҳоро мехонад).
admin-group-parties-hint = Дар ҳар сатр яктогӣ: рамз, ном, мақом (member — узв, observer — нозир, guest — меҳмон). Масалан: { $example }
admin-group-rotation = Тартиби навбат
admin-group-rotation-hint = Рамзҳои аъзо бо тартиби мизбонии ҷаласаҳо, бо вергул ҷудо карда.
admin-group-quorum = Кворум
admin-group-quorum-hint = Барои он ки кворум аз нисфи аъзо зиёд бошад, холӣ гузоред.
admin-group-min-silence = Мӯҳлати ҳадди ақалли тартиби хомӯшӣ (бо соат)
admin-found-group-submit = Таъсис додани гурӯҳ

admin-accounts-heading = Ҳисобҳои корбарӣ
admin-accounts-name = Ном
admin-accounts-state = Ҳолат
admin-accounts-actions = Амалҳо
admin-accounts-administrator = маъмур
admin-accounts-disabled = ғайрифаъол
admin-accounts-active = фаъол
# $username: логини ҳисоби корбарие, ки ғайрифаъол карда мешавад.
admin-accounts-confirm-disable = Ҳисоби { $username } ғайрифаъол карда шавад? Ҳамаи сеансҳои ӯ фавран анҷом меёбанд.
admin-accounts-disable = Ғайрифаъол кардан
