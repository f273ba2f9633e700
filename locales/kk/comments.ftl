# Құжаттар мен мәтіндерге түсініктемелер (templates/comments.html,
# src/http/pages/comments.rs) және олардың ережелері бойынша бас тартулар
# (src/domain/comment.rs, access.rs).

# $count — оқырман көретін түсініктемелер саны.
comments-heading = { $count ->
        [0] Түсініктемелер
       *[other] Түсініктемелер ({ $count })
    }
comments-none = Әзірге түсініктемелер жоқ.
# $name — жауап берілетін түсініктеменің авторы.
comments-in-reply-to = { $name } түсініктемесіне жауап
comments-reply = Жауап беру
# $name — жауап берілетін түсініктеменің авторы.
comments-reply-to = { $name } түсініктемесіне жауап
comments-reply-label = Сіздің жауабыңыз
comments-reply-button = Жауапты жіберу
comments-withdraw = Кері қайтарып алу
# $when — кері қайтарып алынған күні мен уақыты.
comments-withdrawn = Авторы { $when } кері қайтарып алды.
comments-add = Түсініктеме қосу
comments-body-label = Сіздің түсініктемеңіз
comments-body-hint = Markdown белгілеуін қолдануға болады: *бөліп көрсету*, тізімдер, сілтемелер. Түсініктемені осы құжатқа қолжетімділігі барлар ғана көреді.
comments-add-button = Түсініктемені жариялау

error-comment-empty = түсініктеме мәтінін енгізіңіз
# $max — таңбалармен берілген шек.
error-comment-too-long = түсініктеме { $max } таңбадан аспауы тиіс
error-comment-reply-elsewhere = жауап берілетін түсініктеме осы құжатқа қатысты емес
error-comment-reply-withdrawn = жауап берілетін түсініктемені авторы кері қайтарып алған
error-comment-already-withdrawn = бұл түсініктеме бұрын кері қайтарып алынған
error-access-comment = бақылаушылар мен шақырылған тараптар талқылауды оқиды, бірақ түсініктеме жазбайды
error-access-withdraw-comment = түсініктемені тек оның авторы кері қайтарып ала алады
