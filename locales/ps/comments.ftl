# پر سندونو او متنونو تبصرې (templates/comments.html، src/http/pages/comments.rs)، او
# د هغوی د قواعدو له مخې ردونه (src/domain/comment.rs، access.rs).

# $count — د هغو تبصرو شمېر چې لوستونکی یې ویني.
comments-heading =
    { $count ->
        [0] تبصرې
       *[other] تبصرې ({ $count })
    }
comments-none = تر اوسه کومه تبصره نشته.
# $name — د هغې تبصرې لیکوال چې ځواب ورته ورکول کېږي.
comments-in-reply-to = د { $name } تبصرې ته په ځواب کې
comments-reply = ځواب
# $name — د هغې تبصرې لیکوال چې ځواب ورته ورکول کېږي.
comments-reply-to = د { $name } تبصرې ته ځواب
comments-reply-label = ستاسو ځواب
comments-reply-button = ځواب لېږل
comments-withdraw = بېرته اخیستل
# $when — د بېرته اخیستلو نېټه او وخت.
comments-withdrawn = لیکوال دا تبصره په { $when } بېرته واخیسته.
comments-add = تبصره زیاتول
comments-body-label = ستاسو تبصره
comments-body-hint = د Markdown نښه‌ګذارۍ کارول کېدای شي: *ټینګار*، لړلیکونه، لینکونه. دا تبصره یوازې هغه کسان ویني چې دا سند ویني.
comments-add-button = تبصره خپرول

error-comment-empty = له خپرولو مخکې د تبصرې متن ولیکئ
# $max — په تورو کې حد.
error-comment-too-long = تبصره له { $max } تورو څخه زیاته نشي کېدای
error-comment-reply-elsewhere = هغه تبصره چې ځواب ورته ورکول کېږي، په دې سند پورې اړه نه لري
error-comment-reply-withdrawn = هغه تبصره چې ځواب ورته ورکول کېږي، د لیکوال له خوا بېرته اخیستل شوې ده
error-comment-already-withdrawn = دا تبصره مخکې بېرته اخیستل شوې ده
error-access-comment = کتونکي او بلل شوي اړخونه بحث لولي، خو تبصره نه کوي
error-access-withdraw-comment = یوازې د تبصرې لیکوال کولای شي هغه بېرته واخلي
