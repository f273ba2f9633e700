# What went wrong, as a person reads it: field errors of forms and JSON bodies, refusals of
# the rules, and the titles and details of problem+json answers. Field errors are written to
# follow the field's name ("title: must not be empty"), so most start in lowercase.


## Characters in typed text

# $character is a code point with its Unicode name, such as "U+200B (zero width space)".
error-characters-at-line = { $line }-жол, { $column }-бағандағы { $character }
error-characters-at = { $at }-позициядағы { $character }
# $found is one of the two messages above.
error-characters-control = басқару таңбалары болмауы тиіс; алып тастаңыз: { $found }
error-characters-line-break = бір жолдан тұруы тиіс; жол ауыстыру таңбасын алып тастаңыз: { $found }
error-characters-direction-control = мәтінді сақталған ретінен басқа ретпен көрсететін көрінбейтін бағыт таңбалары болмауы тиіс; алып тастаңыз: { $found }
error-characters-invisible = көрінбейтін таңбалар болмауы тиіс; алып тастаңыз: { $found }
error-characters-stray-joiner = нөлдік енді біріктіргіш немесе ажыратқыш таңба тек сөздің екі әрпінің арасында тұра алады; алып тастаңыз: { $found }
error-characters-nothing-visible = кемінде бір көрінетін таңба болуы тиіс

## Codes, names and titles

error-name-empty = бос болмауы тиіс
error-name-too-long = ең көбі { $max } таңбадан тұруы тиіс
error-email-shape = электрондық пошта мекенжайы емес (бір мекенжай болуы тиіс, мысалы name@example.org)
error-name-shape-group-code = әріптен басталатын 2-ден 10-ға дейін бас әріп немесе цифрдан тұруы тиіс (мысалы, CGA)
error-name-shape-party-code = 2-ден 8-ге дейін бас әріптен тұруы тиіс (мемлекет үшін ISO 3166-1 alpha-2, мысалы, KZ)
error-name-shape-username = 2-ден 64-ке дейін кіші әріп, цифр, '.', '_' немесе '-' таңбасынан тұруы тиіс (мысалы, kz.envoy)
error-name-shape-track-code = кіші әріптерден, цифрлардан және астыңғы сызықтан тұратын сала коды болуы тиіс (мысалы, trade)
error-name-shape-indicator-code = кіші әріптерден, цифрлардан және астыңғы сызықтан тұратын көрсеткіш коды болуы тиіс (мысалы, trade_turnover)
error-name-shape-single-line = басқару таңбаларынсыз бір жолдан тұруы тиіс
error-name-shape-no-control-characters = басқару таңбаларынсыз мәтін болуы тиіс

## Any field

error-time-unknown-zone = белгілі IANA уақыт белдеуі емес (мысалы, Asia/Tashkent)
error-time-bad-local-time = 2026-03-14T10:00 түріндегі күн мен уақыт болуы тиіс
error-time-nonexistent-local-time = бұл уақыт белдеуінде жоқ (сағат ауыстырылғанда бұл уақыт өткізіліп жіберіледі)
error-time-bad-instant = 2026-03-14T10:00:00Z немесе 2026-03-14T15:00:00+05:00 сияқты ығысуы көрсетілген RFC 3339 уақыты болуы тиіс
error-time-offset-out-of-range = ығысуы ±18:00-ден асады, мұндай ығысу Жердің ешбір жерінде қолданылмайды; UTC-ге қатысты ығысуды көрсетіңіз, мысалы, +05:00 немесе Z
# $values are the words the field takes, as they are sent (not translated).
error-choice-one-of = мыналардың бірі болуы тиіс: { $values }
error-nothing-to-change = өзгертетін ештеңе жоқ
error-date-shape = YYYY-MM-DD түрінде жазылған күн болуы тиіс
error-date-not-in-calendar = күнтізбеде мұндай күн жоқ
error-language-not-offered = Маджлис ұсынылатын тілдердің бірі емес; мыналардың бірін таңдаңыз: { $offered }
error-whole-number = бүтін сан болуы тиіс
error-must-be-whole-number = бүтін сан болуы тиіс
# $reason is the web server's own explanation (in English).
error-form-unreadable = { $reason }
# $expected is serde's list of the parameters there are, in English.
error-query-unknown-parameter = бұл сұраудың параметрі емес; { $expected }
error-query-required = міндетті түрде көрсетілуі тиіс
error-query-out-of-range = рұқсат етілген ауқымнан тыс
# $reason is serde's own explanation, in English.
error-query-unreadable = { $reason }

