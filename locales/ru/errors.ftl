# Сообщения об ошибках и отказах: ошибки полей форм и тел JSON, отказы по правилам
# и заголовки и описания ответов problem+json. Ошибка поля следует за его именем
# («title: не может быть пустым»), поэтому большинство сообщений начинается со строчной буквы.
# Моменты времени ($deadline, $at, $now…) подставляются уже записанными: дата, время (UTC).

## Символы во введённом тексте

error-characters-at-line = { $character } в строке { $line }, позиция { $column }
error-characters-at = { $character } в позиции { $at }
error-characters-control = не должно содержать управляющих символов; удалите { $found }
error-characters-line-break = должно умещаться в одной строке; удалите перенос строки { $found }
error-characters-direction-control = не должно содержать невидимых символов управления направлением письма, из-за которых текст отображается не в том порядке, в котором хранится; удалите { $found }
error-characters-invisible = не должно содержать невидимых символов; удалите { $found }
error-characters-stray-joiner = символ нулевой ширины (объединяющий или разъединяющий) допускается только между двумя буквами слова; удалите { $found }
error-characters-nothing-visible = должно содержать хотя бы один видимый символ

## Коды, имена и названия

error-name-empty = не может быть пустым
error-name-too-long = не может быть длиннее { $max } { $max ->
        [one] символа
       *[other] символов
    }
error-email-shape = не является адресом электронной почты (нужен один адрес, например name@example.org)
error-name-shape-group-code = должно состоять из 2–10 заглавных латинских букв или цифр и начинаться с буквы (например, CGA)
error-name-shape-party-code = должно состоять из 2–8 заглавных латинских букв (для государства — код ISO 3166-1 alpha-2, например KZ)
error-name-shape-username = должно состоять из 2–64 строчных латинских букв, цифр и знаков «.», «_» или «-» (например, kz.envoy)
error-name-shape-track-code = должно быть кодом сферы сотрудничества из строчных латинских букв, цифр и знаков подчёркивания (например, trade)
error-name-shape-indicator-code = должно быть кодом показателя из строчных латинских букв, цифр и знаков подчёркивания (например, trade_turnover)
error-name-shape-single-line = должно умещаться в одной строке и не содержать управляющих символов
error-name-shape-no-control-characters = не должно содержать управляющих символов

## Любое поле

error-time-unknown-zone = не является известным часовым поясом IANA (например, Asia/Tashkent)
error-time-bad-local-time = должно быть датой и временем в формате 2026-03-14T10:00
error-time-nonexistent-local-time = не существует в этом часовом поясе (это время пропускается при переводе часов)
error-time-bad-instant = должно быть временем в формате RFC 3339 со смещением, например 2026-03-14T10:00:00Z или 2026-03-14T15:00:00+05:00
error-time-offset-out-of-range = содержит смещение больше ±18:00, которое нигде на Земле не применяется; укажите смещение от UTC, например +05:00, или Z
error-choice-one-of = должно быть одним из значений: { $values }
error-nothing-to-change = изменений нет
error-date-shape = укажите дату в формате ГГГГ-ММ-ДД
error-date-not-in-calendar = такой даты в календаре нет
error-language-not-offered = этот язык в Majlis не предусмотрен; выберите один из следующих: { $offered }
error-whole-number = укажите целое число
error-must-be-whole-number = должно быть целым числом
error-form-unreadable = не удалось прочитать форму: { $reason }
error-query-unknown-parameter = не является параметром этого запроса; { $expected }
error-query-required = является обязательным
error-query-out-of-range = выходит за пределы допустимого диапазона
error-query-unreadable = не удалось прочитать значение: { $reason }

## Пароли

error-password-too-short = должен содержать не менее { $min } { $min ->
        [one] символа
       *[other] символов
    }
error-password-too-long = должен содержать не более { $max } { $max ->
        [one] символа
       *[other] символов
    }
