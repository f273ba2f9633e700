# Слова, общие для всех страниц: рамка, даты, языки.

date-time-in-zone = { $date }, { $time } ({ $zone })

## Рамка каждой страницы

frame-skip-to-content = Перейти к основному содержанию
frame-nav-label = Основное меню
frame-nav-groups = Группы
frame-nav-inbox = Входящие
frame-nav-profile = Профиль
frame-nav-admin = Администрирование
frame-signed-in-as = Вы вошли как
frame-sign-out = Выйти
frame-sign-in = Войти
frame-language = Язык
frame-language-apply = Применить
frame-footer = Маджлис — официальные записи группы
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = Страница обновлена.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = С момента открытия страница изменилась. Чтобы увидеть изменения, обновите её; введённый вами текст до тех пор сохраняется.
