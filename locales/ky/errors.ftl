# What went wrong, as a person reads it: field errors of forms and JSON bodies, refusals of
# the rules, and the titles and details of problem+json answers. Field errors are written to
# follow the field's name ("title: must not be empty"), so most start in lowercase.


## Characters in typed text

# $character is a code point with its Unicode name, such as "U+200B (zero width space)".
error-characters-at-line = { $line }-саптын { $column }-мамычасындагы { $character }
error-characters-at = { $at }-позициядагы { $character }
# $found is one of the two messages above.
error-characters-control = башкаруу белгилери болбошу керек; алып салыңыз: { $found }
error-characters-line-break = бир саптан турушу керек; сап которуу белгисин алып салыңыз: { $found }
error-characters-direction-control = текстти сакталган тартибинен башка тартипте көрсөтүүчү көрүнбөгөн багыт белгилери болбошу керек; алып салыңыз: { $found }
error-characters-invisible = көрүнбөгөн белгилер болбошу керек; алып салыңыз: { $found }
error-characters-stray-joiner = нөл туурасындагы бириктирүүчү же ажыратуучу белги сөздүн эки тамгасынын ортосунда гана боло алат; алып салыңыз: { $found }
error-characters-nothing-visible = кеминде бир көрүнгөн белги болушу керек

## Codes, names and titles

error-name-empty = бош болбошу керек
error-name-too-long = эң көп дегенде { $max } белгиден турушу керек
error-email-shape = электрондук почта дареги эмес (бир дарек болушу керек, мисалы name@example.org)
error-name-shape-group-code = тамга менен башталган 2ден 10го чейин баш тамга же сандан турушу керек (мисалы, CGA)
error-name-shape-party-code = 2ден 8ге чейин баш тамгадан турушу керек (мамлекет үчүн ISO 3166-1 alpha-2, мисалы, KZ)
error-name-shape-username = 2ден 64кө чейин кичине тамга, сан, '.', '_' же '-' белгисинен турушу керек (мисалы, kz.envoy)
error-name-shape-track-code = кичине тамгалардан, сандардан жана астынкы сызыктан турган тармак коду болушу керек (мисалы, trade)
error-name-shape-indicator-code = кичине тамгалардан, сандардан жана астынкы сызыктан турган көрсөткүч коду болушу керек (мисалы, trade_turnover)
error-name-shape-single-line = башкаруу белгилерисиз бир саптан турушу керек
error-name-shape-no-control-characters = башкаруу белгилерисиз текст болушу керек

## Any field

error-time-unknown-zone = белгилүү IANA убакыт алкагы эмес (мисалы, Asia/Tashkent)
error-time-bad-local-time = 2026-03-14T10:00 түрүндөгү күн жана убакыт болушу керек
error-time-nonexistent-local-time = бул убакыт алкагында жок (саат которулганда бул убакыт өткөрүлүп жиберилет)
error-time-bad-instant = 2026-03-14T10:00:00Z же 2026-03-14T15:00:00+05:00 сыяктуу жылышы көрсөтүлгөн RFC 3339 убактысы болушу керек
error-time-offset-out-of-range = жылышы ±18:00дөн ашат, мындай жылыш Жердин эч бир жеринде колдонулбайт; UTCге карата жылышты көрсөтүңүз, мисалы, +05:00 же Z
# $values are the words the field takes, as they are sent (not translated).
error-choice-one-of = төмөнкүлөрдүн бири болушу керек: { $values }
error-nothing-to-change = өзгөртө турган эч нерсе жок
error-date-shape = YYYY-MM-DD түрүндө жазылган күн болушу керек
error-date-not-in-calendar = календарда мындай күн жок
error-language-not-offered = Маджлис сунушталган тилдердин бири эмес; төмөнкүлөрдүн бирин тандаңыз: { $offered }
error-whole-number = бүтүн сан болушу керек
error-must-be-whole-number = бүтүн сан болушу керек
# $reason is the web server's own explanation (in English).
error-form-unreadable = { $reason }
# $expected is serde's list of the parameters there are, in English.
error-query-unknown-parameter = бул сурамдын параметри эмес; { $expected }
error-query-required = милдеттүү түрдө көрсөтүлүшү керек
error-query-out-of-range = уруксат берилген чектен тышкары
# $reason is serde's own explanation, in English.
error-query-unreadable = { $reason }

## Passwords

