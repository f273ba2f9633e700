# Comments on papers and texts (templates/comments.html, src/http/pages/comments.rs), and
# refusals by their rules (src/domain/comment.rs, access.rs).

# $count — how many comments the reader sees.
comments-heading = { $count ->
        [0] Comments
        [one] Comments ({ $count })
       *[other] Comments ({ $count })
    }
comments-none = No comments yet.
# $name — the author of the comment answered.
comments-in-reply-to = in reply to { $name }
comments-reply = Reply
# $name — the author of the comment answered.
comments-reply-to = Reply to { $name }
comments-reply-label = Your reply
comments-reply-button = Send reply
comments-withdraw = Withdraw
# $when — date and time of the withdrawal.
comments-withdrawn = Withdrawn by its author on { $when }.
comments-add = Add a comment
comments-body-label = Your comment
comments-body-hint = Markdown may be used: *emphasis*, lists, links. The comment is seen by exactly those who see this document.
comments-add-button = Post comment

error-comment-empty = write something before posting
# $max — the limit, in characters.
error-comment-too-long = a comment may be at most { $max } characters
error-comment-reply-elsewhere = the comment answered is not a comment on this document
error-comment-reply-withdrawn = the comment answered has been withdrawn by its author
error-comment-already-withdrawn = this comment has already been withdrawn
error-access-comment = observers and guests read the discussion but do not comment
error-access-withdraw-comment = only its author may withdraw a comment
