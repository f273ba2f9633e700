# Жеке бет: топтардағы орындар, уақыт белдеуі, күнтізбе, сеанстар, API токендері, құпиясөз және
# (арнайы өкілдер үшін) орынбасарға өкілеттік беру.

me-title = Профиль
# $username: пайдаланушының логині; $clearance: рұқсат деңгейі.
me-lede = Жүйеге кірген пайдаланушы: { $username }. Рұқсат деңгейі: { $clearance }.
me-notice-time-zone = Уақыт белдеуі сақталды.
me-notice-authorised = Орынбасарға өкілеттік берілді.
me-notice-password = Құпиясөз өзгертілді. Басқа сеанстарыңыз бен барлық API токендеріңіз тоқтатылды.
me-notice-session-ended = Сеанс аяқталды.
me-notice-token-revoked = API токені кері қайтарылды.
me-notice-calendar = Күнтізбенің жаңа мекенжайы жасалды.
# Уақыт әлі белгісіз болғанда (сеанс қайта көрінбеген, токен ешқашан пайдаланылмаған).
me-never = ешқашан

me-seats-heading = Топтардағы орындарыңыз
me-seats-empty = Сіз ешбір топта орын иеленбейсіз.
# Орын: $group — топтың атауы, $role — адамның ондағы рөлі; $party — тараптың коды.
me-seat = { $group }: { $role }
me-seat-for-party = { $group }: { $role }, { $party } тарапы

me-time-zone-heading = Уақыт белдеуі
me-time-zone-intro = Уақыт отырыс өтетін жердің белдеуі және сіздің белдеуіңіз бойынша көрсетіледі.
me-time-zone-form = Уақыт белдеуі
me-time-zone-label = Сіздің уақыт белдеуіңіз
me-time-zone-hint = IANA дерекқорындағы атау, мысалы, Asia/Almaty немесе Europe/Moscow.
me-time-zone-save = Сақтау

me-calendar-heading = Күнтізбе
me-calendar-intro = Күнтізбе бағдарламаларында жазылуға болатын жеке мекенжай; онда сізге қолжетімді барлық отырыстар көрсетілген.
me-calendar-new-address = Күнтізбенің жаңа мекенжайы (бір рет қана көрсетіледі): { $url }
me-calendar-form = Күнтізбе
me-calendar-confirm = Жаңа мекенжай бұрынғысын алмастырады. Жалғастыру керек пе?
me-calendar-renew = Күнтізбенің жаңа мекенжайын жасау

me-actions = Әрекеттер
me-sessions-heading = Белсенді сеанстар
me-sessions-intro = Сіз жүйеге кірген барлық браузерлер. Өзіңізге таныс емес сеанстарды аяқтаңыз; құпиясөз өзгертілгенде ағымдағы сеанстан басқа барлық сеанстар аяқталады.
me-sessions-table = Белсенді сеанстар
me-sessions-signed-in = Кірген уақыты
me-sessions-last-seen = Соңғы белсенділік
me-sessions-expires = Жарамдылық мерзімі
me-sessions-this = ағымдағы сеанс
me-sessions-confirm-this = Осы браузерде жүйеден шығасыз ба?
me-sessions-sign-out = Аяқтау

me-tokens-heading = API токендері
# $route: токен жасайтын API шақыруы.
me-tokens-empty = Сізде API токендері жоқ. Бағдарламалар оларды { $route } арқылы алады.
me-tokens-intro = Сіздің атыңыздан әрекет ететін бағдарламалар. Кері қайтарылған токен бірден жарамсыз болады.
me-tokens-table = API токендері
me-tokens-name = Атауы
me-tokens-created = Жасалған
me-tokens-last-used = Соңғы пайдаланылған
me-tokens-expires = Жарамдылық мерзімі
# $name: адам токенге берген атау.
me-tokens-confirm-revoke = «{ $name }» токенін кері қайтарасыз ба? Оны пайдаланатын бағдарламалар жұмысын тоқтатады.
me-tokens-revoke = Кері қайтару

me-password-heading = Құпиясөзді өзгерту
me-password-intro = Құпиясөз өзгертілгенде басқа сеанстарыңыз бен барлық API токендеріңіз тоқтатылады; ағымдағы сеанс сақталады.
me-password-form = Құпиясөзді өзгерту
me-password-current = Ағымдағы құпиясөз
me-password-new = Жаңа құпиясөз
me-password-hint = Кемінде 12 таңба және оңай табылмайтын болсын: сирек кездесетін бірнеше сөз жақсы жарайды. Оны пайдаланушы атыңыздан немесе өз атыңыздан құрастырмаңыз.
me-password-submit = Құпиясөзді өзгерту

me-authorise-heading = Орынбасарға өкілеттік беру
me-authorise-intro = Орынбасарыңыз сіз белгілеген уақытқа дейін тарапыңыздың ұстанымдарын тіркей алады. Өкілеттік беру журналға жазылады.
me-authorise-form = Орынбасарға өкілеттік беру
me-authorise-group = Топ
me-authorise-deputy = Орынбасардың пайдаланушы аты
# $zone: адамның уақыт белдеуі, мысалы, Asia/Almaty.
me-authorise-until = Мерзімі (сіздің уақытыңыз бойынша, { $zone })
me-authorise-submit = Өкілеттік беру

# The mail section of the profile (templates/me.html, src/http/pages/me.rs).
me-mail-heading = Пошта
me-mail-intro = Majlis сізге тарапыңыздан жауап күтілетін мәселелер мен қабылданған шешімдер туралы поштамен хабарлайды. «Құпия емес» грифінен жоғары материалдар туралы хатта тек нөмірі, атауы және сілтеме беріледі, мәтіні берілмейді.
me-mail-form = Пошта баптаулары
me-mail-email = Электрондық пошта мекенжайыңыз
me-mail-email-hint = Хат алмау үшін өрісті бос қалдырыңыз.
me-mail-tell-me = Маған хабарлаңыз
me-mail-asked = тарапымнан ұстаным сұралғанда немесе үнсіздік рәсімі ашылғанда
me-mail-deadline = тарапым әлі жауап бермеген мерзімнен бір күн бұрын
me-mail-adopted = шешім қабылданғанда
me-mail-digest = Жеке хаттардың орнына әр таңертең бір жиынтық жіберілсін
me-mail-save = Пошта баптауларын сақтау
me-notice-mail = Пошта баптаулары сақталды.