error-password-too-short = кеминде { $min } белгиден турушу керек
error-password-too-long = эң көп дегенде { $max } белгиден турушу керек
error-password-too-easy = табуу өтө оңой
# $advice is one or more of the hints below, separated by semicolons.
error-password-too-easy-advice = табуу өтө оңой: { $advice }
error-password-hint-straight-rows = баскычтоптогу баскычтардын түз катарларын табуу оңой
error-password-hint-short-keyboard-patterns = баскычтоптогу кыска үлгүлөрдү табуу оңой
error-password-hint-repeats-like-aaa = "aaa" сыяктуу кайталоолорду табуу оңой
error-password-hint-repeats-like-abcabc = "abcabcabc" сыяктуу кайталоолорду табуу "abc"ны табуудан бир аз гана кыйын
error-password-hint-top-10 = бул эң көп тараган 10 сырсөздүн бири
error-password-hint-top-100 = бул эң көп тараган 100 сырсөздүн бири
error-password-hint-very-common = бул абдан көп тараган сырсөз
error-password-hint-similar-to-common = бул көп колдонулган сырсөзгө окшош
error-password-hint-sequences-like-abc = abc же 6543 сыяктуу ырааттуулуктарды табуу оңой
error-password-hint-recent-years = акыркы жылдарды табуу оңой
error-password-hint-a-word-by-itself = жалгыз сөздү табуу оңой
error-password-hint-dates = даталарды адатта табуу оңой
error-password-hint-names-by-themselves = өзүнчө турган аттарды жана фамилияларды табуу оңой
error-password-hint-common-names = көп тараган аттарды жана фамилияларды табуу оңой
error-password-hint-use-a-few-words = бир нече сөздү колдонуңуз, көп тараган сөз айкаштарынан качыңыз
error-password-hint-no-need-for-symbols = атайын белгилер, сандар же баш тамгалар милдеттүү эмес
error-password-hint-add-another-word = дагы бир-эки сөз кошуңуз, сейрек кездешкен сөздөр жакшыраак
error-password-hint-capitalization = баш тамгалар анчалык жардам бербейт
error-password-hint-all-uppercase = баш тамгалардан гана турган сырсөздү кичине тамгалардан гана турган сырсөз сыяктуу эле оңой табууга болот
error-password-hint-reversed-words = тескери жазылган сөздөрдү табуу анчалык кыйын эмес
error-password-hint-substitutions = 'a' ордуна '@' сыяктуу алдын ала божомолдонгон алмаштыруулар анчалык жардам бербейт
error-password-hint-longer-keyboard-pattern = бурулуштары көбүрөөк, узунураак баскычтоп үлгүсүн колдонуңуз
error-password-hint-avoid-repeats = кайталанган сөздөрдөн жана белгилерден качыңыз
error-password-hint-avoid-sequences = ырааттуулуктардан качыңыз
error-password-hint-avoid-recent-years = акыркы жылдардан качыңыз
error-password-hint-avoid-your-years = өзүңүз менен байланышкан жылдардан качыңыз
error-password-hint-avoid-your-dates = өзүңүз менен байланышкан даталардан жана жылдардан качыңыз
error-password-hint-fallback = дагы бир-эки сөз кошуңуз; сейрек кездешкен сөздөр жакшыраак

## Accounts and seats

error-account-password-unchanged = учурдагы сырсөздөн айырмаланышы керек
error-account-wrong-current-password = сиздин учурдагы сырсөзүңүз эмес
error-account-missing = көрсөтүлгөн эмес
error-account-no-such-user = мындай колдонуучу аты бар колдонуучу жок
error-seat-party-missing = делегациядагы роль үчүн ал таандык болгон тарап көрсөтүлүшү керек
error-seat-secretariat-party = катчылык эч бир тарапка таандык эмес; тарап талаасын бош калтырыңыз
error-seat-none-in-group = бул адамдын топто орду жок
error-demo-password-refused = { $reason } ({ $account } демо эсептик жазуусу үчүн текшерилди); күчтүүрөөк сырсөз тандаңыз
error-account-no-such-account = мындай колдонуучу аты бар эсептик жазуу жок

## Who may do what

