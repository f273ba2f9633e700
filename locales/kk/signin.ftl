# Жүйеге кіру беті.

signin-title = Кіру
signin-heading = Маджлис жүйесіне кіру
signin-lede = Байланыс тобыңыздың жұмыс кеңістігі. Әкімші сізге берген тіркелгі арқылы кіріңіз.
signin-form-label = Кіру
signin-username = Пайдаланушы аты
signin-password = Құпиясөз
signin-submit = Кіру
