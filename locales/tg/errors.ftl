# What went wrong, as a person reads it: field errors of forms and JSON bodies, refusals of
# the rules, and the titles and details of problem+json answers. Field errors are written to
# follow the field's name ("title: must not be empty"), so most start in lowercase.


## Characters in typed text

# $character is a code point with its Unicode name, such as "U+200B (zero width space)".
error-characters-at-line = { $character } дар сатри { $line }, сутуни { $column }
error-characters-at = { $character } дар мавқеи { $at }
# $found is one of the two messages above.
error-characters-control = набояд аломатҳои идоракунӣ дошта бошад; хориҷ кунед: { $found }
error-characters-line-break = бояд аз як сатр иборат бошад; аломати гузариш ба сатри навро хориҷ кунед: { $found }
error-characters-direction-control = набояд аломатҳои ноаёни самт дошта бошад, ки матнро бо тартиби дигар аз тартиби нигоҳдошташуда нишон медиҳанд; хориҷ кунед: { $found }
error-characters-invisible = набояд аломатҳои ноаён дошта бошад; хориҷ кунед: { $found }
error-characters-stray-joiner = аломати пайвасткунанда ё ҷудокунандаи бепаҳно танҳо байни ду ҳарфи калима омада метавонад; хориҷ кунед: { $found }
error-characters-nothing-visible = бояд ақаллан як аломати намоён дошта бошад

## Codes, names and titles

error-name-empty = набояд холӣ бошад
error-name-too-long = бояд на зиёда аз { $max } аломат бошад
error-email-shape = нишонии почтаи электронӣ нест (бояд як нишонӣ бошад, масалан name@example.org)
error-name-shape-group-code = бояд аз 2 то 10 ҳарфи калон ё рақам иборат бошад ва бо ҳарф оғоз шавад (масалан, CGA)
error-name-shape-party-code = бояд аз 2 то 8 ҳарфи калон иборат бошад (барои давлат ISO 3166-1 alpha-2, масалан, KZ)
error-name-shape-username = бояд аз 2 то 64 ҳарфи хурд, рақам, '.', '_' ё '-' иборат бошад (масалан, kz.envoy)
error-name-shape-track-code = бояд рамзи соҳа аз ҳарфҳои хурд, рақамҳо ва хати зерин бошад (масалан, trade)
error-name-shape-indicator-code = бояд рамзи нишондиҳанда аз ҳарфҳои хурд, рақамҳо ва хати зерин бошад (масалан, trade_turnover)
error-name-shape-single-line = бояд як сатр бе аломатҳои идоракунӣ бошад
error-name-shape-no-control-characters = бояд матн бе аломатҳои идоракунӣ бошад

## Any field

error-time-unknown-zone = минтақаи вақти маълуми IANA нест (масалан, Asia/Tashkent)
error-time-bad-local-time = бояд сана ва вақт дар шакли 2026-03-14T10:00 бошад
error-time-nonexistent-local-time = дар ин минтақаи вақт вуҷуд надорад (ҳангоми ивази соат ин вақт гузаронида мешавад)
error-time-bad-instant = бояд вақти RFC 3339 бо ҷобаҷоӣ бошад, масалан, 2026-03-14T10:00:00Z ё 2026-03-14T15:00:00+05:00
error-time-offset-out-of-range = ҷобаҷоӣ аз ±18:00 зиёд аст, ки дар ҳеҷ ҷои Замин истифода намешавад; ҷобаҷоиро нисбат ба UTC нишон диҳед, масалан, +05:00 ё Z
# $values are the words the field takes, as they are sent (not translated).
error-choice-one-of = бояд яке аз инҳо бошад: { $values }
error-nothing-to-change = чизе барои тағйир додан нест
error-date-shape = бояд рӯз дар шакли YYYY-MM-DD бошад
error-date-not-in-calendar = дар тақвим чунин рӯз нест
error-language-not-offered = забоне нест, ки Маҷлис бо он пешниҳод мешавад; яке аз инҳоро интихоб кунед: { $offered }
error-whole-number = бояд адади бутун бошад
error-must-be-whole-number = бояд адади бутун бошад
# $reason is the web server's own explanation (in English).
error-form-unreadable = { $reason }
# $expected is serde's list of the parameters there are, in English.
error-query-unknown-parameter = параметри ин дархост нест; { $expected }
error-query-required = ҳатмист
error-query-out-of-range = берун аз ҳудуди иҷозатдодашуда аст
# $reason is serde's own explanation, in English.
error-query-unreadable = { $reason }

## Passwords