error-password-too-easy = слишком легко подобрать
error-password-too-easy-advice = слишком легко подобрать: { $advice }
error-password-hint-straight-rows = ряды соседних клавиш легко подобрать
error-password-hint-short-keyboard-patterns = короткие последовательности клавиш легко подобрать
error-password-hint-repeats-like-aaa = повторы вроде «aaa» легко подобрать
error-password-hint-repeats-like-abcabc = повторы вроде «abcabcabc» подобрать лишь немногим труднее, чем «abc»
error-password-hint-top-10 = это один из десяти самых распространённых паролей
error-password-hint-top-100 = это один из ста самых распространённых паролей
error-password-hint-very-common = это очень распространённый пароль
error-password-hint-similar-to-common = этот пароль похож на распространённый
error-password-hint-sequences-like-abc = последовательности вроде abc или 6543 легко подобрать
error-password-hint-recent-years = недавние годы легко подобрать
error-password-hint-a-word-by-itself = отдельное слово легко подобрать
error-password-hint-dates = даты, как правило, легко подобрать
error-password-hint-names-by-themselves = имена и фамилии сами по себе легко подобрать
error-password-hint-common-names = распространённые имена и фамилии легко подобрать
error-password-hint-use-a-few-words = используйте несколько слов, избегайте распространённых выражений
error-password-hint-no-need-for-symbols = специальные символы, цифры и заглавные буквы не обязательны
error-password-hint-add-another-word = добавьте ещё одно-два слова, лучше редких
error-password-hint-capitalization = заглавные буквы мало что меняют
error-password-hint-all-uppercase = пароль из одних заглавных букв подобрать почти так же легко, как из одних строчных
error-password-hint-reversed-words = слова, написанные задом наперёд, подобрать ненамного труднее
error-password-hint-substitutions = предсказуемые замены вроде «@» вместо «a» мало что меняют
error-password-hint-longer-keyboard-pattern = используйте более длинную последовательность клавиш с большим числом поворотов
error-password-hint-avoid-repeats = избегайте повторяющихся слов и символов
error-password-hint-avoid-sequences = избегайте последовательностей
error-password-hint-avoid-recent-years = избегайте недавних годов
error-password-hint-avoid-your-years = избегайте годов, связанных с вами
error-password-hint-avoid-your-dates = избегайте дат и годов, связанных с вами
error-password-hint-fallback = добавьте ещё одно-два слова; лучше редких

## Учётные записи и места в группах

error-account-password-unchanged = должен отличаться от текущего пароля
error-account-wrong-current-password = не совпадает с вашим текущим паролем
error-account-missing = не указан
error-account-no-such-user = пользователя с таким именем нет
error-seat-party-missing = для роли в делегации необходимо указать сторону, к которой она относится
error-seat-secretariat-party = секретариат не относится ни к одной стороне; оставьте поле стороны пустым
error-seat-none-in-group = у этого пользователя нет места в группе
error-demo-password-refused = { $reason } (проверено для демонстрационной учётной записи { $account }); выберите более надёжный пароль
error-account-no-such-account = учётной записи с таким именем пользователя нет

## Кто что может делать

error-access-manage-meeting = управлять этим заседанием могут только секретариат или спецпредставитель председательствующей стороны
error-access-administrator-only = это может сделать только администратор
error-access-authorise-envoy-only = уполномочить заместителя может только спецпредставитель
error-access-authorise-own-deputy = спецпредставитель может уполномочить только заместителя из своей делегации
error-access-draft-text = подготовить проект текста могут только делегация стороны-члена или секретариат
error-access-change-text = изменять текст может только делегация стороны, ответственной за текст (или секретариат — за председателя)
error-access-propose-amendment = предлагать поправки могут только спецпредставитель, заместитель или член делегации стороны-члена
error-access-chair-or-secretariat = это могут сделать только спецпредставитель председательствующей стороны или секретариат
error-access-secretariat-no-position = секретариат не записывает позиции сторон
error-access-members-only-voice = право голоса при принятии решений имеют только стороны-члены
error-access-own-party-only = вы можете действовать только от имени своей стороны
error-access-deputy-unauthorised = заместитель может действовать только на основании полномочий, предоставленных спецпредставителем
error-access-envoy-speaks = от имени стороны выступает только спецпредставитель или уполномоченный им заместитель
error-access-record-later = решение, принятое до начала работы группы в Majlis, записывает только секретариат
error-access-secretariat-only = это может сделать только секретариат
error-access-report-own-party = вы можете представлять отчёты только за свою сторону — как её спецпредставитель, заместитель или член делегации
error-access-report-line = отчитываться по этому направлению работы может только сторона, которая его возглавляет или в нём участвует
error-access-record-for-party = записать это могут только секретариат или делегация самой стороны
error-access-own-engagements = сторона записывает свои контакты сама — через спецпредставителя, заместителя или члена делегации
error-access-widen = расширить круг тех, кому это доступно, может только спецпредставитель стороны, от которой исходит запись
error-access-authorisation-in-past = должно быть в будущем
error-access-authorisation-too-long = должно быть не позднее чем через год

