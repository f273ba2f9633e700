# Шарҳҳо ба ҳуҷҷатҳо ва матнҳо (templates/comments.html, src/http/pages/comments.rs),
# инчунин радди онҳо тибқи қоидаҳо (src/domain/comment.rs, access.rs).

# $count — шумораи шарҳҳое, ки хонанда мебинад.
comments-heading = { $count ->
        [0] Шарҳҳо
       *[other] Шарҳҳо ({ $count })
    }
comments-none = Ҳоло шарҳе нест.
# $name — муаллифи шарҳе, ки ба он ҷавоб дода мешавад.
comments-in-reply-to = дар ҷавоб ба шарҳи { $name }
comments-reply = Ҷавоб додан
# $name — муаллифи шарҳе, ки ба он ҷавоб дода мешавад.
comments-reply-to = Ҷавоб ба шарҳи { $name }
comments-reply-label = Ҷавоби шумо
comments-reply-button = Фиристодани ҷавоб
comments-withdraw = Бозпас гирифтан
# $when — сана ва вақти бозпас гирифтан.
comments-withdrawn = Муаллиф онро { $when } бозпас гирифт.
comments-add = Илова кардани шарҳ
comments-body-label = Шарҳи шумо
comments-body-hint = Истифодаи аломатгузории Markdown мумкин аст: *ҷудо кардан*, рӯйхатҳо, истинодҳо. Шарҳро танҳо касоне мебинанд, ки ба ин ҳуҷҷат дастрасӣ доранд.
comments-add-button = Нашри шарҳ

error-comment-empty = матни шарҳро ворид кунед
# $max — ҳад бо аломатҳо.
error-comment-too-long = шарҳ набояд аз { $max } аломат зиёд бошад
error-comment-reply-elsewhere = шарҳе, ки ба он ҷавоб дода мешавад, ба ин ҳуҷҷат тааллуқ надорад
error-comment-reply-withdrawn = шарҳе, ки ба он ҷавоб дода мешавад, аз ҷониби муаллиф бозпас гирифта шудааст
error-comment-already-withdrawn = ин шарҳ аллакай бозпас гирифта шудааст
error-access-comment = нозирон ва ҷонибҳои даъватшуда муҳокимаро мехонанд, вале шарҳ намедиҳанд
error-access-withdraw-comment = шарҳро танҳо муаллифи он бозпас гирифта метавонад
