# Жыйындардын ортосунда таратылуучу документтер жана алардын тиркемелери (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs) жана алардын эрежелери
# боюнча баш тартуулар.

## Документтердин түрлөрү

paper-kind-non-paper = расмий эмес документ
paper-kind-note-verbale = вербалдык нота
paper-kind-background = маалымдама
paper-kind-report = отчет
paper-kind-letter = кат
paper-kind-other = башка документ

## Топтун барагындагы шилтеме

group-papers-link = Таратылган документтер

## Топтун документтеринин тизмеси

papers-breadcrumbs = Навигация чынжыры
papers-breadcrumb = Документтер
# $group — топтун коду.
papers-title = Документтер — { $group }
# $group — топтун аталышы.
papers-heading = Документтер: { $group }
papers-lede = Сизге таратылган вербалдык ноталар, маалымдамалар, отчеттор, каттар жана расмий эмес документтер.
papers-count = { $count ->
        [one] Сизге { $count } документ таратылган.
       *[other] Сизге { $count } документ таратылган.
    }
papers-empty = Сизге азырынча бир да документ таратылган жок.
papers-table-label = Документтер
papers-column-symbol = Белги
papers-column-title = Аталышы
papers-column-kind = Түрү
papers-column-distribution = Таратуу
papers-column-classification = Купуялык деңгээли
papers-no-symbol = белгиси жок

papers-circulate = Документ таратуу
papers-title-label = Аталышы
papers-kind-label = Түрү
papers-kind-hint = Расмий эмес документтен башка ар кандай түрдөгү документке топтун белгиси берилет.
papers-language-label = Тили
papers-language-hint = Тил теги: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Текст
papers-body-hint = CommonMark белгилөөсү: *курсив*, **калың**, тизмелер, аталыштар жана шилтемелер.
papers-distribution-label = Таратуу
papers-listed-label = Көрсөтүлгөн тараптар
papers-listed-hint = Көрсөтүлгөн тараптарга таратылуучу документ үчүн: тараптардын коддору үтүр менен.
papers-classification-label = Купуялык деңгээли
papers-circulate-button = Документти таратуу
papers-notice-created = Документ таратылды.

## Документтин барагы

# $kind, $distribution жана $classification — документтин сөздөрү, $language — анын тилинин теги.
papers-lede-marking = { $kind } · таратуу: { $distribution } · { $classification } · тили: { $language }
# $party — документти тараткан тараптын коду.
papers-circulated-by = Тараткан тарап: { $party }
papers-circulated-by-secretariat = Катчылык тараткан
# $parties — үтүр менен жазылган тараптардын коддору.
papers-listed-to = Көрсөтүлгөн тараптар: { $parties }
papers-attachments = Тиркемелер
papers-attachments-none = Тиркеме жок.
papers-attachments-label = Тиркемелер
papers-column-file = Файл
papers-column-type = Түрү
papers-column-size = Көлөмү
# $size — байттардын саны.
papers-size-bytes = { $size } байт
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = Эң көп дегенде { $max }. Файл бир нускада сакталат жана аны ушул документке жеткиликтүүлүгү барлар гана көрөт.
papers-attach-label = Тиркелүүчү файл
papers-attach-button = Файлды тиркөө
papers-notice-attached = Файл тиркелди.

## Баш тартуулар

error-access-circulate-paper = документти катчылык же мүчө тараптын элчиси, орун басары же делегациянын мүчөсү гана тарата алат
error-access-attach-paper = документке файлды аны тараткан делегация гана (өз документтерине — катчылык) тиркей алат
error-conflict-paper-symbol = ошол эле учурда бул белги башка документке берилди; документти кайра жөнөтүңүз
error-conflict-attachment-exists = бул файл документке мурунтан тиркелген
# $max — байттардын саны.
error-attachment-file-name-too-long = { $max } байттан узун болбошу керек
error-attachment-file-name-path = файлдын аты гана болушу керек: / жана \ белгилерисиз, . же .. эмес
error-attachment-file-name-control = башкаруучу белгилерди камтыбашы керек
error-attachment-media-type = application/pdf сыяктуу медиа түрү болушу жана Content-Type аталышында жөнөтүлүшү керек
# $declared — файл жөнөтүлгөн медиа түрү.
error-attachment-media-type-lies = файлдын мазмуну { $declared } түрүнө туура келбейт; анын чыныгы медиа түрүн же application/octet-stream көрсөтүңүз
error-attachment-empty = файл бош
error-attachment-interrupted = файл толук келе электе жөнөтүү үзүлүп калды
# $max — МиБ менен чек, $bytes — байт менен.
error-attachment-too-large = Файл { $max } МиБ ({ $bytes } байт) чегинен чоң — документтин тиркемесинин эң чоң көлөмү ушул; кичирээк файл жөнөтүңүз.