error-access-manage-meeting = бул жыйынды катчылык же төраганын атайын өкүлү гана башкара алат
error-access-administrator-only = бул аракетти администратор гана аткара алат
error-access-authorise-envoy-only = орун басарга атайын өкүл гана ыйгарым укук бере алат
error-access-authorise-own-deputy = атайын өкүл өз делегациясынын орун басарына гана ыйгарым укук бере алат
error-access-draft-text = тексттин долбоорун мүчө тараптын делегациясы же катчылык гана даярдай алат
error-access-change-text = текстти текстке жооптуу тараптын делегациясы (же төраганын атынан катчылык) гана өзгөртө алат
error-access-propose-amendment = түзөтүүнү мүчө тараптын атайын өкүлү, орун басары же делегациянын мүчөсү гана сунуштай алат
error-access-chair-or-secretariat = бул аракетти төраганын атайын өкүлү же катчылык гана аткара алат
error-access-secretariat-no-position = катчылык эч качан тараптын позициясын каттабайт
error-access-members-only-voice = чечим кабыл алууда мүчө тараптар гана добуш укугуна ээ
error-access-own-party-only = сиз өз тарабыңыздын атынан гана аракеттене аласыз
error-access-deputy-unauthorised = орун басар атайын өкүл берген ыйгарым укук колдонулган мезгилде гана аракеттене алат
error-access-envoy-speaks = тараптын атынан атайын өкүл же ал ыйгарым укук берген орун басар гана сүйлөйт
error-access-record-later = топ Маджлис системасын колдоно баштаганга чейин кабыл алынган чечимди катчылык гана каттайт
error-access-secretariat-only = бул аракетти катчылык гана аткара алат
error-access-report-own-party = сиз өз тарабыңыздын атынан гана, анын атайын өкүлү, орун басары же делегациянын мүчөсү катары отчет бере аласыз
error-access-report-line = бул иш багыты боюнча аны жетектеген же ага катышкан тарап гана отчет бере алат
error-access-record-for-party = муну катчылык же тараптын өз делегациясы гана каттай алат
error-access-own-engagements = тарап өз байланыштарын атайын өкүлү, орун басары же делегациянын мүчөсү аркылуу каттайт
error-access-widen = муну көрө алгандардын чөйрөсүн автор тараптын атайын өкүлү гана кеңейте алат
error-access-authorisation-in-past = келечектеги убакыт болушу керек
error-access-authorisation-too-long = бир жылдын ичинде болушу керек

## Groups, parties and tracks

error-group-not-a-party = { $party } топтун тарабы эмес
error-group-not-a-member = { $party } топтун мүчө тарабы эмес
error-group-not-a-track = { $track } топтун кызматташтык тармагы эмес
error-group-party-twice = { $party } тарабы эки жолу көрсөтүлгөн
error-group-no-member = топто кеминде бир мүчө тарап болушу керек
error-group-twice-in-rotation = { $party } ротация тартибинде эки жолу кездешет
error-group-quorum-out-of-range = 1ден мүчөлөрдүн санына ({ $members }) чейин болушу керек
error-group-silence-too-long = эң көп дегенде { $max } болушу керек
error-group-no-language = топто кеминде бир иш тили болушу керек
error-group-already-a-party = { $party } буга чейин эле топтун тарабы
error-group-joins-as-member = тарап топко байкоочу же конок катары кошулат; мүчөлөр топ түзүлгөндө аныкталат
error-group-not-a-party-of = { $party } { $group } тобунун тарабы эмес
error-group-not-a-member-of = { $party } { $group } тобунун мүчө тарабы эмес
error-group-not-a-guest-of = { $party } { $group } тобунун конок тарабы эмес
error-track-named-twice = { $track } эки жолу көрсөтүлгөн
error-track-in-use = { $track } жазууларда колдонулуп жатат, ошондуктан сакталышы керек
error-group-party-line = { $line }-сап төмөнкү түрдө болушу керек: коду, аталышы, статусу

## Meetings

# $from and $to are meeting statuses: planned, convened, concluded, cancelled.
error-meeting-transition-refused =
    { $from ->
        [planned] пландаштырылган
        [convened] ачылган
        [concluded] аяктаган
        [cancelled] жокко чыгарылган
       *[other] { $from }
    } жыйынды «{ $to ->
        [planned] пландаштырылган
        [convened] ачылган
        [concluded] аяктаган
        [cancelled] жокко чыгарылган
       *[other] { $to }
    }» абалына которууга болбойт
error-meeting-ends-before-start = башталыш убактысынан кийин болушу керек
error-meeting-not-of-group = бул топтун жыйыны эмес
error-meeting-no-rotation = топто ротация тартиби жок; кабыл алуучу тарапты көрсөтүңүз
# $status is a meeting status: concluded or cancelled.
error-meeting-is-history =
    { $status ->
        [concluded] аяктаган
        [cancelled] жокко чыгарылган
        [planned] пландаштырылган
        [convened] ачылган
       *[other] { $status }
    } жыйын архивге өттү жана аны өзгөртүүгө болбойт
