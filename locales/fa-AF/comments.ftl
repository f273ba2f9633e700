# تبصره‌ها بر اسناد و متن‌ها (templates/comments.html، src/http/pages/comments.rs)، و
# ردّ آن‌ها بر اساس قواعد (src/domain/comment.rs، access.rs).

# $count — شمار تبصره‌هایی که خواننده می‌بیند.
comments-heading =
    { $count ->
        [0] تبصره‌ها
       *[other] تبصره‌ها ({ $count })
    }
comments-none = تا هنوز تبصره‌ای نیست.
# $name — نویسندهٔ تبصره‌ای که به آن پاسخ داده می‌شود.
comments-in-reply-to = در پاسخ به تبصرهٔ { $name }
comments-reply = پاسخ
# $name — نویسندهٔ تبصره‌ای که به آن پاسخ داده می‌شود.
comments-reply-to = پاسخ به تبصرهٔ { $name }
comments-reply-label = پاسخ شما
comments-reply-button = فرستادن پاسخ
comments-withdraw = مسترد کردن
# $when — تاریخ و زمان استرداد.
comments-withdrawn = این تبصره به تاریخ { $when } از سوی نویسنده‌اش مسترد شد.
comments-add = افزودن تبصره
comments-body-label = تبصرهٔ شما
comments-body-hint = می‌توانید از نشانه‌گذاری Markdown استفاده کنید: *برجسته‌سازی*، فهرست‌ها، پیوندها. این تبصره را دقیقاً همان کسانی می‌بینند که این سند را می‌بینند.
comments-add-button = نشر تبصره

error-comment-empty = پیش از نشر، متن تبصره را بنویسید
# $max — حد مجاز به حرف.
error-comment-too-long = تبصره نمی‌تواند بیش از { $max } حرف باشد
error-comment-reply-elsewhere = تبصره‌ای که به آن پاسخ داده می‌شود، مربوط به این سند نیست
error-comment-reply-withdrawn = تبصره‌ای که به آن پاسخ داده می‌شود، از سوی نویسنده‌اش مسترد شده است
error-comment-already-withdrawn = این تبصره قبلاً مسترد شده است
error-access-comment = ناظران و طرف‌های دعوت‌شده بحث را می‌خوانند، اما تبصره نمی‌نویسند
error-access-withdraw-comment = تنها نویسندهٔ تبصره می‌تواند آن را مسترد کند
