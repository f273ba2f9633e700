# Келісімдер тізілімі және билік органдарымен байланыстар жазбалары (templates/agreements.html,
# templates/engagements.html, src/http/pages/followup.rs).

followup-breadcrumbs = Навигация тізбегі

## Келісімдер

# Браузердегі беттің тақырыбы; $group — топтың коды.
followup-agreements-title = Келісімдер: { $group }
followup-agreements-breadcrumb = Келісімдер
# $group — топтың атауы.
followup-agreements-heading = Топ тараптарының келісімдері: { $group }
followup-agreements-lede = Тараптар өз серіктестерімен қол қойған келісімдер, әрқайсысы дереккөзі көрсетіле отырып. Қорытынды сомалар сізге қолжетімді келісімдер негізінде әр тарап пен валюта бойынша келтіріледі; әртүрлі валютадағы сомалар ешқашан қосылмайды.
followup-totals-heading = Қорытынды
followup-agreements-none = Сізге қолжетімді келісімдер жоқ.
followup-column-party = Тарап
followup-column-agreements = Келісімдер
followup-column-value = Сомасы
# Тараптың бірде-бір келісімінде сома көрсетілмеген кездегі қорытынды.
followup-no-value = сома көрсетілмеген
followup-registry-heading = Тізілім
followup-registry-label = Келісімдер
followup-column-agreement = Келісім
followup-column-parties = Тараптар
followup-column-track = Ынтымақтастық саласы
followup-column-signed = Қол қойылған
followup-column-count = Саны
followup-column-status = Күйі
followup-column-source = Дереккөз
followup-column-distribution = Тарату
# Келісімге қашан және қайда қол қойылғаны: $date — күн, $place — енгізілген орын.
followup-agreement-signed = { $date }, { $place }

followup-agreement-status-signed = қол қойылған
followup-agreement-status-in-force = күшіне енген
followup-agreement-status-implemented = орындалған
followup-agreement-status-stalled = орындалуы тоқтатылған
followup-agreement-status-terminated = тоқтатылған

followup-agreement-record-heading = Келісімді тіркеу
followup-field-title = Атауы
followup-field-party = Тарап
followup-field-counterpart-code = Серіктес (коды)
followup-field-track = Ынтымақтастық саласы
followup-field-signed-on = Қол қойылған күні
followup-field-place = Орны
followup-field-count = Осы жазба қамтитын келісімдер саны
# Енгізілген мән бүтін сан болмағанда өрістің астында көрсетіледі.
followup-count-not-whole = бүтін сан болуы тиіс
followup-field-value = Сомасы
followup-field-value-help = Валютаның бүтін бірліктерімен, мысалы, 2500000000; сома жарияланбаған болса, өрісті бос қалдырыңыз.
followup-field-currency = Валюта (ISO 4217 коды)
followup-field-status = Күйі
followup-field-source = Дереккөз
followup-field-source-link = Дереккөзге сілтеме
followup-field-who-sees-it = Кімге қолжетімді
followup-sees-group = Бүкіл топқа
followup-sees-members = Тек топ мүшелеріне
followup-sees-national = Тек менің делегацияма
followup-sees-public = Барлығына
followup-agreement-record-button = Келісімді тіркеу

## Билік органдарымен байланыстар

# Браузердегі беттің тақырыбы; $group — топтың коды.
followup-engagements-title = Билік органдарымен байланыстар: { $group }
followup-engagements-breadcrumb = Байланыстар
followup-engagements-heading = Билік органдарымен байланыстар
followup-engagements-lede = Әр тараптың серіктес елдің билік органдарымен байланыстары туралы өз жазбалары. Тараптың арнайы өкілі тарату шеңберін кеңейтпесе, жазба оны енгізген делегацияға ғана қолжетімді.
followup-engagements-records-heading = Сізге қолжетімді жазбалар
followup-engagements-none = Сізге қолжетімді жазбалар жоқ.
# Жазбаның тақырыбы: $party (код) $counterpart өкілдерімен $date күні $place қаласында кездесті.
followup-engagement-heading = { $party } — { $counterpart }, { $place }, { $date }
followup-engagement-level = Деңгейі
followup-engagement-tracks = Ынтымақтастық салалары
followup-engagement-summary = Қысқаша мазмұны
followup-engagement-follow-up = Кейінгі әрекеттер
followup-widen-confirm = Осы жазбаға қол жеткізе алатындар шеңберін кеңейтесіз бе? Бұл әрекетті болдырмау мүмкін емес.
followup-widen-label = Кімге ашу
followup-widen-members = топ мүшелеріне
followup-widen-group = бүкіл топқа
followup-widen-public = барлығына
followup-widen-button = Кеңейту
# $party — оқырман тарапының коды.
followup-engagement-record-heading = { $party } тарапының байланысын тіркеу
followup-engagement-form-label = Байланысты тіркеу
followup-field-date = Күні
# Жаңа жазба нысанында ұсынылатын орын.
followup-engagement-place-default = Кабул
followup-engagement-level-example = Арнайы өкіл
followup-field-counterpart = Билік органы
followup-engagement-counterpart-example = Сауда және өнеркәсіп министрлігі
followup-engagement-sees-members = Топ мүшелеріне
followup-engagement-sees-group = Бүкіл топқа
followup-engagement-record-button = Тіркеу