## Passwords

error-password-too-short = кемінде { $min } таңбадан тұруы тиіс
error-password-too-long = ең көбі { $max } таңбадан тұруы тиіс
error-password-too-easy = табу тым оңай
# $advice is one or more of the hints below, separated by semicolons.
error-password-too-easy-advice = табу тым оңай: { $advice }
error-password-hint-straight-rows = пернетақтадағы пернелердің түзу қатарларын табу оңай
error-password-hint-short-keyboard-patterns = пернетақтадағы қысқа өрнектерді табу оңай
error-password-hint-repeats-like-aaa = "aaa" сияқты қайталауларды табу оңай
error-password-hint-repeats-like-abcabc = "abcabcabc" сияқты қайталауларды табу "abc"-ны табудан сәл ғана қиын
error-password-hint-top-10 = бұл ең көп тараған 10 құпиясөздің бірі
error-password-hint-top-100 = бұл ең көп тараған 100 құпиясөздің бірі
error-password-hint-very-common = бұл өте көп тараған құпиясөз
error-password-hint-similar-to-common = бұл жиі қолданылатын құпиясөзге ұқсас
error-password-hint-sequences-like-abc = abc немесе 6543 сияқты тізбектерді табу оңай
error-password-hint-recent-years = соңғы жылдарды табу оңай
error-password-hint-a-word-by-itself = жалғыз сөзді табу оңай
error-password-hint-dates = күндерді әдетте табу оңай
error-password-hint-names-by-themselves = жеке тұрған аттар мен тегтерді табу оңай
error-password-hint-common-names = көп тараған аттар мен тегтерді табу оңай
error-password-hint-use-a-few-words = бірнеше сөзді пайдаланыңыз, көп тараған тіркестерден аулақ болыңыз
error-password-hint-no-need-for-symbols = арнайы таңбалар, цифрлар немесе бас әріптер міндетті емес
error-password-hint-add-another-word = тағы бір-екі сөз қосыңыз, сирек кездесетін сөздер жақсырақ
error-password-hint-capitalization = бас әріптер онша көмектеспейді
error-password-hint-all-uppercase = тек бас әріптерден тұратын құпиясөзді тек кіші әріптерден тұратын құпиясөз сияқты оңай табуға болады
error-password-hint-reversed-words = кері жазылған сөздерді табу онша қиын емес
error-password-hint-substitutions = 'a' орнына '@' сияқты болжауға болатын алмастырулар онша көмектеспейді
error-password-hint-longer-keyboard-pattern = бұрылыстары көбірек, ұзынырақ пернетақта өрнегін пайдаланыңыз
error-password-hint-avoid-repeats = қайталанатын сөздер мен таңбалардан аулақ болыңыз
error-password-hint-avoid-sequences = тізбектерден аулақ болыңыз
error-password-hint-avoid-recent-years = соңғы жылдардан аулақ болыңыз
error-password-hint-avoid-your-years = өзіңізге қатысты жылдардан аулақ болыңыз
error-password-hint-avoid-your-dates = өзіңізге қатысты күндер мен жылдардан аулақ болыңыз
error-password-hint-fallback = тағы бір-екі сөз қосыңыз; сирек кездесетін сөздер жақсырақ

## Accounts and seats

error-account-password-unchanged = ағымдағы құпиясөзден өзгеше болуы тиіс
error-account-wrong-current-password = сіздің ағымдағы құпиясөзіңіз емес
error-account-missing = көрсетілмеген
error-account-no-such-user = мұндай пайдаланушы аты бар пайдаланушы жоқ
error-seat-party-missing = делегациядағы рөл үшін ол тиесілі тарап көрсетілуі тиіс
error-seat-secretariat-party = хатшылық ешбір тарапқа тиесілі емес; тарап өрісін бос қалдырыңыз
error-seat-none-in-group = бұл адамның топта орны жоқ
error-demo-password-refused = { $reason } ({ $account } демо тіркелгісі үшін тексерілді); неғұрлым күшті құпиясөз таңдаңыз
error-account-no-such-account = мұндай пайдаланушы аты бар тіркелгі жоқ

## Who may do what

