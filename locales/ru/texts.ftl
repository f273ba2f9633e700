# Тексты группы и страница текста.

texts-breadcrumbs = Навигационная цепочка
texts-breadcrumb = Тексты

## Список текстов группы

texts-title = Тексты — { $group }
texts-heading = Тексты: { $group }
texts-lede = Проекты на стадии согласования и принятые тексты, разосланные вам.
texts-link-decisions = Решения
texts-link-public-record = открытый реестр
texts-empty = Вам пока не разослано ни одного текста.
texts-table-label = Тексты
texts-column-title = Название
texts-column-kind = Вид документа
texts-column-penholder = Ответственный за текст
texts-column-distribution = Рассылка
texts-column-classification = Уровень секретности

texts-draft = Подготовить проект текста
texts-title-label = Название
texts-kind-label = Вид документа
texts-negotiating-language = Язык согласования
texts-negotiating-language-hint = Языковой тег: ru, en, fa-AF, uz-Arab…
texts-body-label = Текст
texts-body-hint = Несогласованные фрагменты заключите в квадратные скобки, указав стороны, которые их выдвинули, и варианты формулировок: { $example }.
texts-body-hint-example = [[{"{"}KZ,UZ{"}"} согласны || принимают к сведению]]
texts-distribution-label = Рассылка
texts-listed-parties = Указанные стороны
texts-listed-parties-hint = Для текста с рассылкой указанным сторонам: коды сторон через запятую.
texts-classification-label = Уровень секретности
texts-circulate = Разослать проект

## Уведомления после изменений

texts-notice-created = Проект разослан.
texts-notice-version = Новая редакция выпущена.
texts-notice-amendment = Поправка внесена.
texts-notice-incorporated = Поправка учтена в новой редакции.
texts-notice-declined = Поправка отклонена.
texts-notice-language = Языковая версия добавлена.

## Страница текста

texts-lede-marking = Ответственный за текст: { $penholder } · рассылка: { $distribution } · { $classification } · язык согласования: { $language }
texts-version = Редакция { $version }
texts-version-credited = (с учётом поправки стороны { $party })
texts-open-brackets = { $count ->
        [one] В тексте остаётся { $count } фрагмент в квадратных скобках: до снятия скобок текст не может быть вынесен на решение.
        [few] В тексте остаются { $count } фрагмента в квадратных скобках: до снятия скобок текст не может быть вынесен на решение.
       *[many] В тексте остаётся { $count } фрагментов в квадратных скобках: до снятия скобок текст не может быть вынесен на решение.
    }
texts-bracket-delete = (исключить)
texts-bracket-describe = фрагмент в квадратных скобках № { $number } (строка { $line }, позиция { $column }): { $alternatives }
texts-bracket-describe-held = фрагмент в квадратных скобках № { $number } (строка { $line }, позиция { $column }; выдвинут: { $holders }): { $alternatives }
texts-bracket-alternative = «{ $text }»
texts-bracket-alternative-long = «{ $text }…»
texts-bracket-alternative-nothing = исключить
texts-bracket-or = { $first } или { $last }
texts-bracket-list = { $first }, { $rest }

texts-language-versions = Языковые версии редакции { $version }
texts-language-status-authentic = аутентичный текст
texts-language-status-translation = перевод
texts-prevailing = имеет преимущественную силу

texts-procedures = Процедуры принятия решения
texts-procedures-none = Пока нет.
texts-procedure-on-version = { $kind }, редакция { $version }
texts-open-procedure = Открыть процедуру
texts-open-procedure-on = Открыть процедуру по редакции { $version }
texts-procedure-label = Процедура
texts-procedure-in-session = решение на заседании (стороны, присутствующие на открытом заседании)
texts-procedure-meeting = Заседание (для решения на заседании)
texts-procedure-meeting-none = не выбрано
texts-procedure-deadline = Срок ({ $zone })
texts-procedure-open = Открыть

texts-amendments = Поправки
texts-amendments-none = Поправки не вносились.
texts-amendment-heading = Сторона { $party }, редакция { $version }
texts-amendment-proposed = внесена
texts-amendment-incorporated = учтена
texts-amendment-declined = отклонена
texts-amendment-reason = Обоснование:
texts-amendment-answer = Ответ ответственного за текст:
texts-incorporate = Учесть
texts-decline-reason = Причина отклонения
texts-decline = Отклонить
texts-propose = Внести поправку
texts-propose-to = Внести поправку к редакции { $version }
texts-passage = Заменяемый фрагмент
texts-replacement = Новая формулировка
texts-reason = Обоснование
texts-propose-button = Внести

texts-add-language-to = Добавить языковую версию редакции { $version }
texts-add-language = Добавить языковую версию
texts-language-label = Язык
texts-language-hint = Языковой тег: en, ru, kk, ky, tg, uz, fa-AF, ps, uz-Arab…
texts-language-status = Статус
texts-prevailing-label = Имеет преимущественную силу в случае расхождений
texts-add-language-button = Добавить языковую версию
texts-new-version = Выпустить новую редакцию
texts-new-version-body = Текст редакции { $version }
texts-new-version-button = Выпустить редакцию { $version }

texts-versions = Редакции
texts-version-credits = с учётом поправки стороны { $party }