error-password-too-short = бояд на камтар аз { $min } аломат бошад
error-password-too-long = бояд на зиёда аз { $max } аломат бошад
error-password-too-easy = тахмин кардани он хеле осон аст
# $advice is one or more of the hints below, separated by semicolons.
error-password-too-easy-advice = тахмин кардани он хеле осон аст: { $advice }
error-password-hint-straight-rows = қаторҳои рости тугмаҳоро тахмин кардан осон аст
error-password-hint-short-keyboard-patterns = нақшҳои кӯтоҳи клавиатураро тахмин кардан осон аст
error-password-hint-repeats-like-aaa = такрорҳои монанди "aaa"-ро тахмин кардан осон аст
error-password-hint-repeats-like-abcabc = такрорҳои монанди "abcabcabc"-ро тахмин кардан аз "abc" андаке душвортар аст, халос
error-password-hint-top-10 = ин яке аз 10 пароли маъмултарин аст
error-password-hint-top-100 = ин яке аз 100 пароли маъмултарин аст
error-password-hint-very-common = ин пароли хеле маъмул аст
error-password-hint-similar-to-common = ин ба пароли маъмулан истифодашаванда монанд аст
error-password-hint-sequences-like-abc = пайдарпаиҳои монанди abc ё 6543-ро тахмин кардан осон аст
error-password-hint-recent-years = солҳои охирро тахмин кардан осон аст
error-password-hint-a-word-by-itself = як калимаи алоҳидаро тахмин кардан осон аст
error-password-hint-dates = санаҳоро одатан тахмин кардан осон аст
error-password-hint-names-by-themselves = ному насабҳои алоҳидаро тахмин кардан осон аст
error-password-hint-common-names = ному насабҳои маъмулро тахмин кардан осон аст
error-password-hint-use-a-few-words = якчанд калимаро истифода баред, аз ибораҳои маъмул худдорӣ кунед
error-password-hint-no-need-for-symbols = аломатҳои махсус, рақамҳо ё ҳарфҳои калон ҳатмӣ нестанд
error-password-hint-add-another-word = боз як-ду калима илова кунед, калимаҳои камистифода беҳтаранд
error-password-hint-capitalization = ҳарфҳои калон чандон кӯмак намекунанд
error-password-hint-all-uppercase = паролро танҳо бо ҳарфҳои калон қариб ҳамон қадар осон тахмин кардан мумкин аст, ки танҳо бо ҳарфҳои хурд
error-password-hint-reversed-words = калимаҳои баръакс навишташударо тахмин кардан чандон душвор нест
error-password-hint-substitutions = ивазкуниҳои пешбинишаванда, монанди '@' ба ҷои 'a', чандон кӯмак намекунанд
error-password-hint-longer-keyboard-pattern = нақши дарозтари клавиатураро бо гардишҳои бештар истифода баред
error-password-hint-avoid-repeats = аз калимаҳо ва аломатҳои такрорӣ худдорӣ кунед
error-password-hint-avoid-sequences = аз пайдарпаиҳо худдорӣ кунед
error-password-hint-avoid-recent-years = аз солҳои охир худдорӣ кунед
error-password-hint-avoid-your-years = аз солҳое, ки ба шумо алоқаманданд, худдорӣ кунед
error-password-hint-avoid-your-dates = аз санаҳо ва солҳое, ки ба шумо алоқаманданд, худдорӣ кунед
error-password-hint-fallback = боз як-ду калима илова кунед; калимаҳои камистифода беҳтаранд

## Accounts and seats

error-account-password-unchanged = бояд аз пароли ҷорӣ фарқ кунад
error-account-wrong-current-password = пароли ҷории шумо нест
error-account-missing = нишон дода нашудааст
error-account-no-such-user = корбар бо чунин номи корбар вуҷуд надорад
error-seat-party-missing = барои нақш дар ҳайат тарафе, ки он ба он тааллуқ дорад, бояд нишон дода шавад
error-seat-secretariat-party = котибот ба ягон тараф тааллуқ надорад; майдони тарафро холӣ гузоред
error-seat-none-in-group = ин шахс дар гурӯҳ ҷой надорад
error-demo-password-refused = { $reason } (барои ҳисоби намоишии { $account } санҷида шуд); пароли боэътимодтар интихоб кунед
error-account-no-such-account = ҳисоби корбарӣ бо чунин номи корбар вуҷуд надорад

## Who may do what

