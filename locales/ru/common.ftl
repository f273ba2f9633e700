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
