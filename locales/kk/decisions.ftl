# Шешім жазбасының беті және топ шешімдерінің тізімі (templates/decision.html,
# decisions.html, src/http/pages/procedures/decisions.rs).

decisions-breadcrumbs = Навигация тізбегі
decisions-breadcrumb = Шешімдер

## Тізім

# $group — топтың коды.
decisions-title = Шешімдер — { $group }
# $group — енгізілген топ атауы.
decisions-heading = Шешімдер: { $group }
decisions-empty = Сізге әлі бірде-бір шешім таратылмаған.

## Шешім жазбасы

decisions-adopted = Қабылданды
decisions-record = Жазба
# $name — шешімді тіркеген адамның аты, $date — тіркелген күні.
decisions-recorded-later = Кейінірек енгізген: { $name }, { $date }
decisions-procedure = Рәсім
# $procedure — рәсімнің түрі, оған сілтеме; $when — ашылған күні мен уақыты.
decisions-procedure-opened = { $procedure }, ашылған уақыты: { $when }
decisions-text = Мәтін
decisions-version = { $version }-редакция
decisions-distribution = Тарату
# $language — мәтін келісілген тілдің тегі.
decisions-text-authentic = Мәтін ({ $language }, түпнұсқалық)
decisions-status-authentic = түпнұсқалық мәтін
decisions-status-translation = аударма
# $language — тіл тегі, $status — бұл нұсқа түпнұсқалық па, әлде аударма ма.
decisions-language-version = { $language } ({ $status })
decisions-language-version-prevailing = { $language } ({ $status }, басым күші бар)
decisions-positions = Мүше тараптардың ұстанымдары
decisions-positions-reported = Мүше тараптардың ұстанымдары (хатшылықтың деректері бойынша)
# $party — тараптың коды, $position — оның ұстанымы.
decisions-position = { $party }: { $position }
decisions-position-reported = { $party }: { $position } (хатшылықтың деректері бойынша)
decisions-position-kept-silence = { $party }: үнсіздік сақтады
decisions-position-kept-silence-absent = { $party }: үнсіздік сақтады (отырысқа қатыспады)
decisions-statements = Түсіндіру туралы мәлімдемелер
decisions-evidence-link = Дәлелдер топтамасын жүктеп алу (JSON)
# decisions-evidence-link сілтемесінен кейін тұрады; $command — топтаманы тексеретін команда.
decisions-evidence-check = — оны желіге қосылмай-ақ { $command } командасымен тексеруге болады.
