# Ҳуҷҷатҳое, ки дар байни ҷаласаҳо ирсол мешаванд, ва замимаҳои онҳо (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs) ва радди дархостҳо тибқи
# қоидаҳои онҳо.

## Намудҳои ҳуҷҷат

paper-kind-non-paper = ҳуҷҷати ғайрирасмӣ
paper-kind-note-verbale = нотаи шифоҳӣ
paper-kind-background = маълумотнома
paper-kind-report = ҳисобот
paper-kind-letter = нома
paper-kind-other = ҳуҷҷати дигар

## Пайванд дар саҳифаи гурӯҳ

group-papers-link = Ҳуҷҷатҳои ирсолшуда

## Рӯйхати ҳуҷҷатҳои гурӯҳ

papers-breadcrumbs = Занҷираи паймоиш
papers-breadcrumb = Ҳуҷҷатҳо
# $group — рамзи гурӯҳ.
papers-title = Ҳуҷҷатҳо — { $group }
# $group — номи гурӯҳ.
papers-heading = Ҳуҷҷатҳо: { $group }
papers-lede = Нотаҳои шифоҳӣ, маълумотномаҳо, ҳисоботҳо, номаҳо ва ҳуҷҷатҳои ғайрирасмӣ, ки ба шумо ирсол шудаанд.
papers-count = { $count ->
        [one] Ба шумо { $count } ҳуҷҷат ирсол шудааст.
       *[other] Ба шумо { $count } ҳуҷҷат ирсол шудааст.
    }
papers-empty = Ба шумо ҳанӯз ягон ҳуҷҷат ирсол нашудааст.
papers-table-label = Ҳуҷҷатҳо
papers-column-symbol = Рамз
papers-column-title = Унвон
papers-column-kind = Намуд
papers-column-distribution = Доираи гирандагон
papers-column-classification = Дараҷаи махфият
papers-no-symbol = бе рамз

papers-circulate = Ирсоли ҳуҷҷат
papers-title-label = Унвон
papers-kind-label = Намуд
papers-kind-hint = Ба ҳар гуна ҳуҷҷат, ба ғайр аз ҳуҷҷати ғайрирасмӣ, рамзи гурӯҳ дода мешавад.
papers-language-label = Забон
papers-language-hint = Барчаспи забон: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Матн
papers-body-hint = Аломатгузории CommonMark: *курсив*, **ғафс**, рӯйхатҳо, сарлавҳаҳо ва пайвандҳо.
papers-distribution-label = Доираи гирандагон
papers-listed-label = Тарафҳои зикршуда
papers-listed-hint = Барои ҳуҷҷате, ки ба тарафҳои зикршуда ирсол мешавад: рамзҳои тарафҳо бо вергул.
papers-classification-label = Дараҷаи махфият
papers-circulate-button = Ирсоли ҳуҷҷат
papers-notice-created = Ҳуҷҷат ирсол шуд.

## Саҳифаи ҳуҷҷат

# $kind, $distribution ва $classification — калимаҳои ҳуҷҷат, $language — барчаспи забони он.
papers-lede-marking = { $kind } · доираи гирандагон: { $distribution } · { $classification } · забон: { $language }
# $party — рамзи тарафе, ки ҳуҷҷатро ирсол кардааст.
papers-circulated-by = Ирсолкунанда: { $party }
papers-circulated-by-secretariat = Аз ҷониби котибот ирсол шудааст
# $parties — рамзҳои тарафҳо бо вергул.
papers-listed-to = Тарафҳои зикршуда: { $parties }
papers-attachments = Замимаҳо
papers-attachments-none = Замима нест.
papers-attachments-label = Замимаҳо
papers-column-file = Файл
papers-column-type = Намуд
papers-column-size = Ҳаҷм
# $size — шумораи байтҳо.
papers-size-bytes = { $size } байт
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = На бештар аз { $max }. Файл дар як нусха нигоҳ дошта мешавад ва онро танҳо касоне мебинанд, ки ба ин ҳуҷҷат дастрасӣ доранд.
papers-attach-label = Файли замимашаванда
papers-attach-button = Замима кардани файл
papers-notice-attached = Файл замима шуд.

## Радди дархостҳо

error-access-circulate-paper = ҳуҷҷатро танҳо котибот ё сафир, муовин ё аъзои ҳайати тарафи узв ирсол карда метавонад
error-access-attach-paper = ба ҳуҷҷат файлро танҳо ҳайате, ки онро ирсол кардааст (ба ҳуҷҷатҳои худ — котибот), замима карда метавонад
error-conflict-paper-symbol = худи ҳамон лаҳза ин рамз ба ҳуҷҷати дигар дода шуд; ҳуҷҷатро аз нав фиристед
error-conflict-attachment-exists = ин файл аллакай ба ҳуҷҷат замима шудааст
# $max — шумораи байтҳо.
error-attachment-file-name-too-long = набояд аз { $max } байт дарозтар бошад
error-attachment-file-name-path = бояд танҳо номи файл бошад: бе / ва \, ва на . ё ..
error-attachment-file-name-control = набояд аломатҳои идоракуниро дар бар гирад
error-attachment-media-type = бояд навъи медиа, масалан application/pdf, бошад ва дар сарлавҳаи Content-Type фиристода шавад
# $declared — навъи медиае, ки файл бо он фиристода шудааст.
error-attachment-media-type-lies = мундариҷаи файл ба навъи { $declared } мувофиқ нест; навъи ҳақиқии медиаи онро ё application/octet-stream нишон диҳед
error-attachment-empty = файл холӣ аст
error-attachment-interrupted = фиристодан пеш аз расидани пурраи файл қатъ шуд
# $max — ҳад бо МиБ, $bytes — ҳамон бо байт.
error-attachment-too-large = Файл аз { $max } МиБ ({ $bytes } байт) калонтар аст — ин бузургтарин ҳаҷми замимаи ҳуҷҷат аст; файли хурдтар фиристед.