error-access-manage-meeting = бұл отырысты тек хатшылық немесе төрағаның арнайы өкілі басқара алады
error-access-administrator-only = бұл әрекетті тек әкімші орындай алады
error-access-authorise-envoy-only = орынбасарға тек арнайы өкіл өкілеттік бере алады
error-access-authorise-own-deputy = арнайы өкіл тек өз делегациясының орынбасарына өкілеттік бере алады
error-access-draft-text = мәтін жобасын тек мүше тараптың делегациясы немесе хатшылық дайындай алады
error-access-change-text = мәтінді тек мәтінге жауапты тараптың делегациясы (немесе төраға атынан хатшылық) өзгерте алады
error-access-propose-amendment = түзетуді тек мүше тараптың арнайы өкілі, орынбасары немесе делегация мүшесі ұсына алады
error-access-chair-or-secretariat = бұл әрекетті тек төрағаның арнайы өкілі немесе хатшылық орындай алады
error-access-secretariat-no-position = хатшылық ешқашан тараптың ұстанымын тіркемейді
error-access-members-only-voice = шешім қабылдауда тек мүше тараптардың дауысы бар
error-access-own-party-only = сіз тек өз тарапыңыздың атынан әрекет ете аласыз
error-access-deputy-unauthorised = орынбасар тек арнайы өкіл берген өкілеттік қолданылатын кезеңде әрекет ете алады
error-access-envoy-speaks = тарап атынан тек арнайы өкіл немесе ол өкілеттік берген орынбасар сөйлейді
error-access-record-later = топ Маджлис жүйесін пайдалана бастағанға дейін қабылданған шешімді тек хатшылық тіркейді
error-access-secretariat-only = бұл әрекетті тек хатшылық орындай алады
error-access-report-own-party = сіз тек өз тарапыңыздың атынан, оның арнайы өкілі, орынбасары немесе делегация мүшесі ретінде есеп бере аласыз
error-access-report-line = бұл жұмыс бағыты бойынша тек оған жетекшілік ететін немесе оған қатысатын тарап есеп бере алады
error-access-record-for-party = мұны тек хатшылық немесе тараптың өз делегациясы тіркей алады
error-access-own-engagements = тарап өз байланыстарын арнайы өкілі, орынбасары немесе делегация мүшесі арқылы тіркейді
error-access-widen = мұны көре алатындар шеңберін тек автор тараптың арнайы өкілі кеңейте алады
error-access-authorisation-in-past = болашақтағы уақыт болуы тиіс
error-access-authorisation-too-long = бір жыл ішінде болуы тиіс

## Groups, parties and tracks

error-group-not-a-party = { $party } топтың тарапы емес
error-group-not-a-member = { $party } топтың мүше тарапы емес
error-group-not-a-track = { $track } топтың ынтымақтастық саласы емес
error-group-party-twice = { $party } тарапы екі рет көрсетілген
error-group-no-member = топта кемінде бір мүше тарап болуы тиіс
error-group-twice-in-rotation = { $party } ротация тәртібінде екі рет кездеседі
error-group-quorum-out-of-range = 1-ден мүшелер санына ({ $members }) дейін болуы тиіс
error-group-silence-too-long = ең көбі { $max } болуы тиіс
error-group-no-language = топта кемінде бір жұмыс тілі болуы тиіс
error-group-already-a-party = { $party } бұрыннан топтың тарапы
error-group-joins-as-member = тарап топқа бақылаушы немесе қонақ ретінде қосылады; мүшелер топ құрылған кезде айқындалады
error-group-not-a-party-of = { $party } { $group } тобының тарапы емес
error-group-not-a-member-of = { $party } { $group } тобының мүше тарапы емес
error-group-not-a-guest-of = { $party } { $group } тобының қонақ тарапы емес
error-track-named-twice = { $track } екі рет көрсетілген
error-track-in-use = { $track } жазбаларда пайдаланылуда, сондықтан сақталуы тиіс
error-group-party-line = { $line }-жол мына түрде болуы тиіс: коды, атауы, мәртебесі

## Meetings

# $from and $to are meeting statuses: planned, convened, concluded, cancelled.
error-meeting-transition-refused =
    { $from ->
        [planned] жоспарланған
        [convened] ашылған
        [concluded] аяқталған
        [cancelled] болдырылмаған
       *[other] { $from }
    } отырысты «{ $to ->
        [planned] жоспарланған
        [convened] ашылған
        [concluded] аяқталған
        [cancelled] болдырылмаған
       *[other] { $to }
    }» күйіне көшіру мүмкін емес