error-access-manage-meeting = ин ҷаласаро танҳо котибот ё намояндаи махсуси раис идора карда метавонад
error-access-administrator-only = ин амалро танҳо маъмур иҷро карда метавонад
error-access-authorise-envoy-only = ба муовин танҳо намояндаи махсус салоҳият дода метавонад
error-access-authorise-own-deputy = намояндаи махсус танҳо ба муовини ҳайати худ салоҳият дода метавонад
error-access-draft-text = лоиҳаи матнро танҳо ҳайати тарафи узв ё котибот омода карда метавонад
error-access-change-text = матнро танҳо ҳайати тарафи масъули матн (ё котибот аз номи раис) тағйир дода метавонад
error-access-propose-amendment = ислоҳро танҳо намояндаи махсус, муовин ё аъзои ҳайати тарафи узв пешниҳод карда метавонад
error-access-chair-or-secretariat = ин амалро танҳо намояндаи махсуси раис ё котибот иҷро карда метавонад
error-access-secretariat-no-position = котибот ҳеҷ гоҳ мавқеи тарафро сабт намекунад
error-access-members-only-voice = дар қабули қарорҳо танҳо тарафҳои узв ҳуқуқи овоз доранд
error-access-own-party-only = шумо танҳо аз номи тарафи худ амал карда метавонед
error-access-deputy-unauthorised = муовин танҳо дар давраи амали салоҳияте, ки намояндаи махсус додааст, амал карда метавонад
error-access-envoy-speaks = аз номи тараф танҳо намояндаи махсус ё муовине, ки ӯ салоҳият додааст, сухан мегӯяд
error-access-record-later = қароре, ки пеш аз оғози истифодаи Маҷлис аз ҷониби гурӯҳ қабул шудааст, танҳо котибот сабт мекунад
error-access-secretariat-only = ин амалро танҳо котибот иҷро карда метавонад
error-access-report-own-party = шумо танҳо аз номи тарафи худ, ҳамчун намояндаи махсус, муовин ё аъзои ҳайати он ҳисобот дода метавонед
error-access-report-line = оид ба ин самти фаъолият танҳо тарафе, ки онро пеш мебарад ё дар он иштирок мекунад, ҳисобот дода метавонад
error-access-record-for-party = инро танҳо котибот ё ҳайати худи тараф сабт карда метавонад
error-access-own-engagements = тараф тамосҳои худро тавассути намояндаи махсус, муовин ё аъзои ҳайаташ сабт мекунад
error-access-widen = доираи шахсоне, ки инро мебинанд, танҳо намояндаи махсуси тарафи муаллиф васеъ карда метавонад
error-access-authorisation-in-past = бояд вақти оянда бошад
error-access-authorisation-too-long = бояд дар давоми як сол бошад

## Groups, parties and tracks

error-group-not-a-party = { $party } тарафи гурӯҳ нест
error-group-not-a-member = { $party } тарафи узви гурӯҳ нест
error-group-not-a-track = { $track } соҳаи ҳамкории гурӯҳ нест
error-group-party-twice = тарафи { $party } ду бор нишон дода шудааст
error-group-no-member = гурӯҳ бояд ақаллан як тарафи узв дошта бошад
error-group-twice-in-rotation = { $party } дар тартиби навбат ду бор омадааст
error-group-quorum-out-of-range = бояд аз 1 то шумораи аъзо ({ $members }) бошад
error-group-silence-too-long = бояд на зиёда аз { $max } бошад
error-group-no-language = гурӯҳ бояд ақаллан як забони корӣ дошта бошад
error-group-already-a-party = { $party } аллакай тарафи гурӯҳ аст
error-group-joins-as-member = тараф ба гурӯҳ ҳамчун нозир ё меҳмон ҳамроҳ мешавад; аъзо ҳангоми таъсиси гурӯҳ муайян карда мешаванд
error-group-not-a-party-of = { $party } тарафи гурӯҳи { $group } нест
error-group-not-a-member-of = { $party } тарафи узви гурӯҳи { $group } нест
error-group-not-a-guest-of = { $party } тарафи меҳмони гурӯҳи { $group } нест
error-track-named-twice = { $track } ду бор нишон дода шудааст
error-track-in-use = { $track } дар сабтҳо истифода мешавад ва бояд боқӣ монад
error-group-party-line = сатри { $line } бояд чунин бошад: рамз, ном, мақом

## Meetings

# $from and $to are meeting statuses: planned, convened, concluded, cancelled.
error-meeting-transition-refused =
    ҷаласаро аз ҳолати «{ $from ->
        [planned] банақшагирифташуда
        [convened] кушодашуда
        [concluded] анҷомёфта
        [cancelled] бекоршуда
       *[other] { $from }
    }» ба ҳолати «{ $to ->
        [planned] банақшагирифташуда
        [convened] кушодашуда
        [concluded] анҷомёфта
        [cancelled] бекоршуда
       *[other] { $to }
    }» гузаронидан мумкин нест
