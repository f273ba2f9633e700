# Администратордун барагы: эсептик жазуулар, топторду түзүү, адамдарды делегацияларга киргизүү.

admin-title = Администрлөө
admin-heading = Администрлөө
admin-lede = Ушул системанын эсептик жазуулары, топтору жана делегациялары. Администратор өзү делегациянын курамына киргизилбесе, топтордун ишин көрбөйт.
admin-notice-user = Эсептик жазуу түзүлдү.
admin-notice-group = Топ түзүлдү.
admin-notice-placed = Колдонуучу топко киргизилди.
admin-notice-disabled = Эсептик жазуу бөгөттөлдү.
admin-notice-password = Сырсөз орнотулду. Бул колдонуучунун бардык сеанстары жана API токендери токтотулду.

admin-username = Колдонуучунун аты
admin-clearance = Уруксат деңгээли

admin-create-account-heading = Эсептик жазуу түзүү
admin-username-hint = Кичине латын тамгалары менен, мисалы, kz.envoy
admin-full-name = Толук аты-жөнү
admin-initial-password = Баштапкы сырсөз
admin-initial-password-hint = Кеминде 12 белги жана табууга кыйын болсун.
admin-time-zone = Убакыт алкагы
admin-create-account-submit = Эсептик жазуу түзүү

admin-place-heading = Колдонуучуну топко киргизүү
admin-place-no-group = Адегенде топ түзүңүз.
admin-place-group = Топ
admin-place-party = Тараптын коду
admin-place-party-hint = Катчылык үчүн бош калтырыңыз.
admin-place-role = Ролу
admin-place-title = Кызмат орду
admin-place-submit = Киргизүү

admin-set-password-heading = Сырсөз орнотуу
admin-set-password-intro = Сырсөзүн жоготкон же сырсөзү башкаларга белгилүү болуп калышы мүмкүн болгон колдонуучу үчүн. Бул колдонуучунун бардык сеанстары жана API токендери дароо токтотулат.
admin-set-password-account = Эсептик жазуу
admin-set-password-new = Жаңы сырсөз
admin-set-password-hint = Кеминде 12 белги жана табууга кыйын болсун; аны колдонуучунун атынан же ээсинин атынан түзбөңүз.
admin-set-password-submit = Сырсөздү орнотуу

admin-found-group-heading = Топ түзүү
admin-group-code = Коду
admin-group-code-hint = Документтердин шарттуу белгилеринде колдонулат, мисалы, CGA.
admin-group-name = Аталышы
admin-group-languages = Иш тилдери
admin-group-languages-hint = Үтүр менен бөлүп, мисалы: орус, англис.
admin-group-time-zone = Катчылыктын убакыт алкагы
admin-group-parties = Тараптар
# $example: үлгү сап, мисалы, "KZ, Kazakhstan, member" (статус сөздөрү жазылгандай калат:
# форма ошолорду окуйт).
admin-group-parties-hint = Ар бир сапта бирден: коду, аталышы, статусу (member — мүчө, observer — байкоочу, guest — конок). Мисалы: { $example }
admin-group-rotation = Ротация тартиби
admin-group-rotation-hint = Мүчөлөрдүн коддору жыйындарды кабыл алуу тартибинде, үтүр менен бөлүп.
admin-group-quorum = Кворум
admin-group-quorum-hint = Кворум мүчөлөрдүн жарымынан көбүн түзүшү үчүн бош калтырыңыз.
admin-group-min-silence = Унчукпоо жол-жобосунун эң кыска мөөнөтү (сааттар менен)
admin-found-group-submit = Топту түзүү

admin-accounts-heading = Эсептик жазуулар
admin-accounts-name = Аты-жөнү
admin-accounts-state = Абалы
admin-accounts-actions = Аракеттер
admin-accounts-administrator = администратор
admin-accounts-disabled = бөгөттөлгөн
admin-accounts-active = активдүү
# $username: бөгөттөлүүчү эсептик жазуунун логини.
admin-accounts-confirm-disable = { $username } эсептик жазуусун бөгөттөйсүзбү? Анын бардык сеанстары дароо аяктайт.
admin-accounts-disable = Бөгөттөө