## Группы, стороны и сферы сотрудничества

error-group-not-a-party = { $party } не является стороной группы
error-group-not-a-member = { $party } не является стороной-членом группы
error-group-not-a-track = { $track } не является сферой сотрудничества группы
error-group-party-twice = сторона { $party } указана дважды
error-group-no-member = в группе должна быть хотя бы одна сторона-член
error-group-twice-in-rotation = { $party } указана в порядке ротации дважды
error-group-quorum-out-of-range = должно быть от 1 до числа сторон-членов ({ $members })
error-group-silence-too-long = должно быть не более { $max }
error-group-no-language = у группы должен быть хотя бы один рабочий язык
error-group-already-a-party = { $party } уже является стороной группы
error-group-joins-as-member = новая сторона вступает в группу в качестве наблюдателя или гостя; состав сторон-членов определяется при создании группы
error-group-not-a-party-of = { $party } не является стороной группы { $group }
error-group-not-a-member-of = { $party } не является стороной-членом группы { $group }
error-group-not-a-guest-of = { $party } не является гостем группы { $group }
error-track-named-twice = сфера сотрудничества { $track } указана дважды
error-track-in-use = сфера сотрудничества { $track } используется в записях и должна быть сохранена
error-group-party-line = строка { $line } должна иметь вид: код, название, статус

## Заседания

error-meeting-transition-refused = статус заседания нельзя изменить с «{ $from ->
        [planned] запланировано
        [convened] открыто
        [concluded] завершено
        [cancelled] отменено
       *[other] { $from }
    }» на «{ $to ->
        [planned] запланировано
        [convened] открыто
        [concluded] завершено
        [cancelled] отменено
       *[other] { $to }
    }»
error-meeting-ends-before-start = должно быть позже начала
error-meeting-not-of-group = не является заседанием этой группы
error-meeting-no-rotation = в группе не установлен порядок ротации; укажите принимающую сторону
error-meeting-is-history = { $status ->
        [concluded] сведения о завершённом заседании
        [cancelled] сведения об отменённом заседании
       *[other] сведения об этом заседании
    } изменению не подлежат
error-meeting-agenda-order-incomplete = должен содержать каждый пункт повестки дня заседания ровно один раз
error-meeting-cancelled-no-attendance = для отменённого заседания присутствие не отмечается
error-meeting-agenda-closed = повестку дня { $status ->
        [concluded] завершённого
        [cancelled] отменённого
       *[other] этого
    } заседания изменить нельзя
error-meeting-start-and-end = укажите и начало, и окончание
error-meeting-up-or-down = должно быть up или down

## Тексты, редакции и квадратные скобки

