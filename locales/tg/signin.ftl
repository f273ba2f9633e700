# Саҳифаи воридшавӣ ба низом.

signin-title = Воридшавӣ
signin-heading = Воридшавӣ ба Маҷлис
signin-lede = Фазои кории гурӯҳи тамоси шумо. Бо ҳисоби корбарие, ки маъмур ба шумо додааст, ворид шавед.
signin-form-label = Воридшавӣ
signin-username = Номи корбар
signin-password = Парол
signin-submit = Ворид шудан