error-meeting-ends-before-start = басталу уақытынан кейін болуы тиіс
error-meeting-not-of-group = бұл топтың отырысы емес
error-meeting-no-rotation = топта ротация тәртібі жоқ; қабылдаушы тарапты көрсетіңіз
# $status is a meeting status: concluded or cancelled.
error-meeting-is-history =
    { $status ->
        [concluded] аяқталған
        [cancelled] болдырылмаған
        [planned] жоспарланған
        [convened] ашылған
       *[other] { $status }
    } отырыс мұрағатқа өтті және оны өзгерту мүмкін емес
error-meeting-agenda-order-incomplete = отырыстың күн тәртібіндегі әр тармақ дәл бір рет көрсетілуі тиіс
error-meeting-cancelled-no-attendance = болдырылмаған отырыстың қатысушылар құрамы болмайды
error-meeting-agenda-closed =
    { $status ->
        [concluded] аяқталған
        [cancelled] болдырылмаған
        [planned] жоспарланған
        [convened] ашылған
       *[other] { $status }
    } отырыстың күн тәртібін өзгерту мүмкін емес
error-meeting-start-and-end = басталу және аяқталу уақытын көрсетіңіз
error-meeting-up-or-down = up немесе down болуы тиіс

## Texts, versions and brackets

error-document-bad-language-tag = ru, en, fa-AF немесе uz-Arab сияқты тіл тегі болуы тиіс
error-text-language-is-negotiating = келіссөздер тілінің өзі
error-text-version-not-latest = { $asked }-редакция соңғысы емес; соңғысы — { $latest }-редакция
error-text-secretariat-no-national = хатшылықта ұлттық құжаттар болмайды; басқа тарату шеңберін таңдаңыз
# Several problems of one field, separated by semicolons.
error-text-list-of-problems = { $problems }
# $problem is one of the bracket problems below.
error-text-bracket-at = { $line }-жол, { $column }-баған: { $problem }
error-text-bracket-unclosed = осы жерде ашылған шаршы жақша жабылмаған
error-text-bracket-stray-close = «]]» ашылмаған шаршы жақшаны жауып тұр
error-text-bracket-nested = шаршы жақша басқа шаршы жақшаның ішінде ашылған; жақшаларды бірінің ішіне бірін салуға болмайды, нұсқаларды «||» арқылы бөлінген баламалар ретінде жазыңыз
error-text-holder-list-unclosed = осы жерде «{ "{" }» арқылы ашылған тараптар тізімі «{ "}" }» арқылы жабылмаған
error-text-holder-list-empty = тараптар тізімінде бірде-бір тарап көрсетілмеген; жақшаны ұсынған тараптарды көрсетіңіз (мысалы, { "{" }KZ,UZ{ "}" }) немесе тізімді алып тастаңыз
error-text-holder-list-empty-entry = тараптар тізімінде бос элемент бар (артық үтір бар ма?)
# $reason says what a party code must be.
error-text-holder-not-a-party = тараптар тізіміндегі «{ $code }» тарап коды емес: ол { $reason }
error-text-bracket-empty = шаршы жақшаның ешбір нұсқасында мәтін жоқ
# A bracket still open: its number, where it opens, who holds it, its alternatives.
error-text-open-bracket = ашық шаршы жақша { $number } ({ $line }-жол, { $column }-баған): { $alternatives }
error-text-open-bracket-held = ашық шаршы жақша { $number } ({ $line }-жол, { $column }-баған; ұсынған: { $holders }): { $alternatives }
error-text-alternative = «{ $text }»
# An empty alternative: the choice to delete the passage.
error-text-alternative-nothing = алып тастау
error-text-list = { $first }, { $next }
error-text-choice = { $first } немесе { $last }
error-text-no-chair-to-hold-pen = топта мәтінге жауапты болатын төраға әлі жоқ; алдымен отырысты жоспарлаңыз
error-text-no-such-version = мәтіннің { $version }-редакциясы жоқ
error-text-listed-needs-parties = көрсетілген тараптарға таратылатын мәтінде ол жіберілетін тараптар көрсетілуі тиіс

## Amendments

error-amendment-passage-empty = ауыстырылатын үзінді бос; түзету өзгертетін сөздерді дәйексөз ретінде келтіріңіз
error-amendment-passage-not-found = ауыстырылатын үзінді { $version }-редакцияда кездеспейді
error-amendment-passage-not-unique = ауыстырылатын үзінді { $version }-редакцияда { $occurrences } рет кездеседі; ол бірегей болуы үшін кеңірек келтіріңіз
error-amendment-reason-missing = түзетудің негіздемесі көрсетілуі тиіс
# $state is incorporated or declined.
error-amendment-already-settled =
    бұл түзету бұрыннан { $state ->
        [incorporated] ескерілген
        [declined] қабылданбаған
       *[other] { $state }
    }
