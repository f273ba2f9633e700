# Hujjatlar va matnlarga izohlar (templates/comments.html, src/http/pages/comments.rs),
# shuningdek ularning qoidalari boʻyicha rad javoblari (src/domain/comment.rs, access.rs).

# $count — oʻquvchi koʻradigan izohlar soni.
comments-heading = { $count ->
        [0] Izohlar
       *[other] Izohlar ({ $count })
    }
comments-none = Hozircha izohlar yoʻq.
# $name — javob berilayotgan izoh muallifi.
comments-in-reply-to = { $name } izohiga javoban
comments-reply = Javob berish
# $name — javob berilayotgan izoh muallifi.
comments-reply-to = { $name } izohiga javob
comments-reply-label = Javobingiz
comments-reply-button = Javobni yuborish
comments-withdraw = Qaytarib olish
# $when — qaytarib olingan sana va vaqt.
comments-withdrawn = Muallif tomonidan { $when } qaytarib olingan.
comments-add = Izoh qoʻshish
comments-body-label = Izohingiz
comments-body-hint = Markdown belgilaridan foydalanish mumkin: *ajratish*, roʻyxatlar, havolalar. Izohni aynan shu hujjatni koʻra oladiganlargina koʻradi.
comments-add-button = Izohni eʼlon qilish

error-comment-empty = izoh matnini kiriting
# $max — belgilardagi chegara.
error-comment-too-long = izoh { $max } belgidan oshmasligi kerak
error-comment-reply-elsewhere = javob berilayotgan izoh ushbu hujjatga tegishli emas
error-comment-reply-withdrawn = javob berilayotgan izoh muallif tomonidan qaytarib olingan
error-comment-already-withdrawn = bu izoh allaqachon qaytarib olingan
error-access-comment = kuzatuvchilar va taklif etilgan tomonlar muhokamani oʻqiydi, lekin izoh qoldirmaydi
error-access-withdraw-comment = izohni faqat uning muallifi qaytarib olishi mumkin
