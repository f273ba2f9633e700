# Что команда `majlis` выводит оператору (src/cli.rs, src/main.rs), на языке его оболочки
# (LC_ALL, LC_MESSAGES, LANG). Отчёты `verify` и `verify-decision` остаются на английском:
# это доказательства, которые сверяют в разных столицах и читают скрипты.

cli-invalid-input = недопустимые данные: { $fields }
cli-nothing-imported = ничего не импортировано; исправьте следующие строки:
cli-not-found = не найдено: учётной записи, группы или показателя с таким именем нет
cli-user-created = учётная запись { $username } создана
cli-password-changed = пароль пользователя { $username } изменён; все его сеансы и API-токены прекращены
cli-user-disabled = учётная запись { $username } заблокирована
cli-account-active = действует
cli-account-disabled = заблокирована
cli-account-administrator = администратор
cli-group-founded = группа { $code } учреждена
cli-group-parties = { $count ->
    [one] { $count } сторона
    [few] { $count } стороны
   *[many] { $count } сторон
}
cli-placed = пользователь { $username } включён в группу { $code }
cli-imported = { $count ->
    [one] импортировано { $count } значение в { $group } { $indicator }
    [few] импортировано { $count } значения в { $group } { $indicator }
   *[many] импортировано { $count } значений в { $group } { $indicator }
}
cli-schema-up-to-date = схема базы данных актуальна ({ $backend })
cli-schema-applied = применены миграции { $migrations } ({ $backend })
cli-demo-loaded = Демонстрационная группа CGA (Контактная группа по Афганистану) загружена. Учётные записи:
cli-demo-not-loaded = В базе данных уже есть учётные записи; демонстрационные данные повторно не загружались.
cli-demo-refused = загрузка демонстрационных данных: { $reason }

# After `majlis reindex`: $documents — how many; $place — the index's folder, or cli-reindex-in-memory.
cli-reindexed = поисковый индекс перестроен: документов — { $documents } ({ $place })
cli-reindex-in-memory = хранится в памяти: каждый сервер перестраивает его при запуске
