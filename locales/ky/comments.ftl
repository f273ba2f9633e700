# Документтерге жана тексттерге комментарийлер (templates/comments.html,
# src/http/pages/comments.rs) жана алардын эрежелери боюнча баш тартуулар
# (src/domain/comment.rs, access.rs).

# $count — окурман көргөн комментарийлердин саны.
comments-heading = { $count ->
        [0] Комментарийлер
       *[other] Комментарийлер ({ $count })
    }
comments-none = Азырынча комментарийлер жок.
# $name — жооп берилип жаткан комментарийдин автору.
comments-in-reply-to = { $name } комментарийине жооп
comments-reply = Жооп берүү
# $name — жооп берилип жаткан комментарийдин автору.
comments-reply-to = { $name } комментарийине жооп
comments-reply-label = Сиздин жообуңуз
comments-reply-button = Жоопту жөнөтүү
comments-withdraw = Кайтарып алуу
# $when — кайтарылып алынган күнү жана убактысы.
comments-withdrawn = Автору { $when } кайтарып алган.
comments-add = Комментарий кошуу
comments-body-label = Сиздин комментарийиңиз
comments-body-hint = Markdown белгилөөсүн колдонсо болот: *бөлүп көрсөтүү*, тизмелер, шилтемелер. Комментарийди ушул документке жеткиликтүүлүгү бар адамдар гана көрөт.
comments-add-button = Комментарийди жарыялоо

error-comment-empty = комментарийдин текстин киргизиңиз
# $max — белгилер менен берилген чек.
error-comment-too-long = комментарий { $max } белгиден ашпашы керек
error-comment-reply-elsewhere = жооп берилип жаткан комментарий бул документке тиешелүү эмес
error-comment-reply-withdrawn = жооп берилип жаткан комментарийди автору кайтарып алган
error-comment-already-withdrawn = бул комментарий мурда эле кайтарылып алынган
error-access-comment = байкоочулар жана чакырылган тараптар талкуулоону окушат, бирок комментарий жазышпайт
error-access-withdraw-comment = комментарийди анын автору гана кайтарып ала алат