# $reason says why the passage cannot be replaced in the latest version.
error-amendment-cannot-incorporate = ескеру мүмкін емес: { $reason }
error-amendment-decline-reason-missing = түзетуді қабылдамау үшін себеп көрсетілуі тиіс

## Markings

error-marking-secretariat-no-national = хатшылық ұлттық таратудағы ештеңені тіркемейді; басқа тарату шеңберін таңдаңыз
error-marking-listed-needs-parties = көрсетілген тараптарға таратылатын жазбада ол жіберілетін тараптар көрсетілуі тиіс
error-marking-above-clearance = сіздің рұқсат деңгейіңізден жоғары болмауы тиіс
error-marking-only-widen = жазбаның тарату шеңберін тек кеңейтуге, ал құпиялылық деңгейін тек төмендетуге болады

## Opening a procedure

error-procedure-no-chair = топта рәсімді ашатын төраға жоқ
# $kind is a kind of text that is never adopted: chairs_summary or non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] бірлескен мәлімдеме
        [chairs_summary] төрағаның түйіндемесі
        [non_paper] бейресми құжат
       *[other] { $kind }
    } ешқашан қабылданбайды
error-procedure-still-open = осы мәтін бойынша № { $id } рәсім әлі ашық
error-procedure-session-by-consensus = отырыста қабылданатын шешім залда консенсус негізінде қабылданады
# $status is a meeting status: planned, concluded or cancelled.
error-procedure-session-not-convened =
    отырыста қабылданатын шешім үшін ашылған отырыс қажет; бұл отырыс { $status ->
        [planned] жоспарланған
        [concluded] аяқталған
        [cancelled] болдырылмаған
       *[other] { $status }
    }
error-procedure-nobody-present = отырысқа қатысып отырған бірде-бір мүше тарап тіркелмеген; алдымен қатысушылар құрамын енгізіңіз
error-procedure-no-such-version = бұл мәтіннің мұндай редакциясы жоқ
error-procedure-no-such-meeting = мұндай отырыс жоқ
error-procedure-session-needs-meeting = отырыста қабылданатын шешімде отырыс көрсетілуі тиіс
error-procedure-confirm-by-missing = ad referendum ұстанымы үшін елорда растайтын күн қажет

## Procedures: why an act cannot be recorded now


# Instants ($deadline, $at, $now…) are written in UTC.

error-refusal-missing-objection-reason = қарсылықта оның себебі көрсетілуі тиіс
error-refusal-missing-decline-reason = ad referendum ұстанымы расталмаған жағдайда елорда көрсеткен себеп келтірілуі тиіс, өйткені ол қарсылық ретінде тіркеледі
error-refusal-missing-concur-statement = мәлімдемемен келісу үшін мәлімдеме мәтіні қажет
error-refusal-blank-stand-aside = қалыс қалу мәтіні бос болмауы тиіс (оны мүлде енгізбеуге болады)
error-refusal-missing-break-reason = үнсіздікті бұзу үшін жазбаша қарсылық немесе түзету қажет
error-refusal-blank-interpretive-statement = түсіндіру туралы мәлімдеме бос болмауы тиіс
# $outcome is open, adopted, not_adopted, withdrawn or superseded.
error-refusal-closed =
    бұл рәсім жабылған: { $outcome ->
        [not_adopted] қабылданбады
        [open] ашық
        [adopted] қабылданды
        [withdrawn] кері қайтарылып алынды
        [superseded] ауыстырылды
       *[other] { $outcome }
    }
error-refusal-deadline-passed = мерзім өтіп кетті: { $deadline }
error-refusal-before-opening = рәсім әлі ашылған жоқ; ашылу уақыты: { $opened_at }
error-refusal-not-stamped-now = бұл әрекет { $at } уақытымен белгіленген, ал сервер уақыты — { $now }: әрекеттер сервер уақыты бойынша тіркеледі
error-refusal-behind-last-act = сервер сағаты осы рәсімнің соңғы әрекетінен ({ $last }) артта қалып тұр; біраздан кейін қайталап көріңіз
# $act is an act of a silence procedure: break or statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] үнсіздікті бұзу
        [statement] жеке түсіндіру туралы мәлімдеме
       *[other] бұл әрекет
    } консенсус раундында қолданылмайды: оның орнына ұстанымды тіркеңіз (қарсылық білдіру немесе мәлімдемемен келісу)
