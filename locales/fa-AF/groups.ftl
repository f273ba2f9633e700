# گروه‌های شخص، و صفحه یک گروه.

## فهرست گروه‌های شخص

groups-title = گروه‌های شما
groups-heading = گروه‌های شما
groups-empty = شما تا هنوز در هیچ گروهی جا داده نشده‌اید. از مدیر سیستم بخواهید که شما را در هیئت طرف تان شامل سازد.
groups-found-a-group = گروه تأسیس کنید

# طرف‌های یک گروه بر اساس وضعیت عضویت، مثلاً «۴ عضو، ۱ ناظر»: هر بخش یکی از این‌هاست،
# که با groups-composition-separator به هم وصل می‌شوند.
groups-composition-members = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
groups-composition-observers = { $count ->
    [one] { $count } ناظر
   *[other] { $count } ناظر
}
groups-composition-guests = { $count ->
    [one] { $count } مهمان
   *[other] { $count } مهمان
}
groups-composition-separator = {"، "}

## صفحه یک گروه

group-breadcrumbs = مسیر راهیابی
group-breadcrumb-groups = گروه‌ها
group-work-nav = کار گروه
group-nav-dashboard = داشبورد
group-nav-roadmaps = نقشه‌های راه
group-nav-figures = ارقام
group-nav-agreements = موافقت‌نامه‌ها
group-nav-engagements = تعامل با مقامات

group-meetings-heading = نشست‌ها
group-plan-meeting = نشست بعدی را پلان کنید
group-meetings-hidden = نشست‌ها تنها برای هیئت‌ها و دارالانشای گروه قابل دید است.
group-meetings-empty = تا هنوز هیچ نشستی وجود ندارد.
group-meetings-table = نشست‌ها
group-meeting-column = نشست
group-when-column = زمان
group-where-column = مکان
group-status-column = وضعیت
# $party: نام طرفی که میزبان نشست است.
group-meeting-host = میزبان: { $party }
# $time: آغاز نشست به وقت خود خواننده.
group-meeting-viewer-time = { $time } به وقت شما

group-about-heading = درباره گروه
group-code = کود
group-working-languages = زبان‌های کاری
group-secretariat-time-zone = منطقه زمانی دارالانشاء
group-rotation = ترتیب نوبتی
group-quorum = نصاب
group-quorum-value = { $quorum } از { $members ->
    [one] { $members } عضو
   *[other] { $members } عضو
}
# نصاب، وقتی گروه آن را تعیین نکرده است: بیش از نیم اعضای آن.
group-quorum-majority = { $quorum } از { $members ->
    [one] { $members } عضو
   *[other] { $members } عضو
} (بیش از نیم)
group-min-silence = حداقل مدت سکوت
group-min-silence-hours = { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}
group-texts-link = متن‌های تحت مذاکره
group-decisions-link = فیصله‌ها
group-public-record-link = اسناد عامه
group-journal-link = دفتر ثبت گروه

group-parties-heading = طرف‌ها و هیئت‌ها
group-parties-table = طرف‌ها و هیئت‌ها
group-party-column = طرف
group-standing-column = وضعیت عضویت
group-delegation-column = هیئت
group-no-one-placed = تا هنوز کسی جا داده نشده است
group-secretariat-heading = دارالانشاء
group-authorisations-heading = معاونین دارای صلاحیت ثبت مواضع
# $party: کود طرف؛ $name: نام آن؛ $deputy و $envoy: نام اشخاص؛ $until:
# تاریخ و زمان.
group-authorisation = { $party } ({ $name }): { $deputy }، با تفویض صلاحیت از سوی { $envoy } تا { $until }