error-meeting-agenda-order-incomplete = жыйындын күн тартибиндеги ар бир пункт так бир жолу көрсөтүлүшү керек
error-meeting-cancelled-no-attendance = жокко чыгарылган жыйындын катышуучулар курамы болбойт
error-meeting-agenda-closed =
    { $status ->
        [concluded] аяктаган
        [cancelled] жокко чыгарылган
        [planned] пландаштырылган
        [convened] ачылган
       *[other] { $status }
    } жыйындын күн тартибин өзгөртүүгө болбойт
error-meeting-start-and-end = башталыш жана аякталыш убактысын көрсөтүңүз
error-meeting-up-or-down = up же down болушу керек

## Texts, versions and brackets

error-document-bad-language-tag = ru, en, fa-AF же uz-Arab сыяктуу тилдин теги болушу керек
error-text-language-is-negotiating = сүйлөшүүлөрдүн тилинин өзү
error-text-version-not-latest = { $asked }-редакция акыркысы эмес; акыркысы — { $latest }-редакция
error-text-secretariat-no-national = катчылыкта улуттук документтер болбойт; таратуунун башка чөйрөсүн тандаңыз
# Several problems of one field, separated by semicolons.
error-text-list-of-problems = { $problems }
# $problem is one of the bracket problems below.
error-text-bracket-at = { $line }-сап, { $column }-мамыча: { $problem }
error-text-bracket-unclosed = ушул жерде ачылган чарчы кашаа жабылган эмес
error-text-bracket-stray-close = «]]» ачылбаган чарчы кашааны жаап турат
error-text-bracket-nested = чарчы кашаа башка чарчы кашаанын ичинде ачылган; кашааларды бири-биринин ичине салууга болбойт, варианттарды «||» менен бөлүнгөн альтернативалар катары жазыңыз
error-text-holder-list-unclosed = ушул жерде «{ "{" }» менен ачылган тараптардын тизмеси «{ "}" }» менен жабылган эмес
error-text-holder-list-empty = тараптардын тизмесинде бир да тарап көрсөтүлгөн эмес; кашааны сунуштаган тараптарды көрсөтүңүз (мисалы, { "{" }KZ,UZ{ "}" }) же тизмени алып салыңыз
error-text-holder-list-empty-entry = тараптардын тизмесинде бош элемент бар (ашыкча үтүрбү?)
# $reason says what a party code must be.
error-text-holder-not-a-party = тараптардын тизмесиндеги «{ $code }» тараптын коду эмес: ал { $reason }
error-text-bracket-empty = чарчы кашаанын бир да вариантында текст жок
# A bracket still open: its number, where it opens, who holds it, its alternatives.
error-text-open-bracket = ачык чарчы кашаа { $number } ({ $line }-сап, { $column }-мамыча): { $alternatives }
error-text-open-bracket-held = ачык чарчы кашаа { $number } ({ $line }-сап, { $column }-мамыча; сунуштаган: { $holders }): { $alternatives }
error-text-alternative = «{ $text }»
# An empty alternative: the choice to delete the passage.
error-text-alternative-nothing = алып салуу
error-text-list = { $first }, { $next }
error-text-choice = { $first } же { $last }
error-text-no-chair-to-hold-pen = топто текстке жооптуу боло турган төрага азырынча жок; адегенде жыйынды пландаштырыңыз
error-text-no-such-version = тексттин { $version }-редакциясы жок
error-text-listed-needs-parties = көрсөтүлгөн тараптарга таратылуучу текстте ал жөнөтүлүүчү тараптар көрсөтүлүшү керек

## Amendments

error-amendment-passage-empty = алмаштырылуучу үзүндү бош; түзөтүү өзгөртө турган сөздөрдү цитата катары келтириңиз
error-amendment-passage-not-found = алмаштырылуучу үзүндү { $version }-редакцияда кездешпейт
error-amendment-passage-not-unique = алмаштырылуучу үзүндү { $version }-редакцияда { $occurrences } жолу кездешет; ал кайталангыс болушу үчүн кененирээк келтириңиз
error-amendment-reason-missing = түзөтүүнүн негиздемеси көрсөтүлүшү керек
# $state is incorporated or declined.
error-amendment-already-settled =
    бул түзөтүү буга чейин эле { $state ->
        [incorporated] эске алынган
        [declined] четке кагылган
       *[other] { $state }
    }