error-document-bad-language-tag = должно быть языковым тегом, например ru, en, fa-AF или uz-Arab
error-text-language-is-negotiating = совпадает с языком переговоров
error-text-version-not-latest = редакция { $asked } не является последней; последняя — редакция { $latest }
error-text-secretariat-no-national = у секретариата не бывает документов с рассылкой «только своя делегация»; выберите другую рассылку
error-text-list-of-problems = { $problems }
error-text-bracket-at = строка { $line }, позиция { $column }: { $problem }
error-text-bracket-unclosed = открытые здесь квадратные скобки не закрыты
error-text-bracket-stray-close = «]]» закрывает квадратные скобки, которые не были открыты
error-text-bracket-nested = квадратные скобки открыты внутри других квадратных скобок; вложенные скобки не допускаются — запишите варианты как альтернативы через «||»
error-text-holder-list-unclosed = список выдвинувших сторон, открытый здесь знаком «{"{"}», не закрыт знаком «{"}"}»
error-text-holder-list-empty = в списке выдвинувших сторон не указано ни одной стороны; укажите их (например, {"{"}KZ,UZ{"}"}) или уберите список
error-text-holder-list-empty-entry = в списке выдвинувших сторон есть пустой элемент (лишняя запятая?)
error-text-holder-not-a-party = «{ $code }» в списке выдвинувших сторон не является кодом стороны: { $reason }
error-text-bracket-empty = ни в одной из альтернатив в квадратных скобках нет текста
error-text-open-bracket = не снят фрагмент в квадратных скобках № { $number } (строка { $line }, позиция { $column }): { $alternatives }
error-text-open-bracket-held = не снят фрагмент в квадратных скобках № { $number } (строка { $line }, позиция { $column }; выдвинут: { $holders }): { $alternatives }
error-text-alternative = «{ $text }»
error-text-alternative-nothing = исключить
error-text-list = { $first }, { $next }
error-text-choice = { $first } или { $last }
error-text-no-chair-to-hold-pen = в группе ещё нет председателя, который отвечал бы за текст; сначала запланируйте заседание
error-text-no-such-version = у текста нет редакции { $version }
error-text-listed-needs-parties = при рассылке указанным сторонам необходимо перечислить стороны, которым направляется текст

## Поправки

error-amendment-passage-empty = заменяемый фрагмент пуст; процитируйте слова, которые изменяет поправка
error-amendment-passage-not-found = заменяемый фрагмент не встречается в редакции { $version }
error-amendment-passage-not-unique = заменяемый фрагмент встречается в редакции { $version } { $occurrences } { $occurrences ->
        [one] раз
        [few] раза
       *[other] раз
    }; процитируйте его полнее, чтобы он встречался один раз
error-amendment-reason-missing = поправка должна содержать обоснование
error-amendment-already-settled = эта поправка уже { $state ->
        [incorporated] включена в текст
        [declined] отклонена
       *[other] рассмотрена
    }
error-amendment-cannot-incorporate = поправку невозможно включить в текст: { $reason }
error-amendment-decline-reason-missing = для отклонения поправки необходимо указать причину

## Грифы

error-marking-secretariat-no-national = у секретариата не бывает записей с рассылкой «только своя делегация»; выберите другую рассылку
error-marking-listed-needs-parties = при рассылке указанным сторонам необходимо перечислить стороны, которым направляется запись
error-marking-above-clearance = не может превышать ваш уровень допуска
error-marking-only-widen = круг рассылки записи можно только расширять, а уровень секретности — только понижать

## Открытие процедуры

error-procedure-no-chair = в группе нет председателя, который мог бы открыть процедуру
error-procedure-never-adopted = { $kind ->
        [joint_statement] совместное заявление
        [chairs_summary] резюме председателя
        [non_paper] неофициальный документ
       *[other] такой документ
    } не подлежит принятию
error-procedure-still-open = по этому тексту ещё открыта процедура { $id }
error-procedure-session-by-consensus = решение на заседании принимается консенсусом в зале
error-procedure-session-not-convened = для решения на заседании заседание должно быть открыто; статус этого заседания — «{ $status ->
        [planned] запланировано
        [convened] открыто
        [concluded] завершено
        [cancelled] отменено
       *[other] { $status }
    }»
error-procedure-nobody-present = ни одна сторона-член не отмечена как присутствующая на заседании; сначала отметьте присутствие
error-procedure-no-such-version = у этого текста нет такой редакции
error-procedure-no-such-meeting = такого заседания нет
error-procedure-session-needs-meeting = для решения на заседании необходимо указать заседание
error-procedure-confirm-by-missing = для позиции ad referendum необходимо указать срок, до которого столица её подтвердит

