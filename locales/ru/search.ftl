# Поиск (templates/search.html, поле поиска в шапке base.html, src/http/pages/search.rs)
# и отказы в поиске (src/domain/search.rs, src/http/input/search.rs).

search-label = Поиск
search-placeholder = Поиск…
search-button = Найти
search-heading = Поиск
search-hint = Слова ищутся во всех формах, на русском и английском языках: по запросу «железная дорога» найдется и «железной дороги». Поиск ведется только по доступным вам материалам.
search-kind = Вид
search-kind-any = Любой вид
search-kind-text = Текст
search-kind-paper = Документ
search-kind-comment = Комментарий
search-kind-decision = Решение
search-kind-meeting = Заседание
# $count — сколько доступных читателю материалов найдено.
search-total = { $count ->
        [one] Найден { $count } материал
        [few] Найдено { $count } материала
       *[other] Найдено { $count } материалов
    }
search-none = Среди доступных вам материалов ничего не найдено.

error-search-empty = введите слово для поиска
# $max — предел в знаках.
error-search-too-long = поисковый запрос не может превышать { $max } знаков
error-search-control = поисковый запрос — это одна строка слов
error-search-meeting = заседание указывается его номером
# $max — наибольшее число результатов за раз.
error-search-limit = целое число от 1 до { $max }