# $act is an act of a consensus round: position, confirm, decline or chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] ұстанымды тіркеу
        [confirm] ad referendum ұстанымын растау
        [decline] ad referendum ұстанымын растамау
        [chair_note] төрағаның қарсылық білдірілмегені туралы белгісі
       *[other] бұл әрекет
    } үнсіздік рәсімінде қолданылмайды: оның орнына үнсіздікті бұзыңыз немесе түсіндіру туралы мәлімдеме жасаңыз
error-refusal-not-a-member = { $party } бұл рәсімде дауысы бар мүше тарап емес
error-refusal-no-ad-referendum-to-confirm = { $party } тарапында расталатын ad referendum ұстанымы жоқ
error-refusal-no-ad-referendum-to-decline = { $party } тарапында қабылданбайтын ad referendum ұстанымы жоқ
error-refusal-confirmation-time-passed = { $party } тарапының елордасы үшін растау мерзімі өтіп кетті ({ $confirm_by }); оның орнына ұстанымды тіркеңіз
error-refusal-confirm-by-not-ahead = елорданың растау мерзімі ({ $confirm_by }) қазіргі уақыттан кейін болуы тиіс
error-refusal-text-too-long = мәтін ең көбі { $max } таңбадан тұра алады
error-refusal-extension-not-later = жаңа мерзім ағымдағы мерзімнен ({ $current }) кейін болуы тиіс
error-refusal-party-has-spoken = { $party } тарапы өз ұстанымын тіркеді: төрағаның белгісі ешқашан тараптың әрекетін алмастырмайды
error-refusal-already-noted = төраға { $party } тарапынан қарсылық білдірілмегенін бұрын белгілеген
error-refusal-note-outside-session = төраға «қарсылық білдірілмеді» белгісін тек отырыста қабылданатын шешімде, отырысқа қатысып отырған тарап үшін қояды
error-refusal-deadline-not-after-opening = мерзім ашылу уақытынан кейін болуы тиіс
error-refusal-silence-too-short = үнсіздік кемінде { $min_hours } сағатқа созылуы тиіс: мерзім ең ерте дегенде { $earliest } болуы мүмкін

## Decisions recorded later

error-record-later-in-future = кейінірек тіркелетін шешім өтіп кеткен күні қабылданған болуы тиіс; бұл шешімнің күні болашақта
error-record-later-meeting-not-begun = шешім қабылданды деп көрсетілген уақытта әлі басталмаған еді
error-record-later-reported-twice = { $party } екі рет көрсетілген
# $position is stand_aside, ad_referendum or object.
error-record-later-not-concurring =
    { $party } тарапының ұстанымы «{ $position ->
        [concur_with_statement] мәлімдемемен келісу
        [stand_aside] қалыс қалу
        [ad_referendum] ad referendum
        [object] қарсылық білдіру
       *[other] { $position }
    }» деп көрсетілген: шешім барлық мүше тараптар келіскен немесе консенсусқа қосылған жағдайда ғана қабылданады, сондықтан бұл мәтін қабылданбаған
error-record-later-position-missing = { $party } мүше тарап, бірақ оның ұстанымы көрсетілмеген
error-record-later-statement-missing = concur_with_statement үшін мәлімдеме мәтіні қажет
error-record-later-unknown-position = әр ұстаным мыналардың бірі болуы тиіс: concur, concur_with_statement, stand_aside, ad_referendum, object

## Roadmaps

error-roadmap-leads-missing = жұмыс бағытына жетекшілік ететін кемінде бір тарапты көрсетіңіз
error-roadmap-due-before-start = жұмыс бағытының мерзімі оның басталуынан бұрын болуы мүмкін емес
error-roadmap-report-in-future = есеп бүгінгі немесе одан бұрынғы күнгі жағдай бойынша беріледі
error-roadmap-not-started-progress = басталмаған жұмыс бағытының орындалуы 0 %
error-roadmap-done-progress = орындалған жұмыс бағытының орындалуы 100 %
error-roadmap-party-would-not-see = { $party } жұмыс бағытына қатысады, бірақ оны көре алмайды; оны { $party } тарапына да таратыңыз
error-roadmap-percent = 0-ден 100-ге дейінгі бүтін сан болуы тиіс
error-roadmap-no-such-decision = топта { $id } сәйкестендіргіші бар шешім жоқ
error-roadmap-line-hidden-from-you = жұмыс бағыты сізден жасырын болып қалады: төрағаның тарапын да тізімге қосыңыз
error-roadmap-decision-id = шешімнің сәйкестендіргіші 1-ден басталатын бүтін сан болуы тиіс