## Процедуры: почему действие сейчас не может быть записано

error-refusal-missing-objection-reason = в возражении необходимо указать его причину
error-refusal-missing-decline-reason = при отказе от подтверждения позиции ad referendum необходимо указать причину, приведённую столицей, поскольку такой отказ имеет силу возражения
error-refusal-missing-concur-statement = для согласия с заявлением необходим текст заявления
error-refusal-blank-stand-aside = текст заявления о неприсоединении не может быть пустым (его можно не указывать)
error-refusal-missing-break-reason = для нарушения молчания необходимо письменное возражение или поправка
error-refusal-blank-interpretive-statement = заявление о толковании не может быть пустым
error-refusal-closed = эта процедура завершена: { $outcome ->
        [open] открыта
        [adopted] принято
        [not_adopted] не принято
        [withdrawn] отозвано
        [superseded] заменено
       *[other] { $outcome }
    }
error-refusal-deadline-passed = срок истёк { $deadline }
error-refusal-before-opening = процедура открывается только { $opened_at }
error-refusal-not-stamped-now = действие датировано { $at }, а время сервера — { $now }: действия записываются по времени сервера
error-refusal-behind-last-act = часы сервера отстают от времени последнего действия в этой процедуре ({ $last }); повторите попытку чуть позже
error-refusal-wrong-kind-consensus = { $act ->
        [break] нарушение молчания
        [statement] отдельное заявление о толковании
       *[other] это действие
    } не применяется в раунде консенсуса: вместо этого запишите позицию (возражение или согласие с заявлением)
error-refusal-wrong-kind-silence = { $act ->
        [position] запись позиции
        [confirm] подтверждение позиции ad referendum
        [decline] отказ от подтверждения позиции ad referendum
        [chair_note] отметка председателя об отсутствии возражений
       *[other] это действие
    } не применяется в процедуре умолчания: вместо этого нарушьте молчание или представьте заявление о толковании
error-refusal-not-a-member = { $party } не является стороной-членом, имеющей право голоса в этой процедуре
error-refusal-no-ad-referendum-to-confirm = у стороны { $party } нет позиции ad referendum, которую можно было бы подтвердить
error-refusal-no-ad-referendum-to-decline = у стороны { $party } нет позиции ad referendum, от подтверждения которой можно было бы отказаться
error-refusal-confirmation-time-passed = срок подтверждения столицей стороны { $party } истёк { $confirm_by }; вместо этого запишите позицию
error-refusal-confirm-by-not-ahead = срок подтверждения столицей ({ $confirm_by }) должен быть позже текущего момента
error-refusal-text-too-long = текст может содержать не более { $max } { $max ->
        [one] символа
       *[other] символов
    }
error-refusal-extension-not-later = новый срок должен быть позже текущего — { $current }
error-refusal-party-has-spoken = сторона { $party } записала собственную позицию: отметка председателя не заменяет действие стороны
error-refusal-already-noted = председатель уже отметил отсутствие возражений у стороны { $party }
error-refusal-note-outside-session = председатель отмечает, что возражений не поступило, только при принятии решения на заседании и только в отношении присутствующей стороны
error-refusal-deadline-not-after-opening = срок должен быть позже открытия процедуры
error-refusal-silence-too-short = процедура умолчания должна длиться не менее { $min_hours } { $min_hours ->
        [one] часа
       *[other] часов
    }: срок может быть установлен не ранее { $earliest }

## Решения, записываемые задним числом

error-record-later-in-future = решение, записываемое задним числом, должно быть принято в уже наступивший день; указанная дата относится к будущему
error-record-later-meeting-not-begun = заседание ещё не началось к моменту, когда, согласно записи, было принято решение
error-record-later-reported-twice = позиция стороны { $party } указана дважды
error-record-later-not-concurring = позиция стороны { $party } указана как «{ $position ->
        [concur_with_statement] согласие с заявлением
        [stand_aside] неприсоединение
        [ad_referendum] ad referendum
        [object] возражение
       *[other] { $position }
    }»: решение считается принятым, только если все стороны-члены выразили согласие или присоединились к консенсусу, поэтому этот текст принят не был