error-meeting-ends-before-start = бояд пас аз оғоз бошад
error-meeting-not-of-group = ҷаласаи ин гурӯҳ нест
error-meeting-no-rotation = гурӯҳ тартиби навбат надорад; тарафи мизбонро нишон диҳед
# $status is a meeting status: concluded or cancelled.
error-meeting-is-history =
    ҷаласа дар ҳолати «{ $status ->
        [planned] банақшагирифташуда
        [convened] кушодашуда
        [concluded] анҷомёфта
        [cancelled] бекоршуда
       *[other] { $status }
    }» ба бойгонӣ гузаштааст ва онро таҳрир кардан мумкин нест
error-meeting-agenda-order-incomplete = бояд ҳар банди рӯзномаи ҷаласаро маҳз як бор номбар кунад
error-meeting-cancelled-no-attendance = ҷаласаи бекоршуда ҳайати иштирокчиён надорад
error-meeting-agenda-closed =
    рӯзномаи ҷаласаро дар ҳолати «{ $status ->
        [planned] банақшагирифташуда
        [convened] кушодашуда
        [concluded] анҷомёфта
        [cancelled] бекоршуда
       *[other] { $status }
    }» тағйир додан мумкин нест
error-meeting-start-and-end = ҳам оғоз ва ҳам анҷомро нишон диҳед
error-meeting-up-or-down = бояд up ё down бошад

## Texts, versions and brackets

error-document-bad-language-tag = бояд барчаспи забон бошад, масалан, ru, en, fa-AF ё uz-Arab
error-text-language-is-negotiating = худи забони музокира аст
error-text-version-not-latest = таҳрири { $asked } охирин нест; охирин таҳрири { $latest } аст
error-text-secretariat-no-national = котибот ҳуҷҷатҳои миллӣ надорад; доираи дигари гирандагонро интихоб кунед
# Several problems of one field, separated by semicolons.
error-text-list-of-problems = { $problems }
# $problem is one of the bracket problems below.
error-text-bracket-at = сатри { $line }, сутуни { $column }: { $problem }
error-text-bracket-unclosed = қавсҳое, ки дар ин ҷо кушода шудаанд, баста нашудаанд
error-text-bracket-stray-close = «]]» қавсҳоеро мебандад, ки кушода нашуда буданд
error-text-bracket-nested = қавсҳо дар дохили қавсҳои дигар кушода шудаанд; қавсҳоро ба ҳам ҷойгир кардан мумкин нест, вариантҳоро ҳамчун алтернативаҳое, ки бо «||» ҷудо карда шудаанд, нависед
error-text-holder-list-unclosed = рӯйхати тарафҳо, ки дар ин ҷо бо «{ "{" }» кушода шудааст, бо «{ "}" }» баста нашудааст
error-text-holder-list-empty = дар рӯйхати тарафҳо ягон тараф нишон дода нашудааст; тарафҳои пешниҳодкунандаро нишон диҳед (масалан, { "{" }KZ,UZ{ "}" }) ё рӯйхатро хориҷ кунед
error-text-holder-list-empty-entry = дар рӯйхати тарафҳо унсури холӣ ҳаст (вергули зиёдатӣ?)
# $reason says what a party code must be.
error-text-holder-not-a-party = «{ $code }» дар рӯйхати тарафҳо рамзи тараф нест: он { $reason }
error-text-bracket-empty = дар ягон варианти қавсҳо матн нест
# A bracket still open: its number, where it opens, who holds it, its alternatives.
error-text-open-bracket = қавсҳои мураббаъи кушодаи { $number } (сатри { $line }, сутуни { $column }): { $alternatives }
error-text-open-bracket-held = қавсҳои мураббаъи кушодаи { $number } (сатри { $line }, сутуни { $column }; пешниҳодкунанда: { $holders }): { $alternatives }
error-text-alternative = «{ $text }»
# An empty alternative: the choice to delete the passage.
error-text-alternative-nothing = хориҷ кардан
error-text-list = { $first }, { $next }
error-text-choice = { $first } ё { $last }
error-text-no-chair-to-hold-pen = гурӯҳ ҳанӯз раисе надорад, ки масъули матн бошад; аввал ҷаласаро ба нақша гиред
error-text-no-such-version = матн таҳрири { $version } надорад
error-text-listed-needs-parties = дар матне, ки ба тарафҳои зикршуда ирсол мешавад, бояд тарафҳои гиранда нишон дода шаванд

## Amendments

error-amendment-passage-empty = порчаи ивазшаванда холӣ аст; калимаҳоеро, ки ислоҳ тағйир медиҳад, иқтибос оред
error-amendment-passage-not-found = порчаи ивазшаванда дар таҳрири { $version } вуҷуд надорад
error-amendment-passage-not-unique = порчаи ивазшаванда дар таҳрири { $version } { $occurrences } бор омадааст; барои он ки ягона бошад, онро васеътар иқтибос оред
error-amendment-reason-missing = ислоҳ бояд асоснокии худро дошта бошад
# $state is incorporated or declined.
error-amendment-already-settled =
    ин ислоҳ аллакай { $state ->
        [incorporated] ба назар гирифта шудааст
        [declined] рад шудааст
       *[other] { $state }
    }