# $reason says why the passage cannot be replaced in the latest version.
error-amendment-cannot-incorporate = эске алууга болбойт: { $reason }
error-amendment-decline-reason-missing = түзөтүүнү четке кагуу үчүн себеп көрсөтүлүшү керек

## Markings

error-marking-secretariat-no-national = катчылык улуттук таратуудагы эч нерсени каттабайт; таратуунун башка чөйрөсүн тандаңыз
error-marking-listed-needs-parties = көрсөтүлгөн тараптарга таратылуучу жазууда ал жөнөтүлүүчү тараптар көрсөтүлүшү керек
error-marking-above-clearance = сиздин уруксат деңгээлиңизден жогору болбошу керек
error-marking-only-widen = жазуунун таратуу чөйрөсүн кеңейтүүгө гана, ал эми купуялык деңгээлин төмөндөтүүгө гана болот

## Opening a procedure

error-procedure-no-chair = топто жол-жобону ача турган төрага жок
# $kind is a kind of text that is never adopted: chairs_summary or non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] биргелешкен билдирүү
        [chairs_summary] төраганын корутундусу
        [non_paper] расмий эмес документ
       *[other] { $kind }
    } эч качан кабыл алынбайт
error-procedure-still-open = бул текст боюнча № { $id } жол-жобо азырынча ачык
error-procedure-session-by-consensus = жыйында кабыл алынуучу чечим залда консенсус негизинде кабыл алынат
# $status is a meeting status: planned, concluded or cancelled.
error-procedure-session-not-convened =
    жыйында кабыл алынуучу чечим үчүн ачылган жыйын керек; бул жыйын { $status ->
        [planned] пландаштырылган
        [concluded] аяктаган
        [cancelled] жокко чыгарылган
       *[other] { $status }
    }
error-procedure-nobody-present = жыйынга катышып отурган бир да мүчө тарап катталган эмес; адегенде катышуучулардын курамын киргизиңиз
error-procedure-no-such-version = бул тексттин мындай редакциясы жок
error-procedure-no-such-meeting = мындай жыйын жок
error-procedure-session-needs-meeting = жыйында кабыл алынуучу чечимде жыйын көрсөтүлүшү керек
error-procedure-confirm-by-missing = ad referendum позициясы үчүн борбор тастыктай турган күн керек

## Procedures: why an act cannot be recorded now


# Instants ($deadline, $at, $now…) are written in UTC.

error-refusal-missing-objection-reason = каршылыкта анын себеби көрсөтүлүшү керек
error-refusal-missing-decline-reason = ad referendum позициясы тастыкталбаган учурда борбор көрсөткөн себеп келтирилиши керек, анткени ал каршылык катары катталат
error-refusal-missing-concur-statement = билдирүү менен макул болуу үчүн билдирүүнүн тексти керек
error-refusal-blank-stand-aside = калыс калуунун тексти бош болбошу керек (аны такыр киргизбесе да болот)
error-refusal-missing-break-reason = унчукпоону бузуу үчүн жазуу жүзүндөгү каршылык же түзөтүү керек
error-refusal-blank-interpretive-statement = чечмелөө жөнүндө билдирүү бош болбошу керек
# $outcome is open, adopted, not_adopted, withdrawn or superseded.
error-refusal-closed =
    бул жол-жобо жабылган: { $outcome ->
        [not_adopted] кабыл алынган жок
        [open] ачык
        [adopted] кабыл алынды
        [withdrawn] кайтарылып алынды
        [superseded] алмаштырылды
       *[other] { $outcome }
    }
error-refusal-deadline-passed = мөөнөт өтүп кетти: { $deadline }
error-refusal-before-opening = жол-жобо азырынча ачыла элек; ачылуу убактысы: { $opened_at }
error-refusal-not-stamped-now = бул аракет { $at } убактысы менен белгиленген, ал эми сервердин убактысы — { $now }: аракеттер сервердин убактысы боюнча катталат
error-refusal-behind-last-act = сервердин сааты бул жол-жобонун акыркы аракетинен ({ $last }) артта калып турат; бир аздан кийин кайра аракет кылыңыз
# $act is an act of a silence procedure: break or statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] унчукпоону бузуу
        [statement] өзүнчө чечмелөө жөнүндө билдирүү
       *[other] бул аракет
    } консенсус раундунда колдонулбайт: анын ордуна позицияны каттаңыз (каршылык билдирүү же билдирүү менен макул болуу)