error-record-later-position-missing = { $party } является стороной-членом, но её позиция не указана
error-record-later-statement-missing = для concur_with_statement необходим текст заявления
error-record-later-unknown-position = каждая позиция должна быть одним из значений: concur, concur_with_statement, stand_aside, ad_referendum, object

## Дорожные карты

error-roadmap-leads-missing = укажите хотя бы одну сторону, возглавляющую направление работы
error-roadmap-due-before-start = срок выполнения направления работы не может быть раньше его начала
error-roadmap-report-in-future = отчёт составляется по состоянию на сегодняшний или более ранний день
error-roadmap-not-started-progress = у не начатого направления работы выполнение составляет 0 %
error-roadmap-done-progress = у завершённого направления работы выполнение составляет 100 %
error-roadmap-party-would-not-see = сторона { $party } участвует в направлении работы, но не будет иметь к нему доступа; включите { $party } в рассылку
error-roadmap-percent = должно быть целым числом от 0 до 100
error-roadmap-no-such-decision = у группы нет решения с идентификатором { $id }
error-roadmap-line-hidden-from-you = направление работы будет вам недоступно: включите в рассылку и председательствующую сторону
error-roadmap-decision-id = идентификатор решения — целое число не меньше 1

## Соглашения и контакты

error-agreement-count = количество — целое число не меньше 1
error-agreement-signed-in-future = соглашение записывается после подписания: дата не может быть в будущем
error-agreement-same-party = соглашение заключается с другой стороной
error-engagement-in-future = контакт записывается после того, как он состоялся
error-engagement-no-track = укажите хотя бы одну сферу сотрудничества
error-engagement-summary-missing = укажите, что обсуждалось

## Значения показателей, периоды и суммы

error-period-not-a-date = это не дата: укажите существующий день в формате ГГГГ-ММ-ДД
error-period-ends-before-start = период заканчивается раньше, чем начинается
error-money-unknown-currency = это не код валюты ISO 4217 (три заглавные латинские буквы, например USD)
error-money-not-an-amount = это не сумма: укажите цифры, не более { $decimals } { $decimals ->
        [one] десятичного знака
       *[other] десятичных знаков
    } для этой валюты
error-money-negative = сумма не может быть отрицательной
error-money-too-large = сумма слишком велика
error-figures-flow-negative = значение потока не может быть отрицательным
error-figures-target-not-positive = целевое значение должно быть больше нуля
error-figures-same-party = значение показателя относится к двум разным сторонам
error-figures-bad-url = должно быть веб-ссылкой, начинающейся с https:// или http://, без пробелов
error-figures-not-exact-decimal = десятичное число в виде текста: цифры, при необходимости точка и не более 8 цифр после неё

## Загрузка таблицы значений показателей

error-import-unknown-columns = столбцы не соответствуют ни нашему формату ({ $ours }), ни формату UN Comtrade (refYear или period, reporterISO, partnerISO, flowCode, primaryValue)
error-import-value-missing = необходимо значение
error-import-not-a-decimal = это не десятичное число (цифры и не более одной точки)
error-import-not-alpha2 = { $code } не является кодом страны ISO 3166-1 alpha-2
error-import-not-alpha3 = { $code } не является кодом страны ISO 3166-1 alpha-3
error-import-source-missing = укажите источник — в этом столбце или для всего файла
error-import-comtrade-source-missing = укажите источник файла Comtrade (например, «UN Comtrade»)
error-import-unknown-flow-code = { $code }: принимаются только X (экспорт) и M (импорт)
error-import-other-flow = этот показатель учитывает { $wanted ->
        [exports] экспорт
        [imports] импорт
        [turnover] товарооборот
       *[other] { $wanted }
    }, а в этой строке — { $flow ->
        [exports] экспорт
        [imports] импорт
        [turnover] товарооборот
       *[other] { $flow }
    }
