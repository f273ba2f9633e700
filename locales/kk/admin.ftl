# Әкімші беті: тіркелгілер, топтарды құру, адамдарды делегацияларға енгізу.

admin-title = Әкімшілендіру
admin-heading = Әкімшілендіру
admin-lede = Осы жүйенің тіркелгілері, топтары мен делегациялары. Әкімші өзі делегация құрамына енгізілмесе, топтардың жұмысын көрмейді.
admin-notice-user = Тіркелгі жасалды.
admin-notice-group = Топ құрылды.
admin-notice-placed = Пайдаланушы топқа енгізілді.
admin-notice-disabled = Тіркелгі бұғатталды.
admin-notice-password = Құпиясөз орнатылды. Осы пайдаланушының барлық сеанстары мен API токендері тоқтатылды.

admin-username = Пайдаланушы аты
admin-clearance = Рұқсат деңгейі

admin-create-account-heading = Тіркелгі жасау
admin-username-hint = Кіші латын әріптерімен, мысалы, kz.envoy
admin-full-name = Толық аты-жөні
admin-initial-password = Бастапқы құпиясөз
admin-initial-password-hint = Кемінде 12 таңба және оңай табылмайтын болсын.
admin-time-zone = Уақыт белдеуі
admin-create-account-submit = Тіркелгі жасау

admin-place-heading = Пайдаланушыны топқа енгізу
admin-place-no-group = Алдымен топ құрыңыз.
admin-place-group = Топ
admin-place-party = Тарап коды
admin-place-party-hint = Хатшылық үшін бос қалдырыңыз.
admin-place-role = Рөлі
admin-place-title = Лауазымы
admin-place-submit = Енгізу

admin-set-password-heading = Құпиясөз орнату
admin-set-password-intro = Құпиясөзін жоғалтқан немесе құпиясөзі басқаларға белгілі болуы мүмкін пайдаланушы үшін. Осы пайдаланушының барлық сеанстары мен API токендері дереу тоқтатылады.
admin-set-password-account = Тіркелгі
admin-set-password-new = Жаңа құпиясөз
admin-set-password-hint = Кемінде 12 таңба және оңай табылмайтын болсын; оны пайдаланушы атынан немесе иесінің атынан құрастырмаңыз.
admin-set-password-submit = Құпиясөзді орнату

admin-found-group-heading = Топ құру
admin-group-code = Коды
admin-group-code-hint = Құжаттардың шартты белгілерінде қолданылады, мысалы, CGA.
admin-group-name = Атауы
admin-group-languages = Жұмыс тілдері
admin-group-languages-hint = Үтір арқылы, мысалы: орыс, ағылшын.
admin-group-time-zone = Хатшылықтың уақыт белдеуі
admin-group-parties = Тараптар
# $example: үлгі жол, мысалы, "KZ, Kazakhstan, member" (мәртебе сөздері жазылғандай қалады:
# нысан соларды оқиды).
admin-group-parties-hint = Әр жолда біреуден: коды, атауы, мәртебесі (member — мүше, observer — бақылаушы, guest — қонақ). Мысалы: { $example }
admin-group-rotation = Ротация тәртібі
admin-group-rotation-hint = Мүшелердің кодтары отырыстарды қабылдау тәртібімен, үтір арқылы.
admin-group-quorum = Кворум
admin-group-quorum-hint = Кворум мүшелердің жартысынан көбін құрауы үшін бос қалдырыңыз.
admin-group-min-silence = Үнсіздік рәсімінің ең аз мерзімі (сағатпен)
admin-found-group-submit = Топты құру

admin-accounts-heading = Тіркелгілер
admin-accounts-name = Аты-жөні
admin-accounts-state = Күйі
admin-accounts-actions = Әрекеттер
admin-accounts-administrator = әкімші
admin-accounts-disabled = бұғатталған
admin-accounts-active = белсенді
# $username: бұғатталатын тіркелгінің логині.
admin-accounts-confirm-disable = { $username } тіркелгісін бұғаттайсыз ба? Оның барлық сеанстары дереу аяқталады.
admin-accounts-disable = Бұғаттау