## Agreements and engagements

error-agreement-count = саны 1-ден кем емес бүтін сан болуы тиіс
error-agreement-signed-in-future = келісім қол қойылғаннан кейін тіркеледі: күні болашақта болуы мүмкін емес
error-agreement-same-party = келісім басқа тараппен жасалады
error-engagement-in-future = байланысты ол өткеннен кейін тіркеңіз
error-engagement-no-track = кемінде бір ынтымақтастық саласын көрсетіңіз
error-engagement-summary-missing = не талқыланғанын баяндаңыз

## Figures, periods and money

error-period-not-a-date = күн емес: YYYY-MM-DD түрінде, бар күнді жазыңыз
error-period-ends-before-start = кезең басталмай тұрып аяқталады
error-money-unknown-currency = ISO 4217 валюта коды емес (USD сияқты үш бас әріп)
error-money-not-an-amount = сома емес: цифрларды жазыңыз, бұл валюта үшін бөлшек бөлігінде ең көбі { $decimals } цифр болуы мүмкін
error-money-negative = сома теріс болмауы тиіс
error-money-too-large = сома тым үлкен
error-figures-flow-negative = ағын ешқашан нөлден төмен болмайды
error-figures-target-not-positive = нысаналы мән нөлден жоғары болуы тиіс
error-figures-same-party = мән екі түрлі тарап арасында болуы тиіс
error-figures-bad-url = https:// немесе http:// арқылы басталатын, бос орынсыз веб-сілтеме болуы тиіс
error-figures-not-exact-decimal = мәтін түріндегі ондық сан: цифрлар, қажет болса нүкте және одан кейін 8 цифрға дейін

## Importing a table of figures

error-import-unknown-columns = бағандар біздің бағандар да ({ $ours }), UN Comtrade бағандары да (refYear немесе period, reporterISO, partnerISO, flowCode, primaryValue) емес
error-import-value-missing = мән қажет
error-import-not-a-decimal = ондық сан емес (цифрлар, қажет болса бір нүкте)
# $code is the code as written in the file, in quotes.
error-import-not-alpha2 = { $code } ISO 3166-1 alpha-2 ел коды емес
error-import-not-alpha3 = { $code } ISO 3166-1 alpha-3 ел коды емес
error-import-source-missing = дереккөзді осы бағанда немесе бүкіл файл үшін көрсетіңіз
error-import-comtrade-source-missing = Comtrade файлының дереккөзін көрсетіңіз (мысалы, "UN Comtrade")
error-import-unknown-flow-code = { $code }: тек X (экспорт) және M (импорт) оқылады
# $wanted and $flow are exports, imports or turnover.
error-import-other-flow =
    бұл көрсеткіш { $wanted ->
        [exports] экспортты
        [imports] импортты
        [turnover] тауар айналымын
       *[other] { $wanted }
    } есептейді, ал бұл жол { $flow ->
        [exports] экспорт
        [imports] импорт
        [turnover] тауар айналымы
       *[other] { $flow }
    } туралы
error-import-not-a-trade-flow = бұл көрсеткіш сауда ағыны емес; оған Comtrade жолдарын енгізуге болмайды
error-import-second-flow-row =
    осы есеп беруші, серіктес және кезең үшін екінші { $flow ->
        [exports] экспорт
        [imports] импорт
        [turnover] тауар айналымы
       *[other] { $flow }
    } жолы (біріншісі { $first_row }-жолда)
error-import-sum-too-large = қосынды тым үлкен
error-import-turnover-incomplete =
    { $reporter }–{ $partner } { $period }: тек { $flow ->
        [exports] экспорт
        [imports] импорт
       *[other] { $flow }
    } бар; тауар айналымы үшін X та, M да қажет
# $reason is the CSV reader's own explanation (in English).
error-import-header-unreadable = тақырып жолын оқу мүмкін емес: { $reason }
error-import-row-unreadable = бұл жолды оқу мүмкін емес: { $reason }
error-import-no-rows = файлда мәндер жолдары жоқ
error-import-no-secretariat = { $group } тобында мұндай хатшылық тіркелгісі жоқ
error-import-several-secretariats = { $group } тобында бірнеше хатшылық тіркелгісі бар: --as арқылы біреуін көрсетіңіз

