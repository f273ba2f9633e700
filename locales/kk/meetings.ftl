# Отырыс беті және оны жоспарлау нысаны (templates/meeting.html, meeting_form.html,
# src/http/pages/meetings.rs).

meetings-breadcrumbs = Навигация тізбегі
meetings-breadcrumb-new = Жаңа отырыс

## Отырыстың атауы. $ordinal — топтың осы форматтағы отырыстары арасындағы реттік нөмірі
## (қазақ тілінде реттік сан сызықшамен жазылады: 1-, 2-, 3-…).

meetings-name-envoys = { $ordinal }-отырыс
meetings-name-senior-officials = Жоғары лауазымды тұлғалар деңгейіндегі { $ordinal }-отырыс
meetings-name-experts = Сарапшылар деңгейіндегі { $ordinal }-отырыс
meetings-name-ministers = Министрлер деңгейіндегі { $ordinal }-отырыс
meetings-name-extraordinary = { $ordinal }-кезектен тыс отырыс

## Отырыс беті

# $meeting — отырыстың атауы (жоғарыда); $group — енгізілген топ атауы.
meetings-heading = { $group }: { $meeting }
meetings-notice-planned = Отырыс жоспарланды.
meetings-notice-saved = Өзгерістер сақталды.
meetings-notice-agenda = Күн тәртібі жаңартылды.
meetings-notice-attendance = Қатысушылар құрамы жаңартылды.
meetings-notice-status = Отырыстың күйі өзгертілді.

meetings-details = Отырыс туралы мәліметтер
meetings-format = Форматы
meetings-host = Қабылдаушы тарап
meetings-chair = Төраға
meetings-starts = Басталуы
meetings-ends = Аяқталуы
meetings-venue-time-zone = Өтетін жердің уақыт белдеуі
meetings-invited-guests = Шақырылған қонақтар
# $when — оқырманның өз уақыты бойынша күні мен уақыты, қала атауымен.
meetings-your-time = сіздің уақытыңыз бойынша { $when }
meetings-add-to-calendar = Күнтізбеме қосу (.ics)

meetings-convene = Отырысты ашу
meetings-convene-confirm = Отырыс ашылды деп белгілейсіз бе?
meetings-conclude = Отырысты жабу
meetings-conclude-confirm = Отырыс аяқталды деп белгілейсіз бе? Осыдан кейін оның күн тәртібі мен мәліметтері мұрағатқа өтеді.
meetings-cancel = Отырысты болдырмау
meetings-cancel-confirm = Осы отырысты болдырмайсыз ба?
meetings-plan-again = Жоспарлау
meetings-plan-again-confirm = Отырысты жоспарлайсыз ба?

meetings-attendance = Қатысушылар құрамы
meetings-attendance-empty = Қатысушылар енгізілмеген.
meetings-party = Тарап
meetings-person = Қатысушы
meetings-person-title = Лауазымы
meetings-actions = Әрекеттер
# $name — енгізілген адамның аты.
meetings-attendance-remove-confirm = { $name } қатысушылар құрамынан шығарасыз ба?
meetings-remove = Шығару
meetings-record-attendance = Қатысушыны енгізу
meetings-person-name = Тегі, аты
meetings-record = Енгізу

meetings-agenda = Күн тәртібі
meetings-agenda-empty = Күн тәртібі бос.
meetings-agenda-move-up = Жоғары жылжыту
meetings-agenda-move-down = Төмен жылжыту
meetings-agenda-remove-confirm = «{ $title }» тармағын күн тәртібінен шығарасыз ба?
meetings-edit = Өзгерту
# $number — тармақтың күн тәртібіндегі орны.
meetings-agenda-edit-label = Күн тәртібінің { $number }-тармағын өзгерту
meetings-agenda-title = Атауы
meetings-agenda-description = Сипаттамасы
meetings-save = Сақтау
meetings-agenda-add = Күн тәртібіне тармақ қосу
meetings-agenda-add-button = Тармақ қосу

meetings-change = Уақытын, орнын, қабылдаушы тарапты немесе төрағаны өзгерту
meetings-edit-label = Отырыс туралы мәліметтерді өзгерту
meetings-city = Қала
meetings-venue = Өтетін орны
meetings-starts-venue-time = Басталуы (жергілікті уақыт бойынша)
meetings-ends-venue-time = Аяқталуы (жергілікті уақыт бойынша)
meetings-save-changes = Өзгерістерді сақтау

## Отырысты жоспарлау

meetings-plan-title = Отырысты жоспарлау
# $group — енгізілген топ атауы.
meetings-plan-heading = Отырысты жоспарлау: { $group }
meetings-plan-lede = Егер сіз басқасын таңдамасаңыз, қабылдаушы тарап пен төраға ротация тәртібімен анықталады. Уақыт өтетін жердің жергілікті уақытымен көрсетіледі.
# $party — ротация бойынша келесі мүше тараптың коды.
meetings-next-in-rotation = Ротация бойынша келесі тарап: { $party }.
meetings-chair-is-host = Қабылдаушы тарап
meetings-time-zone-hint = IANA дерекқорындағы атау, мысалы, Asia/Bishkek немесе Europe/Vienna.
meetings-invited-guest-parties = Шақырылған қонақ тараптар
# $parties — топтың қонақ тараптарының кодтары, үтір арқылы.
meetings-guests-hint = Кодтар үтір арқылы жазылады; топтың қонақ тараптары: { $parties }.
meetings-plan-button = Отырысты жоспарлау
meetings-plan-cancel = Бас тарту