# $reason says why the passage cannot be replaced in the latest version.
error-amendment-cannot-incorporate = ба назар гирифтан мумкин нест: { $reason }
error-amendment-decline-reason-missing = барои рад кардани ислоҳ сабаб лозим аст

## Markings

error-marking-secretariat-no-national = котибот ҳеҷ чизи дорои доираи миллиро сабт намекунад; доираи дигари гирандагонро интихоб кунед
error-marking-listed-needs-parties = дар сабте, ки ба тарафҳои зикршуда ирсол мешавад, бояд тарафҳои гиранда нишон дода шаванд
error-marking-above-clearance = набояд аз сатҳи дастрасии шумо баландтар бошад
error-marking-only-widen = доираи гирандагони сабтро танҳо васеъ кардан ва дараҷаи махфияти онро танҳо паст кардан мумкин аст

## Opening a procedure

error-procedure-no-chair = гурӯҳ раисе надорад, ки тартибро кушояд
# $kind is a kind of text that is never adopted: chairs_summary or non_paper.
error-procedure-never-adopted =
    { $kind ->
        [joint_statement] изҳороти муштарак
        [chairs_summary] хулосаи раис
        [non_paper] ҳуҷҷати ғайрирасмӣ
       *[other] { $kind }
    } ҳеҷ гоҳ қабул карда намешавад
error-procedure-still-open = тартиби № { $id } оид ба ин матн ҳанӯз кушода аст
error-procedure-session-by-consensus = қарори дар ҷаласа қабулшаванда дар толор бо консенсус қабул карда мешавад
# $status is a meeting status: planned, concluded or cancelled.
error-procedure-session-not-convened =
    барои қарори дар ҷаласа қабулшаванда ҷаласаи кушода лозим аст; ин ҷаласа { $status ->
        [planned] банақшагирифташуда
        [concluded] анҷомёфта
        [cancelled] бекоршуда
       *[other] { $status }
    } аст
error-procedure-nobody-present = ягон тарафи узв ҳамчун ҳозир дар ҷаласа сабт нашудааст; аввал ҳайати иштирокчиёнро ворид кунед
error-procedure-no-such-version = ин матн чунин таҳрир надорад
error-procedure-no-such-meeting = чунин ҷаласа нест
error-procedure-session-needs-meeting = дар қарори дар ҷаласа қабулшаванда бояд ҷаласа нишон дода шавад
error-procedure-confirm-by-missing = барои мавқеи ad referendum санае лозим аст, ки то он пойтахт тасдиқ мекунад

## Procedures: why an act cannot be recorded now


# Instants ($deadline, $at, $now…) are written in UTC.

error-refusal-missing-objection-reason = дар эътироз бояд сабаби он нишон дода шавад
error-refusal-missing-decline-reason = ҳангоми тасдиқ нашудани мавқеи ad referendum сабаби нишондодаи пойтахт бояд оварда шавад, зеро он ҳамчун эътироз сабт мешавад
error-refusal-missing-concur-statement = барои розигӣ бо изҳорот матни изҳорот лозим аст
error-refusal-blank-stand-aside = матни худдорӣ набояд холӣ бошад (онро тамоман ворид накардан мумкин аст)
error-refusal-missing-break-reason = барои вайрон кардани хомӯшӣ эътирози хаттӣ ё ислоҳ лозим аст
error-refusal-blank-interpretive-statement = изҳорот оид ба тафсир набояд холӣ бошад
# $outcome is open, adopted, not_adopted, withdrawn or superseded.
error-refusal-closed =
    ин тартиб баста шудааст: { $outcome ->
        [not_adopted] қабул нашуд
        [open] кушода
        [adopted] қабул шуд
        [withdrawn] бозхонда шуд
        [superseded] иваз шуд
       *[other] { $outcome }
    }
error-refusal-deadline-passed = мӯҳлат гузаштааст: { $deadline }
error-refusal-before-opening = тартиб ҳанӯз кушода нашудааст; вақти кушодашавӣ: { $opened_at }
error-refusal-not-stamped-now = ин амал бо вақти { $at } қайд шудааст, вале вақти сервер { $now } аст: амалҳо аз рӯи вақти сервер сабт мешаванд
error-refusal-behind-last-act = соати сервер аз амали охирини ин тартиб ({ $last }) ақиб мондааст; пас аз лаҳзае бори дигар кӯшиш кунед
# $act is an act of a silence procedure: break or statement.
error-refusal-wrong-kind-consensus =
    { $act ->
        [break] вайрон кардани хомӯшӣ
        [statement] изҳороти алоҳида оид ба тафсир
       *[other] ин амал
    } дар даври консенсус ҷой надорад: ба ҷои он мавқеъро сабт кунед (эътироз ё розигӣ бо изҳорот)