# $act is an act of a consensus round: position, confirm, decline or chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] позицияны каттоо
        [confirm] ad referendum позициясын тастыктоо
        [decline] ad referendum позициясын тастыктабоо
        [chair_note] төраганын каршылык билдирилбегени жөнүндө белгиси
       *[other] бул аракет
    } унчукпоо жол-жобосунда колдонулбайт: анын ордуна унчукпоону бузуңуз же чечмелөө жөнүндө билдирүү жасаңыз
error-refusal-not-a-member = { $party } бул жол-жободо добуш укугуна ээ мүчө тарап эмес
error-refusal-no-ad-referendum-to-confirm = { $party } тарабында тастыкталуучу ad referendum позициясы жок
error-refusal-no-ad-referendum-to-decline = { $party } тарабында четке кагылуучу ad referendum позициясы жок
error-refusal-confirmation-time-passed = { $party } тарабынын борбору үчүн тастыктоо мөөнөтү өтүп кетти ({ $confirm_by }); анын ордуна позицияны каттаңыз
error-refusal-confirm-by-not-ahead = борбордун тастыктоо мөөнөтү ({ $confirm_by }) азыркы убакыттан кийин болушу керек
error-refusal-text-too-long = текст эң көп дегенде { $max } белгиден тура алат
error-refusal-extension-not-later = жаңы мөөнөт учурдагы мөөнөттөн ({ $current }) кийин болушу керек
error-refusal-party-has-spoken = { $party } тарабы өз позициясын каттады: төраганын белгиси эч качан тараптын аракетин алмаштырбайт
error-refusal-already-noted = төрага { $party } тарабынан каршылык билдирилбегенин буга чейин белгилеген
error-refusal-note-outside-session = төрага «каршылык билдирилген жок» белгисин жыйында кабыл алынуучу чечимде гана, жыйынга катышып отурган тарап үчүн коёт
error-refusal-deadline-not-after-opening = мөөнөт ачылуу убактысынан кийин болушу керек
error-refusal-silence-too-short = унчукпоо кеминде { $min_hours } саатка созулушу керек: мөөнөт эң эрте дегенде { $earliest } болушу мүмкүн

## Decisions recorded later

error-record-later-in-future = кийинчерээк катталуучу чечим өтүп кеткен күнү кабыл алынган болушу керек; бул чечимдин күнү келечекте
error-record-later-meeting-not-begun = чечим кабыл алынды деп көрсөтүлгөн убакта азырынча башталган эмес эле
error-record-later-reported-twice = { $party } эки жолу көрсөтүлгөн
# $position is stand_aside, ad_referendum or object.
error-record-later-not-concurring =
    { $party } тарабынын позициясы «{ $position ->
        [concur_with_statement] билдирүү менен макул болуу
        [stand_aside] калыс калуу
        [ad_referendum] ad referendum
        [object] каршылык билдирүү
       *[other] { $position }
    }» деп көрсөтүлгөн: чечим бардык мүчө тараптар макул болгондо же консенсуска кошулганда гана кабыл алынат, ошондуктан бул текст кабыл алынган эмес
error-record-later-position-missing = { $party } мүчө тарап, бирок анын позициясы көрсөтүлгөн эмес
error-record-later-statement-missing = concur_with_statement үчүн билдирүүнүн тексти керек
error-record-later-unknown-position = ар бир позиция төмөнкүлөрдүн бири болушу керек: concur, concur_with_statement, stand_aside, ad_referendum, object

## Roadmaps

error-roadmap-leads-missing = иш багытын жетектеген кеминде бир тарапты көрсөтүңүз
error-roadmap-due-before-start = иш багытынын мөөнөтү анын башталышынан мурун болушу мүмкүн эмес
error-roadmap-report-in-future = отчет бүгүнкү же андан мурунку күндүн абалы боюнча берилет
error-roadmap-not-started-progress = башталбаган иш багытынын аткарылышы 0 %
error-roadmap-done-progress = аткарылган иш багытынын аткарылышы 100 %
error-roadmap-party-would-not-see = { $party } иш багытына катышат, бирок аны көрө албайт; аны { $party } тарабына да таратыңыз
error-roadmap-percent = 0дөн 100гө чейинки бүтүн сан болушу керек
error-roadmap-no-such-decision = топто { $id } идентификатору бар чечим жок
error-roadmap-line-hidden-from-you = иш багыты сизден жашыруун болуп калат: төраганын тарабын да тизмеге кошуңуз
error-roadmap-decision-id = чечимдин идентификатору 1ден башталган бүтүн сан болушу керек

