# Системага кирүү барагы.

signin-title = Кирүү
signin-heading = Маджлис системасына кирүү
signin-lede = Байланыш тобуңуздун иш мейкиндиги. Администратор сизге берген эсептик жазуу аркылуу кириңиз.
signin-form-label = Кирүү
signin-username = Колдонуучунун аты
signin-password = Сырсөз
signin-submit = Кирүү
