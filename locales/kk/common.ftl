# Барлық беттерге ортақ сөздер: жақтау, күндер, тілдер.

# Уақыт белдеуінің сағаты бойынша уақыт сәті. $date және $time тілдің ережелерімен жазылған;
# $zone — уақыт белдеуін атайтын қала.
date-time-in-zone = { $date }, { $time } ({ $zone })

## Әр беттің жақтауы

frame-skip-to-content = Негізгі мазмұнға өту
frame-nav-label = Негізгі мәзір
frame-nav-groups = Топтар
frame-nav-inbox = Кіріс хаттар
frame-nav-profile = Профиль
frame-nav-admin = Әкімшілендіру
frame-signed-in-as = Жүйеге кірген пайдаланушы:
frame-sign-out = Шығу
frame-sign-in = Кіру
frame-language = Тіл
frame-language-apply = Қолдану
frame-footer = Маджлис — топ қызметінің ресми жазбалары
# Read out politely (aria-live) when a page has taken in a change recorded elsewhere.
frame-live-updated = Бет жаңартылды.
# Read out instead when the page was not refreshed because the person is typing in a form.
frame-live-changed = Бет ашылғаннан бері өзгерді. Өзгерістерді көру үшін оны қайта жүктеңіз; оған дейін сіз енгізген мәтін сақталады.