## Agreements and engagements

error-agreement-count = саны 1ден кем эмес бүтүн сан болушу керек
error-agreement-signed-in-future = макулдашуу кол коюлгандан кийин катталат: күнү келечекте болушу мүмкүн эмес
error-agreement-same-party = макулдашуу башка тарап менен түзүлөт
error-engagement-in-future = байланышты ал болуп өткөндөн кийин каттаңыз
error-engagement-no-track = кеминде бир кызматташтык тармагын көрсөтүңүз
error-engagement-summary-missing = эмне талкууланганын баяндаңыз

## Figures, periods and money

error-period-not-a-date = дата эмес: YYYY-MM-DD түрүндө, бар күндү жазыңыз
error-period-ends-before-start = мезгил башталганга чейин аяктайт
error-money-unknown-currency = ISO 4217 валюта коду эмес (USD сыяктуу үч баш тамга)
error-money-not-an-amount = сумма эмес: сандарды жазыңыз, бул валюта үчүн бөлчөк бөлүгүндө эң көп дегенде { $decimals } сан болушу мүмкүн
error-money-negative = сумма терс болбошу керек
error-money-too-large = сумма өтө чоң
error-figures-flow-negative = агым эч качан нөлдөн төмөн болбойт
error-figures-target-not-positive = максаттуу маани нөлдөн жогору болушу керек
error-figures-same-party = маани эки башка тараптын ортосунда болушу керек
error-figures-bad-url = https:// же http:// менен башталган, боштуксуз веб-шилтеме болушу керек
error-figures-not-exact-decimal = текст түрүндөгү ондук сан: сандар, керек болсо чекит жана андан кийин 8ге чейин сан

## Importing a table of figures

error-import-unknown-columns = мамычалар биздин мамычалар да ({ $ours }), UN Comtrade мамычалары да (refYear же period, reporterISO, partnerISO, flowCode, primaryValue) эмес
error-import-value-missing = маани керек
error-import-not-a-decimal = ондук сан эмес (сандар, керек болсо бир чекит)
# $code is the code as written in the file, in quotes.
error-import-not-alpha2 = { $code } ISO 3166-1 alpha-2 өлкө коду эмес
error-import-not-alpha3 = { $code } ISO 3166-1 alpha-3 өлкө коду эмес
error-import-source-missing = булакты ушул мамычада же бүт файл үчүн көрсөтүңүз
error-import-comtrade-source-missing = Comtrade файлынын булагын көрсөтүңүз (мисалы, "UN Comtrade")
error-import-unknown-flow-code = { $code }: X (экспорт) жана M (импорт) гана окулат
# $wanted and $flow are exports, imports or turnover.
error-import-other-flow =
    бул көрсөткүч { $wanted ->
        [exports] экспортту
        [imports] импортту
        [turnover] товар жүгүртүүнү
       *[other] { $wanted }
    } эсептейт, ал эми бул сап { $flow ->
        [exports] экспорт
        [imports] импорт
        [turnover] товар жүгүртүү
       *[other] { $flow }
    } жөнүндө
error-import-not-a-trade-flow = бул көрсөткүч соода агымы эмес; ага Comtrade саптарын киргизүүгө болбойт
error-import-second-flow-row =
    ушул отчет берүүчү, өнөктөш жана мезгил үчүн экинчи { $flow ->
        [exports] экспорт
        [imports] импорт
        [turnover] товар жүгүртүү
       *[other] { $flow }
    } сабы (биринчиси { $first_row }-сапта)
error-import-sum-too-large = сумма өтө чоң
error-import-turnover-incomplete =
    { $reporter }–{ $partner } { $period }: { $flow ->
        [exports] экспорт
        [imports] импорт
       *[other] { $flow }
    } гана бар; товар жүгүртүү үчүн X да, M да керек
# $reason is the CSV reader's own explanation (in English).
error-import-header-unreadable = баш сапты окууга мүмкүн эмес: { $reason }
error-import-row-unreadable = бул сапты окууга мүмкүн эмес: { $reason }
error-import-no-rows = файлда маанилердин саптары жок
error-import-no-secretariat = { $group } тобунда мындай катчылыктын эсептик жазуусу жок
error-import-several-secretariats = { $group } тобунда катчылыктын бир нече эсептик жазуусу бар: --as аркылуу бирөөнү көрсөтүңүз

