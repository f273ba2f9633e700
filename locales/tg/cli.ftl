# Матнҳое, ки фармони `majlis` ба оператор нишон медиҳад (src/cli.rs, src/main.rs), бо
# забони муҳити ӯ (LC_ALL, LC_MESSAGES, LANG). Ҳисоботҳои `verify` ва `verify-decision`
# бо забони англисӣ мемонанд: онҳо далеланд, ки дар пойтахтҳо муқоиса мешаванд ва скриптҳо мехонанд.

cli-invalid-input = маълумоти нодуруст: { $fields }
cli-nothing-imported = ҳеҷ чиз ворид карда нашуд; ин сатрҳоро ислоҳ кунед:
cli-not-found = ёфт нашуд: ҳисоби корбарӣ, гурӯҳ ё нишондиҳанда бо чунин ном нест
cli-user-created = ҳисоби корбарии { $username } сохта шуд
cli-password-changed = пароли корбари { $username } иваз карда шуд; ҳамаи сеансҳо ва токенҳои API-и ӯ қатъ гардиданд
cli-user-disabled = ҳисоби корбарии { $username } ғайрифаъол карда шуд
cli-account-active = фаъол
cli-account-disabled = ғайрифаъол
cli-account-administrator = маъмур
cli-group-founded = гурӯҳи { $code } таъсис дода шуд
cli-group-parties = { $count ->
    [one] { $count } тараф
   *[other] { $count } тараф
}
cli-placed = корбари { $username } ба гурӯҳи { $code } дохил карда шуд
cli-imported = { $count ->
    [one] { $count } арзиш ба { $group } { $indicator } ворид карда шуд
   *[other] { $count } арзиш ба { $group } { $indicator } ворид карда шуд
}
cli-schema-up-to-date = нақшаи пойгоҳи додаҳо навтарин аст ({ $backend })
cli-schema-applied = муҳоҷиратҳо татбиқ шуданд: { $migrations } ({ $backend })
cli-demo-loaded = Гурӯҳи намоишии CGA (Гурӯҳи тамос оид ба Афғонистон) бор карда шуд. Ҳисобҳои корбарӣ:
cli-demo-not-loaded = Дар пойгоҳи додаҳо аллакай ҳисобҳои корбарӣ ҳастанд; маълумоти намоишӣ дубора бор карда нашуд.
cli-demo-refused = бор кардани маълумоти намоишӣ: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = индекси ҷустуҷӯ аз нав сохта шуд: { $documents } ҳуҷҷат ({ $place })
cli-reindex-in-memory = дар хотира нигоҳ дошта мешавад: ҳар сервер онро ҳангоми оғоз аз нав месозад
