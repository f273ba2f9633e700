# Бардык барактарга жалпы сөздөр: алкак, даталар, тилдер.

# Убакыт алкагынын сааты боюнча убакыт учуру. $date жана $time тилдин эрежелери менен жазылган;
# $zone — убакыт алкагын атаган шаар.
date-time-in-zone = { $date }, { $time } ({ $zone })

## Ар бир барактын алкагы

frame-skip-to-content = Негизги мазмунга өтүү
frame-nav-label = Негизги меню
frame-nav-groups = Топтор
frame-nav-inbox = Келген каттар
frame-nav-profile = Профиль
frame-nav-admin = Администрлөө
frame-signed-in-as = Системага кирген колдонуучу:
frame-sign-out = Чыгуу
frame-sign-in = Кирүү
frame-language = Тил
frame-language-apply = Колдонуу
frame-footer = Маджлис — топтун ишинин расмий жазуулары
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = Барак жаңыртылды.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = Барак ачылгандан бери өзгөрдү. Өзгөрүүлөрдү көрүү үчүн аны кайра жүктөңүз; ага чейин сиз киргизген текст сакталат.
