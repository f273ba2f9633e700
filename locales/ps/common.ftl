# هغه کلمې چې ټولې پاڼې یې په ګډه کاروي: چوکاټ، نېټې، ژبې.

# د یوې زماني سیمې د ساعت یوه شېبه. $date او $time د ژبې په طریقه مخکې لیکل شوي دي؛
# $zone د هغه ښار نوم دی چې زماني سیمه پرې نومول شوې.
date-time-in-zone = { $date }، { $time } ({ $zone })

## د هرې پاڼې چوکاټ

frame-skip-to-content = اصلي منځپانګې ته ورشئ
frame-nav-label = اصلي مینو
frame-nav-groups = ګروپونه
frame-nav-inbox = راغلي پیغامونه
frame-nav-profile = پروفایل
frame-nav-admin = اداره
frame-signed-in-as = ننوتلی کارن:
frame-sign-out = ووځئ
frame-sign-in = ننوځئ
frame-language = ژبه
frame-language-apply = پلي یې کړئ
frame-footer = مجلس — د ګروپ رسمي اسناد
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = دا پاڼه تازه شوه.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = دا پاڼه له پرانیستلو راهیسې بدله شوې ده. د بدلونونو د لیدو لپاره یې بیا پورته کړئ؛ تر هغه وخته هغه متن چې تاسو لیکلی خوندي پاتې کېږي.