# $act is an act of a consensus round: position, confirm, decline or chair_note.
error-refusal-wrong-kind-silence =
    { $act ->
        [position] сабти мавқеъ
        [confirm] тасдиқи мавқеи ad referendum
        [decline] тасдиқ накардани мавқеи ad referendum
        [chair_note] қайди раис дар бораи набудани эътироз
       *[other] ин амал
    } дар тартиби хомӯшӣ ҷой надорад: ба ҷои он хомӯширо вайрон кунед ё изҳорот оид ба тафсир баён намоед
error-refusal-not-a-member = { $party } дар ин тартиб тарафи узви дорои ҳуқуқи овоз нест
error-refusal-no-ad-referendum-to-confirm = тарафи { $party } мавқеи ad referendum барои тасдиқ надорад
error-refusal-no-ad-referendum-to-decline = тарафи { $party } мавқеи ad referendum барои рад надорад
error-refusal-confirmation-time-passed = мӯҳлати тасдиқ барои пойтахти тарафи { $party } гузаштааст ({ $confirm_by }); ба ҷои он мавқеъро сабт кунед
error-refusal-confirm-by-not-ahead = мӯҳлати тасдиқи пойтахт ({ $confirm_by }) бояд дертар аз ҳозир бошад
error-refusal-text-too-long = матн метавонад на зиёда аз { $max } аломат дошта бошад
error-refusal-extension-not-later = мӯҳлати нав бояд дертар аз мӯҳлати ҷорӣ ({ $current }) бошад
error-refusal-party-has-spoken = тарафи { $party } мавқеи худро сабт кардааст: қайди раис ҳеҷ гоҳ амали тарафро иваз намекунад
error-refusal-already-noted = раис аллакай қайд кардааст, ки аз тарафи { $party } эътирозе баён нашуд
error-refusal-note-outside-session = раис қайди «эътирозе баён нашуд»-ро танҳо дар қарори дар ҷаласа қабулшаванда, барои тарафи ҳозир мегузорад
error-refusal-deadline-not-after-opening = мӯҳлат бояд пас аз кушодашавӣ бошад
error-refusal-silence-too-short = хомӯшӣ бояд на камтар аз { $min_hours } соат давом кунад: мӯҳлат метавонад барвақттарин { $earliest } бошад

## Decisions recorded later

error-record-later-in-future = қароре, ки баъдтар сабт мешавад, бояд дар рӯзи гузашта қабул шуда бошад; санаи ин қарор дар оянда аст
error-record-later-meeting-not-begun = дар вақте, ки қарор қабулшуда нишон дода шудааст, ҳанӯз оғоз нашуда буд
error-record-later-reported-twice = { $party } ду бор нишон дода шудааст
# $position is stand_aside, ad_referendum or object.
error-record-later-not-concurring =
    мавқеи тарафи { $party } ҳамчун «{ $position ->
        [concur_with_statement] розигӣ бо изҳорот
        [stand_aside] худдорӣ
        [ad_referendum] ad referendum
        [object] эътироз
       *[other] { $position }
    }» нишон дода шудааст: қарор танҳо вақте қабул мешавад, ки ҳамаи тарафҳои узв розӣ бошанд ё ба консенсус ҳамроҳ шаванд, бинобар ин ин матн қабул нашудааст
error-record-later-position-missing = { $party } тарафи узв аст ва мавқеи он нишон дода нашудааст
error-record-later-statement-missing = барои concur_with_statement матни изҳорот лозим аст
error-record-later-unknown-position = ҳар мавқеъ бояд яке аз инҳо бошад: concur, concur_with_statement, stand_aside, ad_referendum, object

## Roadmaps

error-roadmap-leads-missing = ақаллан як тараферо, ки самти фаъолиятро пеш мебарад, нишон диҳед
error-roadmap-due-before-start = мӯҳлати самти фаъолият наметавонад пеш аз оғози он бошад
error-roadmap-report-in-future = ҳисобот ба ҳолати имрӯз ё рӯзи пештар дода мешавад
error-roadmap-not-started-progress = иҷрои самти фаъолияти оғознашуда 0 % аст
error-roadmap-done-progress = иҷрои самти фаъолияти иҷрошуда 100 % аст
error-roadmap-party-would-not-see = { $party } дар самти фаъолият иштирок мекунад, вале онро дида наметавонад; онро ба тарафи { $party } низ ирсол кунед
error-roadmap-percent = бояд адади бутун аз 0 то 100 бошад
error-roadmap-no-such-decision = гурӯҳ қарор бо шиносаи { $id } надорад
error-roadmap-line-hidden-from-you = самти фаъолият аз шумо пинҳон мемонад: тарафи раисро низ ба рӯйхат дохил кунед
error-roadmap-decision-id = шиносаи қарор адади бутун аз 1 ба боло аст

