# Показатели и их значения (templates/indicators.html, templates/indicator.html,
# src/http/pages/figures.rs, src/http/pages/chart.rs); суммы, денежные величины и периоды
# для всех страниц контроля исполнения (src/http/pages/figures/words.rs).

## Числа, денежные величины и периоды

figures-scaled-thousands = { $number } тыс.
figures-scaled-millions = { $number } млн
figures-scaled-billions = { $number } млрд
figures-amount = { $number } { $unit }
figures-percent = { $number } %
figures-period-year = { $year } г.
figures-period-months = { $first }–{ $last } { $year } г.
figures-period-days = { $first } – { $last }

# Валюты — в форме, которая стоит после «млн», «млрд» или числа.
figures-currency-usd = долл. США
figures-currency-eur = евро
figures-currency-rub = руб.
figures-currency-cny = юаней
figures-currency-kzt = тенге
figures-currency-uzs = сумов
figures-currency-kgs = сомов
figures-currency-tjs = сомони
figures-currency-tmt = манатов
figures-currency-afn = афгани
figures-currency-pkr = пакист. рупий
figures-currency-irr = иран. риалов
figures-currency-inr = инд. рупий
figures-currency-try = тур. лир
figures-currency-aed = дирхамов ОАЭ
figures-currency-gbp = ф. ст.
figures-currency-jpy = иен
figures-currency-chf = швейц. франков

figures-flow-turnover = товарооборот
figures-flow-exports = экспорт
figures-flow-imports = импорт

## Расхождения между источниками

figures-conflict-same-period = Значения показателя для { $pair } за { $period } расходятся: { $first } ({ $first-source }) и { $second } ({ $second-source }).
figures-conflict-part-exceeds-year = Значение для { $pair } за { $part-period } ({ $part }, { $part-source }) превышает значение за весь { $year } год ({ $whole }, { $whole-source }), в который этот период входит.
figures-conflict-part-exceeds-whole = Значение для { $pair } за { $part-period } ({ $part }, { $part-source }) превышает значение за охватывающий его период { $whole-period } ({ $whole }, { $whole-source }).

## Показатели группы

figures-list-title = Показатели: { $group }
figures-breadcrumbs = Навигационная цепочка
figures-breadcrumb = Показатели
figures-list-heading = Показатели: { $group }
figures-no-indicators = Показатели пока не заведены.
figures-indicators-label = Показатели
figures-column-indicator = Показатель
figures-column-unit = Единица измерения
figures-column-count = Доступно значений
figures-column-latest = Последнее значение
figures-latest = { $pair }, { $period }: { $amount } ({ $source })

## Показатель

figures-lede = Единица измерения: { $unit }. Каждое значение приводится со ссылкой на источник; расходящиеся значения приводятся рядом и не объединяются.
figures-lede-flow = Единица измерения: { $unit }; показатель потока ({ $flow }) за каждый период, поэтому значение за часть периода не может превышать значение за весь период. Каждое значение приводится со ссылкой на источник; расходящиеся значения приводятся рядом и не объединяются.
figures-imported = { $count ->
    [one] Импортировано { $count } значение; сохранены все строки.
    [few] Импортировано { $count } значения; сохранены все строки.
   *[many] Импортировано { $count } значений; сохранены все строки.
}
figures-conflicts-heading = Расхождения между источниками
figures-chart-heading = График
figures-chart-caption = Каждому источнику соответствует отдельный ряд; отмеченная точка расходится с другим значением. Длинный ряд строится по наименьшему и наибольшему значению каждого отрезка времени и по всем расходящимся значениям; в таблицах и в файле CSV приведены все значения.
figures-download-csv = Скачать доступные вам значения (CSV)

figures-targets-heading = Целевые значения
figures-no-targets = Целевые значения не установлены.
figures-target-goal = { $amount } в год к { $year } г.
figures-target-source = Источник: { $source }
figures-target-progress-label = Ход достижения целевого значения для { $pair }
figures-target-reached = Достигнуто { $percent } (исходя из значения { $from }).
figures-target-from = { $amount } за { $period }, источник: { $source }
figures-growth-needed = Необходимый ежегодный рост: { $rate } (в сложном исчислении).
figures-rate-per-year = { $percent } в год
figures-no-whole-year = Значения за полный год, от которого можно отсчитывать ход достижения, пока нет.
figures-how-computed = Порядок расчёта
figures-how-computed-text = Ход достижения — последнее значение пары за полный год, делённое на целевое значение и умноженное на 100. Необходимый рост — годовой темп, который в сложном исчислении доводит последнее значение за полный год до целевого к году, установленному для цели: { $formula }, где «число лет» — разность между годом цели и годом последнего значения. Обе величины рассчитываются в точной десятичной арифметике.
figures-formula-target = целевое значение
figures-formula-latest = последнее значение
figures-formula-years = число лет

figures-pair-table-label = Значения { $pair }
figures-column-period = Период
figures-column-value = Значение
figures-column-source = Источник
figures-column-note = Примечание
figures-column-distribution = Рассылка
figures-disagrees = расхождение
figures-hidden = { $count ->
    [one] { $count } более раннее значение пары { $pair } отражено на графике и в файле CSV; { $link }.
    [few] { $count } более ранних значения пары { $pair } отражены на графике и в файле CSV; { $link }.
   *[many] { $count } более ранних значений пары { $pair } отражены на графике и в файле CSV; { $link }.
}
figures-list-every-figure = показать все значения
figures-none-yet = Доступных вам значений пока нет.

figures-record-heading = Внести значение показателя
figures-field-reporter = Отчитывающаяся сторона
figures-field-partner = Партнёр (код ISO)
figures-field-first-day = Первый день
figures-field-last-day = Последний день
figures-field-value = Значение ({ $unit })
figures-field-value-help = Только цифры, при необходимости — с точкой: 545200000
figures-field-source = Источник
figures-field-source-link = Ссылка на источник
figures-field-note = Примечание
figures-field-who-sees-it = Кому доступно
figures-sees-group = Всей группе
figures-sees-members = Только членам группы
figures-sees-national = Только моей делегации
figures-sees-public = Всем
figures-record-button = Внести значение

figures-import-heading = Импорт значений из файла CSV
figures-import-help = Наши столбцы ({ $ours }) или столбцы UN Comtrade ({ $year } или { $period }, { $rest }). Сохраняются либо все строки, либо ни одной.
figures-import-refused = Ничего не сохранено. Исправьте следующие строки и повторите импорт:
figures-import-form-label = Импорт значений
figures-import-file = Файл CSV
figures-import-paste = Или вставьте его содержимое
figures-import-source = Источник для всех строк
figures-import-source-placeholder = UN Comtrade
figures-import-button = Импортировать

## График (его текст зачитывается тем, кто не видит изображения)

figures-chart-summary =
    { $figures ->
        [one] { $figures } значение
        [few] { $figures } значения
       *[many] { $figures } значений
    } из { $sources ->
        [one] { $sources } источника
       *[many] { $sources } источников
    }; единица измерения — { $unit }.
figures-chart-no-conflicts = Расхождений нет.
figures-chart-conflicts = { $count ->
    [one] { $count } расхождение: { $sentences }
    [few] { $count } расхождения: { $sentences }
   *[many] { $count } расхождений: { $sentences }
}
figures-chart-axis-value = { $number } { $unit }
figures-chart-figure = { $pair }, { $period }: { $value } ({ $source })
figures-chart-figure-in-conflict = { $pair }, { $period }: { $value } ({ $source }); расходится с другим значением
