# Страница решения и список решений группы.

decisions-breadcrumbs = Навигационная цепочка
decisions-breadcrumb = Решения

## Список

decisions-title = Решения — { $group }
decisions-heading = Решения: { $group }
decisions-empty = Вам пока не разослано ни одного решения.

## Запись о решении

decisions-adopted = Принято
decisions-record = Запись
decisions-recorded-later = Внесено позднее: { $name }, { $date }
decisions-procedure = Процедура
decisions-procedure-opened = { $procedure }, открыта { $when }
decisions-text = Текст
decisions-version = редакция { $version }
decisions-distribution = Рассылка
decisions-text-authentic = Текст ({ $language }, аутентичный)
decisions-status-authentic = аутентичный текст
decisions-status-translation = перевод
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, имеет преимущественную силу)
decisions-positions = Позиции сторон-членов
decisions-positions-reported = Позиции сторон-членов по данным секретариата
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (по данным секретариата)
decisions-position-kept-silence = { $party }: хранила молчание
decisions-position-kept-silence-absent = { $party }: хранила молчание (отсутствовала на заседании)
decisions-statements = Заявления о толковании
decisions-evidence-link = Скачать пакет доказательств (JSON)
decisions-evidence-check = — его можно проверить без подключения к сети командой { $command }.
