# `majlis` буйругу операторго чыгарган тексттер (src/cli.rs, src/main.rs), анын
# кабыгынын тилинде (LC_ALL, LC_MESSAGES, LANG). `verify` жана `verify-decision`
# отчёттору англисче калат: алар борборлордо салыштырылуучу жана скрипттер окуучу далил.

cli-invalid-input = жараксыз маалыматтар: { $fields }
cli-nothing-imported = эч нерсе импорттолгон жок; төмөнкү саптарды оңдоңуз:
cli-not-found = табылган жок: мындай аталыштагы эсептик жазуу, топ же көрсөткүч жок
cli-user-created = { $username } эсептик жазуусу түзүлдү
cli-password-changed = { $username } колдонуучусунун сырсөзү өзгөртүлдү; анын бардык сеанстары жана API токендери токтотулду
cli-user-disabled = { $username } эсептик жазуусу бөгөттөлдү
cli-account-active = активдүү
cli-account-disabled = бөгөттөлгөн
cli-account-administrator = администратор
cli-group-founded = { $code } тобу түзүлдү
cli-group-parties = { $count ->
    [one] { $count } тарап
   *[other] { $count } тарап
}
cli-placed = { $username } колдонуучусу { $code } тобуна киргизилди
cli-imported = { $count ->
    [one] { $group } { $indicator } көрсөткүчүнө { $count } маани импорттолду
   *[other] { $group } { $indicator } көрсөткүчүнө { $count } маани импорттолду
}
cli-schema-up-to-date = маалымат базасынын схемасы актуалдуу ({ $backend })
cli-schema-applied = миграциялар колдонулду: { $migrations } ({ $backend })
cli-demo-loaded = CGA демонстрациялык тобу (Ооганстан боюнча байланыш тобу) жүктөлдү. Эсептик жазуулар:
cli-demo-not-loaded = Маалымат базасында эсептик жазуулар бар; демонстрациялык маалыматтар кайра жүктөлгөн жок.
cli-demo-refused = демонстрациялык маалыматтарды жүктөө: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = издөө индекси кайра түзүлдү: { $documents } документ ({ $place })
cli-reindex-in-memory = эс тутумда сакталат: ар бир сервер аны ишке киргенде кайра түзөт