## Conflicts with what is recorded

error-conflict-signing-key-exists = кол коюу ачкычы буга чейин эле бар
error-conflict-seat-exists = бул адамдын топто орду буга чейин эле бар
error-conflict-language-version-exists = бул редакцияда ушул тилдеги текст буга чейин эле бар
error-conflict-username-taken = мындай колдонуучу аты бар колдонуучу буга чейин эле бар
error-conflict-group-code-taken = мындай коду бар топ буга чейин эле бар
error-conflict-party-in-group = бул тарап буга чейин эле топто бар
error-conflict-decision-exists = бул жол-жобо боюнча чечим буга чейин эле бар
error-conflict-indicator-exists = топто { $code } көрсөткүчү буга чейин эле бар
error-conflict-amendment-settled = бул түзөтүү боюнча чечим буга чейин эле кабыл алынган
error-conflict-procedure-closed = бул жол-жобо буга чейин эле жабылган

## Problem answers of the API (RFC 9457 problem+json)

problem-unauthenticated-title = Системага кирген жоксуз
problem-unauthenticated-detail = адегенде системага кириңиз
problem-bad-credentials-title = Кирүү четке кагылды
problem-bad-credentials-detail = колдонуучунун аты же сырсөз туура эмес
problem-too-many-attempts-title = Аракеттер өтө көп
problem-too-many-attempts-detail = системага кирүүнүн ийгиликсиз аракеттери өтө көп; { $minutes } мүнөттөн кийин кайра аракет кылыңыз
problem-not-found-title = Табылган жок
problem-not-found-detail = бул жерде эч нерсе жок же аны көрүүгө уруксатыңыз жок
problem-forbidden-title = Уруксат берилбейт
problem-invalid-input-title = Маалыматтар туура эмес
# $fields lists each refused field with its message (problem-field), separated by semicolons.
problem-invalid-input-detail = төмөнкү талааларды текшериңиз: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Саптар туура эмес
# $rows lists the first ten bad rows (problem-row), separated by semicolons.
problem-invalid-rows-detail = эч нерсе сакталган жок; төмөнкү саптарды оңдоңуз: { $rows }
problem-invalid-rows-detail-more = эч нерсе сакталган жок; төмөнкү саптарды оңдоңуз: { $rows }; жана дагы { $more } сап
problem-row = { $row }-сап, { $field }: { $message }
problem-conflict-title = Учурдагы абал менен карама-каршылык
problem-internal-title = Ички ката
problem-internal-detail = сервер бул сурамды аткара алган жок; ката журналга жазылды
problem-too-large-title = Сурамдын көлөмү өтө чоң
problem-send-json-title = JSON жөнөтүңүз
problem-invalid-json-title = JSON мазмуну туура эмес
problem-invalid-query-title = Сурам сабы туура эмес
# $parameters lists each refused parameter with its message (problem-field).
problem-invalid-query-detail = төмөнкү параметрлерди текшериңиз: { $parameters }
problem-bad-request-title = Сурам туура эмес
problem-method-not-allowed-title = Ыкмага уруксат берилбейт
problem-payload-too-large-title = Маалыматтардын көлөмү өтө чоң
# $method is the HTTP method asked (GET, POST…); $allowed lists those the address answers.
problem-method-not-allowed-detail = бул дарек { $method } ыкмасына жооп бербейт; ал төмөнкүлөргө жооп берет: { $allowed }
# $reason is the title of the problem, in lowercase.
problem-refused-detail = сурам четке кагылды: { $reason }
problem-csrf-title = Сайттар аралык сурам четке кагылды
problem-csrf-detail = бул сурам Маджлис барагынан келген эмес; аны ошол эле булактан же X-CSRF-Token баш сабы менен жөнөтүңүз
problem-send-csv-title = CSV жөнөтүңүз
problem-send-csv-detail = таблицаны text/csv түрүндө жөнөтүңүз
problem-bearer-on-form-title = Bearer токени бул жерде кабыл алынбайт
problem-bearer-on-form-detail = барактарга жана формаларга сеанстын cookie файлы аркылуу гана кирилет; Authorization: Bearer баш сабы бар сурамдарды /api/v1 дарегине жөнөтүңүз
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = журналдагы жазуунун катар номери болушу керек: 0дөн кем эмес бүтүн сан
