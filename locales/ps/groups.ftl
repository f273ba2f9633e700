# د کس ګروپونه، او د یوه ګروپ پاڼه.

## د کس د ګروپونو لېست

groups-title = ستاسو ګروپونه
groups-heading = ستاسو ګروپونه
groups-empty = تاسو تر اوسه په هېڅ ګروپ کې نه یاست ځای پر ځای شوي. د سیسټم له مدیر وغواړئ چې تاسو د خپل اړخ په پلاوي کې شامل کړي.
groups-found-a-group = ګروپ تاسیس کړئ

# د ګروپ اړخونه د غړیتوب د حالت له مخې، لکه «۴ غړي، ۱ کتونکی»: هره برخه له دې څخه یوه ده،
# چې د groups-composition-separator په واسطه سره یوځای کېږي.
groups-composition-members = { $count ->
    [one] { $count } غړی
   *[other] { $count } غړي
}
groups-composition-observers = { $count ->
    [one] { $count } کتونکی
   *[other] { $count } کتونکي
}
groups-composition-guests = { $count ->
    [one] { $count } مېلمه
   *[other] { $count } مېلمانه
}
groups-composition-separator = {"، "}

## د یوه ګروپ پاڼه

group-breadcrumbs = د لارښوونې لړۍ
group-breadcrumb-groups = ګروپونه
group-work-nav = د ګروپ کار
group-nav-dashboard = ډشبورډ
group-nav-roadmaps = د لارې نقشې
group-nav-figures = ارقام
group-nav-agreements = تړونونه
group-nav-engagements = له چارواکو سره تعامل

group-meetings-heading = غونډې
group-plan-meeting = راتلونکې غونډه پلان کړئ
group-meetings-hidden = غونډې یوازې د ګروپ پلاوي او دارالانشاء لیدلای شي.
group-meetings-empty = تر اوسه هېڅ غونډه نشته.
group-meetings-table = غونډې
group-meeting-column = غونډه
group-when-column = وخت
group-where-column = ځای
group-status-column = حالت
# $party: د هغه اړخ نوم چې د غونډې کوربه دی.
group-meeting-host = کوربه: { $party }
# $time: د غونډې پیل د لوستونکي په خپل وخت.
group-meeting-viewer-time = ستاسو په وخت { $time }

group-about-heading = د ګروپ په اړه
group-code = کوډ
group-working-languages = کاري ژبې
group-secretariat-time-zone = د دارالانشاء زماني سیمه
group-rotation = نوبتي ترتیب
group-quorum = نصاب
group-quorum-value = { $quorum } له { $members ->
    [one] { $members } غړي
   *[other] { $members } غړو
} څخه
# نصاب، کله چې ګروپ هېڅ نه وي ټاکلی: د غړو له نیمایي څخه زیات.
group-quorum-majority = { $quorum } له { $members ->
    [one] { $members } غړي
   *[other] { $members } غړو
} څخه (له نیمایي زیات)
group-min-silence = د چوپتیا لږ تر لږه موده
group-min-silence-hours = { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعته
}
group-texts-link = تر خبرو اترو لاندې متنونه
group-decisions-link = پرېکړې
group-public-record-link = عامه اسناد
group-journal-link = د ګروپ د ثبت دفتر

group-parties-heading = اړخونه او پلاوي
group-parties-table = اړخونه او پلاوي
group-party-column = اړخ
group-standing-column = د غړیتوب حالت
group-delegation-column = پلاوی
group-no-one-placed = تر اوسه هېڅوک نه دي ځای پر ځای شوي
group-secretariat-heading = دارالانشاء
group-authorisations-heading = هغه مرستیالان چې د دریځونو د ثبت واک لري
# $party: د اړخ کوډ؛ $name: د هغه نوم؛ $deputy او $envoy: د کسانو نومونه؛ $until:
# نېټه او وخت.
group-authorisation = { $party } ({ $name }): { $deputy }، چې د { $envoy } له خوا یې تر { $until } پورې واک ترلاسه کړی
