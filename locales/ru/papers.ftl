# Документы, рассылаемые между заседаниями, и вложения к ним (templates/papers.html,
# paper.html, src/http/pages/papers.rs, src/http/api/papers.rs), а также отказы по их
# правилам (src/domain/paper.rs, attachment.rs, access.rs).

## Виды документов (paper-kind-<хранимое слово>)

paper-kind-non-paper = неофициальный документ
paper-kind-note-verbale = вербальная нота
paper-kind-background = справочная записка
paper-kind-report = доклад
paper-kind-letter = письмо
paper-kind-other = иной документ

## Ссылка на странице группы

group-papers-link = Разосланные документы

## Список документов группы

papers-breadcrumbs = Навигационная цепочка
papers-breadcrumb = Документы
# $group — код группы.
papers-title = Документы { $group }
# $group — название группы в том виде, в каком оно введено.
papers-heading = Документы: { $group }
papers-lede = Вербальные ноты, справочные записки, доклады, письма и неофициальные документы, разосланные вам.
papers-count = { $count ->
        [one] Вам разослан { $count } документ.
        [few] Вам разослано { $count } документа.
       *[other] Вам разослано { $count } документов.
    }
papers-empty = Вам пока не разослано ни одного документа.
papers-table-label = Документы
papers-column-symbol = Условное обозначение
papers-column-title = Название
papers-column-kind = Вид
papers-column-distribution = Рассылка
papers-column-classification = Гриф
papers-no-symbol = без обозначения

papers-circulate = Разослать документ
papers-title-label = Название
papers-kind-label = Вид
papers-kind-hint = Документу любого вида, кроме неофициального, присваивается условное обозначение группы.
papers-language-label = Язык
papers-language-hint = Языковой тег: en, ru, kk, ky, tg, uz, fa-AF, ps…
papers-body-label = Текст
papers-body-hint = Разметка CommonMark: *курсив*, **полужирный**, списки, заголовки и ссылки.
papers-distribution-label = Рассылка
papers-listed-label = Указанные стороны
papers-listed-hint = Для документа с рассылкой указанным сторонам: коды сторон через запятую.
papers-classification-label = Гриф
papers-circulate-button = Разослать документ
papers-notice-created = Документ разослан.

## Страница документа

# $kind, $distribution и $classification — слова документа, $language — тег его языка.
papers-lede-marking = { $kind } · рассылка: { $distribution } · { $classification } · язык: { $language }
# $party — код стороны, разославшей документ.
papers-circulated-by = Разослан стороной { $party }
papers-circulated-by-secretariat = Разослан секретариатом
# $parties — коды сторон через запятую.
papers-listed-to = Рассылка сторонам: { $parties }
papers-attachments = Вложения
papers-attachments-none = Вложений нет.
papers-attachments-label = Вложения
papers-column-file = Файл
papers-column-type = Тип
papers-column-size = Размер
# $size — число байтов.
papers-size-bytes = { $size ->
        [one] { $size } байт
        [few] { $size } байта
       *[other] { $size } байтов
    }
# $max — the largest file, e.g. 25 MiB.
papers-attach-hint = Не более { $max }. Файл хранится в одном экземпляре, и его видят только те, кому доступен этот документ.
papers-attach-label = Прилагаемый файл
papers-attach-button = Приложить файл
papers-notice-attached = Файл приложен.

## Отказы

error-access-circulate-paper = рассылать документы вправе секретариат либо глава делегации, заместитель или член делегации стороны-члена
error-access-attach-paper = прилагать файлы к документу вправе только разославшая его делегация (к своим документам — секретариат)
error-conflict-paper-symbol = в тот же момент это обозначение было присвоено другому документу; отправьте документ ещё раз
error-conflict-attachment-exists = этот файл уже приложен к документу
# $max — число байтов.
error-attachment-file-name-too-long = должно быть не длиннее { $max } байтов
error-attachment-file-name-path = должно быть только именем файла: без / и \, и не . или ..
error-attachment-file-name-control = не должно содержать управляющих символов
error-attachment-media-type = должен быть медиатип, например application/pdf, переданный в заголовке Content-Type
# $declared — медиатип, с которым передан файл.
error-attachment-media-type-lies = содержимое файла не соответствует типу { $declared }; укажите его действительный медиатип или application/octet-stream
error-attachment-empty = файл пуст
error-attachment-interrupted = передача прервалась до того, как файл был получен целиком
# $max — предел в МиБ, $bytes — он же в байтах.
error-attachment-too-large = Файл больше { $max } МиБ ({ $bytes } байтов) — наибольшего размера вложения к документу; отправьте файл меньшего размера.