## Conflicts with what is recorded

error-conflict-signing-key-exists = қол қою кілті бұрыннан бар
error-conflict-seat-exists = бұл адамның топта орны бұрыннан бар
error-conflict-language-version-exists = бұл редакцияда осы тілдегі мәтін бұрыннан бар
error-conflict-username-taken = мұндай пайдаланушы аты бар пайдаланушы бұрыннан бар
error-conflict-group-code-taken = мұндай коды бар топ бұрыннан бар
error-conflict-party-in-group = бұл тарап топта бұрыннан бар
error-conflict-decision-exists = бұл рәсім бойынша шешім бұрыннан бар
error-conflict-indicator-exists = топта { $code } көрсеткіші бұрыннан бар
error-conflict-amendment-settled = бұл түзету бойынша шешім бұрын қабылданған
error-conflict-procedure-closed = бұл рәсім бұрын жабылған

## Problem answers of the API (RFC 9457 problem+json)

problem-unauthenticated-title = Жүйеге кірмегенсіз
problem-unauthenticated-detail = алдымен жүйеге кіріңіз
problem-bad-credentials-title = Кіру қабылданбады
problem-bad-credentials-detail = пайдаланушы аты немесе құпиясөз дұрыс емес
problem-too-many-attempts-title = Әрекет саны тым көп
problem-too-many-attempts-detail = жүйеге кірудің сәтсіз әрекеттері тым көп; { $minutes } минуттан кейін қайталап көріңіз
problem-not-found-title = Табылмады
problem-not-found-detail = мұнда ештеңе жоқ немесе оны көруге рұқсатыңыз жоқ
problem-forbidden-title = Рұқсат етілмейді
problem-invalid-input-title = Деректер дұрыс емес
# $fields lists each refused field with its message (problem-field), separated by semicolons.
problem-invalid-input-detail = мына өрістерді тексеріңіз: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Жолдар дұрыс емес
# $rows lists the first ten bad rows (problem-row), separated by semicolons.
problem-invalid-rows-detail = ештеңе сақталмады; мына жолдарды түзетіңіз: { $rows }
problem-invalid-rows-detail-more = ештеңе сақталмады; мына жолдарды түзетіңіз: { $rows }; және тағы { $more } жол
problem-row = { $row }-жол, { $field }: { $message }
problem-conflict-title = Ағымдағы жағдаймен қайшылық
problem-internal-title = Ішкі қате
problem-internal-detail = сервер бұл сұрауды орындай алмады; қате журналға жазылды
problem-too-large-title = Сұрау көлемі тым үлкен
problem-send-json-title = JSON жіберіңіз
problem-invalid-json-title = JSON мазмұны дұрыс емес
problem-invalid-query-title = Сұрау жолы дұрыс емес
# $parameters lists each refused parameter with its message (problem-field).
problem-invalid-query-detail = мына параметрлерді тексеріңіз: { $parameters }
problem-bad-request-title = Сұрау дұрыс емес
problem-method-not-allowed-title = Әдіске рұқсат етілмейді
problem-payload-too-large-title = Деректер көлемі тым үлкен
# $method is the HTTP method asked (GET, POST…); $allowed lists those the address answers.
problem-method-not-allowed-detail = бұл мекенжай { $method } әдісіне жауап бермейді; ол мыналарға жауап береді: { $allowed }
# $reason is the title of the problem, in lowercase.
problem-refused-detail = сұрау қабылданбады: { $reason }
problem-csrf-title = Сайтаралық сұрау қабылданбады
problem-csrf-detail = бұл сұрау Маджлис бетінен келмеген; оны сол көзден немесе X-CSRF-Token тақырыбымен жіберіңіз
problem-send-csv-title = CSV жіберіңіз
problem-send-csv-detail = кестені text/csv түрінде жіберіңіз
problem-bearer-on-form-title = Bearer токені мұнда қабылданбайды
problem-bearer-on-form-detail = беттер мен нысандарға тек сеанс cookie файлы арқылы кіріледі; Authorization: Bearer тақырыбы бар сұрауларды /api/v1 мекенжайына жіберіңіз
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = журнал жазбасының реттік нөмірі болуы тиіс: 0-ден кем емес бүтін сан