## Agreements and engagements

error-agreement-count = шумора бояд адади бутуни на камтар аз 1 бошад
error-agreement-signed-in-future = созишнома пас аз имзо сабт мешавад: сана наметавонад дар оянда бошад
error-agreement-same-party = созишнома бо тарафи дигар баста мешавад
error-engagement-in-future = тамосро пас аз баргузор шуданаш сабт кунед
error-engagement-no-track = ақаллан як соҳаи ҳамкориро нишон диҳед
error-engagement-summary-missing = баён кунед, ки чӣ муҳокима шуд

## Figures, periods and money

error-period-not-a-date = сана нест: онро дар шакли YYYY-MM-DD, ҳамчун рӯзи воқеан мавҷуд нависед
error-period-ends-before-start = давра пеш аз оғози худ ба охир мерасад
error-money-unknown-currency = рамзи асъори ISO 4217 нест (се ҳарфи калон, масалан, USD)
error-money-not-an-amount = маблағ нест: рақамҳо нависед, барои ин асъор дар қисми касрӣ на зиёда аз { $decimals } рақам
error-money-negative = маблағ манфӣ буда наметавонад
error-money-too-large = маблағ хеле калон аст
error-figures-flow-negative = ҷараён ҳеҷ гоҳ аз сифр кам нест
error-figures-target-not-positive = арзиши ҳадафӣ бояд аз сифр зиёд бошад
error-figures-same-party = арзиш бояд байни ду тарафи гуногун бошад
error-figures-bad-url = бояд пайванди веб бошад, ки бо https:// ё http:// оғоз мешавад ва фосила надорад
error-figures-not-exact-decimal = адади даҳӣ дар шакли матн: рақамҳо, дар ҳолати зарурӣ нуқта ва то 8 рақами дигар

## Importing a table of figures

error-import-unknown-columns = сутунҳо на аз они мо ({ $ours }) ҳастанд ва на аз они UN Comtrade (refYear ё period, reporterISO, partnerISO, flowCode, primaryValue)
error-import-value-missing = арзиш лозим аст
error-import-not-a-decimal = адади даҳӣ нест (рақамҳо, дар ҳолати зарурӣ як нуқта)
# $code is the code as written in the file, in quotes.
error-import-not-alpha2 = { $code } рамзи кишвари ISO 3166-1 alpha-2 нест
error-import-not-alpha3 = { $code } рамзи кишвари ISO 3166-1 alpha-3 нест
error-import-source-missing = манбаъро дар ин сутун ё барои тамоми файл нишон диҳед
error-import-comtrade-source-missing = манбаи файли Comtrade-ро нишон диҳед (масалан, "UN Comtrade")
error-import-unknown-flow-code = { $code }: танҳо X (содирот) ва M (воридот) хонда мешаванд
# $wanted and $flow are exports, imports or turnover.
error-import-other-flow =
    ин нишондиҳанда { $wanted ->
        [exports] содиротро
        [imports] воридотро
        [turnover] гардиши молро
       *[other] { $wanted }
    } ҳисоб мекунад, вале ин сатр { $flow ->
        [exports] содирот
        [imports] воридот
        [turnover] гардиши мол
       *[other] { $flow }
    } аст
error-import-not-a-trade-flow = ин нишондиҳанда ҷараёни савдо нест; сатрҳои Comtrade-ро ба он ворид кардан мумкин нест
error-import-second-flow-row =
    сатри дуюми { $flow ->
        [exports] содирот
        [imports] воридот
        [turnover] гардиши мол
       *[other] { $flow }
    } барои ҳамин гузоришдиҳанда, шарик ва давра (сатри аввал: { $first_row })
error-import-sum-too-large = ҷамъ хеле калон аст
error-import-turnover-incomplete =
    { $reporter }–{ $partner } { $period }: танҳо { $flow ->
        [exports] содирот
        [imports] воридот
       *[other] { $flow }
    } мавҷуд аст; барои гардиши мол ҳам X ва ҳам M лозим аст
# $reason is the CSV reader's own explanation (in English).
error-import-header-unreadable = сатри сарлавҳаро хондан мумкин нест: { $reason }
error-import-row-unreadable = ин сатрро хондан мумкин нест: { $reason }
error-import-no-rows = дар файл сатрҳои арзиш нест
error-import-no-secretariat = гурӯҳи { $group } чунин ҳисоби котибот надорад
error-import-several-secretariats = гурӯҳи { $group } якчанд ҳисоби котибот дорад: яке аз онҳоро бо --as нишон диҳед

