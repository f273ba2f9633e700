# جستجو (templates/search.html، خانهٔ جستجو در سرصفحهٔ base.html،
# src/http/pages/search.rs) و ردّ جستجو (src/domain/search.rs، src/http/input/search.rs).

search-label = جستجو
search-placeholder = جستجو…
search-button = یافتن
search-heading = جستجو
search-hint = واژه‌ها به همهٔ شکل‌های شان به زبان‌های روسی و انگلیسی جستجو می‌شوند: جستجوی «railway» واژهٔ «railways» را نیز می‌یابد. تنها در میان آنچه شما اجازهٔ دیدنش را دارید جستجو می‌شود.
search-kind = نوع
search-kind-any = هر نوع
search-kind-text = متن
search-kind-paper = سند
search-kind-comment = تبصره
search-kind-decision = تصمیم
search-kind-meeting = نشست
# $count — شمار مواردی که خواننده می‌تواند ببیند و یافته شده‌اند.
search-total =
    { $count ->
        [one] { $count } مورد یافته شد
       *[other] { $count } مورد یافته شد
    }
search-none = در میان آنچه شما می‌توانید ببینید، چیزی یافته نشد.

error-search-empty = برای جستجو واژه‌ای بنویسید
# $max — حد مجاز به حرف.
error-search-too-long = جستجو نمی‌تواند بیش از { $max } حرف باشد
error-search-control = جستجو یک سطر واژه است
error-search-meeting = نشست با شمارهٔ آن مشخص می‌شود
# $max — بیشترین شمار نتیجه‌ها در یک بار.
error-search-limit = عدد درستی از ۱ تا { $max }
