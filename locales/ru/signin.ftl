# Страница входа.

signin-title = Вход
signin-heading = Вход в Маджлис
signin-lede = Рабочее пространство вашей контактной группы. Войдите с учётной записью, предоставленной вам администратором.
signin-form-label = Вход
signin-username = Имя пользователя
signin-password = Пароль
signin-submit = Войти
