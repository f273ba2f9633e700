# Комментарии к документам и текстам (templates/comments.html, src/http/pages/comments.rs),
# а также отказы по их правилам (src/domain/comment.rs, access.rs).

# $count — число комментариев, которые видит читатель.
comments-heading = { $count ->
        [0] Комментарии
       *[other] Комментарии ({ $count })
    }
comments-none = Комментариев пока нет.
# $name — автор комментария, на который дан ответ.
comments-in-reply-to = в ответ на комментарий: { $name }
comments-reply = Ответить
# $name — автор комментария, на который дан ответ.
comments-reply-to = Ответ на комментарий: { $name }
comments-reply-label = Ваш ответ
comments-reply-button = Отправить ответ
comments-withdraw = Отозвать
# $when — дата и время отзыва.
comments-withdrawn = Отозван автором { $when }.
comments-add = Добавить комментарий
comments-body-label = Ваш комментарий
comments-body-hint = Допускается разметка Markdown: *выделение*, списки, ссылки. Комментарий видят те и только те, кому доступен этот документ.
comments-add-button = Опубликовать комментарий

error-comment-empty = введите текст комментария
# $max — предел в знаках.
error-comment-too-long = комментарий не может превышать { $max } знаков
error-comment-reply-elsewhere = комментарий, на который дается ответ, относится не к этому документу
error-comment-reply-withdrawn = комментарий, на который дается ответ, отозван автором
error-comment-already-withdrawn = этот комментарий уже отозван
error-access-comment = наблюдатели и приглашенные стороны читают обсуждение, но не комментируют
error-access-withdraw-comment = отозвать комментарий может только его автор