## Conflicts with what is recorded

error-conflict-signing-key-exists = калиди имзо аллакай вуҷуд дорад
error-conflict-seat-exists = ин шахс аллакай дар гурӯҳ ҷой дорад
error-conflict-language-version-exists = ин таҳрир аллакай матн бо ин забон дорад
error-conflict-username-taken = корбар бо чунин номи корбар аллакай вуҷуд дорад
error-conflict-group-code-taken = гурӯҳ бо чунин рамз аллакай вуҷуд дорад
error-conflict-party-in-group = ин тараф аллакай дар гурӯҳ аст
error-conflict-decision-exists = ин тартиб аллакай қарори худро дорад
error-conflict-indicator-exists = гурӯҳ аллакай нишондиҳандаи { $code } дорад
error-conflict-amendment-settled = дар бораи ин ислоҳ аллакай қарор қабул шудааст
error-conflict-procedure-closed = ин тартиб аллакай баста шудааст

## Problem answers of the API (RFC 9457 problem+json)

problem-unauthenticated-title = Шумо ворид нашудаед
problem-unauthenticated-detail = аввал ворид шавед
problem-bad-credentials-title = Воридшавӣ рад карда шуд
problem-bad-credentials-detail = номи корбар ё парол нодуруст аст
problem-too-many-attempts-title = Кӯшишҳо аз ҳад зиёданд
problem-too-many-attempts-detail = кӯшишҳои ноком барои воридшавӣ хеле зиёданд; пас аз { $minutes } дақиқа бори дигар кӯшиш кунед
problem-not-found-title = Ёфт нашуд
problem-not-found-detail = дар ин ҷо ҳеҷ чиз нест ё шумо онро дида наметавонед
problem-forbidden-title = Иҷозат дода намешавад
problem-invalid-input-title = Маълумоти нодуруст
# $fields lists each refused field with its message (problem-field), separated by semicolons.
problem-invalid-input-detail = ин майдонҳоро санҷед: { $fields }
problem-field = { $field }: { $message }
problem-invalid-rows-title = Сатрҳои нодуруст
# $rows lists the first ten bad rows (problem-row), separated by semicolons.
problem-invalid-rows-detail = ҳеҷ чиз нигоҳ дошта нашуд; ин сатрҳоро ислоҳ кунед: { $rows }
problem-invalid-rows-detail-more = ҳеҷ чиз нигоҳ дошта нашуд; ин сатрҳоро ислоҳ кунед: { $rows }; ва боз { $more } сатр
problem-row = сатри { $row }, { $field }: { $message }
problem-conflict-title = Ихтилоф бо ҳолати ҷорӣ
problem-internal-title = Хатои дохилӣ
problem-internal-detail = сервер ин дархостро иҷро карда натавонист; хато сабт шуд
problem-too-large-title = Ҳаҷми дархост хеле калон аст
problem-send-json-title = JSON фиристед
problem-invalid-json-title = Мундариҷаи JSON нодуруст аст
problem-invalid-query-title = Сатри дархост нодуруст аст
# $parameters lists each refused parameter with its message (problem-field).
problem-invalid-query-detail = ин параметрҳоро санҷед: { $parameters }
problem-bad-request-title = Дархости нодуруст
problem-method-not-allowed-title = Усул иҷозат дода намешавад
problem-payload-too-large-title = Ҳаҷми маълумот хеле калон аст
# $method is the HTTP method asked (GET, POST…); $allowed lists those the address answers.
problem-method-not-allowed-detail = ин суроға ба усули { $method } ҷавоб намедиҳад; он ба инҳо ҷавоб медиҳад: { $allowed }
# $reason is the title of the problem, in lowercase.
problem-refused-detail = дархост рад карда шуд: { $reason }
problem-csrf-title = Дархости байнисайтӣ рад карда шуд
problem-csrf-detail = ин дархост аз саҳифаи Маҷлис наомадааст; онро аз ҳамон манбаъ ё бо сарлавҳаи X-CSRF-Token фиристед
problem-send-csv-title = CSV фиристед
problem-send-csv-detail = ҷадвалро дар шакли text/csv фиристед
problem-bearer-on-form-title = Токени Bearer дар ин ҷо қабул намешавад
problem-bearer-on-form-detail = ба саҳифаҳо ва шаклҳо танҳо бо cookie-и сеанс ворид мешаванд; дархостҳоро бо сарлавҳаи Authorization: Bearer ба /api/v1 фиристед
# Where an event stream resumes (the Last-Event-ID header or ?after=) is not a journal entry's number.
error-last-event-id = бояд рақами тартибии сабти дафтари сабт бошад: адади бутуни на камтар аз 0
