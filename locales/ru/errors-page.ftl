# Страница, которая показывается вместо недоступной: заголовок по виду проблемы и путь назад.

errors-page-not-found-heading = Страница не найдена
errors-page-not-found = Такой страницы нет, или вы не входите в круг её адресатов. Проверьте адрес или вернитесь к списку ваших групп.
errors-page-forbidden-heading = У вас нет полномочий на это действие
errors-page-conflict-heading = Сейчас это действие невозможно
errors-page-bad-credentials-heading = Вход отклонён
errors-page-too-many-attempts-heading = Слишком много попыток
errors-page-invalid-input-heading = Неверные данные
errors-page-invalid-rows-heading = Неверные строки
errors-page-internal-heading = Внутренняя ошибка
errors-page-method-heading = Эта страница не выполняет такое действие
errors-page-method = Странице направлен запрос, который она не выполняет. Вернитесь назад и воспользуйтесь её ссылками и формами.
errors-page-unreadable-heading = Не удалось прочитать запрос
errors-page-unreadable = Не удалось прочитать адрес или отправленную форму. Вернитесь назад и повторите попытку со страницы.
errors-page-back = К списку ваших групп
errors-page-render-failed = не удалось сформировать страницу
