# Жеке барак: топтордогу орундар, убакыт алкагы, календарь, сеанстар, API токендери, сырсөз жана
# (атайын өкүлдөр үчүн) орун басарга ыйгарым укук берүү.

me-title = Профиль
# $username: колдонуучунун логини; $clearance: уруксат деңгээли.
me-lede = Системага кирген колдонуучу: { $username }. Уруксат деңгээли: { $clearance }.
me-notice-time-zone = Убакыт алкагы сакталды.
me-notice-authorised = Орун басарга ыйгарым укук берилди.
me-notice-password = Сырсөз өзгөртүлдү. Башка сеанстарыңыз жана бардык API токендериңиз токтотулду.
me-notice-session-ended = Сеанс аяктады.
me-notice-token-revoked = API токени кайтарылып алынды.
me-notice-calendar = Календардын жаңы дареги түзүлдү.
# Убакыт азырынча белгисиз болгондо (сеанс кайра көрүнгөн эмес, токен эч качан колдонулган эмес).
me-never = эч качан

me-seats-heading = Топтордогу орундарыңыз
me-seats-empty = Сиз эч бир топто орун ээлебейсиз.
# Орун: $group — топтун аталышы, $role — адамдын андагы ролу; $party — тараптын коду.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }, { $party } тарабы

me-time-zone-heading = Убакыт алкагы
me-time-zone-intro = Убакыт жыйын өтүүчү жердин алкагы жана сиздин алкагыңыз боюнча көрсөтүлөт.
me-time-zone-form = Убакыт алкагы
me-time-zone-label = Сиздин убакыт алкагыңыз
me-time-zone-hint = IANA базасындагы аталыш, мисалы, Asia/Bishkek же Europe/Moscow.
me-time-zone-save = Сактоо

me-calendar-heading = Календарь
me-calendar-intro = Календарь программаларында жазылууга боло турган жеке дарек; анда сизге жеткиликтүү бардык жыйындар көрсөтүлгөн.
me-calendar-new-address = Календардын жаңы дареги (бир гана жолу көрсөтүлөт): { $url }
me-calendar-form = Календарь
me-calendar-confirm = Жаңы дарек мурункусун алмаштырат. Улантасызбы?
me-calendar-renew = Календардын жаңы дарегин түзүү

me-actions = Аракеттер
me-sessions-heading = Активдүү сеанстар
me-sessions-intro = Сиз системага кирген бардык браузерлер. Өзүңүзгө тааныш эмес сеанстарды аяктаңыз; сырсөз өзгөртүлгөндө учурдагы сеанстан башка бардык сеанстар аяктайт.
me-sessions-table = Активдүү сеанстар
me-sessions-signed-in = Кирген убактысы
me-sessions-last-seen = Акыркы активдүүлүк
me-sessions-expires = Жарактуулук мөөнөтү
me-sessions-this = учурдагы сеанс
me-sessions-confirm-this = Бул браузерде системадан чыгасызбы?
me-sessions-sign-out = Аяктоо

me-tokens-heading = API токендери
# $route: токенди түзгөн API чакыруусу.
me-tokens-empty = Сизде API токендери жок. Программалар аларды { $route } аркылуу алышат.
me-tokens-intro = Сиздин атыңыздан аракеттенген программалар. Кайтарылып алынган токен ошол замат жараксыз болот.
me-tokens-table = API токендери
me-tokens-name = Аталышы
me-tokens-created = Түзүлгөн
me-tokens-last-used = Акыркы колдонулушу
me-tokens-expires = Жарактуулук мөөнөтү
# $name: адам токенге берген аталыш.
me-tokens-confirm-revoke = «{ $name }» токенин кайтарып аласызбы? Аны колдонгон программалар иштебей калат.
me-tokens-revoke = Кайтарып алуу

me-password-heading = Сырсөздү өзгөртүү
me-password-intro = Сырсөз өзгөртүлгөндө башка сеанстарыңыз жана бардык API токендериңиз токтотулат; учурдагы сеанс сакталат.
me-password-form = Сырсөздү өзгөртүү
me-password-current = Учурдагы сырсөз
me-password-new = Жаңы сырсөз
me-password-hint = Кеминде 12 белги жана табууга кыйын болсун: сейрек кездешкен бир нече сөз жакшы ылайыктуу. Аны колдонуучу атыңыздан же өз атыңыздан түзбөңүз.
me-password-submit = Сырсөздү өзгөртүү

me-authorise-heading = Орун басарга ыйгарым укук берүү
me-authorise-intro = Орун басарыңыз сиз белгилеген убакытка чейин тарабыңыздын позицияларын каттай алат. Ыйгарым укук берүү журналга жазылат.
me-authorise-form = Орун басарга ыйгарым укук берүү
me-authorise-group = Топ
me-authorise-deputy = Орун басардын колдонуучу аты
# $zone: адамдын убакыт алкагы, мисалы, Asia/Almaty.
me-authorise-until = Мөөнөтү (сиздин убактыңыз боюнча, { $zone })
me-authorise-submit = Ыйгарым укук берүү

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Почта
me-mail-intro = Majlis сизге тарабыңыздан жооп талап кылынган маселелер жана кабыл алынган чечимдер жөнүндө почта аркылуу кабарлайт. «Купуя эмес» грифинен жогору материалдар тууралуу катта номери, аталышы жана шилтеме гана берилет, тексти берилбейт.
me-mail-form = Почта жөндөөлөрү
me-mail-email = Электрондук почта дарегиңиз
me-mail-email-hint = Кат албоо үчүн талааны бош калтырыңыз.
me-mail-tell-me = Мага кабарлаңыз
me-mail-asked = тарабымдан позиция суралганда же унчукпоо жол-жобосу ачылганда
me-mail-deadline = тарабым али жооп бере элек мөөнөттөн бир күн мурун
me-mail-adopted = чечим кабыл алынганда
me-mail-digest = Өзүнчө каттардын ордуна ар күнү эртең менен бир жыйынтык жөнөтүлсүн
me-mail-save = Почта жөндөөлөрүн сактоо
me-notice-mail = Почта жөндөөлөрү сакталды.