error-import-not-a-trade-flow = этот показатель не является торговым потоком; строки Comtrade в него не загружаются
error-import-second-flow-row = вторая строка { $flow ->
        [exports] экспорта
        [imports] импорта
       *[other] { $flow }
    } для той же отчитывающейся стороны, партнёра и периода (первая — строка { $first_row })
error-import-sum-too-large = сумма слишком велика
error-import-turnover-incomplete = для { $reporter }–{ $partner } за { $period } есть только { $flow ->
        [exports] экспорт
        [imports] импорт
       *[other] { $flow }
    }; для товарооборота нужны и X, и M
error-import-header-unreadable = не удалось прочитать заголовок: { $reason }
error-import-row-unreadable = не удалось прочитать эту строку: { $reason }
error-import-no-rows = в файле нет строк со значениями показателя
error-import-no-secretariat = в группе { $group } нет такой учётной записи секретариата
error-import-several-secretariats = в группе { $group } несколько учётных записей секретариата: укажите одну с помощью --as

## Противоречия с записанным

error-conflict-signing-key-exists = ключ подписи уже существует
error-conflict-seat-exists = у этого пользователя уже есть место в группе
error-conflict-language-version-exists = у этой редакции уже есть текст на этом языке
error-conflict-username-taken = пользователь с таким именем уже существует
error-conflict-group-code-taken = группа с таким кодом уже существует
error-conflict-party-in-group = эта сторона уже входит в группу
error-conflict-decision-exists = по этой процедуре решение уже оформлено
error-conflict-indicator-exists = у группы уже есть показатель { $code }
error-conflict-amendment-settled = эта поправка уже рассмотрена
error-conflict-procedure-closed = эта процедура уже завершена

## Ответы API об ошибках (RFC 9457 problem+json)

problem-unauthenticated-title = Вход не выполнен
problem-unauthenticated-detail = сначала войдите в систему
problem-bad-credentials-title = Вход отклонён
problem-bad-credentials-detail = неверное имя пользователя или пароль
problem-too-many-attempts-title = Слишком много попыток
problem-too-many-attempts-detail = слишком много неудачных попыток входа; повторите попытку через { $minutes } { $minutes ->
        [one] минуту
        [few] минуты
       *[other] минут
    }
problem-not-found-title = Не найдено
problem-not-found-detail = здесь ничего нет, или у вас нет к этому доступа
problem-forbidden-title = Действие не разрешено
problem-invalid-input-title = Неверные данные
problem-invalid-input-detail = проверьте следующие поля: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Неверные строки
problem-invalid-rows-detail = ничего не сохранено; исправьте следующие строки: { $rows }
problem-invalid-rows-detail-more = ничего не сохранено; исправьте следующие строки: { $rows }; и ещё { $more }
problem-row = строка { $row }, { $field }: { $message }
problem-conflict-title = Противоречие текущему состоянию
problem-internal-title = Внутренняя ошибка
problem-internal-detail = сервер не смог выполнить этот запрос; ошибка зарегистрирована
problem-too-large-title = Слишком большое тело запроса
problem-send-json-title = Отправьте JSON
problem-invalid-json-title = Недопустимое тело JSON
problem-invalid-query-title = Недопустимая строка запроса
problem-invalid-query-detail = проверьте следующие параметры: { $parameters }
problem-bad-request-title = Неверный запрос
problem-method-not-allowed-title = Метод не поддерживается
problem-payload-too-large-title = Слишком большой объём данных
problem-method-not-allowed-detail = этот адрес не принимает { $method }; допустимые методы: { $allowed }
problem-refused-detail = запрос отклонён: { $reason }
problem-csrf-title = Межсайтовый запрос отклонён
problem-csrf-detail = этот запрос отправлен не со страницы Majlis; отправьте его с того же источника или с заголовком X-CSRF-Token
problem-send-csv-title = Отправьте CSV
problem-send-csv-detail = отправьте таблицу в формате text/csv
problem-bearer-on-form-title = Токен Bearer здесь не принимается
problem-bearer-on-form-detail = страницы и формы используют только cookie сеанса; запросы с заголовком Authorization: Bearer отправляйте на /api/v1
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = должно быть порядковым номером записи журнала: целым числом не меньше 0
